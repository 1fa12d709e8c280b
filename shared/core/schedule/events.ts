import { z } from 'zod';
import { isValidIsoDate } from '../calendar/iso-date';
import { CHASE_STAGES, DRAFT_KINDS } from '../ladder/stages';

/**
 * The history of an invoice: append-only events, each with the calendar day it happened (`on`), the
 * instant it was recorded (`at`) and where it came from (`source`). The ledger stores them; the scheduler
 * and the dashboards fold them. Pure data (zod), so the core can reason about it without the database.
 */
export const IsoDateSchema = z.string().refine(isValidIsoDate, { message: 'expected a date YYYY-MM-DD' });
/** An instant: ISO 8601 date-time with "Z" or an offset. */
export const InstantSchema = z.iso.datetime({ offset: true });

/** Who or what produced an event: the user by hand, a scan from a host, an import, or Relance itself. */
export const EVENT_SOURCES = ['user', 'gmail', 'outlook', 'mbox', 'cli', 'csv', 'restore', 'system'] as const;
export const EventSourceSchema = z.enum(EVENT_SOURCES);
export type EventSource = z.infer<typeof EventSourceSchema>;
/** Sources that read mail or files; the user's own changes win over them. */
export const isDetection = (source: EventSource) => source !== 'user' && source !== 'system' && source !== 'restore';

export const CORRECTABLE_FIELDS = ['number', 'amount', 'currency', 'issueDate', 'dueDate', 'sentOn', 'debtorEmail', 'debtorName'] as const;
export const CorrectableFieldSchema = z.enum(CORRECTABLE_FIELDS);
export type CorrectableField = z.infer<typeof CorrectableFieldSchema>;

/** Stages a sent reminder can have: the chase stages, an instalment reminder, or another drafted document. */
export const SENT_STAGES = [...CHASE_STAGES, 'instalment'] as const;
export const CALL_OUTCOMES = ['paid', 'promise', 'dispute', 'plan-requested', 'no-answer', 'callback', 'other'] as const;
export const HAND_STATUSES = ['open', 'paid', 'cancelled'] as const;

const money = z.number().refine(Number.isFinite);
const fieldValue = z.union([z.string(), z.number(), z.null()]);

const common = {
  id: z.string().min(1),
  invoiceId: z.string().min(1),
  clientId: z.string().min(1),
  on: IsoDateSchema,
  at: InstantSchema,
  source: EventSourceSchema,
};

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ ...common, type: z.literal(type), ...shape }).strict();

export const InvoiceEventSchema = z.discriminatedUnion('type', [
  /** The invoice was read from a message or a file; later detections name the fields that changed. */
  event('detected', {
    messageId: z.string().nullable(),
    changes: z.array(z.object({ field: CorrectableFieldSchema, from: fieldValue, to: fieldValue }).strict()).optional(),
  }),
  event('reminder-drafted', {
    stage: z.enum(DRAFT_KINDS),
    subject: z.string().optional(),
    body: z.string().optional(),
  }),
  /** `on` is the sending day; `dateUnknown` when a scan saw the reminder without its date (then `on` is the scan's day). */
  event('reminder-sent', {
    stage: z.enum(SENT_STAGES),
    messageId: z.string().nullable().optional(),
    dateUnknown: z.boolean().optional(),
    /** Shared by the reminders one grouped e-mail sent for several invoices of a client. */
    group: z.string().min(1).optional(),
    subject: z.string().optional(),
    body: z.string().optional(),
  }),
  event('call-logged', { outcome: z.enum(CALL_OUTCOMES), note: z.string().optional() }),
  event('promise', { promisedDate: IsoDateSchema, amount: money.nullable().optional() }),
  /** A dispute opened (`resolved: false`) or closed (`resolved: true`); the latest one counts. */
  event('dispute', { reason: z.string(), resolved: z.boolean() }),
  event('payment-plan', {
    instalments: z.array(z.object({ dueDate: IsoDateSchema, amount: money.refine((x) => x > 0) }).strict()).min(1),
    cancelled: z.boolean().optional(),
  }),
  /** A payment received on `on`; `full` settles the invoice whatever the sum (bank fees, rounding). Negative = reversed. */
  event('payment', { amount: money, full: z.boolean() }),
  event('note', { text: z.string() }),
  event('status-changed-by-hand', { status: z.enum(HAND_STATUSES), note: z.string().optional() }),
  /** No follow-up before `until` (the first day it may come back). */
  event('snoozed', { until: IsoDateSchema }),
  event('field-corrected', { field: CorrectableFieldSchema, from: fieldValue, to: fieldValue }),
  /** The client was thanked for its payment (the thank-you e-mail sent). */
  event('thanked', { messageId: z.string().nullable().optional() }),
]);
export type InvoiceEvent = z.infer<typeof InvoiceEventSchema>;
export type InvoiceEventType = InvoiceEvent['type'];
export const EVENT_TYPES = InvoiceEventSchema.options.map((o) => o.shape.type.value);

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An event as a caller records it: the ledger adds id, invoice, client, and defaults `at` (now) and `source` (user). */
export type NewInvoiceEvent = DistributiveOmit<InvoiceEvent, 'id' | 'invoiceId' | 'clientId' | 'at' | 'source'> & {
  at?: string;
  source?: EventSource;
};

/** Chronological order of a history: recording instant, then id (stable). */
export function byRecordingOrder(a: Pick<InvoiceEvent, 'at' | 'id'>, b: Pick<InvoiceEvent, 'at' | 'id'>): number {
  const ta = a.at.endsWith('Z') && b.at.endsWith('Z') && a.at.length === b.at.length ? 0 : Date.parse(a.at) - Date.parse(b.at);
  if (ta !== 0) return ta;
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
