import { describe, expect, it } from 'vitest';
import {
  computeLateCharges,
  DEFAULT_RATE_TABLE,
  ecbRateForHalfYear,
  frLegalRateForHalfYear,
  boeReferenceRate,
  halfYearPieces,
  parseRateTable,
  ukFixedCompensationPounds,
  type LateChargesInput,
  type RateTable,
} from '../../../shared/core/law';

const base = { rates: DEFAULT_RATE_TABLE, currency: 'EUR', debtorKind: 'business' } as const;
const charges = (input: Partial<LateChargesInput> & Pick<LateChargesInput, 'jurisdiction' | 'amountCents' | 'dueDate' | 'until'>) =>
  computeLateCharges({ ...base, ...input });

describe('rate table', () => {
  it('reads the rate in force on 1 January and 1 July', () => {
    expect(ecbRateForHalfYear(DEFAULT_RATE_TABLE, '2025-03-10').rate).toBe(3.15); // 3.15 since 18/12/2024
    expect(ecbRateForHalfYear(DEFAULT_RATE_TABLE, '2025-09-10').rate).toBe(2.15); // 2.15 since 11/06/2025
    expect(ecbRateForHalfYear(DEFAULT_RATE_TABLE, '2024-05-01').rate).toBe(4.5);
    expect(frLegalRateForHalfYear(DEFAULT_RATE_TABLE, '2026-02-01', 'professional')).toEqual({ rate: 2.62, warning: null });
    expect(frLegalRateForHalfYear(DEFAULT_RATE_TABLE, '2026-02-01', 'individual').rate).toBe(6.67);
    // UK: the Bank Rate on 30 June for interest starting July–December, on 31 December for January–June.
    expect(boeReferenceRate(DEFAULT_RATE_TABLE, '2025-07-15').rate).toBe(4.25);
    expect(boeReferenceRate(DEFAULT_RATE_TABLE, '2025-03-01').rate).toBe(4.75);
  });

  it('carries the last known rate past the table, with a warning naming it', () => {
    const later = frLegalRateForHalfYear(DEFAULT_RATE_TABLE, '2026-09-01', 'professional');
    expect(later.rate).toBe(2.62);
    expect(later.warning).toMatch(/2026-H2 is not in the rate table.*2026-H1/);
    expect(ecbRateForHalfYear(DEFAULT_RATE_TABLE, '2026-09-01').warning).toMatch(/last checked on 2026-04-01/);
  });

  it('refuses a malformed table and names the field', () => {
    const broken = structuredClone(DEFAULT_RATE_TABLE) as unknown as { frLegalRate: { halfYears: unknown[] } };
    broken.frLegalRate.halfYears.push({ halfYear: '2026-S2', professional: 2, individual: 6 });
    expect(() => parseRateTable(broken)).toThrow(/frLegalRate\.halfYears\.\d+\.halfYear: a half-year written YYYY-H1/);
    const unordered = structuredClone(DEFAULT_RATE_TABLE) as RateTable;
    unordered.ecbMainRefinancingRate.changes.reverse();
    expect(() => parseRateTable(unordered)).toThrow(/in date order/);
  });

  it('a user update changes the result', () => {
    const updated = structuredClone(DEFAULT_RATE_TABLE) as RateTable;
    updated.ecbMainRefinancingRate.changes.push({ from: '2026-06-10', rate: 2.4 });
    updated.ecbMainRefinancingRate.checkedOn = '2026-12-31';
    const c = computeLateCharges({ ...base, rates: updated, jurisdiction: 'FR', amountCents: 438_000, dueDate: '2026-10-15', until: '2026-11-23' });
    expect(c.pieces[0]!.rate).toBe(12.4);
    // 438 000 × 12.40 % × 39 / 365 = 5 803.32 cents
    expect(c.interest.cents).toBe(5803);
  });
});

describe('interest periods', () => {
  it('runs from the day after the due date to the given day, cut at 1 January and 1 July', () => {
    expect(halfYearPieces('2026-10-15', '2026-11-23')).toEqual([{ from: '2026-10-16', to: '2026-11-23', days: 39 }]);
    expect(halfYearPieces('2025-06-10', '2025-07-20')).toEqual([
      { from: '2025-06-11', to: '2025-06-30', days: 20 },
      { from: '2025-07-01', to: '2025-07-20', days: 20 },
    ]);
    expect(halfYearPieces('2026-11-23', '2026-11-23')).toEqual([]);
  });
});

