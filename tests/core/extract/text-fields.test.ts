import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { guessDateOrder } from '../../../shared/core/extract/fields/date-order';

const fr = (text: string) => extractTextFields(text, 'DMY');

describe('amount due from a text', () => {
  it('what is left to pay after a deposit, named as such (it, fr)', () => {
    expect(fr("Totale € 3.067,10, meno l'acconto già versato (EUR 920,00): restano da saldare € 2.147,10.").amount?.value.value).toBe(2147.1);
    expect(fr('Total TTC : 1 200,00 €\nAcompte versé : 400,00 €\nReste à régler : 800,00 €').amount?.value.value).toBe(800);
  });


  it('takes the TTC total, not the HT or the VAT', () => {
    const f = fr('Facture n° FAC-26-0346\nMontant HT : EUR 2 540,00\nTVA : EUR 508,00\nTotal TTC : EUR 3 048,00');
    expect(f.amount?.value).toEqual({ value: 3048, currency: 'EUR' });
  });

  it('prefers what is left to pay over the total, and subtracts a deposit otherwise', () => {
    expect(fr('Total TTC 12 000,00 €\nAcompte versé 3 600,00 €\nNet à payer 8 400,00 €').amount?.value.value).toBe(8400);
    expect(fr('Total TTC 12 000,00 €\nAcompte déjà versé : 3 600,00 €').amount?.value.value).toBe(8400);
  });

  it('reads a qualifier written after the amount', () => {
    expect(fr('Le montant dû s’élève à 216,00 € TTC.').amount?.value.value).toBe(216);
    expect(extractTextFields('please find attached our quote for £920.00 (excl. VAT) and £1,104.00 incl. VAT', 'DMY').amount?.value.value).toBe(1104);
  });

  it('reads English, German and Swiss forms', () => {
    const en = extractTextFields('Invoice 1042 – balance due £1,543.20, due 25/10/2026.', 'DMY');
    expect(en.amount?.value).toEqual({ value: 1543.2, currency: 'GBP' });
    const de = extractTextFields('Nettobetrag 4.198,32 €\nMwSt. 19 % 797,68 €\nGesamtbetrag 4.996,00 €', 'DMY');
    expect(de.amount?.value.value).toBe(4996);
    const ch = fr('Facture n° FA202609-188 : CHF 7\'024.86, payable sous 10 jours');
    expect(ch.amount?.value).toEqual({ value: 7024.86, currency: 'CHF' });
  });

  it.each([
    ['nl', 'Plaatsing keuken  1  € 4.100,00  € 4.100,00\nTotaal excl. btw  € 4.100,00\nBtw 21%  € 861,00\nTotaal incl. btw  € 4.961,00', 4961],
    ['en', 'Consulting  2  £900.00  £1,800.00\nTotal excl. VAT  £1,800.00\nVAT 20%  £360.00\nTotal (incl. VAT)  £2,160.00', 2160],
    ['de', 'Montage  1  2.000,00 €  2.000,00 €\nSumme netto  2.000,00 €\nMwSt. 19 %  380,00 €\nSumme inkl. MwSt.  2.380,00 €', 2380],
    ['it', 'Consulenza  1  1.000,00 €\nImponibile  1.000,00 €\nIVA 22%  220,00 €\nTotale IVA inclusa  1.220,00 €', 1220],
    ['es', 'Instalación  1  3.000,00 €\nBase imponible  3.000,00 €\nIVA 21 %  630,00 €\nTotal IVA incluido  3.630,00 €', 3630],
    ['fr', 'Pose  1  1 500,00 €\nTotal HT  1 500,00 €\nTVA 20 %  300,00 €\nMontant TVA incluse  1 800,00 €', 1800],
    ['fr-BE', 'Total TVAC  1.060,00 €\nTotal HTVA  1.000,00 €\nTVA 6 %  60,00 €', 1060],
  ])('takes the tax-included total over the lines and the tax (%s)', (_lang, text, expected) => {
    expect(fr(text).amount?.value.value).toBe(expected);
  });

  it('never takes the share capital or the fixed recovery costs of the legal mentions', () => {
    const pdf = 'Merci de votre confiance.\nSARL au capital de 50 000 € – RCS Lyon 123 456 789\nIndemnité forfaitaire pour frais de recouvrement : 40 €';
    expect(fr(pdf).amount).toBeNull();
    expect(fr('Honoraires 1 200,00 €\nSAS au capital social de 150 000 €').amount?.value.value).toBe(1200);
    expect(fr('Fee £950.00\nShare capital £100,000').amount?.value.value).toBe(950);
    expect(fr('Leistung 800,00 €\nGmbH, Stammkapital 25.000 €').amount?.value.value).toBe(800);
    expect(fr('Servizio 640,00 €\nCapitale sociale 10.000,00 € i.v.').amount?.value.value).toBe(640);
    expect(fr('Late payments incur a fixed compensation of €40.\nAmount due: €310.00').amount?.value.value).toBe(310);
  });

  it('never takes a total written in brackets inside a line (the project total beside a deposit)', () => {
    const fr2 = 'FACTURE D’ACOMPTE\nAcompte de 30 % sur devis D-2026-118   1   5 160,00 €   10 %   5 160,00 €\njuin 2027 (total TTC 18 920,00 €)\nTotal HT   5 160,00 €\nTVA 10 %   516,00 €\nTotal TTC   5 676,00 €';
    expect(fr(fr2).amount?.value.value).toBe(5676);
    const en = 'DEPOSIT INVOICE\n50% deposit — brand identity project (total $14,400.00)   1   $7,200.00   $7,200.00\nSubtotal   $7,200.00\nTotal   $7,200.00';
    expect(extractTextFields(en, 'MDY').amount?.value.value).toBe(7200);
  });

  it('reads "balance" and "due" as labels only when the amount follows them, not as words of a line item', () => {
    const scale = fr('Désignation  Qté  Prix unit.  Montant\nBalance connectée + logiciel caisse  1  1 320,00 €  1 320,00 €\nTotal HT  1 320,00 €\nTVA 21 %  277,20 €\nTotal TTC  1 597,20 €');
    expect(scale.amount?.value).toEqual({ value: 1597.2, currency: 'EUR' });
    const due = extractTextFields('Subtotal  £1,000.00\nTotal  £1,200.00\nBalance: £700.00', 'DMY');
    expect(due.amount?.value).toEqual({ value: 700, currency: 'GBP' });
    const payable = extractTextFields('Net total: 496.00 €\nVAT total: 75.04 €\nDue payable: 571.04 €', 'DMY');
    expect(payable.amount?.value).toEqual({ value: 571.04, currency: 'EUR' });
  });

  it('takes the document’s own code for amounts in "kr", not the euros of its legal mentions', () => {
    const f = extractTextFields('Currency: DKK\nTotal  29.600,00 kr.\nLate payments may incur a fixed compensation of EUR 40.', 'DMY');
    expect(f.amount?.value).toEqual({ value: 29600, currency: 'DKK' });
  });

  it('subtracts a deposit printed as a deduction', () => {
    const f = extractTextFields('Ref: NL-2026-0415\nNet: £4,200.00 | VAT: £840.00 | Total: £5,040.00\nDeposit received: -£1,500.00', 'DMY');
    expect(f.amount?.value).toEqual({ value: 3540, currency: 'GBP' });
  });

  it('after a deduction, the later amount due is the balance ("Total due … Less retainer paid: -€5,000.00 … Balance due")', () => {
    const f = extractTextFields('Fee: 17,500.00 EUR\nVAT 20%: €3,500.00\nTotal due: €21,000.00\nLess retainer paid: -€5,000.00\nBalance due: 16,000.00 EUR', 'DMY');
    expect(f.amount?.value).toEqual({ value: 16000, currency: 'EUR' });
    // with nothing taken off between them, the first amount due stands (a summary repeated lower down)
    const g = extractTextFields('Amount due: €2,400.00\nPayment by transfer.\nBalance due: €240.00 on the deposit invoice', 'DMY');
    expect(g.amount?.value).toEqual({ value: 2400, currency: 'EUR' });
  });

  it('a breakdown in brackets after the total does not qualify it: "Montant TTC : 21 600,00 € (HT 18 000,00 €, TVA …)"', () => {
    const f = extractTextFields('Montant TTC : 21 600,00 € (HT 18 000,00 €, TVA 20 % 3 600,00 €)\nConditions de paiement : 30 jours date de facture', 'DMY');
    expect(f.amount?.value).toEqual({ value: 21600, currency: 'EUR' });
    // a qualifier in brackets with no amount of its own still qualifies the amount before it
    expect(extractTextFields('Honoraires : 18 000,00 € (HT)\nTotal TTC : 21 600,00 €', 'DMY').amount?.value).toEqual({ value: 21600, currency: 'EUR' });
  });

  it('Galician and Spanish dates: "Vencemento: 11 de maio de 2026", "de fecha 7 de agosto de 2026", "como máximo el 17/08/2026"', () => {
    const gl = extractTextFields('Factura LBM-26-0167 con data 20 de abril de 2026\nTotal: 1.183,20 €\nVencemento: 11 de maio de 2026', 'DMY');
    expect([gl.issueDate?.value, gl.dueDate?.value]).toEqual(['2026-04-20', '2026-05-11']);
    const es = extractTextFields('Factura LBM-26-0171 de fecha 7 de agosto de 2026\nTotal: 639,48 €\nPago después de la lonja, como máximo el 17/08/2026', 'DMY');
    expect([es.issueDate?.value, es.dueDate?.value]).toEqual(['2026-08-07', '2026-08-17']);
    expect(extractTextFields('Data: 3 de xullo de 2026', 'DMY').issueDate?.value).toBe('2026-07-03');
  });

  it('Swiss French "À payer jusqu’au 19 juillet 2026" is the due date', () => {
    expect(extractTextFields("Total TTC : CHF 13'090.91\n\nÀ payer jusqu’au 19 juillet 2026\nIBAN CH44 3199", 'DMY').dueDate?.value).toBe('2026-07-19');
  });

  it('a deposit invoice bills the share its line states of the total above it', () => {
    const f = extractTextFields("Facture d’acompte n° FA-2611-257\nDate : 09/11/2026\nTotal HT : 4.802,50 EUR\nTVA 10 % : 480,25 EUR\nTotal TTC : 5.282,75 EUR\nFacture d’acompte – 30 % à la réservation : 1.584,83 EUR\nConditions de règlement : 8 jours date de facture", 'DMY');
    expect(f.amount?.value).toEqual({ value: 1584.83, currency: 'EUR' });
    // a deposit line before its tax is not the amount billed: the total is
    const g = extractTextFields("Facture d’acompte n° FA-12\nAcompte de 30 % sur devis D-12 : 1 500,00 € HT\nTVA 20 % : 300,00 €\nTotal TTC : 1 800,00 €", 'DMY');
    expect(g.amount?.value).toEqual({ value: 1800, currency: 'EUR' });
  });

  it('a deposit invoice bills the share stated on an earlier line: « Acompte 30 % sur devis » … « Montant de l\'acompte : 3 893,76 € » (held-out KO)', () => {
    const f = extractTextFields("FACTURE D'ACOMPTE N° AC-26-046\nDate : 27/08/2026\nAcompte 30 % sur devis - total marché 12 979,20 € TTC\nTotal HT : 10 816,00 €\nTVA 20 % : 2 163,20 €\nTotal TTC : 12 979,20 €\nMontant de l'acompte : 3 893,76 €\nDate d'échéance : voir conditions", 'DMY');
    expect(f.amount?.value).toEqual({ value: 3893.76, currency: 'EUR' });
    const chf = extractTextFields("FACTURE D'ACOMPTE N° FA002774\nAcompte 30 % sur devis - total marché 11'272.55 CHF TTC\nTotal HT : 11'272.55 CHF\nTotal TTC : 11'272.55 CHF\nMontant de l'acompte : 3'381.77 CHF\nZahlbar bis 26.07.2026", 'DMY');
    expect(chf.amount?.value).toEqual({ value: 3381.77, currency: 'CHF' });
  });

  it('a deposit printed as a deduction above the total is already in it', () => {
    const f = extractTextFields('Total HT  7 500,00 €\nTVA 20 %  1 500,00 €\nAcompte déjà versé  -2 700,00 €\nTotal TTC  6 300,00 €\nPaiement à 60 jours', 'DMY');
    expect(f.amount?.value).toEqual({ value: 6300, currency: 'EUR' });
  });

  it('does not take off a deposit twice when the text gives the total it was taken from', () => {
    const f = extractTextFields("Je vous adresse la facture CM-26-135, d'un montant de 5 560,60 EUR (total TTC 7 943,60 €, déduction faite de l'acompte de 2 383,00 € reçu avant expédition).", 'DMY');
    expect(f.amount?.value).toEqual({ value: 5560.6, currency: 'EUR' });
  });

  it('of amounts without a label, prefers the one outside brackets (those in brackets explain it)', () => {
    const f = extractTextFields('Please find attached invoice CM-26-125 for £1,365.67 (total £1,951.67 less the £586.00 deposit paid before shipping).', 'DMY');
    expect(f.amount?.value).toEqual({ value: 1365.67, currency: 'GBP' });
    expect(f.amount!.score).toBeLessThan(60); // a guess: the document, when there is one, is read too
  });

  it('a deposit invoice bills its deposit, not the order total written in brackets with its TTC', () => {
    const pdf = "FACTURE D'ACOMPTE\nFacture n° AC-2025-035 du 01/10/2025\nAcompte de 30 % à la commande (total prévisionnel 23 735,00 € TTC)\nTotal HT : 6 473,18 €\nTVA 10 % : 647,32 €\nMontant de l'acompte TTC : 7 120,50 €\nPaiement à réception";
    expect(extractTextFields(pdf, 'DMY').amount?.value).toEqual({ value: 7120.5, currency: 'EUR' });
  });

  it('a waybill’s date in a line is not the invoice’s; a direct debit’s day is the due date', () => {
    const body = 'Veuillez trouver ci-joint notre facture n° 2026/1201.\n- Transport Marseille → Nîmes – LV n° TCL-918762 du 14/10/2026 : 575,00 EUR\nMontant TTC : 690,00 €';
    expect(extractTextFields(body, 'DMY').issueDate).toBeNull();
    const debit = 'Nuagix SAS va prélever 238,80 € sur votre compte bancaire se terminant par 28 le 12 janvier 2027.\nObjet : facture GC-2027-0007 du 05/01/2027';
    const f = extractTextFields(debit, 'DMY');
    expect([f.issueDate?.value, f.dueDate?.value]).toEqual(['2027-01-05', '2027-01-12']);
  });

  it('reads a lawyer’s bill number after its own title, and Catalan due dates and terms', () => {
    const fees = extractTextFields('Statement of fees and disbursements No. EH-2026-0393\nDate : Oct 7, 2026\nTotal incl. VAT : €9,982.50', 'MDY');
    expect(fees.invoiceNumbers[0]?.value).toBe('EH-2026-0393');
    const nl = extractTextFields('Eindafrekening ereloon en kosten Nr. ER-2026-0073\nDatum : 29 december 2026\nTe betalen : 2.625,00 EUR', 'DMY');
    expect(nl.invoiceNumbers[0]?.value).toBe('ER-2026-0073');
    const ca = extractTextFields('Factura núm. FA-2026-951\nData: 17 de desembre de 2026\nTotal a pagar: 4.139,90 €\nData de venciment: 1 de gener de 2027', 'DMY');
    expect([ca.issueDate?.value, ca.dueDate?.value]).toEqual(['2026-12-17', '2027-01-01']);
  });

  it('takes off an advance already paid ("Bereits gezahlter Vorschuss"), not the advance an advance bill asks for', () => {
    const final = extractTextFields('Gesamtbetrag brutto : 9.275,26 EUR\nBereits gezahlter Vorschuss : -1.400,00 EUR\nZu zahlender Betrag : 7.875,26 EUR', 'DMY');
    expect(final.amount?.value).toEqual({ value: 7875.26, currency: 'EUR' });
    const advance = extractTextFields('Vorschussrechnung Nr. PROV-26/115\nVorschuss auf Honorare : 1.400,00 EUR\nMwSt. 21 % : 294,00 EUR\nZu zahlender Betrag : 1.694,00 EUR', 'DMY');
    expect(advance.amount?.value).toEqual({ value: 1694, currency: 'EUR' });
  });

  it('takes the grand total among table totals', () => {
    const pdf = 'Description  Qty  Unit price  Amount\n4  £80.00  £320.00 Development\nSubtotal  £4,077.00\nVAT @ 20%  £815.40\nTotal  £4,892.40';
    expect(extractTextFields(pdf, 'DMY').amount?.value.value).toBe(4892.4);
  });
});

