import { kindOfTitle, type DocumentKind } from './document-kind';
import { hasReplyPrefix } from '../mail/subject';
import { announcedCopyRecipient } from './invoice-copy';
import type { MeMatcher } from './me';
import type { InvoiceStatus } from '../ladder/next-stage';
import { daysBetween } from '../calendar/iso-date';

/**
 * The thread-row check: what a mail list shows of a conversation (subject, snippet, sender, date) is
 * enough to say whether it is likely one of the company's invoice threads, and, when the ledger already
 * knows the invoice, which label the row carries. It runs on every row a host draws (Gmail lists hundreds
 * at a time), so it reads short strings only: no body, no attachment, no PDF. The cue lists are the
 * core's own (detect/document-kind.ts).
 */
export interface RowSummary {
  subject: string;
  /** The preview line the list shows under or after the subject; '' when the host has none. */
  snippet: string;
  /** Sender as the list shows it: an address, a display name, or "moi"/"me" for the user. */
  sender: string;
  /** The row's date as the host gives it (free text or ISO); unused by the check, kept for labels and logs. */
  date?: string | null;
}

export type RowReason = 'invoice-subject' | 'reminder-subject' | 'invoice-snippet' | 'not-receivable-kind' | 'supplier-invoice' | 'no-cue';

export interface RowVerdict {
  likely: boolean;
  /** The document kind the row announces, null when it says nothing. */
  kind: DocumentKind | null;
  reason: RowReason;
}

export interface RowCheckOptions {
  /** Tells the user's own addresses; without it the sender is not used. */
  isMe?: MeMatcher;
}

/** Kinds that are never chased, whatever else the row says. */
const NEVER: ReadonlySet<DocumentKind> = new Set(['proforma', 'credit-note', 'quote', 'receipt', 'order', 'statement', 'duplicate']);
/** How Gmail, Outlook and the demo name the user in a list, by language. */
const SELF_NAMES: ReadonlySet<string> = new Set(['me', 'moi', 'ich', 'yo', 'io', 'mij', 'eu']);
/** Only the opening of the snippet: an invoice e-mail says so in its first lines. */
const SNIPPET_CHARS = 160;

function senderIsMe(sender: string, isMe: MeMatcher | undefined): boolean {
  const s = sender.trim().toLowerCase();
  if (SELF_NAMES.has(s)) return true;
  if (!isMe) return false;
  const angle = s.match(/<([^>]+)>/);
  return isMe(angle ? angle[1]! : s);
}

export function checkRow(row: RowSummary, opts: RowCheckOptions = {}): RowVerdict {
  let kind = kindOfTitle(row.subject);
  let reason: RowReason = kind === 'reminder' ? 'reminder-subject' : 'invoice-subject';
  if (kind === null && row.snippet) {
    kind = kindOfTitle(row.snippet.length > SNIPPET_CHARS ? row.snippet.slice(0, SNIPPET_CHARS) : row.snippet);
    reason = 'invoice-snippet';
  }
  if (kind === null) return { likely: false, kind: null, reason: 'no-cue' };
  if (NEVER.has(kind)) return { likely: false, kind, reason: 'not-receivable-kind' };
  if (kind !== 'invoice' && kind !== 'reminder') return { likely: false, kind, reason: 'no-cue' };
  // An invoice someone else sent to the user, who never answered, is a supplier's: a payable, not a receivable.
  // A reply ("Re: Facture …") may be the client answering the user's invoice, so it stays a candidate, and so
  // does a platform's copy of the user's own invoice ("Copie de votre facture F-12 envoyée à X").
  if (opts.isMe && row.sender && !senderIsMe(row.sender, opts.isMe) && !hasReplyPrefix(row.subject) && !announcedCopyRecipient(`${row.subject}
${row.snippet}`)) {
    return { likely: false, kind, reason: 'supplier-invoice' };
  }
  return { likely: true, kind, reason };
}

/** What a row label needs from the ledger's record of the invoice. */
export interface RowRecord {
  status: InvoiceStatus;
  amount: number | null;
  currency: string | null;
  /** What is already paid (partial payments); 0 or absent when nothing. */
  amountPaid?: number;
  dueDate: string | null;
  promisedDate: string | null;
}