describe('France, B2B (L441-10, D441-5)', () => {
  it('ECB + 10 points and 40 € (the demo: 4 380,00 € due 15/10/2026, on 23/11/2026)', () => {
    const c = charges({ jurisdiction: 'FR', amountCents: 438_000, dueDate: '2026-10-15', until: '2026-11-23' });
    expect(c.regime).toBe('FR-B2B');
    expect(c.interestFrom).toBe('2026-10-16');
    expect(c.days).toBe(39);
    expect(c.pieces).toHaveLength(1);
    expect(c.pieces[0]).toMatchObject({ rate: 12.15, basis: 'ecb+10', referenceRate: 2.15 });
    // 4 380 × 12,15 % × 39 / 365 = 56,862 € → 56,86 €
    expect(c.interest).toEqual({ cents: 5686, currency: 'EUR' });
    expect(c.indemnity).toEqual({ cents: 4000, currency: 'EUR' });
    expect(c.total).toEqual({ cents: 438_000 + 5686 + 4000, currency: 'EUR' });
    expect(c.basis).toEqual(['FR-L441-10', 'FR-D441-5']);
    expect(c.warnings.join()).toMatch(/ECB main refinancing rate on 2026-07-01/);
  });

  it('takes each half-year’s rate (10 000 € due 10/06/2025, on 20/07/2025)', () => {
    const c = charges({ jurisdiction: 'FR', amountCents: 1_000_000, dueDate: '2025-06-10', until: '2025-07-20' });
    expect(c.pieces.map((p) => [p.from, p.to, p.days, p.rate])).toEqual([
      ['2025-06-11', '2025-06-30', 20, 13.15],
      ['2025-07-01', '2025-07-20', 20, 12.15],
    ]);
    // 10 000 × 13,15 % × 20/365 = 72,0548 ; 10 000 × 12,15 % × 20/365 = 66,5753 ; total 138,63 €
    expect(c.interest.cents).toBe(13_863);
    expect(c.warnings).toEqual([]);
  });

  it('applies the terms of sale’s rate when at least 3 × the legal rate', () => {
    // 2 000 € at 15 %, 30 days (1/02 → 2/03/2026): 2 000 × 15 % × 30/365 = 24,6575 €; floor 3 × 2,62 = 7,86 %
    const c = charges({ jurisdiction: 'FR', amountCents: 200_000, dueDate: '2026-01-31', until: '2026-03-02', contractRate: 15 });
    expect(c.pieces[0]).toMatchObject({ rate: 15, basis: 'contract', days: 30 });
    expect(c.interest.cents).toBe(2466);
  });

  it('raises a rate below 3 × the legal rate to the floor, and says so', () => {
    // 2024-H1 legal rate 5,07 % → floor 15,21 %; 1 000 € × 15,21 % × 30/365 = 12,5014 €
    const c = charges({ jurisdiction: 'FR', amountCents: 100_000, dueDate: '2024-03-31', until: '2024-04-30', contractRate: 5 });
    expect(c.pieces[0]).toMatchObject({ rate: 15.21, basis: 'legal-floor', days: 30 });
    expect(c.interest.cents).toBe(1250);
    expect(c.warnings.join()).toMatch(/below 3 × the legal rate \(15\.21 %\)/);
  });

  it('gives 40 € in euros even on an invoice in pounds, and no total across currencies', () => {
    const c = charges({ jurisdiction: 'FR', amountCents: 348_000, currency: 'GBP', dueDate: '2026-09-09', until: '2026-11-23' });
    expect(c.indemnity).toEqual({ cents: 4000, currency: 'EUR' });
    expect(c.interest.currency).toBe('GBP');
    expect(c.total).toBeNull();
  });

  it('owes nothing before the day after the due date', () => {
    const c = charges({ jurisdiction: 'FR', amountCents: 438_000, dueDate: '2026-11-23', until: '2026-11-23' });
    expect(c.interest.cents).toBe(0);
    expect(c.interestFrom).toBeNull();
  });
});