describe('invoice number from a text', () => {
  it.each([
    ['Facture n° FAC-26-0346', 'FAC-26-0346'],
    ['Facture n°FAC-26-0347 (216,00 €)', 'FAC-26-0347'],
    ['Invoice #2026/345', '2026/345'],
    ['Invoice No. 2026/345', '2026/345'],
    ['Numéro de facture  FAC-26-0342', 'FAC-26-0342'],
    ['Invoice number  59BD6AD2-0050', '59BD6AD2-0050'],
    ['Atelier Dupont SARL Facture (Ref INV/2026/00156)', 'INV/2026/00156'],
    ['Factura n.º FT 2026A/46', 'FT 2026A/46'],
    ['Fatura FR A/123', 'FR A/123'],
    ['FACTURE D’ACOMPTE N° ACP-26/12', 'ACP-26/12'],
    ['We hereby invoice EUR 887.11 under our ref. CSA2611-0403 for the port call.', 'CSA2611-0403'],
    ['Rechnung Nr. 2026-118 vom 12.03.2026', '2026-118'],
    ['Rechnungsnummer: RE-4471', 'RE-4471'],
    ['Factura nº F-2026-77', 'F-2026-77'],
    ['Fattura n. 45/2026', '45/2026'],
    ['voici la facture de solde n° FAC-26-0350 d’un montant de 7 737,23 € TTC', 'FAC-26-0350'],
    ['Invoice ID  4471', '4471'],
    ['Invoice reference: NW-2027-12', 'NW-2027-12'],
    ['Nº de factura  A-2027-31', 'A-2027-31'],
    ['N° de facture : FL-2027-031', 'FL-2027-031'],
    ['Delgado Web Development sent you an invoice (0000231) for $4,750.00', '0000231'],
    ['Fatura n.º   FT 2027/14', 'FT 2027/14'],
    ['Facture n° 2026 / 94 du 12/03/2026', '2026 / 94'],
    ['Facture du 12/03/2026', undefined],
  ])('%s → %s', (text, expected) => {
    expect(fr(text).invoiceNumbers[0]?.value).toBe(expected);
  });

  it('reads the number of a header row, not the house number of the address under the title', () => {
    const pdf = 'Studio Lumen SARL\nFACTURE\n7 avenue Jean Jaurès\n69007 Lyon\nN° de facture  Date  Échéance\nFL-2027-031  05/01/2027  04/02/2027';
    expect(fr(pdf).invoiceNumbers.map((n) => n.value)).toEqual(['FL-2027-031']);
    expect(fr('INVOICE  10 Downing Street\nInvoice number: 5512').invoiceNumbers.map((n) => n.value)).toEqual(['5512']);
    expect(fr('Rechnung\n3 Lindenstraße\nRechnungsnummer  R-0931').invoiceNumbers.map((n) => n.value)).toEqual(['R-0931']);
  });

  it('trusts a short bare number after a title word less than a labelled one', () => {
    const f = fr('FACTURE  12\nN° facture : A-3391');
    expect(f.invoiceNumbers[0]?.value).toBe('A-3391');
    const bare = fr('INVOICE  12').invoiceNumbers[0]!;
    expect(bare.value).toBe('12');
    expect(bare.score).toBeLessThan(fr('Invoice #12').invoiceNumbers[0]!.score);
    expect(bare.score).toBeLessThan(fr('INVOICE  1045').invoiceNumbers[0]!.score);
    expect(fr('Facture n° 42').invoiceNumbers[0]?.value).toBe('42');
  });

  it('reads a number stacked under its label, and no amount or postcode for a number', () => {
    const pdf = 'Maison Castagné\n27 quai des Chartrons\nFACTURE\n33000 Bordeaux\nFactura n.º\nFC-2026-0468\nBase imponible   2.938,00 €\nTotal factura   3.322,60 €';
    expect(fr(pdf).invoiceNumbers.map((n) => n.value)).toEqual(['FC-2026-0468']);
    expect(fr('Montant facture 1200.00 EUR').invoiceNumbers).toEqual([]);
    expect(fr('FACTURE\nFA-2027-004').invoiceNumbers[0]?.value).toBe('FA-2027-004');
  });

  it('does not take a customer number, a VAT number or a date for the invoice number', () => {
    const f = fr('N° client : CLI-00151\nN° TVA intracommunautaire : FR47 823456719\nDate : 31/07/2026');
    expect(f.invoiceNumbers).toEqual([]);
  });
});

describe('held-out HA–HG: amounts without tax, the dates of other things', () => {
  it('an amount before tax is owed when no tax is charged (reverse charge, exemption), not otherwise', () => {
    expect(fr('Facture n° FT 2026A/65\nMontant (HT, autoliquidation) : 1 347,50 €').amount?.value.value).toBe(1347.5);
    expect(fr('Total HT : 1 000,00 €\nTVA non applicable, art. 293 B du CGI').amount?.value.value).toBe(1000);
    expect(fr('Total HT : 1 000,00 €\nTVA 20 % : 200,00 €').amount).toBeNull();
  });

  it('a bare "du" or a "date" in a sentence dates what it follows, not the invoice', () => {
    expect(fr('Facture d’acompte – wedding du 07/07/2026').issueDate).toBeNull();
    expect(fr('Pour bloquer définitivement la date du 7 juillet 2026, voici la facture d’acompte.').issueDate).toBeNull();
    expect(fr('Prestation du 07/07/2026').issueDate).toBeNull();
    expect(fr('Facture F-12 du 07/07/2026').issueDate?.value).toBe('2026-07-07');
    expect(fr("Facture d'acompte du 07/07/2026").issueDate?.value).toBe('2026-07-07');
    expect(fr('Lyon, le 7 juillet 2026').issueDate?.value).toBe('2026-07-07');
    expect(fr('Date : 07/07/2026').issueDate?.value).toBe('2026-07-07');
    expect(extractTextFields('Fattura n. 12 del 07/07/2026', 'DMY').issueDate?.value).toBe('2026-07-07');
  });
});

