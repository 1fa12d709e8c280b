/**
 * Invoices written by hand in a mail client, in the languages and habits of French, British, American,
 * German, Spanish, Italian and Swiss companies: the facts the scan must read (README ground-truth conventions:
 * the printed invoice date, else the sending date; the explicit due date, else the terms, else 30 days).
 */
import { describe, expect, it } from 'vitest';
import { factsOf, scan, type Facts } from './scan';
import type { EmlSpec } from './eml';

const NB = '\u00a0';
const NN = '\u202f';

interface Case {
  name: string;
  me: string[];
  spec: EmlSpec;
  facts: Facts;
}

const fr = { me: ['menuiserie-girard.fr'], from: 'Luc Girard <luc@menuiserie-girard.fr>' };
const gb = { me: ['northfield-design.co.uk'], from: 'Emma Hart <emma@northfield-design.co.uk>' };
const us = { me: ['pineandco.com'], from: 'Dana Pine <dana@pineandco.com>' };
const de = { me: ['holzbau-keller.de'], from: 'Jonas Keller <j.keller@holzbau-keller.de>' };
const es = { me: ['estudiorivas.es'], from: 'Lucía Rivas <lucia@estudiorivas.es>' };
const it_ = { me: ['studiobianchi.it'], from: 'Marco Bianchi <marco@studiobianchi.it>' };
const ch = { me: ['atelier-morel.ch'], from: 'Anne Morel <anne@atelier-morel.ch>' };

function c(name: string, who: { me: string[]; from: string }, to: string, date: string, subject: string, text: string, facts: Omit<Facts, 'debtorEmail'>): Case {
  return { name, me: who.me, spec: { from: who.from, to: [to], date, subject, text }, facts: { ...facts, debtorEmail: to.replace(/.*</, '').replace('>', '').toLowerCase() } };
}

