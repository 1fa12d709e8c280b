import type { MailMessage } from '../mail/model';
import { fold } from '../text/fold';
import { extractTextFields } from '../extract/fields/text-fields';
import { cueRegex } from './cues';

/** A notice that a payment WAS received for named invoices (Stripe, GoCardless, PayPal, a bank, the invoicing tool). */
export interface PaymentNotice {
  messageId: string;
  date: string | null;
  invoiceNumbers: string[];
  amount: number | null;
  currency: string | null;
}

const RECEIVED = cueRegex([
  'paiement recu', 'paiement encaisse', 'reglement recu', 'virement recu', 'a paye', 'a regle', 'facture payee', 'facture reglee', 'nouveau paiement',
  'payment received', 'you received a payment', 'you have received a payment', 'has paid', 'paid invoice', 'invoice paid', 'payment confirmation', 'payment successful', 'payment succeeded',
  'zahlungseingang', 'zahlung erhalten', 'hat bezahlt', 'pago recibido', 'ha pagado', 'pagamento ricevuto', 'ha pagato', 'betaling ontvangen',
]);
const FAILED = cueRegex(['echec', 'echoue', 'refuse', 'rejete', 'failed', 'declined', 'unsuccessful', 'fehlgeschlagen', 'abgelehnt', 'fallido', 'rechazado', 'fallito', 'rifiutato', 'mislukt']);

export function readPaymentNotice(message: MailMessage): PaymentNotice | null {
  const head = `${message.subject}\n${message.text.slice(0, 3000)}`;
  const folded = fold(head);
  if (!RECEIVED.test(folded) || FAILED.test(folded)) return null;
  const fields = extractTextFields(head, 'DMY');
  const invoiceNumbers = fields.invoiceNumbers.map((n) => n.value);
  if (invoiceNumbers.length === 0) return null;
  return {
    messageId: message.messageId,
    date: message.calendarDate,
    invoiceNumbers,
    amount: fields.amount?.value.value ?? null,
    currency: fields.amount?.value.currency ?? null,
  };
}
