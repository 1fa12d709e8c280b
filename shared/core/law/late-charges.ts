import { addDays, daysBetween, type IsoDate } from '../calendar/iso-date';
import { boeReferenceRate, ecbRateForHalfYear, frLegalRateForHalfYear, halfYearEnd, type RateLookup, type RateTable } from './rates';

/**
 * Late-payment interest and fixed recovery indemnities, as pure functions over the rate table.
 *
 * | regime   | when                                  | rate                                                      | indemnity                 |
 * |----------|---------------------------------------|-----------------------------------------------------------|---------------------------|
 * | FR-B2B   | French creditor, business debtor      | terms of sale, else ECB + 10 points; at least 3 × legal   | 40 € per invoice (D441-5) |
 * | FR-B2C   | French creditor, consumer debtor      | legal rate, only after a formal notice (C. civ. 1344-1)   | none                      |
 * | EU       | EU creditor (Directive 2011/7/EU)     | terms of sale, else ECB reference rate + 8 points          | 40 €                      |
 * | UK       | UK creditor (Late Payment Act 1998)   | Bank of England reference rate + 8 %, fixed for the debt  | £40 / £70 / £100          |
 * | CONTRACT | elsewhere, a rate in the terms        | the terms' rate                                            | none                      |
 * | NONE     | elsewhere, no rate in the terms       | none                                                       | none                      |
 *
 * Interest is simple, actual/365 (a leap year too), from the day after the due date (or after the formal notice,
 * FR-B2C) to `until` included; the ECB and French legal rates change by half-year, so the period is cut at
 * 1 January and 1 July and each piece takes its half-year's rate. Amounts are integer cents, rounded once at the end.
 */
export type Jurisdiction = 'FR' | 'EU' | 'UK' | 'OTHER';
export type DebtorKind = 'business' | 'consumer';
export type ChargesRegime = 'FR-B2B' | 'FR-B2C' | 'EU' | 'UK' | 'CONTRACT' | 'NONE';

/** How a piece's rate was set, so a letter can state it. */
export type RateBasis = 'contract' | 'ecb+10' | 'legal-floor' | 'ecb+8' | 'boe+8' | 'legal';

export interface LateChargesInput {
  jurisdiction: Jurisdiction;
  debtorKind: DebtorKind;
  /** The amount due, in cents of `currency`. */
  amountCents: number;
  currency: string;
  dueDate: IsoDate;
  /** Last day interest is counted for (usually today, or the final payment date of a formal notice). */
  until: IsoDate;
  /** Annual rate from the terms of sale, in percent. */
  contractRate?: number | null;
  /** FR-B2C: the day a formal notice was sent; interest runs from the day after. Without it, none has run yet. */
  formalNoticeDate?: IsoDate | null;
  rates: RateTable;
}

export interface InterestPiece {
  /** First and last day counted, both included. */
  from: IsoDate;
  to: IsoDate;
  days: number;
  /** Annual rate in percent. */
  rate: number;
  basis: RateBasis;
  /** The reference rate the legal default adds points to (ECB, BoE, French legal rate), when there is one. */
  referenceRate: number | null;
  /** This piece's interest before rounding, in cents (a fraction). */
  exactCents: number;
}

export interface Money {
  cents: number;
  currency: string;
}

/** Legal texts a letter cites for the charges. */
export type LegalBasis = 'FR-L441-10' | 'FR-D441-5' | 'FR-CCIV-1231-6' | 'FR-CCIV-1344-1' | 'EU-2011-7' | 'UK-LPCDIA-1998';

export interface LateCharges {
  regime: ChargesRegime;
  /** The day interest starts (day after the due date or the notice), null when none runs. */
  interestFrom: IsoDate | null;
  interestTo: IsoDate;
  days: number;
  pieces: InterestPiece[];
  /** Interest owed on `until`, rounded to the cent, in the invoice's currency. */
  interest: Money;
  /** Fixed recovery compensation, null when the law gives none. */
  indemnity: Money | null;
  /** Amount + interest + indemnity, null when the indemnity is in another currency than the invoice. */
  total: Money | null;
  basis: LegalBasis[];
  warnings: string[];
}

export function regimeOf(jurisdiction: Jurisdiction, debtorKind: DebtorKind, contractRate: number | null | undefined): ChargesRegime {
  if (jurisdiction === 'FR') return debtorKind === 'business' ? 'FR-B2B' : 'FR-B2C';
  if (jurisdiction === 'EU') return debtorKind === 'business' ? 'EU' : contractRate != null ? 'CONTRACT' : 'NONE';
  if (jurisdiction === 'UK') return debtorKind === 'business' ? 'UK' : contractRate != null ? 'CONTRACT' : 'NONE';
  return contractRate != null ? 'CONTRACT' : 'NONE';
}

/** Days from the day after `start` to `end` included, cut at 1 January and 1 July. */
export function halfYearPieces(afterDay: IsoDate, until: IsoDate): { from: IsoDate; to: IsoDate; days: number }[] {
  const pieces: { from: IsoDate; to: IsoDate; days: number }[] = [];
  let from = addDays(afterDay, 1);
  while (from <= until) {
    const end = halfYearEnd(from);
    const to = end < until ? end : until;
    pieces.push({ from, to, days: daysBetween(from, to) + 1 });
    from = addDays(to, 1);
  }
  return pieces;
}

