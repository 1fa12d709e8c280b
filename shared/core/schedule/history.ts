import { z } from 'zod';
import { byRecordingOrder, IsoDateSchema, type InvoiceEvent } from './events';
import type { IsoDate } from '../calendar/iso-date';

/** What the scheduler needs to know of an invoice besides its history. */
export interface ScheduleInvoice {
  /** The amount due (the invoice's TTC or net à payer), before any payment; null when unknown. */
  amount: number | null;
  dueDate: IsoDate | null;
  /** The day the invoice was sent to the client; null for a draft or an invoice not yet sent. */
  sentOn: IsoDate | null;
}

const cents = (x: number) => Math.round(x * 100);
export const roundMoney = (x: number) => Math.round(x * 100) / 100;

export const INVOICE_STATUSES = ['open', 'promised', 'disputed', 'plan', 'paid', 'cancelled'] as const;
export type LedgerStatus = (typeof INVOICE_STATUSES)[number];

/** The state an invoice's history leads to. The ledger keeps it beside the invoice (schema checked). */
export const InvoiceStateSchema = z
  .object({
    status: z.enum(INVOICE_STATUSES),
    /** Sum of the payments received (partial ones included). */
    paidAmount: z.number(),
    /** Amount still owed; 0 when paid or cancelled, null when the amount is unknown. */
    balance: z.number().nullable(),
    /** The day it became paid (or was cancelled). */
    settledOn: IsoDateSchema.nullable(),
    dispute: z.object({ since: IsoDateSchema, reason: z.string() }).strict().nullable(),
    promisedDate: IsoDateSchema.nullable(),
    snoozedUntil: IsoDateSchema.nullable(),
    plan: z
      .object({
        agreedOn: IsoDateSchema,
        instalments: z.array(
          z
            .object({ dueDate: IsoDateSchema, amount: z.number(), paid: z.number(), chasedOn: z.array(IsoDateSchema.nullable()) })
            .strict(),
        ),
      })
      .strict()
      .nullable(),
    /** Ladder reminders sent (courteous, firm, formal), oldest first, one per sending; `on` null = date unknown. */
    reminders: z.array(z.object({ stage: z.enum(['courteous', 'firm', 'formal']), on: IsoDateSchema.nullable() }).strict()),
    preDueSentOn: IsoDateSchema.nullable(),
    /** Every reminder-sent event of any stage, duplicates removed: "reminders needed". */
    remindersTotal: z.number().int().nonnegative(),
    /** The day the client was thanked for its payment; null until then (a state stored before thanks existed reads null). */
    thankedOn: IsoDateSchema.nullable().default(null),
  })
  .strict();
export type InvoiceState = z.infer<typeof InvoiceStateSchema>;
export type PlanState = NonNullable<InvoiceState['plan']>;

/**
 * Folds an invoice's history into its state. Events are taken in recording order, so the user's latest
 * decision wins (a dispute resolved, a payment reversed by reopening). The same reminder recorded twice
 * (a retry, two devices, a re-scan: same message, or same stage on the same day) counts once.
 */
