/** What the twenty-third session's second batch of unseen mailboxes (EZV–FVX) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { findPaymentTerms } from '../../../shared/core/extract/locale/terms';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { message } from '../../fixtures/mail';
import { mail } from '../status/mail';

const reply = (text: string, date: string, context?: Parameters<typeof classifyClientReply>[1]) => classifyClientReply(mail({ text, date }), context);

describe('client replies', () => {
  it('"I\'ve chased AP and they\'ll pay it by the end of next week" promises', () => {
    expect(reply("So sorry, this one slipped through during our finance system migration. I've chased AP and they'll pay it by the end of next week.", '2026-11-26')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-04' });
  });

  it.each([
    ['« Cette facture ne peut pas être adressée à … Notre expert-comptable la rejette »', 'Cette facture ne peut pas être adressée à Bande à Part : le clip a été produit par la société dédiée « Le Dernier Été Film SAS ». Notre expert-comptable la rejette. Il faut l\'annuler et la refaire au bon nom.'],
    ['« elle est libellée au nom du « Lycée agricole », alors que la commande a été passée par l\'EPLEFPA … seul habilité à payer »', "Nous ne pouvons pas mettre cette facture en paiement : elle est libellée au nom du « Lycée agricole de Florac », alors que la commande a été passée par l'EPLEFPA de la Lozère, seul habilité à payer."],
  ])('the wrong company billed disputes: %s', (_name, text) => {
    expect(reply(text, '2026-10-15').kind).toBe('dispute');
  });

  it("« qui s'occupe des règlements le vendredi » is the payer's routine, no promise", () => {
    expect(reply("Bonjour,\nbien reçu, je transmets au docteur qui s'occupe des règlements le vendredi.\nCordialement,", '2026-12-02').kind).not.toBe('promise');
  });

  it('a transfer for another invoice, named by its payment reference, does not pay this one; the sentence about this one promises', () => {
    const r = reply('wir haben heute 5.708,50 EUR unter Abzug von 2 % Skonto überwiesen (Verwendungszweck: FV-2026-0459). Die Zahlung für FV-2026-0388 folgt wie besprochen im Dezember.', '2026-11-26', { invoiceNumber: 'FV-2026-0388' });
    expect(r.kind).not.toBe('paid');
  });
});

describe('payment notices', () => {
  it('a batch of debits credited, its rejections « voir avis séparés », pays the invoices it lists', () => {
    const text = "Votre remise de prélèvements SEPA CORE du 10/11/2026 a été créditée.\n\nNombre d'opérations : 14 – Montant total : 13 486,20 EUR\nDétail (extrait) :\nHANS MARC        FV-2026-0421   1 047,90 EUR   Crédité\nGEHIN ANNIE      FV-2026-0452     624,40 EUR   Crédité\n...\nOpérations rejetées : voir avis séparés.";
    expect(readPaymentNotice(mail({ subject: 'Remise de prélèvements SEPA - compte rendu', text, from: 'noreply@creditmutuel.fr' }))?.invoiceNumbers).toEqual(['FV-2026-0421', 'FV-2026-0452']);
    // (a rejection stated is still one: the debit was taken back)
    const rejected = readPaymentNotice(mail({ subject: 'Prélèvement rejeté', text: 'Le prélèvement de la facture FV-2026-0421 a été rejeté : provision insuffisante.', from: 'noreply@creditmutuel.fr' }));
    expect(rejected?.reversed || rejected?.rejected).toBe(true);
  });
});

describe('invoice fields', () => {
  it('« Facture FG-2026-0390 – 30/09/2026 »: the title line dates the invoice', () => {
    expect(extractTextFields('Ton relevé de septembre :\nFacture FG-2026-0390 – 30/09/2026\nNet à payer : 2 215,20 €\nÉchéance : 30 jours fin de mois.', 'DMY').issueDate?.value).toBe('2026-09-30');
  });

  it("a deposit line's invoice date is the deposit invoice's, not this one's", () => {
    const text = 'Facture FV-2026-0415 – 08/10/2026\nTotal TTC : 8 316,00 €\nAcompte versé (facture FV-2026-0377 du 10/09/2026) : - 2 500,00 €\nReste à payer : 5 816,00 €';
    expect(extractTextFields(text, 'DMY').issueDate?.value).toBe('2026-10-08');
  });

  it('« a 60 días desde la fecha de factura » are 60 days net', () => {
    expect(findPaymentTerms('Forma de pago: transferencia a 60 días desde la fecha de factura.')?.terms).toEqual({ kind: 'net', days: 60 });
  });

  it("« Mémoire IA-2026-044 », a court translator's bill, is an invoice", async () => {
    const memoire = message({
      from: 'Claire Morel <claire.morel@interpretes-azur.fr>',
      to: ["Cour d'appel - Frais de justice <sar.ca-aix@justice.fr>"],
      subject: 'Mémoire IA-2026-044 – traduction arrêt (it>fr) – RG 25/04412',
      text: "Madame, Monsieur,\nSuite à l'ordonnance de commission du 22 avril 2026, vous trouverez ci-dessous mon mémoire pour la traduction de l'arrêt.\nMémoire n° IA-2026-044 du 6 mai 2026\n- Traduction 14 pages x 70,00 € ............ 980,00 € HT\n- TVA 20 % ................................. 196,00 €\n- TOTAL TTC ............................... 1 176,00 €\nDélai de paiement : 30 jours.",
      date: '2026-05-06T16:30:00+02:00',
    });
    const [r] = await scanMessages([memoire], { me: ['interpretes-azur.fr'], today: '2026-06-10' });
    expect(r).toMatchObject({ invoiceNumber: 'IA-2026-044', amount: 1176, issueDate: '2026-05-06', dueDate: '2026-06-05' });
  });
});
