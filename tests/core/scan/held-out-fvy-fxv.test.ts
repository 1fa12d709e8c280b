/** What the twenty-third session's third batch of unseen mailboxes (FVY–FXV) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { message } from '../../fixtures/mail';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it('« Il direttore ha autorizzato il bonifico, che partirà il 15 dicembre » promises that day', () => {
    expect(reply("ci scusiamo, l'insoluto è dovuto a un cambio di banca. Il direttore ha autorizzato il bonifico, che partirà il 15 dicembre p.v. per l'intero importo.", '2026-12-03')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
  });

  it("« La LCR a été acceptée …, elle sera payée à l'échéance » is a payment to come; an LCR accepted and sent back is paid", () => {
    expect(reply("Bien reçu la facture. La LCR a été acceptée dans notre espace banque (relevé LCR du 12/11), elle sera payée à l'échéance.", '2026-11-12').kind).not.toBe('paid');
    expect(reply('La traite a été acceptée et renvoyée à la banque.', '2026-11-12').kind).toBe('paid');
  });

  it('"AP initiated the ACH for INV-2026-050 today" pays', () => {
    expect(reply('Just a heads up that AP initiated the ACH for INV-2026-050 today ($18,500.00). It usually lands in 2-3 business days.', '2026-06-30').kind).toBe('paid');
  });

  it('« je vous poste les titres lundi » (CESU) promises Monday', () => {
    expect(reply("J'attends mes chéquiers CESU de la mutuelle, je vous poste les titres lundi.", '2026-12-03')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-07' });
  });

  it.each([
    ['de: « die Rechnung ist falsch adressiert … Bitte stornieren Sie die Rechnung »', 'Aber: die Rechnung ist falsch adressiert. Die Gasthaus Sonnenhof KG gibt es seit Juni nicht mehr. Bitte stornieren Sie die Rechnung und stellen Sie eine neue auf die GmbH aus, dann überweisen wir sofort.'],
    ['fr: « Pouvez-vous annuler celle-ci et en refaire une au bon nom ? »', "la facture doit être libellée au nom de la SELARL Roux & Associés, pas à mon nom propre. Notre comptable ne pourra pas la passer en l'état. Pouvez-vous annuler celle-ci et en refaire une au bon nom ?"],
  ])('the wrong company billed disputes: %s', (_name, text) => {
    expect(reply(text, '2026-11-20').kind).toBe('dispute');
  });
});

describe('payment notices', () => {
  it('a Belgian bank\'s « lot de domiciliations … exécuté » pays the invoice it names', () => {
    const text = "Votre lot de domiciliations SEPA Core a été exécuté.\nDate d'exécution : 20/11/2026\n\nDébiteur : SALLE LUMEN SRL – mandat SLB-DOM-0007\nMontant : 726,00 EUR\nRéférence : SLB-2026-098";
    expect(readPaymentNotice(mail({ subject: 'Encaissement de domiciliations – lot du 20/11/2026', text, from: 'no-reply@ing.be' }))).toMatchObject({ invoiceNumbers: ['SLB-2026-098'], amount: 726 });
  });
});

describe('invoice fields', () => {
  it('a table whose labels stand far from their amounts: the net to pay after the deposit', () => {
    const text = 'FACTURE N° FA-2026-0398\nDate de facture : 05/10/2026 – Échéance : 04/11/2026\n  Cours de ski, 90 heures x 60,00 €   5 400,00 € HT\n  TVA 20 %                                            1 080,00 €\n  Total TTC                                           6 480,00 €\n  Acompte versé le 02/07/2026 (facture FA-2026-0217)   -1 944,00 €\n  NET À PAYER                                         4 536,00 €';
    expect(extractTextFields(text, 'DMY').amount?.value.value).toBe(4536);
  });

  it('« Ce montant sera encaissé par domiciliation le 05/11/2026 » is the due date', () => {
    expect(extractTextFields('Voici la facture SLB-2026-100 du 20/10/2026.\nTotal : 484,00 €\nCe montant sera encaissé par domiciliation le 05/11/2026 (mandat SLB-DOM-0004).', 'DMY').dueDate?.value).toBe('2026-11-05');
  });

  it("an export's « Total (exkl. MWST) » with no tax written is what is owed; with a tax line, or a plain « Total HT », it is not", () => {
    expect(extractTextFields("Rechnung Nr.: RTA-2026-0398\nTotal (exkl. MWST, Lieferung verzollt): CHF 12'450.80\nZahlbar innert 30 Tagen netto", 'DMY').amount?.value).toEqual({ value: 12450.8, currency: 'CHF' });
    expect(extractTextFields("Total (exkl. MWST): CHF 1'000.00\nMWST 8.1 %: CHF 81.00", 'DMY').amount).toBeNull();
    expect(extractTextFields('Total HT : 1 000,00 €', 'DMY').amount).toBeNull();
  });

  it('a monthly statement whose body calls its own reference an invoice is that invoice', async () => {
    const statement = message({
      from: 'Clinique vétérinaire <compta@clinique-veto-nive.fr>',
      to: ['GAEC Bidegain <gaec.bidegain@orange.fr>'],
      subject: 'Relevé mensuel septembre 2026 - F2026-0419',
      text: 'Bonjour,\nVoici votre relevé mensuel de septembre.\nFacture F2026-0419 - date de facture : 30/09/2026\nTotal HT   779,50 €\nTVA 20 %   155,90 €\nTotal TTC  935,40 €\nRèglement : 30 jours fin de mois.',
      date: '2026-10-02T09:00:00+02:00',
    });
    const [r] = await scanMessages([statement], { me: ['clinique-veto-nive.fr'], today: '2026-12-07' });
    expect(r).toMatchObject({ invoiceNumber: 'F2026-0419', amount: 935.4, issueDate: '2026-09-30' });
    // (a statement that names no invoice of its own is still no invoice)
    const plain = message({ from: 'Clinique vétérinaire <compta@clinique-veto-nive.fr>', to: ['GAEC Bidegain <gaec.bidegain@orange.fr>'], subject: 'Relevé de compte septembre 2026 - R2026-09', text: 'Bonjour,\nVoici votre relevé de compte : factures F2026-0301 et F2026-0355, solde 1 200,00 €.', date: '2026-10-02T09:00:00+02:00' });
    expect(await scanMessages([plain], { me: ['clinique-veto-nive.fr'], today: '2026-12-07' })).toEqual([]);
  });
});
