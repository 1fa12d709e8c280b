/**
 * The comparison key of an invoice number: "2026/340", "2026-340" and "Invoice 2026-340.pdf" name the same
 * invoice (file names cannot hold a slash), so only letters and digits count.
 */
export function numberKey(invoiceNumber: string): string {
  return invoiceNumber.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
