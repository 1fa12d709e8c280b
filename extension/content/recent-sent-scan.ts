/**
 * "Scan recent sent mail", asked from the options page: the host searches the mail the user sent in the
 * last days that names an invoice or carries an attachment, then shows each conversation in turn (InboxSDK
 * can read a conversation only while Gmail shows it), and the conversation's invoices are scanned and
 * recorded as when the user opens it. Rows whose subject announces a quote, a credit note or another
 * document that is never chased are not opened. One scan at a time.
 */
import { checkRow } from '../../shared/core/detect/thread-row';
import { INVOICE_SEARCH_WORDS } from '../../shared/core/detect/document-kind';
import type { RecentScanReport } from '../../shared/app/messages';
import type { Translate } from '../../shared/app/i18n';
import type { MailHost } from '../host';
import type { ThreadInvoices } from './thread-invoices';

export interface RecentScanRequest {
  days: number;
  limit: number;
}

export type RecentSentScan = (request: RecentScanRequest) => Promise<RecentScanReport>;

export function createRecentSentScan(host: MailHost, invoices: ThreadInvoices, t: () => Translate): RecentSentScan {
  let running = false;
  return async ({ days, limit }) => {
    if (running) throw new Error(t()('scanRecentBusy'));
    running = true;
    try {
      const found = await host.searchThreads({ sentWithinDays: days, anyOf: INVOICE_SEARCH_WORDS, orWithAttachment: true }, limit);
      // The search words already say "invoice or attachment"; the row check only drops what is never chased.
      const toRead = found.filter((f) => checkRow(f.summary).reason !== 'not-receivable-kind');
      const report: RecentScanReport = { listed: found.length, read: 0, invoices: 0, skipped: 0 };
      for (const [i, f] of toRead.entries()) {
        host.notify(t()('scanRecentProgress', i + 1, toRead.length));
        try {
          const thread = await host.showThread(f.threadId);
          if (!thread) {
            report.skipped++;
            continue;
          }
          report.invoices += (await invoices.of(thread)).length;
          report.read++;
        } catch (error) {
          console.warn('[Relance] recent sent mail: conversation not read:', f.threadId, error);
          report.skipped++;
        }
      }
      return report;
    } finally {
      running = false;
    }
  };
}
