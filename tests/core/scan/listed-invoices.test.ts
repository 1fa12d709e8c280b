import { describe, expect, it } from 'vitest';
import { announcesSeveralInvoices, invoiceLineOf, joinedReferences, joinsSeveralInvoices, lineOpeningReference, listedInvoices, listsInvoiceLines } from '../../../shared/core/scan/listed-invoices';

const numbers = (body: string, known: string[] = []) => listedInvoices(body, new Set(known)).map((l) => l.number);

describe('listedInvoices: several invoices one body announces, each with its amount', () => {
  it('reads a bulleted list, a sentence and a table of one series', () => {
    expect(numbers('Veuillez trouver nos factures :\n• N-2027-031 – pose, 2 400,00 € TTC\n• N-2027-032 – fournitures, 615,50 € TTC\n\nBonne journée')).toEqual(['N-2027-031', 'N-2027-032']);
    expect(numbers('Please find invoices INV-0451 ($1,200.00) and INV-0452 ($380.00) attached.')).toEqual(['INV-0451', 'INV-0452']);
    expect(numbers('Rechnung   Betrag\nRE-27-101   1.450,00 €\nRE-27-102   2.900,00 €')).toEqual(['RE-27-101', 'RE-27-102']);
    expect(numbers('Le fatture 2027/015 (€ 900,00) e 2027/016 (€ 1.100,00) sono allegate.')).toEqual(['2027/015', '2027/016']);
  });

  it('numbers named first in a sentence, then each on its own line with its amount, are listed from their lines', () => {
    const body = 'Please note our invoices TL26-0412 and TL26-0414 for the molleton delivered against your order PO-9444.\n\nTL26-0412 dated 29/06/2026: 39.472,73 €, Payment terms: 60 days end of month\nTL26-0414 dated 29/06/2026: 37.486,49 €, Payment: due on receipt\n\nPayment by TT.';
    expect(listedInvoices(body, new Set())).toEqual([
      { number: 'TL26-0412', segment: 'TL26-0412 dated 29/06/2026: 39.472,73 €, Payment terms: 60 days end of month' },
      { number: 'TL26-0414', segment: 'TL26-0414 dated 29/06/2026: 37.486,49 €, Payment: due on receipt' },
    ]);
  });

  it('each invoice keeps the text about it alone', () => {
    const [a, b] = listedInvoices('- F-101 : cuisine, 3 000,00 € TTC\n- F-102 : salle de bain, 1 500,00 € TTC', new Set());
    expect(a!.segment).toBe('F-101 : cuisine, 3 000,00 € TTC');
    expect(b!.segment).toBe('F-102 : salle de bain, 1 500,00 € TTC');
  });

  it('reads blocks of lines, one per invoice, each with its own amount and terms', () => {
    const body = 'Please find our two invoices below and attached:\n\nInvoice NLD/26/023 – dated 23/12/2026\nAmount due: €107.63\nPayment terms: 30 days\n\nInvoice NLD/26/024 – dated 23/12/2026\nAmount due: €4,612.50\nNet 30\n\nBank: IBAN IE29 AIBK 9311 5212 3456 78';
    const listed = listedInvoices(body, new Set());
    expect(listed.map((l) => l.number)).toEqual(['NLD/26/023', 'NLD/26/024']);
    expect(listed[1]!.segment).toBe('NLD/26/024 – dated 23/12/2026\nAmount due: €4,612.50\nNet 30');
    // One invoice replacing another: only one number has an amount of its own.
    expect(numbers('Invoice NLD/26/023 replaces NLD/26/019.\nAmount due: €107.63')).toEqual([]);
  });

  it('lists nothing with one number, numbers of different series, numbers without their own amounts, or known numbers', () => {
    expect(numbers('Facture F-2027-040 : 1 200,00 € TTC, selon devis D-2027-011.')).toEqual([]);
    expect(numbers('Factures F-2027-040 et commande PO-88123 : 1 200,00 € TTC.')).toEqual([]);
    expect(numbers('Ci-joint les factures F-2027-040 et F-2027-041, payables à 30 jours.')).toEqual([]);
    expect(numbers('Nos factures F-2027-040 (1 200,00 €) et F-2027-041 (300,00 €) restent dues.', ['F2027040', 'F2027041'])).toEqual([]);
  });

  it('skips dates, years and the digits of amounts', () => {
    expect(numbers('Factures du 12/03/2027 : 1 200,00 € et du 15/03/2027 : 300,00 €')).toEqual([]);
  });
});

describe('announcesSeveralInvoices', () => {
  it.each(['Vos factures de mars', 'Two invoices: April work', 'anbei unsere Rechnungen', 'Adjuntamos las facturas', 'In allegato le fatture', 'Bijgaand de facturen'])('%s', (text) => {
    expect(announcesSeveralInvoices(text)).toBe(true);
  });
  it.each(['Votre facture de mars', 'Invoice 12', 'Rechnung 2027-4'])('not: %s', (text) => {
    expect(announcesSeveralInvoices(text)).toBe(false);
  });
});

