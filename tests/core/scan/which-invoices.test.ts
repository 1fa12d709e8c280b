/** Which messages are receivable invoices, and how many invoices one message carries. */
import { describe, expect, it } from 'vitest';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import type { PdfReader } from '../../../shared/core/pdf/pdf-reader';
import { message } from '../../fixtures/mail';

const me = ['atelier-dupont.fr'];
const today = '2027-03-20';
const paul = 'Paul Martin <paul@atelier-dupont.fr>';
const pdf = (name: string) => ({ filename: name, mimeType: 'application/pdf', bytes: new TextEncoder().encode(name) });
/** A PDF reader whose documents' texts are given by file name (the bytes are the name). */
const readerOf = (texts: Record<string, string>): PdfReader => ({
  read: async (bytes) => ({ text: texts[new TextDecoder().decode(bytes)] ?? '', embeddedFiles: [] }),
});
const facts = (r: { invoiceNumber: string | null; amount: number | null; dueDate: string | null; debtorEmail: string | null }) =>
  [r.invoiceNumber, r.amount, r.dueDate, r.debtorEmail] as const;

describe('platform copies of the user’s invoices', () => {
  it.each([
    {
      from: 'Facturo <notifications@facturo.example>',
      subject: 'Copie de votre facture FA-2027-031 envoyée à Cabinet Leroy',
      text: 'Bonjour Paul,\n\nVotre facture n° FA-2027-031 a bien été envoyée à Cabinet Leroy (compta@cabinet-leroy.fr).\n\nMontant TTC : 960,00 €\nÉchéance : 15 mars 2027',
      expected: ['FA-2027-031', 960, '2027-03-15', 'compta@cabinet-leroy.fr'],
    },
    {
      from: 'Ledgerly <ledgerly@notification.ledgerly.example>',
      subject: '[Copy] Invoice 2207 from Atelier Dupont',
      text: 'You sent this invoice to Harbour Films Ltd (ap@harbourfilms.co.uk) on 01/02/2027.\n\nInvoice 2207\nBalance due £1,440.00\nDue 03/03/2027',
      expected: ['2207', 1440, '2027-03-03', 'ap@harbourfilms.co.uk'],
    },
    {
      from: 'Rechnungsprofi <no-reply@rechnungsprofi.example>',
      subject: 'Ihre Rechnung RE-2027-11 wurde versendet',
      text: 'Ihre Rechnung RE-2027-11 wurde an Müller Bau GmbH (buchhaltung@mueller-bau.de) versendet.\nRechnungsbetrag: 2.380,00 €\nFällig am 01.03.2027',
      expected: ['RE-2027-11', 2380, '2027-03-01', 'buchhaltung@mueller-bau.de'],
    },
  ])('$subject', async ({ from, subject, text, expected }) => {
    const copy = message({ from, to: [paul], subject, text, date: '2027-02-01T10:00:00Z' });
    const found = await scanMessages([copy], { me, today });
    expect(found.map(facts)).toEqual([expected]);
  });

  it('a copy naming only the client finds the address in its document', async () => {
    const copy = message({
      from: 'Facturo <no-reply@facturo.example>',
      to: [paul],
      subject: 'Copie : facture FA-2027-040 envoyée à Garage Central',
      text: 'Le document est joint.',
      date: '2027-02-01T10:00:00Z',
      attachments: [pdf('FA-2027-040.pdf')],
    });
    const reader = readerOf({ 'FA-2027-040.pdf': 'FACTURE\nFacture n° FA-2027-040\nClient : Garage Central – compta@garage-central.fr\nDate : 01/02/2027\nTotal TTC : 720,00 €' });
    const [r] = await scanMessages([copy], { me, today, pdfReader: reader });
    expect(r).toMatchObject({ invoiceNumber: 'FA-2027-040', amount: 720, debtorEmail: 'compta@garage-central.fr' });
  });

  it('a supplier’s invoice to the user is never a copy', async () => {
    const supplier = message({
      from: 'Hébergeur Pro <billing@hebergeur.example>',
      to: [paul],
      subject: 'Votre facture H-5521 a été envoyée',
      text: 'Votre facture H-5521 a été envoyée à Atelier Dupont SARL (paul@atelier-dupont.fr). Montant TTC : 49,00 €',
      date: '2027-02-01T10:00:00Z',
    });
    expect(await scanMessages([supplier], { me, today })).toEqual([]);
  });
});

describe('several invoices in one e-mail', () => {
  it('a body listing invoices with their amounts gives one receivable each', async () => {
    const mail = message({
      from: paul,
      to: ['Marc Leroy <marc@cabinet-leroy.fr>'],
      subject: 'Vos factures de février',
      text: 'Bonjour Marc,\n\nVoici deux factures :\n- FA-2027-050 : aménagement du bureau, 4 800,00 € TTC\n- FA-2027-051 : maintenance, 360,00 € TTC\n\nPayables à 30 jours.\n\nPaul',
      date: '2027-02-10T10:00:00Z',
    });
    const found = await scanMessages([mail], { me, today });
    expect(found.map(facts)).toEqual([
      ['FA-2027-050', 4800, '2027-03-12', 'marc@cabinet-leroy.fr'],
      ['FA-2027-051', 360, '2027-03-12', 'marc@cabinet-leroy.fr'],
    ]);
  });

  it('two invoice PDFs with different numbers give two receivables, each with its own facts; a terms PDF is none', async () => {
    const mail = message({
      from: paul,
      to: ['buchhaltung@mueller-bau.de'],
      subject: 'Rechnungen März',
      text: 'Guten Tag,\n\nanbei die Rechnungen für Halle 1 und Halle 2.\n\nMit freundlichen Grüßen',
      date: '2027-03-01T10:00:00Z',
      attachments: [pdf('RE-27-101.pdf'), pdf('RE-27-102.pdf'), pdf('AGB.pdf')],
    });
    const reader = readerOf({
      'RE-27-101.pdf': 'RECHNUNG\nRechnungsnummer RE-27-101\nRechnungsdatum 01.03.2027\nRechnungsbetrag 1.450,00 €\nZahlbar innerhalb von 14 Tagen',
      'RE-27-102.pdf': 'RECHNUNG\nRechnungsnummer RE-27-102\nRechnungsdatum 01.03.2027\nRechnungsbetrag 2.900,00 €\nZahlbar innerhalb von 30 Tagen',
      'AGB.pdf': 'Allgemeine Geschäftsbedingungen\n§ 1 Geltungsbereich 12',
    });
    const found = await scanMessages([mail], { me, today, pdfReader: reader });
    expect(found.map(facts)).toEqual([
      ['RE-27-101', 1450, '2027-03-15', 'buchhaltung@mueller-bau.de'],
      ['RE-27-102', 2900, '2027-03-31', 'buchhaltung@mueller-bau.de'],
    ]);
  });

  it('a grouped reminder listing overdue invoices lists no new invoices', async () => {
    const mail = message({
      from: paul,
      to: ['marc@cabinet-leroy.fr'],
      subject: 'Factures FA-2026-090, FA-2026-091 – 1 500,00 € à régler',
      text: 'Bonjour,\n\nsauf erreur de notre part, les factures suivantes restent impayées :\n- FA-2026-090 : 1 000,00 €\n- FA-2026-091 : 500,00 €\n\nMerci de votre retour.',
      date: '2027-02-10T10:00:00Z',
    });
    expect((await scanMessages([mail], { me, today })).length).toBeLessThanOrEqual(1);
  });

  it('an invoice that names another number (the quote it follows) stays one invoice', async () => {
    const mail = message({
      from: paul,
      to: ['marc@cabinet-leroy.fr'],
      subject: 'Facture FA-2027-052',
      text: 'Bonjour,\n\nci-joint la facture FA-2027-052 de 1 200,00 € TTC, selon notre devis DV-2027-019 de 1 200,00 € TTC.',
      date: '2027-02-10T10:00:00Z',
    });
    expect((await scanMessages([mail], { me, today })).map((r) => r.invoiceNumber)).toEqual(['FA-2027-052']);
  });
});