export type RowTone = 'overdue' | 'due' | 'paid' | 'promised' | 'disputed' | 'open';

export interface RowLabel {
  /** The state: "Impayée · J+12", "Échéance dans 3 j", "Payée", "Promesse 05/12", "Litige". */
  state: string;
  /** The amount still owed, formatted for the language; null when unknown. */
  amount: string | null;
  /** What the row shows: amount and state. */
  text: string;
  tone: RowTone;
}

export type RowLanguage = 'fr' | 'en';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const formats = new Map<string, Intl.NumberFormat>();
/** Whole amounts without decimals ("4 380 €"), others with two ("2 150,40 €"); one cached formatter per case. */
function formatAmount(amount: number, currency: string | null, lang: RowLanguage): string {
  const decimals = Number.isInteger(amount) ? 0 : 2;
  const key = `${lang}|${currency ?? ''}|${decimals}`;
  let f = formats.get(key);
  if (!f) {
    const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
    const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    try {
      f = new Intl.NumberFormat(locale, currency ? { style: 'currency', currency, ...digits } : digits);
    } catch {
      f = new Intl.NumberFormat(locale, digits);
    }
    formats.set(key, f);
  }
  return f.format(amount).replace(/\u202f/g, '\u00a0');
}

function shortDate(iso: string, lang: RowLanguage): string {
  const [, m, d] = iso.split('-');
  return lang === 'fr' ? `${d}/${m}` : `${MONTHS_EN[Number(m) - 1]} ${Number(d)}`;
}

/** The label of a row whose invoice the ledger knows, on `today` (YYYY-MM-DD), in the user's language. */
export function rowLabel(record: RowRecord, today: string, lang: RowLanguage = 'fr'): RowLabel {
  const fr = lang === 'fr';
  let state: string;
  let tone: RowTone;
  const owed = record.amount === null ? null : Math.max(0, Math.round((record.amount - (record.amountPaid ?? 0)) * 100) / 100);
  if (record.status === 'paid') {
    state = fr ? 'Payée' : 'Paid';
    tone = 'paid';
  } else if (record.status === 'disputed') {
    state = fr ? 'Litige' : 'Disputed';
    tone = 'disputed';
  } else if (record.status === 'promised' && record.promisedDate) {
    state = fr ? `Promesse ${shortDate(record.promisedDate, lang)}` : `Promised ${shortDate(record.promisedDate, lang)}`;
    tone = 'promised';
  } else if (record.dueDate) {
    const days = daysBetween(record.dueDate, today);
    if (days > 0) {
      state = fr ? `Impayée · J+${days}` : `Overdue · ${days} d`;
      tone = 'overdue';
    } else if (days === 0) {
      state = fr ? "Échéance aujourd'hui" : 'Due today';
      tone = 'due';
    } else {
      state = fr ? `Échéance dans ${-days} j` : `Due in ${-days} d`;
      tone = 'due';
    }
  } else {
    state = fr ? 'Facture' : 'Invoice';
    tone = 'open';
  }
  if (tone !== 'paid' && (record.amountPaid ?? 0) > 0) state += fr ? ' · partiel' : ' · part paid';
  const amount = owed === null || tone === 'paid' ? (tone === 'paid' && record.amount !== null ? formatAmount(record.amount, record.currency, lang) : null) : formatAmount(owed, record.currency, lang);
  return { state, amount, text: amount ? `${amount} · ${state}` : state, tone };
}

/** Label colours by tone: readable on Gmail's white and dark themes. */
export const ROW_TONE_COLORS: Readonly<Record<RowTone, { foreground: string; background: string }>> = {
  overdue: { foreground: '#ffffff', background: '#c5221f' },
  due: { foreground: '#202124', background: '#fde293' },
  paid: { foreground: '#ffffff', background: '#188038' },
  promised: { foreground: '#ffffff', background: '#1a73e8' },
  disputed: { foreground: '#ffffff', background: '#9334e6' },
  open: { foreground: '#202124', background: '#e8eaed' },
};
