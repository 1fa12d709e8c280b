import { daysBetween, type IsoDate } from '../calendar/iso-date';
import type { InvoiceState } from './history';

/**
 * When Relance proposes to thank a client: the invoice is paid in full (by hand, from the client's reply or
 * from a payment notice), the user wants thank-you drafts, the client was not thanked yet, and the payment is
 * recent — an invoice paid last year and read today for the first time gets no thank-you out of the blue.
 */
export const THANK_YOU_WITHIN_DAYS = 30;

export function thankYouProposed(state: Pick<InvoiceState, 'status' | 'settledOn' | 'thankedOn'>, today: IsoDate, settings: { thankYou: boolean }): boolean {
  if (!settings.thankYou || state.status !== 'paid' || state.thankedOn !== null || state.settledOn === null) return false;
  const since = daysBetween(state.settledOn, today);
  return since >= 0 && since <= THANK_YOU_WITHIN_DAYS;
}
