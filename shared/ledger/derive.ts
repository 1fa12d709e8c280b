import { foldHistory } from '../core/schedule/history';
import { planOf } from '../core/schedule/next-action';
import type { ScheduleSettings } from '../core/schedule/settings';
import type { InvoiceEvent } from '../core/schedule/events';
import type { InvoiceRow, InvoiceRowV1, OpenItemRow, OpenShardRow } from './schemas';

/**
 * The invoice row with its derived part recomputed from its whole history: the folded state, `open` and
 * `nextDate` (the indexed keys). Absent keys stay absent (not `undefined`), so a JSON backup round-trips.
 */
export function deriveInvoice(row: InvoiceRowV1 | InvoiceRow, events: readonly InvoiceEvent[], settings: ScheduleSettings): InvoiceRow {
  const { state: _s, open: _o, nextDate: _n, ...base } = row as InvoiceRow;
  const state = foldHistory(base, events);
  const out: InvoiceRow = { ...base, state };
  if (state.status !== 'paid' && state.status !== 'cancelled' && state.balance !== 0) out.open = 1;
  const { planned } = planOf(base, state, settings);
  if (planned.date !== null) out.nextDate = planned.date;
  return out;
}

/** The dashboard row of an invoice still owed, or null once it is paid or cancelled. */
export function openItemOf(row: InvoiceRow, settings: ScheduleSettings): OpenItemRow | null {
  if (row.open !== 1) return null;
  const schedule = planOf(row, row.state, settings);
  const status = row.state.status;
  const item: OpenItemRow = {
    id: row.id,
    clientId: row.clientId,
    number: row.number,
    debtorName: row.debtorName,
    currency: row.currency,
    amount: row.amount,
    balance: row.state.balance,
    status: status === 'paid' || status === 'cancelled' ? 'open' : status,
    schedule,
  };
  if (row.dueDate !== null) item.dueDate = row.dueDate;
  if (schedule.planned.date !== null) item.nextDate = schedule.planned.date;
  return item;
}

/** Only the schedule depends on the settings: recompute `nextDate` without the history. */
export function rescheduleInvoice(row: InvoiceRow, settings: ScheduleSettings): InvoiceRow {
  const { nextDate: _n, ...rest } = row;
  const { planned } = planOf(row, row.state, settings);
  return planned.date === null ? rest : { ...rest, nextDate: planned.date };
}

export function groupByInvoice<E extends { invoiceId: string }>(events: Iterable<E>): Map<string, E[]> {
  const map = new Map<string, E[]>();
  for (const e of events) {
    const list = map.get(e.invoiceId);
    if (list) list.push(e);
    else map.set(e.invoiceId, [e]);
  }
  return map;
}

/** Number of shards of the open items: a dashboard reads this many rows at most. */
export const OPEN_SHARDS = 64;

/** The shard of a client (FNV-1a of its key): a client's open items stay together. */
export function shardOf(clientId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < clientId.length; i++) {
    h ^= clientId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % OPEN_SHARDS;
}

const byItemId = (a: OpenItemRow, b: OpenItemRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The shard rows holding these items (items sorted by id, empty shards left out). */
export function buildShards(items: Iterable<OpenItemRow>): OpenShardRow[] {
  const shards = new Map<number, OpenItemRow[]>();
  for (const item of items) {
    const n = shardOf(item.clientId);
    const list = shards.get(n);
    if (list) list.push(item);
    else shards.set(n, [item]);
  }
  return [...shards.entries()].sort((a, b) => a[0] - b[0]).map(([shard, list]) => ({ shard, items: list.sort(byItemId) }));
}

/** A shard's items with one invoice's item replaced, added or (item null) removed. */
export function withItem(items: readonly OpenItemRow[], id: string, item: OpenItemRow | null): OpenItemRow[] {
  const rest = items.filter((i) => i.id !== id);
  return item ? [...rest, item].sort(byItemId) : rest;
}