describe('follow-ups and conversations are no new invoices', () => {
  it('another firm’s invoice passed on, to be paid directly to that firm, is no receivable of ours', async () => {
    const passedOn = message({
      from: paul,
      to: ['thomas@sci-horizon.fr'],
      subject: 'Situation n°2 de l’entreprise Charpente Vial — visée',
      text: 'Bonjour Thomas,\n\nJe vous transmets la situation n°2 de l’entreprise Charpente Vial (lot 02), que j’ai vérifiée et visée : montant à payer 14 226,00 € TTC, directement à l’entreprise.',
      date: '2027-02-03T10:00:00Z',
      attachments: [pdf('Situation 2 Charpente Vial.pdf')],
    });
    const pdfReader = readerOf({ 'Situation 2 Charpente Vial.pdf': 'Charpente Vial SARL\nSITUATION DE TRAVAUX N°2\nFacture n° CV-2027-041\nDate 20/01/2027\nNet à payer 14 226,00 €' });
    expect(await scanMessages([passedOn], { me, today, pdfReader })).toEqual([]);
  });

  it('a subsidy the state pays us directly (« versée directement à l’entreprise ») leaves our invoice a receivable', async () => {
    const invoice = message({
      from: paul,
      to: ['ferreira.antonio@hotmail.fr'],
      subject: 'Facture FA2026-0219',
      text: 'Bonjour,\n\nFACTURE N° FA2026-0219\nDate : 12/10/2026\nTotal TTC : 12 554,50 €\nPrime MaPrimeRénov’ (versée directement à l’entreprise, mandat ANAH) : -4 000,00 €\nAcompte déjà réglé : -3 000,00 €\nNET À PAYER : 5 554,50 €\nÉchéance : 12/11/2026',
      date: '2026-10-12T10:00:00Z',
    });
    expect((await scanMessages([invoice], { me, today })).map((r) => [r.invoiceNumber, r.amount])).toEqual([['FA2026-0219', 5554.5]]);
  });

  it('our credit note sent in reply to the invoice ("RE : Facture …") is no invoice', async () => {
    const invoice = message({
      from: paul,
      to: ['sophie@brasserie.fr'],
      subject: 'Facture F2027-0037',
      text: 'Bonjour,\n\nFacture n° F2027-0037\nDate de facture : 28/01/2027\nTotal TTC : 1 337,81 €\nÉchéance : 27/02/2027',
      date: '2027-01-28T10:00:00Z',
    });
    const creditNote = message({
      from: paul,
      to: ['sophie@brasserie.fr'],
      subject: 'RE : Facture F2027-0037',
      text: 'Bonjour Madame,\n\nVeuillez trouver ci-joint l’avoir AV2027-004 de 68,57 € correspondant aux deux cartons endommagés.',
      date: '2027-02-03T10:00:00Z',
      inReplyTo: invoice.messageId,
      attachments: [pdf('Avoir_AV2027-004.pdf')],
    });
    const pdfReader = readerOf({ 'Avoir_AV2027-004.pdf': 'Atelier Dupont\nAVOIR N° AV2027-004\nDate : 03/02/2027\nSur facture F2027-0037\nTotal avoir TTC : 68,57 €' });
    const found = await scanMessages([invoice, creditNote], { me, today, pdfReader });
    expect(found.map((r) => r.invoiceNumber)).toEqual(['F2027-0037']);
  });

  it('a credit note cancelling the rejected invoice, sent with its replacement, leaves the replacement owed', async () => {
    const client = 'AMC Factures <factures@amc.fr>';
    const first = message({ from: paul, to: [client], subject: 'Facture OL-2026-0161', text: 'Veuillez trouver ci-joint notre facture.', date: '2026-11-30T10:00:00Z', attachments: [pdf('Facture_OL-2026-0161.pdf')] });
    const rejected = message({
      from: client,
      to: [paul],
      subject: 'RE : Facture OL-2026-0161',
      text: 'Facture OL-2026-0161 rejetée : le montant ne correspond pas à la commande. Merci d’émettre un avoir et une nouvelle facture.',
      date: '2026-12-02T10:00:00Z',
      inReplyTo: first.messageId,
    });
    const replaced = message({
      from: paul,
      to: [client],
      subject: 'Avoir AV-2026-012 et facture OL-2026-0165 – Facture OL-2026-0161',
      text: 'Suite à votre rejet, vous trouverez ci-joint :\n- l’avoir AV-2026-012 annulant intégralement la facture OL-2026-0161 ;\n- la facture rectificative OL-2026-0165 de 5 760,00 € TTC.',
      date: '2026-12-07T10:00:00Z',
      inReplyTo: rejected.messageId,
      attachments: [pdf('Avoir_AV-2026-012.pdf'), pdf('Facture_OL-2026-0165.pdf')],
    });
    const pdfReader = readerOf({
      'Facture_OL-2026-0161.pdf': 'Atelier Dupont\nFACTURE N° OL-2026-0161\nDate : 30/11/2026\nClient : factures@amc.fr\nTotal TTC : 6 480,00 €\nÉchéance : 30/12/2026',
      'Avoir_AV-2026-012.pdf': 'Atelier Dupont\nAVOIR N° AV-2026-012\nDate : 07/12/2026\nAnnule la facture OL-2026-0161\nTotal avoir TTC : 6 480,00 €',
      'Facture_OL-2026-0165.pdf': 'Atelier Dupont\nFACTURE N° OL-2026-0165\nDate : 07/12/2026\nClient : factures@amc.fr\nTotal TTC : 5 760,00 €\nÉchéance : 06/01/2027',
    });
    const found = await scanMessages([first, rejected, replaced], { me, today: '2026-12-10', pdfReader });
    expect(found.map((r) => [r.messageId, r.invoiceNumber, r.amount])).toEqual([[replaced.messageId, 'OL-2026-0165', 5760]]);
  });

  it('our credit note whose title names the invoice it credits is still no invoice', async () => {
    const creditNote = message({
      from: paul,
      to: ['sophie@brasserie.fr'],
      subject: 'Avoir AV2027-004 sur facture F2027-0037',
      text: 'Veuillez trouver ci-joint l’avoir de 68,57 €.',
      date: '2027-02-03T10:00:00Z',
      attachments: [pdf('Avoir_AV2027-004_facture_F2027-0037.pdf')],
    });
    const pdfReader = readerOf({ 'Avoir_AV2027-004_facture_F2027-0037.pdf': 'AVOIR N° AV2027-004\nSur facture F2027-0037\nClient : sophie@brasserie.fr\nTotal avoir TTC : 68,57 €' });
    expect(await scanMessages([creditNote], { me, today, pdfReader })).toEqual([]);
  });

  it('reads the PDF when the e-mail states its amount without a label, and counts a new e-mail chasing it with the PDF again as a reminder', async () => {
    const invoice = message({
      from: paul,
      to: ['fiona@claretclub.co.uk'],
      subject: 'Invoice CM-26-125',
      text: 'Please find attached invoice CM-26-125 dated 11 December 2026 for £1,951.67 less the deposit.\nTerms: 14 days from invoice date',
      date: '2026-12-11T10:00:00Z',
      attachments: [pdf('Facture_CM-26-125.pdf')],
    });
    const reminder = message({
      from: paul,
      to: ['fiona@claretclub.co.uk'],
      subject: 'Reminder: invoice CM-26-125',
      text: 'Dear Fiona,\n\nour invoice CM-26-125 (attached again) is now overdue. Could you let us know when it will be paid?',
      date: '2027-01-11T10:00:00Z',
      attachments: [pdf('Facture_CM-26-125.pdf')],
    });
    const pdfReader = readerOf({ 'Facture_CM-26-125.pdf': 'INVOICE\nInvoice no. CM-26-125\nDate : 11/12/2026\nClient : fiona@claretclub.co.uk\nTotal incl. VAT : £1,951.67\nDeposit received : -£586.00\nBalance due : £1,365.67' });
    const found = await scanMessages([invoice, reminder], { me, today: '2027-01-20', pdfReader });
    expect(found.map((r) => [r.messageId, r.amount, r.remindersSent])).toEqual([[invoice.messageId, 1365.67, 1]]);
  });

  it('our forward of a month’s summary to the accountant, with no document and no number, is no invoice', async () => {
    const summary = message({
      from: paul,
      to: ['k.daniel@compta-ouest.fr'],
      subject: 'TR: factures décembre pour la compta',
      text: 'Bonjour Karine,\nje vous envoie le récapitulatif des factures émises en décembre (12 factures, 9 840 € TTC), les PDF sont dans le Drive.\nPaul',
      date: '2027-01-14T10:00:00Z',
    });
    expect(await scanMessages([summary], { me, today })).toEqual([]);
  });

  it('a reminder listing the thread’s invoices is no new invoice, and leaves them their reminder', async () => {
    const invoice = message({
      from: paul,
      to: ['marc@cabinet-leroy.fr'],
      subject: 'Factures de janvier',
      text: 'Bonjour,\n\nvoici nos factures :\n- FA-2027-010 : 1 000,00 € TTC\n- FA-2027-011 : 500,00 € TTC\n\nÀ régler sous 30 jours.',
      date: '2027-01-10T10:00:00Z',
    });
    const reminder = message({
      from: paul,
      to: ['marc@cabinet-leroy.fr'],
      subject: 'Re: Factures de janvier',
      text: 'Bonjour,\n\nnos factures FA-2027-010 (1 000,00 €) et FA-2027-011 (500,00 €) sont échues depuis le 09/02/2027.\nMerci de nous indiquer la date du règlement.',
      date: '2027-02-20T10:00:00Z',
      inReplyTo: invoice.messageId,
    });
    const found = await scanMessages([invoice, reminder], { me, today });
    expect(found.map((r) => [r.messageId, r.invoiceNumber, r.remindersSent])).toEqual([
      [invoice.messageId, 'FA-2027-010', 1],
      [invoice.messageId, 'FA-2027-011', 1],
    ]);
  });

  it('a project conversation that mentions the invoice and an amount is no invoice', async () => {
    const client = message({
      from: 'Marc Leroy <marc@cabinet-leroy.fr>',
      to: [paul],
      subject: 'Bibliothèque du salon',
      text: 'Bonjour Paul, on part sur le chêne. Ça reste dans les 3.000 € dont on avait parlé ? La facture, au nom du cabinet svp.',
      date: '2027-02-01T10:00:00Z',
    });
    const answer = message({
      from: paul,
      to: ['Marc Leroy <marc@cabinet-leroy.fr>'],
      subject: 'Re: Bibliothèque du salon',
      text: 'Bonjour Marc, oui, environ 2.800 € HT. Pas de souci, la facture sera au nom du Cabinet Leroy.',
      date: '2027-02-02T10:00:00Z',
      inReplyTo: client.messageId,
    });
    const english = message({
      from: paul,
      to: ['dana@whitfield.com'],
      subject: 'Kitchen cabinets',
      text: 'Hi Dana, the invoice will be made out to your company; budget is about £4,000 plus VAT.',
      date: '2027-02-02T10:00:00Z',
    });
    expect(await scanMessages([client, answer, english], { me, today })).toEqual([]);
  });

  it('a subject-only invoice with an abbreviated invoice word is an invoice, with its number', async () => {
    const mail = message({
      from: paul,
      to: ['studio@bianchi.it'],
      subject: 'Ft. 2027-IT-0032 di € 1.250,00 con scadenza 31/03/2027',
      text: 'Gentile cliente,\n\ntutti i riferimenti sono nell’oggetto.\n\nCordiali saluti',
      date: '2027-03-01T10:00:00Z',
    });
    const [r] = await scanMessages([mail], { me, today });
    expect(r).toMatchObject({ invoiceNumber: '2027-IT-0032', amount: 1250, dueDate: '2027-03-31', debtorEmail: 'studio@bianchi.it' });
  });
});

describe('the same invoice seen twice, and two invoices sharing a number', () => {
  it('a forward to the accountant is the same invoice; another client’s invoice with the same number and another amount is not', async () => {
    const invoice = message({ from: paul, to: ['marc@cabinet-leroy.fr'], subject: 'Facture 2027-001', text: 'Facture 2027-001, total TTC 1 200,00 €.', date: '2027-01-05T10:00:00Z' });
    const toAccountant = message({ from: paul, to: ['cabinet@expert-compta.fr'], subject: 'Facture 2027-001 pour la compta', text: 'Facture 2027-001, total TTC 1 200,00 €.', date: '2027-01-06T10:00:00Z' });
    const other = message({ from: 'julien@atelier-dupont.fr', to: ['info@bakkerij.be'], subject: 'Facture 2027-001', text: 'Facture 2027-001, total TVAC 640,00 €.', date: '2027-01-07T10:00:00Z' });
    const found = await scanMessages([invoice, toAccountant, other], { me, today });
    expect(found.map((r) => [r.messageId, r.amount])).toEqual([
      [invoice.messageId, 1200],
      [other.messageId, 640],
    ]);
  });
});

describe('two invoices written out in one body', () => {
  it('each under its heading with its own total is one invoice each; a day and month in a line is no number', async () => {
    const m = message({
      from: paul,
      to: ['sar.ca-lyon@justice.fr'],
      subject: 'Factures LY-2026-0354 et LY-2026-0355 – interprétariat novembre',
      text:
        'Madame, Monsieur,\n\nVous trouverez ci-dessous mes deux factures relatives aux réquisitions de novembre :\n\n' +
        'Facture N° LY-2026-0354\nDate : 16/11/2026\nInterprétariat allemand – audience 03/11 (heures) – 4 x 55,00 € = 220,00 €\nTotal HT : 220,00 €\nTVA 20 % : 44,00 €\nTotal TTC : 264,00 €\n\n' +
        'Facture N° LY-2026-0355\nDate : 16/11/2026\nInterprétariat italien – audience 05/11 (heures) – 7 x 55,00 € = 385,00 €\nTotal HT : 385,00 €\nTVA 20 % : 77,00 €\nTotal TTC : 462,00 €\n\nBien cordialement,',
      date: '2026-11-16T10:00:00Z',
    });
    const found = await scanMessages([m], { me, today });
    expect(found.map((r) => [r.invoiceNumber, r.amount]).sort()).toEqual([
      ['LY-2026-0354', 264],
      ['LY-2026-0355', 462],
    ]);
  });
});

describe('quantities in an invoice body', () => {
  it('"Crème mains x20 : 170,00 € HT" is a line item, not a second invoice numbered x20 (held-out SZ)', async () => {
    const m = message({
      from: paul,
      to: ['hello@maisonalba.be'],
      subject: 'Facture #B2B1042',
      text: 'Bonjour,\n\nMerci pour vos commandes.\n\nFacture #B2B1042\nDate : 02/10/2026\n  Coffret découverte x10 : 245,00 € HT\n  Crème mains x20 : 170,00 € HT\nTotal HT : 415,00 €\nTVA 21 % : 87,15 €\nTotal TTC : 502,15 €\nConditions : paiement à 30 jours',
      date: '2026-10-02T10:00:00Z',
    });
    const found = await scanMessages([m], { me, today });
    expect(found.map((r) => [r.invoiceNumber, r.amount])).toEqual([['B2B1042', 502.15]]);
  });
});

describe('what counts as a reminder', () => {
  it('our forward of the invoice to the accountant, quoting the client’s address, is no reminder to the client', async () => {
    const invoice = message({
      from: paul,
      to: ['m.garcia@lestage-syndic.fr'],
      subject: 'Facture FA2026-0203',
      text: 'Bonjour,\n\nFACTURE N° FA2026-0203\nClient : Cabinet Lestage <m.garcia@lestage-syndic.fr>\nDate : 18/09/2026\nTotal TTC : 8 789,00 €\nÉchéance : 30/11/2026',
      date: '2026-09-18T10:00:00Z',
    });
    const forward = message({
      from: paul,
      to: ['m.ducasse@ducasse-expertise.fr'],
      subject: 'TR: Facture FA2026-0203',
      text: 'Bonjour Martine,\n\nPour ton rapprochement, voici la facture Lestage, toujours pas payée.\n\n-------- Message transféré --------\nFACTURE N° FA2026-0203\nClient : Cabinet Lestage <m.garcia@lestage-syndic.fr>\nTotal TTC : 8 789,00 €',
      date: '2026-12-02T10:00:00Z',
    });
    const found = await scanMessages([invoice, forward], { me, today: '2026-12-08' });
    expect(found.map((r) => [r.messageId, r.remindersSent, r.nextStage])).toEqual([[invoice.messageId, 0, 'courteous']]);
  });
});

