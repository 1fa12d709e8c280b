import { z } from 'zod';
import { DEFAULT_LADDER } from '../ladder/next-stage';
import { HOLIDAY_CALENDARS } from './public-holidays';

const days = (max: number) => z.number().int().min(0).max(max);

/** The drafts' tone a ladder asks for: `auto` follows the client's history (2+ late payments or a broken promise: firmer). */
export const LADDER_TONES = ['auto', 'cordial', 'firmer'] as const;
export type LadderTone = (typeof LADDER_TONES)[number];

/**
 * What a chase ladder sets (see ladder/ladders.ts): when each stage goes out and in which tone. The global
 * settings hold the default ladder's values; a client on a named ladder gets that ladder's instead.
 */
export const LadderFieldsShape = {
  /** The courteous reminder goes out this many days after the due date (1 = J+1). */
  courteousAfterDays: days(60).min(1),
  /** Days after the first reminder before the firm one (LadderSettings). */
  firmAfterDays: days(120).min(1),
  /** Days after the last reminder before the formal notice (LadderSettings). */
  formalAfterDays: days(120).min(1),
  /** A courteous "coming due" reminder this many days before the due date; 0 turns it off. */
  preDueDays: days(30),
  tone: z.enum(LADDER_TONES).default('auto'),
};
export const LADDER_FIELDS = ['courteousAfterDays', 'firmAfterDays', 'formalAfterDays', 'preDueDays', 'tone'] as const;

/** ISO weekdays a reminder may fall due on: Monday (1) to Friday (5). Weekends never are. */
export const ChaseDaysSchema = z
  .array(z.number().int().min(1).max(5))
  .min(1, 'choose at least one chase day')
  .transform((list) => [...new Set(list)].sort((a, b) => a - b));

export const ChaseHoursSchema = z
  .object({ from: z.number().int().min(0).max(23), to: z.number().int().min(1).max(24) })
  .strict()
  .refine((h) => h.from < h.to, { message: 'the chase hours must end after they start' });

/**
 * The follow-up scheduler's settings: the default ladder (its delays and tone, the same two delays as
 * `LadderSettings`, same defaults), plus what holds for every client: how soon after sending, how instalments
 * are chased, which days are holidays, the chase days and hours, and whether a payment brings a thank-you.
 */
export const ScheduleSettingsSchema = z
  .object({
    ...LadderFieldsShape,
    /** Never a reminder sooner than this many days after the invoice was sent ("due on receipt" invoices). */
    minDaysAfterSending: days(60),
    /** An instalment of a payment plan is chased this many days after its date when it has not arrived. */
    instalmentGraceDays: days(30),
    /** After this many chases of the same instalment without payment the plan is broken and the ladder resumes. */
    instalmentChasesBeforeBroken: z.number().int().min(1).max(10),
    /** Public holidays skipped for sending dates (weekends always are). */
    holidays: z.enum(HOLIDAY_CALENDARS),
    /** The weekdays reminders fall due on (1 = Monday … 5 = Friday); a follow-up planned on another day moves to the next one. */
    chaseDays: ChaseDaysSchema.default([1, 2, 3, 4, 5]),
    /** The hours of a chase day when the host notifies (local time, `to` excluded). */
    chaseHours: ChaseHoursSchema.default({ from: 9, to: 18 }),
    /** Propose a thank-you draft when an invoice is paid. */
    thankYou: z.boolean().default(true),
  })
  .strict();
export type ScheduleSettings = z.infer<typeof ScheduleSettingsSchema>;
export type ScheduleSettingsInput = z.input<typeof ScheduleSettingsSchema>;

export const DEFAULT_SCHEDULE: ScheduleSettings = {
  ...DEFAULT_LADDER,
  courteousAfterDays: 1,
  preDueDays: 3,
  tone: 'auto',
  minDaysAfterSending: 7,
  instalmentGraceDays: 2,
  instalmentChasesBeforeBroken: 2,
  holidays: 'FR',
  chaseDays: [1, 2, 3, 4, 5],
  chaseHours: { from: 9, to: 18 },
  thankYou: true,
};
