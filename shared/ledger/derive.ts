import { foldHistory } from '../core/schedule/history';
import { planOf } from '../core/schedule/next-action';
import type { ScheduleSettings } from '../core/schedule/settings';
import type { InvoiceEvent } from '../core/schedule/events';
import type { InvoiceRow, InvoiceRowV1, OpenItemRow } from './schemas';

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