describe('an order named as the topic of an invoice e-mail', () => {
  it('"Facturation de votre commande" with the invoice in the body is an invoice', async () => {
    const m = message({
      from: paul,
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
      from: paul,
      to: ['Laura <hello@boutique.example>'],
      subject: 'Votre commande du 08/05/2026',
      text: 'Bonjour Laura,\n\nComme convenu, je vous joins la facture relative à votre commande.',
      date: '2026-05-15T09:33:00Z',
      attachments: [pdf('IMP26-324.pdf')],
    });
    const confirmation = message({
      from: paul,
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
      to: ['Paul Martin <paul@atelier-dupont.fr>'],
      subject: 'Your payment request to DutchDesk Agency has been sent',
      text: "Hi Claire,\n\nWe've sent your request for €300.00 to Joost van Leeuwen at joost@dutchdesk.example.\n\nReference: CM-2026-020\nRequested on: 29 Apr 2026\nDue: on receipt\nAmount: €300.00",
      date: '2026-04-29T17:38:00Z',
    });
    const [r] = await scanMessages([m], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'CM-2026-020', amount: 300, dueDate: '2026-04-29', debtorEmail: 'joost@dutchdesk.example', debtorName: 'Joost van Leeuwen' });
  });

  it('a duplicate of an earlier invoice sent on request is not a new invoice', async () => {
    const m = message({
      from: paul,
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
      from: paul,
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
      from: paul,
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
      from: paul,
      to: ['Birgit <b.rademacher@gemeinde.example>'],
      subject: 'Abschlagsrechnung Nr. AR-2026-032 – Gemeinde Tangstedt',
      text: 'Moin Birgit,\n\nanbei erhalten Sie unsere Abschlagsrechnung AR-2026-032 über 22.633,65 € fällig am 17.04.2026.',
      date: '2026-04-03T15:33:00Z',
    });
    const [r] = await scanMessages([m], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'AR-2026-032', amount: 22633.65, dueDate: '2026-04-17' });
  });
});

describe('held-out HA–HG: notes about an invoice, titled copies, numbers as written', () => {
  it('a "Fwd:" with nothing forwarded under it (no document, no message) is a note about the invoice, not a sending', async () => {
    const note = message({
      from: paul,
      to: ['Ana <ana.pires@contas.example>'],
      subject: 'Fwd: FT 2026A/43',
      text: 'Olá Ana,\n\nReencaminho a fatura FT 2026A/43 (Tejidos Albaicín S.L.) para a contabilidade de outubro.\n\nPaul',
      date: '2026-08-14T13:39:00Z',
    });
    expect(await scanMessages([note], { me, today })).toEqual([]);
  });

  it('a platform copy titled "[Copie] Facture N – Client" is the user\'s invoice, its client\'s address read in the document', async () => {
    const copy = message({
      from: 'Axonaut <notifications@axonaut.example>',
      to: [paul],
      subject: '[Copie] Facture FACT1181 – Manon & Lucas Besson',
      text: 'copie',
      date: '2026-06-22T12:50:00Z',
      attachments: [pdf('Facture-FACT1181.pdf')],
    });
    const reader = readerOf({ 'Facture-FACT1181.pdf': 'FACTURE FACT1181\nDate : 22/06/2026\nClient : Manon Besson – manon.besson@client.example\nTotal TTC : 7 300,50 €\nPaiement à réception' });
    const [r] = await scanMessages([copy], { me, today, pdfReader: reader });
    expect(r).toMatchObject({ invoiceNumber: 'FACT1181', amount: 7300.5, debtorEmail: 'manon.besson@client.example', debtorName: 'Manon & Lucas Besson' });
  });

  it('a copy naming its client without any address takes the address of the client who answers it', async () => {
    const copy = message({
      id: '<copy-108@axonaut.example>',
      from: 'Atelier Dupont via Axonaut <noreply@axonaut.example>',
      to: [paul],
      replyTo: [paul],
      subject: 'Copie de votre facture F-2026-0108 envoyée à Communauté de communes du Sartenais',
      text: 'Atelier Dupont vous a envoyé la facture F-2026-0108 d’un montant de 26 754,00 €, à régler avant le 14/05/2026.\nDate de facture : 30/03/2026',
      date: '2026-03-30T12:07:00Z',
    });
    const answer = message({
      from: 'Pascale Tomasi <p.tomasi@cc-sartenais.example>',
      to: [paul],
      subject: 'Re: Copie de votre facture F-2026-0108 envoyée à Communauté de communes du Sartenais',
      text: 'Bonjour,\n\nNous passerons le paiement en fin de mois avec le reste des fournisseurs.',
      date: '2026-04-06T13:58:00Z',
      inReplyTo: '<copy-108@axonaut.example>',
    });
    const [r] = await scanMessages([copy, answer], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'F-2026-0108', amount: 26754, debtorEmail: 'p.tomasi@cc-sartenais.example' });
  });

  it('a number a file name writes without its slash is spelt as the document writes it', async () => {
    const m = message({
      from: paul,
      to: ['Léa <lea.marchand@client.example>'],
      subject: 'Facture d’acompte – mariage du 12/07/2026',
      text: 'Bonjour Léa,\n\nvoici la facture d’acompte en pièce jointe.',
      date: '2026-04-02T14:57:00Z',
      attachments: [pdf('facture_ACP-26-12.pdf')],
    });
    const reader = readerOf({ 'facture_ACP-26-12.pdf': 'FACTURE D’ACOMPTE N° ACP-26/12\nDate de facture : 02/04/2026\nTotal TTC / Net à payer : 8 415,04 €\nRèglement comptant à réception' });
    const [r] = await scanMessages([m], { me, today, pdfReader: reader });
    expect(r).toMatchObject({ invoiceNumber: 'ACP-26/12', amount: 8415.04, issueDate: '2026-04-02' });
  });

  it('a reminder re-attaching the invoice and titled by its sequence alone ("Fatura n.º 44") is no new invoice', async () => {
    const first = message({
      id: '<ft44@atelier-dupont.fr>',
      from: paul,
      to: ['Joana <joana@casa.example>'],
      subject: 'Fatura n.º 44 (Casa Bordalo)',
      text: 'Boa tarde,\n\nEnvio em anexo a fatura.\n\nFatura: FT 2026A/44\nData: 21 de setembro de 2026\nValor total: 162,36 € (IVA incluído)\nData de vencimento: 06/10/2026',
      date: '2026-09-23T15:57:00Z',
      attachments: [pdf('FT_2026A_44.pdf')],
    });
    const reminder = message({
      from: paul,
      to: ['Joana <joana@casa.example>'],
      subject: 'RE: Fatura n.º 44 (Casa Bordalo)',
      text: 'Olá Joana,\n\nVolto a contactar sobre a fatura FT 2026A/44 (162,36 €), que continua em aberto.',
      date: '2026-10-26T11:48:00Z',
      inReplyTo: '<ft44@atelier-dupont.fr>',
      attachments: [pdf('FT_2026A_44.pdf')],
    });
    const found = await scanMessages([first, reminder], { me, today: '2026-11-20', pdfReader: readerOf({}) });
    expect(found.map((r) => [r.invoiceNumber, r.remindersSent])).toEqual([['FT 2026A/44', 1]]);
  });
});

describe('held-out IA–IG: supplier portals and Polish platform copies', () => {
  it.each([
    {
      from: 'SAP Business Network <ordersender-prod@ansmtp.ariba.example>',
      subject: 'Invoice AV-2026-0151 sent to Garonne Hydro SA',
      text: 'Atelier Dupont,\n\nYour invoice has been sent to your customer through SAP Business Network.\n\nCustomer: Garonne Hydro SA (factures@garonne-hydro.example)\nInvoice number: AV-2026-0151\nInvoice date: 23 July 2026\nTotal amount due: EUR 28,260.00\nPayment terms: due 21 September 2026',
      expected: ['AV-2026-0151', 28260, '2026-09-21', 'factures@garonne-hydro.example'],
    },
    {
      from: 'JAGGAER Supplier Portal <noreply@jaggaer.example>',
      subject: '[JAGGAER] Dépôt facture AV-2026-0149 confirmé',
      text: 'Confirmation de dépôt de facture\n\nFournisseur : Atelier Dupont\nClient : Éolia Renouvelables (invoices@eolia.example)\nN° de facture : AV-2026-0149\nDate facture : 05/10/2026\nMontant TTC : 67 813,50 EUR\nDate d\'échéance : 04/11/2026\nStatut : Reçue',
      expected: ['AV-2026-0149', 67813.5, '2026-11-04', 'invoices@eolia.example'],
    },
    {
      from: 'inFakt <powiadomienia@infakt.example>',
      subject: 'Kopia faktury 25/06/2026 wysłanej do Elektro-Serwis Gdańsk',
      text: 'Cześć,\n\nTwoja faktura nr 25/06/2026 z dnia 18.06.2026 została wysłana do kontrahenta Elektro-Serwis Gdańsk na adres rafal@elektroserwis.example.\n\nKwota: 23 740,23 zł\nTermin płatności: 18.06.2026',
      expected: ['25/06/2026', 23740.23, '2026-06-18', 'rafal@elektroserwis.example'],
    },
  ])('$subject', async ({ from, subject, text, expected }) => {
    const copy = message({ from, to: [paul], subject, text, date: '2026-06-19T10:00:00Z' });
    const found = await scanMessages([copy], { me, today });
    expect(found.map(facts)).toEqual([expected]);
  });

  it('a portal notice that names the client without an address is no copy', async () => {
    const status = message({ from: 'JAGGAER Supplier Portal <noreply@jaggaer.example>', to: [paul], subject: 'Facture AV-2026-0149 : approuvée', text: 'Le statut de votre facture AV-2026-0149 a changé : approuvée.\n\nCustomer: Éolia Renouvelables\nAmount: EUR 67,813.50', date: '2026-10-15T10:00:00Z' });
    expect(await scanMessages([status], { me, today })).toEqual([]);
  });
});

describe('held-out JA–JG: subjects the body points to, totals that leave the document to read', () => {
  it('"As promised, see subject line." under a subject made of a reference and an amount', async () => {
    const m = message({ from: paul, to: ['Liam <liam@coffee.example>'], subject: 'NQ2604-104 | GBP 4,440.60 | Ancoats Coffee Roasters', text: 'Morning Liam,\n\nAs promised, see subject line.\n\nCheers', date: '2026-04-13T11:08:00Z' });
    const [r] = await scanMessages([m], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'NQ2604-104', amount: 4440.6, currency: 'GBP' });
  });

  it('an Italian "avviso di parcella" (not valid for tax) is a pro-forma, not an invoice', async () => {
    const m = message({ from: paul, to: ['Roberto <r.zegna@tessitura.example>'], subject: 'Avviso di parcella n. 40/2026', text: "Buongiorno,\ncome d'accordo vi inviamo l'avviso di parcella (documento non valido ai fini fiscali) di € 2.050,00. La fattura elettronica sarà emessa al ricevimento del pagamento.", date: '2026-05-18T11:56:00Z' });
    expect(await scanMessages([m], { me, today })).toEqual([]);
  });
});