export function foldHistory(invoice: ScheduleInvoice, events: readonly InvoiceEvent[]): InvoiceState {
  const sorted = [...events].sort(byRecordingOrder);
  let paidCents = 0;
  /** Settled by a full payment or by hand, on that day. */
  let explicitOn: IsoDate | null = null;
  /** Settled because the payments cover the amount, on that day. */
  let sumOn: IsoDate | null = null;
  let cancelledOn: IsoDate | null = null;
  /** Payments declared as settling the invoice in full (voided if the user reopens it). */
  let declaredCents = 0;
  let dispute: InvoiceState['dispute'] = null;
  let promisedDate: IsoDate | null = null;
  let snoozedUntil: IsoDate | null = null;
  let plan: PlanState | null = null;
  const reminders: InvoiceState['reminders'] = [];
  let preDueSentOn: IsoDate | null = null;
  let remindersTotal = 0;
  let thankedOn: IsoDate | null = null;
  const seenReminders = new Set<string>();
  const amountCents = invoice.amount === null ? null : cents(invoice.amount);

  for (const e of sorted) {
    switch (e.type) {
      case 'payment': {
        const before = paidCents;
        paidCents += cents(e.amount);
        if (plan) allocate(plan, e.amount);
        if (e.full) {
          declaredCents += cents(e.amount);
          explicitOn ??= e.on;
        }
        // The day the payments first covered the amount (a reversal below it forgets that day).
        if (amountCents !== null && paidCents >= amountCents && before < amountCents) sumOn = e.on;
        if (amountCents !== null && paidCents < amountCents) sumOn = null;
        break;
      }
      case 'status-changed-by-hand':
        if (e.status === 'paid') {
          explicitOn = e.on;
          cancelledOn = null;
        } else if (e.status === 'cancelled') {
          cancelledOn = e.on;
        } else {
          // Reopened by hand: what was declared paid in full did not arrive (partial payments stay).
          paidCents -= declaredCents;
          declaredCents = 0;
          if (amountCents === null || paidCents < amountCents) sumOn = null;
          explicitOn = null;
          cancelledOn = null;
          dispute = null;
        }
        break;
      case 'dispute':
        dispute = e.resolved ? null : { since: e.on, reason: e.reason };
        break;
      case 'promise':
        promisedDate = e.promisedDate;
        break;
      case 'snoozed':
        snoozedUntil = e.until;
        break;
      case 'payment-plan':
        plan = e.cancelled
          ? null
          : { agreedOn: e.on, instalments: e.instalments.map((i) => ({ dueDate: i.dueDate, amount: i.amount, paid: 0, chasedOn: [] })) };
        break;
      case 'reminder-sent': {
        const key = e.messageId ? `m:${e.messageId}` : `${e.stage}:${e.dateUnknown ? `?${remindersTotal}` : e.on}`;
        if (seenReminders.has(key)) break;
        seenReminders.add(key);
        remindersTotal++;
        const on = e.dateUnknown ? null : e.on;
        if (e.stage === 'pre-due') preDueSentOn = e.on;
        else if (e.stage === 'instalment') {
          const target = plan ? firstUnpaid(plan) : undefined;
          if (target) target.chasedOn.push(on);
        } else reminders.push({ stage: e.stage, on });
        break;
      }
      case 'thanked':
        thankedOn = e.on;
        break;
      default:
        break;
    }
  }

  const paidAmount = paidCents / 100;
  const cancelled = cancelledOn !== null;
  const settled = explicitOn !== null || sumOn !== null;
  const settledOn = cancelledOn ?? explicitOn ?? sumOn;
  let balance: number | null = null;
  if (cancelled || settled) balance = 0;
  else if (amountCents !== null) balance = Math.max(0, amountCents - paidCents) / 100;
  const planActive = plan !== null && firstUnpaid(plan) !== undefined;
  const status: LedgerStatus = cancelled
    ? 'cancelled'
    : settled
      ? 'paid'
      : dispute
        ? 'disputed'
        : planActive
          ? 'plan'
          : promisedDate
            ? 'promised'
            : 'open';
  return { status, paidAmount, balance, settledOn, dispute, promisedDate, snoozedUntil, plan, reminders, preDueSentOn, remindersTotal, thankedOn };
}

/** Payments after a plan was agreed go to its instalments in order. */
function allocate(plan: PlanState, amount: number): void {
  let left = cents(amount);
  for (const i of plan.instalments) {
    if (left <= 0) break;
    const missing = cents(i.amount) - cents(i.paid);
    if (missing <= 0) continue;
    const take = Math.min(missing, left);
    i.paid = (cents(i.paid) + take) / 100;
    left -= take;
  }
}

export function firstUnpaid(plan: PlanState): PlanState['instalments'][number] | undefined {
  return plan.instalments.find((i) => cents(i.paid) < cents(i.amount));
}
