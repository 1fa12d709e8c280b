import { describe, expect, it } from 'vitest';
import { paysTheirInvoice } from '../../../shared/core/detect/paid-their-invoice';

describe('paysTheirInvoice', () => {
  it.each([
    'Bonjour Julie,\n\nVotre facture 2026-12 (798,60 €) a été payée ce matin.',
    'Hi Tom, we have paid your invoice INV-88 today.',
    'Hallo Herr Maier, wir haben Ihre Rechnung 2026-41 heute überwiesen.',
    'Ihre Rechnung RE-17 wurde heute bezahlt.',
    'Hola Marta, su factura 2026/33 ha sido pagada.',
    'Uw factuur 2026-0031 is betaald.',
  ])('the recipient’s invoice paid by the user: %j', (text) => {
    expect(paysTheirInvoice(text)).toBe(true);
  });

  it.each([
    'Bonjour, veuillez trouver ci-joint votre facture F-2026-131.',
    'Please find your invoice INV-0042 attached. Payment is due within 30 days.',
    'Voici votre facture ; elle est payable à réception.',
    'Anbei Ihre Rechnung RE-2026-0427, zahlbar bei Erhalt.',
  ])('an invoice sent to the client: %j', (text) => {
    expect(paysTheirInvoice(text)).toBe(false);
  });
});