describe('held-out IA–IG: Polish invoices, German month-end terms', () => {
  it('reads Polish numbers, amounts, dates and terms, numbers shaped like a date after "nr" or the invoice word', () => {
    const a = fr('Twoja faktura nr 25/06/2026 z dnia 18.06.2026 została wysłana.\nKwota do zapłaty: 23 740,23 zł\nTermin płatności: 45 dni');
    expect(a.invoiceNumbers[0]?.value).toBe('25/06/2026');
    expect(a.amount?.value).toEqual({ value: 23740.23, currency: 'PLN' });
    expect(a.issueDate?.value).toBe('2026-06-18');
    expect(a.terms).toEqual({ kind: 'net', days: 45 });
    expect(fr('w załączeniu przesyłam fakturę VAT nr FV/2026/06/11 za spedycję').invoiceNumbers[0]?.value).toBe('FV/2026/06/11');
    expect(fr('uprzejmie informujemy o wystawieniu faktury FV 50/06/2026. Płatność przelewem w ciągu 21 dni od daty wystawienia.').terms).toEqual({ kind: 'net', days: 21 });
    expect(fr('uprzejmie przypominam o fakturze 31/08/2026 na kwotę 24 553,26 PLN').invoiceNumbers[0]?.value).toBe('31/08/2026');
  });

  it('a date after "Date de facture :" or "Facture du" is no number', () => {
    expect(fr('Date de facture : 30/04/2026').invoiceNumbers).toEqual([]);
    expect(fr('Facture du 12/03/2026').invoiceNumbers).toEqual([]);
  });

  it('"Zahlbar 45 Tage Ende Monat" is 45 days end of month', () => {
    expect(fr('Zahlbar 45 Tage Ende Monat.').terms).toEqual({ kind: 'end-of-month', days: 45 });
  });
});

describe('held-out JA–JG: Italian sections, taxes named first, Flemish and UK terms', () => {
  it('an Italian section after the number is part of it: "fattura n. FT 87/E"', () => {
    expect(fr('in allegato la fattura n. FT 87/E del 13/07/2026 di € 8.849,88').invoiceNumbers[0]?.value).toBe('FT 87/E');
  });

  it('a total whose tax is named first, "Importe total (IVA incl.)", is the total', () => {
    expect(fr('Importe total (IVA incl.): 53.238,19 EUR').amount?.value.value).toBe(53238.19);
  });

  it('"vervalt", "contant, bij ontvangst", "Terms: strictly 14 days"', () => {
    expect(fr('Factuur 2026/0142 – 3.129,67 EUR – vervalt 30/06/2026').dueDate?.value).toBe('2026-06-30');
    expect(fr('Betalingstermijn: contant, bij ontvangst').terms).toEqual({ kind: 'on-receipt' });
    expect(fr('Terms: strictly 14 days').terms).toEqual({ kind: 'net', days: 14 });
  });
});

describe('held-out YA–ZN: a direct debit on a day, a letter of credit\'s maturity', () => {
  it('the day a direct debit takes the money is the due date', () => {
    expect(fr('Hierbij factuur FV26-0438 van 17-08-2026 voor een bedrag van € 3.671,00.\n\nBetaling via SEPA-domiciliëring op 27-08-2026').dueDate?.value).toBe('2026-08-27');
    expect(fr('Facture FV-12 du 01/09/2026 : 420,00 € TTC, prélèvement SEPA le 15/09/2026.').dueDate?.value).toBe('2026-09-15');
    expect(fr('Rechnung 2026-77 vom 01.09.2026 über 420,00 €. Abbuchung am 12.09.2026 per SEPA-Lastschrift.').dueDate?.value).toBe('2026-09-12');
    // an amount already net of the deposit, said in brackets after it
    expect(fr('Rechnung VK-26-451 vom 22.06.2026\nBetrag: 988,20 € (nach Abzug der Anzahlung von 423,00 €)\nZahlbar innerhalb von 14 Tagen').amount?.value.value).toBe(988.2);
    expect(fr('Total TTC : 1 000,00 €\nAcompte versé : 300,00 €').amount?.value.value).toBe(700);
    // "pendiente" after the deposit: what is left to pay
    expect(fr('Importe total: 18.400,00 €\nAnticipo ya abonado: 5.000,00 € – pendiente 13.400,00 €').amount?.value.value).toBe(13400);
    // the tax, then "soit" the total it makes
    expect(fr('- Pneus (x4) : 1 660,00 €\n- Permutation : 36,00 €\n\nTotal HT 1 829,00 €, TVA 365,80 €, soit 2 194,80 €.\nÉchéance au 11/09/2026.').amount?.value.value).toBe(2194.8);
    // a letter of credit's maturity
    expect(fr('Date : 23/06/2026\nNet à payer : 17 006,61 €\nPayment by irrevocable L/C at 90 days from B/L date - maturity date 26/09/2026').dueDate?.value).toBe('2026-09-26');
  });
});

describe('held-out KA–KG: kinds before numbers, crowns, dinars, CFA francs', () => {
  it('a kind of invoice before its number is its label, a percentage in brackets is no number', () => {
    expect(fr("FACTURE D'ACOMPTE CNK-2026-0316\nDate : 11/05/2026").invoiceNumbers[0]?.value).toBe('CNK-2026-0316');
    expect(fr('Je te transmets la facture d’acompte (40 %) LCY-26/0535 (€ 8.456,46)').invoiceNumbers.map((n) => n.value)).not.toContain('40');
  });

  it('a Danish invoice in "kr." stays in an unknown crown whatever euros its legal mentions name; its deposit and terms', () => {
    const f = fr('FAKTURA\nTotal inkl. moms: 23.150,00 kr.\nModtaget depositum: -6.945,00 kr.\nTil betaling: 16.205,00 kr.\nBetaling: løbende måned + 30 dage\nindemnité forfaitaire de recouvrement 40 €.');
    expect(f.amount?.value.value).toBe(16205);
    expect(f.currency).toBeNull();
    expect(f.terms).toEqual({ kind: 'end-of-month', days: 30 });
  });

  it('Tunisian dinars keep their thousandths; "DT" and "F CFA" name their currencies', () => {
    expect(fr('Total : 44 682,225 TND').amount?.value).toEqual({ value: 44682.225, currency: 'TND' });
    // a lone comma before three digits is the thousandths' in dinars (599 DT, not 599 000)
    expect(fr('- CS-2026-0453 (pièces : disque SSD et onduleur) : 599,000 DT').amount?.value).toEqual({ value: 599, currency: 'TND' });
    expect(fr('Montant : 1 200,000 EUR').amount?.value).toEqual({ value: 1200, currency: 'EUR' });
  });

  it.each(['Valor a pagar', 'Maksettava', 'Yhteensä', 'Fizetendő', 'Összesen', 'De plată', 'Za plačilo', 'Za platiti', 'Mokėti', 'Apmaksai', 'Tasuda', 'Kokku'])(
    'the amount due labelled « %s » is read as labelled, not guessed',
    (label) => {
      const f = fr(`Facture n° F-2026-100\nPrestation : 100,00 €\n${label} : 1 234,56 €\nMerci.`);
      expect(f.amount?.value.value).toBe(1234.56);
      expect(f.amount?.score).toBeGreaterThanOrEqual(70);
    },
  );

  it.each(['Számla száma', 'Laskun numero', 'Lasku nro', 'Arve nr', 'Sąskaitos nr', 'Rēķina nr', 'Račun št.', 'Broj računa', 'Račun br.', 'Faktúra číslo', 'Reikningur nr'])(
    'the invoice number labelled « %s » is read',
    (label) => {
      expect(fr(`${label}: AB-2026-0417\nDate: 12.11.2026\nTotal: 1 234,56 €`).invoiceNumbers[0]?.value).toBe('AB-2026-0417');
    },
  );

  it('a bank account (an IBAN with valid check digits) is no invoice number; a long number of that shape is one', () => {
    expect(fr('Račun br. R-2026-55\nŽiro račun: HR1210010051863000160').invoiceNumbers.map((n) => n.value)).toEqual(['R-2026-55']);
    expect(fr('Facture n° FA2026110000123\nTotal TTC : 100,00 €').invoiceNumbers[0]?.value).toBe('FA2026110000123');
  });

  it('Ukrainian and Russian invoices: « Рахунок № … », « Разом до сплати », « Итого к оплате » (held-out CQ)', () => {
    const uk = fr('переклади готові. Рахунок № FT2611-399:\n  Traduction diplôme × 1 : 95,00 €\n  Traduction acte de mariage × 3 : 165,00 €\nРазом до сплати (TTC): 384,00 євро');
    expect(uk.invoiceNumbers[0]?.value).toBe('FT2611-399');
    expect(uk.amount?.value).toEqual({ value: 384, currency: 'EUR' });
    const ru = fr('Счёт № RU-2026-12\nПеревод документов: 120,00 €\nИтого к оплате: 240,00 €');
    expect(ru.invoiceNumbers[0]?.value).toBe('RU-2026-12');
    expect(ru.amount?.value.value).toBe(240);
    expect(fr('Montant : 21 260,500 DT').amount?.value).toEqual({ value: 21260.5, currency: 'TND' });
    expect(fr('Total: 5.443.174 F CFA').amount?.value).toEqual({ value: 5443174, currency: 'XOF' });
    expect(fr('Total : 1 234,567 €').amount?.value.value).toBe(1234.57);
  });
});

