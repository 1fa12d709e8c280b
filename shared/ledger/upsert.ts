import type { Receivable } from '../core/scan/receivable';
import type { IsoDate } from '../core/calendar/iso-date';
import { numberKey } from '../core/extract/fields/number-key';
import { foldHistory } from '../core/schedule/history';
import type { CorrectableField, EventSource, NewInvoiceEvent } from '../core/schedule/events';
import type { Ledger } from './ledger';
import { clientKey, invoiceKey } from './identity';
import type { DetectedSnapshot, EventRow, InvoiceRow } from './schemas';

/**
 * A receivable as a scan reports it (the CLI's JSON line), plus what a host may know beside it: the day
 * the invoice message was sent (`sentOn`: null for a draft never sent) and the day of the last reminder.
 */
export type ScanInput = Pick<
  Receivable,
  'messageId' | 'invoiceNumber' | 'amount' | 'currency' | 'issueDate' | 'dueDate' | 'debtorEmail' | 'debtorName' | 'status' | 'promisedDate' | 'remindersSent'
> & {
  sentOn?: IsoDate | null;
  lastReminderOn?: IsoDate | null;
  /** The day of each reminder counted in `remindersSent`, oldest first, when the source knows them all. */
  reminderDates?: readonly IsoDate[];
};

export interface UpsertContext {
  /** Where the receivables were read: gmail, outlook, mbox, cli, csv. */
  source: Exclude<EventSource, 'user' | 'system' | 'restore'>;
  /** The scan's calendar day (the user's). */
  today: IsoDate;
}

export interface UpsertReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  /** Events recorded, all invoices together. */
  events: number;
}

const FIELDS = ['number', 'amount', 'currency', 'issueDate', 'dueDate', 'debtorEmail', 'debtorName'] as const satisfies readonly CorrectableField[];
const LADDER: readonly ('courteous' | 'firm' | 'formal')[] = ['courteous', 'firm', 'formal'];
const sameSnapshot = (a: DetectedSnapshot | undefined, b: DetectedSnapshot) => a !== undefined && JSON.stringify(a) === JSON.stringify(b);

function snapshotOf(r: ScanInput, today: IsoDate): DetectedSnapshot {
  return {
    messageId: r.messageId || null,
    number: r.invoiceNumber,
    amount: r.amount,
    currency: r.currency,
    issueDate: r.issueDate,
    dueDate: r.dueDate,
    sentOn: r.sentOn === undefined ? (r.issueDate ?? today) : r.sentOn,
    debtorEmail: r.debtorEmail,
    debtorName: r.debtorName,
    status: r.status,
    promisedDate: r.promisedDate,
    remindersSent: r.remindersSent,
  };
}

/**
 * Merges scan results into the ledger. The rules:
 * - one record per invoice: same normalized number and same client, whatever the source; an invoice first
 *   read without a number is found again by its message;
 * - idempotent: what a source reads again exactly as before changes nothing and records nothing;
 * - what the user set by hand wins: a corrected field is never overwritten, an invoice reopened by hand is
 *   not paid again by the same old evidence, a dispute opened or closed by hand is left alone, a paid or
 *   cancelled invoice stays so;
 * - detection only adds facts: a payment, a dispute, a promise, reminders seen in the mailbox (as many as
 *   the ledger does not know yet).
 */
