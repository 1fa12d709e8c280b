import type { IsoDate } from '../calendar/iso-date';
import { frenchHolidays, type Holiday } from './french-holidays';
import { ukBankHolidays } from './uk-bank-holidays';

/**
 * The holiday calendars reminders are kept off: France (the default, with Alsace-Moselle's two extra days as
 * a choice) and the United Kingdom (England and Wales), the jurisdictions Relance knows; `none` keeps only
 * weekends off. Each is computed, so the extension needs no holiday database.
 */
export const HOLIDAY_CALENDARS = ['FR', 'FR-alsace-moselle', 'UK', 'none'] as const;
export type HolidayCalendar = (typeof HOLIDAY_CALENDARS)[number];

/** The public holidays of a year in a calendar, sorted by date. */
export function publicHolidays(year: number, calendar: HolidayCalendar = 'FR'): Holiday[] {
  if (calendar === 'none') return [];
  if (calendar === 'UK') return ukBankHolidays(year);
  return frenchHolidays(year, calendar);
}

/** The calendar that fits the company's jurisdiction: the UK's for a UK company, France's otherwise (French first). */
export function holidayCalendarOf(jurisdiction: 'FR' | 'EU' | 'UK' | 'OTHER'): HolidayCalendar {
  return jurisdiction === 'UK' ? 'UK' : 'FR';
}

const cache = new Map<string, ReadonlyMap<IsoDate, string>>();

/** The holiday's name on that date, or null. */
export function holidayOn(date: IsoDate, calendar: HolidayCalendar = 'FR'): string | null {
  if (calendar === 'none') return null;
  const year = Number(date.slice(0, 4));
  const id = `${calendar}:${year}`;
  let days = cache.get(id);
  if (!days) {
    days = new Map(publicHolidays(year, calendar).map((h) => [h.date, h.name]));
    cache.set(id, days);
  }
  return days.get(date) ?? null;
}