describe('dates and terms from a text', () => {
  it('tells the issue date from the due date by their labels', () => {
    const f = fr('Date de facture : 15/10/2026\nDate d’échéance : 14/11/2026');
    expect(f.issueDate?.value).toBe('2026-10-15');
    expect(f.dueDate?.value).toBe('2026-11-14');
  });

  it('reads written dates with their labels in English and German', () => {
    const en = extractTextFields('£7,108.80 due November 15, 2026\nInvoice date: 16 Oct 2026', 'DMY');
    expect(en.dueDate?.value).toBe('2026-11-15');
    expect(en.issueDate?.value).toBe('2026-10-16');
    const de = extractTextFields('Rechnung FAC-26-0340 – 4.996,00 € – fällig 5. Juni 2026', 'DMY');
    expect(de.dueDate?.value).toBe('2026-06-05');
  });

  it('reads abbreviated and Portuguese due-date labels', () => {
    expect(fr('Fatura FT ABM26/45 | 2.776,00 € | venc. 28/06/2026').dueDate?.value).toBe('2026-06-28');
    expect(fr('Factura ABM-2610-042 - 21.802,60€ - vto. 09/11/2026').dueDate?.value).toBe('2026-11-09');
    const pt = fr('Total 11 024,40 €  Data: 26/06/2026  Vencimento: 11/07/2026');
    expect([pt.issueDate?.value, pt.dueDate?.value]).toEqual(['2026-06-26', '2026-07-11']);
  });

  it('a count in a series is not the invoice number; the same words heading the number are', () => {
    expect(fr('Vous trouverez ci-joint la situation de travaux n°3 FA-000233 relative au chantier.').invoiceNumbers[0]?.value).not.toBe('3');
    expect(fr('SITUATION DE TRAVAUX N° FA-000233\nDate : 27/03/2026').invoiceNumbers[0]?.value).toBe('FA-000233');
  });

  it('a delivery date and "à régler pour le" are not the issue date', () => {
    const f = fr('Suite à la livraison du 2 avril 2026, je vous adresse la facture FC26-0312.\nÀ régler pour le 02/08/2026 au plus tard.');
    expect(f.issueDate).toBeNull();
    expect(f.dueDate?.value).toBe('2026-08-02');
  });

  it('an author\'s note paid net of contributions, and a deposit "à régler"', () => {
    expect(fr('Facture n° NDA-2026/05 : 2 256,43 € net (après précompte), payable à 15 jours.').amount?.value.value).toBe(2256.43);
    expect(fr('Total TTC : 2 750,00 €\nAcompte de 40 % à régler : 1 100,00 €').amount?.value.value).toBe(1100);
  });

  it("a letter's place and date give the issue date", () => {
    expect(fr('FACTURA N.º 2026-A-269\nMadrid, 21 de abril de 2026\nCliente: Kensington Hotels').issueDate?.value).toBe('2026-04-21');
    expect(fr('Lyon, le 3 mars 2026\nFacture F-12').issueDate?.value).toBe('2026-03-03');
  });

  it('labels: the longest of overlapping labels, never one inside a reference', () => {
    const f = fr("Note d'honoraires NH-2026-0171 – 864,00 € TTC – payable au plus tard le 7 octobre 2026");
    expect([f.issueDate, f.dueDate?.value]).toEqual([null, '2026-10-07']);
    expect(fr('Rechnung HT-2026/05-052 – 3.503,99 €').amount?.value.value).toBe(3503.99);
    expect(fr('Graag voldoen vóór 20 april 2026.').dueDate?.value).toBe('2026-04-20');
  });

  it("the deposit's own invoice number is not this invoice's; a deposit said deducted is not taken off again", () => {
    expect(fr('FACTURE  N° SF-2026-050\nAcompte versé (facture SF-2026-043)  - 495,00 €\nNET À PAYER  1 155,00 €').invoiceNumbers.map((n) => n.value)).toEqual(['SF-2026-050']);
    expect(fr("Facture d'acompte n° AC-26-49 : 6 436,66 €").invoiceNumbers[0]?.value).toBe('AC-26-49');
    expect(fr("la facture du solde, d'un montant de 151,00 € TTC (acompte de 65,00 € déjà déduit).").amount?.value.value).toBe(151);
    // "(balance after the deposit of …)": the total stated is already the balance
    expect(fr('Attached is invoice EXP26-070, total €1,296.54 (balance after the deposit of €555.66 already received).').amount?.value.value).toBe(1296.54);
    expect(fr("Facture F-88, montant 2 400,00 € (solde après l'acompte de 1 000,00 € reçu le 2 mars).").amount?.value.value).toBe(2400);
  });

  it('UK tax point is the invoice date; start dates and expected payment days are read for what they are', () => {
    const uk = extractTextFields('Invoice no: HT-2026-0417\nTax point: 22/06/2026\nStart date 14 June 2026', 'DMY');
    expect(uk.issueDate?.value).toBe('2026-06-22');
    expect(fr('Paiement attendu pour le 6 juin 2026').dueDate?.value).toBe('2026-06-06');
    expect(fr('La commande correspond au bon n° BC-2026445 du 16/04/2026.').invoiceNumbers).toEqual([]);
  });

  it('a series with a dotted number, Nordic due labels, crowns before the amount, a session date', () => {
    expect(fr("Ci-joint notre note d'honoraires n° NH 2026.411 du 06/04/2026.").invoiceNumbers[0]?.value).toBe('NH 2026.411');
    expect(extractTextFields('Invoice 45  Amount due 27 805,00 NOK  Forfaldsdato 24 June 2026', 'DMY').dueDate?.value).toBe('2026-06-24');
    expect(fr('Invoice SN26-106: kr. 43.110,06').amount?.value.value).toBe(43110.06);
    expect(fr('Suite à la formation (session du 07/05/2026), voici la facture n° FMV-26-0149.').issueDate).toBeNull();
  });

  it("the order's date is not the invoice's", () => {
    expect(fr('PV-Anlage gemäß Auftrag vom 14.03.2026\nNoch zu zahlen: 22.633,65 €').issueDate).toBeNull();
  });

  it('a deposit paid on a day does not give the issue date', () => {
    expect(fr("Facture n° F-12, total 562,80 €.\nL'acompte de 241,20 € versé le 12/05/2026 a été déduit.").issueDate).toBeNull();
  });

  it('reads more due-date labels (nl, es)', () => {
    expect(fr('Factuurdatum  04/03/2027\nVervaldag  03/04/2027').dueDate?.value).toBe('2027-04-03');
    expect(fr('Uiterste betaaldatum: 03/04/2027').dueDate?.value).toBe('2027-04-03');
    expect(fr('Fecha límite de pago: 03/04/2027').dueDate?.value).toBe('2027-04-03');
  });

  it('takes no discount date for the due date', () => {
    const de = fr('Rechnungsdatum: 02.02.2027\nZahlbar innerhalb von 30 Tagen ohne Abzug, bei Zahlung bis 12.02.2027 mit 3 % Skonto.');
    expect(de.dueDate).toBeNull();
    expect(de.terms).toEqual({ kind: 'net', days: 30 });
    expect(fr('Escompte de 2 % pour paiement avant le 12/02/2027 ; échéance le 04/03/2027.').dueDate?.value).toBe('2027-03-04');
    expect(fr('2% discount if paid by 12/02/2027. Due date: 04/03/2027').dueDate?.value).toBe('2027-03-04');
    expect(fr('Échéance : 04/03/2027 (pas d’escompte)').dueDate?.value).toBe('2027-03-04');
  });

  it('finds the payment terms', () => {
    expect(fr('Règlement : 30 jours fin de mois.').terms).toEqual({ kind: 'end-of-month', days: 30 });
    expect(fr('Règlement payable sous 10 jours.').terms).toEqual({ kind: 'net', days: 10 });
  });
});

describe('guessDateOrder', () => {
  it('reads the order off unambiguous dates, else from the locale', () => {
    expect(guessDateOrder('Due 12/15/2026')).toBe('MDY');
    expect(guessDateOrder('Échéance 15/12/2026')).toBe('DMY');
    expect(guessDateOrder('Due 12/10/2026', { lang: 'en', currency: 'USD' })).toBe('MDY');
    expect(guessDateOrder('Due 12/10/2026', { lang: 'en', currency: 'GBP' })).toBe('DMY');
  });

  it('takes no phone number written with dots for a date', () => {
    expect(guessDateOrder('Date : 12/11/2026\nYann LE GOFF - Plombier\n06.61.24.87.30')).toBe('DMY');
    expect(guessDateOrder('Tel. 04.13.25.66.10 – Due 12/15/2026')).toBe('MDY');
  });
});

describe('held-out NA–NG: a series and its figures, the net in brackets', () => {
  it('a tool prefix in capitals and a sequence is one number ("FAC 26361", "INV 2026-001")', () => {
    expect(fr('Attached is invoice FAC 26361 dated 25 June 2026 for NOK 285 495,42').invoiceNumbers[0]?.value).toBe('FAC 26361');
    expect(fr('Invoice INV 2026-001 total 300 EUR').invoiceNumbers[0]?.value).toBe('INV 2026-001');
  });

  it('a small word or a tax word before figures is no series, and no number', () => {
    expect(fr('Facture du 12345 pour 100 €').invoiceNumbers).toEqual([]);
    expect(fr('Montant facture TTC 1234,56 €').invoiceNumbers).toEqual([]);
  });

  it('the count of a progress statement gives way to the reference after it ("n° 2 SIT-MEYER-02")', () => {
    expect(fr('Facture de situation n° 2 SIT-MEYER-02\nDate de facture : 06/05/2026').invoiceNumbers[0]?.value).toBe('SIT-MEYER-02');
    expect(fr('Facture de situation n° 3\nDate : 01/02/2026').invoiceNumbers[0]?.value).toBe('3');
  });

  it('"(net à payer après retenue de garantie)" after an amount says it is the amount due', () => {
    const f = fr("La facture F2026-00657 d'un montant de 17 704,48 € (net à payer après retenue de garantie de 5 %).");
    expect(f.amount?.value).toEqual({ value: 17704.48, currency: 'EUR' });
  });
});

describe('held-out OA–OG: debits announced, nets closing a line, terms between dashes', () => {
  it('the day a SEPA debit will be taken is the due date ("wird am 18.05.2026 per SEPA-Lastschrift … eingezogen")', () => {
    expect(fr('Der Rechnungsbetrag wird am 18.05.2026 per SEPA-Lastschrift von Ihrem Konto eingezogen.').dueDate?.value).toBe('2026-05-18');
  });

  it('"CHF 4 385,77 net" closing a subject is the amount due', () => {
    expect(fr('Facture ONF26.2583 - CHF 4 385,77 net').amount?.value).toEqual({ value: 4385.77, currency: 'CHF' });
  });

  it('a term standing alone between a subject\'s dashes ("- 45 dias") is the payment term', () => {
    expect(fr('Fatura CR-2026-119 - US$ 320,00 - 45 dias').terms).toEqual({ kind: 'net', days: 45 });
    expect(fr('Devis valable 30 jours - merci').terms).toBeNull();
    expect(fr('Service: Interim HR Business Partner – 9 days').terms).toBeNull();
  });
});

describe('guessDateOrder: the writer and the language', () => {
  it('English and dollars to a reader in a day-first country still put the day first', () => {
    expect(guessDateOrder('Invoice PCS/26/0396 - USD 1,382.00 - due 09/10/2026', { lang: 'en', currency: 'USD', reader: 'karadenizline.com.tr' })).toBe('DMY');
    expect(guessDateOrder('Invoice 12 - USD 1,382.00 - due 09/10/2026', { lang: 'en', currency: 'USD', reader: 'hudsonvalleyimports.com' })).toBe('MDY');
  });

  it('a French mail is never read month-first for its sending day ("avant le 09/10/2026" sent on 11 September)', () => {
    expect(guessDateOrder('Émise le 9 septembre 2026\nÉchéance avant le 09/10/2026', { lang: 'fr', currency: 'EUR', sentOn: '2026-09-11' })).toBe('DMY');
  });
});

describe('held-out QC–QG: a number starting with HT', () => {
  it('"HT260751" is a number, not a pre-tax label: the amount after it is the invoice\'s', () => {
    expect(fr('Facture HT260751 - 28 367,50 € - Conditions : 60 jours net').amount?.value).toEqual({ value: 28367.5, currency: 'EUR' });
  });
});

describe('held-out RA–RG: deposits in a label, breakdowns in brackets, kinds of invoice before a reference', () => {
  it('"Net à payer (déduction faite de l\'acompte) : 12.768,72 €" is the amount due', () => {
    expect(fr("Net à payer (déduction faite de l'acompte) : 12.768,72 €").amount?.value).toEqual({ value: 12768.72, currency: 'EUR' });
  });

  it('"(incl. 2 075,76 NOK disbursements)" breaks the total down; it is not the total', () => {
    expect(fr('Amount due: 2 610,76 NOK (incl. 2 075,76 NOK disbursements)').amount?.value.value).toBe(2610.76);
    expect(fr('Total TTC : 1 200,00 € (dont TVA 200,00 €)').amount?.value.value).toBe(1200);
  });

  it('"FACTURE DE DÉBOURS DEB-26-118" numbers the invoice; "Date de facture : 17 septembre" does not', () => {
    expect(fr('FACTURE DE DÉBOURS DEB-26-118\nDate de facture : 17 septembre 2026').invoiceNumbers.map((n) => n.value)).toEqual(['DEB-26-118']);
  });
});

