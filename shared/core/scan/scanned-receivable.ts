import { z } from 'zod';
import type { MailThread } from '../mail/model';
import { ReceivableSchema } from './receivable';
import { DRAFT_LANGUAGES } from '../ladder/stages';
import { draftLanguageOf } from '../text/language';
import { scanThreads } from './scan-mailbox';
import type { ScanOptions } from './scan-options';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

/**
 * A receivable with what a ledger needs beside the CLI's line: the day the invoice e-mail went out, the day
 * of each reminder the scan counted in the mailbox, so that the ledger's history (and the firm reminder
 * that recalls the earlier ones) carries the real dates, not the day the thread was opened, and the
 * language the invoice e-mail is written in (the client's drafts follow it).
 */
export const ScannedReceivableSchema = ReceivableSchema.extend({
  /** Absent when the e-mail carries no date (the ledger then counts from the invoice's date). */
  sentOn: IsoDate.optional(),
  /** Absent when the host does not know them (the ledger then dates only what it can). */
  reminderDates: z.array(IsoDate).optional(),
  language: z.enum(DRAFT_LANGUAGES).nullable().optional(),
});
export type ScannedReceivable = z.infer<typeof ScannedReceivableSchema>;

/** `scanThreads`, each receivable with its sending day and reminder dates: what hosts hand to the ledger. */
export async function scanThreadsForLedger(threads: MailThread[], opts: Omit<ScanOptions, 'onReceivable'>): Promise<ScannedReceivable[]> {
  const facts = new Map<string, Pick<ScannedReceivable, 'sentOn' | 'reminderDates' | 'language'>>();
  const receivables = await scanThreads(threads, {
    ...opts,
    onReceivable: (r, details) =>
      facts.set(`${r.messageId}|${r.invoiceNumber}`, {
        ...(details.message.calendarDate ? { sentOn: details.message.calendarDate } : {}),
        reminderDates: details.reminderDates,
        language: draftLanguageOf(`${details.message.subject}\n${details.message.text}`),
      }),
  });
  return receivables.map((r) => ({ ...r, ...(facts.get(`${r.messageId}|${r.invoiceNumber}`) ?? { reminderDates: [] }) }));
}
