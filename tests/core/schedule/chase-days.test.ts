import { describe, expect, it } from 'vitest';
import Holidays from 'date-holidays';
import { chaseDayOnOrAfter, chaseDayOnOrBefore, inChaseSlot, isChaseDay, nextChaseSlot } from '../../../shared/core/schedule/chase-days';
import { ukBankHolidays } from '../../../shared/core/schedule/uk-bank-holidays';
import { holidayCalendarOf, holidayOn } from '../../../shared/core/schedule/public-holidays';
import { nextAction } from '../../../shared/core/schedule/next-action';
import { DEFAULT_SCHEDULE, ScheduleSettingsSchema, type ScheduleSettings } from '../../../shared/core/schedule/settings';
import { weekday } from '../../../shared/core/calendar/iso-date';
import { history } from './helpers';

const TUE_THU = { chaseDays: [2, 4], holidays: 'FR' as const };

describe('chase days: the weekdays the user chases on', () => {
  it('moves a day outside the chosen weekdays to the next Tuesday or Thursday', () => {
    expect(chaseDayOnOrAfter('2026-11-23', TUE_THU)).toBe('2026-11-24'); // Monday → Tuesday
    expect(chaseDayOnOrAfter('2026-11-25', TUE_THU)).toBe('2026-11-26'); // Wednesday → Thursday
    expect(chaseDayOnOrAfter('2026-11-27', TUE_THU)).toBe('2026-12-01'); // Friday, across the weekend → Tuesday
    expect(chaseDayOnOrAfter('2026-11-26', TUE_THU)).toBe('2026-11-26'); // a Thursday stays
  });

  it('skips a public holiday that falls on a chase day, to the next chase day', () => {
    // Tuesday 14 July 2026 (Fête nationale) → Thursday 16th; Thursday 14 May 2026 (Ascension) → Tuesday 19th.
    expect(chaseDayOnOrAfter('2026-07-13', TUE_THU)).toBe('2026-07-16');
    expect(chaseDayOnOrAfter('2026-05-14', TUE_THU)).toBe('2026-05-19');
    // Thursday 24 Dec → Friday 25 (Christmas) is no chase day anyway → Tuesday 29th, not the 28th.
    expect(chaseDayOnOrAfter('2026-12-25', TUE_THU)).toBe('2026-12-29');
    expect(isChaseDay('2026-12-29', TUE_THU)).toBe(true);
    // Back, for a reminder that must arrive before a date: Monday 9 Nov → Thursday 5 Nov.
    expect(chaseDayOnOrBefore('2026-11-09', TUE_THU)).toBe('2026-11-05');
    expect(chaseDayOnOrBefore('2026-07-15', TUE_THU)).toBe('2026-07-09'); // 14 July is a holiday
  });

  it('never chases on a weekend, whatever the list says', () => {
    expect(() => ScheduleSettingsSchema.parse({ ...DEFAULT_SCHEDULE, chaseDays: [6] })).toThrow();
    expect(() => ScheduleSettingsSchema.parse({ ...DEFAULT_SCHEDULE, chaseDays: [] })).toThrow(/at least one chase day/);
    expect(ScheduleSettingsSchema.parse({ ...DEFAULT_SCHEDULE, chaseDays: [4, 2, 4] }).chaseDays).toEqual([2, 4]);
  });

  it('hours: a slot opens at its first hour and closes at its last; the next slot skips to the next chase day', () => {
    const cal = { ...TUE_THU, chaseHours: { from: 9, to: 12 } };
    expect(inChaseSlot({ date: '2026-11-24', hour: 10 }, cal)).toBe(true);
    expect(inChaseSlot({ date: '2026-11-24', hour: 8 }, cal)).toBe(false);
    expect(inChaseSlot({ date: '2026-11-24', hour: 12 }, cal)).toBe(false);
    expect(inChaseSlot({ date: '2026-11-23', hour: 10 }, cal)).toBe(false); // Monday
    expect(nextChaseSlot({ date: '2026-11-24', hour: 7 }, cal)).toEqual({ date: '2026-11-24', hour: 9 });
    expect(nextChaseSlot({ date: '2026-11-24', hour: 10 }, cal)).toEqual({ date: '2026-11-24', hour: 10 });
    expect(nextChaseSlot({ date: '2026-11-24', hour: 13 }, cal)).toEqual({ date: '2026-11-26', hour: 9 });
    expect(nextChaseSlot({ date: '2026-11-27', hour: 9 }, cal)).toEqual({ date: '2026-12-01', hour: 9 });
    expect(() => ScheduleSettingsSchema.parse({ ...DEFAULT_SCHEDULE, chaseHours: { from: 12, to: 9 } })).toThrow(/end after/);
  });
});