describe('held-out SA–SG: a comma after an amount, the tax word after a due label', () => {
  it('"$3,737.50, 30 jours fin de mois": the comma ends the amount', () => {
    expect(fr('Amount due: $3,737.50, 30 jours fin de mois.').amount?.value).toEqual({ value: 3737.5, currency: 'USD' });
  });

  it('"Net à payer TTC" is the amount due after the deposit, not a total to take the deposit from', () => {
    const f = fr('Désignation  Qté  PU HT  Total\nBatterie  12  489,00 €  5 868,00 €\nTotal HT: 7 824,00 €\nAcompte versé: -2 347,20 €\nNet à payer TTC: 5 476,80 €');
    expect(f.amount?.value.value).toBe(5476.8);
  });
});

describe('held-out UB, IB: a platform\'s "#" after a number sign', () => {
  it('"la facture n° #883", "Numéro de facture #81" keep the "#"; "Invoice #0022" does not', () => {
    expect(fr('Autocars du Beffroi SAS vous a adressé la facture n°  #883 .    Montant TTC   4 735,72 €').invoiceNumbers[0]?.value).toBe('#883');
    expect(fr('Numéro de facture   #81\nMontant TTC   1 759,79 €').invoiceNumbers[0]?.value).toBe('#81');
    expect(fr('Invoice #0022 from Acme, amount 1,102.50 USD').invoiceNumbers[0]?.value).toBe('0022');
  });
});


describe('held-out WG: a period is no invoice number', () => {
  it('"Honorarnote Q2/2026", "Facture T3-2026" name no number; "Facture Q2-0045" does', () => {
    expect(fr('Honorarnote Q2/2026').invoiceNumbers.map((n) => n.value)).not.toContain('Q2/2026');
    expect(fr('Facture T3-2026').invoiceNumbers.map((n) => n.value)).not.toContain('T3-2026');
    expect(fr('Facture Q2-0045').invoiceNumbers.map((n) => n.value)).toContain('Q2-0045');
  });
});

describe('held-out TJ: a reference starting with NR is no "Nr." sign', () => {
  it('"invoice ref. NRL-2026-057" reads NRL-2026-057; "Rechnung Nr 2026-057" still reads 2026-057', () => {
    expect(fr('For the royalty advance, the amount is SEK 34 375,00 (invoice ref. NRL-2026-057).').invoiceNumbers[0]?.value).toBe('NRL-2026-057');
    expect(fr('Invoice NUMA-2026-4').invoiceNumbers[0]?.value).toBe('NUMA-2026-4');
    expect(fr('Rechnung Nr 2026-057').invoiceNumbers[0]?.value).toBe('2026-057');
    expect(fr('Rechnung Nr.2026-058').invoiceNumbers[0]?.value).toBe('2026-058');
  });
});

describe('held-out TM: a Greek invoice e-mail', () => {
  it('reads number, total, issue date and terms from Greek labels', () => {
    const f = fr('Αρ. τιμολογίου: MK-GR-061/26\nΗμερομηνία: 23 Αυγούστου 2026\nΣύνολο: 662,70 €\nΠληρωμή σε 30 ημέρες τέλος του μήνα');
    expect(f.invoiceNumbers[0]?.value).toBe('MK-GR-061/26');
    expect(f.amount?.value).toEqual({ value: 662.7, currency: 'EUR' });
    expect(f.issueDate?.value).toBe('2026-08-23');
    expect(f.terms).toEqual({ kind: 'end-of-month', days: 30 });
  });
  it('reads a due date after "Ημερομηνία λήξης" and a delivery date as no issue date', () => {
    const f = fr('Το τιμολόγιο MK-GR-063/26 για την παράδοση της 31 Αυγούστου 2026 ανέρχεται σε 313,50 €.\nΗμερομηνία λήξης: 30 Σεπτεμβρίου 2026.');
    expect(f.dueDate?.value).toBe('2026-09-30');
    expect(f.issueDate).toBeNull();
    expect(f.amount?.value.value).toBe(313.5);
  });
});

describe('held-out SI: Bulgarian and Romanian invoice e-mails', () => {
  it('"Фактура № CE-26-0327 от 7 май 2026 г. … Сума за плащане … Падеж"', () => {
    const f = fr('Фактура № CE-26-0327 от 7 май 2026 г.\nСума за плащане: 10 980,00 EUR\nПадеж: 06.07.2026 г.');
    expect(f.invoiceNumbers[0]?.value).toBe('CE-26-0327');
    expect(f.amount?.value).toEqual({ value: 10980, currency: 'EUR' });
    expect(f.issueDate?.value).toBe('2026-05-07');
    expect(f.dueDate?.value).toBe('2026-07-06');
    expect(fr('Сума за плащане: 10 995,00 евро').amount?.value).toEqual({ value: 10995, currency: 'EUR' });
  });
  it('"Factura nr. CHX260038 din 20.04.2026 … Total de plată: 580.936,20 lei"', () => {
    const f = fr('Factura nr. CHX260038 din 20.04.2026\nTotal de plată: 580.936,20 lei\nPlata la 30 de zile sfârșitul lunii');
    expect(f.invoiceNumbers[0]?.value).toBe('CHX260038');
    expect(f.amount?.value).toEqual({ value: 580936.2, currency: 'RON' });
    expect(f.issueDate?.value).toBe('2026-04-20');
  });
});

describe('held-out SH: a project\'s total beside an instalment invoice is not its amount', () => {
  it.each([
    ['Here are the details of invoice F-2026-0456-A3 for €11,808.00 (VAT incl.) for your stand at EuroShop Köln.\nDue on receipt.\nDeposit 3 (30%) of a project total of €39,360.00 incl. VAT.', 11808],
    ['di seguito la fattura n. SC26-688-A2 di 18.000,00 € IVA inclusa relativa allo stand EICMA Milano.\nScadenza: 28 ottobre 2026\nAcconto n. 2 (40%) su un totale progetto di 45.000,00 € IVA incl.', 18000],
    ['Facture F-12\nTotal commande TTC : 120,00 €', 120],
    // a share of a total named on its line (held-out DIX)
    ['Rechnung BGL-2026-101\nFirmenseminar Annecy  Anzahlung 1/3 auf Gesamtbetrag CHF 2400.00\nNetto: 800.00 CHF\nGesamt: 800.00 CHF', 800],
    ['Facture F-13\nAcompte de 30 % du montant total de 5 000,00 €\nNet à payer : 1 500,00 €', 1500],
  ])('%s', (text, amount) => {
    expect(fr(text).amount?.value.value).toBe(amount);
  });
});

describe('extractTextFields: a Dutch direct debit\'s day, and "factuur … van <date>" (held-out ML)', () => {
  it('"wordt … gedebiteerd op 25-08-2026" is the due date; "factuur F2608-1232 van 15-08-2026" the issue date', () => {
    const f = fr('In bijlage vindt u factuur F2608-1232 van 15-08-2026 voor een bedrag van € 156,09.\nDit bedrag wordt via SEPA-domiciliëring van uw rekening gedebiteerd op 25-08-2026.');
    expect(f.issueDate?.value).toBe('2026-08-15');
    expect(f.dueDate?.value).toBe('2026-08-25');
  });
  it('"de levering van 12-08-2026" dates the delivery, not the invoice', () => {
    expect(fr('Factuur 2026-118\nDe levering van 12-08-2026 is voltooid.\nTotaal: € 156,09').issueDate).toBeNull();
  });
});

describe('extractTextFields: balances, days of payment and deposit invoices (held-out IN, LL, JN, IM)', () => {
  it('"Gesamtbetrag …, abzüglich Anzahlung …, Restzahlung 798,42 €" is due; "(solde)" naming the work billed is no label', () => {
    expect(fr('Gesamtbetrag 1.140,60 €, abzüglich Anzahlung 342,18 €, Restzahlung 798,42 €. Zahlbar 30 Tage zum Monatsende.').amount?.value.value).toBe(798.42);
    expect(fr('Facture EXP-26/483\nHonoraires: inspection état des pontons (solde)  7 500,00 €\nTotal HT  7 500,00 €\nTVA 20 %  1 500,00 €\nAcompte déjà versé  -2 700,00 €\nTotal TTC  6 300,00 €').amount?.value.value).toBe(6300);
  });
  it('"Zahlbar zum 1. Oktober 2026", "Payable on 31 December 2026" and "Payable avant le début de la formation (29 septembre 2026)" are due dates', () => {
    expect(fr('Date : 21/05/2026\nTotal TTC : 835,00 EUR\nZahlbar zum 1. Oktober 2026 (Live-Foal-Bedingung)').dueDate?.value).toBe('2026-10-01');
    expect(fr('Date : 04/11/2026\nTotal: 1 000,00 €\nPayable on 31 December 2026 – live foal terms').dueDate?.value).toBe('2026-12-31');
    expect(fr('Facture n° F-2026-1046\nÉmise le : 07/09/2026\nMontant : 34 380,00 €\nPayable avant le début de la formation (29 septembre 2026)').dueDate?.value).toBe('2026-09-29');
    expect(fr('Facture n° F-2026-1046\nÉmise le : 07/09/2026\nFormation du 29 septembre au 3 octobre (Toulouse)').dueDate).toBeNull();
  });
  it('a deposit invoice bills "Montant de l\'acompte TTC" below the order\'s total; a deposit paid is still deducted', () => {
    expect(fr("FACTURE D'ACOMPTE\nFacture n° F-2026-1203\nTotal commande TTC : 19 707,40 €\nAcompte 50 % à la commande\nMontant de l'acompte TTC : 9.853,70 €\nAcompte payable à réception").amount?.value.value).toBe(9853.7);
    expect(fr('FACTURE\nFacture n° F-2026-1204\nTotal TTC : 19 707,40 €\nAcompte versé TTC : 9.853,70 €\nReste à payer : 9 853,70 €').amount?.value.value).toBe(9853.7);
  });
});

describe('extractTextFields: a calculation written out, and Swiss "Zu bezahlen" (held-out IK, IL)', () => {
  it('"20% of £75,000.00 base = £15,000.00" bills its result; "ZU BEZAHLEN : CHF 11\'115.00" is due', () => {
    expect(fr('Invoice no.: TTA-2026-0318\nProduct Owner placement – 20% of £75,000.00 base = £15,000.00\nVAT: reverse charge\nPayable within 14 days.').amount?.value).toEqual({ value: 15000, currency: 'GBP' });
    expect(fr("RECHNUNG Nr. RE-26-135\nTotal : CHF 37'050.00\nAcompte de 30 % sur commande de CHF 37'050.00 TTC\nZU BEZAHLEN : CHF 11'115.00").amount?.value).toEqual({ value: 11115, currency: 'CHF' });
    expect(fr('Honoraires : 18 % de 62 000,00 € = 11 160,00 € HT\nTVA 20 % : 2 232,00 €\nTotal TTC : 13 392,00 €').amount?.value.value).toBe(13392);
  });
});

