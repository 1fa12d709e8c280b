/**
 * Invoices whose e-mail says only "ci-joint notre facture": every fact comes from the PDF's text, in the
 * layouts invoicing tools print (label : value lines, a label column and a value column drawn apart, labels
 * above values, a header row above the values, values drawn before their labels), in several languages.
 */
import { describe, expect, it } from 'vitest';
import { factsOf, scan, type Facts } from './scan';
import { invoicePdf, type PdfInvoiceSpec } from './invoice-pdf';

interface Case {
  name: string;
  me: string;
  from: string;
  to: string;
  date: string;
  subject: string;
  text: string;
  file: string;
  pdf: PdfInvoiceSpec;
  facts: Facts;
}

const fr = { me: 'menuiserie-girard.fr', from: 'Luc Girard <luc@menuiserie-girard.fr>' };
const seller = ['Menuiserie Girard SARL', '12 rue des Artisans', '44000 Nantes', 'SIRET 812 345 678 00012'];
const frNotes = ['En cas de retard de paiement, pénalités au taux de 3 fois le taux légal et indemnité forfaitaire de 40 € (art. L441-10).', 'IBAN FR76 3000 4012 3400 0101 2345 678'];

const CASES: Case[] = [
  {
    name: 'fr, label : value lines, 30 jours fin de mois', ...fr, to: 'compta@atelier-roche.fr', date: '2026-11-04T10:00:00+01:00', subject: 'Facture', text: 'Bonjour,\n\nCi-joint notre facture.\n\nCordialement,\nLuc', file: 'Facture.pdf',
    pdf: { layout: 'lines', title: 'FACTURE', seller, buyer: ['Facturé à', 'Atelier Roche', '3 place du Marché', '49000 Angers'], fields: [['Facture n°', 'F-2026-0170'], ['Date', '04/11/2026'], ['Conditions', '30 jours fin de mois']], items: [['Escalier chêne', '1', '2 000,00 €', '2 000,00 €']], totals: [['Total HT', '2 000,00 €'], ['TVA 20 %', '400,00 €'], ['Total TTC', '2 400,00 €']], notes: frNotes },
    facts: { invoiceNumber: 'F-2026-0170', amount: 2400, currency: 'EUR', issueDate: '2026-11-04', dueDate: '2026-12-31', debtorEmail: 'compta@atelier-roche.fr' },
  },
  {
    name: 'fr, value column drawn before the label column, acompte deducted', ...fr, to: 'contact@sarl-vidal.fr', date: '2026-11-06T10:00:00+01:00', subject: 'Votre facture', text: 'Bonjour,\n\nVeuillez trouver notre facture en pièce jointe.\n\nLuc', file: 'document.pdf',
    pdf: { layout: 'columns', title: 'FACTURE', seller, fields: [['Numéro', 'FA-2026-0312'], ["Date d'émission", '06/11/2026'], ["Date d'échéance", '21/12/2026']], items: [['Pose de fenêtres', '4', '750,00 €', '3 000,00 €']], totals: [['Total HT', '3 000,00 €'], ['TVA 20 %', '600,00 €'], ['Total TTC', '3 600,00 €'], ['Acompte versé', '1 000,00 €'], ['Net à payer', '2 600,00 €']], notes: frNotes },
    facts: { invoiceNumber: 'FA-2026-0312', amount: 2600, currency: 'EUR', issueDate: '2026-11-06', dueDate: '2026-12-21', debtorEmail: 'contact@sarl-vidal.fr' },
  },
  {
    name: 'fr, labels above values, à réception', ...fr, to: 'gerant@cave-saint-jean.fr', date: '2026-11-09T10:00:00+01:00', subject: 'Facture', text: 'Bonjour, ci-joint notre facture. Bonne journée', file: 'Facture_2026_0088.pdf',
    pdf: { layout: 'label-above', title: 'FACTURE', seller, fields: [['Facture N°', '2026-0088'], ['Date de facture', '09/11/2026'], ['Règlement', 'à réception']], totals: [['Total HT', '500,00 €'], ['TVA 20 %', '100,00 €'], ['Total TTC', '600,00 €']], notes: frNotes },
    facts: { invoiceNumber: '2026-0088', amount: 600, currency: 'EUR', issueDate: '2026-11-09', dueDate: '2026-11-09', debtorEmail: 'gerant@cave-saint-jean.fr' },
  },
  {
    name: 'fr, a header row above the values', ...fr, to: 'syndic@residence-les-pins.fr', date: '2026-11-12T10:00:00+01:00', subject: 'Facture de novembre', text: 'Bonjour,\n\nCi-joint la facture du mois.\n\nLuc', file: 'F2026-0190.pdf',
    pdf: { layout: 'header-row', title: 'FACTURE', seller, fields: [['N° facture', 'F2026-0190'], ['Date', '12/11/2026'], ['Échéance', '27/12/2026'], ['Client', 'C-0042']], totals: [['Total HT', '1 250,00 €'], ['TVA 20 %', '250,00 €'], ['Total TTC', '1 500,00 €']], notes: frNotes },
    facts: { invoiceNumber: 'F2026-0190', amount: 1500, currency: 'EUR', issueDate: '2026-11-12', dueDate: '2026-12-27', debtorEmail: 'syndic@residence-les-pins.fr' },
  },
  {
    name: 'en-GB, values drawn before their labels, Net 14', me: 'northfield-design.co.uk', from: 'Emma Hart <emma@northfield-design.co.uk>', to: 'sam@kestrel-foods.co.uk', date: '2026-11-10T10:00:00+00:00', subject: 'Invoice attached', text: 'Hi Sam,\n\nPlease find our invoice attached.\n\nEmma', file: 'invoice.pdf',
    pdf: { layout: 'value-first', title: 'INVOICE', seller: ['Northfield Design Ltd', '1 Quay Street, Bristol BS1 4DJ', 'VAT GB 123 4567 89'], fields: [['Invoice No', 'NDL-2026-091'], ['Invoice Date', '10 November 2026'], ['Terms', 'Net 14']], totals: [['Subtotal', '£1,500.00'], ['VAT 20%', '£300.00'], ['Total due', '£1,800.00']] },
    facts: { invoiceNumber: 'NDL-2026-091', amount: 1800, currency: 'GBP', issueDate: '2026-11-10', dueDate: '2026-11-24', debtorEmail: 'sam@kestrel-foods.co.uk' },
  },
  {
    name: 'en-US, value column first, month-first dates, Balance Due', me: 'pineandco.com', from: 'Dana Pine <dana@pineandco.com>', to: 'ap@redrock-outfitters.com', date: '2026-11-13T10:00:00-05:00', subject: 'Your invoice', text: 'Hi, attached is our invoice. Thanks!', file: 'invoice.pdf',
    pdf: { layout: 'columns', title: 'INVOICE', seller: ['Pine & Co LLC', '200 Main St, Boulder CO 80302'], fields: [['Invoice #', '2026-0114'], ['Date', '11/13/2026'], ['Due Date', '12/28/2026']], items: [['Design work', '10', '$120.00', '$1,200.00']], totals: [['Subtotal', '$1,200.00'], ['Tax', '$96.00'], ['Total', '$1,296.00'], ['Paid', '$296.00'], ['Balance Due', '$1,000.00']] },
    facts: { invoiceNumber: '2026-0114', amount: 1000, currency: 'USD', issueDate: '2026-11-13', dueDate: '2026-12-28', debtorEmail: 'ap@redrock-outfitters.com' },
  },
  {
    name: 'de, labels above values, zahlbar innerhalb von 14 Tagen', me: 'holzbau-keller.de', from: 'Jonas Keller <j.keller@holzbau-keller.de>', to: 'buchhaltung@mueller-bau.de', date: '2026-11-16T10:00:00+01:00', subject: 'Rechnung', text: 'Guten Tag,\n\nanbei unsere Rechnung.\n\nMit freundlichen Grüßen', file: 'Rechnung.pdf',
    pdf: { layout: 'label-above', title: 'RECHNUNG', seller: ['Holzbau Keller GmbH', 'Hauptstraße 5, 79098 Freiburg'], fields: [['Rechnungsnummer', 'RE-2026-1201'], ['Rechnungsdatum', '16.11.2026'], ['Zahlungsbedingungen', 'zahlbar innerhalb von 14 Tagen']], totals: [['Nettobetrag', '2.000,00 €'], ['MwSt. 19 %', '380,00 €'], ['Gesamtbetrag', '2.380,00 €']] },
    facts: { invoiceNumber: 'RE-2026-1201', amount: 2380, currency: 'EUR', issueDate: '2026-11-16', dueDate: '2026-11-30', debtorEmail: 'buchhaltung@mueller-bau.de' },
  },
  {
    name: 'es, header row, vencimiento', me: 'estudiorivas.es', from: 'Lucía Rivas <lucia@estudiorivas.es>', to: 'administracion@hotel-sol.es', date: '2026-11-17T10:00:00+01:00', subject: 'Factura', text: 'Buenos días, adjunto la factura. Saludos', file: 'factura.pdf',
    pdf: { layout: 'header-row', title: 'FACTURA', seller: ['Estudio Rivas SL', 'Calle Mayor 10, 28013 Madrid'], fields: [['Nº factura', '2026/0145'], ['Fecha', '17/11/2026'], ['Vencimiento', '17/01/2027']], totals: [['Base imponible', '1.000,00 €'], ['IVA 21 %', '210,00 €'], ['Total factura', '1.210,00 €']] },
    facts: { invoiceNumber: '2026/0145', amount: 1210, currency: 'EUR', issueDate: '2026-11-17', dueDate: '2027-01-17', debtorEmail: 'administracion@hotel-sol.es' },
  },
  {
    name: 'it, value column first, a 60 giorni data fattura', me: 'studiobianchi.it', from: 'Marco Bianchi <marco@studiobianchi.it>', to: 'amministrazione@rossi-srl.it', date: '2026-11-18T10:00:00+01:00', subject: 'Fattura', text: 'Buongiorno, in allegato la fattura. Cordiali saluti', file: 'fattura.pdf',
    pdf: { layout: 'columns', title: 'FATTURA', seller: ['Studio Bianchi Srl', 'Via Roma 1, 20121 Milano'], fields: [['Fattura n.', '58/2026'], ['Data', '18/11/2026'], ['Pagamento', 'a 60 giorni data fattura']], totals: [['Imponibile', '1.000,00 €'], ['IVA 22%', '220,00 €'], ['Totale da pagare', '1.220,00 €']] },
    facts: { invoiceNumber: '58/2026', amount: 1220, currency: 'EUR', issueDate: '2026-11-18', dueDate: '2027-01-17', debtorEmail: 'amministrazione@rossi-srl.it' },
  },
  {
    name: "fr-CH, CHF 1'250.00, a platform's Bcc copy with the PDF only", me: 'atelier-morel.ch', from: 'Atelier Morel <factures@axonaut.com>', to: 'info@fiduciaire-borel.ch', date: '2026-11-19T10:00:00+01:00', subject: 'Atelier Morel : votre facture', text: 'Bonjour,\n\nVotre facture est jointe à ce message.\n\nAtelier Morel Sàrl', file: 'Facture_FAC-26-0411.pdf',
    pdf: { layout: 'lines', title: 'FACTURE', seller: ['Atelier Morel Sàrl', 'Rue du Lac 4, 1003 Lausanne'], fields: [['Facture n°', 'FAC-26-0411'], ['Date', '19.11.2026'], ['Échéance', '19.12.2026']], totals: [['Total HT', "CHF 1'157.41"], ['TVA 8,1 %', 'CHF 92.59'], ['Total TTC', "CHF 1'250.00"]] },
    facts: { invoiceNumber: 'FAC-26-0411', amount: 1250, currency: 'CHF', issueDate: '2026-11-19', dueDate: '2026-12-19', debtorEmail: 'info@fiduciaire-borel.ch' },
  },
];

describe('PDF-only invoices', () => {
  it.each(CASES.map((k) => [k.name, k] as const))('%s', async (_name, k) => {
    const bytes = await invoicePdf(k.pdf);
    const deliveredTo = k.from.includes('axonaut') ? `compta@${k.me}` : undefined;
    const found = await scan([{ from: k.from, to: [k.to], deliveredTo, date: k.date, subject: k.subject, text: k.text, attachments: [{ filename: k.file, bytes }] }], [k.me]);
    expect(found.map(factsOf)).toEqual([k.facts]);
  });
});