describe('held-out KA–KG: payments taken back, notices in another currency', () => {
  const invoice = (id: string, subject: string, text: string) =>
    message({ id, from: paul, to: ['Léa <lea@client.example>'], subject, text, date: '2026-06-26T10:00:00Z' });

  it('a chargeback after the payment was confirmed is a dispute: the payer contests it', async () => {
    const inv = invoice('<i53@atelier-dupont.fr>', 'Facture INV-2026-053', 'Bonjour,\nFacture INV-2026-053\nMontant TTC : 540,00 €\nÉchéance : 06/07/2026');
    const confirmed = message({ from: 'GoCardless <help@gocardless.example>', to: [paul], subject: 'Paiement confirmé : €540.00 de Chocolaterie', text: 'Le paiement suivant a été confirmé.\nMontant : €540.00\nRéférence : INV-2026-053', date: '2026-07-09T10:00:00Z' });
    const chargeback = message({ from: 'GoCardless <help@gocardless.example>', to: [paul], subject: 'Paiement contesté (chargeback) par Chocolaterie', text: 'Chocolaterie a contesté auprès de sa banque le paiement INV-2026-053 (€540.00). Les fonds ont été repris.', date: '2026-07-26T10:00:00Z' });
    const [paidOnly] = await scanMessages([inv, confirmed], { me, today: '2026-11-20' });
    expect(paidOnly?.status).toBe('paid');
    const [r] = await scanMessages([inv, confirmed, chargeback], { me, today: '2026-11-20' });
    expect(r?.status).toBe('disputed');
    // a debit returned for want of funds contests nothing: the invoice is due again
    const returned = message({ from: 'GoCardless <help@gocardless.example>', to: [paul], subject: 'Prélèvement rejeté : INV-2026-053', text: 'Le prélèvement INV-2026-053 (€540.00) a été rejeté par la banque de Chocolaterie : provision insuffisante.', date: '2026-07-26T10:00:00Z' });
    const [due] = await scanMessages([inv, confirmed, returned], { me, today: '2026-11-20' });
    expect(due?.status).toBe('open');
    // a card payment disputed on the platform, with no payment notice before it
    const stripe = message({ from: 'Stripe <notifications@stripe.example>', to: [paul], subject: 'A payment for invoice INV-2026-053 has been disputed', text: 'Chocolaterie has disputed a payment of €540.00 for invoice INV-2026-053.\nReason: Product not received', date: '2026-07-26T10:00:00Z' });
    const [card] = await scanMessages([inv, stripe], { me, today: '2026-11-20' });
    expect(card?.status).toBe('disputed');
  });

  it('a bank crediting euros for an invoice in dinars is no part payment', async () => {
    const inv = invoice('<e47@atelier-dupont.fr>', 'Facture EXP2026-09047', 'Facture EXP2026-09047\nMontant : 21 260,500 TND\nÉchéance : 30/09/2026');
    const credit = message({ from: 'CIC <avis@banque.example>', to: [paul], subject: 'Avis de crédit : virement reçu de CAP BON CONSERVES SA', text: 'Vous avez reçu un virement international.\nMontant crédité : 6 275,09 € (contre-valeur de 21 260,500 TND, frais déduits)\nLibellé : REGLT FACT EXP2026-09047', date: '2026-10-21T10:00:00Z' });
    const [r] = await scanMessages([inv, credit], { me, today: '2026-11-20' });
    expect(r).toMatchObject({ amount: 21260.5, currency: 'TND', status: 'paid' });
  });
});

describe('held-out LA–LD: subjects to pay, invoices to come', () => {
  it('a subject made of a reference and an amount "à régler" is the invoice', async () => {
    const m = message({ from: paul, to: ['Services financiers <mandatement@mairie.example>'], subject: 'LEM8964 : 1.306,26 € à régler', text: 'Bonjour,\n\nPour votre comptabilité, merci.', date: '2026-06-29T13:00:00Z' });
    const [r] = await scanMessages([m], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'LEM8964', amount: 1306.26 });
  });

  it('a delivery note whose mail says the invoice will follow is no invoice', async () => {
    const m = message({ from: paul, to: ['Sandrine <sandrine@ligue.example>'], subject: 'Bon de livraison BL27250', text: 'Bonjour,\n\nVos 2200 exemplaires ont été livrés ce matin. Ci-joint le bon de livraison BL27250 signé par votre accueil. La facture suivra en fin de mois.', date: '2026-07-06T14:46:00Z', attachments: [pdf('BL27250.pdf')] });
    const reader = readerOf({ 'BL27250.pdf': 'BON DE LIVRAISON BL27250\nLivré le 06/07/2026\n2200 exemplaires' });
    expect(await scanMessages([m], { me, today, pdfReader: reader })).toEqual([]);
  });
});

describe('held-out NA–NG: a subject with its terms, the books sent to the accountant', () => {
  it('a subject made of a reference and an amount over a body giving the payment terms is the invoice', async () => {
    const m = message({ from: paul, to: ['Laurent <gaec@ferme.example>'], subject: 'VA-26-01383 : 1 284,75 € (autopsie et analyses)', text: 'Pour l’autopsie et les analyses bactériologiques. Conditions : 15 jours net.\n\nNadège — secrétariat', date: '2026-08-27T15:54:00Z' });
    const [r] = await scanMessages([m], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'VA-26-01383', amount: 1284.75, dueDate: '2026-09-11' });
  });

  it('a reference and an amount in a subject, without terms or a word to pay, stay no invoice', async () => {
    const m = message({ from: paul, to: ['Laurent <gaec@ferme.example>'], subject: 'VA-26-01383 : 1 284,75 €', text: 'Voici le chiffrage dont nous avons parlé.', date: '2026-08-27T15:54:00Z' });
    expect(await scanMessages([m], { me, today })).toEqual([]);
  });

  it('a sales journal sent to the accountant lists invoices and is none', async () => {
    const m = message({ from: paul, to: ['Mme Arnaud <c.arnaud@expert-comptable.example>'], subject: 'TR: factures clients octobre', text: "Bonjour Madame Arnaud,\n\nComme chaque mois, je vous transmets l'export des factures clients d'octobre et l'état des retenues de garantie en cours.", date: '2026-11-04T09:13:00Z', attachments: [pdf('export_ventes_2026-10.pdf')] });
    const reader = readerOf({ 'export_ventes_2026-10.pdf': 'Journal des ventes – octobre 2026\nVoir détail\nRetenues de garantie en cours : 38 412,55 €' });
    expect(await scanMessages([m], { me, today, pdfReader: reader })).toEqual([]);
  });
});

describe('held-out OA–OG: bare bodies, abbreviations, Portuguese invoice-receipts', () => {
  it('a subject of a reference and an amount over a body with nothing but its sign-off is the invoice', async () => {
    const m = message({ from: paul, to: ['Gérard <boulangerie@client.example>'], subject: 'FA26-10473 / 8 724,52 €', text: 'Cordialement\nPaul Martin', date: '2026-05-07T10:51:00Z' });
    const [r] = await scanMessages([m], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'FA26-10473', amount: 8724.52 });
  });

  it('"Fac FC-2026-00216 montant 793,78 EUR": an invoice word cut short before a reference in parts', async () => {
    const m = message({ from: paul, to: ['Léa <hello@cantine.example>'], subject: 'Fac FC-2026-00216 montant 793,78 EUR', text: 'Bonjour,\n\nComme convenu au téléphone.\n\nPaul\nEnvoyé de mon iPhone', date: '2026-04-15T08:14:00Z' });
    const [r] = await scanMessages([m], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'FC-2026-00216', amount: 793.78 });
  });

  it('a Portuguese "fatura-recibo" sent to a client is an invoice, not a receipt', async () => {
    const m = message({ from: paul, to: ['Miguel <miguel@rotanorte.example>'], subject: 'Fatura-recibo 2026-136', text: 'Olá Miguel,\n\nEm anexo envio a fatura.\n\nCumprimentos', date: '2026-08-07T16:13:00Z', attachments: [pdf('2026-136.pdf')] });
    const reader = readerOf({ '2026-136.pdf': 'FATURA-RECIBO N.º 2026-136\nData: 07/08/2026\nTotal: 328,41 €' });
    const [r] = await scanMessages([m], { me, today, pdfReader: reader });
    expect(r).toMatchObject({ invoiceNumber: '2026-136', amount: 328.41 });
  });
});

describe('held-out IA: a delivery failure from the company\'s own postmaster', () => {
  it('"Undeliverable: Rappel : facture …" is no second reminder', async () => {
    const invoice = message({ id: '<inv@test>', from: paul, to: ['Julien <julien@client.example>'], subject: 'Votre facture VM-26-0142', text: 'Ci-joint la facture VM-26-0142.\nMontant TTC : 7 614,97 €\nÉchéance : 08/03/2027', date: '2027-02-01T10:00:00Z' });
    const reminder = message({ id: '<rem@test>', from: paul, to: ['Julien <julien@client.example>'], subject: 'Rappel : facture VM-26-0142', text: "La facture VM-26-0142 n'a pas encore été réglée.", date: '2027-03-10T10:00:00Z', inReplyTo: '<inv@test>' });
    const bounce = message({ from: 'Microsoft Outlook <postmaster@atelier-dupont.fr>', to: [paul], subject: 'Undeliverable: Rappel : facture VM-26-0142', text: 'Delivery has failed to these recipients or groups:\nold@client.example', date: '2027-03-10T10:05:00Z', inReplyTo: '<rem@test>' });
    const [r] = await scanMessages([invoice, reminder, bounce], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'VM-26-0142', remindersSent: 1 });
  });
});

describe('held-out PC: the subject gives the number of an invoice sent in the body', () => {
  it('"Facturation commande - INV-HDF-5796" over "Voici la facture … Total à régler : 10 862,40 €"', async () => {
    const m = message({ from: paul, to: ['Amandine <a.peeters@pharmacie.example>'], subject: 'Facturation commande - INV-HDF-5796', text: 'Bonjour Amandine,\n\nVoici la facture relative à l’intervention et au matériel livré :\n\n- NAS Synology DS923+ x12 : 6 948,00 € HT\n\nTotal à régler : 10 862,40 € (acompte de 4 656,00 € déjà déduit)\n\nMerci et bonne journée,\nPaul', date: '2026-08-31T08:34:00Z' });
    const [r] = await scanMessages([m], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'INV-HDF-5796', amount: 10862.4 });
  });
});

describe('held-out RB: a count of invoices for the accountant', () => {
  it('"14 factures, total 9 870,20 € TTC" with no document and no number is no invoice', async () => {
    const m = message({ from: paul, to: ['Cabinet <dossiers@expert.example>'], subject: 'Factures de juin pour la compta', text: 'Bonjour,\n\nComme chaque mois, vous trouverez les factures de vente de juin dans le dossier partagé. 14 factures, total 9 870,20 € TTC.\n\nPaul', date: '2026-07-03T10:39:00Z' });
    expect(await scanMessages([m], { me, today })).toEqual([]);
  });
});

describe('held-out UD: a question to the accountant about an invoice', () => {
  it('"pour la facture LB-2026-301 vers le Japon, je mets bien « exonération TVA » ?" sends no invoice', async () => {
    const m = message({ from: paul, to: ['Nicolas <n.roux@expert.example>'], subject: 'Question TVA facture export Japon', text: 'Bonjour Nicolas,\n\npour la facture LB-2026-301 vers le Japon, je mets bien "exonération TVA art. 262 I CGI" ? Le client paie en JPY.\n\nMerci,\nPaul', date: '2026-08-21T14:04:00Z' });
    expect(await scanMessages([m], { me, today })).toEqual([]);
  });
});

describe('held-out VD: our answer naming a delivery note', () => {
  it('"The reference is the delivery note number on the invoice (BL 24253)" after the invoice sends no new one', async () => {
    const invoice = message({ id: '<inv-vd@test>', from: paul, to: ['AP Team <ap@corrib.example>'], subject: 'Invoice attached', text: 'Dear Sir or Madam,\n\nInvoice no.: 26E445\nTotal due: €14,487.48\nPayment due by 3 December 2026', date: '2026-10-19T08:00:00Z' });
    const question = message({ id: '<q-vd@test>', from: 'AP Team <ap@corrib.example>', to: [paul], subject: 'RE: Invoice attached', text: 'Can you confirm your IBAN please? We have had fraud attempts recently.', date: '2026-10-27T13:00:00Z', inReplyTo: '<inv-vd@test>' });
    const answer = message({ from: paul, to: ['AP Team <ap@corrib.example>'], subject: 'RE: Invoice attached', text: 'Hi,\n\nThe reference is the delivery note number on the invoice (BL 24253). Our bank details are unchanged.\n\nPaul', date: '2026-10-28T15:00:00Z', inReplyTo: '<q-vd@test>' });
    const found = await scanMessages([invoice, question, answer], { me, today });
    expect(found.map((r) => r.invoiceNumber)).toEqual(['26E445']);
  });
});

