/**
 * Typed, zod-checked messages between the content script, the extension pages (popup, options) and the
 * background, which owns the ledger. Every message is a name with a request and a response schema; the
 * client checks what it sends and what it gets back, the router checks what it receives and what it
 * answers, so a malformed message fails at the boundary with the message's name, never deep inside.
 *
 * The transport is a port: `chrome.runtime.sendMessage` in the extension, a direct call in the browser demo
 * (which runs the same router in the page), a function in tests.
 */
import { z } from 'zod';
import { ScannedReceivableSchema } from '../core/scan/scanned-receivable';
import { CompanyProfileSchema } from '../core/profile/company-profile';
import { CHASE_STAGES, DRAFT_KINDS, DRAFT_LANGUAGES } from '../core/ladder/stages';
import { CALL_OUTCOMES, CORRECTABLE_FIELDS } from '../core/schedule/events';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

export const InvoiceStatusSchema = z.enum(['open', 'paid', 'disputed', 'promised']);
/** The drafts' two tones: cordial for a reliable client, firmer for one often late (still courteous). */
export const ToneSchema = z.enum(['cordial', 'firmer']);
export type Tone = z.infer<typeof ToneSchema>;
export const UiLanguageSchema = z.enum(['fr', 'en']);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

/** One line of an invoice's history, as the UIs show it. */
export const HistoryItemSchema = z.object({
  id: z.string(),
  date: z.string(),
  kind: z.string(),
  /** Human summary in the user's language. */
  summary: z.string(),
});
export type HistoryItem = z.infer<typeof HistoryItemSchema>;

/** An invoice as the UIs see it: the ledger's record with its state, next action and history. */
export const InvoiceViewSchema = z.object({
  id: z.string(),
  threadId: z.string().nullable(),
  messageId: z.string().nullable(),
  invoiceNumber: z.string().nullable(),
  amount: z.number().nullable(),
  amountPaid: z.number(),
  currency: z.string().nullable(),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  debtorName: z.string().nullable(),
  debtorEmail: z.string().nullable(),
  status: InvoiceStatusSchema,
  promisedDate: z.string().nullable(),
  remindersSent: z.number().int().nonnegative(),
  daysOverdue: z.number().int().nullable(),
  /** The next step of the chase and its date; null when nothing is to be done (paid, disputed, paused…). */
  nextAction: z.object({ kind: z.string(), stage: z.enum(CHASE_STAGES).nullable(), date: z.string() }).nullable(),
  history: z.array(HistoryItemSchema),
});
export type InvoiceView = z.infer<typeof InvoiceViewSchema>;

export const RowRecordSchema = z.object({
  invoiceId: z.string(),
  status: InvoiceStatusSchema,
  amount: z.number().nullable(),
  amountPaid: z.number(),
  currency: z.string().nullable(),
  dueDate: z.string().nullable(),
  promisedDate: z.string().nullable(),
});
export type RowRecordView = z.infer<typeof RowRecordSchema>;

export const DraftViewSchema = z.object({
  to: z.array(z.string()),
  cc: z.array(z.string()),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  attachments: z.array(z.object({ filename: z.string() })),
  stage: z.enum(CHASE_STAGES),
  tone: ToneSchema,
  language: z.enum(DRAFT_LANGUAGES),
  /** Mentions a formal notice lacks (the law checker); empty when complete or not formal. */
  missingMentions: z.array(z.string()),
  /** What the user should know before sending (a template not used, a rate carried over…). */
  warnings: z.array(z.string()),
});
export type DraftView = z.infer<typeof DraftViewSchema>;

export const InvoiceActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('payment'), amount: z.number().positive().nullable(), date: IsoDate }),
  z.object({ type: z.literal('call'), outcome: z.enum(CALL_OUTCOMES), note: z.string() }),
  z.object({ type: z.literal('promise'), date: IsoDate }),
  z.object({ type: z.literal('dispute'), reason: z.string().min(1) }),
  z.object({ type: z.literal('resolve-dispute') }),
  z.object({ type: z.literal('plan'), instalments: z.array(z.object({ date: IsoDate, amount: z.number().positive() })).min(1) }),
  z.object({ type: z.literal('snooze'), until: IsoDate }),
  z.object({
    type: z.literal('correct'),
    field: z.enum(CORRECTABLE_FIELDS),
    value: z.string(),
  }),
]);
export type InvoiceAction = z.infer<typeof InvoiceActionSchema>;

export const AgedBalanceRowSchema = z.object({
  currency: z.string(),
  notDue: z.number(),
  d1to30: z.number(),
  d31to60: z.number(),
  d61to90: z.number(),
  over90: z.number(),
  total: z.number(),
});
export type AgedBalanceRow = z.infer<typeof AgedBalanceRowSchema>;