describe('France, B2C (Code civil 1231-6, 1344-1)', () => {
  it('no indemnity; the legal rate only after a formal notice', () => {
    const before = charges({ jurisdiction: 'FR', debtorKind: 'consumer', amountCents: 120_000, dueDate: '2026-01-10', until: '2026-03-03' });
    expect(before.regime).toBe('FR-B2C');
    expect(before.indemnity).toBeNull();
    expect(before.interest.cents).toBe(0);
    expect(before.interestFrom).toBeNull();
    // notice on 1/02/2026: 2/02 → 3/03 = 30 days at 2,62 %: 1 200 × 2,62 % × 30/365 = 2,584 € → 2,58 €
    const after = charges({ jurisdiction: 'FR', debtorKind: 'consumer', amountCents: 120_000, dueDate: '2026-01-10', until: '2026-03-03', formalNoticeDate: '2026-02-01' });
    expect(after.pieces[0]).toMatchObject({ from: '2026-02-02', days: 30, rate: 2.62, basis: 'legal' });
    expect(after.interest.cents).toBe(258);
    expect(after.total).toEqual({ cents: 120_258, currency: 'EUR' });
  });
});

describe('EU, Directive 2011/7/EU', () => {
  it('ECB reference rate + 8 points and 40 €', () => {
    // 5 000 € due 15/02/2026, on 17/03/2026: 30 days at 10,15 % = 41,7123 € → 41,71 €
    const c = charges({ jurisdiction: 'EU', amountCents: 500_000, dueDate: '2026-02-15', until: '2026-03-17' });
    expect(c.pieces[0]).toMatchObject({ rate: 10.15, basis: 'ecb+8', days: 30 });
    expect(c.interest.cents).toBe(4171);
    expect(c.indemnity).toEqual({ cents: 4000, currency: 'EUR' });
    expect(c.basis).toEqual(['EU-2011-7']);
  });

  it('counts actual/365 in a leap year too', () => {
    // 36 500 € at 10 % for 29 days of February 2024: exactly 290,00 € (a /366 basis would give 289,21 €)
    const c = charges({ jurisdiction: 'EU', amountCents: 3_650_000, dueDate: '2024-01-31', until: '2024-02-29', contractRate: 10 });
    expect(c.days).toBe(29);
    expect(c.interest.cents).toBe(29_000);
  });
});

describe('UK, Late Payment of Commercial Debts (Interest) Act 1998', () => {
  it('Bank of England reference rate + 8 %, fixed for the debt, and £70 for £3,480', () => {
    // due 9/09/2026 → reference: Bank Rate on 30/06/2026 = 3,75 % → 11,75 %; 10/09 → 23/11 = 75 days
    // £3,480 × 11.75 % × 75/365 = £84.0178 → £84.02
    const c = charges({ jurisdiction: 'UK', currency: 'GBP', amountCents: 348_000, dueDate: '2026-09-09', until: '2026-11-23' });
    expect(c.pieces).toHaveLength(1);
    expect(c.pieces[0]).toMatchObject({ rate: 11.75, basis: 'boe+8', referenceRate: 3.75, days: 75 });
    expect(c.interest).toEqual({ cents: 8402, currency: 'GBP' });
    expect(c.indemnity).toEqual({ cents: 7000, currency: 'GBP' });
    expect(c.total).toEqual({ cents: 348_000 + 8402 + 7000, currency: 'GBP' });
  });

  it('does not change rate at 1 January: the rate is fixed for the debt', () => {
    const c = charges({ jurisdiction: 'UK', currency: 'GBP', amountCents: 100_000, dueDate: '2025-11-30', until: '2026-01-29' });
    expect(c.pieces).toHaveLength(1);
    expect(c.pieces[0]).toMatchObject({ rate: 12.25, days: 60 }); // Bank Rate on 30/06/2025 = 4,25 %
  });

  it('fixed sums by size of debt', () => {
    expect([999.99, 1000, 9999.99, 10000, 250000].map(ukFixedCompensationPounds)).toEqual([40, 70, 70, 100, 100]);
  });
});

describe('elsewhere', () => {
  it('the contract’s rate, no indemnity; nothing without a rate', () => {
    const withRate = charges({ jurisdiction: 'OTHER', amountCents: 365_000, dueDate: '2026-03-31', until: '2026-04-10', contractRate: 12 });
    // 3 650 × 12 % × 10/365 = 12,00
    expect(withRate).toMatchObject({ regime: 'CONTRACT', indemnity: null, interest: { cents: 1200 } });
    const none = charges({ jurisdiction: 'OTHER', amountCents: 365_000, dueDate: '2026-03-31', until: '2026-04-10' });
    expect(none).toMatchObject({ regime: 'NONE', indemnity: null, interest: { cents: 0 }, basis: [] });
  });
});