describe('two invoices printed one under the other on one PDF page (held-out RJ)', () => {
  it('reads each with its own total, and one invoice naming a year after its title stays one', async () => {
    const mail = message({
      from: paul,
      to: ['Kevin Roux <facturation@adh-glisse.fr>'],
      subject: 'Facture F2026-0407 et F2026-0408',
      text: 'Bonjour Kevin,\n\nvous trouverez ci-dessous les deux factures des livraisons du mois.',
      date: '2027-02-01T10:00:00Z',
      attachments: [pdf('F2026-0407.pdf')],
    });
    const page = 'ATELIER DUPONT SAS\nFACTURE F2026-0407\nDate : 01/02/2027\nTotal TTC : 725,88 €\nRèglement : virement à 60 jours date de facture\nATELIER DUPONT SAS\nFACTURE F2026-0408\nDate : 01/02/2027\nTotal TTC : 9 957,90 €\nRèglement : paiement à 60 jours';
    const found = await scanMessages([mail], { me, today, pdfReader: readerOf({ 'F2026-0407.pdf': page }) });
    expect(found.map((r) => [r.invoiceNumber, r.amount])).toEqual([['F2026-0407', 725.88], ['F2026-0408', 9957.9]]);

    const single = message({ from: paul, to: ['Kevin Roux <facturation@adh-glisse.fr>'], subject: 'Facture F2026-0409', text: 'Bonjour Kevin,\n\nla facture du mois.', date: '2027-02-01T10:00:00Z', attachments: [pdf('F2026-0409.pdf')] });
    const one = 'FACTURE F2026-0409\nDate : 01/02/2027\nMontant HT : 100,00 €\nInvoice 2026\nTotal TTC : 120,00 €';
    const read = await scanMessages([single], { me, today, pdfReader: readerOf({ 'F2026-0409.pdf': one }) });
    expect(read.map((r) => [r.invoiceNumber, r.amount])).toEqual([['F2026-0409', 120]]);
  });
});

describe('a subject joining two invoices of two series, both in one PDF, the body giving all the facts (held-out EU)', () => {
  it('reads the PDF and reports each invoice with its own total', async () => {
    const mail = message({
      from: paul,
      to: ['Jens Hartmann <j.hartmann@windpark.example>'],
      subject: 'Rechnung Nr. F2610-149 et SRT2026/150',
      text: 'Sehr geehrter Herr Hartmann,\n\nanbei erhalten Sie unsere Rechnung Nr. F2610-149 et SRT2026/150 vom 04.10.2026 über 5.325,00 € + 4.625,00 € (brutto). Zahlbar sofort nach Erhalt ohne Abzug.',
      date: '2026-10-04T16:38:43+02:00',
      attachments: [pdf('Factures.pdf')],
    });
    const page = (n: string, total: string) => `ATELIER DUPONT SAS\nFACTURE N° ${n}\nDate de facture : 04/10/2026\nTotal HT : ${total} €\nTotal TTC : ${total} €\nConditions : Zahlbar sofort nach Erhalt ohne Abzug.\n`;
    const found = await scanMessages([mail], { me, today: '2026-11-24', pdfReader: readerOf({ 'Factures.pdf': page('F2610-149', '5 325,00') + page('SRT2026/150', '4 625,00') }) });
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.dueDate])).toEqual([
      ['F2610-149', 5325, '2026-10-04'],
      ['SRT2026/150', 4625, '2026-10-04'],
    ]);
  });
});

describe("an invoice and an author's « note de droits » in one PDF, each heading with its date (held-out DO)", () => {
  it('reports both, each with its own total', async () => {
    const mail = message({
      from: paul,
      to: ['Camille Ferrand <c.ferrand@lunerousse.example>'],
      subject: 'Facture + note de droits – Marée Basse',
      text: 'Bonjour Camille,\n\nComme convenu je sépare en deux documents :\n- facture BA-2026-080 : mise en couleur planches 1 à 22, soit 5 940,00 € TTC\n- note de droits NDA-26-26 : cession des droits couleur, 3 300,00 € (TVA 10 % incluse)\n\nLes deux sont payables à 30 jours, soit le 8 novembre 2026.',
      date: '2026-10-09T10:56:56+02:00',
      attachments: [pdf('BA-2026-080_NDA-26-26.pdf')],
    });
    const text = "Facture n° BA-2026-080 - 09/10/2026\nTotal TTC : 5 940,00 €\nNote de droits d'auteur n° NDA-26-26\nNet à payer : 3 300,00 €\nÉchéance : 08/11/2026";
    const found = await scanMessages([mail], { me, today: '2026-11-24', pdfReader: readerOf({ 'BA-2026-080_NDA-26-26.pdf': text }) });
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.dueDate])).toEqual([
      ['BA-2026-080', 5940, '2026-11-08'],
      ['NDA-26-26', 3300, '2026-11-08'],
    ]);
  });
});

describe('a due date written with its month in the e-mail settles the order of the PDF\'s numeric one (held-out DS)', () => {
  it('"latest payment date July 6, 2026" over "Échéance : 06/07/2026" on a USD invoice is 6 July', async () => {
    const mail = message({
      from: paul,
      to: ['Megan O\'Donnell <modonnell@halloway.example>'],
      subject: 'Invoice FA-26-01347',
      text: 'Hi Megan,\n\nFollowing dispatch of the goods, please find our balance invoice attached.\nPayment by irrevocable L/C at sight — latest payment date July 6, 2026',
      date: '2026-06-08T12:26:49+02:00',
      attachments: [pdf('Invoice_FA-26-01347.pdf')],
    });
    const text = 'FACTURE / INVOICE N° FA-26-01347\nDate : 06/06/2026\nTotal : 51 884,68 USD\nSolde à payer : 36 319,28 USD\nÉchéance : 06/07/2026';
    const [r] = await scanMessages([mail], { me, today: '2026-11-24', pdfReader: readerOf({ 'Invoice_FA-26-01347.pdf': text }) });
    expect([r?.invoiceNumber, r?.amount, r?.dueDate]).toEqual(['FA-26-01347', 36319.28, '2026-07-06']);
  });
});

describe('a client\'s accounts-payable portal rejecting the invoice (held-out RH)', () => {
  it('"Your invoice … has been rejected" in a message of its own disputes the invoice; a payment notice after it still pays it', async () => {
    const inv = message({ from: paul, to: ['AP <ap@transalpes.example>'], subject: 'Facture F2026-0197', text: 'Bonjour,\nFacture F2026-0197\nMontant TTC : 18 360,00 €\nÉchéance : 15/07/2026', date: '2026-06-01T10:00:00Z' });
    const rejected = message({ from: 'Coupa Supplier Portal <no-reply@coupahost.example>', to: [paul], subject: 'Invoice F2026-0197 rejected by Transalpes Logistique', text: 'Your invoice F2026-0197 submitted to Transalpes Logistique on Coupa has been rejected.\nReason: Purchase order has insufficient remaining balance (PO exhausted).', date: '2026-06-02T10:00:00Z' });
    const [r] = await scanMessages([inv, rejected], { me, today: '2026-11-20' });
    expect(r?.status).toBe('disputed');
    const paid = message({ from: 'Banque <avis@banque.example>', to: [paul], subject: 'Virement reçu', text: 'Vous avez reçu un virement de 18 360,00 €.\nLibellé : FACT F2026-0197', date: '2026-08-02T10:00:00Z' });
    const [later] = await scanMessages([inv, rejected, paid], { me, today: '2026-11-20' });
    expect(later?.status).toBe('paid');
    const notRejected = message({ from: 'Coupa Supplier Portal <no-reply@coupahost.example>', to: [paul], subject: 'Invoice F2026-0197 status', text: 'Your invoice F2026-0197 has not been rejected: it is awaiting approval.', date: '2026-06-02T10:00:00Z' });
    const [still] = await scanMessages([inv, notRejected], { me, today: '2026-11-20' });
    expect(still?.status).toBe('open');
  });
});

describe('a portal rejection the user chased past (held-out AZV)', () => {
  it('a reminder sent after the rejection leaves the invoice open: the user dealt with it', async () => {
    const inv = message({ from: paul, to: ['AP <ap@transalpes.example>'], subject: 'Facture F2026-0198', text: 'Bonjour,\nFacture F2026-0198\nMontant TTC : 12 650,00 €\nÉchéance : 15/07/2026', date: '2026-06-01T10:00:00Z' });
    const rejected = message({ from: 'Coupa Supplier Portal <no-reply@coupahost.example>', to: [paul], subject: 'Invoice F2026-0198 rejected by Transalpes Logistique', text: 'Your invoice F2026-0198 submitted to Transalpes Logistique has been rejected.\nReason: PO number does not match. Please correct and resubmit.', date: '2026-06-04T10:00:00Z' });
    const reminder = message({ from: paul, to: ['AP <ap@transalpes.example>'], subject: 'Zahlungserinnerung: Rechnung F2026-0198', text: 'Guten Tag,\nunsere Rechnung F2026-0198 über 12.650,00 € ist seit dem 15.07.2026 fällig. Bitte teilen Sie uns den Zahlungstermin mit.', date: '2026-09-14T10:00:00Z', inReplyTo: inv.messageId });
    const [before] = await scanMessages([inv, rejected], { me, today: '2026-11-20' });
    expect(before?.status).toBe('disputed');
    const [after] = await scanMessages([inv, rejected, reminder], { me, today: '2026-11-20' });
    expect(after?.status).toBe('open');
    expect(after?.remindersSent).toBe(1);
  });
});

describe('two invoices joined in the subject, the invoice word in the singular (held-out MI, MJ)', () => {
  it('"Factura FA26-00469 + FA26-969": one receivable each, with its own amount', async () => {
    const mail = message({
      from: paul,
      to: ['lucia@mariscos.example.es'],
      subject: 'Factura FA26-00469 + FA26-969',
      text: 'Hola Lucía:\n\nTe adjunto la factura FA26-00469 con fecha 03/06/2026.\nImporte total: 17.848,66 €\nCondiciones: pago a 30 días fecha factura.\n\nAinsi que la facture FA26-969 (même date), montant 2.213,73 €.\n\nUn saludo',
      date: '2026-06-03T10:00:00Z',
    });
    const found = await scanMessages([mail], { me, today });
    expect(found.map((r) => [r.invoiceNumber, r.amount])).toEqual([
      ['FA26-00469', 17848.66],
      ['FA26-969', 2213.73],
    ]);
  });
});

describe('a portal\'s copy naming the buyer\'s address only in its closing lines (held-out LI)', () => {
  it('takes the address the copy names after its notice text', async () => {
    const copy = message({
      from: 'Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>',
      to: ['Atelier Dupont <compta@atelier-dupont.fr>'],
      subject: 'Copie de votre facture LS2026-0178 déposée pour Opéra de Saint-Étienne',
      text: "Bonjour,\n\nVotre fournisseur ATELIER DUPONT a déposé une facture sur Chorus Pro à destination de Opéra de Saint-Étienne.\n\nNuméro de facture : LS2026-0178\nDate de facture : 29/05/2026\nMontant TTC : 3 654,00 €\nÉchéance : 28/06/2026\n\nCe message vous est adressé en copie en tant qu'émetteur de la facture (destinataire : marches@opera.example.fr).\n\nCeci est un message automatique, merci de ne pas y répondre.",
      date: '2026-05-29T10:00:00Z',
    });
    const [r] = await scanMessages([copy], { me, today });
    expect(r && [r.invoiceNumber, r.amount, r.debtorEmail, r.debtorName]).toEqual(['LS2026-0178', 3654, 'marches@opera.example.fr', 'Opéra de Saint-Étienne']);
  });
});

