import type { DateOrder } from '../locale/date';

// Not inside a longer run of numbers (a phone number written "06.61.24.87.30" is no date).
const NUMERIC_DATE = /(?<![\d][/.-]?)(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?!\d|[/.-]\d)/g;

/**
 * Day-first or month-first for the numeric dates of one document. A date whose first number is over 12
 * settles it; so does one whose second number is; otherwise US mail (English with dollars) is month-first
 * and everything else day-first, as Europe writes.
 */
export function guessDateOrder(text: string, hints: { lang?: string; currency?: string | null } = {}): DateOrder {
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
  return hints.lang === 'en' && hints.currency === 'USD' ? 'MDY' : 'DMY';
}
