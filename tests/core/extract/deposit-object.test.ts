import { describe, expect, it } from 'vitest';
import { namesDepositInvoice } from '../../../shared/core/extract/fields/deposit-invoice';

describe('a deposit invoice named by its object (held-out EVX)', () => {
  it('« Objet : Acompte n°1 – restauration du cotre …, 30 % du devis » is a deposit invoice; a deduction of it is not', () => {
    expect(namesDepositInvoice('facture n° f2026-0187\nobjet : acompte n°1 – restauration du cotre « maria-lucas » (1931), 30 % du devis d2026-041')).toBe(true);
    expect(namesDepositInvoice('facture de solde f2026-0199\ndeduction acompte n°1 : -4 500,00 €')).toBe(false);
    expect(namesDepositInvoice('facture n° f2026-0200\nacompte n°1 deja verse : 4 500,00 €')).toBe(false);
  });
});

describe('the deposit wordings start a word (one lookbehind before them all)', () => {
  it('each wording counts at the start of the text, after a space or a sign, and never inside a word', () => {
    for (const wording of [
      "facture d'acompte",
      'acompte de 30 %',
      "30 % d'acompte",
      'deposit invoice',
      'invoice for the 40% deposit',
      'anzahlungsrechnung',
      'factura de anticipo',
      "fattura d'acconto",
      'voorschotfactuur',
      'acompte n°1',
      'deposit (40%): usd 12,480.00',
    ]) {
      expect(namesDepositInvoice(wording)).toBe(true);
      expect(namesDepositInvoice(`objet\n${wording}`)).toBe(true);
      expect(namesDepositInvoice(`(${wording}`)).toBe(true);
      // (a wording holding a share may still match from its figures: « x30 % d'acompte » names « 30 % d'acompte »)
      if (!/\d/.test(wording)) expect(namesDepositInvoice(`x${wording}`)).toBe(false);
    }
    expect(namesDepositInvoice('xacompte de 30 %')).toBe(false);
    expect(namesDepositInvoice('xdeposit (40%): usd 12,480.00')).toBe(false);
    // (the title opening on the deposit word, at the start of the text only)
    expect(namesDepositInvoice('acompte – az-2026-0490 – 2 664,00 €')).toBe(true);
    expect(namesDepositInvoice('objet : acompte n°1')).toBe(true);
  });
});
