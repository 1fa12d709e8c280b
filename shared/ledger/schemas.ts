import { z } from 'zod';
import { CompanyProfileSchema } from '../core/profile/company-profile';
import { DRAFT_LANGUAGES, TEMPLATE_KINDS } from '../core/ladder/stages';
import { ScheduleSettingsSchema } from '../core/schedule/settings';
import { LaddersSchema } from '../core/ladder/ladders';
import { CorrectableFieldSchema, EventSourceSchema, InstantSchema, InvoiceEventSchema, IsoDateSchema } from '../core/schedule/events';
import { InvoiceStateSchema } from '../core/schedule/history';

/**
 * The rows of the ledger, one zod schema per table: every write is checked before it reaches IndexedDB
 * and every read is checked when it leaves it (a bad row raises `LedgerDataError` naming the table, the key
 * and the fields, and stays untouched in the database).
 */
const money = z.number().refine(Number.isFinite, { message: 'expected a finite number' });
const currency = z.string().regex(/^[A-Z]{3}$/, { message: 'expected an ISO 4217 code' });

/** What one source (gmail, outlook, mbox…) last read of an invoice: a re-scan that reads the same changes nothing. */
export const DetectedSnapshotSchema = z
  .object({
    messageId: z.string().nullable(),
    number: z.string().nullable(),
    amount: money.nullable(),
    currency: currency.nullable(),
    issueDate: IsoDateSchema.nullable(),
    dueDate: IsoDateSchema.nullable(),
    sentOn: IsoDateSchema.nullable(),
    debtorEmail: z.string().nullable(),
    debtorName: z.string().nullable(),
    status: z.enum(['open', 'paid', 'disputed', 'promised']),
    promisedDate: IsoDateSchema.nullable(),
    remindersSent: z.number().int().nonnegative(),
  })
  .strict();
export type DetectedSnapshot = z.infer<typeof DetectedSnapshotSchema>;

const invoiceFields = {
  /** Identity: normalized number @ client key (see identity.ts); stable for the life of the record. */
  id: z.string().min(1),
  number: z.string().nullable(),
  numberKey: z.string(),
  clientId: z.string().min(1),
  debtorEmail: z.string().nullable(),
  debtorName: z.string().nullable(),
  /** The amount due before any payment (TTC or net à payer); payments are events. */
  amount: money.nullable(),
  currency: currency.nullable(),
  issueDate: IsoDateSchema.nullable(),
  dueDate: IsoDateSchema.nullable(),
  /** The day the invoice went to the client; null = draft, never chased. */
  sentOn: IsoDateSchema.nullable(),
  messageIds: z.array(z.string()),
  origins: z.array(EventSourceSchema),
  /** Fields the user corrected by hand: detection never overwrites them. */
  corrected: z.array(CorrectableFieldSchema),
  detected: z.partialRecord(EventSourceSchema, DetectedSnapshotSchema),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
};

/** Version 1 of the invoices table: the invoice alone, its state computed from events on every read. */
export const InvoiceRowV1Schema = z.object(invoiceFields).strict();
export type InvoiceRowV1 = z.infer<typeof InvoiceRowV1Schema>;

/**
 * Version 2 keeps the folded history beside the invoice (`state`) and two indexed keys derived from it, so
 * the dashboards and the timers read no history: `open` (1 while something is owed) and `nextDate` (the
 * planned date of the next follow-up, never later than the real one; absent when nothing is planned).
 */
export const InvoiceRowSchema = z
  .object({
    ...invoiceFields,
    state: InvoiceStateSchema,
    open: z.literal(1).optional(),
    nextDate: IsoDateSchema.optional(),
  })
  .strict();
export type InvoiceRow = z.infer<typeof InvoiceRowSchema>;

export const NextActionSchema = z
  .object({
    kind: z.enum(['pre-due', 'courteous', 'firm', 'formal', 'instalment', 'none']),
    date: IsoDateSchema.nullable(),
    reason: z.string(),
    amountDue: z.number().nullable(),
    key: z.string().nullable(),
  })
  .strict();

/**
 * One small item per invoice still owed, derived from the invoice in the same transaction as every write
 * (never edited on its own, rebuilt on restore and on upgrade): what the dashboards and the timers read, so
 * they never load histories or whole invoices. `schedule` is the follow-up plan without the clock
 * (`actionOn` turns it into the action of a given day).
 */
export const OpenItemRowSchema = z
  .object({
    id: z.string().min(1),
    clientId: z.string().min(1),
    number: z.string().nullable(),
    debtorName: z.string().nullable(),
    currency: currency.nullable(),
    amount: money.nullable(),
    balance: money.nullable(),
    status: z.enum(['open', 'promised', 'disputed', 'plan']),
    dueDate: IsoDateSchema.optional(),
    nextDate: IsoDateSchema.optional(),
    schedule: z.object({ planned: NextActionSchema, fallback: NextActionSchema.nullable() }).strict(),
  })
  .strict();
