/**
 * What a host gives `buildDraft`: plain data, checked with zod.
 *
 * ## The history shape (the ledger maps its events to it)
 * ```ts
 * history: {
 *   reminders: { stage: 'pre-due' | 'courteous' | 'firm' | 'formal' | null; date: 'YYYY-MM-DD' }[]; // sent for this invoice, any order; stage null when unknown (found in the mailbox)
 *   promises:  { date: 'YYYY-MM-DD'; promisedDate: 'YYYY-MM-DD' | null }[];   // when the client promised, and for when
 *   calls:     { date: 'YYYY-MM-DD'; outcome: 'reached' | 'no-answer' | 'promise' | 'dispute' | 'plan-requested' | 'paid'; note: string }[];
 *   pastLatePayments: number;  // earlier invoices of this client paid late: 2 or more → the firmer tone
 * }
 * ```
 * Every field has a default (empty lists, 0), so `history: {}` is valid.
 */
import { z } from 'zod';
import { isValidIsoDate } from '../calendar/iso-date';
import { CHASE_STAGES, DRAFT_KINDS, DRAFT_LANGUAGES, TEMPLATE_KINDS } from '../ladder/stages';
import { CompanyProfileSchema } from '../profile/company-profile';
import { ReceivableSchema } from '../scan/receivable';
import { RateTableSchema } from '../law/rates';
import { PlanOptionsSchema } from '../plan/payment-plan';

const isoDate = z.string().refine(isValidIsoDate, 'a date written YYYY-MM-DD');
const email = z.string().trim().toLowerCase().email();

export const CALL_OUTCOMES = ['reached', 'no-answer', 'promise', 'dispute', 'plan-requested', 'paid'] as const;

export const DraftHistorySchema = z.object({
  reminders: z.array(z.object({ stage: z.enum(CHASE_STAGES).nullable(), date: isoDate })).default([]),
  promises: z.array(z.object({ date: isoDate, promisedDate: isoDate.nullable() })).default([]),
  calls: z.array(z.object({ date: isoDate, outcome: z.enum(CALL_OUTCOMES), note: z.string().max(2000).default('') })).default([]),
  pastLatePayments: z.number().int().nonnegative().default(0),
});
export type DraftHistory = z.infer<typeof DraftHistorySchema>;
export type DraftHistoryInput = z.input<typeof DraftHistorySchema>;

/** A template the user edited for a kind and language (and optionally one tone), stored with the ledger. */
export const UserTemplateSchema = z.object({
  kind: z.enum(TEMPLATE_KINDS),
  lang: z.enum(DRAFT_LANGUAGES),
  tone: z.enum(['cordial', 'firmer']).optional(),
  source: z.string().max(50_000),
});
export type UserTemplate = z.infer<typeof UserTemplateSchema>;

/** The invoice facts: a `Receivable` from the scan (extra fields are ignored) or the ledger's record of it. */
export const DraftInvoiceSchema = ReceivableSchema.pick({
  invoiceNumber: true,
  amount: true,
  currency: true,
  issueDate: true,
  dueDate: true,
  debtorEmail: true,
  debtorName: true,
  status: true,
  promisedDate: true,
});

export const DraftInputSchema = z.object({
  kind: z.enum(DRAFT_KINDS),
  lang: z.enum(DRAFT_LANGUAGES),
  today: isoDate,
  invoice: DraftInvoiceSchema,
  client: z
    .object({
      /** The person written to ("Jean Roux"), from the invoice e-mail's To header; null for "Madame, Monsieur". */
      contactName: z.string().trim().nullable().default(null),
      /** Postal address, lines separated by "\n" (the formal letter needs it). */
      postalAddress: z.string().trim().nullable().default(null),
      phone: z.string().trim().nullable().default(null),
      /** business (the default) or consumer: the law differs (no 40 € indemnity for a consumer). */
      kind: z.enum(['business', 'consumer']).default('business'),
    })
    .prefault({}),
  recipients: z
    .object({
      /** The debtor's addresses; empty → the receivable's debtorEmail. */
      to: z.array(email).default([]),
      cc: z.array(email).default([]),
      /** Copied on the firm reminder and the formal notice (the client's manager, accounts payable). */
      escalationCc: z.array(email).default([]),
      /** Who receives the hand-over note (recovery agency, lawyer). */
      handoverTo: z.array(email).default([]),
    })
    .prefault({}),
  /** The payment a thank-you answers: its day and amount (the invoice's amount when not given). */
  payment: z
    .object({ date: isoDate.nullable().default(null), amount: z.number().positive().nullable().default(null) })
    .prefault({}),
  /** File names of the invoice documents attached to the source e-mail, re-attached to the draft. */
  invoiceAttachments: z.array(z.string().min(1)).default([]),
  history: DraftHistorySchema.prefault({}),
  profile: CompanyProfileSchema,
  userTemplates: z.array(UserTemplateSchema).default([]),
  rates: RateTableSchema.optional(),
  plan: PlanOptionsSchema.optional(),
  /** Days given by the formal notice to pay (from the letter's date). */
  formalDelayDays: z.number().int().min(1).max(60).default(8),
});
export type DraftInput = z.input<typeof DraftInputSchema>;
export type DraftInputParsed = z.output<typeof DraftInputSchema>;
