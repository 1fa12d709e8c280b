import { isValidIsoDate, type IsoDate } from '../core/calendar/iso-date';
import { parseAmount } from '../core/extract/locale/amount';
import { parseDate, type DateOrder } from '../core/extract/locale/date';
import { currencyFromMarker, KNOWN_CURRENCIES } from '../core/extract/locale/currency';
import type { Ledger } from './ledger';
import { clientKey, invoiceKey } from './identity';
import { CsvSyntaxError, parseCsv, type CsvSeparator } from './csv-format';
import { upsertFromScan, type ScanInput } from './upsert';

/**
 * Imports invoices from an accounting program's CSV export. Columns are found by their header, in French or
 * English (number, client, e-mail, amount, balance, currency, issue date, due date, sent date, status,
 * payment date), separator detected. Each row becomes one ledger invoice through the same upsert as a scan
 * (source "csv": importing the same file twice changes nothing). Rows that cannot be imported are reported
 * with their line and reason; the others are imported, all in one transaction (all or nothing if a write fails).
 *
 * - status: drafts (brouillon) are imported as not sent (never chased); paid ones (payée, réglée) with a
 *   full payment on their payment date; quotes, pro formas, credit notes and cancelled invoices are refused;
 * - a balance column smaller than the amount records the difference as a partial payment;
 * - amounts: "1 234,56", "1234.56", "1 234,56 €"; with `;` files a single comma is the decimal mark;
 * - dates: ISO or day first (15/12/2026) unless `dateOrder: 'MDY'`.
 */
export interface CsvImportOptions {
  today: IsoDate;
  defaultCurrency?: string;
  dateOrder?: DateOrder;
  separator?: CsvSeparator;
}

export interface CsvImportReport {
  imported: string[];
  updated: string[];
  unchanged: string[];
  rejected: { line: number; reason: string }[];
  warnings: { line: number; message: string }[];
}

type Column = 'number' | 'client' | 'email' | 'amount' | 'balance' | 'currency' | 'issueDate' | 'dueDate' | 'sentOn' | 'status' | 'paidOn';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const HEADER_NAMES: Record<Column, string[]> = {
  number: ['numero', 'numero facture', 'numero de facture', 'n facture', 'no facture', 'n de facture', 'num facture', 'facture', 'invoice', 'invoice number', 'invoice no', 'invoice n', 'number', 'reference', 'ref', 'piece', 'n piece', 'numero de piece'],
  client: ['client', 'nom client', 'nom du client', 'raison sociale', 'customer', 'customer name', 'client name', 'nom', 'name', 'societe', 'company', 'tiers', 'debiteur', 'debtor'],
  email: ['email', 'e mail', 'mail', 'courriel', 'adresse email', 'adresse e mail', 'email client', 'e mail client', 'customer email', 'client email'],
  amount: ['montant', 'montant ttc', 'total ttc', 'ttc', 'amount', 'total', 'amount due', 'net a payer', 'montant du', 'total amount', 'invoice amount', 'montant facture'],
  balance: ['reste a payer', 'reste du', 'restant du', 'solde', 'balance', 'amount outstanding', 'outstanding', 'open amount', 'balance due'],
  currency: ['devise', 'currency', 'monnaie'],
  issueDate: ['date', 'date facture', 'date de facture', 'date d emission', 'date emission', 'issue date', 'invoice date', 'date de la facture', 'emise le'],
  dueDate: ['echeance', 'date echeance', 'date d echeance', 'date de l echeance', 'due date', 'due', 'due on', 'payment due', 'date limite de paiement'],
  sentOn: ['date d envoi', 'date envoi', 'envoyee le', 'sent', 'sent on', 'sent date'],
  status: ['statut', 'etat', 'status', 'type', 'type de document', 'document type', 'state'],
  paidOn: ['date de paiement', 'date de reglement', 'reglee le', 'payee le', 'paye le', 'paid on', 'payment date', 'date paid'],
};
const COLUMN_OF = new Map<string, Column>(Object.entries(HEADER_NAMES).flatMap(([col, names]) => names.map((n) => [n, col as Column])));

