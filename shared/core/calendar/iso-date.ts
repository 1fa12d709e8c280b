/**
 * Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC so that no time zone can shift a due date
 * to the day before. Every date the core reasons about is a calendar date, never a timestamp.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d);
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toUtcMs(iso: IsoDate): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtcMs(ms: number): IsoDate {
  const d = new Date(ms);
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const DAY_MS = 86_400_000;

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(iso) + days * DAY_MS);
}

/** b − a in whole days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

export function endOfMonth(iso: IsoDate): IsoDate {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return toIsoDate(y, m, daysInMonth(y, m));
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function weekday(iso: IsoDate): number {
  return new Date(toUtcMs(iso)).getUTCDay();
}

/**
 * The calendar date of a timestamp as the sender saw it. Mail dates carry the sender's offset
 * ("Mon, 16 Nov 2026 09:12:00 +0100"): the local calendar day is the one written in the header.
 */
export function calendarDateOfHeader(dateHeader: string | null | undefined): IsoDate | null {
  if (!dateHeader) return null;
  const offset = /([+-])(\d{2})(\d{2})\s*(?:\([^)]*\))?\s*$/.exec(dateHeader.trim());
  const ms = Date.parse(dateHeader);
  if (Number.isNaN(ms)) return null;
  let shift = 0;
  if (offset) {
    const sign = offset[1] === '-' ? -1 : 1;
    shift = sign * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000;
  }
  return fromUtcMs(ms + shift);
}

export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