describe('listedInvoices: a listed line\'s other references are its details (held-out SN)', () => {
  it('licence plates after each listed invoice are no invoices', () => {
    const body = 'anbei die Rechnungen für die Fahrzeuge aus Ihrem Fuhrpark:\n\n- KR-2026-0222 vom 17.07.2026: Dacia Duster OG-OR 706 – 4.372,57 €\n- F2026/1225 vom 17.07.2026: Toyota Yaris Hybrid OG-SR 8181 – 4.684,57 €\n\nZahlungsziel: 30 Tage ab Monatsende.';
    expect(numbers(body)).toEqual(['KR-2026-0222', 'F2026/1225']);
  });
  it('a line opened by a date still lists the invoice it names', () => {
    expect(numbers('Nos factures :\n- 12/03/2026 : facture FA-0120, 1 200,00 €\n- 13/03/2026 : facture FA-0121, 800,00 €')).toEqual(['FA-0120', 'FA-0121']);
  });
});

describe('joinsSeveralInvoices: a subject joining two numbers of one series (held-out MI, MJ)', () => {
  it.each([
    ['Factura FA26-00469 + FA26-969', true],
    ['Axonaut: copie de votre facture MI-2026-470 envoyée à Mercabarna Peix Tarragó S.L. + MI-2026-970', true],
    ['Facture BG26-0178 & BG26-0181', true],
    ['Invoice INV-12 and invoice INV-13', true],
    ['Facture F-2026-12 (annule et remplace F-2026-11)', false],
    ['Facture F-12 et commande C-14', false],
    ['Facture n° 2026-12, devis 2026-08', false],
    ['Facture F-2026-12, 14/11/2026', false],
  ])('%s → %s', (subject, expected) => {
    expect(joinsSeveralInvoices(subject)).toBe(expected);
  });
});

describe('listsInvoiceLines: lines that each open with the invoice word and a number (held-out KN)', () => {
  it('two such lines list two invoices, of two series; one line or a sentence does not', () => {
    const body = 'Voici la facturation des jalons terminés :\n\n- Facture CC2605876 du 25/05/2026 – Audit OT – 13 001,10 EUR TTC\n  Paiement à 60 jours date de facture\n- Facture CC-2026-0439 du 25/05/2026 – Pentest – 27 000,00 EUR TTC\n  Règlement à 30 jours date de facture';
    expect(listsInvoiceLines(body)).toBe(true);
    expect(listedInvoices(body, new Set()).map((l) => l.segment)).toEqual([
      'CC2605876 du 25/05/2026 – Audit OT – 13 001,10 EUR TTC\n  Paiement à 60 jours date de facture',
      'CC-2026-0439 du 25/05/2026 – Pentest – 27 000,00 EUR TTC\n  Règlement à 30 jours date de facture',
    ]);
    expect(listsInvoiceLines('Facture CC2605876 du 25/05/2026 – 13 001,10 EUR TTC')).toBe(false);
    expect(listsInvoiceLines('Veuillez trouver la facture CC2605876 qui remplace la facture CC2605870.')).toBe(false);
  });
});

describe('listedInvoices: quantities grouped in thousands are no references (held-out RN)', () => {
  it('"2.000 affiches" and "1.500 ex." beside two invoices of a series are not listed', () => {
    const body = 'Hierbij onze factuur voor 2.000 affiches A2 :\n  factuur INV/2026/00332 van 17-09-2026, te betalen EUR 8.296,15\nmappen, 1.500 ex. :\n  factuur INV/2026/00333 van 17 september 2026, te betalen EUR 9.344,76';
    expect(numbers(body)).toEqual(['INV/2026/00332', 'INV/2026/00333']);
  });
});

describe('listedInvoices: a law\'s reference and a tool\'s name announce no second invoice (held-out RJ)', () => {
  it('"art. 41 DL 331/93" is no invoice; "Inviata con Fatture in Cloud" says no plural', () => {
    const body = 'in allegato trovi la fattura n. 113/2026.\n\nFattura n. 113/2026 del 14/09/2026\nImponibile: 970,90 €\nIVA: non imponibile art. 41 DL 331/93 – inversione contabile\nTotale fattura: 970,90 €\n\nInviata con Fatture in Cloud';
    expect(numbers(body)).toEqual([]);
    expect(announcesSeveralInvoices(body)).toBe(false);
    expect(announcesSeveralInvoices('Vi inviamo le fatture di ottobre.')).toBe(true);
  });
});