describe('a portal\'s rejection answered by our resubmission (held-out KN)', () => {
  it('a rejection for a missing order number asks a question; "soumise à nouveau … avec la commande" answers it; a later rejection for the amount disputes', async () => {
    const inv = message({ from: paul, to: ['Isabelle Giraud <isabelle@assur.example>'], subject: 'Facture CC-2026-0433', text: 'Bonjour,\nFacture CC-2026-0433\nMontant TTC : 13 860,00 €', date: '2026-07-13T10:00:00Z', id: '<inv-0433@atelier-dupont.fr>' });
    const rejected = message({ from: 'Assur via SAP Ariba <do_not_reply@ansmtp.ariba.example>', to: [paul], subject: 'Facture CC-2026-0433 rejetée', text: 'La facture CC-2026-0433 soumise sur SAP Ariba a été rejetée.\nMotif : numéro de bon de commande manquant ou invalide.', date: '2026-07-17T10:00:00Z' });
    const resubmitted = message({ from: paul, to: ['Isabelle Giraud <isabelle@assur.example>'], subject: 'RE: Facture CC-2026-0433', text: 'Bonjour Isabelle,\nLa facture CC-2026-0433 a été soumise à nouveau sur SAP Ariba avec la commande 4510441875. Je vous la renvoie ici en copie.', date: '2026-07-20T10:00:00Z', inReplyTo: '<inv-0433@atelier-dupont.fr>', attachments: [pdf('Invoice_CC-2026-0433.pdf')] });
    expect((await scanMessages([inv, rejected], { me, today: '2026-11-20' }))[0]?.status).toBe('open');
    expect((await scanMessages([inv, rejected, resubmitted], { me, today: '2026-11-20' }))[0]?.status).toBe('open');
    expect((await scanMessages([inv, rejected, resubmitted, message({ from: 'Assur via SAP Ariba <do_not_reply@ansmtp.ariba.example>', to: [paul], subject: 'Facture CC-2026-0433 rejetée', text: 'La facture CC-2026-0433 a été rejetée.\nMotif : montant erroné.', date: '2026-07-25T10:00:00Z' })], { me, today: '2026-11-20' }))[0]?.status).toBe('disputed');
  });
});

describe('two invoices of two series listed one per line after the invoice word, one PDF page holding both (held-out KN)', () => {
  it('each invoice keeps its amount and the terms on its indented line', async () => {
    const mail = message({
      from: paul,
      to: ['Olivier Santoni <olivier@credit.example>'],
      subject: 'Facturation missions',
      text: 'Bonjour,\n\nVoici la facturation des jalons terminés :\n\n- Facture CC2605876 du 25/05/2026 – Audit OT – 13 001,10 EUR TTC\n  Paiement à 60 jours date de facture\n- Facture CC-2026-0439 du 25/05/2026 – Pentest – 27 000,00 EUR TTC – commande BC 2026238\n  Règlement à 30 jours date de facture\n\nCordialement',
      date: '2026-05-25T10:00:00Z',
      attachments: [pdf('Factures.pdf')],
    });
    const page = 'ATELIER DUPONT SAS\nFACTURE CC2605876\nDate de facture : 25/05/2026\nTotal TTC : 18 573,00 EUR\nAcompte déjà versé : -5 571,90 EUR\nNet à payer : 13 001,10 EUR\nPaiement à 60 jours date de facture\nFACTURE CC-2026-0439\nDate de facture : 25/05/2026\nTotal TTC : 27 000,00 EUR\nRèglement à 30 jours date de facture\f';
    const found = await scanMessages([mail], { me, today, pdfReader: readerOf({ 'Factures.pdf': page }) });
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.dueDate])).toEqual([
      ['CC2605876', 13001.1, '2026-07-24'],
      ['CC-2026-0439', 27000, '2026-06-24'],
    ]);
  });
});

describe('an e-mail whose subject joins two invoices, one attached and the other given in the body (held-out EI)', () => {
  it('reports both, each with its own amount and the terms they share', async () => {
    const found = await scanMessages(
      [
        message({
          from: 'Céline Roux <c.roux@avitaillement.example>',
          to: ['Agency <ops@agency.example>'],
          subject: 'Invoices PA-26-0273 + FA2026/0274 / MT Ionian Wave',
          text: 'Good day,\n\nAttached please find invoice PA-26-0273 dated 8 June 2026 for the supply to MT Ionian Wave.\nAlso enclosed invoice FA2026/0274 (bonded stores, same terms), amount €3,957.01.\nAmount due: €2,065.67.\nPayment due on receipt\n\nBest regards,\nCéline Roux',
          date: '2026-06-08T17:04:46+02:00',
          attachments: [{ filename: 'Invoice_PA-26-0273.pdf', mimeType: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.4 not read') }],
        }),
      ],
      { me: ['avitaillement.example'], today: '2026-06-20' },
    );
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.dueDate])).toEqual([
      ['PA-26-0273', 2065.67, '2026-06-08'],
      ['FA2026/0274', 3957.01, '2026-06-08'],
    ]);
  });
});

describe('a PDF whose own dates settle their order (held-out DN)', () => {
  it('reads "Date : 11/9/2026" on a US-style PDF sent on 9 November as 9 November, under a French e-mail', async () => {
    const pdfText = 'FEE NOTE / INVOICE N° FH26-1189\nDate : 11/9/2026\nClient : Ridgeway Partners LP\nProfessional fees : €7,850.00\nTotal : €7,850.00\nAmount due : €7,850.00\nDue date: December 9, 2026';
    const found = await scanMessages(
      [
        message({
          from: 'Secib Facturation <noreply@facturation.secib.fr>',
          to: ['Nathalie Roux <compta@atelier-dupont.fr>'],
          subject: 'Copie de votre note d’honoraires FH26-1189 envoyée à Ridgeway Partners LP',
          text: 'Bonjour,\nVoici la copie de la note d’honoraires FH26-1189 que vous avez envoyée le 09/11/2026 à Ridgeway Partners LP (sbrennan@ridgewaylp.com).\n-------- Message envoyé --------\nHello,\nCabinet Dupont has sent you invoice FH26-1189.\nThe invoice is attached as a PDF.',
          date: '2026-11-09T18:56:21+01:00',
          attachments: [pdf('FH26-1189.pdf')],
        }),
      ],
      { me, today: '2026-11-27', pdfReader: readerOf({ 'FH26-1189.pdf': pdfText }) },
    );
    expect(found.map((r) => [r.invoiceNumber, r.issueDate, r.dueDate])).toEqual([['FH26-1189', '2026-11-09', '2026-12-09']]);
  });
});

describe('a subject made of a reference, its sum and its due date (held-out CM)', () => {
  const send = (subject: string, text: string) =>
    scanMessages([message({ from: paul, to: ['Sabine Hoffmann <sabine@rheinland.example>'], subject, text, date: '2026-08-14T17:38:29+02:00' })], { me, today: '2026-11-27' });
  it('is the invoice, when the body only points at it ("Bank details are on the invoice")', async () => {
    const found = await send('AZ-2026-0444 – €16,740.00 – due 13 Sep 2026', 'Hi Sabine,\nBank details are on the invoice. Let me know if you need anything else.\nKind regards,');
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.dueDate])).toEqual([['AZ-2026-0444', 16740, '2026-09-13']]);
  });
  it('bills its sum when it opens with the deposit word ("Anticipo – AZ-2026-0443 – 5.022,00 € – vence 28/10/2026")', async () => {
    const found = await send('Anticipo – AZ-2026-0443 – 5.022,00 € – vence 28/10/2026', 'Estimada Carmen:\nLos datos bancarios figuran en la factura. Cualquier duda, me dices.\nUn saludo,');
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.dueDate])).toEqual([['AZ-2026-0443', 5022, '2026-10-28']]);
  });
  it('a reference and a sum without a due date, under a body that is about something else, is no invoice', async () => {
    const found = await send('PO-2026-0444 – €16,740.00', 'Hi Sabine,\nThe venue confirmed the booking for the group; details on the invoice when we have them.\nKind regards,');
    expect(found).toEqual([]);
  });
  it('a Dutch advance invoice ("Voorschotfactuur NT-2026-0177") is an invoice', async () => {
    const found = await send('Voorschotfactuur NT-2026-0177', 'Beste Wim,\nZoals afgesproken vindt u hierbij de voorschotfactuur NT-2026-0177 (30%) voor het project, bedrag 2.932,68 €, te betalen bij ontvangst.\nMet vriendelijke groeten,');
    expect(found.map((r) => [r.invoiceNumber, r.amount])).toEqual([['NT-2026-0177', 2932.68]]);
  });
});

describe('held-out BK, BL, BJ, BM, YJ', () => {
  it('a portal writing to the company and its client at once, naming the client\'s address, sends the invoice ("Chorus Pro - Dépôt de votre facture …")', async () => {
    const found = await scanMessages(
      [
        message({
          from: 'Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>',
          to: ['Sophie Lemaire <compta@atelier-dupont.fr>', 'Service Restauration <restauration@cde13.example.fr>'],
          subject: 'Chorus Pro - Dépôt de votre facture PDR-2026-0357',
          text: 'Bonjour,\nVotre facture n° PDR-2026-0357 a été déposée sur Chorus Pro le 03/07/2026.\nDestinataire : Caisse des écoles du 13e (restauration@cde13.example.fr)\nMontant TTC : 547,80 EUR\nDate de facture : 03/07/2026',
          date: '2026-07-03T10:23:50+02:00',
        }),
      ],
      { me, today: '2026-11-27' },
    );
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.debtorEmail])).toEqual([['PDR-2026-0357', 547.8, 'restauration@cde13.example.fr']]);
  });
  it('the same portal e-mail from a person, or as a reply, is not the company\'s', async () => {
    const found = await scanMessages(
      [
        message({
          from: 'Marie Achats <achats@client.example>',
          to: ['compta@atelier-dupont.fr', 'Service Restauration <restauration@cde13.example.fr>'],
          subject: 'Dépôt de votre facture PDR-2026-0357',
          text: 'Votre facture n° PDR-2026-0357 a été déposée. Destinataire : restauration@cde13.example.fr. Montant TTC : 547,80 EUR',
          date: '2026-07-03T10:23:50+02:00',
        }),
      ],
      { me, today: '2026-11-27' },
    );
    expect(found).toEqual([]);
  });
  it('a release of the retention held back is billed ("Libération de la retenue de garantie n° BC-2026-0226")', async () => {
    const found = await scanMessages(
      [message({ from: paul, to: ['compta@mairie.example.fr'], subject: 'Libération de la retenue de garantie BC-2026-0226', text: 'Bonjour,\nvous trouverez notre libération de la retenue de garantie n° BC-2026-0226.\nLibération de la retenue de garantie n° BC-2026-0226 du 22/09/2026\nTotal TTC : 1 361,57 €\nNet à payer : 1 361,57 €\nÉchéance : 07/10/2026', date: '2026-09-22T15:12:21+02:00' })],
      { me, today: '2026-11-27' },
    );
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.dueDate])).toEqual([['BC-2026-0226', 1361.57, '2026-10-07']]);
  });
  it('a client asking for its PO number "sans cela … ne peut pas la traiter" asks a question: the invoice stays open, as again once we answer', async () => {
    const invoice = message({ id: '<po-1@test>', from: paul, to: ['factures@opco.example.fr'], subject: 'Facture FA-FR-26050', text: 'Bonjour,\nVeuillez trouver la facture FA-FR-26050.\nTotal TTC : 1 200,00 €\nÉchéance : 30/09/2026', date: '2026-09-02T10:00:00+02:00' });
    const ask = message({ from: 'factures@opco.example.fr', to: [paul], subject: 'RE: Facture FA-FR-26050', inReplyTo: '<po-1@test>', text: 'Bonjour,\nPourriez-vous rajouter notre numéro de bon de commande (BC-45412) sur la facture ? Sans cela notre service créancier ne peut pas la traiter.', date: '2026-09-18T18:48:24+02:00' });
    const [r] = await scanMessages([invoice, ask], { me, today: '2026-11-27' });
    expect(r!.status).toBe('open');
  });
  it('an abbreviated invoice word keeps the series in a subject-only invoice ("Fact. FAC 26/1282 montant … - échéance …")', async () => {
    const found = await scanMessages(
      [message({ from: paul, to: ['client@platrerie.example'], subject: 'Fact. FAC 26/1282 montant 1 405,06 euros - échéance 15/09/2026', text: 'Bonjour,\n\nCi-dessous facture pour les fournitures du chantier.\n\nMerci,\nPaul', date: '2026-08-26T15:31:31+02:00' })],
      { me, today: '2026-11-27' },
    );
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.dueDate])).toEqual([['FAC 26/1282', 1405.06, '2026-09-15']]);
  });
});