export async function upsertFromScan(ledger: Ledger, receivables: readonly ScanInput[], ctx: UpsertContext): Promise<UpsertReport> {
  const db = ledger.db;
  const report: UpsertReport = { created: [], updated: [], unchanged: [], events: 0 };
  await db.transaction('rw', [db.invoices, db.events, db.clients, db.settings, db.openShards], async () => {
    const settings = await ledger.scheduleSettings();
    for (const r of receivables) {
      const at = ledger.now();
      const snap = snapshotOf(r, ctx.today);
      const client = clientKey(r.debtorEmail, r.debtorName);
      const id = invoiceKey(r.invoiceNumber, client, r.messageId || null);
      let existing = await ledger.invoice(id);
      if (!existing && r.messageId) existing = await ledger.invoiceByMessageId(r.messageId);
      const newEvents: EventRow[] = [];
      const add = (row: Pick<InvoiceRow, 'id' | 'clientId'>, e: NewInvoiceEvent) => newEvents.push(ledger.makeEvent(row, { ...e, at, source: ctx.source }));

      if (!existing) {
        const row: InvoiceRow = {
          id,
          number: r.invoiceNumber,
          numberKey: r.invoiceNumber ? numberKey(r.invoiceNumber) : '',
          clientId: client,
          debtorEmail: r.debtorEmail,
          debtorName: r.debtorName,
          amount: r.amount,
          currency: r.currency,
          issueDate: r.issueDate,
          dueDate: r.dueDate,
          sentOn: snap.sentOn,
          messageIds: r.messageId ? [r.messageId] : [],
          origins: [ctx.source],
          corrected: [],
          detected: { [ctx.source]: snap },
          createdAt: at,
          updatedAt: at,
          state: foldHistory({ amount: r.amount, dueDate: r.dueDate, sentOn: snap.sentOn }, []),
        };
        add(row, { type: 'detected', on: ctx.today, messageId: r.messageId || null });
        detectedFacts(row, [], undefined, snap, r, ctx, add);
        await db.events.bulkAdd(newEvents);
        await ledger.touchClient(row, at);
        await ledger.saveInvoice(row, newEvents, settings);
        report.created.push(id);
        report.events += newEvents.length;
        continue;
      }

      const prev = existing.detected[ctx.source];
      if (sameSnapshot(prev, snap) && (!r.messageId || existing.messageIds.includes(r.messageId))) {
        report.unchanged.push(existing.id);
        continue;
      }
      const row: InvoiceRow = { ...existing, detected: { ...existing.detected, [ctx.source]: snap }, updatedAt: at };
      const changes: { field: CorrectableField; from: string | number | null; to: string | number | null }[] = [];
      for (const field of FIELDS) {
        const value = snap[field];
        if (row.corrected.includes(field) || value === null || row[field] === value) continue;
        // "2026/340" and "2026-340" are the same number: keep the spelling first read.
        if (field === 'number' && row.number !== null && numberKey(row.number) === numberKey(String(value))) continue;
        // A source that reads the same as last time does not undo what another source read since.
        if (row[field] !== null && prev !== undefined && prev[field] === value) continue;
        changes.push({ field, from: row[field], to: value });
        (row as Record<string, unknown>)[field] = value;
      }
      if (row.sentOn === null && snap.sentOn !== null && !row.corrected.includes('sentOn')) {
        changes.push({ field: 'sentOn', from: null, to: snap.sentOn });
        row.sentOn = snap.sentOn;
      }
      if (changes.some((c) => c.field === 'number')) row.numberKey = row.number ? numberKey(row.number) : '';
      const newMessage = !!r.messageId && !row.messageIds.includes(r.messageId);
      const newSource = !row.origins.includes(ctx.source);
      if (newMessage) row.messageIds = [...row.messageIds, r.messageId];
      if (newSource) row.origins = [...row.origins, ctx.source];
      if (changes.length || newMessage || newSource) {
        add(row, { type: 'detected', on: ctx.today, messageId: r.messageId || null, ...(changes.length ? { changes } : {}) });
      }
      const history = await ledger.events(row.id);
      detectedFacts(row, history, prev, snap, r, ctx, add);
      await db.events.bulkAdd(newEvents);
      if (changes.some((c) => c.field === 'debtorName' || c.field === 'debtorEmail')) await ledger.touchClient(row, at);
      await ledger.saveInvoice(row, [...history, ...newEvents], settings);
      (newEvents.length ? report.updated : report.unchanged).push(row.id);
      report.events += newEvents.length;
    }
  });
  return report;
}

/** The facts a scan adds to the history: only what is new for this source and not overruled by hand. */
function detectedFacts(
  row: InvoiceRow,
  history: readonly EventRow[],
  prev: DetectedSnapshot | undefined,
  snap: DetectedSnapshot,
  r: ScanInput,
  ctx: UpsertContext,
  add: (row: InvoiceRow, e: NewInvoiceEvent) => void,
): void {
  const state = foldHistory(row, history);
  if (state.status === 'paid' || state.status === 'cancelled') return;
  const byHand = (type: EventRow['type']) => history.some((e) => e.type === type && e.source === 'user');
  const lastHandStatus = history.findLast((e) => e.type === 'status-changed-by-hand');

  // Reminders seen in the mailbox that the ledger does not know of yet.
  const known = state.remindersTotal;
  if (snap.remindersSent > known && snap.remindersSent > (prev?.remindersSent ?? 0)) {
    const dates = r.reminderDates?.length === snap.remindersSent ? r.reminderDates : null;
    for (let k = known; k < snap.remindersSent; k++) {
      const last = k === snap.remindersSent - 1 ? (r.lastReminderOn ?? r.reminderDates?.at(-1)) : undefined;
      const on = dates?.[k] ?? last;
      add(row, {
        type: 'reminder-sent',
        stage: LADDER[Math.min(k, LADDER.length - 1)]!,
        on: on ?? ctx.today,
        ...(on ? {} : { dateUnknown: true }),
      });
    }
  }
  if (snap.status === 'paid' && prev?.status !== 'paid' && !(lastHandStatus?.type === 'status-changed-by-hand' && lastHandStatus.status === 'open')) {
    add(row, { type: 'payment', on: ctx.today, amount: state.balance ?? 0, full: true });
    return;
  }
  if (snap.status === 'disputed' && prev?.status !== 'disputed' && !state.dispute && !byHand('dispute')) {
    add(row, { type: 'dispute', on: ctx.today, reason: 'dispute read in a reply', resolved: false });
  }
  if (snap.status === 'promised' && snap.promisedDate && snap.promisedDate !== state.promisedDate && snap.promisedDate !== prev?.promisedDate) {
    add(row, { type: 'promise', on: ctx.today, promisedDate: snap.promisedDate });
  }
}
