/** Invoices met in held-out mailboxes BA–BG: an order named as the topic, payment requests, duplicates, deposits already deducted. */
import { describe, expect, it } from 'vitest';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import type { PdfReader } from '../../../shared/core/pdf/pdf-reader';
import { message } from '../../fixtures/mail';

const me = ['imprimerie-exemple.fr'];
const today = '2026-11-20';
const sophie = 'Sophie Garnier <contact@imprimerie-exemple.fr>';
const pdf = (name: string) => ({ filename: name, mimeType: 'application/pdf', bytes: new TextEncoder().encode(name) });
const readerOf = (texts: Record<string, string>): PdfReader => ({
  read: async (bytes) => ({ text: texts[new TextDecoder().decode(bytes)] ?? '', embeddedFiles: [] }),
});

describe('an order named as the topic of an invoice e-mail', () => {
  it('"Facturation de votre commande" with the invoice in the body is an invoice', async () => {
    const m = message({
      from: sophie,
      to: ['Karim <secretariat@club-foot.example>'],
      subject: 'Facturation de votre commande',
      text: 'Bonjour Karim,\n\nVoici le détail de la facture IMP26-319 :\n\n- Roll-up x 4 : 453,48 € HT\nTotal HT : 453,48 €\nTVA 20 % : 90,70 €\nTotal TTC à régler : 544,18 EUR\nÉchéance : 9 mai 2026.',
      date: '2026-03-25T14:52:00Z',
    });
    const [r] = await scanMessages([m], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'IMP26-319', amount: 544.18, dueDate: '2026-05-09', debtorEmail: 'secretariat@club-foot.example' });
  });

  it('"Votre commande du 08/05/2026" carrying the invoice PDF is an invoice; an order confirmation is not', async () => {
    const invoice = message({
      from: sophie,
      to: ['Laura <hello@boutique.example>'],
      subject: 'Votre commande du 08/05/2026',
      text: 'Bonjour Laura,\n\nComme convenu, je vous joins la facture relative à votre commande.',
      date: '2026-05-15T09:33:00Z',
      attachments: [pdf('IMP26-324.pdf')],
    });
    const confirmation = message({
      from: sophie,
      to: ['Marc <marc@asso.example>'],
      subject: 'Votre commande du 02/06/2026',
      text: 'Bonjour Marc,\n\nMerci pour votre commande. La facture vous sera envoyée à la livraison.',
      date: '2026-06-02T09:00:00Z',
      attachments: [pdf('commande-4471.pdf')],
    });
    const reader = readerOf({
      'IMP26-324.pdf': 'FACTURE N° IMP26-324\nDate : 15/05/2026\nTotal TTC : 1 370,51 €\nÉchéance : 14/06/2026',
      'commande-4471.pdf': 'CONFIRMATION DE COMMANDE N° 4471\nDate : 02/06/2026\nTotal TTC : 880,00 €',
    });
    const found = await scanMessages([invoice, confirmation], { me, today, pdfReader: reader });
    expect(found.map((r) => [r.invoiceNumber, r.amount])).toEqual([['IMP26-324', 1370.51]]);
  });
});

describe('payment requests and duplicates', () => {
  it("a payment platform's copy of a payment request sent to a client is the user's invoice", async () => {
    const m = message({
      from: 'Wise <noreply@wise.com>',
      to: ['Claire Morel <contact@imprimerie-exemple.fr>'],
      subject: 'Your payment request to DutchDesk Agency has been sent',
      text: "Hi Claire,\n\nWe've sent your request for €300.00 to Joost van Leeuwen at joost@dutchdesk.example.\n\nReference: CM-2026-020\nRequested on: 29 Apr 2026\nDue: on receipt\nAmount: €300.00",
      date: '2026-04-29T17:38:00Z',
    });
    const [r] = await scanMessages([m], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'CM-2026-020', amount: 300, dueDate: '2026-04-29', debtorEmail: 'joost@dutchdesk.example', debtorName: 'Joost van Leeuwen' });
  });

  it('a duplicate of an earlier invoice sent on request is not a new invoice', async () => {
    const m = message({
      from: sophie,
      to: ['direction@hotel.example'],
      subject: 'Duplicata facture IMP26-252',
      text: 'Bonjour,\n\nComme demandé, voici le duplicata de la facture IMP26-252 (1 240,00 € TTC), pour vos archives.',
      date: '2026-05-14T08:59:00Z',
    });
    expect(await scanMessages([m], { me, today })).toEqual([]);
  });
});

describe('amounts', () => {
  it('a total the body says is already net of its deposit is not reduced again', async () => {
    const m = message({
      from: sophie,
      to: ['n.benali@immo.example'],
      subject: 'Facture mai NSN0526-216',
      text: "Bonjour Madame Benali,\n\nCi-joint la facture du mois de mai : n° NSN0526-216, total 562,80 €.\nL'acompte de 241,20 € versé le 12/05/2026 a bien été déduit.\nConditions : à régler avant le 16 juin 2026.",
      date: '2026-06-01T07:38:00Z',
    });
    const [r] = await scanMessages([m], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'NSN0526-216', amount: 562.8, issueDate: '2026-06-01', dueDate: '2026-06-16' });
  });
});

describe('an invoice named in the subject only', () => {
  it('"Facture en objet": the subject\'s reference is the invoice number', async () => {
    const m = message({
      from: sophie,
      to: ['Gilles <g.mercadier@haras.example>'],
      subject: '2026-04-416 / 4 068,07 € / Haras de Fontvieille',
      text: 'Bonjour Gilles,\n\nFacture en objet — payable au plus tard le 11 mai 2026.\n\nCordialement',
      date: '2026-04-21T13:50:00Z',
    });
    const [r] = await scanMessages([m], { me, today });
    expect(r).toMatchObject({ invoiceNumber: '2026-04-416', amount: 4068.07, dueDate: '2026-05-11' });
  });

  it('a German interim invoice (Abschlagsrechnung) is an invoice with its number', async () => {
    const m = message({
      from: sophie,
      to: ['Birgit <b.rademacher@gemeinde.example>'],
      subject: 'Abschlagsrechnung Nr. AR-2026-032 – Gemeinde Tangstedt',
      text: 'Moin Birgit,\n\nanbei erhalten Sie unsere Abschlagsrechnung AR-2026-032 über 22.633,65 € fällig am 17.04.2026.',
      date: '2026-04-03T15:33:00Z',
    });
    const [r] = await scanMessages([m], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'AR-2026-032', amount: 22633.65, dueDate: '2026-04-17' });
  });
});
