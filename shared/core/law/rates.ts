import { z } from 'zod';
import { isValidIsoDate, type IsoDate } from '../calendar/iso-date';
import defaultRates from './rates.json';

/**
 * The rates the law refers to, as dated data the user can update (the CLI reads a replacement with
 * `--rates file.json`, the extension keeps one in its settings). Never hard-code a rate in code: add a row here.
 *
 * - `ecbMainRefinancingRate`: the ECB's rate on its main refinancing operations, one row per change, with the
 *   day it took effect. French penalties (L441-10) and the EU directive use the rate in force on 1 January for
 *   the first half-year and on 1 July for the second.
 * - `frLegalRate`: the French *taux de l'intérêt légal*, fixed each half-year by arrêté, for a creditor who is a
 *   private individual (`individual`) and for every other case (`professional`).
 * - `boeBaseRate`: the Bank of England's official Bank Rate, one row per change. The UK Late Payment Act uses
 *   the rate in force on 31 December (debts late in January–June) or 30 June (July–December), fixed for the debt.
 *
 * `checkedOn` says until when a series is known to be right: a computation that needs a later rate still runs
 * (the last known rate carries on) but says so in its warnings.
 */
const isoDate = z.string().refine(isValidIsoDate, 'a date written YYYY-MM-DD');
const percent = z.number().min(-5).max(100);

const DatedChangesSchema = z
  .object({
    checkedOn: isoDate,
    source: z.string(),
    changes: z.array(z.object({ from: isoDate, rate: percent }).strict()).min(1),
  })
  .strict()
  .refine((s) => s.changes.every((c, i) => i === 0 || s.changes[i - 1]!.from < c.from), 'changes must be in date order, one per date');

export const HALF_YEAR = /^(\d{4})-H([12])$/;

export const RateTableSchema = z
  .object({
    ecbMainRefinancingRate: DatedChangesSchema,
    frLegalRate: z
      .object({
        checkedOn: isoDate,
        source: z.string(),
        halfYears: z
          .array(z.object({ halfYear: z.string().regex(HALF_YEAR, 'a half-year written YYYY-H1 or YYYY-H2'), professional: percent, individual: percent }).strict())
          .min(1),
      })
      .strict()
      .refine((s) => s.halfYears.every((h, i) => i === 0 || s.halfYears[i - 1]!.halfYear < h.halfYear), 'half-years must be in order, one row each'),
    boeBaseRate: DatedChangesSchema,
  })
  .strict();
export type RateTable = z.infer<typeof RateTableSchema>;

/** The table shipped with Relance (shared/core/law/rates.json). */
export const DEFAULT_RATE_TABLE: RateTable = RateTableSchema.parse(defaultRates);

/** Reads a user's table; the message names what is wrong. */
export function parseRateTable(data: unknown): RateTable {
  const parsed = RateTableSchema.safeParse(data);
  if (!parsed.success) {
    throw new Error(`rate table: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

export interface RateLookup {
  rate: number;
  /** Set when the rate was carried on beyond what the table is known to cover. */
  warning: string | null;
}

/** The rate in force on a day (the last change on or before it). */
export function rateInForce(series: RateTable['ecbMainRefinancingRate'], day: IsoDate, name: string): RateLookup {
  let found: number | null = null;
  for (const change of series.changes) {
    if (change.from <= day) found = change.rate;
    else break;
  }
  if (found === null) throw new Error(`${name}: the rate table starts on ${series.changes[0]!.from}, after ${day}`);
  const warning = day > series.checkedOn ? `${name} on ${day}: the rate table was last checked on ${series.checkedOn}; the last known rate (${found} %) is used` : null;
  return { rate: found, warning };
}

export type HalfYear = `${number}-H${1 | 2}`;

export function halfYearOf(day: IsoDate): HalfYear {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return `${y}-H${m <= 6 ? 1 : 2}` as HalfYear;
}

/** First day of a half-year: 1 January or 1 July. */
export function halfYearStart(day: IsoDate): IsoDate {
  const y = day.slice(0, 4);
  return Number(day.slice(5, 7)) <= 6 ? `${y}-01-01` : `${y}-07-01`;
}

/** Last day of a half-year: 30 June or 31 December. */
export function halfYearEnd(day: IsoDate): IsoDate {
  const y = day.slice(0, 4);
  return Number(day.slice(5, 7)) <= 6 ? `${y}-06-30` : `${y}-12-31`;
}

/** The ECB rate for a half-year: the one in force on 1 January or 1 July (L441-10 II; Directive 2011/7/EU art. 2). */
export function ecbRateForHalfYear(rates: RateTable, day: IsoDate): RateLookup {
  return rateInForce(rates.ecbMainRefinancingRate, halfYearStart(day), 'ECB main refinancing rate');
}

/** The French legal interest rate of the half-year containing `day`; the latest known one when the table stops earlier. */
export function frLegalRateForHalfYear(rates: RateTable, day: IsoDate, creditor: 'professional' | 'individual'): RateLookup {
  const wanted = halfYearOf(day);
  const rows = rates.frLegalRate.halfYears;
  const exact = rows.find((r) => r.halfYear === wanted);
  if (exact) return { rate: exact[creditor], warning: null };
  const earlier = rows.filter((r) => r.halfYear < wanted);
  const last = earlier[earlier.length - 1];
  if (!last) throw new Error(`French legal interest rate: the rate table starts with ${rows[0]!.halfYear}, after ${wanted}`);
  return {
    rate: last[creditor],
    warning: `French legal interest rate for ${wanted} is not in the rate table; the rate of ${last.halfYear} (${last[creditor]} %) is used`,
  };
}

/**
 * The UK reference rate for a debt: the Bank Rate in force on 31 December (interest starting January–June) or
 * 30 June (July–December), fixed for the whole debt (Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002).
 */
export function boeReferenceRate(rates: RateTable, interestStart: IsoDate): RateLookup {
  const y = Number(interestStart.slice(0, 4));
  const reference = Number(interestStart.slice(5, 7)) <= 6 ? `${y - 1}-12-31` : `${y}-06-30`;
  return rateInForce(rates.boeBaseRate, reference, 'Bank of England base rate');
}