export type OpenItemRow = z.infer<typeof OpenItemRowSchema>;

/**
 * The open items are stored in a fixed number of shards (by client), each row holding the items of its
 * clients: a dashboard reads a few dozen rows instead of one per invoice (IndexedDB's cost is per row).
 */
export const OpenShardRowSchema = z.object({ shard: z.number().int().nonnegative(), items: z.array(OpenItemRowSchema) }).strict();
export type OpenShardRow = z.infer<typeof OpenShardRowSchema>;

const address = z.string().trim().toLowerCase().email();

/** Who a client's reminders go to: the regular recipient (else the address its invoices went to) and the escalation contact. */
export const ClientContactsSchema = z
  .object({
    /** Replaces the invoices' address when set (the accountant who pays). */
    to: z.array(address).max(10),
    /** Copied on the firm reminder and the formal notice (the manager). */
    escalation: z.array(address).max(10),
  })
  .strict();
export type ClientContacts = z.infer<typeof ClientContactsSchema>;

/**
 * Version 3 adds what the user sets per client — its chase ladder, its contacts, the language its mail is
 * written in — and the language read from its invoices. Rows written before read with the defaults (default
 * ladder, no contact, no language), which is what the migration writes.
 */
export const ClientRowSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().nullable(),
    emails: z.array(z.string()),
    domain: z.string().nullable(),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
    /** The named ladder the user assigned; null: the default ladder. */
    ladderId: z.string().min(1).nullable().default(null),
    contacts: ClientContactsSchema.default({ to: [], escalation: [] }),
    /** The language the user chose for this client's drafts; null: the one read from its invoices. */
    language: z.enum(DRAFT_LANGUAGES).nullable().default(null),
    /** The language its invoice e-mails were written in, as the scan read it. */
    detectedLanguage: z.enum(DRAFT_LANGUAGES).nullable().default(null),
  })
  .strict();
export type ClientRow = z.infer<typeof ClientRowSchema>;

export const EventRowSchema = InvoiceEventSchema;
export type EventRow = z.infer<typeof EventRowSchema>;

/** A follow-up a host timer fired: its key is never fired again. */
export const FollowUpRowSchema = z
  .object({
    key: z.string().min(1),
    invoiceId: z.string().min(1),
    clientId: z.string().min(1),
    kind: z.enum(['pre-due', 'courteous', 'firm', 'formal', 'instalment']),
    date: IsoDateSchema,
    firedAt: InstantSchema,
  })
  .strict();
export type FollowUpRow = z.infer<typeof FollowUpRowSchema>;

/** A user's own template for a draft kind and language (Handlebars source, compiled in a sandbox by the host). */
export const TemplateRowSchema = z
  .object({
    id: z.string().min(1),
    kind: z.enum(TEMPLATE_KINDS),
    language: z.enum(DRAFT_LANGUAGES),
    name: z.string().min(1),
    subject: z.string(),
    body: z.string(),
    updatedAt: InstantSchema,
  })
  .strict();
export type TemplateRow = z.infer<typeof TemplateRowSchema>;

export const SettingRowSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('company'), value: CompanyProfileSchema }).strict(),
  z.object({ key: z.literal('schedule'), value: ScheduleSettingsSchema }).strict(),
  /** The named chase ladders (the default one is the schedule's). */
  z.object({ key: z.literal('ladders'), value: LaddersSchema }).strict(),
]);
export type SettingRow = z.infer<typeof SettingRowSchema>;

export const TABLE_SCHEMAS = {
  invoices: InvoiceRowSchema,
  clients: ClientRowSchema,
  events: EventRowSchema,
  followUps: FollowUpRowSchema,
  templates: TemplateRowSchema,
  settings: SettingRowSchema,
} as const;
export type TableName = keyof typeof TABLE_SCHEMAS;
/** The tables a backup holds; `openShards` is derived from `invoices` and rebuilt on restore. */
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[];

/** A row that does not match its table's schema. Nothing is written; a row read stays as it is in the database. */
export class LedgerDataError extends Error {
  constructor(
    readonly table: string,
    readonly key: unknown,
    readonly issues: readonly z.core.$ZodIssue[],
    readonly when: 'read' | 'write' | 'upgrade' | 'restore',
  ) {
    const where = issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`)
      .join('; ');
    super(`Ledger ${when}: ${table}[${JSON.stringify(key)}] is invalid: ${where}${issues.length > 5 ? ` (+${issues.length - 5} more)` : ''}`);
    this.name = 'LedgerDataError';
  }
}

/** Checks a row against a schema; throws `LedgerDataError` with the row's key. */
export function checkRow<T>(schema: z.ZodType<T>, table: string, row: unknown, when: LedgerDataError['when']): T {
  const r = schema.safeParse(row);
  if (r.success) return r.data;
  const key = row && typeof row === 'object' ? ((row as Record<string, unknown>).id ?? (row as Record<string, unknown>).key) : undefined;
  throw new LedgerDataError(table, key, r.error.issues, when);
}
