import { addDays, toIsoDate, type IsoDate } from '../calendar/iso-date';

/**
 * French public holidays (jours fériés), computed: 8 fixed dates and 3 that follow Easter (Easter Monday,
 * Ascension, Whit Monday). Alsace-Moselle adds Good Friday and 26 December. Computing them keeps the
 * extension small (no holiday database) and exact for any year of the Gregorian calendar.
 */
export type FrenchCalendar = 'FR' | 'FR-alsace-moselle' | 'none';

/** Easter Sunday (Gregorian, the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIsoDate(year, month, day);
}

export interface Holiday {
  date: IsoDate;
  name: string;
}

/** The public holidays of a year, sorted by date. */
export function frenchHolidays(year: number, calendar: FrenchCalendar = 'FR'): Holiday[] {
  if (calendar === 'none') return [];
  const easter = easterSunday(year);
  const fixed = (month: number, day: number, name: string): Holiday => ({ date: toIsoDate(year, month, day), name });
  const list: Holiday[] = [
    fixed(1, 1, "Jour de l'an"),
    { date: addDays(easter, 1), name: 'Lundi de Pâques' },
    fixed(5, 1, 'Fête du travail'),
    fixed(5, 8, 'Victoire 1945'),
    { date: addDays(easter, 39), name: 'Ascension' },
    { date: addDays(easter, 50), name: 'Lundi de Pentecôte' },
    fixed(7, 14, 'Fête nationale'),
    fixed(8, 15, 'Assomption'),
    fixed(11, 1, 'Toussaint'),
    fixed(11, 11, 'Armistice 1918'),
    fixed(12, 25, 'Noël'),
  ];
  if (calendar === 'FR-alsace-moselle') {
    list.push({ date: addDays(easter, -2), name: 'Vendredi saint' }, fixed(12, 26, 'Saint Étienne'));
  }
  return list.sort((x, y) => (x.date < y.date ? -1 : 1));
}
