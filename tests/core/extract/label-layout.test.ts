/** Labels above their values and header rows above value rows are put on one line; other text is left alone. */
import { describe, expect, it } from 'vitest';
import { joinLabelLayouts } from '../../../shared/core/extract/fields/label-layout';
import { forwardedFrom } from '../../../shared/core/mail/forwarded';

describe('joinLabelLayouts', () => {
  it('puts a value under its label on the label line', () => {
    expect(joinLabelLayouts('Montant dû\n2 160,00 €\n\nÉchéance :\n31 décembre 2026')).toBe('Montant dû  2 160,00 €\n\nÉchéance :  31 décembre 2026');
    expect(joinLabelLayouts('Invoice Date:\n03/20/2023')).toBe('Invoice Date:  03/20/2023');
  });

  it('pairs a row of header cells with the row of values below it, cell by cell', () => {
    expect(joinLabelLayouts('N° facture  Date  Échéance  Total TTC\n\nFA00045  20/11/2026  31/12/2026  480,00 €')).toBe(
      'N° facture : FA00045\nDate : 20/11/2026\nÉchéance : 31/12/2026\nTotal TTC : 480,00 €',
    );
  });

  it('leaves sentences, rows of unequal length and lines under a non-label alone', () => {
    const text = 'Bonjour Madame,\n12 rue des Lilas\nDescription  Qté  Prix\nPose  2\nMerci pour votre confiance\n2026 sera une belle année';
    expect(joinLabelLayouts(text)).toBe(text);
  });
});

describe('forwardedFrom', () => {
  it('reads the From line of the forwarded header block, in any language', () => {
    expect(forwardedFrom('FYI\n\n---------- Forwarded message ---------\nFrom: Adobe <no-reply@adobe.com>\nDate: Mon')).toEqual({ name: 'Adobe', address: 'no-reply@adobe.com' });
    expect(forwardedFrom('-------- Message transféré --------\nDe : Orange <facture@orange.fr>')).toEqual({ name: 'Orange', address: 'facture@orange.fr' });
    expect(forwardedFrom('Pour la compta, merci.')).toBeNull();
  });
});
