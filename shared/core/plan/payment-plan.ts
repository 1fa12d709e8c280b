import { z } from 'zod';
import { addDays, daysInMonth, isValidIsoDate, toIsoDate, weekday, type IsoDate } from '../calendar/iso-date';

/**
 * A payment plan (échéancier): the debt split into instalments with dates and amounts in cents that sum
 * exactly to the debt. The remainder of the division goes to the first instalments, one cent each, so no
 * instalment differs from another by more than a cent and the last is never the odd one.
 */
export const PlanOptionsSchema = z
  .object({
    /** Number of instalments, 2 to 24; when absent, one per started 1 500 units of the debt, 2 to 6. */
    count: z.number().int().min(2).max(24).optional(),
    /** Date of the first instalment; default: 7 days after today. */
    firstDate: z.string().refine(isValidIsoDate, 'a date written YYYY-MM-DD').optional(),
    /** Months between instalments (1 = monthly). */
    everyMonths: z.number().int().min(1).max(12).default(1),
  })
  .strict();
export type PlanOptions = z.input<typeof PlanOptionsSchema>;

export interface Instalment {
  /** 1-based. */
  index: number;
  date: IsoDate;
  cents: number;
}

export interface PaymentPlan {
  totalCents: number;
  instalments: Instalment[];
}

/** Default number of instalments for a debt. */
export function defaultInstalmentCount(totalCents: number): number {
  return Math.min(6, Math.max(2, Math.ceil(totalCents / 150_000)));
}

/** Same day of the month `months` later, clamped to the month's end (31 January + 1 month = 28/29 February). */
export function addMonths(iso: IsoDate, months: number, dayOfMonth: number): IsoDate {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return toIsoDate(year, month, Math.min(dayOfMonth, daysInMonth(year, month)));
}

/** The next working day on or after a date: Saturdays, Sundays and the host's holidays are skipped. */
export function nextWorkingDay(iso: IsoDate, isHoliday: (d: IsoDate) => boolean = () => false): IsoDate {
  let d = iso;
  for (let i = 0; i < 15 && (weekday(d) === 0 || weekday(d) === 6 || isHoliday(d)); i++) d = addDays(d, 1);
  return d;
}

/** Splits `totalCents` into `count` amounts differing by at most one cent, larger ones first, summing exactly. */
export function splitCents(totalCents: number, count: number): number[] {
  if (!Number.isInteger(totalCents) || totalCents <= 0) throw new Error(`a plan needs a positive whole number of cents (got ${totalCents})`);
  if (!Number.isInteger(count) || count < 1) throw new Error(`a plan needs at least one instalment (got ${count})`);
  if (count > totalCents) throw new Error(`${count} instalments cannot split ${totalCents} cents`);
  const base = Math.floor(totalCents / count);
  const rest = totalCents - base * count;
  return Array.from({ length: count }, (_, i) => base + (i < rest ? 1 : 0));
}

export function proposePlan(totalCents: number, today: IsoDate, options: PlanOptions = {}, isHoliday?: (d: IsoDate) => boolean): PaymentPlan {
  const opts = PlanOptionsSchema.parse(options);
  const count = opts.count ?? defaultInstalmentCount(totalCents);
  const first = opts.firstDate ?? addDays(today, 7);
  const day = Number(first.slice(8, 10));
  const amounts = splitCents(totalCents, count);
  const instalments = amounts.map((cents, i) => ({
    index: i + 1,
    date: nextWorkingDay(i === 0 ? first : addMonths(first, i * opts.everyMonths, day), isHoliday),
    cents,
  }));
  return { totalCents, instalments };
}