type Kind = 'open' | 'draft' | 'paid' | { reject: string };
const STATUS_OF: [RegExp, Kind][] = [
  [/^(avoir|credit note|credit|note de credit|facture d avoir)$/, { reject: 'a credit note is not a receivable' }],
  [/^(devis|quote|quotation|estimate|proforma|pro forma|facture proforma|facture pro forma)$/, { reject: 'a quote or pro forma is not an invoice to chase' }],
  [/^(annulee|annule|cancelled|canceled|void|voided)$/, { reject: 'cancelled invoice' }],
  [/^(brouillon|draft|non envoyee|not sent|a envoyer|en preparation)$/, 'draft'],
  [/^(payee|paye|paid|reglee|regle|soldee|solde|acquittee|encaissee)$/, 'paid'],
  [/^(|facture|invoice|envoyee|sent|ouverte|open|en retard|overdue|impayee|unpaid|due|a regler|en attente|pending|partiellement payee|partially paid|partiellement reglee|relancee)$/, 'open'],
];

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** An amount cell: currency marker (if any) and the number, read with the file's conventions. */
function readAmount(raw: string, sep: CsvSeparator): { value: number | null; currency: string | null } {
  let s = raw.replace(/[\u00a0\u202f\s]/g, '');
  let currency: string | null = null;
  const marker = /^([^\d\-+(.,]+)|([^\d).,]+)$/.exec(s);
  if (marker) {
    currency = currencyFromMarker(marker[0]);
    if (currency === null) return { value: null, currency: null };
    s = s.replace(marker[0], '');
  }
  if (/^[-+]?\d+,\d+$/.test(s) && !(sep === ',' && /,\d{3}$/.test(s))) return { value: Number(s.replace(',', '.')), currency };
  if (/^[-+]?\d+(\.\d+)?$/.test(s)) return { value: Number(s), currency };
  return { value: parseAmount(s), currency };
}

function readDate(raw: string, order: DateOrder): IsoDate | null | 'invalid' {
  const s = raw.trim();
  if (!s) return null;
  if (isValidIsoDate(s)) return s;
  const iso = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(s);
  if (iso && isValidIsoDate(iso[1]!)) return iso[1]!;
  return parseDate(s, { order }) ?? 'invalid';
}

