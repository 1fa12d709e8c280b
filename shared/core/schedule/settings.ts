import { z } from 'zod';
import { DEFAULT_LADDER } from '../ladder/next-stage';
import { HOLIDAY_CALENDARS } from './french-holidays';

const days = (max: number) => z.number().int().min(0).max(max);

/**
 * The follow-up scheduler's settings: the ladder's delays (the same two as `LadderSettings`, same defaults)
 * plus when the first reminders go out, how instalments are chased and which days are holidays.
 */
export const ScheduleSettingsSchema = z
  .object({
    /** Days after the first reminder before the firm one (LadderSettings). */
    firmAfterDays: days(120).min(1),
    /** Days after the last reminder before the formal notice (LadderSettings). */
    formalAfterDays: days(120).min(1),
    /** The courteous reminder goes out this many days after the due date (1 = J+1). */
    courteousAfterDays: days(60).min(1),
    /** A courteous "coming due" reminder this many days before the due date; 0 turns it off. */
    preDueDays: days(30),
    /** Never a reminder sooner than this many days after the invoice was sent ("due on receipt" invoices). */
    minDaysAfterSending: days(60),
    /** An instalment of a payment plan is chased this many days after its date when it has not arrived. */
    instalmentGraceDays: days(30),
    /** After this many chases of the same instalment without payment the plan is broken and the ladder resumes. */
    instalmentChasesBeforeBroken: z.number().int().min(1).max(10),
    /** Public holidays skipped for sending dates (weekends always are). */
    holidays: z.enum(HOLIDAY_CALENDARS),
  })
  .strict();
export type ScheduleSettings = z.infer<typeof ScheduleSettingsSchema>;

export const DEFAULT_SCHEDULE: ScheduleSettings = {
  ...DEFAULT_LADDER,
  courteousAfterDays: 1,
  preDueDays: 3,
  minDaysAfterSending: 7,
  instalmentGraceDays: 2,
  instalmentChasesBeforeBroken: 2,
  holidays: 'FR',
};
