import { addDays, daysBetween, type IsoDate } from '../core/calendar/iso-date';
import { agedBalance, type AgedBalance } from '../core/aging/aged-balance';
import { daysOverdue } from '../core/ladder/next-stage';
import { actionOn, type NextAction } from '../core/schedule/next-action';
import { URGENCY } from '../core/schedule/follow-ups';
import { roundMoney } from '../core/schedule/history';
import { byRecordingOrder } from '../core/schedule/events';
import type { Ledger } from './ledger';
import { checkRow, EventRowSchema, type ClientRow, type EventRow, type InvoiceRow, type OpenItemRow } from './schemas';

/**
 * The dashboards' queries. They read the dashboard items (one per invoice still owed, in a few dozen shard
 * rows), never histories or whole invoices; `ledger.invoice(id)` opens one.
 */

export interface DueItem {
  /** The invoice's dashboard row: number, client, currency, amount, balance, due date, status. */
  invoice: OpenItemRow;
  action: NextAction;
  /** today − due date (negative while not due); null without a due date. */
  daysOverdue: number | null;
  balance: number | null;
}

export interface DueToday {
  today: IsoDate;
  /** Follow-ups to act on today, most urgent first (formal notice, firm, instalment, courteous, pre-due; then the oldest, then the largest). */
  due: DueItem[];
  /** Every invoice past its due date and still owed, the oldest first (each with its next action, maybe paused). */
  overdue: DueItem[];
}

const byUrgency = (a: DueItem, b: DueItem) =>
  (a.action.kind === 'none' ? 0 : URGENCY[a.action.kind]) - (b.action.kind === 'none' ? 0 : URGENCY[b.action.kind]) ||
  (a.daysOverdue ?? -1e9) - (b.daysOverdue ?? -1e9) ||
  (a.balance ?? 0) - (b.balance ?? 0) ||
  (a.invoice.id < b.invoice.id ? 1 : -1);

/** What to do today, and what is overdue. */
export async function dueToday(ledger: Ledger, today: IsoDate): Promise<DueToday> {
  const db = ledger.db;
  return db.transaction('r', db.openShards, db.settings, async () => {
    const settings = await ledger.scheduleSettings();
    // One read of the dashboard items (every invoice still owed) serves both lists.
    const items = (await ledger.openItems()).map((invoice): DueItem => {
      const dueDate = invoice.dueDate ?? null;
      return { invoice, action: actionOn(invoice.schedule, dueDate, today, settings), daysOverdue: daysOverdue(dueDate, today), balance: invoice.balance };
    });
    const due = items.filter((i) => i.action.date !== null && i.action.date <= today).sort((a, b) => byUrgency(b, a));
    const overdue = items
      .filter((i) => i.invoice.dueDate !== undefined && i.invoice.dueDate < today)
      .sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) || (b.balance ?? 0) - (a.balance ?? 0) || (a.invoice.id < b.invoice.id ? -1 : 1));
    return { today, due, overdue };
  });
}

const openItems = (ledger: Ledger): Promise<OpenItemRow[]> => ledger.openItems();

/** Balance âgée per currency: what is still owed (after partial payments), by days past the due date. */
export async function agedBalanceOn(ledger: Ledger, today: IsoDate): Promise<AgedBalance[]> {
  const open = await openItems(ledger);
  return agedBalance(
    open.map((i) => ({
      status: i.status === 'disputed' ? 'disputed' : 'open',
      amount: i.balance,
      currency: i.currency,
      daysOverdue: daysOverdue(i.dueDate ?? null, today),
    })),
  );
}

export interface CurrencyTotals {
  currency: string;
  /** Still owed, all open invoices. */
  outstanding: number;
  /** Of which past due. */
  overdue: number;
  /** Of which under dispute. */
  disputed: number;
  openCount: number;
  overdueCount: number;
  /** Received over the last 30 days (payments recorded, by their day). */
  collected30: number;
}

