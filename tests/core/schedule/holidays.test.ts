import { describe, expect, it } from 'vitest';
import Holidays from 'date-holidays';
import { easterSunday, frenchHolidays } from '../../../shared/core/schedule/french-holidays';
import { holidayOn } from '../../../shared/core/schedule/public-holidays';
import { businessDayOnOrAfter, businessDayOnOrBefore, isBusinessDay, localIsoDate } from '../../../shared/core/schedule/business-days';

describe('French public holidays', () => {
  it('computes Easter Sunday for known years', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25'); // the latest possible
    expect(easterSunday(2285)).toBe('2285-03-22'); // the earliest possible
  });

  it('lists the 11 holidays of 2026 with the movable ones', () => {
    const h = frenchHolidays(2026);
    expect(h).toHaveLength(11);
    expect(holidayOn('2026-04-06')).toBe('Lundi de Pâques');
    expect(holidayOn('2026-05-14')).toBe('Ascension');
    expect(holidayOn('2026-05-25')).toBe('Lundi de Pentecôte');
    expect(holidayOn('2026-07-14')).toBe('Fête nationale');
    expect(holidayOn('2026-05-15')).toBeNull();
    expect(holidayOn('2026-04-03')).toBeNull(); // Good Friday: only in Alsace-Moselle
    expect(holidayOn('2026-04-03', 'FR-alsace-moselle')).toBe('Vendredi saint');
    expect(holidayOn('2026-12-26', 'FR-alsace-moselle')).toBe('Saint Étienne');
    expect(holidayOn('2026-07-14', 'none')).toBeNull();
  });

  it('agrees with the date-holidays database on the public holidays of 2000–2060', () => {
    const hd = new Holidays('FR');
    for (let year = 2000; year <= 2060; year++) {
      const reference = hd
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10));
      const ours = frenchHolidays(year).map((h) => h.date);
      expect(ours.every((d) => reference.includes(d)), `${year}`).toBe(true);
      // date-holidays also lists Easter Sunday and Whit Sunday: always Sundays, never a sending day.
      const extra = reference.filter((d) => !ours.includes(d));
      expect(extra.every((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 0), `${year}: ${extra.join(', ')}`).toBe(true);
    }
  });
});

describe('sending days', () => {
  it('skips weekends and holidays', () => {
    expect(isBusinessDay('2026-07-13')).toBe(true);
    expect(isBusinessDay('2026-07-14')).toBe(false); // Tuesday, Fête nationale
    expect(businessDayOnOrAfter('2026-07-14')).toBe('2026-07-15');
    expect(businessDayOnOrAfter('2026-05-14')).toBe('2026-05-15'); // Ascension Thursday → Friday
    expect(businessDayOnOrAfter('2026-05-23')).toBe('2026-05-26'); // Saturday, Sunday, Whit Monday → Tuesday
    expect(businessDayOnOrAfter('2026-04-04')).toBe('2026-04-07'); // Easter weekend and Monday
    expect(businessDayOnOrAfter('2026-12-25')).toBe('2026-12-28'); // Christmas Friday → Monday
    expect(businessDayOnOrAfter('2026-12-31')).toBe('2026-12-31');
    expect(businessDayOnOrAfter('2027-01-01')).toBe('2027-01-04');
    expect(businessDayOnOrBefore('2026-11-01')).toBe('2026-10-30');
    expect(businessDayOnOrBefore('2026-07-14')).toBe('2026-07-13');
  });

  it("reads the user's calendar day in local time", () => {
    expect(localIsoDate(new Date(2026, 6, 14, 0, 5))).toBe('2026-07-14');
    expect(localIsoDate(new Date(2026, 6, 14, 23, 55))).toBe('2026-07-14');
  });
});