/** Simple interest, actual/365, in cents (not rounded). */
export function simpleInterestCents(amountCents: number, ratePercent: number, days: number): number {
  return (amountCents * ratePercent * days) / (100 * 365);
}

/** UK fixed sums by size of debt (Late Payment Act 1998 s. 5A): £40 under £1,000, £70 under £10,000, £100 above. */
export function ukFixedCompensationPounds(amountPounds: number): 40 | 70 | 100 {
  if (amountPounds < 1000) return 40;
  if (amountPounds < 10000) return 70;
  return 100;
}

function keep(warnings: string[], lookup: RateLookup): number {
  if (lookup.warning && !warnings.includes(lookup.warning)) warnings.push(lookup.warning);
  return lookup.rate;
}

/** Interest and indemnity owed on an unpaid invoice on `until`. */
export function computeLateCharges(input: LateChargesInput): LateCharges {
  const { rates, amountCents, currency, dueDate, until } = input;
  if (!Number.isInteger(amountCents) || amountCents < 0) throw new Error(`amountCents must be a whole number of cents ≥ 0 (got ${amountCents})`);
  const contractRate = input.contractRate ?? null;
  const regime = regimeOf(input.jurisdiction, input.debtorKind, contractRate);
  const warnings: string[] = [];
  const basis: LegalBasis[] = [];
  let indemnity: Money | null = null;
  let start: IsoDate | null = dueDate;

  let rateOf: (pieceStart: IsoDate) => { rate: number; basis: RateBasis; referenceRate: number | null };
  switch (regime) {
    case 'FR-B2B':
      basis.push('FR-L441-10', 'FR-D441-5');
      indemnity = { cents: 4000, currency: 'EUR' };
      rateOf = (day) => {
        if (contractRate !== null) {
          const floor = 3 * keep(warnings, frLegalRateForHalfYear(rates, day, 'professional'));
          if (contractRate >= floor) return { rate: contractRate, basis: 'contract', referenceRate: null };
          const w = `the terms' rate (${contractRate} %) is below 3 × the legal rate (${round2(floor)} %) for ${day.slice(0, 7)}: the legal floor applies`;
          if (!warnings.includes(w)) warnings.push(w);
          return { rate: round2(floor), basis: 'legal-floor', referenceRate: round2(floor / 3) };
        }
        const ecb = keep(warnings, ecbRateForHalfYear(rates, day));
        return { rate: round2(ecb + 10), basis: 'ecb+10', referenceRate: ecb };
      };
      break;
    case 'FR-B2C':
      basis.push('FR-CCIV-1231-6', 'FR-CCIV-1344-1');
      start = input.formalNoticeDate ?? null;
      // The creditor is a company: the legal rate "for all other cases" (Code monétaire et financier L313-2).
      rateOf = (day) => ({ rate: keep(warnings, frLegalRateForHalfYear(rates, day, 'professional')), basis: 'legal', referenceRate: null });
      break;
    case 'EU':
      basis.push('EU-2011-7');
      indemnity = { cents: 4000, currency: 'EUR' };
      rateOf = (day) => {
        if (contractRate !== null) return { rate: contractRate, basis: 'contract', referenceRate: null };
        const ecb = keep(warnings, ecbRateForHalfYear(rates, day));
        return { rate: round2(ecb + 8), basis: 'ecb+8', referenceRate: ecb };
      };
      break;
    case 'UK': {
      basis.push('UK-LPCDIA-1998');
      indemnity = { cents: ukFixedCompensationPounds(amountCents / 100) * 100, currency: 'GBP' };
      if (currency !== 'GBP') warnings.push(`the UK fixed sum is set in pounds; the invoice is in ${currency}`);
      const boe = keep(warnings, boeReferenceRate(rates, addDays(dueDate, 1)));
      const fixed = contractRate ?? round2(boe + 8);
      rateOf = () => (contractRate !== null ? { rate: contractRate, basis: 'contract', referenceRate: null } : { rate: fixed, basis: 'boe+8', referenceRate: boe });
      break;
    }
    case 'CONTRACT':
      rateOf = () => ({ rate: contractRate!, basis: 'contract', referenceRate: null });
      break;
    case 'NONE':
      start = null;
      rateOf = () => ({ rate: 0, basis: 'contract', referenceRate: null });
      break;
  }

  const pieces: InterestPiece[] = [];
  if (start !== null) {
    for (const p of halfYearPieces(start, until)) {
      const r = rateOf(p.from);
      const last = pieces[pieces.length - 1];
      if (last && last.rate === r.rate && last.basis === r.basis && last.referenceRate === r.referenceRate) {
        last.to = p.to;
        last.days += p.days;
        last.exactCents = simpleInterestCents(amountCents, last.rate, last.days);
      } else {
        pieces.push({ ...p, ...r, exactCents: simpleInterestCents(amountCents, r.rate, p.days) });
      }
    }
  }
  const interestCents = Math.round(pieces.reduce((s, p) => s + p.exactCents, 0));
  const days = pieces.reduce((s, p) => s + p.days, 0);
  const interest = { cents: interestCents, currency };
  const total = indemnity === null || indemnity.currency === currency ? { cents: amountCents + interestCents + (indemnity?.cents ?? 0), currency } : null;
  return {
    regime,
    interestFrom: pieces[0]?.from ?? null,
    interestTo: until,
    days,
    pieces,
    interest,
    indemnity,
    total,
    basis,
    warnings,
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