describe('extractTextFields: held-out HH, HK, HL (German invoice kinds, a deposit said deducted in brackets, renminbi)', () => {
  it('"Honorarrechnung RE-2608-023 über 8.075,00 €" names its number', () => {
    expect(fr('Honorarrechnung RE-2608-023 über 8.075,00 €').invoiceNumbers[0]?.value).toBe('RE-2608-023');
  });
  it('"d\'un montant de 5 291,17 € TTC (acompte de 2 267,64 € déduit)" is already net of the deposit', () => {
    expect(fr("Ci-joint la facture FA-26-1063 du 15/09/2026, d'un montant de 5 291,17 € TTC (acompte de 2 267,64 € déduit).").amount?.value.value).toBe(5291.17);
  });
  it('"Total: RMB 47,678.00" is in renminbi', () => {
    expect(fr('Invoice no. ACS-2026-0517\nTotal: RMB 47,678.00').amount?.value).toEqual({ value: 47678, currency: 'CNY' });
  });
});

describe('extractTextFields: a total whose label says no tax is charged (held-out FK)', () => {
  it('"Total amount (export, VAT exempt art. 262 I CGI): ¥75,289" is the total, not the last line\'s result', () => {
    expect(fr('INVOICE No. EXP-26-058\n4 x Moutarde au miel (carton 12) @ ¥3,096 = ¥12,384\n23 x Vinaigre (carton 6) @ ¥2,735 = ¥62,905\nTotal amount (export, VAT exempt art. 262 I CGI): ¥75,289').amount?.value).toEqual({ value: 75289, currency: 'JPY' });
    expect(fr('Total (HT) : 1 000,00 €\nTVA 20 % : 200,00 €\nTotal TTC : 1 200,00 €').amount?.value.value).toBe(1200);
  });
});

describe('extractTextFields: held-out EJ, EK, EL, EN', () => {
  it('reads a Japanese invoice body: 請求書（No. …）, ご請求金額, 請求日, お支払期限', () => {
    const f = extractTextFields('請求書（No. B7C41E09-0008）をお送りいたします。\n請求日：2026年3月30日\nご請求金額：2,676,000円\nお支払期限：2026年5月29日', 'DMY');
    expect(f.invoiceNumbers[0]?.value).toBe('B7C41E09-0008');
    expect(f.amount?.value).toEqual({ value: 2676000, currency: 'JPY' });
    expect(f.issueDate?.value).toBe('2026-03-30');
    expect(f.dueDate?.value).toBe('2026-05-29');
  });
  it('reads a number in brackets after its sign: "Invoice (No. B7C41E09-0008)"', () => {
    expect(fr('Invoice (No. B7C41E09-0008)').invoiceNumbers[0]?.value).toBe('B7C41E09-0008');
  });
  it('a keg deposit charged with the beer is a line of the bill, not a deposit paid', () => {
    const f = extractTextFields('INVOICE BDF-UK-0093\nBlanche de Wazemmes – carton 24 x 33 cl ... £1,774.50\nKeg deposit 8 x £30.00 ... £240.00\nSubtotal : £2,014.50\nTotal : £2,014.50\n', 'DMY');
    expect(f.amount?.value.value).toBe(2014.5);
    expect(extractTextFields('Total: £2,014.50\nDeposit paid: £240.00\n', 'DMY').amount?.value.value).toBe(1774.5);
  });
  it('"FATTURA DI ACCONTO N. 0222/2026": a kind of invoice before its number (held-out MS)', () => {
    const f = extractTextFields('A Tavula Corsa Italia S.r.l.\nFATTURA DI ACCONTO N. 0222/2026\nData: 07/08/2026\nTotale documento 3.938,75 €\n', 'DMY');
    expect(f.invoiceNumbers[0]?.value).toBe('0222/2026');
    expect(f.amount?.value.value).toBe(3938.75);
  });
  it('"solde : 3 837,57 €" after a deposit paid is the amount due; an account\'s "Solde de votre compte" is not (held-out LR)', () => {
    expect(extractTextFields('FA-2026-0392 – localisation release 2026.4 – 5 482,25 € (acompte déjà réglé : 1 644,68 €, solde : 3 837,57 €)\n', 'DMY').amount?.value.value).toBe(3837.57);
    expect(extractTextFields('Solde de votre compte client : 250,00 €\nFacture F-12 : 1 200,00 € TTC\n', 'DMY').amount?.value.value).toBe(1200);
  });
  it('a security deposit held against damage is not taken off the total (held-out NU)', () => {
    const f = extractTextFields('INVOICE F-2026-0219\nSubtotal: €9,736.00\nVAT 20%: €1,947.20\nTotal: €11,683.20\nDue date: 9 September 2026\nSecurity deposit (not charged): EUR 1500, refunded after inspection\n', 'DMY');
    expect(f.amount?.value.value).toBe(11683.2);
  });
  it('LCR instalments: the first one is the due date', () => {
    const f = fr('Facture n° F2026-286 du 21/04/2026\nNet à payer : 15000,00 €\nRèglement par LCR (traite) en 3 échéances : 5 000,00 € au 31/05/2026, 5 000,00 € au 31/08/2026, 5 000,00 € au 30/11/2026\n');
    expect(f.dueDate?.value).toBe('2026-05-31');
  });
});

describe('extractTextFields: a bracket saying the tax is included qualifies its label (held-out CN)', () => {
  it('"Te betalen (incl. 21% btw): € 5.988,29" is the amount due, not a tax', () => {
    const f = extractTextFields('Factuurnummer: NT-2026-0144\nBedrag excl. btw: 4.949,00 €\nTe betalen (incl. 21% btw): € 5.988,29\nBetaling 30 dagen einde maand', 'DMY');
    expect(f.amount?.value).toEqual({ value: 5988.29, currency: 'EUR' });
  });
});

describe('extractTextFields: a port call and a shipment (held-out VP, VS)', () => {
  it('"FDA No.: AMP/FDA/2026/606" numbers the invoice; the "de" of "Port-de-Bouc 21/09/2026" dates nothing', () => {
    const f = extractTextFields('Further to the completion of Call MV ALEXANDRIA BAY / Port-de-Bouc 21/09/2026, please find our final disbursement account:\n\nFDA No.: AMP/FDA/2026/606\nDate: Sep 27, 2026\n\nTotal FDA: USD 21,383.30\nLess advance funds received: -USD 17,107.00\nBALANCE DUE TO AGENT: USD 4,276.30\n', 'DMY');
    expect(f.invoiceNumbers[0]?.value).toBe('AMP/FDA/2026/606');
    expect(f.issueDate?.value).toBe('2026-09-27');
    expect(f.amount?.value.value).toBe(4276.3);
    expect(fr('Facture F-12 du 21/09/2026').issueDate?.value).toBe('2026-09-21');
  });
  it('terms counted from the bill of lading take the B/L\'s date from the text', () => {
    const f = fr('Factura N° FAC-2026-0458\nFecha: 4 de febrero de 2026\nIncoterm: FCA Cognac B/L: MAEU8229090 (1 de febrero de 2026)\nTOTAL A PAGAR: EUR 19.280,34\nCondiciones de pago: 60 días desde la fecha del B/L (B/L de fecha 1 de febrero de 2026)');
    expect(f.terms).toEqual({ kind: 'net', days: 60, fromShipment: true, startDate: '2026-02-01' });
    expect(extractTextFields('Invoice TC-12, total USD 100.00. Payment terms: net 90 days from B/L date (B/L dated March 30, 2026).', 'MDY').terms).toMatchObject({ startDate: '2026-03-30' });
  });
});

describe('extractTextFields: a sum with its tax written out (held-out TS)', () => {
  it('"Net EUR 1,200.00 + VAT 20% = EUR 1,440.00" bills the result', () => {
    expect(extractTextFields('Invoice MBG-2026-0321 for Group rental package 35 pax:\nNet EUR 1,200.00 + VAT 20% = EUR 1,440.00\nDue date: 05/12/2026', 'DMY').amount?.value.value).toBe(1440);
    expect(fr('Facture F-12 : HT 1 200,00 € + TVA 20 % = 1 440,00 €').amount?.value.value).toBe(1440);
  });
});

describe('extractTextFields: kwanzas and nairas (held-out TQ)', () => {
  it('reads "Kz 1.725.000,00" as AOA and "₦ 1,250,000.00" as NGN', () => {
    expect(fr('Fatura FT 2026/370 no valor de Kz 1.725.000,00.').amount?.value).toEqual({ value: 1725000, currency: 'AOA' });
    expect(extractTextFields('Invoice 12: total ₦ 1,250,000.00', 'DMY').amount?.value).toEqual({ value: 1250000, currency: 'NGN' });
  });
});

describe('extractTextFields: an intervention\'s day and a scheduled direct debit (held-out SQ)', () => {
  it('"Pour l\'intervention de 17 mai 2026" dates the work, "Facture … du 21/05/2026" the invoice', () => {
    expect(fr('Pour l’intervention de 17 mai 2026, voici le détail :\n\nFacture FA-2026-0626 du 21/05/2026\nTotal : 1 017,90 € HT – 1 221,48 € TTC').issueDate?.value).toBe('2026-05-21');
    expect(fr('Factura LBM-26-0171 de 7 de agosto de 2026, importe 1.200,00 €').issueDate?.value).toBe('2026-08-07');
  });
  it('"Paiement programmé le 02/07/2026 par prélèvement SEPA" is the due date', () => {
    expect(fr('Date de facture : 22/06/2026\nPaiement programmé le 02/07/2026 par prélèvement SEPA (GoCardless).').dueDate?.value).toBe('2026-07-02');
  });
});

describe('extractTextFields: "Net à payer" with its « à » lost by a PDF\'s font (held-out QP, VO)', () => {
  it('reads "NET PAYER" and "NET ? PAYER" as the amount due', () => {
    expect(fr('Total prestations HT 805,80 €\nDébours :\nDroits de douane avancés 3.856,36 €\nTVA import avancée 13.672,54 €\nNET PAYER 18.334,70 €').amount?.value.value).toBe(18334.7);
    expect(fr('Total HT : 3 180,00 EUR\nAcompte déjà versé : -954,00 EUR\nNET ? PAYER : 2 226,00 EUR').amount?.value.value).toBe(2226);
  });
});

describe('extractTextFields: a payment due at a scheduled event (held-out OU)', () => {
  it('"Payable à la signature de l\'acte authentique, prévue le 28 mai 2026" is due that day', () => {
    const f = fr("Date de facture : 12 mai 2026\nHonoraires de transaction — facture CBI-2026-0312 : 14 400,00 EUR. Payable à la signature de l'acte authentique, prévue le 28 mai 2026.");
    expect(f.issueDate?.value).toBe('2026-05-12');
    expect(f.dueDate?.value).toBe('2026-05-28');
    // a scheduled day that is not a payment's stays what it was
    expect(fr('Facture F-12 du 12/05/2026. La livraison est prévue le 28 mai 2026.').dueDate).toBeNull();
  });
});

