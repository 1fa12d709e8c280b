import { describe, expect, it } from 'vitest';
import { abbreviatedInvoiceReference, hasCue, isBooksReport, kindOfOpening, kindOfTitle, namesOrderAsTopic, saysItIsNoInvoice } from '../../../shared/core/detect/document-kind';

describe('kindOfTitle', () => {
  it.each([
    ['Facture n° FA-2026-12', 'invoice'],
    ['Invoice for your order', 'invoice'],
    ['Facture de votre commande du 3 mai', 'invoice'],
    ['Rechnung zu Ihrer Bestellung', 'invoice'],
    ["Note d'honoraires NH-2027-006 - phase APS", 'invoice'],
    ['Honorarnote NH-2027-011', 'invoice'],
    // lawyers' bills and advance requests, in French, Dutch, English and German
    ['Affaire c/ Fortis Immo – État de frais et honoraires EH-2026-0389', 'invoice'],
    ['État final de frais et honoraires N° FN-2026-0023', 'invoice'],
    ['Note de provision PROV-26/114', 'invoice'],
    ['Réf. 2389 – Ereloonstaat ER-2027-0072', 'invoice'],
    ['Eindafrekening ereloon en kosten Nr. ER-2026-0073', 'invoice'],
    ['Statement of fees and disbursements EH-2026-0393', 'invoice'],
    ['Dossier 2026/0178 – Vorschussrechnung PROV-26/115', 'invoice'],
    ['Request for a retainer (provision on fees) No. PROV-26/116', 'invoice'],
    ['Schlusshonorarnote Nr. FN-2026-0030', 'invoice'],
    ['Invoice #INV-00391', 'invoice'],
    ['Rechnung FAC-26-0340 – 4.996,00 €', 'invoice'],
    ['Factura 2026/118', 'invoice'],
    ['Fattura n. 45/2026', 'invoice'],
    ['Facture pro forma PF-2026-021', 'proforma'],
    ['Proforma invoice 12', 'proforma'],
    ['Avoir AV-2026-007 – facture 1008', 'credit-note'],
    ['Credit note CN-12 for invoice 1042', 'credit-note'],
    ['Gutschrift 2026-4', 'credit-note'],
    ['Devis D-2026-044', 'quote'],
    ['Quote Q-1884 – Brightwater Digital', 'quote'],
    ['Angebot 2026-17', 'quote'],
    ['Votre reçu TaskPilot n° 5082-8767', 'receipt'],
    ['Confirmation de commande n° 7827948', 'order'],
    ['Relance : facture FA-12 impayée', 'reminder'],
    ['Payment reminder – invoice 1042 overdue', 'reminder'],
    ['Zahlungserinnerung Rechnung 77', 'reminder'],
    ['Factures impayées FA-12 et FA-13', 'reminder'],
    ['Note de crédit NC-2027-002 – facture 2027-040', 'credit-note'],
    ['Nota de abono 2027/12', 'credit-note'],
    ['Nota di accredito n. 4/2027', 'credit-note'],
    // a quote or an order named by its number after the invoice's own numbered title is what it bills
    ['Facture d’acompte IFF-2027-017 – devis D-2027-006', 'invoice'],
    ['Invoice INV-0421 / your order WL-2027-0311', 'invoice'],
    ['Rechnung RE-88 zu Ihrer Bestellung Nr. 4711', 'invoice'],
    ['Devis D-2027-006 et facture', 'quote'],
    ['Facture pro forma – commande 12', 'proforma'],
    ['Invoice – your order 4471', 'invoice'],
    ['Ihre Bestellung – Rechnung Nr. NP-26/0430', 'invoice'],
    ['Votre commande – facture F-2026-118', 'invoice'],
    ['Ihre Bestellung 4471', 'order'],
    // a statement lists invoices sent before
    ['Relevé de factures semaine 44 - Sandrine Ollivier', 'statement'],
    ['Rechnungsübersicht Oktober 2026', 'statement'],
    ['Customer statement – November 2026', 'statement'],
    ["Proposition d'honoraires – véranda et réaménagement RDC", 'quote'],
    ['Our price offer DEV-26-547 for viscose twill', 'quote'],
  ])('%s → %s', (title, kind) => {
    expect(kindOfTitle(title)).toBe(kind);
  });

  it('says nothing about a title without cues', () => {
    expect(kindOfTitle('Déjeuner jeudi ?')).toBeNull();
    expect(kindOfTitle('Refacturation du projet')).toBeNull();
  });
});

