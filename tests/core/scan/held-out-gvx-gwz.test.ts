/** What the twenty-third session's sixth batch of unseen mailboxes (GVX–GWZ) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { message } from '../../fixtures/mail';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it.each([
    ['it: « Finché il problema non sarà risolto non possiamo liquidare la fattura, che per ora è sospesa »', 'la perdita sul criostato si è ripresentata dopo due giorni. Finché il problema non sarà risolto non possiamo liquidare la fattura, che per ora è sospesa.'],
    ["fr: « La facture n'est pas au bon nom … On ne paie pas celle-ci. »", "La facture n'est pas au bon nom : l'installation a été commandée par la SCEA Mas Bernat, pas par l'EARL Bernat Frères. Notre comptable ne peut pas la passer comme ça, merci de nous refaire une facture au nom de la SCEA. On ne paie pas celle-ci."],
  ])('%s disputes', (_name, text) => {
    expect(reply(text, '2026-11-25').kind).toBe('dispute');
  });

  it("« on a enfin réglé la question du partage » settles a matter, not the invoice; the transfer is promised", () => {
    expect(reply("desolé pour le retard, on a enfin reglé la question du partage entre nous trois, c'est moi qui avance tout. je fais le virement vendredi prochain pour la totalité.", '2026-11-26')).toMatchObject({ kind: 'promise' });
  });

  it('"It was approved and paid in yesterday\'s payment run … You should see it early next week" pays', () => {
    expect(reply("Apologies for the delay - the invoice was sitting with marketing for sign-off. It was approved and paid in yesterday's payment run (EUR 18,456.00, SEPA, ref GB-2026-031). You should see it early next week.", '2026-11-13').kind).toBe('paid');
  });
});

describe('invoice fields', () => {
  it("another party's invoice named in a recharge line (« facture clinique n° 2026-4471 ») is not this invoice's number", () => {
    const text = "Je vous refacture l'intervention d'urgence du vétérinaire.\n\nFacture FA-2026-0331 – 05/11/2026\nRefacturation frais vétérinaires – facture clinique n° 2026-4471 : 386,40 € TTC\nDate d'échéance : 20/11/2026";
    expect(extractTextFields(text, 'DMY').invoiceNumbers[0]?.value).toBe('FA-2026-0331');
  });

  it('« À payer avant le 10/11. » under an invoice dated 02/11/2026 is due 10 November 2026', () => {
    expect(extractTextFields('Facture F-2026-1108 – 02/11/2026\nForfait mensuel galop 4 : 210,00 €\nÀ payer avant le 10/11.', 'DMY').dueDate?.value).toBe('2026-11-10');
  });
});

describe('detection', () => {
  it("a note to the accountant whose subject says the invoice is contested sends no invoice", async () => {
    const note = message({
      from: 'Claire Lemonnier <claire@centre-equestre.example>',
      to: ['Sophie Roussel <sophie.roussel@cabinet-compta.example>'],
      subject: 'Facture Garnier FA-2026-0331 contestée',
      text: "Bonjour Sophie,\n\nPour info, M. Garnier conteste la facture FA-2026-0331 (refacturation véto de 386,40 €). Je la laisse en attente, ne la relance pas dans les impayés de novembre.\n\nMerci,\nClaire",
      date: '2026-11-09T10:02:00+01:00',
    });
    expect(await scanMessages([note], { me: ['centre-equestre.example'], today: '2026-12-07' })).toEqual([]);
  });
});