const CASES: Case[] = [
  c('fr: ci-joint, written date, no-break spaces, à 45 jours', fr, 'Sophie Leroy <s.leroy@leroy-renovation.fr>', '2026-11-03T10:12:00+01:00', 'Facture n° 2026-118',
    `Bonjour Madame Leroy,\n\nVeuillez trouver ci-joint la facture n° 2026-118 du 3 novembre 2026 d'un montant de 2${NB}450,00${NB}€ TTC, payable à 45 jours.\n\nRestant à votre disposition,\nLuc Girard\nMenuiserie Girard – 06 12 34 56 78\nSIRET 812 345 678 00012`,
    { invoiceNumber: '2026-118', amount: 2450, currency: 'EUR', issueDate: '2026-11-03', dueDate: '2026-12-18' }),
  c('fr: narrow no-break spaces, order number nearby, "22 déc. 2026"', fr, 'compta@batiplus.fr', '2026-11-15T16:40:00+01:00', 'Votre facture FA-0457',
    `Bonjour,\n\nSuite à votre commande n° BC-7781, je vous prie de trouver en pièce jointe notre facture FA-0457 du 15/11/2026.\n\nMontant HT : 10${NN}500,00${NN}€\nTVA (20 %) : 2${NN}100,00${NN}€\nMontant TTC : 12${NN}600,00${NN}€\nÉchéance : 22 déc. 2026\n\nBien cordialement,\nLuc`,
    { invoiceNumber: 'FA-0457', amount: 12600, currency: 'EUR', issueDate: '2026-11-15', dueDate: '2026-12-22' }),
  c('fr: no printed date, 30 jours fin de mois', fr, 'M. Perrin <jp.perrin@perrin-immo.fr>', '2026-10-20T09:00:00+02:00', 'Facture chantier rue Victor Hugo',
    'Bonjour Monsieur Perrin,\n\nJe vous prie de trouver en pièce jointe notre facture F2026/0032 relative au chantier de la rue Victor Hugo.\nTotal HT 1 500,00 €, TVA 20 % 300,00 €, soit un total TTC de 1 800,00 €.\nConditions de paiement : 30 jours fin de mois.\n\nCordialement',
    { invoiceNumber: 'F2026/0032', amount: 1800, currency: 'EUR', issueDate: '2026-10-20', dueDate: '2026-11-30' }),
  c("fr: facture d'acompte à réception", fr, 'achats@hotel-du-parc.fr', '2026-12-01T11:00:00+01:00', "Facture d'acompte 1042",
    "Bonjour,\n\nComme convenu, ci-joint la facture d'acompte n° 1042 (30 % de la commande), soit 3 600,00 € TTC, à régler à réception.\n\nMerci d'avance,\nLuc",
    { invoiceNumber: '1042', amount: 3600, currency: 'EUR', issueDate: '2026-12-01', dueDate: '2026-12-01' }),
  c('fr: deposit deducted, reste à payer, date limite de paiement', fr, 'contact@sarl-vidal.fr', '2026-12-02T10:00:00+01:00', 'Facture de solde FS-77',
    'Bonjour,\n\nVoici la facture de solde n°FS-77.\n\nTotal TTC : 8 400,00 €\nAcompte déjà versé : 2 520,00 €\nReste à payer : 5 880,00 €\nDate limite de paiement : 31/12/2026\n\nCordialement',
    { invoiceNumber: 'FS-77', amount: 5880, currency: 'EUR', issueDate: '2026-12-02', dueDate: '2026-12-31' }),
  c('fr: émise le, 45 jours fin de mois', fr, 'Service comptable <factures@groupe-arvel.fr>', '2026-11-05T08:30:00+01:00', 'Facture 2026-0127 – Menuiserie Girard',
    'Madame, Monsieur,\n\nNous vous adressons ci-joint notre facture 2026-0127 émise le 05/11/2026, d\'un montant total de 6 240,00 € TTC.\nRèglement : 45 jours fin de mois, par virement.\n\nSalutations distinguées',
    { invoiceNumber: '2026-0127', amount: 6240, currency: 'EUR', issueDate: '2026-11-05', dueDate: '2026-12-31' }),
  c('fr: dotted date, amount without cents, à 60 jours date de facture', fr, 'm.caron@caron-associes.fr', '2026-11-02T14:00:00+01:00', 'Facture n°318',
    'Bonjour,\n\nVeuillez trouver la facture n°318 du 02.11.2026 pour la pose des fenêtres : 980 € TTC.\nPaiement à 60 jours date de facture.\n\nBonne journée',
    { invoiceNumber: '318', amount: 980, currency: 'EUR', issueDate: '2026-11-02', dueDate: '2027-01-01' }),
  c('fr: "1er décembre", dotted thousands, net à payer, no terms', fr, 'gestion@copro-lilas.fr', '2026-12-01T09:00:00+01:00', 'Facture N°2026-0912',
    'Bonjour,\n\nFacture N°2026-0912 émise le 1er décembre 2026.\nNet à payer : 1.234,56 €\n\nCordialement,',
    { invoiceNumber: '2026-0912', amount: 1234.56, currency: 'EUR', issueDate: '2026-12-01', dueDate: '2026-12-31' }),
  c("fr-CH: CHF 1'250.00, payable dans les 30 jours", ch, 'Fiduciaire Borel <info@fiduciaire-borel.ch>', '2026-11-12T10:00:00+01:00', 'Facture 2026-044',
    "Bonjour,\n\nVeuillez trouver ci-joint la facture 2026-044 du 12.11.2026.\nMontant total : CHF 1'250.00\nPayable dans les 20 jours.\n\nMeilleures salutations\nAtelier Morel Sàrl",
    { invoiceNumber: '2026-044', amount: 1250, currency: 'CHF', issueDate: '2026-11-12', dueDate: '2026-12-02' }),
  c('fr: date in the subject, payable à réception', fr, 'lea@studio-lea.fr', '2026-12-08T18:00:00+01:00', 'Facture F-2026-210 du 8 décembre 2026',
    'Bonjour,\n\nCi-joint la facture F-2026-210 : 450,00 € TTC, payable à réception.\n\nMerci,\nLuc',
    { invoiceNumber: 'F-2026-210', amount: 450, currency: 'EUR', issueDate: '2026-12-08', dueDate: '2026-12-08' }),
  c('en-GB: £ without cents, "dated 2 November 2026", within 14 days', gb, 'Mark Bell <mark@bellandsons.co.uk>', '2026-11-02T10:00:00+00:00', 'Invoice INV-1043',
    'Hi Mark,\n\nPlease find attached invoice INV-1043 for £980, dated 2 November 2026. Payment is due within 14 days.\n\nMany thanks,\nEmma',
    { invoiceNumber: 'INV-1043', amount: 980, currency: 'GBP', issueDate: '2026-11-02', dueDate: '2026-11-16' }),
  c('en-GB: invoice #, inc. VAT, "payable by 30th November 2026"', gb, 'tom@harbourcafe.co.uk', '2026-11-02T09:15:00+00:00', 'October retainer – invoice #3391',
    'Hi Tom,\n\nAttached is invoice #3391 for the October retainer.\n\nTotal: £4,200.00 (inc. VAT)\nPayable by 30th November 2026\n\nBest,\nEmma\n+44 20 7946 0958',
    { invoiceNumber: '3391', amount: 4200, currency: 'GBP', issueDate: '2026-11-02', dueDate: '2026-11-30' }),
  c('en-GB: labelled lines, "15th November 2026", Net 14', gb, 'Accounts <accounts@kestrel-foods.co.uk>', '2026-11-15T12:00:00+00:00', 'Invoice NDL-2026-077',
    'Dear Accounts,\n\nInvoice number: NDL-2026-077\nInvoice date: 15th November 2026\nSubtotal: £1,042.08\nVAT (20%): £208.42\nAmount due: £1,250.50\nTerms: Net 14\n\nKind regards,\nEmma Hart\nNorthfield Design Ltd, Company No. 09876543',
    { invoiceNumber: 'NDL-2026-077', amount: 1250.5, currency: 'GBP', issueDate: '2026-11-15', dueDate: '2026-11-29' }),
  c('en-GB: due on receipt', gb, 'priya@lumen-yoga.co.uk', '2026-12-04T10:00:00+00:00', 'Invoice 2026/19 – due on receipt',
    "Hello Priya,\n\nHere is invoice 2026/19 for the logo refresh, £650.00 in total. It's due on receipt.\n\nThanks!\nEmma",
    { invoiceNumber: '2026/19', amount: 650, currency: 'GBP', issueDate: '2026-12-04', dueDate: '2026-12-04' }),
  c('en-US: month-first dates, "in the amount of"', us, 'Jeff Lin <jeff@lin-dental.com>', '2026-11-05T09:00:00-05:00', 'Invoice No. 5521',
    'Hi Jeff,\n\nPlease find attached Invoice No. 5521 dated 11/05/2026 in the amount of $3,450.00. Payment due 12/19/2026.\n\nThank you for your business!\nDana',
    { invoiceNumber: '5521', amount: 3450, currency: 'USD', issueDate: '2026-11-05', dueDate: '2026-12-19' }),
  c('en-US: balance due without cents, explicit due date wins over Net 30', us, 'ap@redrock-outfitters.com', '2026-11-16T14:00:00-05:00', 'Invoice 2026-88 from Pine & Co',
    'Hello,\n\nInvoice: 2026-88\nInvoice date: November 16, 2026\nBalance due: $12,000\nDue date: December 15, 2026\nTerms: Net 30\n\nDana Pine\nPine & Co LLC | (555) 201-3344',
    { invoiceNumber: '2026-88', amount: 12000, currency: 'USD', issueDate: '2026-11-16', dueDate: '2026-12-15' }),
  c('en-US: amount in brackets, Net 15', us, 'karen@oakleaf-realty.com', '2026-12-01T10:00:00-05:00', 'Invoice #1207',
    'Hi Karen,\n\nAttached is invoice #1207 ($875.50). Terms are Net 15.\n\nBest regards,\nDana',
    { invoiceNumber: '1207', amount: 875.5, currency: 'USD', issueDate: '2026-12-01', dueDate: '2026-12-16' }),
  c('de: anbei erhalten Sie die Rechnung, zahlbar innerhalb von 14 Tagen', de, 'buchhaltung@mueller-bau.de', '2026-11-04T10:00:00+01:00', 'Rechnung RE-2026-1187',
    'Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung Nr. RE-2026-1187 vom 04.11.2026 über 2.380,00 €.\nZahlbar innerhalb von 14 Tagen ohne Abzug.\n\nMit freundlichen Grüßen\nJonas Keller',
    { invoiceNumber: 'RE-2026-1187', amount: 2380, currency: 'EUR', issueDate: '2026-11-04', dueDate: '2026-11-18' }),
  c('de: "15. November 2026", Gesamtbetrag, 21 Tage netto', de, 'Frau Schmidt <c.schmidt@schmidt-immobilien.de>', '2026-11-15T09:00:00+01:00', 'Ihre Rechnung 2026/554',
    'Sehr geehrte Frau Schmidt,\n\nim Anhang finden Sie unsere Rechnung 2026/554 vom 15. November 2026.\n\nNettobetrag: 1.000,00 EUR\nzzgl. 19 % MwSt.: 190,00 EUR\nGesamtbetrag: 1.190,00 EUR\nZahlungsziel: 21 Tage netto\n\nBeste Grüße',
    { invoiceNumber: '2026/554', amount: 1190, currency: 'EUR', issueDate: '2026-11-15', dueDate: '2026-12-06' }),
  c('de: fälliger Betrag, zahlbar bis', de, 'Herr Braun <braun@braun-dach.de>', '2026-11-16T11:00:00+01:00', 'Rechnung 88412',
    'Hallo Herr Braun,\n\nwie besprochen schicke ich Ihnen die Rechnung 88412 für die Dachsanierung.\nFälliger Betrag: 595,00 €, zahlbar bis 30.11.2026.\n\nViele Grüße\nJonas',
    { invoiceNumber: '88412', amount: 595, currency: 'EUR', issueDate: '2026-11-16', dueDate: '2026-11-30' }),
  c('es: adjunto le enviamos la factura n.º, "6 de noviembre de 2026", vencimiento', es, 'Sr. Ortega <ortega@construcciones-ortega.es>', '2026-11-06T10:00:00+01:00', 'Factura 2026-0311',
    'Estimado Sr. Ortega:\n\nAdjunto le enviamos la factura n.º 2026-0311 de fecha 6 de noviembre de 2026 por importe de 1.815,00 €.\nVencimiento: 20 de diciembre de 2026.\n\nUn saludo,\nLucía Rivas',
    { invoiceNumber: '2026-0311', amount: 1815, currency: 'EUR', issueDate: '2026-11-06', dueDate: '2026-12-20' }),
  c('es: importe total IVA incluido, a 60 días', es, 'marta@floristeria-luna.es', '2026-11-20T12:00:00+01:00', 'Factura F/2026/145',
    'Hola Marta:\n\nTe remito la factura F/2026/145, importe total 726,00 € (IVA incluido).\nForma de pago: transferencia a 60 días.\n\nGracias,\nLucía',
    { invoiceNumber: 'F/2026/145', amount: 726, currency: 'EUR', issueDate: '2026-11-20', dueDate: '2027-01-19' }),
  c('es: factura número, fecha de vencimiento, no cents', es, 'administracion@hotel-sol.es', '2026-11-10T09:00:00+01:00', 'Envío de factura',
    'Buenos días:\n\nLes adjuntamos la factura número 2026/77.\nFecha de factura: 10/11/2026\nImporte total: 2.420 €\nFecha de vencimiento: 10/01/2027\n\nAtentamente,\nEstudio Rivas SL',
    { invoiceNumber: '2026/77', amount: 2420, currency: 'EUR', issueDate: '2026-11-10', dueDate: '2027-01-10' }),
  c('it: in allegato la fattura, totale da pagare, a 45 giorni data fattura', it_, 'amministrazione@rossi-srl.it', '2026-11-05T10:00:00+01:00', 'Fattura n. 245/2026',
    'Gentile cliente,\n\nin allegato la fattura n. 245/2026 del 5 novembre 2026, totale da pagare € 1.464,00, pagamento a 45 giorni data fattura.\n\nCordiali saluti,\nMarco Bianchi',
    { invoiceNumber: '245/2026', amount: 1464, currency: 'EUR', issueDate: '2026-11-05', dueDate: '2026-12-20' }),
  c('it: fattura numero, importo totale, scadenza', it_, 'ufficio@verdi-arredamenti.it', '2026-11-25T15:00:00+01:00', 'Invio fattura FT-2026-0098',
    'Buongiorno,\n\nLe inviamo in allegato la fattura numero FT-2026-0098.\nImporto totale: 3.050,00 EUR\nScadenza: 15/12/2026\n\nDistinti saluti',
    { invoiceNumber: 'FT-2026-0098', amount: 3050, currency: 'EUR', issueDate: '2026-11-25', dueDate: '2026-12-15' }),
  c('it: 30 gg fine mese, IVA inclusa', it_, 'giulia@pasticceria-dolce.it', '2026-11-09T10:00:00+01:00', 'Fattura 31',
    'Ciao Giulia,\n\nti invio la fattura n° 31 del 09/11/2026 per 610,00 € (IVA inclusa), con pagamento a 30 gg fine mese.\n\nA presto,\nMarco',
    { invoiceNumber: '31', amount: 610, currency: 'EUR', issueDate: '2026-11-09', dueDate: '2026-12-31' }),
];

describe('hand-written invoices in many languages', () => {
  it.each(CASES.map((k) => [k.name, k] as const))('%s', async (_name, k) => {
    const found = await scan([k.spec], k.me);
    expect(found.map(factsOf)).toEqual([k.facts]);
  });
});
