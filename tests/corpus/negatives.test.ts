/**
 * What is never a receivable, in the same variety of languages and senders: quotes, pro formas, credit notes,
 * delivery notes and order confirmations the company sends; supplier invoices, receipts and reminders it
 * receives (and forwards to its accountant, or acknowledges); newsletters and internal mail that speak of
 * invoices; payment notifications.
 */
import { describe, expect, it } from 'vitest';
import { scan } from './scan';
import type { EmlSpec } from './eml';
import { invoicePdf } from './invoice-pdf';

const me = ['menuiserie-girard.fr', 'northfield-design.co.uk'];
const luc = 'Luc Girard <luc@menuiserie-girard.fr>';
const emma = 'Emma Hart <emma@northfield-design.co.uk>';
const d = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00+01:00`;

const SENT: [string, EmlSpec][] = [
  ['devis (fr)', { from: luc, to: ['contact@sarl-vidal.fr'], date: d(2), subject: 'Devis D-2026-101 – rénovation escalier', text: "Bonjour,\n\nVeuillez trouver ci-joint notre devis n° D-2026-101 d'un montant de 4 800,00 € TTC, valable 30 jours.\nBon pour accord à nous retourner signé.\n\nCordialement,\nLuc" }],
  ['proposition commerciale (fr)', { from: luc, to: ['contact@sarl-vidal.fr'], date: d(2), subject: 'Notre proposition', text: 'Bonjour,\n\nSuite à notre visite, voici notre proposition commerciale pour un montant de 12 400,00 € HT. La facture sera émise à la livraison.\n\nCordialement' }],
  ['Angebot (de) with its PDF', { from: 'Jonas Keller <j.keller@menuiserie-girard.fr>', to: ['einkauf@kunde.de'], date: d(3), subject: 'Ihr Angebot', text: 'Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unser Angebot A-2026-12 über 3.400,00 € netto.\n\nMit freundlichen Grüßen' }],
  ['presupuesto (es)', { from: luc, to: ['compras@cliente.es'], date: d(3), subject: 'Presupuesto P-88', text: 'Estimado cliente:\n\nAdjunto le enviamos el presupuesto n.º P-88 por un importe de 1.200,00 € (IVA incluido).\n\nUn saludo' }],
  ['preventivo (it)', { from: luc, to: ['ufficio@cliente.it'], date: d(3), subject: 'Preventivo n. 45/2026', text: 'Gentile cliente,\n\nin allegato il preventivo n. 45/2026 per un importo di 2.300,00 € + IVA.\n\nCordiali saluti' }],
  ['quotation (en-GB)', { from: emma, to: ['sam@kestrel-foods.co.uk'], date: d(4), subject: 'Quotation Q-2026-14', text: 'Hi Sam,\n\nPlease find attached our quotation Q-2026-14 for £3,200.00 + VAT. Valid for 30 days.\n\nBest,\nEmma' }],
  ['estimate (en-US, platform)', { from: 'Northfield Design Ltd <quickbooks@notification.intuit.com>', replyTo: 'emma@northfield-design.co.uk', to: ['jeff@lin-dental.com'], date: d(4), subject: 'Estimate 1002 from Northfield Design Ltd', html: '<p>Dear Jeff,</p><p>Please review the estimate below.</p><table><tr><td>Estimate</td><td>1002</td></tr><tr><td>Total</td><td>$1,200.00</td></tr><tr><td>Expiration date</td><td>12/31/2026</td></tr></table>' }],
  ['facture pro forma (fr)', { from: luc, to: ['achats@hotel-du-parc.fr'], date: d(5), subject: 'Facture proforma PF-12', text: 'Bonjour,\n\nComme demandé, voici la facture pro forma PF-12 pour votre demande de financement : 9 000,00 € TTC.\n\nCordialement' }],
  ['Proforma-Rechnung (de)', { from: luc, to: ['einkauf@kunde.de'], date: d(5), subject: 'Proforma-Rechnung PR-2026-3', text: 'Guten Tag,\n\nanbei die Proforma-Rechnung PR-2026-3 über 2.000,00 €.\n\nGrüße' }],
  ["avoir (fr)", { from: luc, to: ['compta@atelier-roche.fr'], date: d(6), subject: 'Avoir AV-2026-004 sur facture F-2026-0150', text: "Bonjour,\n\nSuite à votre réclamation, veuillez trouver l'avoir n° AV-2026-004 d'un montant de 120,00 € TTC.\n\nCordialement" }],
  ['credit note (en-GB)', { from: emma, to: ['sam@kestrel-foods.co.uk'], date: d(6), subject: 'Credit note CN-0012', text: 'Hi Sam,\n\nAttached is credit note CN-0012 for £240.00 against invoice INV-0042.\n\nEmma' }],
  ['Gutschrift (de)', { from: luc, to: ['einkauf@kunde.de'], date: d(6), subject: 'Gutschrift GS-2026-7', text: 'Guten Tag,\n\nanbei erhalten Sie die Gutschrift GS-2026-7 über 150,00 €.\n\nGrüße' }],
  ['nota di credito (it)', { from: luc, to: ['ufficio@cliente.it'], date: d(6), subject: 'Nota di credito n. 3/2026', text: 'Gentile cliente,\n\nin allegato la nota di credito n. 3/2026 di 80,00 €.\n\nSaluti' }],
  ['nota de crédito (es)', { from: luc, to: ['compras@cliente.es'], date: d(6), subject: 'Nota de crédito NC-2026-2', text: 'Adjuntamos la nota de crédito NC-2026-2 por importe de 95,00 €.' }],
  ['bon de livraison (fr)', { from: luc, to: ['contact@sarl-vidal.fr'], date: d(7), subject: 'Bon de livraison BL-2026-77', text: 'Bonjour,\n\nCi-joint le bon de livraison BL-2026-77 pour les portes posées le 06/11/2026 (montant de la commande : 2 400,00 € HT).\n\nCordialement' }],
  ['Lieferschein (de)', { from: luc, to: ['einkauf@kunde.de'], date: d(7), subject: 'Lieferschein LS-2026-55', text: 'Guten Tag,\n\nanbei der Lieferschein LS-2026-55, Warenwert 1.200,00 €.\n\nGrüße' }],
  ['confirmation de commande (fr)', { from: luc, to: ['contact@sarl-vidal.fr'], date: d(7), subject: 'Confirmation de votre commande n° 2026-318', text: 'Bonjour,\n\nNous confirmons votre commande n° 2026-318 d\'un montant de 3 600,00 € TTC. La facture suivra à la livraison.\n\nCordialement' }],
  ['Auftragsbestätigung (de)', { from: luc, to: ['einkauf@kunde.de'], date: d(7), subject: 'Auftragsbestätigung AB-2026-55', text: 'Sehr geehrte Damen und Herren,\n\nwir bestätigen Ihren Auftrag AB-2026-55 über 5.950,00 €.\n\nMit freundlichen Grüßen' }],
  ['newsletter of ours speaking of invoices', { from: 'Menuiserie Girard <news@menuiserie-girard.fr>', to: ['clients@menuiserie-girard.fr'], cc: [], date: d(8), subject: 'Nouveau : réglez vos factures en ligne', headers: { 'List-Unsubscribe': '<mailto:unsubscribe@menuiserie-girard.fr>', Precedence: 'bulk' }, html: '<p>Chers clients,</p><p>Vous pouvez désormais régler vos factures en ligne. Offre de lancement : entretien annuel à 49,00 € TTC.</p><p><a href="https://example.invalid/u">Se désinscrire</a></p>' }],
  ['newsletter of ours to a client list', { from: 'Menuiserie Girard <news@menuiserie-girard.fr>', to: ['contact@sarl-vidal.fr'], date: d(8), subject: 'Nos offres de fin d\'année', headers: { 'List-Unsubscribe': '<mailto:unsubscribe@menuiserie-girard.fr>' }, html: '<p>Bonjour,</p><p>Profitez de -10 % sur toute commande facturée avant le 31/12/2026, à partir de 500,00 € HT.</p>' }],
  ['internal mail naming a client address', { from: luc, to: ['Claire <claire@menuiserie-girard.fr>'], date: d(9), subject: 'Facture F-2026-0150 Roche', text: 'Claire,\n\nPeux-tu vérifier la facture F-2026-0150 (1 440,00 €) avant que je la renvoie à compta@atelier-roche.fr ?\n\nMerci, Luc' }],
  ['user acknowledging a supplier invoice', { from: luc, to: ['factures@bois-martin.fr'], date: d(10), subject: 'Re: Facture FM-88812 – Bois Martin', inReplyTo: '<supplier-fm88812@bois-martin.fr>', text: "Bonjour,\n\nBien reçue, merci. Je la transmets à notre comptable.\n\nLuc\n\nLe 09/11/2026 à 10:00, Bois Martin <factures@bois-martin.fr> a écrit :\n> Veuillez trouver ci-joint la facture FM-88812 de 2 310,00 € TTC.\n> Échéance : 09/12/2026" }],
  ['user thanking for a supplier invoice', { from: luc, to: ['factures@bois-martin.fr'], date: d(10), subject: 'RE: Facture FM-88813', inReplyTo: '<supplier-fm88813@bois-martin.fr>', text: 'Merci pour la facture, bien reçue.\n\nLuc' }],
  ['supplier invoice forwarded to the accountant', { from: luc, to: ['dossiers@cabinet-expert.fr'], date: d(11), subject: 'TR: Votre facture Orange n° 123456789', text: "Pour la compta.\n\n-------- Message transféré --------\nDe : Orange <facture@orange.fr>\nDate : 05/11/2026\nObjet : Votre facture Orange n° 123456789\n\nBonjour, votre facture du 05/11/2026 d'un montant de 89,99 € TTC est disponible. Elle sera prélevée le 20/11/2026." }],
  ['supplier invoice forwarded (en)', { from: emma, to: ['books@harper-accounting.co.uk'], date: d(11), subject: 'Fwd: Invoice 55120 from Adobe', text: "FYI\n\n---------- Forwarded message ---------\nFrom: Adobe <no-reply@adobe.com>\nDate: Mon, 2 Nov 2026\nSubject: Invoice 55120\n\nInvoice number: 55120\nAmount due: £19.97\nDue date: 02/12/2026" }],
  ['receipt forwarded to the accountant', { from: luc, to: ['dossiers@cabinet-expert.fr'], date: d(12), subject: 'Fwd: Votre reçu Amazon', text: 'Pour la compta.\n\n---------- Forwarded message ---------\nDe : Amazon <auto-confirm@amazon.fr>\nReçu de paiement pour la commande 402-1234567 : 129,90 € TTC' }],
  ['payment receipt of ours to a client', { from: luc, to: ['contact@sarl-vidal.fr'], date: d(12), subject: 'Reçu de paiement – facture FS-77', text: 'Bonjour,\n\nNous accusons réception de votre règlement de 5 880,00 € pour la facture FS-77. Merci !\n\nLuc' }],
  ['purchase order of ours to a supplier', { from: luc, to: ['commandes@bois-martin.fr'], date: d(13), subject: 'Bon de commande BC-2026-044', text: 'Bonjour,\n\nVeuillez trouver notre bon de commande BC-2026-044 pour 12 panneaux de chêne, total 1 860,00 € HT. Merci de joindre ce numéro à votre facture.\n\nLuc' }],
];

const RECEIVED: [string, EmlSpec][] = [
  ['supplier invoice received', { from: 'Bois Martin <factures@bois-martin.fr>', to: [luc], date: d(9), subject: 'Facture FM-88812', text: 'Bonjour,\n\nVeuillez trouver ci-joint la facture FM-88812 de 2 310,00 € TTC.\nÉchéance : 09/12/2026' }],
  ['supplier reminder received', { from: 'Bois Martin <compta@bois-martin.fr>', to: [luc], date: d(14), subject: 'Relance facture FM-88700', text: 'Bonjour,\n\nSauf erreur de notre part, la facture FM-88700 de 1 150,00 € reste impayée.\n\nCordialement' }],
  ['SaaS receipt received', { from: 'Figma <billing@figma.com>', to: [emma], date: d(14), subject: 'Your receipt from Figma #2345-1234', text: 'Receipt #2345-1234\nAmount paid: £12.00\nDate paid: November 14, 2026' }],
  ['Stripe payout notice', { from: 'Stripe <notifications@stripe.com>', to: [emma], date: d(15), subject: 'Your payout of £2,400.00 is on the way', text: 'A payout of £2,400.00 will arrive in your bank account on November 17, 2026.' }],
  ['bank notice of a transfer received', { from: 'Qonto <notifications@qonto.com>', to: [luc], date: d(15), subject: 'Virement reçu de ATELIER ROCHE', text: 'Vous avez reçu un virement de 1 440,00 € de ATELIER ROCHE. Libellé : Facture F-2026-0150.' }],
];

describe('never a receivable', () => {
  it.each([...SENT, ...RECEIVED].map(([name, spec]) => [name, spec] as const))('%s', async (_name, spec) => {
    expect(await scan([spec], me)).toEqual([]);
  });

  it('a quote sent as a PDF only ("ci-joint notre document")', async () => {
    const bytes = await invoicePdf({ layout: 'lines', title: 'DEVIS', seller: ['Menuiserie Girard', '12 rue des Artisans, 44000 Nantes'], fields: [['Devis n°', 'D-2026-102'], ['Date', '10/11/2026'], ['Validité', '30 jours']], totals: [['Total HT', '2 000,00 €'], ['TVA 20 %', '400,00 €'], ['Total TTC', '2 400,00 €']] });
    const spec: EmlSpec = { from: luc, to: ['contact@sarl-vidal.fr'], date: d(10), subject: 'Document D-2026-102', text: 'Bonjour,\n\nCi-joint notre document.\n\nLuc', attachments: [{ filename: 'D-2026-102.pdf', bytes }] };
    expect(await scan([spec], me)).toEqual([]);
  });

  it('a credit note sent as a PDF only', async () => {
    const bytes = await invoicePdf({ layout: 'columns', title: 'AVOIR', seller: ['Menuiserie Girard'], fields: [['Avoir n°', 'AV-2026-005'], ['Date', '12/11/2026'], ['Sur facture', 'F-2026-0150']], totals: [['Total TTC', '120,00 €']] });
    const spec: EmlSpec = { from: luc, to: ['compta@atelier-roche.fr'], date: d(12), subject: 'Votre document', text: 'Bonjour,\n\nVeuillez trouver le document ci-joint.\n\nLuc', attachments: [{ filename: 'Document_2026_005.pdf', bytes }] };
    expect(await scan([spec], me)).toEqual([]);
  });
});

describe('what stays a receivable beside them', () => {
  it('an invoice sent as a reply in a project conversation, and our own invoice forwarded to the client', async () => {
    const found = await scan(
      [
        { from: luc, to: ['contact@sarl-vidal.fr'], date: d(16), subject: 'Re: Travaux cuisine', inReplyTo: '<project@sarl-vidal.fr>', text: 'Bonjour,\n\nLes travaux sont terminés : voici la facture F-2026-220 de 1 200,00 € TTC, payable à 30 jours.\n\nLuc' },
        { from: luc, to: ['paiements@groupe-arvel.fr'], date: d(17), subject: 'TR: Facture F-2026-221', text: 'Bonjour,\n\nComme demandé, je vous transfère la facture.\n\n-------- Message transféré --------\nDe : Luc Girard <luc@menuiserie-girard.fr>\nÀ : achats@groupe-arvel.fr\nObjet : Facture F-2026-221\n\nVeuillez trouver la facture F-2026-221 du 02/11/2026 : 640,00 € TTC.' },
      ],
      me,
    );
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.debtorEmail])).toEqual([
      ['F-2026-220', 1200, 'contact@sarl-vidal.fr'],
      ['F-2026-221', 640, 'paiements@groupe-arvel.fr'],
    ]);
  });
});
