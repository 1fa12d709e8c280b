import { describe, expect, it } from 'vitest';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { replacedNumbers } from '../../../shared/core/scan/superseded-invoice';
import { message } from '../../fixtures/mail';

const me = ['montage-alpin.fr'];
const lea = 'Léa Morand <lea@montage-alpin.fr>';

describe('an invoice replaced by a corrected one that says so (held-out DWW)', () => {
  it('reads the numbers a corrected invoice replaces, in French, English and German', () => {
    expect(replacedNumbers('Facture rectifiée avec PO 4500018822 (annule et remplace LM-2026-073)')).toEqual(['lm-2026-073']);
    expect(replacedNumbers('This invoice supersedes invoice INV-1042.')).toEqual(['inv-1042']);
    expect(replacedNumbers('Diese Rechnung ersetzt die Rechnung RE-2026-17.')).toEqual(['re-2026-17']);
    expect(replacedNumbers('Nous remplaçons la pièce défectueuse.')).toEqual([]);
  });

  it('drops the replaced invoice, sent earlier to the same client, and keeps the corrected one', async () => {
    const first = message({ from: lea, to: ['compta@glisse.fr'], subject: 'Facture LM-2026-073', text: 'Facture LM-2026-073 du 15/09/2026\nTotal TTC : 3 840,00 €', date: '2026-09-15T10:00:00+02:00' });
    const corrected = message({ from: lea, to: ['c.perrin@glisse.fr'], subject: 'Facture LM-2026-074', text: 'Facture LM-2026-074 du 25/09/2026, facture rectifiée avec PO 4500018822 (annule et remplace LM-2026-073)\nTotal TTC : 3 840,00 €', date: '2026-09-25T10:00:00+02:00' });
    const other = message({ from: lea, to: ['compta@autre-client.fr'], subject: 'Facture LM-2026-075', text: 'Facture LM-2026-075 du 26/09/2026\nTotal TTC : 1 200,00 €', date: '2026-09-26T10:00:00+02:00' });
    const rs = await scanMessages([first, corrected, other], { me, today: '2026-11-20' });
    expect(rs.map((r) => r.invoiceNumber).sort()).toEqual(['LM-2026-074', 'LM-2026-075']);
  });

  it('keeps an invoice another client\'s invoice names as replaced', async () => {
    const first = message({ from: lea, to: ['compta@glisse.fr'], subject: 'Facture LM-2026-073', text: 'Facture LM-2026-073 du 15/09/2026\nTotal TTC : 3 840,00 €', date: '2026-09-15T10:00:00+02:00' });
    const elsewhere = message({ from: lea, to: ['compta@autre-client.fr'], subject: 'Facture LM-2026-080', text: 'Facture LM-2026-080 (annule et remplace LM-2026-073)\nTotal TTC : 500,00 €', date: '2026-09-25T10:00:00+02:00' });
    const rs = await scanMessages([first, elsewhere], { me, today: '2026-11-20' });
    expect(rs.map((r) => r.invoiceNumber).sort()).toEqual(['LM-2026-073', 'LM-2026-080']);
  });
});
