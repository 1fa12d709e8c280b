import type { Receivable } from '../scan/receivable';

/** The buckets of a balance âgée: not yet due, then by days past the due date. */
export const AGE_BUCKETS = ['not-due', '1-30', '31-60', '61-90', '90+'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export function ageBucket(daysOverdue: number | null): AgeBucket {
  if (daysOverdue === null || daysOverdue <= 0) return 'not-due';
  if (daysOverdue <= 30) return '1-30';
  if (daysOverdue <= 60) return '31-60';
  if (daysOverdue <= 90) return '61-90';
  return '90+';
}

export interface AgedBalance {
  currency: string;
  buckets: Record<AgeBucket, number>;
  total: number;
  count: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** What the aged balance reads of a receivable: a scan's `Receivable`, or a ledger invoice's balance. */
export type AgingItem = Pick<Receivable, 'status' | 'amount' | 'currency' | 'daysOverdue'>;

/** Outstanding amounts per currency and age bucket; paid invoices are left out, disputed ones kept. */
export function agedBalance(receivables: readonly AgingItem[]): AgedBalance[] {
  const byCurrency = new Map<string, AgedBalance>();
  for (const r of receivables) {
    if (r.status === 'paid' || r.amount === null) continue;
    const currency = r.currency ?? '?';
    let row = byCurrency.get(currency);
    if (!row) {
      row = { currency, buckets: { 'not-due': 0, '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 }, total: 0, count: 0 };
      byCurrency.set(currency, row);
    }
    const bucket = ageBucket(r.daysOverdue);
    row.buckets[bucket] = round(row.buckets[bucket] + r.amount);
    row.total = round(row.total + r.amount);
    row.count++;
  }
  return [...byCurrency.values()].sort((a, b) => b.total - a.total);
}
