/** What the twenty-fourth session's unseen mailboxes (HVW–HWY, and two misses left from the twenty-third) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';

const fields = (text: string) => extractTextFields(text, 'DMY');

describe('invoice fields', () => {
  it('« Voici la facture de novembre pour Inès :⏎F-2026-1101 du 02/11/2026 » numbers the invoice with no label', () => {
    expect(fields('Coucou Aurélie,\n\nVoici la facture de novembre pour Inès :\nF-2026-1101 du 02/11/2026\nCours collectif (4 séances) : 160,00 €').invoiceNumbers[0]?.value).toBe('F-2026-1101');
    // (not an order's reference under a line that names no invoice)
    expect(fields('Bonjour,\n\nVotre commande :\nCMD-2026-1101 du 02/11/2026\nTotal : 160,00 €').invoiceNumbers).toEqual([]);
  });

  it('« Retenue de garantie 5 % du marché TTC : 3 150,00 € » on a retention release bills the share', () => {
    expect(fields('Facture FA-2026-0470 du 20/10/2026\nRetenue de garantie 5 % du marché TTC : 3 150,00 €\nPayable à réception.').amount?.value.value).toBe(3150);
    // (a share's base after « de » is still the whole, not the amount billed)
    expect(fields("Facture d'acompte FA-2026-0470 du 20/10/2026\nAcompte 30 % du montant total de 5 000,00 €").amount).toBeNull();
  });
});
