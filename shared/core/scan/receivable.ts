import { z } from 'zod';

/** One receivable invoice as `relance scan --json` prints it (the CLI contract; other tools depend on it). */
export const ReceivableSchema = z.object({
  messageId: z.string(),
  invoiceNumber: z.string().nullable(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  debtorEmail: z.string().nullable(),
  debtorName: z.string().nullable(),
  status: z.enum(['open', 'paid', 'disputed', 'promised']),
  promisedDate: z.string().nullable(),
  remindersSent: z.number().int().nonnegative(),
  daysOverdue: z.number().int().nullable(),
  nextStage: z.enum(['none', 'courteous', 'firm', 'formal']),
});
export type Receivable = z.infer<typeof ReceivableSchema>;