/** Totals per currency for the dashboard's header. */
export async function totals(ledger: Ledger, today: IsoDate): Promise<CurrencyTotals[]> {
  const open = await openItems(ledger);
  const rows = new Map<string, CurrencyTotals>();
  const row = (currency: string) => {
    let r = rows.get(currency);
    if (!r) rows.set(currency, (r = { currency, outstanding: 0, overdue: 0, disputed: 0, openCount: 0, overdueCount: 0, collected30: 0 }));
    return r;
  };
  for (const i of open) {
    const r = row(i.currency ?? '?');
    const balance = i.balance ?? 0;
    r.outstanding += balance;
    r.openCount++;
    if (i.dueDate !== undefined && i.dueDate < today) {
      r.overdue += balance;
      r.overdueCount++;
    }
    if (i.status === 'disputed') r.disputed += balance;
  }
  const since = addDays(today, -30);
  const payments = await ledger.db.events.where('[type+on]').between(['payment', since], ['payment', today], false, true).toArray();
  const currencyOf = new Map<string, string>();
  const missing = [...new Set(payments.map((p) => p.invoiceId))];
  (await ledger.db.invoices.bulkGet(missing)).forEach((raw, k) => raw && currencyOf.set(missing[k]!, raw.currency ?? '?'));
  for (const raw of payments) {
    const p = checkRow(EventRowSchema, 'events', raw, 'read');
    if (p.type !== 'payment' || p.on <= since || p.on > today) continue;
    row(currencyOf.get(p.invoiceId) ?? '?').collected30 += p.amount;
  }
  return [...rows.values()]
    .map((r) => ({ ...r, outstanding: roundMoney(r.outstanding), overdue: roundMoney(r.overdue), disputed: roundMoney(r.disputed), collected30: roundMoney(r.collected30) }))
    .sort((a, b) => b.outstanding - a.outstanding);
}

export interface Dso {
  currency: string;
  /** Days sales outstanding: outstanding ÷ invoiced over the period × its days; null when nothing was invoiced. */
  dso: number | null;
  outstanding: number;
  invoiced: number;
  periodDays: number;
}

/** DSO per currency over the last `periodDays` days (invoices issued in the period, balances today). */
export async function dso(ledger: Ledger, today: IsoDate, periodDays = 90): Promise<Dso[]> {
  const from = addDays(today, -periodDays);
  const [open, issued] = await Promise.all([
    openItems(ledger),
    ledger.db.invoices.where('issueDate').between(from, today, false, true).toArray(),
  ]);
  const out = new Map<string, { outstanding: number; invoiced: number }>();
  const row = (c: string) => out.get(c) ?? out.set(c, { outstanding: 0, invoiced: 0 }).get(c)!;
  for (const i of open) row(i.currency ?? '?').outstanding += i.balance ?? 0;
  for (const raw of issued) {
    const i = ledger.read(raw);
    if (i.state.status !== 'cancelled') row(i.currency ?? '?').invoiced += i.amount ?? 0;
  }
  return [...out.entries()]
    .map(([currency, { outstanding, invoiced }]) => ({
      currency,
      dso: invoiced > 0 ? Math.round((outstanding / invoiced) * periodDays * 10) / 10 : null,
      outstanding: roundMoney(outstanding),
      invoiced: roundMoney(invoiced),
      periodDays,
    }))
    .sort((a, b) => b.outstanding - a.outstanding);
}

export interface ClientReport {
  client: ClientRow | undefined;
  invoices: InvoiceRow[];
  /** Every event of every invoice of the client, oldest first. */
  history: EventRow[];
  reliability: {
    /** Invoices paid (with a due date) the figures below are computed on. */
    paidCount: number;
    /** Average days between due date and payment, early payments counted as 0. */
    averageDaysLate: number | null;
    /** Share of those paid on or before the due date. */
    onTimeShare: number | null;
    /** Average reminders sent per paid invoice. */
    averageReminders: number | null;
    /** Still owed, per currency. */
    outstanding: Record<string, number>;
    openCount: number;
  };
}

/** A client's invoices, history and payment habits (for the tone of the next reminder). */
export async function clientReport(ledger: Ledger, clientId: string): Promise<ClientReport> {
  const db = ledger.db;
  const [client, invoices, events] = await Promise.all([
    ledger.client(clientId),
    ledger.invoicesOfClient(clientId),
    db.events.where('clientId').equals(clientId).toArray(),
  ]);
  const history = events.map((raw) => checkRow(EventRowSchema, 'events', raw, 'read')).sort(byRecordingOrder);
  const paid = invoices.filter((i) => i.state.status === 'paid' && i.state.settledOn !== null && i.dueDate !== null);
  const late = paid.map((i) => Math.max(0, daysBetween(i.dueDate!, i.state.settledOn!)));
  const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null);
  const outstanding: Record<string, number> = {};
  let openCount = 0;
  for (const i of invoices) {
    if (i.open !== 1) continue;
    openCount++;
    const c = i.currency ?? '?';
    outstanding[c] = roundMoney((outstanding[c] ?? 0) + (i.state.balance ?? 0));
  }
  return {
    client,
    invoices: invoices.sort((a, b) => ((a.issueDate ?? '') < (b.issueDate ?? '') ? -1 : 1)),
    history,
    reliability: {
      paidCount: paid.length,
      averageDaysLate: mean(late),
      onTimeShare: paid.length ? Math.round((late.filter((d) => d === 0).length / paid.length) * 1000) / 1000 : null,
      averageReminders: mean(paid.map((i) => i.state.remindersTotal)),
      outstanding,
      openCount,
    },
  };
}
