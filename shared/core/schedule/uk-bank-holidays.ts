import { addDays, toIsoDate, weekday, type IsoDate } from '../calendar/iso-date';
import { easterSunday, type Holiday } from './french-holidays';

/**
 * Bank holidays of England and Wales (the UK jurisdiction's calendar), computed as the Banking and Financial
 * Dealings Act 1971 and the royal proclamations set them: New Year's Day, Good Friday, Easter Monday, the
 * first and last Mondays of May, the last Monday of August, Christmas and Boxing Day, with a weekday in lieu
 * when one falls on a weekend. One-off days proclaimed for a year (jubilees, coronations) are not known ahead.
 */
function firstMonday(year: number, month: number): IsoDate {
  let d = toIsoDate(year, month, 1);
  while (weekday(d) !== 1) d = addDays(d, 1);
  return d;
}

function lastMonday(year: number, month: number): IsoDate {
  let d = addDays(toIsoDate(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1);
  while (weekday(d) !== 1) d = addDays(d, -1);
  return d;
}

/** Saturday or Sunday → the next Monday (or the next free weekday after an earlier holiday in lieu). */
function inLieu(date: IsoDate, taken: ReadonlySet<IsoDate>): IsoDate {
  let d = date;
  while (weekday(d) === 0 || weekday(d) === 6 || taken.has(d)) d = addDays(d, 1);
  return d;
}

export function ukBankHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const newYear = inLieu(toIsoDate(year, 1, 1), new Set());
  const christmas = inLieu(toIsoDate(year, 12, 25), new Set());
  const boxing = inLieu(toIsoDate(year, 12, 26), new Set([christmas]));
  return [
    { date: newYear, name: "New Year's Day" },
    { date: addDays(easter, -2), name: 'Good Friday' },
    { date: addDays(easter, 1), name: 'Easter Monday' },
    { date: firstMonday(year, 5), name: 'Early May bank holiday' },
    { date: lastMonday(year, 5), name: 'Spring bank holiday' },
    { date: lastMonday(year, 8), name: 'Summer bank holiday' },
    { date: christmas, name: 'Christmas Day' },
    { date: boxing, name: 'Boxing Day' },
  ].sort((x, y) => (x.date < y.date ? -1 : 1));
}