describe('abbreviated invoice words in titles', () => {
  it.each([
    ['Ft. 2027-MI-0032 di € 1.250,00 con scadenza 31/03/2027', '2027-MI-0032'],
    ['Fatt. n. 118/2027 – lavori di marzo', '118/2027'],
    ['Fact. n° F-27-014 – 1 200,00 €', 'F-27-014'],
    ['Fra. nº 2027/044 – Talleres Ruiz', '2027/044'],
    ['Rg.-Nr. 4411 vom 02.03.2027', '4411'],
    ['Re.-Nr. 2027-118 über 980,00 €', '2027-118'],
    ['Rechn. 77 – Montage', '77'],
    ['Inv. #4471 – £1,200.00 due 30/04/2027', '4471'],
    ['NH 2026/HON/0060 : 15 645,00 € TTC', '2026/HON/0060'],
    ['Inv DEM-26-022 / 41,846.00 USD / MV Cedar Wave', 'DEM-26-022'],
    // a series in capitals before a number written with a slash is part of it
    ['Fact. FAC 26/1282 montant 1 405,06 euros - échéance 15/09/2026', 'FAC 26/1282'],
  ])('%s announces an invoice numbered %s', (title, reference) => {
    expect(kindOfTitle(title)).toBe('invoice');
    expect(abbreviatedInvoiceReference(title)).toBe(reference);
    expect(hasCue(title, 'invoice')).toBe(true);
  });

  it.each(['Re: meeting on the 12th', 'Re. your question about the roof', 'Shelf 12 ft. long', 'Fact sheet 2027', 'Inv. list attached', 'Inv list for the audit', 'NH3 levels in the cold room'])(
    'says nothing of an invoice: %s',
    (title) => {
      expect(kindOfTitle(title)).toBeNull();
      expect(abbreviatedInvoiceReference(title)).toBeNull();
    },
  );
});

describe('duplicates and orders named as a topic', () => {
  it('building trades\' progress and final statements are invoices', () => {
    expect(kindOfTitle('Situation de travaux n°3 – Résidence Les Jardins')).toBe('invoice');
    expect(kindOfTitle('Décompte général définitif DGD-LOT05-11')).toBe('invoice');
    expect(abbreviatedInvoiceReference('Fact. DGD-LOT05-11 – Atrium Promotion')).toBe('DGD-LOT05-11');
  });

  it('plural invoice words and Spanish corrective invoices', () => {
    expect(kindOfTitle('Facturas A2652 y A3052')).toBe('invoice');
    expect(kindOfTitle('Factura rectificativa R-2026-004')).toBe('credit-note');
  });

  it('a training agreement is no invoice', () => {
    expect(kindOfTitle('Convention de formation n° CV-2026-088 à signer')).toBe('quote');
  });

  it('a duplicate of an invoice is no new invoice', () => {
    expect(kindOfTitle('Duplicata facture IMP26-252')).toBe('duplicate');
    expect(kindOfTitle('Invoice duplicate INV-0042')).toBe('duplicate');
  });

  it('names an order as the topic only with topic words', () => {
    expect(namesOrderAsTopic('Votre commande du 08/05/2026')).toBe(true);
    expect(namesOrderAsTopic('Facturation de votre commande')).toBe(true);
    expect(namesOrderAsTopic('Confirmation de commande n° 4471')).toBe(false);
    expect(namesOrderAsTopic('Bon de commande BC-12')).toBe(false);
    expect(namesOrderAsTopic('Facture F-12')).toBe(false);
  });
});

describe('kindOfTitle: an invoice numbered with letter groups, and the order it bills (held-out QG)', () => {
  it('"Rechnung Nr. SCR-CH-034/26 / Bestellung CMD-26-4034" is an invoice', () => {
    expect(kindOfTitle('Rechnung Nr. SCR-CH-034/26 / Bestellung CMD-26-4034')).toBe('invoice');
  });
});

describe('kindOfOpening: a quote referred to (held-out RG)', () => {
  it('"berechnen wir gemäss Angebot 4.350,00 €, siehe Rechnung IR26-0452" opens an invoice', () => {
    expect(kindOfOpening('Sehr geehrte Damen und Herren,\n\nfür die erbrachten Leistungen berechnen wir gemäss Angebot 4.350,00 €, siehe Rechnung IR26-0452.')).toBe('invoice');
    expect(kindOfOpening('Veuillez trouver ci-joint notre devis D-2026-12.')).toBe('quote');
    // the verb "avoir" is no credit note
    expect(kindOfOpening("Quel plaisir d’avoir fleuri votre défilé ! Je vous prie de trouver ci-dessous notre facture d'acompte (50 %) n° MFV-26-236.")).toBe('invoice');
    expect(kindOfOpening("Merci d'avoir choisi notre atelier. Veuillez trouver ci-joint la facture F-12.")).toBe('invoice');
    expect(kindOfOpening('Veuillez trouver ci-joint notre avoir n° AV-12 sur la facture F-3.')).toBe('credit-note');
    expect(kindOfOpening("Veuillez trouver ci-joint la facture d'avoir n° AV-13.")).toBe('credit-note');
    expect(kindOfTitle('Рахунок FT2611-399')).toBe('invoice');
    expect(kindOfTitle('Счёт на оплату № 12')).toBe('invoice');
  });
});

