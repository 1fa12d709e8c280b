import { describe, expect, it } from 'vitest';
import { namesDepositInvoice } from '../../../shared/core/extract/fields/deposit-invoice';

describe('a deposit invoice named by its object (held-out EVX)', () => {
  it('« Objet : Acompte n°1 – restauration du cotre …, 30 % du devis » is a deposit invoice; a deduction of it is not', () => {
    expect(namesDepositInvoice('facture n° f2026-0187\nobjet : acompte n°1 – restauration du cotre « maria-lucas » (1931), 30 % du devis d2026-041')).toBe(true);
    expect(namesDepositInvoice('facture de solde f2026-0199\ndeduction acompte n°1 : -4 500,00 €')).toBe(false);
    expect(namesDepositInvoice('facture n° f2026-0200\nacompte n°1 deja verse : 4 500,00 €')).toBe(false);
  });
});
