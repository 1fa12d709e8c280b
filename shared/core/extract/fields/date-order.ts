import type { DateOrder } from '../locale/date';

// Not inside a longer run of numbers (a phone number written "06.61.24.87.30" is no date).
const NUMERIC_DATE = /(?<![\d][/.-]?)(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?!\d|[/.-]\d)/g;

/**
 * Day-first or month-first for the numeric dates of one document. A date whose first number is over 12
 * settles it; so does one whose second number is; otherwise US mail (English with dollars) is month-first
 * and everything else day-first, as Europe writes.
 */
export function guessDateOrder(text: string, hints: { lang?: string; currency?: string | null; sentOn?: string | null } = {}): DateOrder {
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
  // "Invoice date: 02/07/2026" in a mail sent on 2 July: the order that reads the day of sending is the writer's.
  const sent = hints.sentOn ? sentDayOrder(text, hints.sentOn) : null;
  if (sent) return sent;
  return hints.lang === 'en' && hints.currency === 'USD' ? 'MDY' : 'DMY';
}

/** The one order in which some ambiguous date of the text reads as the day the mail was sent (YYYY-MM-DD), or null. */
function sentDayOrder(text: string, sentOn: string): DateOrder | null {
  const [year, month, day] = sentOn.split('-').map(Number) as [number, number, number];
  let asDayFirst = false;
  let asMonthFirst = false;
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]);
    if (y !== year || a === b) continue;
    if (a === day && b === month) asDayFirst = true;
    if (a === month && b === day) asMonthFirst = true;
  }
  return asDayFirst === asMonthFirst ? null : asDayFirst ? 'DMY' : 'MDY';
}
