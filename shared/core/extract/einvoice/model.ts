import { z } from 'zod';

/** What a structured e-invoice (Factur-X / ZUGFeRD CII, ZUGFeRD 1.0, UBL) says, read exactly. */
export const EInvoiceSchema = z.object({
  syntax: z.enum(['CII', 'ZUGFeRD1', 'UBL']),
  /** UNTDID 1001 code: 380 invoice, 381 credit note, 384 corrected, 386 prepayment, 389 self-billed… */
  typeCode: z.string().nullable(),
  documentKind: z.enum(['invoice', 'credit-note', 'corrected-invoice', 'prepayment-invoice', 'self-billed', 'other']),
  invoiceNumber: z.string().nullable(),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  /** DuePayableAmount / PayableAmount: what is left to pay. */
  amountDue: z.number().nullable(),
  grandTotal: z.number().nullable(),
  currency: z.string().nullable(),
  sellerName: z.string().nullable(),
  sellerEmail: z.string().nullable(),
  buyerName: z.string().nullable(),
  buyerEmail: z.string().nullable(),
  paymentTermsText: z.string().nullable(),
  /** Guideline / customization id (profile). */
  guidelineId: z.string().nullable(),
});
export type EInvoice = z.infer<typeof EInvoiceSchema>;
