import type { InvoiceRow } from '../ledger/schemas';
import type { InvoiceView } from './messages';

/** The ledger's statuses as the UIs and the row labels name them. */
export function viewStatus(row: InvoiceRow): InvoiceView['status'] {
  switch (row.state.status) {
    case 'paid':
    case 'cancelled':
      return 'paid';
    case 'disputed':
      return 'disputed';
    case 'promised':
      return 'promised';
    default:
      return 'open';
  }
}
