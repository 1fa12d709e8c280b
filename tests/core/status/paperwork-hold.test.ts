import { describe, expect, it } from 'vitest';
import { asksForOrderNumber, waitsForPaperwork, withoutPaperworkSentences } from '../../../shared/core/status/paperwork-hold';
import { mail } from './mail';

describe('a payment held for an order number (held-out CKZ, CKW)', () => {
  it('« Pourriez-vous nous renvoyer la facture avec notre numéro de bon de commande ? Elle ne peut pas être mise en paiement sans. » asks for it', () => {
    const m = mail({ text: 'Bonjour,\nPourriez-vous nous renvoyer la facture avec notre numéro de bon de commande (BC 2026-0457) ? Elle ne peut pas être mise en paiement sans.\nCordialement,' });
    expect(waitsForPaperwork(m)).toBe(true);
    expect(asksForOrderNumber(m)).toBe(true);
  });
  it('"Our system requires a PO number before we can process it. Could you please reissue it with PO 4500-2291?" asks for it', () => {
    const m = mail({ text: 'Dear Dr Fabre,\nThank you for your invoice. Our system requires a PO number before we can process it. Could you please reissue it with PO 4500-2291?\nBest regards,' });
    expect(asksForOrderNumber(m)).toBe(true);
  });
  it('a reply that holds nothing for a paper does not', () => {
    expect(waitsForPaperwork(mail({ text: 'Merci, nous ne pouvons pas venir sans prévenir.' }))).toBe(false);
    expect(asksForOrderNumber(mail({ text: 'Merci pour la facture, le règlement suivra.' }))).toBe(false);
  });
});

describe('a document missing, the invoice also said contested (held-out DZW)', () => {
  it('« Sans ce document la facture est bloquée et contestée » keeps the dispute beside the paperwork', () => {
    expect(withoutPaperworkSentences('Nous ne pouvons pas mettre la facture SME-2026-0418 en paiement : le certificat de conformité ne figure pas dans le colis. Sans ce document la facture est bloquée et contestée.')).toContain('contestée');
    expect(withoutPaperworkSentences('Merci de nous transmettre le bon de commande. Sans ce document la facture est bloquée.')).not.toContain('bloquée');
  });
});