export const FollowUpViewSchema = z.object({
  key: z.string(),
  invoiceId: z.string(),
  threadId: z.string().nullable(),
  date: z.string(),
  kind: z.string(),
  stage: z.enum(CHASE_STAGES).nullable(),
  invoiceNumber: z.string().nullable(),
  debtorName: z.string().nullable(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
});
export type FollowUpView = z.infer<typeof FollowUpViewSchema>;

export const LadderSettingsSchema = z.object({
  firmAfterDays: z.number().int().positive(),
  formalAfterDays: z.number().int().positive(),
});

export const SettingsViewSchema = z.object({
  me: z.array(z.string()),
  language: UiLanguageSchema,
  profile: CompanyProfileSchema.nullable(),
  ladder: LadderSettingsSchema,
});
export type SettingsView = z.infer<typeof SettingsViewSchema>;

/** A template file (subject, opening, body, conclusion parts; see shared/core/drafts/template-file.ts). */
export const TemplateViewSchema = z.object({
  kind: z.enum(DRAFT_KINDS),
  language: z.enum(DRAFT_LANGUAGES),
  source: z.string(),
  custom: z.boolean(),
});
export type TemplateView = z.infer<typeof TemplateViewSchema>;

const Empty = z.object({});
const InvoiceId = z.object({ invoiceId: z.string().min(1) });
const InvoiceResult = z.object({ invoice: InvoiceViewSchema });

/** What a scan of the recent sent mail did: conversations the search listed, read, invoices found, skipped. */
export const RecentScanReportSchema = z.object({
  listed: z.number().int().nonnegative(),
  read: z.number().int().nonnegative(),
  invoices: z.number().int().nonnegative(),
  /** Conversations that could not be opened or read. */
  skipped: z.number().int().nonnegative(),
});
export type RecentScanReport = z.infer<typeof RecentScanReportSchema>;
export const RecentScanRequestSchema = z.object({
  days: z.number().int().min(1).max(365).default(90),
  limit: z.number().int().min(1).max(500).default(100),
});

/** Every message: its name, what it carries and what it answers. */
export const MESSAGES = {
  ping: { request: Empty, response: z.object({ ok: z.literal(true), today: IsoDate }) },
  'rows.lookup': {
    request: z.object({ threadIds: z.array(z.string()).max(500) }),
    response: z.object({ records: z.record(z.string(), RowRecordSchema), today: IsoDate, language: UiLanguageSchema, me: z.array(z.string()) }),
  },
  'thread.scanned': {
    request: z.object({ threadId: z.string(), receivables: z.array(ScannedReceivableSchema) }),
    response: z.object({ invoices: z.array(InvoiceViewSchema) }),
  },
  'thread.invoices': { request: z.object({ threadId: z.string() }), response: z.object({ invoices: z.array(InvoiceViewSchema) }) },
  'invoice.get': { request: InvoiceId, response: z.object({ invoice: InvoiceViewSchema.nullable() }) },
  'invoice.action': { request: InvoiceId.extend({ action: InvoiceActionSchema }), response: InvoiceResult },
  'draft.build': {
    request: InvoiceId.extend({
      stage: z.enum(CHASE_STAGES).optional(),
      tone: ToneSchema.optional(),
      language: z.enum(DRAFT_LANGUAGES).optional(),
      /** File names of the invoice's documents in the conversation, to re-attach. */
      invoiceAttachments: z.array(z.string()).default([]),
    }),
    response: z.object({ draft: DraftViewSchema }),
  },
  'reminder.sent': {
    request: InvoiceId.extend({ stage: z.enum(CHASE_STAGES), sentAt: z.string(), threadId: z.string().nullable() }),
    response: InvoiceResult,
  },
  'dashboard.get': {
    request: z.object({ status: z.enum(['all', 'open', 'overdue', 'promised', 'disputed', 'paid']).default('all'), query: z.string().default('') }),
    response: z.object({
      today: IsoDate,
      agedBalance: z.array(AgedBalanceRowSchema),
      invoices: z.array(InvoiceViewSchema),
      due: z.array(FollowUpViewSchema),
    }),
  },
  'client.history': {
    request: z.object({ debtorEmail: z.string() }),
    response: z.object({
      debtorEmail: z.string(),
      debtorName: z.string().nullable(),
      invoices: z.array(InvoiceViewSchema),
      averageDaysLate: z.number().nullable(),
      remindersNeeded: z.number(),
    }),
  },
  'followups.due': { request: Empty, response: z.object({ today: IsoDate, due: z.array(FollowUpViewSchema) }) },
  'settings.get': { request: Empty, response: SettingsViewSchema },
  'settings.set': { request: SettingsViewSchema.partial(), response: SettingsViewSchema },
  'templates.list': { request: Empty, response: z.object({ templates: z.array(TemplateViewSchema) }) },
  'templates.save': {
    request: z.object({ kind: z.enum(DRAFT_KINDS), language: z.enum(DRAFT_LANGUAGES), source: z.string().max(50_000) }),
    response: z.object({ ok: z.boolean(), errors: z.array(z.string()) }),
  },
  'templates.reset': { request: z.object({ kind: z.enum(DRAFT_KINDS), language: z.enum(DRAFT_LANGUAGES) }), response: z.object({ ok: z.literal(true) }) },
  'ledger.export': { request: Empty, response: z.object({ json: z.string(), csv: z.string() }) },
  'ledger.import': { request: z.object({ json: z.string() }), response: z.object({ invoices: z.number(), events: z.number() }) },
  'thread.open': { request: z.object({ threadId: z.string() }), response: z.object({ ok: z.boolean() }) },
  /** From a page to the mail host (the background passes it to an open Gmail tab): read the recent sent mail. */
  'mail.scanRecent': { request: RecentScanRequestSchema, response: RecentScanReportSchema },
} as const;

export type MessageName = keyof typeof MESSAGES;
export type RequestOf<N extends MessageName> = z.input<(typeof MESSAGES)[N]['request']>;
export type ParsedRequestOf<N extends MessageName> = z.output<(typeof MESSAGES)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.output<(typeof MESSAGES)[N]['response']>;

/** What travels: a name and a payload; what comes back: the data, or an error message. */
export const EnvelopeSchema = z.object({ relance: z.literal(1), name: z.string(), payload: z.unknown() });
export type Envelope = z.infer<typeof EnvelopeSchema>;
const ReplySchema = z.union([z.object({ ok: z.literal(true), data: z.unknown() }), z.object({ ok: z.literal(false), error: z.string() })]);
export type Reply = z.infer<typeof ReplySchema>;

export type Transport = (envelope: Envelope) => Promise<unknown>;

export class MessageError extends Error {
  constructor(
    readonly messageName: string,
    message: string,
  ) {
    super(`${messageName}: ${message}`);
    this.name = 'MessageError';
  }
}

function issues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ');
}

