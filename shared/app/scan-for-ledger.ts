/**
 * A conversation scanned for the ledger, as every interactive host does it (the Gmail content script, the
 * browser demo, the Outlook pane): the core's receivables, with what the ledger keeps besides the CLI's
 * contract — the language the invoice e-mail is written in (the client's drafts follow it) and the day of
 * the last reminder the mailbox shows (so a draft can quote it).
 */
import { scanThreads } from '../core/scan/scan-mailbox';
import type { ScanOptions } from '../core/scan/scan-options';
import type { MailThread } from '../core/mail/model';
import { draftLanguageOf } from '../core/text/language';
import type { ScannedReceivable } from './messages';

export async function scanForLedger(threads: MailThread[], opts: Omit<ScanOptions, 'onReceivable'>): Promise<ScannedReceivable[]> {
  const extras = new Map<string, Pick<ScannedReceivable, 'language' | 'lastReminderOn'>>();
  const receivables = await scanThreads(threads, {
    ...opts,
    onReceivable: (r, details) => extras.set(r.messageId, { language: draftLanguageOf(`${details.message.subject}\n${details.message.text}`), lastReminderOn: details.reminderDates.at(-1) ?? null }),
  });
  return receivables.map((r) => ({ ...r, ...extras.get(r.messageId) }));
}