describe('extractTextFields: a full-width colon after a Chinese label, Norwegian « Fakturadato » (probe, eleventh session)', () => {
  it('« 发票号码：VV-2026-031 » names the invoice', () => {
    const f = extractTextFields('发票号码：VV-2026-031\n开票日期：2026年11月5日\n合计金额：人民币 86,400.00 元', 'DMY');
    expect(f.invoiceNumbers[0]?.value).toBe('VV-2026-031');
    expect(f.amount?.value).toEqual({ value: 86400, currency: 'CNY' });
  });
  it('« Fakturadato: 02.11.2026 » is the issue date, « Forfallsdato » the due date', () => {
    const f = extractTextFields('Faktura nr. 2026-118\nFakturadato: 02.11.2026\nForfallsdato: 16.11.2026\nÅ betale: NOK 48 750,00', 'DMY');
    expect(f.issueDate?.value).toBe('2026-11-02');
    expect(f.dueDate?.value).toBe('2026-11-16');
  });
});

describe("extractTextFields: « 7 036,00 € TTC (net à payer après déduction de l’acompte de 3 020,00 €) » is already net (held-out WX)", () => {
  it('takes 7 036,00 € as the amount due', () => {
    const f = extractTextFields('- Facture LS-2026-0136 du 04/08/2026 : 7 036,00 € TTC (net à payer après déduction de l’acompte de 3 020,00 €)\n\nDate d’échéance : 03/09/2026', 'DMY');
    expect(f.amount?.value.value).toBe(7036);
  });
});

describe('extractTextFields: « Reste à votre charge » after a lender or a subsidy (probe, eleventh session)', () => {
  it('is what the client owes', () => {
    const f = extractTextFields('Facture 2026-57\nTotal TTC : 24 000,00 €\nFinancement Sofinco : 18 000,00 €\nReste à votre charge : 6 000,00 €', 'DMY');
    expect(f.amount?.value).toEqual({ value: 6000, currency: 'EUR' });
  });
  it('« Genel toplam: 125.000,00 TL » is in Turkish lira', () => {
    expect(extractTextFields('Fatura 2026-51\nGenel toplam: 125.000,00 TL', 'DMY').amount?.value).toEqual({ value: 125000, currency: 'TRY' });
  });
});

describe('extractTextFields: first-run misses of the VX–VZ, UV–UY batch (eleventh session)', () => {
  it('« (importe 3.532,80 €) » after the invoice number is its amount, « (total TTC …) » after a deposit still the order’s', () => {
    expect(extractTextFields('Te adjunto la factura SE2602-105 por el material (importe 3.532,80 €).\nPago a 30 días.', 'DMY').amount?.value.value).toBe(3532.8);
    expect(extractTextFields('Acompte de 30 % (total TTC 18 920,00 €)\nAcompte : 5 676,00 €', 'DMY').amount?.value.value).toBe(5676);
  });
  it('« soit un solde de 18 362,96 € » after a deposit is the amount due', () => {
    expect(extractTextFields("Ci-joint la facture KN2611-1260 du 25/11/2026, montant TTC 26 232,80 €, dont à déduire l'acompte de 7 869,84 € déjà réglé, soit un solde de 18 362,96 €.", 'DMY').amount?.value.value).toBe(18362.96);
  });
  it('« éch. 21/07/2026 » in a subject is the due date', () => {
    expect(extractTextFields('Fact. F2026-1196 - 9.334,64 € TTC - éch. 21/07/2026', 'DMY').dueDate?.value).toBe('2026-07-21');
  });
});

describe('extractTextFields: « à votre charge » alone qualifies a cost, not the amount due (review, eleventh session)', () => {
  it('« Frais de port à votre charge : 15,00 € » under the total is not the amount due', () => {
    expect(extractTextFields('Facture F-12\nTotal TTC : 1 215,00 €\nFrais de port à votre charge : 15,00 €', 'DMY').amount?.value.value).toBe(1215);
  });
});

describe("held-out AW–CZ (twelfth session): a line item's balance, « Paiement au », a bare link before other words", () => {
  it('a « Final balance » line item is not the amount due when « Balance Due » follows', () => {
    const text = 'Invoice #: INV-001061\nTideborne – creature models – Final balance ..... $5,200.00 USD\nKick-off deposit (30%) ..... $1,550.00\nSubtotal: $6,750.00\nTotal: $6,750.00\nBalance Due: $6,750.00';
    expect(extractTextFields(text, 'MDY').amount?.value.value).toBe(6750);
    expect(extractTextFields('Balance ..... $5,200.00', 'MDY').amount?.value.value).toBe(5200);
  });
  it('« Solde du projet » is the balance OF the project, not « Solde dû »', () => {
    const text = 'Facture n° : PXL-2026-0179\nJalon 3 – texturing et livraison finale ..... 7 700,00 $\nSolde du projet ..... 1 200,00 $\nTotal : 8 900,00 $\nSolde dû : 8 900,00 $';
    expect(fr(text).amount?.value.value).toBe(8900);
    expect(fr('Solde du : 1 200,00 €').amount?.value.value).toBe(1200);
  });
  it('« Paiement au 2026-07-12 » gives the due date', () => {
    expect(fr('Paiement au 2026-07-12.').dueDate?.value).toBe('2026-07-12');
    expect(fr('Paiement au comptant.').dueDate).toBeNull();
  });
  it('a bare link dates what follows it: the barrels shipped, not the invoice', () => {
    expect(fr('Le envío los datos de la factura de las barricas despachadas el 19 de octubre de 2026.').issueDate).toBeNull();
    expect(fr('la facture du mardi 13 octobre 2026').issueDate?.value).toBe('2026-10-13');
    expect(fr('Facture du 12/10/2026').issueDate?.value).toBe('2026-10-12');
  });
});

describe("held-out EX, FY (twelfth session): Swedish « :- », Portuguese « c/ IVA » and « a pagar »", () => {
  it('« 122 700:- SEK » is 122,700 crowns', () => {
    expect(extractTextFields('Invoice AEX26/138\nTotal: 122 700:- SEK', 'DMY').amount?.value).toEqual({ value: 122700, currency: 'SEK' });
  });
  it('« Total c/ IVA » is the total, « Total s/ IVA » is before tax, a line item is neither', () => {
    expect(fr("FATURA FAC-2026-039\n2 x Softboard école 8'0\" €480,00 €960,00\nTotal s/ IVA : €2 090,00\nTotal c/ IVA : 2.090,00 €").amount?.value.value).toBe(2090);
  });
  it('« Adiantamento 40 % a pagar » is what a deposit invoice bills', () => {
    expect(fr('FATURA DE ADIANTAMENTO AC-2026-007\nTotal c/ IVA : 1.170,00 €\nAdiantamento 40 % a pagar : €468,00').amount?.value.value).toBe(468);
  });
});

describe("held-out FZ (twelfth session): the count of a series, then the invoice's own number", () => {
  it.each([
    ['im Anhang finden Sie die Abschlagsrechnung Nr. 2 Nr. FAC2026-00424 vom 03.04.2026', 'FAC2026-00424'],
    ['FACTURE DE SITUATION N° 1 n° K-26-109', 'K-26-109'],
    ['Rechnung Nr. 12 vom 03.04.2026', '12'],
  ])('%s → %s', (text, number) => {
    expect(fr(text).invoiceNumbers[0]?.value).toBe(number);
  });
});


describe('extractTextFields: a Basque invoice (held-out PV)', () => {
  it('"Fakturaren data : 2026/10/14", "Epemuga : 2026/11/28"', () => {
    const f = extractTextFields('FAKTURA FAC/2026/00445\nFakturaren data : 2026/10/14\nEpemuga : 2026/11/28\nGuztira : 510,00 €', 'DMY');
    expect([f.issueDate?.value, f.dueDate?.value, f.amount?.value.value]).toEqual(['2026-10-14', '2026-11-28', 510]);
  });
});

describe('extractTextFields: « en date du » dates what it follows', () => {
  it('the invoice when it follows the invoice, a requisition when it follows that', () => {
    expect(extractTextFields('Veuillez trouver ci-joint notre facture n° F-2026-12 en date du 02/09/2026, d\'un montant de 120,00 €.', 'DMY').issueDate?.value).toBe('2026-09-02');
    expect(extractTextFields('Veuillez trouver ci-joint la facture en date du 02/09/2026.', 'DMY').issueDate?.value).toBe('2026-09-02');
    expect(extractTextFields("mon mémoire de frais n° MF-2026-14 relatif à la traduction effectuée sur réquisition de Mme la juge d'instruction (cabinet 3) en date du 02/09/2026", 'DMY').issueDate).toBeNull();
  });
});

describe("extractTextFields: a deposit's count after the invoice's own number", () => {
  it('"la facture ARA-2026-130 correspondant à la phase Facture d\'acompte n°1" numbers ARA-2026-130 first (held-out YX)', () => {
    const f = extractTextFields("Vous trouverez ci-joint la facture ARA-2026-130 correspondant à la phase Facture d'acompte n°1.", 'DMY');
    expect(f.invoiceNumbers[0]?.value).toBe('ARA-2026-130');
  });
});

describe('due date written before its due word (held-out AEX)', () => {
  it('« die Rechnung … war am 15.11.2026 fällig » is due on 15 November; a date with no due word is not', () => {
    expect(fr('kurze Erinnerung: die Rechnung CBS-2026-0240 über 5.620,00 € war am 15.11.2026 fällig.').dueDate?.value).toBe('2026-11-15');
    expect(fr('Die Lieferung vom 15.11.2026 ist angekommen.').dueDate).toBeNull();
  });
});

describe('the same text read twice gives the same fields (the memo of texts read last)', () => {
  it('for each date order', () => {
    const text = 'Facture F-2026-0142\nDate : 03/04/2026\nTotal TTC : 1 234,56 €\nÉchéance : 05/03/2026';
    expect(extractTextFields(text, 'DMY')).toEqual(extractTextFields(`${text}`, 'DMY'));
    expect(extractTextFields(text, 'MDY').dueDate?.value).toBe('2026-05-03');
    expect(extractTextFields(text, 'DMY').dueDate?.value).toBe('2026-03-05');
  });
});

describe('due-date labels and amounts due in fourteen languages (the fourteenth session\'s invoice probe)', () => {
  it.each([
    ['Datum dospijeća: 18.12.2026.', '2026-12-18'],
    ['Maksetähtaeg: 15.11.2026', '2026-11-15'],
    ['Apmokėti iki: 2026-11-29', '2026-11-29'],
    ['Datum zapadlosti: 27. 12. 2026', '2026-12-27'],
    ['Fizetési határidő: 2026.12.11.', '2026-12-11'],
    ['Apmaksas termiņš: 12.12.2026.', '2026-12-12'],
    ['Rok plaćanja: 30.11.2026.', '2026-11-30'],
    ['прошу оплатить до 03.11.2026.', '2026-11-03'],
    ['le segnalo la fattura in oggetto, da saldare entro 29 novembre 2026.', '2026-11-29'],
    ['Total due: KRW 5,500,000\nPayment terms: 20.11.2026', '2026-11-20'],
  ])('%s', (text, due) => {
    expect(fr(text).dueDate?.value).toBe(due);
  });

  it('"Payment terms: 60 days from invoice date - 14/12/2026" gives the due date, not the issue date', () => {
    const f = fr('Date: 2026-10-15\nTOTAL DUE: EUR 9,600.00\nPayment terms: 60 days from invoice date - 14/12/2026');
    expect([f.issueDate?.value, f.dueDate?.value]).toEqual(['2026-10-15', '2026-12-14']);
  });

  it('the amount due after a deposit: « Iznos za plaćanje », « Mokėtina suma »', () => {
    expect(fr('Ukupno bez PDV-a: EUR 2.597,00\nUmanjeno za plaćeni predujam: -EUR 779,00\nIznos za plaćanje: EUR 1.818,00').amount?.value.value).toBe(1818);
    expect(fr('Suma be PVM: 3 059,00 Eur\nSumokėtas avansas: -918,00 Eur\nMokėtina suma: 2 141,00 Eur').amount?.value.value).toBe(2141);
  });

  it('hryvnias and roubles written after the amount', () => {
    expect(fr('До сплати: 137 958,00 грн').amount?.value).toEqual({ value: 137958, currency: 'UAH' });
    expect(fr('Итого к оплате: 146 830,00 руб.').amount?.value).toEqual({ value: 146830, currency: 'RUB' });
  });
});

