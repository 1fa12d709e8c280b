/**
 * What a host gives `buildGroupedDraft`: every invoice a client still owes (each with its facts, its own
 * history and the file names of its documents), the client, the recipients and the company. Plain data,
 * checked with zod. The builder decides which invoices the reminder chases (overdue), which it only lists
 * as coming up (not yet due) and which it leaves out (paid, disputed, paused by a promise, no due date).
 */
import { z } from 'zod';
import { isValidIsoDate } from '../calendar/iso-date';
import { DRAFT_LANGUAGES, GROUP_STAGES } from '../ladder/stages';
import { CompanyProfileSchema } from '../profile/company-profile';
import { RateTableSchema } from '../law/rates';
import { DraftHistorySchema, DraftInputSchema, DraftInvoiceSchema, UserTemplateSchema } from './input';

const isoDate = z.string().refine(isValidIsoDate, 'a date written YYYY-MM-DD');

export const GroupMemberSchema = z.object({
  /** The host's id for the invoice (the ledger's), so it knows where to record the reminder. */
  id: z.string().min(1),
  /** The invoice's facts; `amount` is what is still owed (the balance after partial payments). */
  invoice: DraftInvoiceSchema,
  /** This invoice's own reminders, promises and calls (`pastLatePayments` is the group's, below). */
  history: DraftHistorySchema.prefault({}),
  /** File names of its documents (the invoice PDF), re-attached to the reminder. */
  attachments: z.array(z.string().min(1)).default([]),
  /** The stage this invoice's own chase is at (its next ladder step); null: counted from its reminders. */
  stage: z.enum(GROUP_STAGES).nullable().default(null),
});
export type GroupMember = z.input<typeof GroupMemberSchema>;
export type GroupMemberParsed = z.output<typeof GroupMemberSchema>;

export const GroupDraftInputSchema = z.object({
  /** The stage asked for; without it, the stage of the most advanced overdue invoice. */
  stage: z.enum(GROUP_STAGES).optional(),
  lang: z.enum(DRAFT_LANGUAGES),
  today: isoDate,
  invoices: z.array(GroupMemberSchema).min(1).max(200),
  /** List the invoices not yet due separately ("à venir"). */
  includeUpcoming: z.boolean().default(true),
  client: DraftInputSchema.shape.client,
  recipients: DraftInputSchema.shape.recipients,
  /** Earlier invoices of this client paid late: 2 or more → the firmer tone (as for one invoice). */
  pastLatePayments: z.number().int().nonnegative().default(0),
  profile: CompanyProfileSchema,
  userTemplates: z.array(UserTemplateSchema).default([]),
  rates: RateTableSchema.optional(),
  formalDelayDays: z.number().int().min(1).max(60).default(8),
});
export type GroupDraftInput = z.input<typeof GroupDraftInputSchema>;
export type GroupDraftInputParsed = z.output<typeof GroupDraftInputSchema>;
