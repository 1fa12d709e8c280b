import { addDays, weekday, type IsoDate } from '../calendar/iso-date';
import { holidayOn, type HolidayCalendar } from './public-holidays';

/** A day a reminder may be sent: Monday to Friday and not a public holiday. */
export function isBusinessDay(date: IsoDate, calendar: HolidayCalendar = 'FR'): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && holidayOn(date, calendar) === null;
}

/** The date itself when it is a business day, else the next one. */
export function businessDayOnOrAfter(date: IsoDate, calendar: HolidayCalendar = 'FR'): IsoDate {
  let d = date;
  while (!isBusinessDay(d, calendar)) d = addDays(d, 1);
  return d;
}

/** The date itself when it is a business day, else the one before. */
export function businessDayOnOrBefore(date: IsoDate, calendar: HolidayCalendar = 'FR'): IsoDate {
  let d = date;
  while (!isBusinessDay(d, calendar)) d = addDays(d, -1);
  return d;
}

/**
 * The user's calendar date at an instant, read in the host's local time zone (the day the user sees on
 * their wall calendar). Hosts call it once and pass the ISO date on; the core never parses a date string
 * into a timestamp, so no due date can shift to the day before.
 */
export function localIsoDate(instant: Date): IsoDate {
  const y = instant.getFullYear();
  const m = instant.getMonth() + 1;
  const d = instant.getDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