describe('Greek document titles (held-out TM)', () => {
  it.each([
    ['Τιμολόγιο MK-GR-063/26', 'invoice'],
    ['Παραστατικό MK-GR-061/26', 'invoice'],
    ['Προσφορά για ελαιόλαδο 2027', 'quote'],
    ['Πιστωτικό τιμολόγιο ΠΤ-12', 'credit-note'],
    ['Προτιμολόγιο 2026-044', 'proforma'],
  ])('%s', (title, kind) => {
    expect(kindOfTitle(title)).toBe(kind);
  });
});

describe('Turkish, Bulgarian, Romanian titles and UK applications for payment (held-out SJ, SI, SL)', () => {
  it.each([
    ['Авансова фактура AC-2026-015 (50%)', 'invoice'],
    ['Фактура CE-26-0327', 'invoice'],
    ['Проформа фактура 2026-12', 'proforma'],
    ['Hatırlatma: Fatura No: SRI-2026-325', 'reminder'],
    ['Application for Payment No. 12 – Longford Park care home', 'proforma'],
  ])('%s', (title, kind) => {
    expect(kindOfTitle(title)).toBe(kind);
  });
});

describe('an order named as the topic beside an unnumbered invoice word (held-out RJ)', () => {
  it.each([
    ['Vs. ordine ORD-4118 – fattura', 'invoice'],
    ['Votre commande du 08/05 – facture', 'invoice'],
    ['Confirmation de commande 4471', 'order'],
    ['Votre commande du 08/05/2026', 'order'],
  ])('%s', (title, kind) => {
    expect(kindOfTitle(title)).toBe(kind);
  });
});

describe('statements of deliveries and documents that say they are no invoice (held-out ON)', () => {
  it.each([
    ['Relevé hebdomadaire de livraisons – semaine du 28/09/2026', 'statement'],
    ["Voici le relevé de vos livraisons de la semaine écoulée (document informatif, ce n'est pas une facture)", 'statement'],
    ['Please note: this is not an invoice', 'statement'],
  ])('%s', (title, kind) => {
    expect(kindOfTitle(title)).toBe(kind);
  });
});

describe('findKindCues: a payout statement is no invoice (held-out HI)', () => {
  it('"Relevé de reversement" is a statement', () => {
    expect(kindOfTitle('Relevé de reversement – Festival – juillet 2026')).toBe('statement');
  });
});

describe('a ship agent\'s disbursement accounts (held-out VP)', () => {
  it('the final disbursement account is an invoice, the proforma one is not', () => {
    expect(kindOfTitle('FDA AMP-2026-0423 / MV ALEXANDRIA BAY')).toBeNull();
    expect(kindOfOpening('Dear Dimitris,\n\nplease find our final disbursement account:\n\nFDA No.: AMP-2026-0423')).toBe('invoice');
    expect(kindOfOpening('Please find attached our proforma disbursement account for the forthcoming call of MV KALLIOPI.')).toBe('proforma');
  });
});

describe('a delivery note that says it is no invoice (held-out TO)', () => {
  it('"Document non valant facture" is none', () => {
    expect(saysItIsNoInvoice('BON DE LIVRAISON\nBon de livraison n° BL-5413 du 29/08/2026\nDraps 240x300 : 151\nDocument non valant facture')).toBe(true);
    expect(saysItIsNoInvoice('FACTURE F-12\nTotal TTC : 120,00 €')).toBe(false);
  });
});

describe('an invoice stamped paid, sent as proof (held-out RU)', () => {
  it('"Facture acquittée TJP-26-A5790" is a receipt', () => {
    expect(kindOfTitle('Facture acquittée TJP-26-A5790')).toBe('receipt');
  });
});

describe('pro forma compounds (held-out PU)', () => {
  it('"Proformarechnung PRO-26-012 für Zoll" is a pro forma', () => {
    expect(kindOfTitle('Proformarechnung PRO-26-012 für Zoll')).toBe('proforma');
    expect(kindOfTitle('Proformafactuur PF-12')).toBe('proforma');
  });
});

describe('a court interpreter\'s « mémoire de frais » is its invoice (held-out IR)', () => {
  it.each(['Dépôt Chorus Pro – mémoire de frais M26-0083', 'MÉMOIRE DE FRAIS N° M26-0083', 'Mémoire de frais de justice n° 12'])('%s', (title) => {
    expect(kindOfTitle(title)).toBe('invoice');
  });
  it('an expense report (« note de frais ») is still none', () => {
    expect(kindOfTitle('Note de frais septembre')).not.toBe('invoice');
  });
});

