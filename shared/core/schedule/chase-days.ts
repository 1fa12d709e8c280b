import { addDays, weekday, type IsoDate } from '../calendar/iso-date';
import { isBusinessDay } from './business-days';
import type { HolidayCalendar } from './public-holidays';

/**
 * Chase slots: the days of the week and the hours of the day when reminders fall due, as the user chose them
 * ("Tuesday and Thursday mornings"). A follow-up planned on another day moves to the next chase day (a pre-due
 * reminder to the one before, so it still arrives before the due date); weekends and public holidays are never
 * chase days. Hours are the host's: its timer wakes at the slot's first hour and notifies within the slot.
 */
export interface ChaseCalendar {
  /** ISO weekdays, 1 = Monday … 5 = Friday. */
  chaseDays: readonly number[];
  holidays: HolidayCalendar;
}

export interface ChaseHours {
  /** The slot's first hour (local, 0–23) and the hour it ends (exclusive, 1–24). */
  from: number;
  to: number;
}

/** Every week has a chase day, so a search ends within a few weeks; the bound only guards bad input. */
const MAX_DAYS = 400;

export function isChaseDay(date: IsoDate, cal: ChaseCalendar): boolean {
  return isBusinessDay(date, cal.holidays) && cal.chaseDays.includes(weekday(date));
}

/** The date itself when it is a chase day, else the next one. */
export function chaseDayOnOrAfter(date: IsoDate, cal: ChaseCalendar): IsoDate {
  let d = date;
  for (let i = 0; i < MAX_DAYS && !isChaseDay(d, cal); i++) d = addDays(d, 1);
  return d;
}

/** The date itself when it is a chase day, else the one before. */
export function chaseDayOnOrBefore(date: IsoDate, cal: ChaseCalendar): IsoDate {
  let d = date;
  for (let i = 0; i < MAX_DAYS && !isChaseDay(d, cal); i++) d = addDays(d, -1);
  return d;
}

/** A local moment as the host reads its clock: the calendar day and the hour. */
export interface LocalMoment {
  date: IsoDate;
  hour: number;
}

/** Whether a moment lies inside a chase slot: a chase day, between the slot's hours. */
export function inChaseSlot(at: LocalMoment, cal: ChaseCalendar & { chaseHours: ChaseHours }): boolean {
  return isChaseDay(at.date, cal) && at.hour >= cal.chaseHours.from && at.hour < cal.chaseHours.to;
}

/** The start of the next chase slot at or after a moment (the moment's own day when its slot has not ended). */
export function nextChaseSlot(at: LocalMoment, cal: ChaseCalendar & { chaseHours: ChaseHours }): LocalMoment {
  if (isChaseDay(at.date, cal) && at.hour < cal.chaseHours.to) return { date: at.date, hour: Math.max(at.hour, cal.chaseHours.from) };
  return { date: chaseDayOnOrAfter(addDays(at.date, 1), cal), hour: cal.chaseHours.from };
}