export type Client = <N extends MessageName>(name: N, payload: RequestOf<N>) => Promise<ResponseOf<N>>;

/** A typed client over a transport: checks the request before sending and the response on arrival. */
export function createClient(transport: Transport): Client {
  return async (name, payload) => {
    const spec = MESSAGES[name];
    const request = spec.request.safeParse(payload);
    if (!request.success) throw new MessageError(name, `bad request: ${issues(request.error)}`);
    const raw = await transport({ relance: 1, name, payload: request.data });
    const reply = ReplySchema.safeParse(raw);
    if (!reply.success) throw new MessageError(name, 'no answer (is the background running?)');
    if (!reply.data.ok) throw new MessageError(name, reply.data.error);
    const response = spec.response.safeParse(reply.data.data);
    if (!response.success) throw new MessageError(name, `bad response: ${issues(response.error)}`);
    return response.data as ResponseOf<typeof name>;
  };
}

export type Handlers = { [N in MessageName]: (payload: ParsedRequestOf<N>) => Promise<ResponseOf<N>> };

/**
 * The receiving side: returns null for what is not a Relance envelope (another extension's message, InboxSDK's
 * own traffic), otherwise always a reply (never throws), so a failing handler never leaves a caller hanging.
 */
export function createRouter(handlers: Partial<Handlers>): (message: unknown) => Promise<Reply> | null {
  return (message) => {
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success) return null;
    const { name, payload } = envelope.data;
    return (async (): Promise<Reply> => {
      if (!(name in MESSAGES)) return { ok: false, error: `unknown message "${name}"` };
      const spec = MESSAGES[name as MessageName];
      const handler = handlers[name as MessageName] as ((p: unknown) => Promise<unknown>) | undefined;
      if (!handler) return { ok: false, error: `no handler for "${name}"` };
      const request = spec.request.safeParse(payload);
      if (!request.success) return { ok: false, error: `bad request: ${issues(request.error)}` };
      try {
        const data = await handler(request.data);
        const response = spec.response.safeParse(data);
        if (!response.success) return { ok: false, error: `bad response: ${issues(response.error)}` };
        return { ok: true, data: response.data };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    })();
  };
}

/** The in-page transport (browser demo, tests): the router called directly, data cloned as a message would be. */
export function directTransport(route: (message: unknown) => Promise<Reply> | null): Transport {
  return async (envelope) => {
    const reply = route(structuredClone(envelope));
    return reply ? structuredClone(await reply) : undefined;
  };
}