describe('an order named by its number in the title of the e-mail sending its invoice (held-out XP)', () => {
  it('"Commande Bon de commande n° BC62122 - facturation" over "je vous adresse notre facture n° FAC000335" is that invoice', async () => {
    const found = await scanMessages(
      [message({ from: paul, to: ['l.ferrand@ecole.example.org'], subject: 'Commande Bon de commande n° BC62122 - facturation', text: 'Bonjour Laurence,\n\nSuite à la livraison de votre commande (Bon de commande n° BC62122), je vous adresse notre facture n° FAC000335.\n\n- Le Petit Prince - Folio Junior x19\n\nMontant total TTC : 4450,62 €\nPaiement à 60 jours\n\nBien cordialement,', date: '2026-08-05T12:17:18+02:00' })],
      { me, today: '2026-11-27' },
    );
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.dueDate])).toEqual([['FAC000335', 4450.62, '2026-10-04']]);
  });
  it('our own purchase order to a supplier ("Bon de commande n° 2026-118") is none', async () => {
    const found = await scanMessages(
      [message({ from: paul, to: ['ventes@fournisseur.example'], subject: 'Bon de commande n° 2026-118', text: 'Bonjour,\n\nVeuillez trouver notre bon de commande n° 2026-118 : 40 cartons, 1 240,00 € HT. Merci de rappeler ce numéro sur votre facture.\n\nCordialement,', date: '2026-08-05T12:17:18+02:00' })],
      { me, today: '2026-11-27' },
    );
    expect(found).toEqual([]);
  });
});

describe('a client asking us to reissue with its PO, "Our AP system rejects invoices without a PO" (held-out WQ)', () => {
  it('asks a question: the invoice stays open, and our reissue answers it', async () => {
    const invoice = message({ id: '<po-2@test>', from: paul, to: ['rnguyen@bayline.example'], subject: 'Invoice EXP-26/141', text: 'Hi Rachel,\nPlease find invoice EXP-26/141.\nTotal: USD 4,200.00\nDue date: 30/11/2026', date: '2026-10-28T12:10:00+01:00' });
    const ask = message({ from: 'Rachel Nguyen <rnguyen@bayline.example>', to: [paul], subject: 'RE: Invoice EXP-26/141', inReplyTo: '<po-2@test>', text: 'Hi Julien,\nCould you please reissue this invoice with our PO# BW-5512 on it? Our AP system rejects invoices without a PO.\nThanks!', date: '2026-11-02T15:46:35-08:00' });
    const [r] = await scanMessages([invoice, ask], { me, today: '2026-12-04' });
    expect(r!.status).toBe('open');
  });
});

describe('documents sent with an invoice that say they are none (held-out RP)', () => {
  it('a calibration certificate "Ce document n\'est pas une facture" beside the invoice is not a second invoice', async () => {
    const sent = message({
      from: paul,
      to: ['Agence comptable <agence.comptable@univ.example>'],
      subject: 'Votre facture MA-2027-0414',
      text: 'Veuillez trouver ci-joint la facture n° MA-2027-0414. Les certificats d’étalonnage sont joints.',
      date: '2027-02-01T10:00:00Z',
      attachments: [pdf('Facture_MA-2027-0414.pdf'), pdf('Certificat_MA20270414.pdf')],
    });
    const reader = readerOf({
      'Facture_MA-2027-0414.pdf': 'FACTURE N° MA-2027-0414\nDate : 01/02/2027\nTotal TTC : 9 972,00 €\nNet à payer : 9 972,00 €',
      'Certificat_MA20270414.pdf': 'Certificat d’étalonnage\nN° CE-27-9170\nInstrument : multimètre\nCe document n’est pas une facture.',
    });
    const found = await scanMessages([sent], { me, today, pdfReader: reader });
    expect(found.map((r) => r.invoiceNumber)).toEqual(['MA-2027-0414']);
  });
});

describe('a Portuguese platform copy whose sender name holds a comma (held-out TQ)', () => {
  it('"Cópia: Fatura FT 2027/297 enviada a …" from \'"Tejo Digital", Lda via InvoiceXpress\' is the company\'s invoice', async () => {
    const copy = message({
      from: '"Atelier Dupont", Lda via InvoiceXpress <no-reply@invoicexpress.example>',
      to: [paul],
      subject: 'Cópia: Fatura FT 2027/297 enviada a Farmácias Lusas, Lda',
      text: 'Olá,\n\nEsta é uma cópia do documento enviado a Sofia Carvalho <sofia@farmacias.example>.\n\n---\n\nEnviamos em anexo o documento Fatura FT 2027/297, emitido em 02/02/2027, no valor de 2.460,00 EUR.\nPrazo de pagamento: 30 dias após emissão',
      date: '2027-02-02T10:00:00Z',
    });
    const found = await scanMessages([copy], { me, today });
    expect(found.map(facts)).toEqual([['FT 2027/297', 2460, '2027-03-04', 'sofia@farmacias.example']]);
  });
});

describe('an e-mail with no document whose subject joins two invoices of two series, each in a passage of the body (held-out NQ)', () => {
  it('reports both, each with the amount of its own passage', async () => {
    const found = await scanMessages(
      [
        message({
          from: 'Yann Le Goff <yann@corsaire.example>',
          to: ['Morgane Le Corre <morgane@granit.example>'],
          subject: 'Factures CF26/0339 et CF-2026-0340',
          text: 'Bonjour Morgane,\n\nVoici la factures n° CF26/0339 du 06/08/2026 :\n- Création GMR (GVMS) : 1 x 23,00 €\nTotal HT 23,00 €, TVA 20 % 4,60 €, soit 27,60 € TTC, conditions : paiement à 30 jours net.\n\nEt la facture n° CF-2026-0340 (stationnement remorques) : 802,80 € TTC, mêmes conditions.\n\nRIB : FR76 1380 7000 4231 2199 4402 871\n\nCordialement,\nYann',
          date: '2026-08-06T08:18:02+02:00',
        }),
      ],
      { me: ['corsaire.example'], today: '2026-11-24' },
    );
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.dueDate])).toEqual([
      ['CF26/0339', 27.6, '2026-09-05'],
      ['CF-2026-0340', 802.8, '2026-09-05'],
    ]);
  });
});

describe('a due date whose numbers read either way, settled by the terms (held-out NS)', () => {
  it('"due on 07/08/2026" with "Payment within 45 days" of 24 May 2026 is 8 July', async () => {
    const pdfText = 'INVOICE 1058\nInvoice date: 24 May 2026\nBill to: Northlight Pictures Ltd\nTotal due: GBP 17,750.00\nPayment within 45 days of invoice date';
    const found = await scanMessages(
      [
        message({
          from: 'Croisette Events <quickbooks@notification.intuit.example>',
          to: ['Fiona <fiona@northlight.example>'],
          cc: ['compta@croisette.example'],
          subject: 'Invoice 1058 from Croisette Events',
          text: "Dear Fiona,\n\nHere's invoice 1058 for £17,750.00.\n\nThe amount outstanding of £17,750.00 is due on 07/08/2026.\n\nCroisette Events",
          date: '2026-05-24T11:03:29Z',
          attachments: [pdf('Invoice_1058.pdf')],
        }),
      ],
      { me: ['croisette.example'], today: '2026-11-27', pdfReader: readerOf({ 'Invoice_1058.pdf': pdfText }) },
    );
    expect(found.map((r) => [r.invoiceNumber, r.dueDate])).toEqual([['1058', '2026-07-08']]);
  });
  it('keeps the date as read when the terms give neither reading', async () => {
    const found = await scanMessages(
      [
        message({
          from: 'Paul Martin <paul@atelier-dupont.fr>',
          to: ['Fiona <fiona@northlight.example>'],
          subject: 'Facture F-2027-12',
          text: 'Bonjour,\n\nVeuillez trouver la facture F-2027-12 du 02/01/2027, montant 960,00 € TTC.\nÉchéance : 07/02/2027\nConditions : 30 jours.\n',
          date: '2027-01-02T10:00:00Z',
        }),
      ],
      { me, today },
    );
    expect(found.map((r) => [r.invoiceNumber, r.dueDate])).toEqual([['F-2027-12', '2027-02-07']]);
  });
});

describe("a public e-invoicing portal's confirmation to the user (held-out MT)", () => {
  it('"Ihre Rechnung wurde erfolgreich über die Zentrale Rechnungseingangsplattform des Bundes (ZRE) übermittelt" carries the invoice, to the recipient it names', async () => {
    const found = await scanMessages(
      [
        message({
          from: 'ZRE – Zentrale Rechnungseingangsplattform <noreply@xrechnung.bund.example>',
          to: ['Claire Ott <claire.ott@reliure.example>'],
          subject: 'Übermittlungsbestätigung Rechnung F-2026-0416',
          text: 'Sehr geehrte Damen und Herren,\n\nIhre Rechnung wurde erfolgreich über die Zentrale Rechnungseingangsplattform des Bundes (ZRE) übermittelt.\n\nRechnungsnummer: F-2026-0416\nRechnungsdatum: 15.11.2026\nRechnungsempfänger: Universitätsbibliothek Freiburg\nE-Mail Rechnungsempfänger: rechnungseingang@ub.uni-freiburg.example\nLeitweg-ID: 991-51756-27\nBruttobetrag: 9.388,80 €\nFälligkeit: 30.12.2026\n\nDiese Nachricht wurde automatisch erstellt.',
          date: '2026-11-15T09:03:54+01:00',
        }),
      ],
      { me: ['reliure.example'], today: '2026-11-27' },
    );
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.dueDate, r.debtorEmail])).toEqual([['F-2026-0416', 9388.8, '2026-12-30', 'rechnungseingang@ub.uni-freiburg.example']]);
  });
});

describe('the subject\'s invoice and another of its series, each on a line of its own with its amount (held-out LR)', () => {
  it('reports both', async () => {
    const found = await scanMessages(
      [
        message({
          from: 'Claire Morel <claire@lingua.example>',
          to: ['Mette Sørensen <mette@havnesoft.example>'],
          subject: 'Invoice FA-2026-0326 – DKK 79.368,80 – DE>FR help centre',
          text: 'Hej Mette,\n\nhere are the details of our invoice for the recent work:\n\nFA-2026-0326 – DE>FR help centre – 79.368,80 kr.\nFA-2026-0327 – localisation release 2026.1 – DKK 48.073,73\nBetalingsbetingelser: netto 45 dage\n\nThanks a lot,\nClaire',
          date: '2026-08-17T15:31:59+02:00',
        }),
      ],
      { me: ['lingua.example'], today: '2026-11-27' },
    );
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.currency, r.dueDate])).toEqual([
      ['FA-2026-0326', 79368.8, 'DKK', '2026-10-01'],
      ['FA-2026-0327', 48073.73, 'DKK', '2026-10-01'],
    ]);
  });
  it('an item code listed on a bill is no second invoice', async () => {
    const found = await scanMessages(
      [
        message({
          from: 'Claire Morel <claire@lingua.example>',
          to: ['Mette Sørensen <mette@havnesoft.example>'],
          subject: 'Invoice FA-2026-0330',
          text: 'Invoice FA-2026-0330\nREF-101 – glossary – 1.200,00 kr.\nREF-102 – review – 800,00 kr.\nTotal: DKK 2.000,00\nBetalingsbetingelser: netto 30 dage',
          date: '2026-08-17T15:31:59+02:00',
        }),
      ],
      { me: ['lingua.example'], today: '2026-11-27' },
    );
    expect(found.map((r) => [r.invoiceNumber, r.amount])).toEqual([['FA-2026-0330', 2000]]);
  });
});

