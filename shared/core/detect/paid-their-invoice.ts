import { fold } from '../text/fold';

/**
 * The user telling a supplier that the supplier's invoice is paid: "Votre facture 2026-12 a été payée ce
 * matin", "We have paid your invoice INV-88", "Ihre Rechnung wurde heute überwiesen". The invoice is the
 * recipient's, the money went out: no receivable of the user's, whatever number and amount it names.
 */
const W = '(?:\\S+\\s+){0,4}?';
const THEIR_INVOICE = '(?:votre|vos|your|ihre|su|sus|vuestra|la\\s+vostra|la\\s+sua|vostra|uw|je)\\s+(?:facture|factures|invoice|invoices|rechnung|rechnungen|factura|facturas|fattura|fatture|factuur|facturen)';
const PAID_THEIR = new RegExp(
  [
    `${THEIR_INVOICE}\\s+${W}(?:a\\s+ete|ont\\s+ete|est|sont|has\\s+been|have\\s+been|was|were|wurde|wurden|ist|sind|ha\\s+sido|han\\s+sido|e\\s+stata|sono\\s+state|is|zijn|werd)\\s+(?:bien\\s+|now\\s+|heute\\s+|today\\s+)?(?:payees?|reglees?|virees?|paid|settled|bezahlt|beglichen|uberwiesen|pagadas?|abonadas?|pagate?|saldate?|betaald|voldaan|overgemaakt)(?![a-z])`,
    `(?:nous\\s+avons|j'ai|we\\s+have|we've|i\\s+have|i've|wir\\s+haben|ich\\s+habe|hemos|abbiamo|wij\\s+hebben|we\\s+hebben)\\s+(?:bien\\s+|just\\s+|already\\s+|soeben\\s+|gerade\\s+)?(?:regle|paye|vire|paid|settled|pagado|pagato|saldato|betaald)\\s+${THEIR_INVOICE}`,
    `(?:wir\\s+haben|ich\\s+habe)\\s+${THEIR_INVOICE}\\s+${W}(?:bezahlt|beglichen|uberwiesen)`,
  ].join('|'),
);

/** Whether the e-mail's own words (quotes stripped) say the recipient's invoice was paid. */
export function paysTheirInvoice(body: string): boolean {
  return PAID_THEIR.test(fold(body.slice(0, 2000)));
}
