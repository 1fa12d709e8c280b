import { describe, expect, it } from 'vitest';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { ReceivableSchema } from '../../../shared/core/scan/receivable';
import { message } from '../../fixtures/mail';
import type { PdfReader } from '../../../shared/core/pdf/pdf-reader';

const me = ['menuiserie-lambert.fr'];
const today = '2026-11-23';
const claire = 'Claire Lambert <claire@menuiserie-lambert.fr>';

describe('scanMessages', () => {
  it('reports an invoice sent by hand with its facts, checked against the CLI contract', async () => {
    const invoice = message({
      from: claire,
      to: ['Jean Roux <jean@roux-batiment.fr>'],
      subject: 'Facture n° ML-2026-0412',
      text: 'Bonjour,\n\nVeuillez trouver la facture n° ML-2026-0412 du 15/09/2026.\nMontant HT : 3 650,00 €\nTVA 20 % : 730,00 €\nMontant TTC : 4 380,00 €\nÉchéance : 15 octobre 2026.\n\nCordialement,\nClaire',
      date: '2026-09-15T09:00:00+02:00',
    });
    const [r, ...rest] = await scanMessages([invoice], { me, today });
    expect(rest).toEqual([]);
    expect(ReceivableSchema.parse(r)).toEqual({
      messageId: invoice.messageId,
      invoiceNumber: 'ML-2026-0412',
      amount: 4380,
      currency: 'EUR',
      issueDate: '2026-09-15',
      dueDate: '2026-10-15',
      debtorEmail: 'jean@roux-batiment.fr',
      debtorName: 'Jean Roux',
      status: 'open',
      promisedDate: null,
      remindersSent: 0,
      daysOverdue: 39,
      nextStage: 'courteous',
    });
  });

  it('computes the due date from the terms, and the French default of 30 days without terms', async () => {
    const eom = message({ from: claire, to: ['a@client-a.fr'], subject: 'Facture F-1', text: 'Facture F-1 du 10/10/2026, total TTC 1 200,00 €. Règlement à 30 jours fin de mois.', date: '2026-10-10T10:00:00+02:00' });
    const none = message({ from: claire, to: ['b@client-b.fr'], subject: 'Facture F-2', text: 'Facture F-2 du 10/10/2026, total TTC 800,00 €.', date: '2026-10-10T10:00:00+02:00' });
    const receipt = message({ from: claire, to: ['c@client-c.fr'], subject: 'Facture F-3', text: 'Facture F-3 du 10/10/2026, total TTC 50,00 €, payable à réception.', date: '2026-10-10T10:00:00+02:00' });
    const byNumber = Object.fromEntries((await scanMessages([eom, none, receipt], { me, today })).map((r) => [r.invoiceNumber, r.dueDate]));
    expect(byNumber).toEqual({ 'F-1': '2026-11-30', 'F-2': '2026-11-09', 'F-3': '2026-10-10' });
  });

  it('takes the due date our own reminder states when the invoice stated none, never over a stated one', async () => {
    const lena = 'Lena Hoffmann <lena@menuiserie-lambert.fr>';
    const sent = (subject: string, text: string, date: string, inReplyTo?: string) =>
      message({ from: lena, to: ['Helmut Kleinert <kleinert@kleinert-immobilien.de>'], subject, text, date, ...(inReplyTo ? { inReplyTo } : {}) });
    const bare = sent('Rechnung RE-2026-0351 über 1.106,70 €', 'Hallo Herr Kleinert,\n\ndie Abrechnung – Betrag und Nummer siehe Betreff.', '2026-05-12T09:40:00+02:00');
    const chase = sent(
      'AW: Rechnung RE-2026-0351 über 1.106,70 €',
      'Hallo Herr Kleinert,\n\nich wollte kurz nachfragen, ob unsere Rechnung RE-2026-0351 (1.106,70 €, fällig seit 26. Mai 2026) bei Ihnen angekommen ist. Ein Zahlungseingang liegt uns noch nicht vor.',
      '2026-06-10T11:48:00+02:00',
      bare.messageId,
    );
    const [r] = await scanMessages([bare, chase], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'RE-2026-0351', dueDate: '2026-05-26', remindersSent: 1 });

    // The invoice's own terms win over whatever a reminder says.
    const stated = sent('Rechnung RE-2026-0352', 'Rechnung RE-2026-0352 über 500,00 €. Zahlbar innerhalb 14 Tagen.', '2026-05-12T09:40:00+02:00');
    const other = sent('AW: Rechnung RE-2026-0352', 'Unsere Rechnung RE-2026-0352 ist seit 20. Mai 2026 fällig und noch offen.', '2026-06-10T11:48:00+02:00', stated.messageId);
    const [s] = await scanMessages([stated, other], { me, today });
    expect(s).toMatchObject({ invoiceNumber: 'RE-2026-0352', dueDate: '2026-05-26' });
  });

  it('a document filed as a deposit invoice is settled by "the deposit is paid", even when its PDF is not read', async () => {
    const invoice = message({
      from: claire,
      to: ['h.morel@chocolaterie-morel.fr'],
      subject: 'Facture n° FA-2026-0402',
      text: 'Veuillez trouver ci-joint notre facture.\n\nFacture n° FA-2026-0402\nDate de facture : 21/09/2026\nTotal TTC : 6 912,00 €\nConditions de paiement : Paiement à réception de facture',
      date: '2026-09-21T08:15:00+02:00',
      attachments: [{ filename: 'Acompte_FA-2026-0402.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) }],
    });
    const reply = message({ from: 'h.morel@chocolaterie-morel.fr', to: [claire], subject: 'RE: Facture n° FA-2026-0402', text: "Le virement de l'acompte a été effectué ce matin.", date: '2026-09-24T16:58:00+02:00', inReplyTo: invoice.messageId });
    const [r] = await scanMessages([invoice, reply], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'FA-2026-0402', amount: 6912, status: 'paid' });
  });

  it('reads an invoice whose only invoice words are German compounds ("Abrechnung Oktober", "Rechnungsnummer")', async () => {
    const invoice = message({
      from: 'Jan Kessler <jan@menuiserie-lambert.fr>',
      to: ['jonas@nordlicht-medien.de'],
      subject: 'Abrechnung Oktober',
      text: 'Moin Jonas,\n\nhier die Rechnungsdaten für den Oktober.\n\nRechnungsnummer: RE-2026-0447\nBetrag: 13.898,01 € (inkl. 19 % MwSt.)\nZahlbar innerhalb von 14 Tagen ohne Abzug.',
      date: '2026-10-20T13:13:00+02:00',
    });
    const [r] = await scanMessages([invoice], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'RE-2026-0447', amount: 13898.01, dueDate: '2026-11-03' });
  });

  it('a client writing in the thread of one invoice about another of its invoices only: the message is about that one', async () => {
    const sarah = 'Sarah Lemaire <sarah@menuiserie-lambert.fr>';
    const old = message({ from: sarah, to: ['s.patel@lakeshore.edu'], subject: 'Invoice 1187', text: 'Please find our invoice 1187 for $1,200.00, Net 30.', date: '2026-08-10T10:00:00+02:00' });
    const paid = message({ from: 's.patel@lakeshore.edu', to: [sarah], subject: 'RE: Invoice 1187', text: 'Hi Sarah, this was paid via ACH today.', date: '2026-09-01T16:00:00Z', inReplyTo: old.messageId });
    const other = message({ from: sarah, to: ['s.patel@lakeshore.edu'], subject: 'Invoice 1199', text: 'Our invoice 1199 ($2,645.00) is attached; Net 30.', date: '2026-10-01T10:00:00+02:00' });
    const aside = message({
      from: 'core-billing@lakeshore.edu',
      to: [sarah],
      subject: 'RE: Invoice 1187',
      text: 'Replying on this older thread as it is the one we have on file: invoice 1199 has been approved and is scheduled for our November 27 ACH payment run.',
      date: '2026-11-20T16:00:00Z',
      inReplyTo: paid.messageId,
    });
    const byNumber = Object.fromEntries((await scanMessages([old, paid, other, aside], { me, today })).map((r) => [r.invoiceNumber, [r.status, r.promisedDate]]));
    expect(byNumber).toEqual({ '1187': ['paid', null], '1199': ['promised', '2026-11-27'] });
  });

  it('takes the amount our own reminder states when the invoice e-mail gave none, never over a stated one', async () => {
    const sent = (subject: string, text: string, date: string, inReplyTo?: string) =>
      message({ from: claire, to: ['Charlotte Bennett <charlotte@bennett.example>'], subject, text, date, ...(inReplyTo ? { inReplyTo } : {}) });
    const bare = sent('Facture F-2026-0219', 'Bonjour Charlotte,\n\nComme convenu, la facture F-2026-0219.\n\nClaire', '2026-08-26T15:25:05+02:00');
    const chase = sent('Re: Facture F-2026-0219', 'Bonjour,\n\nLa facture F-2026-0219 de 11 683,20 € reste impayée à ce jour. Merci de procéder au règlement.', '2026-10-01T10:00:00+02:00', bare.messageId);
    const [r] = await scanMessages([bare, chase], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'F-2026-0219', amount: 11683.2, currency: 'EUR', remindersSent: 1 });

    const stated = sent('Facture F-2026-0220', 'Bonjour,\n\nVoici la facture F-2026-0220 de 900,00 € TTC.', '2026-08-26T15:25:05+02:00');
    const other = sent('Re: Facture F-2026-0220', 'La facture F-2026-0220 reste impayée : 940,00 € avec l\'indemnité de recouvrement.', '2026-10-01T10:00:00+02:00', stated.messageId);
    const [s] = await scanMessages([stated, other], { me, today });
    expect(s).toMatchObject({ invoiceNumber: 'F-2026-0220', amount: 900 });
  });

  it('takes the currency our reminder states for the same amount when the invoice wrote none, « ?385,000 » (held-out BZX)', async () => {
    const sent = (subject: string, text: string, date: string, inReplyTo?: string) =>
      message({ from: claire, to: ['Kenichi Sato <accounts@tokyo-organic.example.jp>'], subject, text, date, ...(inReplyTo ? { inReplyTo } : {}) });
    const invoice = sent('Invoice GVB-E26-1066', 'Dear Sato-san,\n\nINVOICE GVB-E26-1066\nInvoice date: 09 October 2026\nTotal due: ?385,000\nPayment terms: Net 45\nVAT exempt - export, art. 262 ter I CGI\nIBAN FR76 1333 5000 4008 1234 5678 912', '2026-10-09T13:41:47+02:00');
    const chase = sent('Re: Invoice GVB-E26-1066', 'Dear Sato-san,\n\nOur invoice GVB-E26-1066 for JPY 385,000 was due on 23 November. Could you kindly check the status?', '2026-11-26T16:18:45+01:00', invoice.messageId);
    expect((await scanMessages([invoice, chase], { me, today: '2026-12-07' }))[0]).toMatchObject({ amount: 385000, currency: 'JPY' });
    // without the reminder, the French firm's euro
    expect((await scanMessages([invoice], { me, today: '2026-12-07' }))[0]).toMatchObject({ amount: 385000, currency: 'EUR' });
  });

  it('reads a fee note titled after its case, « Mise en demeure fournisseur », as the invoice it is (held-out ADV)', async () => {
    const note = message({
      from: claire,
      to: ['Amine Benali <a.benali@coralie.example>'],
      subject: "Note d'honoraires NH-2026-0378 - Mise en demeure fournisseur",
      text: "Bonjour Amine,\n\nVeuillez trouver ci-dessous notre note d'honoraires pour le dossier « Mise en demeure fournisseur ».\n\nNOTE D'HONORAIRES N° NH-2026-0378\nDate : 18/09/2026\nHonoraires HT : 1 200,00 €\nTVA 20 % : 240,00 €\nTotal TTC : 1 440,00 €\nConditions de règlement : 30 jours",
      date: '2026-09-18T16:48:25+02:00',
    });
    const [r] = await scanMessages([note], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'NH-2026-0378', amount: 1440, remindersSent: 0 });
  });

  it('reads an issue date in the order the sending day tells (« Invoice date: 11/02/2026 » in a mail sent on 2 November, held-out AHX)', async () => {
    const sent = message({
      from: claire,
      to: ['Dana Whitfield <ap@bluemesa.example>'],
      subject: 'Facture F2026-112',
      text: 'Échéance : 02/12/2026\n\nINVOICE / FACTURE\nInvoice # F2026-112\nInvoice date: 11/02/2026\nTotal: 4 896,00 €\nTerms: Net 30',
      date: '2026-11-02T17:45:04+01:00',
    });
    const [r] = await scanMessages([sent], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'F2026-112', issueDate: '2026-11-02', dueDate: '2026-12-02' });
  });

  it('reads an invoice written below the signature of a new e-mail (held-out AIV)', async () => {
    const sent = message({
      from: claire,
      to: ['compta@clinique.example'],
      subject: 'Facture RLS-2026-0447',
      text: 'Bonjour,\n\nVeuillez trouver ci-joint notre facture RLS-2026-0447 (4 680,00 € TTC).\n\nBien cordialement,\n--\nClaire Martin\nRADIOLYS SAS\nFACTURE No RLS-2026-0447\nDate : 03/11/2026\nTotal TTC : 4 680,00 EUR\nPaiement a 45 jours : echeance le 18/12/2026',
      date: '2026-11-03T17:27:57+01:00',
    });
    const [r] = await scanMessages([sent], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'RLS-2026-0447', amount: 4680, dueDate: '2026-12-18' });
  });

  it('takes the currency of our own reminder stating the same sum when the invoice named none (held-out QZ)', async () => {
    const sent = (subject: string, text: string, date: string, inReplyTo?: string) =>
      message({ from: claire, to: ['Charlotte Bennett <charlotte@bennett.example>'], subject, text, date, ...(inReplyTo ? { inReplyTo } : {}) });
    const bare = sent('Facture F-2026-0221', 'Facture F-2026-0221\nTotal TTC : 5 760,00\nPaiement à 30 jours', '2026-08-26T15:25:05+02:00');
    const chase = sent('Re: Facture F-2026-0221', 'La facture F-2026-0221 de 5 760,00 € reste impayée à ce jour.', '2026-10-01T10:00:00+02:00', bare.messageId);
    const [r] = await scanMessages([bare, chase], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'F-2026-0221', amount: 5760, currency: 'EUR' });

    const other = sent('Re: Facture F-2026-0221', 'La facture F-2026-0221 reste impayée : 5 800,00 € avec les frais.', '2026-10-01T10:00:00+02:00', bare.messageId);
    const [s] = await scanMessages([bare, other], { me, today });
    expect(s).toMatchObject({ amount: 5760, currency: null });
  });

  it('one payment for several invoices, announced in the thread of one of them, pays each', async () => {
    const helene = 'tresorerie@potagers.fr';
    const inv = (n: string, date: string) => message({ from: claire, to: [helene], subject: `Facture ${n}`, text: `Facture ${n}, total 600,00 €, à régler sous 30 jours.`, date });
    const a = inv('CR-2026-034', '2026-09-05T10:00:00+02:00');
    const b = inv('CR-2026-039', '2026-10-05T10:00:00+02:00');
    const c = inv('CR-2026-044', '2026-11-05T10:00:00+02:00');
    const reply = message({ from: helene, to: [claire], subject: 'Re: Facture CR-2026-044', text: "J'ai fait un seul virement de 1 800 € pour les factures CR-2026-034, CR-2026-039 et CR-2026-044.", date: '2026-11-21T10:00:00+01:00', inReplyTo: c.messageId });
    const status = Object.fromEntries((await scanMessages([a, b, c, reply], { me, today })).map((r) => [r.invoiceNumber, r.status]));
    expect(status).toEqual({ 'CR-2026-034': 'paid', 'CR-2026-039': 'paid', 'CR-2026-044': 'paid' });
  });

  it('counts the reminder an invoicing platform copies to the user in a conversation of its own', async () => {
    const invoice = message({
      from: 'Abby <no-reply@abby.example>',
      to: [claire],
      subject: 'Copie de votre facture FA-0049 envoyée à La Fabrique à Projets',
      text: "Votre facture FA-0049 d'un montant de 2 800,00 € a bien été envoyée à Claire Dumas <claire@lafabriqueaprojets.fr>.\nÉchéance : 30/09/2026",
      date: '2026-08-31T10:00:00+02:00',
    });
    const copy = message({
      from: 'Abby <no-reply@abby.example>',
      to: [claire],
      subject: 'Copie de la relance envoyée à La Fabrique à Projets – facture FA-0049',
      text: 'Une relance automatique a été envoyée à Claire Dumas <claire@lafabriqueaprojets.fr> pour la facture FA-0049 (2 800,00 €), échue depuis le 30/09/2026.',
      date: '2026-10-07T10:00:00+02:00',
    });
    const [r] = await scanMessages([invoice, copy], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'FA-0049', remindersSent: 1 });
  });

  it('never reports quotes, pro formas, credit notes, supplier invoices or internal mail', async () => {
    const messages = [
      message({ from: claire, to: ['x@client.fr'], subject: 'Devis D-2026-044', text: 'Voici notre devis D-2026-044 pour 2 400,00 € TTC.', date: '2026-10-01T10:00:00+02:00' }),
      message({ from: claire, to: ['x@client.fr'], subject: 'Facture pro forma PF-12', text: 'Facture pro forma PF-12, total TTC 900,00 €.', date: '2026-10-01T10:00:00+02:00' }),
      message({ from: claire, to: ['x@client.fr'], subject: 'Avoir AV-7 sur facture F-9', text: "Veuillez trouver l'avoir AV-7 de 120,00 € TTC.", date: '2026-10-01T10:00:00+02:00' }),
      message({ from: 'EDF <factures@edf.fr>', to: [claire], subject: 'Votre facture EDF n° 10045', text: 'Montant TTC : 245,80 €, prélevé le 15/10/2026.', date: '2026-10-01T10:00:00+02:00' }),
      message({ from: claire, to: ['compta@menuiserie-lambert.fr'], subject: 'Facture Roux', text: 'Peux-tu envoyer la facture à Roux ? 4 652,00 € TTC.', date: '2026-10-01T10:00:00+02:00' }),
    ];
    expect(await scanMessages(messages, { me, today })).toEqual([]);
  });

  it('recognises a platform sending on the company’s behalf, and reads the thread: reminder then promise', async () => {
    const invoice = message({
      from: 'Menuiserie Lambert SARL via Facturio <no-reply@facturio.example>',
      to: ['paul@boulangerie-petit.fr'],
      replyTo: [claire],
      subject: 'Nouvelle facture FA-77 de Menuiserie Lambert SARL',
      text: 'Numéro de facture  FA-77\nMontant dû  1 530,00 €\nÉchéance  01/10/2026',
      date: '2026-09-01T08:00:00Z',
    });
    const reminder = message({
      from: claire,
      to: ['paul@boulangerie-petit.fr'],
      subject: 'Re: Nouvelle facture FA-77 de Menuiserie Lambert SARL',
      text: 'Bonjour, sauf erreur de notre part la facture FA-77 reste impayée. Merci de nous indiquer la date de règlement prévue.',
      date: '2026-10-05T09:00:00+02:00',
      inReplyTo: invoice.messageId,
    });
    const promise = message({
      from: 'paul@boulangerie-petit.fr',
      to: [claire],
      subject: 'Re: Nouvelle facture FA-77 de Menuiserie Lambert SARL',
      text: 'Bonjour, nous réglerons la facture le 30 novembre. Cordialement',
      date: '2026-10-06T09:00:00+02:00',
      inReplyTo: reminder.messageId,
    });
    const [r] = await scanMessages([invoice, reminder, promise], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'FA-77', amount: 1530, dueDate: '2026-10-01', status: 'promised', promisedDate: '2026-11-30', remindersSent: 1, nextStage: 'none' });
  });

  it('marks an invoice paid from a payment notice in another thread, and ignores auto-replies', async () => {
    const invoice = message({ from: claire, to: ['lea@atelier-lea.fr'], subject: 'Facture F-2026-0144', text: 'Facture F-2026-0144, montant TTC 3 898,80 €, échéance 31/10/2026.', date: '2026-10-01T10:00:00+02:00' });
    const ooo = message({ from: 'lea@atelier-lea.fr', to: [claire], subject: 'Réponse automatique : Facture F-2026-0144', text: 'Je suis absente jusqu’au 12 octobre.', date: '2026-10-01T10:05:00+02:00', inReplyTo: invoice.messageId, headers: { 'auto-submitted': 'auto-replied' } });
    const r1 = await scanMessages([invoice, ooo], { me, today });
    expect(r1[0]).toMatchObject({ status: 'open', remindersSent: 0, nextStage: 'courteous' });
    const notice = message({ from: 'Stripe <notifications@stripe.com>', to: [claire], subject: 'Paiement reçu pour la facture F-2026-0144', text: 'Atelier Léa a payé 3 898,80 € le 2026-11-03.\nFacture  F-2026-0144', date: '2026-11-03T13:00:00Z' });
    const r2 = await scanMessages([invoice, ooo, notice], { me, today });
    expect(r2).toHaveLength(1);
    expect(r2[0]).toMatchObject({ status: 'paid', nextStage: 'none' });
  });

  it('counts as a reminder a message of ours that attaches the same invoice again while chasing it', async () => {
    const pdf = { filename: 'Facture F-2026-0150.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([1, 2, 3]) };
    const invoice = message({ from: claire, to: ['anna@client.fr'], subject: 'Facture F-2026-0150', text: 'Bonjour, voici la facture F-2026-0150 du 01/09/2026, total TTC 2 400,00 €, échéance 01/10/2026.', date: '2026-09-01T10:00:00+02:00', attachments: [pdf] });
    const reminder = message({ from: claire, to: ['anna@client.fr'], subject: 'Re: Facture F-2026-0150', text: 'Bonjour, sauf erreur de notre part, la facture ci-jointe reste impayée.', date: '2026-10-12T10:00:00+02:00', inReplyTo: invoice.messageId, attachments: [pdf] });
    // the PDF is the invoice itself, read again from the reminder
    const pdfReader: PdfReader = { read: async () => ({ text: 'FACTURE\nFacture n° F-2026-0150\nDate : 01/09/2026\nTotal TTC : 2 400,00 €\nÉchéance : 01/10/2026', embeddedFiles: [] }) };
    const [r, ...rest] = await scanMessages([invoice, reminder], { me, today, pdfReader });
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ messageId: invoice.messageId, remindersSent: 1, nextStage: 'firm' });
  });

  it('a deposit invoice titled so only in its PDF: "acompte réglé" settles it, and its amount is the deposit', async () => {
    const pdf = { filename: 'F-2027-0013.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([4, 5, 6]) };
    const invoice = message({ from: claire, to: ['lucas@bloc.fr'], subject: 'Facture F-2027-0013', text: 'Bonjour, veuillez trouver notre facture ci-jointe.', date: '2026-11-02T10:00:00+01:00', attachments: [pdf] });
    const reply = message({ from: 'Lucas <lucas@bloc.fr>', to: [claire], subject: 'Re: Facture F-2027-0013', text: "Hello,\n\nAcompte réglé par virement tout à l'heure.\n\nLucas", date: '2026-11-05T10:00:00+01:00', inReplyTo: invoice.messageId });
    const text = "FACTURE D'ACOMPTE\nFacture n° F-2027-0013\nDate : 02/11/2026\nAcompte de 30 % sur devis D-12   1   1 500,00 €   1 500,00 €\n(total TTC 6 000,00 €)\nTotal HT   1 500,00 €\nTVA 20 %   300,00 €\nTotal TTC   1 800,00 €\nPayable à réception";
    const pdfReader: PdfReader = { read: async () => ({ text, embeddedFiles: [] }) };
    const [open] = await scanMessages([invoice], { me, today, pdfReader });
    expect(open).toMatchObject({ invoiceNumber: 'F-2027-0013', amount: 1800, status: 'open' });
    const [paid] = await scanMessages([invoice, reply], { me, today, pdfReader });
    expect(paid).toMatchObject({ amount: 1800, status: 'paid', nextStage: 'none' });
  });

  it('an invoice sent again in a conversation of its own: the answer there is about the first sending', async () => {
    const text = 'Bonjour, veuillez trouver la facture F-2026-0160 du 01/09/2026, total TTC 1 200,00 €, échéance 01/10/2026.';
    const invoice = message({ from: claire, to: ['anna@client.fr'], subject: 'Facture F-2026-0160', text, date: '2026-09-01T10:00:00+02:00' });
    const again = message({ from: claire, to: ['compta@client.fr'], subject: 'Facture F-2026-0160', text, date: '2026-10-05T10:00:00+02:00' });
    const paid = message({ from: 'Compta <compta@client.fr>', to: [claire], subject: 'RE: Facture F-2026-0160', text: 'Bonjour,\n\nElle est réglée depuis ce matin, nous avons fait le virement.', date: '2026-10-12T10:00:00+02:00', inReplyTo: again.messageId });
    const found = await scanMessages([invoice, again, paid], { me, today });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ messageId: invoice.messageId, status: 'paid', nextStage: 'none' });
  });

  it('a client naming the invoice in a conversation of its own is read with it; another party naming it is not', async () => {
    const text = 'Bonjour, veuillez trouver la facture F-2026-0161 du 01/09/2026, total TTC 1 200,00 €, échéance 01/10/2026.';
    const invoice = message({ from: claire, to: ['anna@client.fr'], subject: 'Facture F-2026-0161', text, date: '2026-09-01T10:00:00+02:00' });
    const paid = message({ from: 'Anna <anna@client.fr>', to: [claire], subject: 'RE: facture', text: 'Bonjour, F-2026-0161 payée hier. Cordialement', date: '2026-10-12T10:00:00+02:00' });
    const stranger = message({ from: 'Zoé <zoe@autre.fr>', to: [claire], subject: 'question', text: 'La F-2026-0161 est réglée, merci.', date: '2026-10-12T10:00:00+02:00' });
    expect((await scanMessages([invoice, paid], { me, today }))[0]).toMatchObject({ status: 'paid' });
    expect((await scanMessages([invoice, stranger], { me, today }))[0]).toMatchObject({ status: 'open' });
  });

  it('someone answering for the client from elsewhere, with the invoice e-mail’s own subject and no headers, is read with it', async () => {
    const text = 'Bonjour, veuillez trouver la facture F-2026-0171 du 01/09/2026, total TTC 1 200,00 €, échéance 01/10/2026.';
    const invoice = message({ from: claire, to: ['anna@client.fr'], subject: 'Menuiserie Lambert - Facture n°F-2026-0171', text, date: '2026-09-01T10:00:00+02:00' });
    const answer = (subject: string) =>
      message({
        from: 'Javier Ruiz <j.ruiz@gestoria.example>',
        to: [claire],
        subject,
        text: 'Buenos días, le escribo en nombre de su cliente. Hemos pagado la factura F-2026-0171 mediante transferencia SEPA el día 14/10/2026.',
        date: '2026-10-15T10:00:00+02:00',
      });
    const accountant = answer('R: Menuiserie Lambert - Facture n°F-2026-0171');
    const otherSubject = answer('R: Factura');
    expect((await scanMessages([invoice, accountant], { me, today }))[0]).toMatchObject({ status: 'paid' });
    expect((await scanMessages([invoice, otherSubject], { me, today }))[0]).toMatchObject({ status: 'open' });
    // Our own forward of it to a colleague is no reminder.
    const forward = message({ from: claire, to: ['paul@menuiserie-lambert.fr'], subject: 'TR: Menuiserie Lambert - Facture n°F-2026-0171', text: 'Paul, je te transfère la facture pour ton suivi.', date: '2026-10-15T10:00:00+02:00' });
    expect((await scanMessages([invoice, forward], { me, today }))[0]).toMatchObject({ status: 'open', remindersSent: 0 });
  });

  it('a notary answering the invoice e-mail for the client, naming the invoice in its own words, is read with it', async () => {
    const text = 'Bonjour, veuillez trouver la note d’honoraires NH-2026-062 du 01/09/2026, total TTC 5 400,00 €, échéance 01/10/2026.';
    const invoice = message({ from: claire, to: ['paul.lacroix@laposte.net'], subject: 'Note d’honoraires – Rénovation maison de ville', text, date: '2026-09-01T10:00:00+02:00' });
    const notary = message({
      from: 'Étude Delorme <compta@notaires.example>',
      to: [claire],
      subject: 'Réf : Note d’honoraires – Rénovation maison de ville',
      text: 'Madame,\n\nSuite à la signature de l’acte hier, nous vous confirmons que le virement de 5 400,00 € en règlement de la note NH-2026-062 a été émis ce jour par l’étude.',
      date: '2026-10-27T10:00:00+01:00',
    });
    expect((await scanMessages([invoice, notary], { me, today }))[0]).toMatchObject({ status: 'paid' });
  });

  it('our approval of a contractor’s invoice in its thread is no invoice of ours', async () => {
    const bill = message({
      from: 'Menuiserie Favre <admin@favre.example>',
      to: ['h.morand@sci.example'],
      cc: [claire],
      subject: 'Situation n° 3 – lot 05 menuiseries – facture 2026-0412',
      text: 'Veuillez trouver ci-joint notre situation n° 3 (facture 2026-0412) de 14 080,00 € TTC.',
      date: '2026-11-30T08:00:00+01:00',
      attachments: [{ filename: 'Facture_2026-0412.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) }],
    });
    const approval = message({
      from: claire,
      to: ['h.morand@sci.example'],
      subject: 'RE: Situation n° 3 – lot 05 menuiseries – facture 2026-0412',
      text: 'Madame Morand,\n\nJe vous transmets mon visa sur la situation n° 3 : bon pour paiement de 14 080,00 € TTC, conforme à l’avancement constaté.',
      date: '2026-12-02T15:00:00+01:00',
      inReplyTo: bill.messageId,
    });
    expect(await scanMessages([bill, approval], { me, today })).toEqual([]);
  });

  it('reads US dates in a PDF priced in dollars when the e-mail names no currency', async () => {
    const pdf = { filename: 'Invoice_RD-12.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([7, 8, 9]) };
    const invoice = message({ from: claire, to: ['maya@sprocket.dev'], subject: 'Invoice RD-12 (billing webhooks)', text: 'Hi Maya,\n\nAttached is my invoice for the billing webhooks work.\n\nBest', date: '2026-04-05T17:54:06Z', attachments: [pdf] });
    const text = 'INVOICE\nInvoice #   RD-12\nInvoice Date   04/05/2026\nTerms   Net 30\nDue Date   05/05/2026\nSubtotal   $6,440.00\nBalance Due   $6,440.00';
    const [r] = await scanMessages([invoice], { me, today, pdfReader: { read: async () => ({ text, embeddedFiles: [] }) } });
    expect(r).toMatchObject({ invoiceNumber: 'RD-12', amount: 6440, currency: 'USD', issueDate: '2026-04-05', dueDate: '2026-05-05' });
  });

  it('an invoice cancelled by our credit note later in its thread is not reported; the corrected one is', async () => {
    const invoice = message({ from: claire, to: ['sophie@bramble.fr'], subject: 'Facture F-434', text: 'Bonjour, voici la facture F-434 : total TTC 2 880,00 €, échéance 22/05/2026.', date: '2026-04-22T08:00:00Z' });
    const question = message({ from: 'Sophie <sophie@bramble.fr>', to: [claire], subject: 'Re: Facture F-434', text: 'La facture est pour 300 livres, nous en avons reçu 200. Pouvez-vous la corriger ?', date: '2026-04-23T08:00:00Z', inReplyTo: invoice.messageId });
    const avoirPdf = { filename: 'Avoir AV-9.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([1]) };
    const correctedPdf = { filename: 'Facture F-437.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([2]) };
    const credit = message({ from: claire, to: ['sophie@bramble.fr'], subject: 'Re: Facture F-434', text: "Bonjour, vous avez raison. Ci-joint l'avoir AV-9, qui annule intégralement la facture F-434, et la facture corrigée F-437.", date: '2026-04-26T08:00:00Z', inReplyTo: question.messageId, attachments: [avoirPdf, correctedPdf] });
    const pdfReader: PdfReader = {
      read: async (bytes) => ({
        text: bytes[0] === 1 ? 'AVOIR\nAvoir n° AV-9\nDate : 26/04/2026\nAnnule la facture F-434\nTotal TTC : 2 880,00 €' : 'FACTURE\nFacture n° F-437\nDate : 26/04/2026\nTotal TTC : 1 920,00 €\nÉchéance : 26/05/2026',
        embeddedFiles: [],
      }),
    };
    const found = await scanMessages([invoice, question, credit], { me, today, pdfReader });
    expect(found.map((r) => r.invoiceNumber)).toEqual(['F-437']);
    // without the credit note, the first invoice stands
    expect((await scanMessages([invoice, question], { me, today })).map((r) => r.invoiceNumber)).toEqual(['F-434']);
  });

  it('takes the amount left to pay after a deposit', async () => {
    const invoice = message({ from: claire, to: ['m@client.fr'], subject: 'Facture de solde F-88', text: 'Facture F-88\nTotal TTC : 12 000,00 €\nAcompte versé : 3 600,00 €\nÉchéance : 30/11/2026', date: '2026-11-01T10:00:00+01:00' });
    const [r] = await scanMessages([invoice], { me, today });
    expect(r).toMatchObject({ amount: 8400, daysOverdue: -7, nextStage: 'none' });
  });

  it("names a client the invoice does not name by the name it signs its own mail with, anywhere in the mailbox (held-out DQW)", async () => {
    const invoice = message({ from: claire, to: ['compta@breizh-nautic.fr'], subject: 'Facture KV-0415', text: 'Bonjour,\nVoici notre facture KV-0415 du 08/09/2026.\nTotal TTC : 5 256,00 EUR', date: '2026-09-08T10:00:00+02:00' });
    const other = message({ from: 'Breizh Nautic SARL <compta@breizh-nautic.fr>', to: [claire], subject: 'Devis coque', text: 'Bonjour, pouvez-vous nous envoyer un devis ?', date: '2026-10-01T10:00:00+02:00' });
    const robot = message({ from: 'Mail Delivery <noreply@x.example>', to: ['noreply@x.example'], subject: 'Facture KV-0416', text: 'x', date: '2026-10-01T10:00:00+02:00' });
    const [r] = await scanMessages([invoice, other, robot], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'KV-0415', debtorEmail: 'compta@breizh-nautic.fr', debtorName: 'Breizh Nautic SARL' });
    const [alone] = await scanMessages([invoice], { me, today });
    expect(alone?.debtorName).toBeNull();
  });

  it('reads the subject\'s amount, not a unit price the body multiplies: « (12 h x 38 €) » (held-out DYW)', async () => {
    const invoice = message({ from: claire, to: ['alfabre@gmail.com'], subject: 'Facture VR-2026-0444 : 456,00 € (stage vacances Toussaint)', text: 'Bonjour Anne-Laure,\nComme convenu, la facture du stage intensif (12 h x 38 €). Règlement à réception, CESU accepté.\nMerci !', date: '2026-11-06T09:00:00+01:00' });
    const [r] = await scanMessages([invoice], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'VR-2026-0444', amount: 456 });
  });
});