describe('two invoices printed one under the other in a platform e-mail: a street number and a postal code are no third (held-out LT)', () => {
  it('reports # 1220 and # 1223 only', async () => {
    const block = (n: string, date: string, po: string, amount: string, due: string) =>
      `INVOICE # ${n}\nInvoice date: ${date}\nBill to: Lumen Biotech SA, Route de Meyrin 120, 1217 Genève\nPO number: ${po}\nTotal: CHF ${amount}\nAmount due: CHF ${amount}\nPayable by: ${due}\n`;
    const found = await scanMessages(
      [
        message({
          from: 'Cap Cime Leadership <quickbooks@notification.intuit.example>',
          to: ['Étienne Rochat <etienne@lumen.example>'],
          cc: ['Claire Vautrin <claire@capcime.example>'],
          subject: 'Invoices 1220 and 1223 from Cap Cime Leadership',
          text: `Dear Étienne,\n\nHere's your invoice!\n\n${block('1220', '15 October 2026', 'LB-64010', "5'775.40", '14 November 2026')}\n${block('1223', '15.10.2026', 'LB-94747', "2'880.50", '5 November 2026')}\nHave a great day,\nCap Cime Leadership`,
          date: '2026-10-15T15:54:34+02:00',
        }),
      ],
      { me: ['capcime.example'], today: '2026-11-27' },
    );
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.dueDate])).toEqual([
      ['1220', 5775.4, '2026-11-14'],
      ['1223', 2880.5, '2026-11-05'],
    ]);
  });
});

describe("a client answering in a platform copy's thread from the address the copy names (held-out LT)", () => {
  it('is the client, whose promise counts', async () => {
    const copy = message({
      from: 'QuickBooks <quickbooks@notification.intuit.example>',
      to: ['Facturation <facturation@capcime.example>'],
      subject: 'Copie de la facture 1239 envoyée à factures@orsay.example',
      text: 'Voici une copie de la facture envoyée à Orsay Luxe SA (factures@orsay.example).\n\nFACTURE N° 1239\nDate : 9 octobre 2026\nNet à payer : 15 624,00 €',
      date: '2026-10-09T12:49:37+02:00',
    });
    const reply = message({
      from: 'Orsay Luxe – Factures <factures@orsay.example>',
      to: ['Claire Vautrin <claire@capcime.example>'],
      subject: 'Re: Copie de la facture 1239 envoyée à factures@orsay.example',
      text: 'Bonjour Madame,\nLa facture 1239 est validée, le règlement interviendra le 05/12/2026.\nCordialement\n\nOn 09/10/2026, Cap Cime Leadership wrote:\n> Voici une copie de la facture envoyée à Orsay Luxe SA (factures@orsay.example).',
      date: '2026-11-24T09:27:59+01:00',
      inReplyTo: copy.messageId,
    });
    const found = await scanMessages([copy, reply], { me: ['capcime.example'], today: '2026-11-27' });
    expect(found.map((r) => [r.invoiceNumber, r.status, r.promisedDate])).toEqual([['1239', 'promised', '2026-12-05']]);
  });
});

describe('statements and replies that carry invoices (held-out HR, HT, FP)', () => {
  const client = 'Dr Laure Py <laure.py@cabinet-py.fr>';
  it('a monthly statement whose document calls itself an invoice is that invoice; one whose document is a statement is none', async () => {
    const statement = (id: string, file: string) =>
      message({ id, from: paul, to: [client], subject: `Relevé mensuel juin 2027 (${file.replace('.pdf', '')})`, text: 'Bonjour Docteur,\n\nVeuillez trouver ci-joint le relevé des travaux réalisés le mois dernier.\n\nBien cordialement', date: '2027-02-26T10:00:00Z', attachments: [pdf(file)] });
    const pdfReader = readerOf({
      'R2027-438.pdf': 'FACTURE N° R2027-438\nDate : 26 février 2027\nClient : Dr Laure Py\nRelevé des travaux - février 2027\nTotal TTC / Net à payer : 2.165,10 €\nPaiement à 30 jours date de facture',
      'REL-S08.pdf': 'RELEVÉ DE FACTURES\nSemaine 8\nFacture F-2027-101 : 420,00 €\nFacture F-2027-104 : 380,00 €',
    });
    const found = await scanMessages([statement('<a@x>', 'R2027-438.pdf'), statement('<b@x>', 'REL-S08.pdf')], { me, today, pdfReader });
    expect(found.map((r) => [r.invoiceNumber, r.amount])).toEqual([['R2027-438', 2165.1]]);
  });
  it('a monthly statement sent with the invoices it lists, each in its file, sends those invoices', async () => {
    const mail = message({
      from: paul, to: [client], subject: 'Relevé mensuel de facturation – août',
      text: 'Bonjour,\n\nVeuillez trouver ci-joint le relevé de nos prestations du mois ainsi que les factures correspondantes :\n\n- Facture APR263423 du 03/02/2027 : 1 505,45 € TTC – échéance 05/03/2027\n- Facture F2609-191 du 27/01/2027 : 2 834,28 € TTC – échéance 25/03/2027',
      date: '2027-02-03T10:00:00Z', attachments: [pdf('Facture_APR263423.pdf'), pdf('Facture_F2609-191.pdf')],
    });
    const found = await scanMessages([mail], { me, today, pdfReader: readerOf({}) });
    expect(found.map((r) => r.invoiceNumber).sort()).toEqual(['APR263423', 'F2609-191']);
  });
  it('a reply in a pro forma\'s thread sending « la facture d\'acompte : Facture n° DG-2027-0119 » with its file sends that invoice', async () => {
    const reply = message({
      from: paul, to: [client], subject: 'Re: Proforma PF-2027-043 – commande',
      text: "Bonjour,\n\nMerci pour votre confirmation. Vous trouverez ci-joint la facture d'acompte :\n\nFacture n° DG-2027-0119\nDate : 10 février 2027\nMontant de l'acompte : € 158,98",
      date: '2027-02-10T10:00:00Z', inReplyTo: '<pf@x>', attachments: [pdf('Facture_DG-2027-0119.pdf')],
    });
    const found = await scanMessages([reply], { me, today, pdfReader: readerOf({}) });
    expect(found.map((r) => [r.invoiceNumber, r.amount])).toEqual([['DG-2027-0119', 158.98]]);
  });
});

describe('first-run misses of the WV–WZ, VW batch (eleventh session)', () => {
  it('a PDF holding « FACTURE D’ACOMPTE N° F2026-116 » and « FACTURE N° JMC-2026-149 » on one page is two invoices', async () => {
    const mail = message({
      from: paul,
      to: ['Hugo Bernard <hugo@volcanix.fr>'],
      subject: 'Facture',
      text: 'Hello Hugo,\n\nCi-joint la facture F2026-116 et JMC-2026-149 (PDF).\nMontant : 5 400,00 € / 635,88 €\nConditions : paiement à 30 jours date de facture.',
      date: '2027-03-01T10:00:00+01:00',
      attachments: [pdf('F2026-116_JMC-2026-149.pdf')],
    });
    const pdfReader = readerOf({
      'F2026-116_JMC-2026-149.pdf':
        "Atelier Dupont\nFACTURE D'ACOMPTE N° F2026-116\nDate : 01/03/2027\nAcompte 30 % - mission : 4 500,00 €\nTotal HT : 4 500,00 €\nTVA 20 % : 900,00 €\nTotal TTC : 5 400,00 €\n----\nAtelier Dupont\nFACTURE N° JMC-2026-149\nDate : 01/03/2027\nFrais de déplacement : 529,90 €\nTotal HT : 529,90 €\nTVA 20 % : 105,98 €\nTotal TTC : 635,88 €\n----",
    });
    const found = await scanMessages([mail], { me, today, pdfReader });
    expect(found.map((r) => [r.invoiceNumber, r.amount])).toEqual([
      ['F2026-116', 5400],
      ['JMC-2026-149', 635.88],
    ]);
  });

  it('an English « commission note no. NC-2026-053 » is an invoice', async () => {
    const mail = message({
      from: paul,
      to: ['Tanaka Aoi <finance@mizuiro-label.jp>'],
      subject: 'NC-2026-053 - commission PE27',
      text: 'Dear Tanaka,\n\nFollowing the close of the sales campaign, please find our commission note no. NC-2026-053 dated 03/01/2027.\n\nAmount due: JPY 172,500\nDue date: 03/31/2027',
      date: '2027-03-01T10:00:00+01:00',
    });
    const found = await scanMessages([mail], { me, today, pdfReader: readerOf({}) });
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.currency, r.dueDate])).toEqual([['NC-2026-053', 172500, 'JPY', '2027-03-31']]);
  });

  it('an e-mail whose own date reads as its sending day in one order keeps that order over its PDF’s', async () => {
    const mail = message({
      from: 'Atelier Dupont <quickbooks@notification.intuit.com>',
      to: ['Paul Martin <paul@atelier-dupont.fr>'],
      subject: 'Copy of invoice 1210 sent to Seoul Objet Inc.',
      text: 'This is a copy of the invoice you sent to Seoul Objet Inc. (ap@seoulobjet.com).\n\nYour invoice 1210 is attached.\n\nBalance due: KRW 14,500,000\nInvoice date: 03/02/2027',
      date: '2027-03-02T10:00:00+01:00',
      attachments: [pdf('Facture_1210.pdf')],
    });
    const pdfReader = readerOf({ 'Facture_1210.pdf': 'Atelier Dupont\nFACTURE / INVOICE 1210\nClient : Seoul Objet Inc.\nDate : 02/03/2027\nTotal TTC : 14,500,000 KRW' });
    const found = await scanMessages([mail], { me, today, pdfReader });
    expect(found.map((r) => [r.invoiceNumber, r.issueDate])).toEqual([['1210', '2027-03-02']]);
  });
});

describe('two invoices one under the other whose numbers begin with N (held-out DDY)', () => {
  it('« FACTURE NT-2026-0424 » is numbered NT-2026-0424, not T-2026-0424 after a number sign « N »', async () => {
    const mail = message({
      from: paul,
      to: ['Sandrine Pellegrino <s.pellegrino@cn-laseyne.example>'],
      subject: 'Factures NT-2026-0424 et NT-2026-0425 - commande CA-26-3455',
      text: 'Bonjour Sandrine,\n\nVeuillez trouver ci-jointes nos factures NT-2026-0424 (9 744,00 € TTC) et NT-2026-0425 (1 776,00 € TTC).',
      date: '2026-10-16T10:00:00Z',
      attachments: [pdf('Factures_NT-2026-0424_0425.pdf')],
    });
    const part = (n: string, total: string) => `ATELIER DUPONT SAS\nFACTURE ${n}\nDate : 16/10/2026\nTotal TTC : ${total} EUR\nPaiement a 45 jours, soit le 30/11/2026.\n`;
    const found = await scanMessages([mail], { me, today: '2026-12-07', pdfReader: readerOf({ 'Factures_NT-2026-0424_0425.pdf': part('NT-2026-0424', '9 744,00') + '----------------------------------------\n' + part('NT-2026-0425', '1 776,00') }) });
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.dueDate])).toEqual([['NT-2026-0424', 9744, '2026-11-30'], ['NT-2026-0425', 1776, '2026-11-30']]);
  });
});

describe('a reply naming another invoice only to compare (held-out DJX)', () => {
  it('« Même remarque que pour la FA2026-0398 : … n\'est pas accepté » disputes the invoice it answers, not the other', async () => {
    const client = 'AP Saveurs <ap@saveurs.example>';
    const first = message({ from: paul, to: [client], subject: 'Facture FA2026-0398', text: 'Bonjour,\nFacture FA2026-0398\nMontant TTC : 1 200,00 €\nÉchéance : 10/11/2026', date: '2026-09-10T10:00:00Z', id: '<inv-0398@atelier-dupont.fr>' });
    const second = message({ from: paul, to: [client], subject: 'Facture FA2026-0436', text: 'Bonjour,\nFacture FA2026-0436\nMontant TTC : 5 108,31 €\nÉchéance : 13/12/2026', date: '2026-10-14T10:00:00Z', id: '<inv-0436@atelier-dupont.fr>' });
    const reply = message({ from: client, to: [paul], subject: 'Re: Facture FA2026-0436', text: "Bonjour,\nMême remarque que pour la FA2026-0398 : le tarif 2026 révisé n'est pas accepté. Nous réglerons sur la base de l'ancien tarif uniquement après accord écrit. Merci de nous faire parvenir un avoir.", date: '2026-10-20T10:00:00Z', inReplyTo: '<inv-0436@atelier-dupont.fr>' });
    const found = await scanMessages([first, second, reply], { me, today: '2026-11-20' });
    expect(found.map((r) => [r.invoiceNumber, r.status])).toEqual([
      ['FA2026-0398', 'open'],
      ['FA2026-0436', 'disputed'],
    ]);
  });
});