export async function importInvoicesCsv(ledger: Ledger, text: string, opts: CsvImportOptions): Promise<CsvImportReport> {
  const report: CsvImportReport = { imported: [], updated: [], unchanged: [], rejected: [], warnings: [] };
  let parsed: ReturnType<typeof parseCsv>;
  try {
    parsed = parseCsv(text, opts.separator);
  } catch (e) {
    if (e instanceof CsvSyntaxError) {
      report.rejected.push({ line: e.line, reason: e.message.replace(/^line \d+: /, '') });
      return report;
    }
    throw e;
  }
  const [header, ...records] = parsed.records;
  if (!header) return report;
  const columns = new Map<Column, number>();
  header.fields.forEach((name, i) => {
    const col = COLUMN_OF.get(fold(name));
    if (col && !columns.has(col)) columns.set(col, i);
  });
  const missing = (['number', 'amount'] as const).filter((c) => !columns.has(c));
  if (missing.length || (!columns.has('client') && !columns.has('email'))) {
    const need = [...missing, ...(!columns.has('client') && !columns.has('email') ? ['client or e-mail'] : [])];
    report.rejected.push({ line: header.line, reason: `header: no column for ${need.join(', ')} (found: ${header.fields.join(' | ')})` });
    return report;
  }
  const order = opts.dateOrder ?? 'DMY';
  const defaultCurrency = opts.defaultCurrency ?? 'EUR';
  const accepted: { line: number; input: ScanInput; kind: 'open' | 'draft' | 'paid'; paidOn: IsoDate | null; paidPart: number }[] = [];
  const seen = new Map<string, number>();

  for (const rec of records) {
    const reject = (reason: string) => report.rejected.push({ line: rec.line, reason });
    if (rec.fields.length !== header.fields.length) {
      reject(`${rec.fields.length} fields where the header has ${header.fields.length}`);
      continue;
    }
    const cell = (c: Column) => (columns.has(c) ? rec.fields[columns.get(c)!]!.trim() : '');
    const number = cell('number');
    if (!number) {
      reject('no invoice number');
      continue;
    }
    const statusText = fold(cell('status'));
    const kind = STATUS_OF.find(([re]) => re.test(statusText))?.[1];
    if (kind === undefined) {
      reject(`unknown status "${cell('status')}"`);
      continue;
    }
    if (typeof kind === 'object') {
      reject(kind.reject);
      continue;
    }
    const amount = readAmount(cell('amount'), parsed.separator);
    if (amount.value === null) {
      reject(cell('amount') ? `amount "${cell('amount')}" is not a number` : 'no amount');
      continue;
    }
    if (amount.value <= 0) {
      reject(amount.value === 0 ? 'amount is zero' : 'negative amount: a credit note is not a receivable');
      continue;
    }
    let currency = cell('currency').toUpperCase() || amount.currency || defaultCurrency;
    if (!KNOWN_CURRENCIES.has(currency)) {
      const fromSymbol = currencyFromMarker(cell('currency'));
      if (!fromSymbol) {
        reject(`unknown currency "${cell('currency')}"`);
        continue;
      }
      currency = fromSymbol;
    }
    const email = cell('email') || null;
    if (email && !EMAIL.test(email)) {
      reject(`"${email}" is not an e-mail address`);
      continue;
    }
    const name = cell('client') || null;
    if (!email && !name) {
      reject('no client name or e-mail');
      continue;
    }
    const dates: Partial<Record<'issueDate' | 'dueDate' | 'sentOn' | 'paidOn', IsoDate | null>> = {};
    let bad: string | null = null;
    for (const c of ['issueDate', 'dueDate', 'sentOn', 'paidOn'] as const) {
      const d = readDate(cell(c), order);
      if (d === 'invalid') {
        bad = `${c === 'issueDate' ? 'issue date' : c === 'dueDate' ? 'due date' : c === 'sentOn' ? 'sending date' : 'payment date'} "${cell(c)}" is not a date`;
        break;
      }
      dates[c] = d;
    }
    if (bad) {
      reject(bad);
      continue;
    }
    const { issueDate = null, dueDate = null, sentOn = null, paidOn = null } = dates;
    if (issueDate && dueDate && dueDate < issueDate) {
      reject(`due date ${dueDate} is before the issue date ${issueDate}`);
      continue;
    }
    let paidPart = 0;
    if (cell('balance')) {
      const balance = readAmount(cell('balance'), parsed.separator).value;
      if (balance === null || balance < 0 || balance > amount.value) {
        reject(`balance "${cell('balance')}" is not between 0 and the amount`);
        continue;
      }
      paidPart = Math.round((amount.value - balance) * 100) / 100;
    }
    const id = invoiceKey(number, clientKey(email, name), null);
    const first = seen.get(id);
    if (first !== undefined) {
      reject(`same invoice as line ${first}`);
      continue;
    }
    seen.set(id, rec.line);
    if (!dueDate) report.warnings.push({ line: rec.line, message: `invoice ${number}: no due date, never chased until one is set` });
    accepted.push({
      line: rec.line,
      kind: kind === 'open' && paidPart >= amount.value ? 'paid' : kind,
      paidOn,
      paidPart,
      input: {
        messageId: '',
        invoiceNumber: number,
        amount: amount.value,
        currency,
        issueDate,
        dueDate,
        debtorEmail: email,
        debtorName: name,
        status: 'open',
        promisedDate: null,
        remindersSent: 0,
        // A draft has not gone to the client; otherwise the sending day, or the issue date, or the import day.
        sentOn: kind === 'draft' ? null : (sentOn ?? issueDate ?? opts.today),
      },
    });
  }

  // The invoices and their payments in one transaction: a failure on any row (a write refused, the page
  // closed) leaves the ledger as it was before the import, never half of the file in it.
  const db = ledger.db;
  const outcome = await db.transaction('rw', [db.invoices, db.events, db.clients, db.settings, db.openShards], async () => {
    const upserted = await upsertFromScan(ledger, accepted.map((a) => a.input), { source: 'csv', today: opts.today });
    const created = new Set(upserted.created);
    const done: Pick<CsvImportReport, 'imported' | 'updated' | 'unchanged'> = { imported: [], updated: [], unchanged: [] };
    for (const a of accepted) {
      const id = invoiceKey(a.input.invoiceNumber, clientKey(a.input.debtorEmail, a.input.debtorName), null);
      const changed = await recordPayments(ledger, id, a, opts.today);
      if (created.has(id)) done.imported.push(id);
      else if (changed || upserted.updated.includes(id)) done.updated.push(id);
      else done.unchanged.push(id);
    }
    return done;
  });
  return { ...report, ...outcome };
}

/** Payments the accounting export knows of and the ledger not yet (idempotent: a second import adds none). */
async function recordPayments(ledger: Ledger, id: string, a: { kind: string; paidOn: IsoDate | null; paidPart: number; input: ScanInput }, today: IsoDate): Promise<boolean> {
  const invoice = await ledger.invoice(id);
  if (!invoice || invoice.state.status === 'paid' || invoice.state.status === 'cancelled') return false;
  const history = await ledger.events(id);
  const reopenedByHand = history.findLast((e) => e.type === 'status-changed-by-hand');
  if (reopenedByHand?.type === 'status-changed-by-hand' && reopenedByHand.status === 'open') return false;
  const on = a.paidOn ?? today;
  if (a.kind === 'paid') {
    await ledger.record(id, { type: 'payment', on, amount: invoice.state.balance ?? a.input.amount ?? 0, full: true, source: 'csv' });
    return true;
  }
  const missing = Math.round((a.paidPart - invoice.state.paidAmount) * 100) / 100;
  if (missing > 0) {
    await ledger.record(id, { type: 'payment', on, amount: missing, full: false, source: 'csv' });
    return true;
  }
  return false;
}
