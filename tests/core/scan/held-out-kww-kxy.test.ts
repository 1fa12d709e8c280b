/** What the twenty-fourth session's last batch of unseen mailboxes (KWW–KXY) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { message } from '../../fixtures/mail';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it("« Je viens de voir que l'échéance est passée, pardon !! … je fais le virement moi-même lundi sans faute » promises: the due date passed, no payment", () => {
    expect(reply("Claire,\nJe viens de voir que l'échéance est passée, pardon !! Mon comptable est en congé cette semaine, je fais le virement moi-même lundi sans faute.", '2026-12-03')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-07' });
  });

  it("« Virement de l'acompte (2 160 €) effectué ce matin » pays a deposit invoice", async () => {
    const us = 'claire@maroquinerie.example';
    const invoice = message({ from: `Claire <${us}>`, to: ['Thomas Lenoir <t.lenoir@hotel.example>'], subject: "Facture d'acompte MM-2026-101 – porte-clés", text: "Facture d'acompte n° MM-2026-101 – 20/10/2026\nAcompte 30 % : 1 800,00 € HT – TVA 360,00 € – soit 2 160,00 € TTC\nPayable à réception.", date: '2026-10-20T11:18:00+02:00', id: '<d1@maroquinerie.example>' });
    const paid = message({ from: 'Thomas Lenoir <t.lenoir@hotel.example>', to: [`Claire <${us}>`], subject: "RE: Facture d'acompte MM-2026-101 – porte-clés", text: "Bonjour Madame Vasseur,\nVirement de l'acompte (2 160 €) effectué ce matin par notre comptabilité, réf. MM-2026-101. Vous pouvez lancer la fabrication.", date: '2026-10-22T09:04:00+02:00', inReplyTo: '<d1@maroquinerie.example>' });
    const [r] = await scanMessages([invoice, paid], { me: ['maroquinerie.example'], today: '2026-12-07' });
    expect(r).toMatchObject({ invoiceNumber: 'MM-2026-101', status: 'paid' });
  });
});

describe('payment notices', () => {
  it("« je vous l'enverrai dès réception de votre règlement » is no payment received", () => {
    expect(readPaymentNotice(mail({ subject: 'RE: Facture FA-2026-0715 (duplicata)', text: "Voici le duplicata de votre facture FA-2026-0715 (1 134,00 € TTC, échéance 30/12/2026). Pour la facture acquittée, je vous l'enverrai dès réception de votre règlement.", from: 'claire@audition.example' }))).toBeNull();
  });
});

describe('invoice fields', () => {
  it('« Montant à votre charge : 3 560,00 € TTC » is what the patient owes', () => {
    expect(extractTextFields('Facture n° FA-2026-0587 – 22/09/2026\n2 aides auditives : 3 980,00 € TTC\nPrise en charge Sécurité sociale : - 420,00 €\nMontant à votre charge : 3 560,00 € TTC\nPayable à 30 jours.', 'DMY').amount?.value.value).toBe(3560);
  });
});