describe('a factor\'s assignment slip is no invoice (held-out HR)', () => {
  it('« Bordereau de cession n° 47 – BPI Factor » is a statement', () => {
    expect(kindOfTitle('Bordereau de cession n° 47 – BPI Factor')).toBe('statement');
  });
});

describe("kindOfTitle: a billing platform's notice of an invoice to come (held-out AX)", () => {
  it.each([
    ['Upcoming invoice from Nuagelab SAS', 'proforma'],
    ['Final invoice EXP/AE/26/060 against Proforma', 'invoice'],
    ['Facture F-12 suite à la proforma PF-3', 'invoice'],
    ['Proforma invoice PF-26-12', 'proforma'],
    ['Invoice INV-3F9A2C-0103 from Nuagelab SAS', 'invoice'],
  ])('%s → %s', (title, kind) => {
    expect(kindOfTitle(title)).toBe(kind);
  });
});

describe("isBooksReport: the month's sales summed up for the accountant (held-out FY)", () => {
  it.each([
    ['Récapitulatif ventes octobre 2026\nFactures émises : voir détail\nTotal : 21 480,00 €', true],
    ["Bonjour,\n\nCi-joint les factures de ventes d'octobre pour la saisie.", true],
    ["Vous trouverez l'export Pennylane des factures clients d'octobre. Total facturé : 118 402,20 € TTC.", true],
    ['FACTURE N° F-2026-118\nVente de 3 planches\nTotal TTC : 1 170,00 €', false],
  ])('%s → %s', (text, is) => {
    expect(isBooksReport(text)).toBe(is);
  });
});


describe('invoice titles in Hungarian, Estonian, Latvian and South Slavic languages, a reminder fee, a property manager\'s report (fourteenth session)', () => {
  it.each([
    ['Számla F-2026-0412 – Atelier Exemple', 'invoice'],
    ['Arve nr 2026-0456', 'invoice'],
    ['Rēķins Nr. AE-2026/0211', 'invoice'],
    ['Račun br. FA26-0107', 'invoice'],
    ['Račun št. 26-300-000412', 'invoice'],
    ['Facture RG-2026-0444 - Frais de relance locataire / dossier contentieux - 114,00 € TTC', 'invoice'],
    ['Facture F-12 - relance', 'reminder'],
    ['Отчёт управляющего за октябрь / Compte-rendu', 'statement'],
  ] as const)('%s', (title, kind) => {
    expect(kindOfTitle(title)).toBe(kind);
  });

  it('« račun » alone, a bank account, is no invoice', () => {
    expect(kindOfTitle('Novi bankovni račun')).toBeNull();
  });
});

describe('Spanish « Abono » titled with its own number is a credit note (held-out ABZ)', () => {
  it.each([
    ['Abono AV-2026-014 - reclamación calidad FA-2026-0863', 'credit-note'],
    ['Abono nº 14 a la factura FA-2026-0863', 'credit-note'],
    ['Abono recibido factura FA-2026-0863', 'invoice'],
  ] as const)('%s', (title, kind) => {
    expect(kindOfTitle(title)).toBe(kind);
  });
});

describe('order confirmations in Czech, Slovak, Polish and other languages (held-out AKW)', () => {
  it.each(['Potvrzení objednávky OC-2026-1290', 'Potvrdenie objednávky 2026/118', 'Potwierdzenie zamówienia ZAM-12', 'Ordrebekreftelse 4471'])('%s', (title) => {
    expect(kindOfTitle(title)).toBe('order');
  });
});

describe('kindOfTitle: a statement of deliveries with its numbered invoice (held-out BPW)', () => {
  it('is the invoice; a statement of invoices stays a statement', () => {
    expect(kindOfTitle('Relevé mensuel septembre 2026 - facture FA-2026-0913')).toBe('invoice');
    expect(kindOfTitle('Relevé mensuel septembre 2026')).toBe('statement');
    expect(kindOfTitle('Relevé de factures semaine 44')).toBe('statement');
  });
});

describe('kindOfTitle: a statement sent with a numbered invoice joined to it (held-out CCV)', () => {
  it('« Relevé de compte octobre + facture FA-2026-0955 » is the invoice; a statement of unpaid invoices is not', () => {
    expect(kindOfTitle('Relevé de compte octobre + facture FA-2026-0955')).toBe('invoice');
    expect(kindOfTitle('Statement of account and invoice INV-2026-0412')).toBe('invoice');
    expect(kindOfTitle('Relevé de compte octobre')).toBe('statement');
    expect(kindOfTitle('Relevé de compte et factures impayées')).toBe('statement');
  });
});
