/** What the twenty-third session's seventh batch of unseen mailboxes (GXV–GYX) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { findPaymentTerms } from '../../../shared/core/extract/locale/terms';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { mail } from '../status/mail';

describe('client replies', () => {
  it("Swiss German « lösed d'Zahlig am 15. Dezember … us » promises that day", () => {
    const r = classifyClientReply(mail({ text: "Entschuldigung für d'Verspätig, d'Rechnig isch bi üs im Visum hänge blibe. Mir händ sie jetzt freigäh und lösed d'Zahlig am 15. Dezember mit em nächschte Zahlungslauf us.", date: '2026-11-24' }));
    expect(r).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
  });

  it('"payment of the deposit 4.250,00 EUR is done today" pays (a deposit invoice\'s reply)', () => {
    // (on a deposit invoice the deposit is the whole of it; elsewhere a deposit paid is a part)
    expect(classifyClientReply(mail({ text: 'payment of the deposit 4.250,00 EUR is done today.', date: '2026-05-22' }), { depositInvoice: true }).kind).toBe('paid');
    expect(classifyClientReply(mail({ text: 'payment of the deposit 4.250,00 EUR is done today.', date: '2026-05-22' })).kind).not.toBe('paid');
    expect(classifyClientReply(mail({ text: 'The payment of the invoice 4.250,00 EUR is done today.', date: '2026-05-22' })).kind).toBe('paid');
  });
});

describe('invoice fields', () => {
  it('« Paiement à 30 jours à réception » is 30 days, « Paiement à réception » on receipt', () => {
    expect(findPaymentTerms('Paiement à 30 jours à réception.')?.terms).toEqual({ kind: 'net', days: 30 });
    expect(findPaymentTerms('Paiement à réception.')?.terms).toEqual({ kind: 'on-receipt' });
  });

  it("a thing's short number (« la batterie du vélo n°14 ») gives way to the invoice's own « N° F-2026-0395 »", () => {
    const text = 'Voici la facture pour le remplacement de la batterie du vélo n°14 (Bosch PowerPack 625).\nN° F-2026-0395 — 08/10/2026\nTotal TTC : 1 134,00 €';
    expect(extractTextFields(text, 'DMY').invoiceNumbers[0]?.value).toBe('F-2026-0395');
  });
});
