import type { InvoiceEvent, NewInvoiceEvent } from '../../../shared/core/schedule/events';

/** Builds a history: each event recorded one minute after the previous, on its own `on` day. */
export function history(...items: NewInvoiceEvent[]): InvoiceEvent[] {
  return items.map((e, i) => ({
    id: `e${String(i).padStart(3, '0')}`,
    invoiceId: 'inv',
    clientId: 'client',
    source: 'user',
    ...e,
    at: e.at ?? new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
  }) as InvoiceEvent);
}
