/**
 * Invoices sent by invoicing platforms on the company's behalf, in their HTML e-mail styles: label and value
 * cells side by side, labels above their values, a header row above a row of values, the amount as a big
 * figure; sent from the platform's no-reply address with the company's name, Reply-To the user, the user in
 * Cc or in Bcc (Delivered-To only), or a copy to the user naming the client.
 */
import { describe, expect, it } from 'vitest';
import { factsOf, scan, type Facts } from './scan';
import type { EmlSpec } from './eml';

/** The frame platforms wrap their content in: a header cell, the content, a footer with links. */
function page(brand: string, inner: string, footer = 'Envoyé avec ' + brand): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${brand}</title><style>td{font-family:Arial;font-size:14px}</style></head>
<body style="margin:0;background:#f4f4f7"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#fff"><tr><td style="padding:24px;font-weight:bold">${brand}</td></tr>
<tr><td style="padding:24px">${inner}</td></tr>
<tr><td style="padding:16px;color:#999;font-size:11px">${footer} · <a href="https://example.invalid/help">Aide</a> · <a href="https://example.invalid/privacy">Confidentialité</a></td></tr>
</table></td></tr></table></body></html>`;
}
const rows = (pairs: [string, string][]) => `<table cellpadding="4">${pairs.map(([l, v]) => `<tr><td style="color:#666">${l}</td><td align="right"><strong>${v}</strong></td></tr>`).join('')}</table>`;
const stacked = (pairs: [string, string][]) => pairs.map(([l, v]) => `<div style="color:#888;font-size:12px">${l}</div><div style="font-size:20px;margin-bottom:12px">${v}</div>`).join('');
const grid = (pairs: [string, string][]) =>
  `<table cellpadding="6"><tr>${pairs.map(([l]) => `<th align="left">${l}</th>`).join('')}</tr><tr>${pairs.map(([, v]) => `<td>${v}</td>`).join('')}</tr></table>`;

interface Case {
  name: string;
  me: string[];
  spec: EmlSpec;
  facts: Facts;
}

const FR = ['menuiserie-girard.fr'];
const GB = ['northfield-design.co.uk'];
const US = ['pineandco.com'];

const CASES: Case[] = [
  {
    name: 'Pennylane: label and value cells, Reply-To the user',
    me: FR,
    spec: {
      from: 'Menuiserie Girard <notifications@pennylane.com>', replyTo: 'Luc Girard <luc@menuiserie-girard.fr>', to: ['Atelier Roche <compta@atelier-roche.fr>'], date: '2026-11-16T09:03:00+01:00',
      subject: 'Menuiserie Girard vous a envoyé une facture',
      html: page('Pennylane', `<h1>Nouvelle facture</h1><p>Bonjour,</p><p>Menuiserie Girard vous a envoyé la facture F-2026-0150.</p>${rows([["Numéro de facture", 'F-2026-0150'], ["Date d'émission", '16/11/2026'], ["Date d'échéance", '31/12/2026'], ['Montant TTC', '1&nbsp;440,00&nbsp;&euro;']])}<p><a href="https://example.invalid/i/abc">Voir la facture</a></p>`),
    },
    facts: { invoiceNumber: 'F-2026-0150', amount: 1440, currency: 'EUR', issueDate: '2026-11-16', dueDate: '2026-12-31', debtorEmail: 'compta@atelier-roche.fr' },
  },
  {
    name: 'Sellsy: labels above values, user in Cc, no printed invoice date',
    me: FR,
    spec: {
      from: 'Menuiserie Girard <ne-pas-repondre@sellsy.net>', to: ['Hôtel Bellevue <direction@hotel-bellevue.fr>'], cc: ['compta@menuiserie-girard.fr'], date: '2026-11-30T10:00:00+01:00',
      subject: 'Facture FAC-2026-00231 - Menuiserie Girard',
      text: 'Bonjour,\n\nVeuillez trouver votre facture FAC-2026-00231.\n\nMontant dû\n2 160,00 €\n\nÉchéance\n31 décembre 2026\n\nCordialement,\nMenuiserie Girard',
      html: page('Sellsy', `<p>Bonjour,</p><p>Veuillez trouver votre facture.</p>${stacked([['Montant dû', '2 160,00 €'], ['Échéance', '31 décembre 2026'], ['Référence', 'FAC-2026-00231']])}`),
    },
    facts: { invoiceNumber: 'FAC-2026-00231', amount: 2160, currency: 'EUR', issueDate: '2026-11-30', dueDate: '2026-12-31', debtorEmail: 'direction@hotel-bellevue.fr' },
  },
  {
    name: 'Tiime: inline bold values, "à régler avant le"',
    me: FR,
    spec: {
      from: 'Menuiserie Girard <noreply@tiime.fr>', to: ['paul@boulangerie-paul.fr'], date: '2026-12-01T08:00:00+01:00', subject: 'Facture F-2026-12-003 de Menuiserie Girard',
      html: page('Tiime', `<p>Bonjour,</p><p>Vous trouverez ci-joint la facture <b>F-2026-12-003</b> d'un montant de <b>720,00 €</b>.</p><p>À régler avant le <b>10/12/2026</b>.</p>`),
    },
    facts: { invoiceNumber: 'F-2026-12-003', amount: 720, currency: 'EUR', issueDate: '2026-12-01', dueDate: '2026-12-10', debtorEmail: 'paul@boulangerie-paul.fr' },
  },
  {
    name: 'Henrri: "vous avez reçu une facture", a header row above the values',
    me: FR,
    spec: {
      from: 'Menuiserie Girard <noreply@henrri.com>', to: ['gerant@cave-saint-jean.fr'], date: '2026-11-21T14:00:00+01:00', subject: 'Vous avez reçu une facture de Menuiserie Girard',
      html: page('Henrri', `<p>Bonjour,</p><p>Vous avez reçu une facture de Menuiserie Girard.</p>${grid([['N° facture', 'FA00045'], ['Date', '20/11/2026'], ['Échéance', '31/12/2026'], ['Total TTC', '480,00 €']])}`),
    },
    facts: { invoiceNumber: 'FA00045', amount: 480, currency: 'EUR', issueDate: '2026-11-20', dueDate: '2026-12-31', debtorEmail: 'gerant@cave-saint-jean.fr' },
  },
  {
    name: 'Qonto: label : value lines, IBAN in the body',
    me: FR,
    spec: {
      from: 'Menuiserie Girard <invoicing@qonto.com>', replyTo: 'luc@menuiserie-girard.fr', to: ['admin@cabinet-vasseur.fr'], date: '2026-11-30T11:00:00+01:00', subject: 'Facture n° 2026-031 de Menuiserie Girard',
      html: page('Qonto', `<p>Bonjour,</p><p>Menuiserie Girard vous a envoyé une facture.</p><p>Facture n° 2026-031<br>Date d'émission : 30 novembre 2026<br>Montant total : 540,00 €<br>Date d'échéance : 15 janvier 2027</p><p>Payer par virement : IBAN FR76 1695 8000 0100 0000 0000 000</p>`),
    },
    facts: { invoiceNumber: '2026-031', amount: 540, currency: 'EUR', issueDate: '2026-11-30', dueDate: '2027-01-15', debtorEmail: 'admin@cabinet-vasseur.fr' },
  },
  {
    name: 'Facture.net: signed with its own name, the user in Bcc (Delivered-To only)',
    me: FR,
    spec: {
      from: 'Facture.net <noreply@facture.net>', to: ['contact@garage-moreau.fr'], deliveredTo: 'luc@menuiserie-girard.fr', date: '2026-11-15T10:00:00+01:00', subject: 'Nouvelle facture de la part de Menuiserie Girard',
      html: page('Facture.net', `<p>Bonjour,</p><p>Menuiserie Girard vous a adressé une nouvelle facture.</p><table><tr><td>Facture N°</td><td>FA00112</td></tr><tr><td>Montant TTC</td><td>1 980,00 €</td></tr><tr><td>Échéance</td><td>31/12/2026</td></tr></table>`),
    },
    facts: { invoiceNumber: 'FA00112', amount: 1980, currency: 'EUR', issueDate: '2026-11-15', dueDate: '2026-12-31', debtorEmail: 'contact@garage-moreau.fr' },
  },
  {
    name: 'Evoliz: total, deposit and net à payer',
    me: FR,
    spec: {
      from: 'Menuiserie Girard <no-reply@evoliz.com>', to: ['Mme Durand <durand@durand-archi.fr>'], date: '2026-11-20T09:00:00+01:00', subject: 'Facture FA-2026-00089 - Menuiserie Girard',
      html: page('Evoliz', `<p>Madame, Monsieur,</p><p>Veuillez trouver ci-joint notre facture FA-2026-00089.</p>${rows([['Date', '20/11/2026'], ['Total TTC', '3 600,00 €'], ['Acompte', '504,00 €'], ['Net à payer', '3 096,00 €'], ['Date limite de paiement', '05/01/2027']])}`),
    },
    facts: { invoiceNumber: 'FA-2026-00089', amount: 3096, currency: 'EUR', issueDate: '2026-11-20', dueDate: '2027-01-05', debtorEmail: 'durand@durand-archi.fr' },
  },
  {
    name: 'Odoo (fr): "d\'un montant de", no terms (30 days)',
    me: FR,
    spec: {
      from: 'Menuiserie Girard <notifications@girard.odoo.com>', to: ['compta@sci-les-tilleuls.fr'], date: '2026-11-25T16:00:00+01:00', subject: 'Menuiserie Girard Facture (Réf FAC/2026/00123)',
      html: page('Odoo', `<p>Bonjour,</p><p>Voici votre facture <strong>FAC/2026/00123</strong> d'un montant de <strong>1 234,00 €</strong> de Menuiserie Girard.</p><p>Merci de procéder au paiement dès que possible.</p><p>N'hésitez pas à nous contacter si vous avez des questions.</p>`, 'Propulsé par Odoo'),
    },
    facts: { invoiceNumber: 'FAC/2026/00123', amount: 1234, currency: 'EUR', issueDate: '2026-11-25', dueDate: '2026-12-25', debtorEmail: 'compta@sci-les-tilleuls.fr' },
  },
  {
    name: 'Stripe (en-GB): the amount as a big figure, "Due December 8, 2026", Reply-To the user',
    me: GB,
    spec: {
      from: 'Northfield Design Ltd <invoice+statements+acct_1AbC@stripe.com>', replyTo: 'emma@northfield-design.co.uk', to: ['sam@kestrel-foods.co.uk'], date: '2026-11-01T10:00:00+00:00',
      subject: 'Your invoice from Northfield Design Ltd #7C1F2A9B-0007',
      html: page('Northfield Design Ltd', `<p>Invoice from Northfield Design Ltd</p><p style="font-size:36px">£2,400.00</p><p>Due December 8, 2026</p>${rows([['Invoice number', '7C1F2A9B-0007'], ['Due date', 'December 8, 2026'], ['Amount due', '£2,400.00']])}<p><a href="https://invoice.stripe.com/i/x">Pay this invoice</a></p>`, 'Powered by Stripe'),
    },
    facts: { invoiceNumber: '7C1F2A9B-0007', amount: 2400, currency: 'GBP', issueDate: '2026-11-01', dueDate: '2026-12-08', debtorEmail: 'sam@kestrel-foods.co.uk' },
  },
  {
    name: 'QuickBooks (en-US): "DUE 12/10/2026" above the balance, Reply-To the user',
    me: US,
    spec: {
      from: 'Pine & Co LLC <quickbooks@notification.intuit.com>', replyTo: 'dana@pineandco.com', to: ['ap@redrock-outfitters.com'], date: '2026-11-03T09:00:00-05:00', subject: 'Invoice 1045 from Pine & Co LLC',
      html: page('Pine & Co LLC', `<p>Dear Red Rock Outfitters,</p><p>Here's your invoice! We appreciate your prompt payment.</p><table><tr><td>DUE 12/10/2026</td></tr><tr><td style="font-size:30px">$1,850.00</td></tr></table>${rows([['Invoice', '1045'], ['Balance due', '$1,850.00'], ['Due date', '12/10/2026']])}<p>Thanks for your business!<br>Pine & Co LLC</p>`, 'Powered by QuickBooks'),
    },
    facts: { invoiceNumber: '1045', amount: 1850, currency: 'USD', issueDate: '2026-11-03', dueDate: '2026-12-10', debtorEmail: 'ap@redrock-outfitters.com' },
  },
  {
    name: 'Xero (en-GB): plain text, "GBP 3,120.00", "amount outstanding … is due on 15 Dec 2026"',
    me: GB,
    spec: {
      from: 'Northfield Design Ltd <messaging-service@post.xero.com>', replyTo: 'emma@northfield-design.co.uk', to: ['Sam Reed <sam@kestrel-foods.co.uk>'], date: '2026-11-15T11:00:00+00:00',
      subject: 'Invoice INV-0042 from Northfield Design Ltd for Kestrel Foods Ltd',
      text: "Hi Sam,\n\nHere's invoice INV-0042 for GBP 3,120.00.\n\nThe amount outstanding of GBP 3,120.00 is due on 15 Dec 2026.\n\nView and pay your bill online: https://in.xero.com/abc\n\nIf you have any questions, please let us know.\n\nThanks,\nNorthfield Design Ltd",
    },
    facts: { invoiceNumber: 'INV-0042', amount: 3120, currency: 'GBP', issueDate: '2026-11-15', dueDate: '2026-12-15', debtorEmail: 'sam@kestrel-foods.co.uk' },
  },
  {
    name: 'Zoho Invoice (en-US): "$ 740.00" under its label, "20 Nov 2026"',
    me: US,
    spec: {
      from: 'Pine & Co <message-service@sender.zohoinvoice.com>', replyTo: 'dana@pineandco.com', to: ['karen@oakleaf-realty.com'], date: '2026-11-21T12:00:00-05:00', subject: 'Invoice - INV-000123 from Pine & Co',
      html: page('Pine & Co', `<p>Dear Karen,</p><p>Thank you for your business. Your invoice can be viewed, printed and downloaded as PDF from the link below.</p><table><tr><td>INVOICE AMOUNT</td></tr><tr><td style="font-size:28px">$ 740.00</td></tr></table>${rows([['Invoice No', 'INV-000123'], ['Invoice Date', '20 Nov 2026'], ['Due Date', '4 Jan 2027']])}`),
    },
    facts: { invoiceNumber: 'INV-000123', amount: 740, currency: 'USD', issueDate: '2026-11-20', dueDate: '2027-01-04', debtorEmail: 'karen@oakleaf-realty.com' },
  },
  {
    name: 'FreshBooks (en-GB): "£560.00 GBP that\'s due on December 12, 2026"',
    me: GB,
    spec: {
      from: 'Northfield Design Ltd <noreply@freshbooks.com>', to: ['priya@lumen-yoga.co.uk'], date: '2026-11-12T10:00:00+00:00', subject: 'Northfield Design Ltd sent you an invoice (0000123)',
      html: page('FreshBooks', `<p>Northfield Design Ltd sent you an invoice for £560.00 GBP that's due on December 19, 2026.</p>${rows([['Invoice', '0000123'], ['Amount Due', '£560.00 GBP'], ['Due Date', '19/12/2026']])}`),
    },
    facts: { invoiceNumber: '0000123', amount: 560, currency: 'GBP', issueDate: '2026-11-12', dueDate: '2026-12-19', debtorEmail: 'priya@lumen-yoga.co.uk' },
  },
  {
    name: 'Sage (en-GB): plain "Total due", dated',
    me: GB,
    spec: {
      from: 'Northfield Design Ltd <noreply@sage.com>', replyTo: 'emma@northfield-design.co.uk', to: ['accounts@harbourcafe.co.uk'], date: '2026-12-01T09:00:00+00:00', subject: 'Invoice SI-1234 from Northfield Design Ltd',
      text: 'Dear Customer,\n\nPlease find attached invoice SI-1234 dated 01/12/2026.\n\nTotal due: £1,100.00\nDue date: 22/12/2026\n\nKind regards,\nNorthfield Design Ltd',
    },
    facts: { invoiceNumber: 'SI-1234', amount: 1100, currency: 'GBP', issueDate: '2026-12-01', dueDate: '2026-12-22', debtorEmail: 'accounts@harbourcafe.co.uk' },
  },
  {
    name: 'lexoffice (de): Rechnungsbetrag, Fälligkeitsdatum in cells',
    me: ['holzbau-keller.de'],
    spec: {
      from: 'Holzbau Keller GmbH <no-reply@lexoffice.de>', to: ['buchhaltung@mueller-bau.de'], date: '2026-11-16T10:00:00+01:00', subject: 'Rechnung RE-1005 von Holzbau Keller GmbH',
      html: page('lexoffice', `<p>Sehr geehrte Damen und Herren,</p><p>im Anhang erhalten Sie Ihre Rechnung.</p>${rows([['Rechnungsnummer', 'RE-1005'], ['Rechnungsdatum', '16.11.2026'], ['Rechnungsbetrag', '1.428,00 €'], ['Fälligkeitsdatum', '30.11.2026']])}`),
    },
    facts: { invoiceNumber: 'RE-1005', amount: 1428, currency: 'EUR', issueDate: '2026-11-16', dueDate: '2026-11-30', debtorEmail: 'buchhaltung@mueller-bau.de' },
  },
  {
    name: 'sevDesk (de): labels above values, "Fällig am"',
    me: ['holzbau-keller.de'],
    spec: {
      from: 'Holzbau Keller GmbH <noreply@sevdesk.de>', to: ['c.schmidt@schmidt-immobilien.de'], date: '2026-11-17T10:00:00+01:00', subject: 'Ihre Rechnung von Holzbau Keller GmbH',
      html: page('sevDesk', `<p>Guten Tag,</p><p>anbei erhalten Sie unsere Rechnung.</p>${stacked([['Rechnungsnummer', 'RE-2026-0412'], ['Betrag', '1.785,00 €'], ['Fällig am', '15.12.2026']])}`),
    },
    facts: { invoiceNumber: 'RE-2026-0412', amount: 1785, currency: 'EUR', issueDate: '2026-11-17', dueDate: '2026-12-15', debtorEmail: 'c.schmidt@schmidt-immobilien.de' },
  },
  {
    name: 'Holded (es): a header row above the values',
    me: ['estudiorivas.es'],
    spec: {
      from: 'Estudio Rivas <no-reply@holded.com>', to: ['administracion@hotel-sol.es'], date: '2026-11-16T10:00:00+01:00', subject: 'Factura F260045 de Estudio Rivas',
      html: page('Holded', `<p>Hola,</p><p>Estudio Rivas te ha enviado una factura.</p>${grid([['Nº Factura', 'F260045'], ['Fecha', '15/11/2026'], ['Vencimiento', '31/12/2026'], ['Total', '1.210,00 €']])}`),
    },
    facts: { invoiceNumber: 'F260045', amount: 1210, currency: 'EUR', issueDate: '2026-11-15', dueDate: '2026-12-31', debtorEmail: 'administracion@hotel-sol.es' },
  },
  {
    name: 'Fatture in Cloud (it): totale da pagare, scadenza',
    me: ['studiobianchi.it'],
    spec: {
      from: 'Studio Bianchi <noreply@fattureincloud.it>', to: ['amministrazione@rossi-srl.it'], date: '2026-11-30T10:00:00+01:00', subject: 'Fattura n. 12/2026 di Studio Bianchi',
      html: page('Fatture in Cloud', `<p>Gentile Cliente,</p><p>in allegato trova la fattura n. 12/2026 del 30/11/2026.</p><p>Totale da pagare: <b>2.562,00 €</b></p><p>Scadenza: <b>31/12/2026</b></p>`),
    },
    facts: { invoiceNumber: '12/2026', amount: 2562, currency: 'EUR', issueDate: '2026-11-30', dueDate: '2026-12-31', debtorEmail: 'amministrazione@rossi-srl.it' },
  },
  {
    name: "a platform's copy to the user names the client it was sent to",
    me: FR,
    spec: {
      from: 'Menuiserie Girard <no-reply@pennylane.com>', to: ['luc@menuiserie-girard.fr'], date: '2026-11-18T10:00:00+01:00', subject: 'Copie de votre facture F-2026-0161 envoyée à compta@atelier-roche.fr',
      text: 'Bonjour,\n\nVoici la copie de la facture F-2026-0161 envoyée à compta@atelier-roche.fr le 18/11/2026.\nMontant : 864,00 € TTC\nÉchéance : 02/01/2027\n',
    },
    facts: { invoiceNumber: 'F-2026-0161', amount: 864, currency: 'EUR', issueDate: '2026-11-18', dueDate: '2027-01-02', debtorEmail: 'compta@atelier-roche.fr' },
  },
  {
    name: 'Stripe (fr): Bcc copy, "Échéance le 5 janvier 2027" under the figure',
    me: FR,
    spec: {
      from: 'Menuiserie Girard <invoice+statements@stripe.com>', to: ['contact@garage-moreau.fr'], deliveredTo: 'luc@menuiserie-girard.fr', date: '2026-12-06T10:00:00+01:00',
      subject: 'Votre facture de Menuiserie Girard n° 5B2C9D1E-0012',
      html: page('Menuiserie Girard', `<p>Facture de Menuiserie Girard</p><p style="font-size:36px">960,00 €</p><p>Échéance le 21 décembre 2026</p>${rows([['Numéro de facture', '5B2C9D1E-0012'], ["Date d'échéance", '21 décembre 2026'], ['Montant dû', '960,00 €']])}`, 'Propulsé par Stripe'),
    },
    facts: { invoiceNumber: '5B2C9D1E-0012', amount: 960, currency: 'EUR', issueDate: '2026-12-06', dueDate: '2026-12-21', debtorEmail: 'contact@garage-moreau.fr' },
  },
  {
    name: 'a platform signing with the company name in another word order than the domain',
    me: ['dupuis-paysages.fr'],
    spec: {
      from: 'Paysages Dupuis SARL <noreply@henrri.com>', to: ['syndic@residence-les-pins.fr'], date: '2026-11-10T10:00:00+01:00', subject: 'Facture FA00071 de Paysages Dupuis SARL',
      html: page('Henrri', `<p>Bonjour,</p><p>Veuillez trouver la facture FA00071 du 10/11/2026.</p>${rows([['Montant TTC', '1 320,00 €'], ['Échéance', '24/12/2026']])}`),
    },
    facts: { invoiceNumber: 'FA00071', amount: 1320, currency: 'EUR', issueDate: '2026-11-10', dueDate: '2026-12-24', debtorEmail: 'syndic@residence-les-pins.fr' },
  },
  {
    name: 'Basware e-Invoicing (plain text): the client in To, the user in Cc, "Total amount: EUR 5,700.00"',
    me: ['bastion-cyber.fr'],
    spec: {
      from: 'Basware e-Invoicing <einvoice@basware.com>', to: ['Pieter Janssens <pieter.janssens@kempen-verzekeringen.be>'], cc: ['compta@bastion-cyber.fr'], date: '2026-11-02T11:32:31+01:00',
      subject: 'Invoice BCS2303 from Bastion Cyber SAS',
      text: 'This is an automated message from Basware e-Invoicing Network.\n\nSupplier: Bastion Cyber SAS\nBuyer: Kempen Verzekeringen NV\nInvoice number: BCS2303\nInvoice date: 2026-11-02\nTotal amount: EUR 5,700.00\nVervaldatum: 2/12/2026\n',
    },
    facts: { invoiceNumber: 'BCS2303', amount: 5700, currency: 'EUR', issueDate: '2026-11-02', dueDate: '2026-12-02', debtorEmail: 'pieter.janssens@kempen-verzekeringen.be' },
  },
];

describe('invoices sent by invoicing platforms', () => {
  it.each(CASES.map((k) => [k.name, k] as const))('%s', async (_name, k) => {
    const found = await scan([k.spec], k.me);
    expect(found.map(factsOf)).toEqual([k.facts]);
    expect(found[0]!.status).toBe('open');
  });
});
