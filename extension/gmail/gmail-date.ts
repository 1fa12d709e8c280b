/**
 * Gmail writes a message's date in its tooltip in the account's language: "Thu, Oct 30, 2026, 3:14 PM",
 * "jeu. 30 oct. 2026, 15:14", "30 Oct 2026, 15:14". The core's date reader knows the day, month and year
 * in every language it reads; the time is read here. Gmail shows local time: the instant is built in the
 * browser's time zone and the calendar date is kept as written (never shifted by a time zone).
 */
import { findDates } from '../../shared/core/extract/locale/date';

export interface GmailDate {
  /** ISO 8601 instant in UTC. */
  instant: string;
  /** YYYY-MM-DD as Gmail shows it. */
  calendarDate: string;
}

const TIME = /(\d{1,2})[:h.](\d{2})(?:\s*([ap])\.?\s?m\.?)?/i;

export function parseGmailDate(text: string): GmailDate | null {
  if (!text) return null;
  const date = findDates(text, { order: /\b[A-Z][a-z]{2} \d{1,2}, \d{4}/.test(text) ? 'MDY' : 'DMY' })[0];
  if (!date) return null;
  const rest = text.slice(date.end);
  const t = TIME.exec(rest);
  let hours = 0;
  let minutes = 0;
  if (t) {
    hours = Number(t[1]) % 24;
    minutes = Number(t[2]);
    const ampm = t[3]?.toLowerCase();
    if (ampm === 'p' && hours < 12) hours += 12;
    if (ampm === 'a' && hours === 12) hours = 0;
  }
  const [y, m, d] = date.iso.split('-').map(Number) as [number, number, number];
  const instant = new Date(y, m - 1, d, hours, minutes).toISOString();
  return { instant, calendarDate: date.iso };
}