describe('the scheduler on chase days', () => {
  // Sent 1 October 2026, due Tuesday 10 November; Wednesday 11 November is a public holiday.
  const invoice = { amount: 1200, sentOn: '2026-10-01', dueDate: '2026-11-10' };
  const S: ScheduleSettings = { ...DEFAULT_SCHEDULE, chaseDays: [2, 4] };
  const sent = (stage: 'courteous' | 'firm', on: string) => ({ type: 'reminder-sent', stage, on }) as const;

  it('puts every step of the ladder on a chase day: pre-due before, courteous, firm and formal after', () => {
    // Pre-due 3 days before (Saturday 7th) → back to Thursday 5th.
    expect(nextAction(invoice, [], S, '2026-10-15')).toMatchObject({ kind: 'pre-due', date: '2026-11-05' });
    // Courteous at J+1 = Wednesday 11 November (a holiday, and no chase day) → Thursday 12th.
    expect(nextAction(invoice, [], { ...S, preDueDays: 0 }, '2026-10-15')).toMatchObject({ kind: 'courteous', date: '2026-11-12' });
    // Firm 14 days after a courteous of Thursday 12th = Thursday 26th; formal 8 days after a firm of the 26th = Friday 4 Dec → Tuesday 8th.
    expect(nextAction(invoice, history(sent('courteous', '2026-11-12')), S, '2026-11-13')).toMatchObject({ kind: 'firm', date: '2026-11-26' });
    expect(nextAction(invoice, history(sent('courteous', '2026-11-12'), sent('firm', '2026-11-26')), S, '2026-11-27')).toMatchObject({ kind: 'formal', date: '2026-12-08' });
  });

  it('catches a missed slot up to the next chase day, never a day in the past', () => {
    const action = nextAction(invoice, history(sent('courteous', '2026-11-12')), S, '2026-11-30'); // Monday
    expect(action).toMatchObject({ kind: 'firm', date: '2026-12-01' });
    expect(weekday(action.date!)).toBe(2);
  });

  it('with every weekday as chase day, dates are the business days of before', () => {
    expect(nextAction(invoice, history(sent('courteous', '2026-11-12'), sent('firm', '2026-11-26')), DEFAULT_SCHEDULE, '2026-11-27')).toMatchObject({ kind: 'formal', date: '2026-12-04' });
  });
});

describe('the UK calendar (England and Wales bank holidays)', () => {
  it('lists the eight bank holidays of 2026 and 2027 with the days in lieu', () => {
    expect(ukBankHolidays(2026).map((h) => h.date)).toEqual(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']);
    // Christmas on a Saturday and Boxing Day on a Sunday: Monday 27 and Tuesday 28.
    expect(ukBankHolidays(2027).slice(-2).map((h) => h.date)).toEqual(['2027-12-27', '2027-12-28']);
    expect(holidayOn('2026-08-31', 'UK')).toBe('Summer bank holiday');
    expect(holidayOn('2026-07-14', 'UK')).toBeNull();
    expect(holidayCalendarOf('UK')).toBe('UK');
    expect(holidayCalendarOf('FR')).toBe('FR');
    expect(holidayCalendarOf('EU')).toBe('FR');
  });

  it('agrees with the date-holidays database on the weekday bank holidays of 2024–2060', () => {
    const hd = new Holidays('GB', 'ENG');
    for (let year = 2024; year <= 2060; year++) {
      const reference = hd
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10))
        .filter((d) => weekday(d) !== 0 && weekday(d) !== 6);
      expect(ukBankHolidays(year).map((h) => h.date), `${year}`).toEqual([...new Set(reference)].sort());
    }
  });

  it('a UK company chases around its own bank holidays', () => {
    const uk: ScheduleSettings = { ...DEFAULT_SCHEDULE, holidays: 'UK', preDueDays: 0 };
    // Due Friday 28 August 2026: J+1 is a Saturday, then the Summer bank holiday → Tuesday 1 September.
    expect(nextAction({ amount: 10, sentOn: '2026-07-01', dueDate: '2026-08-28' }, [], uk, '2026-08-01')).toMatchObject({ kind: 'courteous', date: '2026-09-01' });
  });
});
