import { z } from 'zod';
import type { MailThread } from '../mail/model';
import { ReceivableSchema } from './receivable';
import { scanThreads } from './scan-mailbox';
import type { ScanOptions } from './scan-options';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

/**
 * A receivable with what a ledger needs beside the CLI's line: the day the invoice e-mail went out, and
 * the day of each reminder the scan counted in the mailbox, so that the ledger's history (and the firm
 * reminder that recalls the earlier ones) carries the real dates, not the day the thread was opened.
 */
export const ScannedReceivableSchema = ReceivableSchema.extend({
  /** Absent when the e-mail carries no date (the ledger then counts from the invoice's date). */
  sentOn: IsoDate.optional(),
  /** Absent when the host does not know them (the ledger then dates only what it can). */
  reminderDates: z.array(IsoDate).optional(),
});
export type ScannedReceivable = z.infer<typeof ScannedReceivableSchema>;

/** `scanThreads`, each receivable with its sending day and reminder dates: what hosts hand to the ledger. */
export async function scanThreadsForLedger(threads: MailThread[], opts: Omit<ScanOptions, 'onReceivable'>): Promise<ScannedReceivable[]> {
  const facts = new Map<string, Pick<ScannedReceivable, 'sentOn' | 'reminderDates'>>();
  const receivables = await scanThreads(threads, {
    ...opts,
    onReceivable: (r, details) =>
      facts.set(`${r.messageId}|${r.invoiceNumber}`, { ...(details.message.calendarDate ? { sentOn: details.message.calendarDate } : {}), reminderDates: details.reminderDates }),
  });
  return receivables.map((r) => ({ ...r, ...(facts.get(`${r.messageId}|${r.invoiceNumber}`) ?? { reminderDates: [] }) }));
}