describe('lineOpeningReference: the one billing line opening with an unlabelled reference (held-out GL, OJ)', () => {
  it('reads "- LP-2026-0270 de 18/08/2026: … R$ 75.020,00"; two such lines, or none with an amount, give none', () => {
    expect(lineOpeningReference('Seguem os dados de nossa fatura:\n- LP-2026-0270 de 18/08/2026: Licença campus, 242 usuários – valor R$ 75.020,00\nCondições de pagamento: 30 dias.')).toBe('LP-2026-0270');
    expect(lineOpeningReference('Bonjour,\nGDC-2026-188 — Maintenance annuelle : 18 972,00 € TTC\nCordialement')).toBe('GDC-2026-188');
    expect(lineOpeningReference('- LP-2026-0270 : 100,00 €\n- LP-2026-0271 : 200,00 €')).toBeNull();
    expect(lineOpeningReference('- PO-4500123 pour la commande du mois')).toBeNull();
  });
});

describe('joinedReferences and invoiceLineOf: a second invoice given in the body beside the attached one (held-out EI)', () => {
  it('a subject joining two numbers of different series names both', () => {
    expect(joinedReferences('Invoices PA-26-0273 + FA2026/0274 / MT Ionian Wave')).toEqual(['PA-26-0273', 'FA2026/0274']);
    // the digit groups of an amount are no second reference (held-out DL)
    expect(joinedReferences('Invoice OPT-26-143 – On-site user training (2 days) – 1,391,038.00 TRY')).toEqual([]);
    expect(joinedReferences('Rechnung Nr. F2610-149 et SRT2026/150 – Skyrelief Topo')).toEqual(['F2610-149', 'SRT2026/150']);
    expect(joinedReferences('Factures PAV-3205 et 2026-00207 - MT Hydra Sea')).toEqual(['PAV-3205', '2026-00207']);
    expect(joinedReferences('Invoice PA-26-0273 / MT Ionian Wave')).toEqual([]);
  });
  it('the line that names it as an invoice with an amount after it', () => {
    const body = 'Attached please find invoice PA-26-0273 dated 8 June 2026.\nAlso enclosed invoice FA2026/0274 (bonded stores, same terms), amount €3,957.01.\nAmount due: €2,065.67.';
    expect(invoiceLineOf(body, 'FA2026/0274')).toBe('FA2026/0274 (bonded stores, same terms), amount €3,957.01.');
    expect(invoiceLineOf('Delivery note FA2026/0274 attached, 12 parcels.', 'FA2026/0274')).toBeNull();
  });
});

describe('listedInvoices: purchase-order numbers beside each invoice are not invoices (held-out WR)', () => {
  it('"Bestellnummer: 3874651" under each listed invoice lists the invoices only', () => {
    const body = 'Rechnung Nr. ACI-2026-0326 vom 14.08.2026\nBestellnummer: 3874651\nRechnungsbetrag: 10.350,00 €\n\nRechnung Nr. ACI-2026-0327 vom 14.08.2026\nBestellnummer: 3598053\nRechnungsbetrag: 9.000,00 €\n';
    expect(numbers(body)).not.toContain('3874651');
    expect(numbers(body)).not.toContain('3598053');
  });
});

describe('listedInvoices: consignment notes under their invoices (held-out SU)', () => {
  it('lists the invoices, not the CMR numbers of their lines', () => {
    const body = 'Us adjuntem les factures següents:\n- factura núm. FC26-0240: 2.916,10 €\n- factura núm. FC26-0241: 5.045,70 €\n\n  Transport Rivesaltes → Madrid Coslada – CMR 590716 : 1.790,00 €\n  Transport Girona → Toulouse – CMR 467735 : 620,00 €\n\n  Transport Perpignan → Valencia – CMR 494894 : 1.670,00 €\n  Transport Perpignan → Valencia – CMR 202536 : 1.410,00 €';
    expect(numbers(body)).toEqual(['FC26-0240', 'FC26-0241']);
  });
  it('keeps a series in capitals after the invoice word ("- Fatura FT 2026/334, de 13/11/2026") (held-out TQ)', () => {
    expect(numbers('Enviamos as faturas seguintes:\n- Fatura FT 2026/334, de 13/11/2026, no valor de 1.353,00 €\n- Fatura FT 2026/338, de 13/11/2026, no valor de 861,00 €')).toEqual(['FT 2026/334', 'FT 2026/338']);
  });
});

describe('listedInvoices: a mailbox\'s name and weights announce no invoices (held-out CFX)', () => {
  it('"kreditoren-rechnungen@metro.de" says no "Rechnungen"; "Jar 350g … = EUR 4,521.60" lists no invoice', () => {
    expect(announcesSeveralInvoices('Voici la copie de votre facture MV-2026-0953 envoyée à Metro Deutschland GmbH (kreditoren-rechnungen@metro.de).')).toBe(false);
    expect(announcesSeveralInvoices('Please send your invoices to invoices@acme.example')).toBe(true);
    expect(numbers('Vos factures :\nPouch 1kg foodservice mustard  600 x EUR 4.60 = EUR 2,760.00\nJar 350g wholegrain mustard  2880 x EUR 1.57 = EUR 4,521.60')).toEqual([]);
  });
});
