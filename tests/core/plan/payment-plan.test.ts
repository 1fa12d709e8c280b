import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, defaultInstalmentCount, nextWorkingDay, proposePlan, splitCents } from '../../../shared/core/plan/payment-plan';

describe('payment plan', () => {
  it('splits to the cent, the odd cents first, summing exactly', () => {
    expect(splitCents(100_000, 3)).toEqual([33_334, 33_333, 33_333]);
    expect(splitCents(438_000, 4)).toEqual([109_500, 109_500, 109_500, 109_500]);
    expect(splitCents(1001, 4)).toEqual([251, 250, 250, 250]);
    expect(() => splitCents(0, 2)).toThrow(/positive/);
    expect(() => splitCents(3, 4)).toThrow(/cannot split/);
  });

  it('always sums to the debt, amounts within a cent of each other', () => {
    fc.assert(
      fc.property(fc.integer({ min: 24, max: 100_000_000 }), fc.integer({ min: 2, max: 24 }), (total, count) => {
        const parts = splitCents(total, count);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('dates: monthly on the same day, clamped to the month’s end, moved off weekends and holidays', () => {
    expect(addMonths('2026-01-31', 1, 31)).toBe('2026-02-28');
    expect(addMonths('2026-11-30', 2, 30)).toBe('2027-01-30');
    expect(nextWorkingDay('2026-02-28')).toBe('2026-03-02'); // Saturday → Monday
    expect(nextWorkingDay('2026-12-25', (d) => d === '2026-12-25')).toBe('2026-12-28'); // Christmas Friday → Monday
    const plan = proposePlan(438_000, '2026-11-23', { count: 3, firstDate: '2026-11-30' });
    expect(plan.instalments).toEqual([
      { index: 1, date: '2026-11-30', cents: 146_000 },
      { index: 2, date: '2026-12-30', cents: 146_000 },
      { index: 3, date: '2027-02-01', cents: 146_000 }, // 30/01/2027 is a Saturday
    ]);
  });

  it('defaults: first instalment a week after today, one per started 1 500 of debt, 2 to 6', () => {
    expect([50_000, 150_000, 150_001, 438_000, 5_000_000].map(defaultInstalmentCount)).toEqual([2, 2, 2, 3, 6]);
    const plan = proposePlan(438_000, '2026-11-23');
    expect(plan.instalments.map((i) => i.date)).toEqual(['2026-11-30', '2026-12-30', '2027-02-01']);
    expect(plan.instalments.reduce((s, i) => s + i.cents, 0)).toBe(438_000);
  });
});
