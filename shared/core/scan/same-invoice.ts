import { numberKey } from '../extract/fields/number-key';

/** What tells two readings of an invoice apart. */
export interface InvoiceIdentity {
  invoiceNumber: string | null;
  amount: number | null;
  debtorEmail: string | null;
}

function domainOf(email: string | null): string | null {
  return email ? email.slice(email.lastIndexOf('@') + 1).toLowerCase() : null;
}

/**
 * Two readings are the same invoice sent twice (a duplicate on request, a copy, a forward to the accountant):
 * invoice numbers are unique for their issuer, so the same number is the same invoice — unless the amounts
 * differ (a mailbox may hold two companies' numbering, and a number misread from an address line is shared
 * by unrelated invoices). A very short number ("12") also needs the same client.
 */
export function sameInvoice(a: InvoiceIdentity, b: InvoiceIdentity): boolean {
  if (!a.invoiceNumber || !b.invoiceNumber) return false;
  const key = numberKey(a.invoiceNumber);
  if (key !== numberKey(b.invoiceNumber)) return false;
  if (a.amount !== null && b.amount !== null && Math.abs(a.amount - b.amount) >= 0.005) return false;
  return key.length >= 3 || domainOf(a.debtorEmail) === domainOf(b.debtorEmail);
}
