import type { IsoDate } from '../core/calendar/iso-date';
import { daysOverdue } from '../core/ladder/next-stage';
import { actionFromState } from '../core/schedule/next-action';
import type { LedgerStatus } from '../core/schedule/history';
import type { Ledger } from './ledger';
import { neutralizeFormula, toCsv, type CsvSeparator } from './csv-format';
import type { InvoiceRow } from './schemas';

/**
 * CSV of receivables for the accountant. Two profiles:
 * - `;` (the default): French Excel's list separator, with French headers and a decimal comma ("1234,56");
 * - `,`: for English-locale spreadsheets and scripts, with English headers and a decimal point ("1234.56").
 * Both: UTF-8 with a BOM (so Excel reads accents), RFC 4180 quoting, CRLF, ISO dates (YYYY-MM-DD, which
 * Excel reads as dates in every locale), no thousands separator, text that a spreadsheet would run as a
 * formula (= + - @) prefixed with an apostrophe.
 */
const HEADERS = {
  ';': ['Numéro', 'Client', 'E-mail', 'Date facture', "Date d'envoi", 'Échéance', 'Montant TTC', 'Déjà payé', 'Reste dû', 'Devise', 'Jours de retard', 'Statut', 'Relances envoyées', 'Dernière relance', 'Prochaine action', 'Date prochaine action'],
  ',': ['Number', 'Client', 'E-mail', 'Issue date', 'Sent on', 'Due date', 'Amount', 'Paid', 'Balance', 'Currency', 'Days overdue', 'Status', 'Reminders sent', 'Last reminder', 'Next action', 'Next action date'],
} as const;

const STATUS_FR: Record<LedgerStatus, string> = { open: 'ouverte', promised: 'promesse', disputed: 'litige', plan: 'échéancier', paid: 'payée', cancelled: 'annulée' };

export interface CsvExportOptions {
  separator?: ';' | ',';
  /** Every invoice, paid ones included (default: only what is still owed). */
  all?: boolean;
}

export async function exportReceivablesCsv(ledger: Ledger, today: IsoDate, opts: CsvExportOptions = {}): Promise<string> {
  const sep: CsvSeparator = opts.separator ?? ';';
  const settingsOf = await ledger.settingsResolver();
  const rows: InvoiceRow[] = opts.all ? await ledger.allInvoices() : (await ledger.db.invoices.where('open').equals(1).toArray()).map((r) => ledger.read(r));
  rows.sort((a, b) => ((a.dueDate ?? '9999') < (b.dueDate ?? '9999') ? -1 : (a.dueDate ?? '9999') > (b.dueDate ?? '9999') ? 1 : a.id < b.id ? -1 : 1));
  const num = (x: number | null) => (x === null ? '' : sep === ';' ? x.toFixed(2).replace('.', ',') : x.toFixed(2));
  const text = (x: string | null) => neutralizeFormula(x ?? '');
  const lines: string[][] = [];
  for (const i of rows) {
    const action = actionFromState(i, i.state, await settingsOf(i.clientId), today);
    const last = i.state.reminders.findLast((r) => r.on !== null)?.on ?? '';
    lines.push([
      text(i.number),
      text(i.debtorName),
      text(i.debtorEmail),
      i.issueDate ?? '',
      i.sentOn ?? '',
      i.dueDate ?? '',
      num(i.amount),
      num(i.state.paidAmount),
      num(i.state.balance),
      i.currency ?? '',
      String(daysOverdue(i.dueDate, today) ?? ''),
      sep === ';' ? STATUS_FR[i.state.status] : i.state.status,
      String(i.state.remindersTotal),
      last,
      action.kind === 'none' ? '' : action.kind,
      action.date ?? '',
    ]);
  }
  return toCsv([[...HEADERS[sep]], ...lines], sep, { bom: true });
}
