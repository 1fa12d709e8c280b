/** What the twenty-sixth session's third batch of unseen mailboxes (OXV–OYX) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { message } from '../../fixtures/mail';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it("« c'est réglé, j'ai fait le virement de 680 € ce week-end » pays: the weekend gone, not the one to come", () => {
    expect(reply("Salut Thomas,\nc'est réglé, j'ai fait le virement de 680 € ce week-end depuis le compte de l'asso.\nA bientôt pour le concert de Noël !\nGérard", '2026-10-26').kind).toBe('paid');
  });

  it('« C\'est réglé, le virement part demain » still promises tomorrow', () => {
    expect(reply("C'est réglé, le virement part demain.", '2026-10-26')).toMatchObject({ kind: 'promise', promisedDate: '2026-10-27' });
  });

  it('« la LCR partira le 15 décembre » promises that day', () => {
    expect(reply("Bonsoir Nathalie,\noui désolée, grosse période avec les arrivages d'agrumes, le comptable était en congé. J'ai vu avec lui : la LCR partira le 15 décembre, on la passe avec le relevé de novembre.", '2026-11-13')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
  });

  it('« Je ne puis accepter cette facture … Mon cabinet n\'est pas votre débiteur » disputes', () => {
    expect(reply("Chère Madame,\nJe ne puis accepter cette facture : la mission a été commandée pour le compte de notre cliente, la SA Immo Meuse, qui doit en être la destinataire et qui la réglera directement. Mon cabinet n'est pas votre débiteur. Je vous saurais gré d'annuler la facture et de la rééditer au nom d'Immo Meuse SA.", '2026-08-27').kind).toBe('dispute');
  });

  it('« Le mandat a été signé … La trésorerie nous indique un paiement le 11 décembre » promises that day', () => {
    expect(reply("Bonjour Monsieur Garnier,\nLe mandat a été signé par M. le Maire hier, il part à la Trésorerie d'Avallon. La trésorerie nous indique un paiement le 11 décembre.", '2026-11-27')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-11' });
  });

  it("« Ariba rejette la facture si la ligne n'est pas renseignée » states a rule: a question, no dispute", () => {
    expect(reply("Bonjour Gaëlle,\nBien reçu. Pouvez-vous me confirmer le numéro de poste de commande (line item) ? Ariba rejette la facture si la ligne n'est pas renseignée, je crois que c'est la ligne 20.", '2026-06-18').kind).not.toBe('dispute');
    expect(reply('Bonjour,\nAriba rejette la facture : le numéro de poste de commande est faux.', '2026-06-18').kind).toBe('dispute');
  });
});

describe('our own mail', () => {
  it('« je constate que la facture … ne nous a jamais été réglée » chases', () => {
    expect(classifyOwnFollowUp(mail({ text: 'Bonjour Monsieur Carré,\nEn faisant le point sur nos encours, je constate que la facture TPB-2026-031 (5 520,00 € TTC, échéance 18/07/2026) ne nous a jamais été réglée. Pouvez-vous vérifier si le mandat a été émis ?', subject: 'RE: Facture TPB-2026-031', from: 'mathieu@pierre.example' }))).toBe('reminder');
  });

  it('"nothing has reached our GBP account yet … Could you please make the transfer this week?" chases', () => {
    expect(classifyOwnFollowUp(mail({ text: "Dear Richard,\nI'm afraid nothing has reached our GBP account yet for invoice TPB-2026-047 (£8,450.00, due 4 November). Could you please make the transfer this week?\nKind regards,", subject: 'Re: Invoice TPB-2026-047', from: 'mathieu@pierre.example' }))).toBe('reminder');
  });
});

describe('invoice fields', () => {
  it('« Marché global : 45 000,00 € TTC » above « 2e échéance (sur 3) : 15 000,00 € TTC » bills the instalment', () => {
    expect(extractTextFields('Facture n° TPB-2026-044 du 30/09/2026\nMarché global : 45 000,00 € TTC\n2e échéance (sur 3) : 15 000,00 € TTC (dont TVA 10 % : 1 363,64 €)\nDate d\'échéance : 31/10/2026', 'DMY').amount?.value.value).toBe(15000);
  });
});

describe('statements that bill', () => {
  const us = 'mathieu@fournil.example';
  it('a monthly statement of deliveries with its own tax and total, numbered in its subject, is an invoice', async () => {
    const october = message({ from: `Mathieu <${us}>`, to: ['Julien <julien@bistrot.example>'], subject: 'Relevé octobre – BPT-2026-0412', text: "Salut Julien,\nVoici ton relevé mensuel d'octobre :\nRelevé n° BPT-2026-0412 du 31/10/2026\nLivraisons du 01/10 au 31/10 (27 tournées) : pain de campagne, baguettes tradition\nTotal HT : 1 217,63 €\nTVA 5,5 % : 66,97 €\nTotal TTC : 1 284,60 €\nPrélèvement SEPA le 15/11/2026 sur ton compte habituel (mandat BPT-SEPA-0087).\nMathieu", date: '2026-10-31T16:42:00+01:00' });
    const november = message({ from: `Mathieu <${us}>`, to: ['Sandrine <sandrine@resto.example>'], subject: 'Ton relevé de novembre (BPT-2026-0455)', text: 'Coucou Sandrine,\nTon relevé de novembre est prêt :\nRelevé BPT-2026-0455 – 30/11/2026\nTotal TTC : 868,35 €  (HT 823,08 € + TVA 5,5 % 45,27 €)\nPrélèvement prévu le 15/12/2026.\nMathieu', date: '2026-11-30T17:20:00+01:00' });
    const found = await scanMessages([october, november], { me: ['fournil.example'], today: '2026-12-07' });
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.dueDate]).sort()).toEqual([
      ['BPT-2026-0412', 1284.6, '2026-11-15'],
      ['BPT-2026-0455', 868.35, '2026-12-15'],
    ]);
  });

  it('a statement of account listing invoices with their amounts is none of them', async () => {
    const statement = message({ from: `Mathieu <${us}>`, to: ['Compta <compta@briard.example>'], subject: 'Relevé de compte au 30/11', text: 'Bonjour Madame Roux,\nRELEVÉ DE COMPTE AU 30/11/2026\nF-2026-079  30/09/2026  1 224,00 € TTC  réglée le 03/11\nF-2026-095  31/10/2026  1 874,40 € TTC (TVA 312,40 €)  échue le 30/11\nSolde dû : 1 874,40 €', date: '2026-11-30T17:15:00+01:00' });
    expect(await scanMessages([statement], { me: ['fournil.example'], today: '2026-12-07' })).toEqual([]);
  });
});
