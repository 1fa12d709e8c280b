import type { DateOrder } from '../locale/date';

// Not inside a longer run of numbers (a phone number written "06.61.24.87.30" is no date), nor an invoice number
// shaped like one ("12-26-0082": no year 0082).
const NUMERIC_DATE = /(?<![\d][/.-]?)(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|(?:19|20)\d{2})(?!\d|[/.-]\d)/g;

/**
 * Day-first or month-first for the numeric dates of one document. A date whose first number is over 12
 * settles it; so does one whose second number is; otherwise US mail (English with dollars, to a reader whose
 * domain is no day-first country's) is month-first and everything else day-first, as Europe writes.
 */
export function guessDateOrder(text: string, hints: DateOrderHints = {}): DateOrder {
  // Dollars and English to a reader in a day-first country (a Turkish shipping line, a Greek agent) still put the day first.
  return settledDateOrder(text, hints) ?? (hints.lang === 'en' && hints.currency === 'USD' && !readsDayFirst(hints.reader) ? 'MDY' : 'DMY');
}

export interface DateOrderHints {
  lang?: string;
  currency?: string | null;
  sentOn?: string | null;
  reader?: string | null;
}

/**
 * The order a text's own dates settle — a number over 12, or a date that reads as the day of sending in one order only —
 * or null when they leave it open (a document's habit then decides: see guessDateOrder).
 */
export function settledDateOrder(text: string, hints: DateOrderHints = {}): DateOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 31 || b > 31) continue;
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? 'DMY' : 'MDY';
  // "Invoice date: 02/06/2026" in a mail sent on 4 June: the order that dates the invoice shortly before its sending is the writer's.
  // (Month-first only in English: "Échéance avant le 09/10/2026" in a French mail of 11 September is 9 October.)
  const sent = hints.sentOn ? sentDayOrder(text, hints.sentOn) : null;
  return sent && (sent === 'DMY' || !hints.lang || hints.lang === 'en') ? sent : null;
}

/** Country domains of places that write the day first (Europe, the Mediterranean, Africa, …); not .us, nor .io/.ai/.co. */
const DAY_FIRST_TLD = new Set(
  'fr de it es pt nl be lu ch at uk ie gr tr cy mt pl cz sk hu ro bg hr si rs ba me al mk dk se no fi is ee lv lt ua eu mc ad li sm ma tn dz sn ci cm re gp mq nc pf br ar cl pe uy mx in au nz za il ae qa sa'.split(' '),
);
function readsDayFirst(reader: string | null | undefined): boolean {
  const tld = reader?.toLowerCase().match(/\.([a-z]{2})$/)?.[1];
  return tld !== undefined && DAY_FIRST_TLD.has(tld);
}

/** How long before its sending an invoice may be dated: an ambiguous date read in this window is the invoice's day. */
const DATED_BEFORE_SENDING_DAYS = 45;
/** The label of an invoice's date, right before it: "Date de facture :", "Invoice date:", "Rechnungsdatum:", "Date :". */
const ISSUE_LABEL_BEFORE =
  /(?:date\s+(?:de\s+(?:la\s+)?)?(?:facture|facturation|[eé]mission)|invoice\s+date|date\s+of\s+(?:issue|invoice)|issue\s+date|date\s+d['’][eé]mission|rechnungsdatum|fecha\s+(?:de\s+)?(?:la\s+)?(?:factura|emisi[oó]n)|data\s+(?:della\s+)?fattura|factuurdatum|^[ \t]*date)[ \t]*:?[ \t]*$/im;
/** How long after its sending an invoice may fall due (a date read there may be its due date). */
const DUE_AFTER_SENDING_DAYS = 120;

/**
 * The order the day of sending (YYYY-MM-DD) settles, or null. A date that reads as that very day (or the day before)
 * in one order only is the invoice's: "Invoice date: 02/07/2026" in a mail of 2 July. Else a date that is plausible in
 * one order only — shortly before the sending (an invoice's day) or a few months after (a due date) — settles it:
 * "02/06/2026" in a mail of 4 June is 2 June, not 6 February.
 */
function sentDayOrder(text: string, sentOn: string): DateOrder | null {
  const sent = Date.UTC(Number(sentOn.slice(0, 4)), Number(sentOn.slice(5, 7)) - 1, Number(sentOn.slice(8, 10)));
  const daysBefore = (year: number, month: number, day: number) => (sent - Date.UTC(year, month - 1, day)) / 86_400_000;
  const isSendingDay = (days: number) => days >= 0 && days <= 1;
  const isPlausible = (days: number) => days >= -DUE_AFTER_SENDING_DAYS && days <= DATED_BEFORE_SENDING_DAYS;
  const votes = { exact: { DMY: 0, MDY: 0 }, issued: { DMY: 0, MDY: 0 }, plausible: { DMY: 0, MDY: 0 } };
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]);
    if (a === b || a < 1 || b < 1 || a > 12 || b > 12) continue;
    const dayFirst = daysBefore(y, b, a);
    const monthFirst = daysBefore(y, a, b);
    if (isSendingDay(dayFirst) !== isSendingDay(monthFirst)) votes.exact[isSendingDay(dayFirst) ? 'DMY' : 'MDY']++;
    if (isPlausible(dayFirst) !== isPlausible(monthFirst)) votes.plausible[isPlausible(dayFirst) ? 'DMY' : 'MDY']++;
    // "Date de facture : 08/06/2026" in a mail of 11 June: an invoice is not dated after its sending (6 August).
    if (ISSUE_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) {
      const issued = (days: number) => days >= 0 && days <= DATED_BEFORE_SENDING_DAYS;
      if (issued(dayFirst) !== issued(monthFirst)) votes.issued[issued(dayFirst) ? 'DMY' : 'MDY']++;
    }
  }
  for (const v of [votes.exact, votes.issued, votes.plausible]) if (v.DMY !== v.MDY) return v.DMY > v.MDY ? 'DMY' : 'MDY';
  return null;
}