describe('« RECHNUNG N. ARM-2026-0868 »: the number after « N. » (held-out AJW)', () => {
  it('is the invoice number', () => {
    expect(fr('RECHNUNG N. ARM-2026-0868\nDate / Datum / Data: 20.11.2026').invoiceNumbers[0]?.value).toBe('ARM-2026-0868');
  });
});

describe('« Rechnung NR-2026-0412 »: a « NR » glued to its figures is the number\'s own prefix (held-out AMX)', () => {
  it('keeps it, while « Rechnung Nr. 2026-0412 » is signed by « Nr. »', () => {
    expect(fr('Rechnung NR-2026-0412 - Imprimerie Notices Rhénanes SAS').invoiceNumbers[0]?.value).toBe('NR-2026-0412');
    expect(fr('anbei erhalten Sie unsere Rechnung NR-2026-0412 als PDF.').invoiceNumbers[0]?.value).toBe('NR-2026-0412');
    expect(fr('Rechnung Nr. 2026-0412').invoiceNumbers[0]?.value).toBe('2026-0412');
  });
});

describe('« 1 900 € HT, soit 2 223 € à régler »: the amount said to be paid (French invoice probe)', () => {
  it('is the amount due, not the one before tax', () => {
    expect(fr('Voici la facture du mois : n° FA26-0041 du jeudi 3 septembre 2026, 1 900 € HT, soit 2 223 € à régler.').amount?.value.value).toBe(2223);
    expect(fr('n° FAC/2026/0903 du 22/10/2026, EUR 807,50 HT, soit EUR 888,25 à régler.').amount?.value.value).toBe(888.25);
  });
});

describe('« NOTE D\'HONORAIRES N NH-2026-0461 »: a bare N before figures is the number sign (held-out ASV)', () => {
  it('reads the number after it, not a word after « N »', () => {
    expect(fr("FEE NOTE / NOTE D'HONORAIRES N NH-2026-0461\nDate : 03/11/2026").invoiceNumbers[0]?.value).toBe('NH-2026-0461');
    expect(fr('FACTURE N 2026-118\nDate : 03/11/2026').invoiceNumbers[0]?.value).toBe('2026-118');
    expect(fr('Invoice N America 2026\nDate : 03/11/2026').invoiceNumbers).toEqual([]);
  });
});

describe('extractTextFields: a bracket of tax mentions after the total label (held-out BKX)', () => {
  it.each([
    ['FATTURA N. VMM-2026-0440\nTotale (IVA non imponibile art. 8-bis / autoliquidazione): 6.312,00 \nPagamento: 60 giorni data fattura', 6312],
    ['FATTURA N. X-1\nTotale (IVA non imponibile): 6.312,00', 6312],
    ['FACTURE N° X-1\nTotal TTC (TVA autoliquidée) : 1 200,00 €', 1200],
    ['FACTURA X-1\nTotal (IVA exenta): 1.200,00 €', 1200],
  ])('%s', (text, amount) => {
    expect(extractTextFields(text, 'DMY').amount?.value.value).toBe(amount);
  });
  it('a tax line alone is no total', () => {
    expect(extractTextFields('FATTURA N. X-1\nIVA (22 %): 1.388,64', 'DMY').amount).toBeNull();
  });
});

describe('extractTextFields: an invoice named in brackets after other words is referred to (held-out BNV)', () => {
  it('scores below a number of its own', () => {
    const body = 'Solde – levée de la retenue après mise en service PAC (facture F2026-0398)\nMontant : 1 250,00 € (TVA 5,5 % incluse).';
    const withOwn = `Facture F2026-0484\n${body}`;
    const scores = Object.fromEntries(extractTextFields(withOwn, 'DMY').invoiceNumbers.map((n) => [n.value, n.score]));
    expect(scores['F2026-0484']).toBeGreaterThan(scores['F2026-0398']!);
    expect(extractTextFields(body, 'DMY').invoiceNumbers[0]!.score).toBeLessThan(60);
  });
});

describe('extractTextFields: « 30 jours date de facture (18/12/2026) » (held-out BVY)', () => {
  it('dates the payment, not the invoice', () => {
    const text = 'FACTURE N° CV-2026-0497\nDate : 18/11/2026\nClient : Coopérative Agri Lauragais\n\nTotal TTC : 2 640,00 €\n\nÉchéance : 30 jours date de facture (18/12/2026)\n';
    expect(extractTextFields(text, 'DMY').issueDate?.value).toBe('2026-11-18');
  });
});

describe('extractTextFields: disbursements re-invoiced outside VAT (held-out CDX)', () => {
  it('« (débours, hors TVA) : 640,00 € » is the amount due; beside a total TTC, the total', () => {
    expect(fr('Facture FR-2026-105 du 12/11/2026 – refacturation des autorisations de tournage (débours, hors TVA) : 640,00 €\n').amount?.value.value).toBe(640);
    expect(fr('Honoraires HT : 1 000,00 €\nTVA 20 % : 200,00 €\nDébours : 50,00 €\nTotal TTC : 1 250,00 €\n').amount?.value.value).toBe(1250);
  });
});

describe('extractTextFields: an amount « net » of an invoice exempt from VAT, a bilingual number label (held-out CEV, CEZ)', () => {
  it('« 4 200,00 € net de taxes (exonération de TVA, art. 261-4-4° a du CGI) » and « 3 080,00 € net (exonération TVA …) » are due', () => {
    expect(fr('Facture n° CFM-2026-0423 - date : 15/10/2026\nMontant : 4 200,00 € net de taxes (exonération de TVA, art. 261-4-4° a du CGI)\nConditions : paiement à 45 jours\n').amount?.value.value).toBe(4200);
    expect(fr('Voici la facture n° CFM-2026-0495 du 03/11/2026 (4 stagiaires) : 3 080,00 € net (exonération TVA art. 261-4-4° a CGI). Paiement à 30 jours.\n').amount?.value.value).toBe(3080);
    expect(fr('Total : 1 000,00 € net de taxes\nTVA 20 % : 200,00 €\nTotal TTC : 1 200,00 €\n').amount?.value.value).toBe(1200);
  });
  it('« FACTURE / INVOICE  N. LS-2026-0415 »', () => {
    expect(fr('LUMIERE SOUS-TITRAGE SARL\nFACTURE / INVOICE  N. LS-2026-0415\nDate : 20/10/2026\n').invoiceNumbers[0]?.value).toBe('LS-2026-0415');
  });
});

describe('extractTextFields: an invoice that bills the deposit itself (held-out CKY)', () => {
  it('« acompte 1/3 …… 300,00 EUR / Nettobetrag: 300,00 EUR / … Gesamtbetrag: 360,00 EUR » is due in full; a deposit paid beside its total still comes off', () => {
    expect(fr('RECHNUNG Nr. LM-2026-0433\nRestauration archet (hausse, mèche), acompte 1/3 ...... 300,00 EUR\nNettobetrag: 300,00 EUR\nMwSt. 20 % (franz. USt.): 60,00 EUR\nGesamtbetrag: 360,00 EUR\n').amount?.value.value).toBe(360);
    expect(fr('Total HT : 1 000,00 €\nTVA 20 % : 200,00 €\nTotal TTC : 1 200,00 €\nAcompte versé : 300,00 €\n').amount?.value.value).toBe(900);
  });
});

describe('extractTextFields: an export invoice with no tax (held-out CNZ)', () => {
  it('« Total HT / Netto: 18\'450.00 CHF / Steuerfreie Ausfuhrlieferung (Export), art. 262 I CGI » is due', () => {
    expect(fr("RECHNUNG / FACTURE Nr. VM-26-0412\nPlatine 36mm laiton  x1500  8.40  = 12'600.00 CHF\nPont de balancier  x1500  3.90  = 5'850.00 CHF\nTotal HT / Netto: 18'450.00 CHF\nSteuerfreie Ausfuhrlieferung (Export), art. 262 I CGI\n").amount?.value.value).toBe(18450);
  });
});

describe('extractTextFields: a date in brackets dates what stands before them (held-out CUX)', () => {
  it('« Prestation : Facture d\'acompte - mariage 2027 (date du 25/09/2027) » is the wedding\'s day, « Date : 25/11/2026 » the invoice\'s', () => {
    const body = "Bonjour Océane,\nComme convenu, voici la facture correspondant à facture d'acompte - mariage 2027 (date du 25/09/2027).\nFACTURE N° CM-2026-105\nDate : 25/11/2026\nPrestation : Facture d'acompte - mariage 2027 (date du 25/09/2027)\nTotal TTC : 960,00 €\nPaiement à réception de facture\n";
    expect(fr(body).issueDate?.value).toBe('2026-11-25');
    expect(fr('Facture FA-12 (date : 03/11/2026)\nTotal TTC : 100,00 €\n').issueDate?.value).toBe('2026-11-03');
    expect(fr('Facture n° 4512 (date du 03/11/2026)\nTotal TTC : 100,00 €\n').issueDate?.value).toBe('2026-11-03');
  });
});

describe('extractTextFields: the invoice date given in brackets after the terms (held-out CVX)', () => {
  it('"net 60 days from invoice date (22/09/2026)" gives the terms, not a due date on the invoice\'s own day', () => {
    const fields = fr('Please find attached invoice TM-2026-0462.\nTotal USD 19,250.00, net 60 days from invoice date (22/09/2026).\nRegards,\n');
    expect(fields.dueDate).toBeNull();
    expect(fields.terms).toMatchObject({ kind: 'net', days: 60 });
  });
});

describe('extractTextFields: a disbursement invoice outside VAT (held-out DBV)', () => {
  it('"Total disbursements (outside the scope of VAT): EUR 27,905.18" is due, not its first line', () => {
    const pdf = 'DISBURSEMENT INVOICE FD-2026-0746\nInvoice date: 06 October 2026\n  Import duty (MRN 26FR0004765512)             EUR 6,240.18\n  Import VAT 20%                               EUR 21,665.00\nTotal disbursements (outside the scope of VAT): EUR 27,905.18\nPayment terms: due on receipt\n';
    expect(fr(pdf).amount?.value.value).toBe(27905.18);
    expect(fr('FACTURE DE DÉBOURS N° FD-2026-0848\n  Droits de douane             5 217,00 EUR\n  TVA import 20 %             16 900,00 EUR\nTotal débours (hors champ TVA, art. 267 II-2° CGI) : 22 117,00 EUR\n').amount?.value.value).toBe(22117);
  });
});
