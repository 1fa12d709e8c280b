/**
 * Label cues in front of (or right after) an invoice's fields, folded (lower case, no accents), in the
 * languages Relance reads. They are matched in the few characters before a value on the same line.
 */

import { alternationRegExp } from '../../text/alternation-regexp';
import { fold } from '../../text/fold';

/** Cues as regex sources, longest first (so that a longer label wins over its own end). */
function alternatives(cues: readonly string[]): string[] {
  // (folded as the text is: Japanese kana lose their voicing marks)
  return cues.map((c) => fold(c).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).sort((a, b) => b.length - a.length);
}

const alternation = (cues: readonly string[]) => alternatives(cues).join('|');

/**
 * Global regexes: callers look for the label nearest to a value, so they scan every match. A label is a word
 * of its own, never the start of a reference ("HT-2026/05-052", "HT260751" are no "HT").
 */
function labelRegex(cues: readonly string[]): RegExp {
  return alternationRegExp(alternatives(cues), '(?<![a-z])', '(?![a-z])(?![-/_.]?\\d)', 'g');
}

/** What is left to pay: wins over every total. */
export const DUE_AMOUNT = labelRegex([
  // ("Net à payer TTC": the tax word after the label qualifies what is due)
  'net a payer ttc', 'a payer ttc', 'a regler ttc', 'reste a payer ttc', 'total a payer ttc', 'montant a payer ttc', 'amount due incl. vat', 'total due incl. vat',
  // (and with the « à » a PDF's font lost: "NET PAYER 18.334,70 €", "NET ? PAYER : 2 226,00 EUR")
  'net payer', 'net ? payer', 'reste ? payer', 'total ? payer',
  // what the patient or the insured pays of a bill partly covered: « Montant à votre charge », « Reste à charge »
  // (not a cost line « Frais de port à votre charge : 15,00 € »)
  'montant a votre charge', 'reste a votre charge', 'total a votre charge', 'somme a votre charge', 'reste a charge',
  'net a payer', 'reste a payer', 'reste du', 'solde du', 'complement du', 'complement a payer', 'reliquat du', 'solde a payer', 'solde :', 'solde:', 'montant du', 'total du :', 'total du:', 'montant a payer', 'somme due', 'total a payer', 'a payer', 'montant restant du',
  'reste a regler', 'restent a payer', 'restent a regler', 'restant a payer', 'restant a regler', 'solde restant', 'total a regler', 'montant a regler', 'a regler',
  // what a public buyer is to pay once a retention is kept: « Retenue de garantie 5 % : - 2 430,00 € ⏎ Net à mandater : 46 170,00 € »
  'net a mandater', 'montant a mandater', 'total a mandater', 'somme a mandater',
  // an instalment of a contract billed alone: « Échéance 3/4 – contrat annuel de 16 800,00 € TTC ⏎ Montant de l'échéance : 4 200,00 € TTC »
  'montant de l\'echeance', 'montant de cette echeance', 'montant de la presente echeance',
  // what the client pays once a lender or a subsidy has paid its share: "Reste à votre charge : 6 000,00 €"
  // "montant TTC 26 232,80 €, dont à déduire l'acompte de 7 869,84 € déjà réglé, soit un solde de 18 362,96 €"
  'soit un solde de', 'soit un solde', 'soit un reste a payer de', 'soit un net a payer de', 'soit un montant a payer de', 'soit a payer',
  'reste a votre charge', 'reste a charge', 'reste a la charge du client', 'montant restant a votre charge',
  'remaining balance', 'left to pay', 'still due', 'remaining due', 'amount due', 'balance due', 'total due', 'amount payable', 'total payable', 'balance', 'amount owing', 'amount outstanding', 'outstanding balance', 'due',
  'zu zahlen', 'zu bezahlen', 'total zu bezahlen', 'zu zahlender betrag', 'zu bezahlender betrag', 'zahlbetrag', 'offener betrag', 'restbetrag', 'restzahlung', 'restsumme', 'zahlbar', 'faelliger betrag', 'falliger betrag',
  'importe adeudado', 'total a pagar', 'importe a pagar', 'saldo pendiente', 'importe pendiente', 'pendiente', 'queda por pagar', 'quedan por pagar', 'pendiente de pago',
  // ca: « Import pendent: 10.000,00 € », « Total a pagar », « Queda per pagar »
  'import pendent', 'import a pagar', 'pendent de pagament', 'queda per pagar', 'resta per pagar',
  'totale da pagare', 'importo dovuto', 'netto a pagare', 'saldo dovuto', 'da pagare', 'da saldare', 'restano da saldare', 'resta da saldare', 'restano da pagare', 'resta da pagare', 'importo residuo', 'residuo da pagare', 'saldo residuo',
  'te betalen', 'nog te betalen', 'openstaand bedrag', 'openstaand saldo',
  // el
  // tr
  'odenecek tutar', 'odenecek toplam', 'kalan tutar',
  // ro, bg: "Total de plată", "Сума за плащане"
  'total de plata', 'suma de plata', 'rest de plata', 'сума за плащане', 'дължима сума', 'общо за плащане',
  // ru, uk: "Итого к оплате", "Сумма к оплате", "Разом до сплати", "До сплати"
  'итого к оплате', 'всего к оплате', 'сумма к оплате', 'к оплате', 'разом до сплати', 'до сплати', 'сума до сплати', 'всього до сплати', 'до оплати',
  'πληρωτεο ποσο', 'πληρωτεο', 'υπολοιπο πληρωμης', 'οφειλομενο ποσο', 'ποσο πληρωμης',
  // pt, fi, hu, ro, sl, hr, lt, lv, et: "Valor a pagar", "Maksettava", "Fizetendő", "De plată", "Za plačilo", "Za platiti", "Mokėti", "Apmaksai", "Tasuda"
  'valor a pagar', 'montante a pagar', 'a pagar', 'total a pagar', 'maksettava', 'maksettava yhteensa', 'fizetendo', 'fizetendo osszeg', 'de plata', 'za placilo', 'za platiti', 'ukupno za platiti', 'iznos za placanje', 'za placanje', 'ukupno za placanje', 'moketina suma', 'is viso moketi', 'tasumisele kuulub', 'summa apmaksai', 'kopa apmaksai', 'k uhrade', 'suma k uhrade', 'celkem k uhrade', 'moketi', 'is viso moketi', 'apmaksai', 'kopa apmaksai', 'summa apmaksai', 'tasuda', 'kokku tasuda', 'tasumisele kuulub',
  'til betaling', 'at betale i alt', 'att betala totalt', 'do zaplaty', 'kwota do zaplaty', 'pozostalo do zaplaty', 'k uhrade', 'celkem k uhrade', 'att betala', 'summa att betala', 'at betale', 'a betale',
  // ja, ko, zh: "ご請求金額：2,676,000円", "청구 금액: 42,960,000원", "应付金额"
  '請求金額', '請求額', 'お支払金額', '支払金額', 'お振込金額', '청구 금액', '청구금액', '결제 금액', '결제금액', '지급 금액', '지급금액', '应付金额', '应付总额', '應付金額', '付款金额',
]);

/** Words that name a total ("Total", "Totaal", "Gesamtbetrag"…), to be followed by a tax-included qualifier. */
const TOTAL_WORDS = [
  'total', 'montant total', 'montant', 'invoice total', 'total amount', 'amount', 'totaal', 'totaalbedrag', 'bedrag',
  'gesamt', 'gesamtbetrag', 'rechnungsbetrag', 'summe', 'gesamtsumme', 'endbetrag', 'totale', 'importo totale', 'importe total', 'importe',
];
/** "incl. VAT", "TTC", "inkl. MwSt.", "incl. btw", "IVA incluida": the tax is in the amount. */
const TAX_INCLUDED = [
  'ttc', 'tvac', 'tva incluse', 'tva comprise', 'toutes taxes comprises',
  'incl. vat', 'incl vat', 'inc. vat', 'inc vat', 'including vat', 'incl. tax', 'including tax', 'incl. gst', 'inc. gst', 'including gst',
  'inkl. mwst.', 'inkl. mwst', 'inkl mwst', 'inkl. ust.', 'inkl. ust', 'einschl. mwst.', 'einschl. mwst', 'brutto',
  'incl. btw', 'incl btw', 'inclusief btw', 'inkl. btw',
  'iva incluida', 'iva incluido', 'con iva', 'c/ iva', 'c/iva', 'com iva', 'iva inclusa', 'iva compresa', 'ivato', 'ivata',
  // the tax named first: "IVA incl.", "TVA incl.", "VAT incl.", "MwSt. inkl.", "btw incl."
  'iva incl.', 'iva incl', 'iva inc.', 'tva incl.', 'tva incl', 'vat incl.', 'vat incl', 'vat inc.', 'mwst. inkl.', 'mwst inkl.', 'btw incl.', 'btw incl', 'iva incluso', 'tva inclus',
];

/**
 * The grand total, tax included, worded so that no line total or sub-total can bear it: wins over "total".
 * A total word with a tax-included qualifier ("Totaal incl. btw", "Total (incl. VAT)", "Summe brutto") is
 * tried first, so that the label runs to the qualifier's end and no "VAT"/"btw" label ends nearer the amount.
 */
export const GRAND_TOTAL = new RegExp(
  `(?<![a-z])(?:(?:${alternation(TOTAL_WORDS)})\\s*\\(?\\s*(?:${alternation(TAX_INCLUDED)})\\)?|${alternation([
    'total ttc', 'montant ttc', 'montant total ttc', 'total general', 'total facture', 'montant total',
    'grand total', 'invoice total', 'total amount',
    'gesamtbetrag', 'rechnungsbetrag', 'bruttobetrag', 'gesamtsumme', 'endbetrag', 'rechnungssumme',
    'importe total', 'total factura', 'total a pagar', 'totale fattura', 'importo totale', 'totale documento',
    'totaalbedrag', 'factuur totaal', 'totaal factuur',
    // fi, hu, et: "Yhteensä", "Összesen", "Kokku"
    'yhteensa', 'osszesen', 'kokku',
    'γενικο συνολο', 'συνολικο ποσο', 'συνολο τιμολογιου', 'genel toplam', 'fatura toplami',
  ])})(?![a-z])`,
  'g',
);

/** The invoice total, tax included. */
export const TOTAL_AMOUNT = labelRegex([
  'total ttc', 'montant ttc', 'ttc', 'total', 'montant total', 'montant', "d'un montant de", 'd un montant de', 'pour un montant de', "s'eleve a", 's eleve a', 'de la somme de',
  'total amount', 'invoice total', 'grand total', 'total incl', 'including vat', 'incl. vat', 'inc. vat', 'totalling', 'totaling', 'for the amount of', 'for the sum of', 'amount',
  'gesamtbetrag', 'rechnungsbetrag', 'bruttobetrag', 'gesamtsumme', 'endbetrag', 'brutto', 'betrag', 'summe', 'gesamt',
  'importe total', 'total factura', 'importe', 'por un importe de', 'por importe de',
  'totale', 'totale fattura', 'importo totale', 'importo', 'per un importo di',
  'totaal', 'totaalbedrag', 'bedrag',
  // el: "Σύνολο: 662,70 €", "ανέρχεται σε 313,50 €", "ποσού 1.417,50 €"
  'сума', 'обща сума', 'общо', 'на стойност', 'стойност', 'in valoare de', 'valoare totala', 'total factura',
  'toplam', 'genel toplam', 'toplam tutar', 'tutar', 'tutari',
  'συνολο', 'συνολικο ποσο', 'γενικο συνολο', 'ποσο', 'ποσου', 'ανερχεται σε', 'ανερχεται στο ποσο των', 'συνολικης αξιας',
  'kwota', 'razem', 'suma', 'wartosc brutto', 'celkem', 'castka', 'belopp', 'totalt', 'totalbelopp', 'belob', 'totalbelob',
  '合計', '合計金額', '税込合計', '総額', '합계', '총액', '총 금액', '합계 금액', '合计', '总计', '总额', '金额', '金額',
]);

/** Amounts that are NOT what the client owes: before tax, tax, sub-totals, unit prices, discounts. */
export const NOT_DUE_AMOUNT = labelRegex([
  'ht', 'htva', 'hors taxes', 'hors taxe', 'hors tva', 'total ht', 'total htva', 'montant ht', 'tva', 'sous-total', 'sous total', 'prix unitaire', 'p.u.', 'pu', 'remise', 'escompte', 'dont tva', 'base ht',
  'excl. vat', 'excl vat', 'excluding vat', 'ex vat', 'ex. vat', 'exc. vat', 'net amount', 'subtotal', 'sub-total', 'vat', 'tax', 'sales tax', 'unit price', 'discount', 'excl.', 'excluding',
  'netto', 'nettobetrag', 'mwst', 'ust', 'umsatzsteuer', 'zwischensumme', 'einzelpreis', 'rabatt', 'skonto',
  'base imponible', 'iva', 'subtotal', 'precio unitario', 'descuento', 's/ iva', 's/iva', 'sin iva', 'sem iva',
  'imponibile', 'iva', 'prezzo unitario', 'sconto',
  'btw', 'subtotaal',
  'καθαρη αξια', 'καθαρο ποσο', 'φπα', 'αξια προ φπα', 'μερικο συνολο', 'εκπτωση', 'τιμη μοναδας',
  '小計', '消費税', '税抜', '単価', '소계', '부가세', '공급가액', '단가', '小计', '税额', '单价', '不含税',
]);

/**
 * Amounts of the legal mentions, never what the client owes: the share capital of the company ("SAS au
 * capital de 80 000 €", "Stammkapital 25.000 €") and the fixed late-payment costs ("indemnité forfaitaire
 * pour frais de recouvrement de 40 €", "compensation of €40"), whatever the total of the invoice.
 */
export const LEGAL_AMOUNT = labelRegex([
  'au capital de', 'au capital social de', 'capital social de', 'capital social', 'capital de', 'capital',
  'share capital', 'issued capital', 'paid-up capital',
  'stammkapital', 'grundkapital', 'kapital',
  'capitale sociale di', 'capitale sociale', 'cap. soc.', 'capitale', 'capital social de', 'con capital de',
  'maatschappelijk kapitaal', 'kapitaal',
  'indemnite forfaitaire', 'indemnite forfaitaire de', 'frais de recouvrement', 'frais de recouvrement de', 'indemnite de recouvrement',
  'fixed sum of', 'fixed-sum compensation', 'fixed compensation', 'compensation of', 'recovery costs', 'debt recovery costs', 'late payment fee', 'late fee', 'administration fee',
  'verzugspauschale', 'pauschale von', 'mahngebuhr', 'mahngebuhren', 'mahnkosten', 'inkassokosten', 'schadenpauschale',
  'indennita forfettaria', 'indennizzo forfettario', 'risarcimento forfettario', 'spese di recupero',
  'indemnizacion', 'costes de cobro', 'gastos de cobro',
  'forfaitaire schadevergoeding', 'schadevergoeding', 'incassokosten', 'administratiekosten',
]);

/** A deposit already paid, to subtract from the total when no "left to pay" line is given. */
export const DEPOSIT_PAID = labelRegex([
  'acompte verse', 'acompte deja verse', 'acompte deja regle', 'acompte recu', 'acompte regle', 'acompte percu', 'deja regle', 'deja verse', 'deja paye', 'acompte',
  'modtaget depositum', 'betalt depositum', 'depositum', 'mottatt depositum', 'erhallen deposition', 'ontvangen voorschot', 'betaald voorschot',
  'deposit paid', 'deposit received', 'less deposit', 'deposit', 'already paid', 'amount paid', 'paid to date', 'payments received', 'less payments',
  'anzahlung', 'bereits bezahlt', 'bereits gezahlt', 'bereits gezahlter vorschuss', 'bereits gezahlte vorschusse', 'geleisteter vorschuss', 'abschlagszahlung', 'geleistete anzahlung',
  'anticipo', 'ya pagado', 'importe pagado', 'acconto', 'gia pagato', 'gia versato',
  // ca: « Bestreta ja pagada: -4.250,00 € »
  'bestreta', 'bestreta ja pagada', 'ja pagat', 'ja pagada', 'import pagat',
  'aanbetaling', 'reeds betaald',
  'προκαταβολη', 'ληφθεισα προκαταβολη', 'ηδη καταβληθεν',
]);

export const INVOICE_NUMBER_LABEL = new RegExp(
  `(?<![a-z])(?:${alternation([
    'numero de facture', 'n de facture', 'no de facture', 'n° de facture', 'nº de facture', 'n° facture', 'nº facture', 'no. de facture', 'no. facture',
    'n° de factura', 'nº de factura', 'n° factura', 'nº factura', 'no. de factura', 'n° fattura', 'nº fattura', 'n. fattura', 'nr. fattura',
    'factuur nr', 'facture numero', 'facture n', 'facture no', 'facture nr', 'facture',
    // a kind of invoice before its number: "FACTURE D'ACOMPTE CNK-2026-0316", "Facture de solde FS-12"
    "facture d'acompte", 'facture de solde', 'facture rectificative', 'deposit invoice', 'final invoice', 'interim invoice',
    // "FATTURA DI ACCONTO N. 0222/2026", "Factura de anticipo n.º …"
    'fattura di acconto n', 'fattura di acconto', "fattura d'acconto", 'fattura di saldo', 'factura de anticipo', 'factura de anticipo n',
    'invoice number', 'invoice no', 'invoice nr', 'invoice num', 'invoice n', 'invoice #', 'invoice id', 'invoice ref', 'invoice reference', 'invoice', 'inv no', 'inv #',
    'bill number', 'bill no', 'document number', 'document no', 'numero documento', 'documentnummer',
    'rechnungsnummer', 'rechnungs-nr', 'rechnungsnr', 'rechnung nr', 'rechnung n', 'rechnung no', 'rechnung', 're-nr', 'rg-nr', 'rgnr', 'belegnummer', 'beleg-nr',
    'numero de factura', 'factura n', 'factura no', 'factura', 'numero fattura', 'fattura n', 'fattura nr', 'fattura',
    'numero da fatura', 'fatura n', 'fatura no', 'fatura',
    // Portugal's and Spain's invoice-receipts: "Fatura-recibo N.º 2026-136"
    'fatura-recibo n', 'fatura-recibo', 'fatura recibo', 'factura-recibo', 'factura recibo',
    'factuurnummer', 'factuurnr', 'factuur', 'voorschotfactuur', 'eindfactuur', 'slotfactuur', 'deelfactuur', 'verkoopfactuur', 'avoir', 'reference', 'ref',
    // pl, cs, Nordic: "Faktura VAT nr FV 2026/08/13", "fakturę nr 25/06/2026", "Číslo faktury", "Fakturanummer"
    'numer faktury', 'nr faktury', 'faktura vat nr', 'fakture vat nr', 'faktura nr', 'fakture nr', 'faktury nr', 'faktura vat', 'fakture vat', 'faktury vat', 'faktura', 'fakture', 'faktury', 'fakturze', 'fakturu', 'cislo faktury', 'fakturanummer', 'fakturanr',
    // a ship agent's final disbursement account: "FDA No.: AMP-2026-0423", "Final DA n° …"
    'fda no', 'fda nr', 'fda n°', 'fda number', 'final da no', 'final da', 'final disbursement account no', 'final disbursement account',
    // fee notes: "Note n° NH-2027-012", "Note d'honoraires n° …", "Honorarnote Nr. …"
    // a court translator's or expert's bill: « Mémoire de frais TJA-2026-0402 », « Mémoire n° … »
    'memoire de frais de justice', 'memoire de frais n°', 'memoire de frais', 'memoire n°', 'memoire',
    // an auction house's slip to a buyer, its invoice: « Bordereau d'adjudication n° BV-2026-1142 », « Votre bordereau BV-2026-1098 »
    "bordereau d'adjudication n°", "bordereau d'adjudication", 'bordereau acheteur n°', 'bordereau acheteur', 'bordereau n°', 'bordereau',
    'commission note no', 'commission note', 'note de commission n°', 'note de commission', 'nota di provvigione n', 'nota di provvigione',
    'note n°', 'note nº', 'note no', 'note n', "note d'honoraires n°", "note d'honoraires no", "note d'honoraires", 'honorarnote nr', 'honorarnote',
    // German kinds of invoice before their number: "Honorarrechnung RE-2608-023", "Abschlagsrechnung Nr. 3", "Schlussrechnung …"
    'honorarrechnung nr', 'honorarrechnung', 'abschlagsrechnung nr', 'abschlagsrechnung', 'schlussrechnung nr', 'schlussrechnung', 'teilrechnung', 'anzahlungsrechnung',
    // lawyers' bills: "État (final) de frais et honoraires N° …", "Ereloonstaat Nr. …", "Statement of fees and disbursements No. …", "Note de provision n° …"
    'etat de frais et honoraires', 'etat final de frais et honoraires', "etat d'honoraires", 'note de frais et honoraires', 'note de provision', 'demande de provision', 'appel de provision',
    'ereloonstaat', 'ereloonnota', 'provisienota', 'eindafrekening ereloon en kosten', 'eindafrekening', 'statement of fees and disbursements', 'statement of fees', 'fee note', 'vorschussrechnung', 'schlussrechnung', 'teilrechnung', 'abschlagsrechnung', 'anzahlungsrechnung', 'vorauszahlungsrechnung', 'teilschlussrechnung', 'kostennote', 'schlusshonorarnote', 'request for a retainer (provision on fees) no', 'request for a retainer', 'retainer request',
    // el: "Αρ. τιμολογίου: MK-GR-061/26", "Τιμολόγιο αρ. MK-GR-074/26", "Παραστατικό …"
    // tr: "Fatura No: SRI-2026-325", "fatura numarası"
    'fatura no', 'fatura numarasi', 'fatura nr',
    // hu, fi, et, lt, lv, sl/hr/bs, sk, is: "Számla száma", "Laskun numero", "Arve nr", "Sąskaitos nr", "Rēķina nr", "Račun št.", "Broj računa", "Faktúra číslo", "Reikningur nr"
    'szamla szama', 'szamlaszam', 'szamla sorszama', 'szamla', 'laskun numero', 'laskun nro', 'lasku nro', 'lasku', 'arve nr', 'arve number', 'arve',
    'saskaitos nr', 'saskaita faktura nr', 'saskaita faktura', 'saskaita', 'rekina nr', 'rekins nr', 'rekins', 'racun st', 'racun st.', 'stevilka racuna', 'broj racuna', 'racun br', 'racun br.', 'racun broj', 'racun',
    'faktura cislo', 'faktura c.', 'reikningur nr', 'reikningsnumer', 'reikningur',
    // bg: "Фактура № CE-26-0327", ro: "Factura nr. CHX260038"
    'фактура №', 'фактура', 'номер на фактура', 'фактура номер', 'factura nr', 'factura nr.', 'numar factura',
    // ru, uk: "Рахунок № FT2611-399", "Счёт № 12", "номер рахунку"
    'рахунок №', 'рахунок', 'номер рахунку', 'счет №', 'счет', 'номер счета', 'инвойс №', 'інвойс №',
    'αρ. τιμολογιου', 'αριθμος τιμολογιου', 'αρ. παραστατικου', 'αριθμος παραστατικου', 'τιμολογιο αρ.', 'τιμολογιο', 'τιμολογιου', 'παραστατικο', 'παραστατικου',
    'numero', 'number', 'nummer', 'n°', 'nº',
    // ja, ko, zh: "請求書（No. B7C41E09-0008）", "인보이스(SR-2026-0428)", "发票号码"
    '請求書番号', '請求書', 'インボイス番号', 'インボイス', '인보이스 번호', '인보이스', '청구서 번호', '청구서', '发票号码', '发票号', '发票',
    'unter der nummer', 'sous le numero', 'sous la reference', 'sous notre reference', 'sous notre ref', 'under number', 'under reference', 'under our reference', 'under our ref', 'unter unserer referenz', 'con el numero', 'con il numero', 'met nummer',
  ])})(?![a-z])(?!(?<=nr|no)-[a-z0-9])`, // (a "Nr"/"No" glued to its figures is the reference's own prefix: "Rechnung NR-2026-0412")
  'g',
);

export const ISSUE_DATE = labelRegex([
  'date de facture', 'date de la facture', 'date de facturation', "date d'emission de la facture", "date d'emission", 'date d emission', 'emise le', 'emis le', 'etablie le', 'datee du', 'datees du', 'date', 'du', 'le',
  'invoice date', 'date of issue', 'issue date', 'tax point', 'tax point date', 'issued on', 'issued', 'dated', 'date issued', 'invoice dated',
  'rechnungsdatum', 'datum', 'ausstellungsdatum', 'belegdatum', 'vom', 'von',
  'data da fatura', 'data de emissao', 'data emissao',
  'fecha de emision', 'fecha emision', 'fecha de expedicion', 'fecha de factura', 'fecha de la factura', 'fecha', 'de', 'data fattura', 'data della fattura', 'data di emissione', 'data emissione', 'data documento', 'data', 'del',
  'factuurdatum', 'van',
  'fatura tarihi', 'tarih', 'duzenleme tarihi',
  // ro "Factura nr. X din 20.04.2026", bg "Фактура № X от 7 май 2026 г."
  'din', 'data facturii', 'data emiterii', 'от', 'дата', 'дата на издаване',
  // eu: "Fakturaren data : 2026/10/14", "Jaulkipen-data"
  'fakturaren data', 'faktura data', 'jaulkipen data', 'jaulkipen-data', 'igorpen data',
  'ημερομηνια', 'ημερομηνια εκδοσης', 'ημ. εκδοσης', 'ημ/νια', 'ημ/νια εκδοσης',
  'data wystawienia', 'wystawiona', 'wystawiono', 'wystawiona dnia', 'z dnia', 'datum vystaveni', 'fakturadatum', 'fakturadato', 'fakturadag', 'laskun paivays', 'laskutuspaiva', 'arve kuupaev', 'reikningsdagur', 'dagsetning',
  '請求日', '発行日', '請求書発行日', '発行日付', '발행일', '청구일', '작성일', '발행 일자', '开票日期', '发票日期',
]);

export const DUE_DATE = labelRegex([
  // instalments (LCR, traites): the first one falls due first ("Règlement par LCR en 3 échéances : 5 000,00 € au 31/05/2026, …")
  'echeances', 'en 2 echeances', 'en 3 echeances', 'en 4 echeances', 'premiere echeance', '1re echeance', '1ere echeance', 'first instalment', 'first installment',
  // (and abbreviated in a subject: "Fact. F2026-1196 - 9.334,64 € TTC - éch. 21/07/2026")
  'echeance', 'ech.', 'ech', 'date d\'echeance',
  // the balance of a plan of instalments: « Échéance du solde : 05/11/2026 »
  'echeance du solde', 'date d\'echeance du solde', 'a payer jusqu\'au', 'payable jusqu\'au', 'a regler jusqu\'au', 'payer jusqu\'au', 'date limite de paiement', 'date limite de reglement', 'date limite du reglement', 'date limite de versement', 'date limite', 'a regler pour le', 'a payer pour le', 'payable pour le', 'reglement pour le', 'paiement pour le', 'paiement au', 'reglement au', 'paiement avant le', 'reglement avant le', 'paiement attendu pour le', 'paiement attendu le', 'paiement attendu avant le', 'reglement attendu pour le', 'reglement attendu le', 'attendu pour le', 'a regler avant le', 'a regler le', 'a payer avant le', 'au plus tard le', 'payable le', 'payable avant le', 'payable au', 'payable jusqu\'au', 'avant le', 'exigible le', 'soit le', 'soit une echeance au', 'echeance au', 'echeance le', 'due le',
  'due date', 'payment due', 'due on', 'due by', 'due', 'maturity date', 'date of maturity', 'maturity', 'pay by', 'pay before', 'payable by', 'payable before', 'payment before', 'payable on', 'payment date', 'to be paid by', 'no later than', 'by', 'remit until', 'pay until', 'payable until', 'payment until',
  'fallig am', 'fallig bis', 'faellig', 'fallig', 'zahlbar bis', 'zahlbar bis zum', 'zahlbar zum', 'zahlbar am', 'zu zahlen bis', 'zahlungsziel', 'falligkeitsdatum', 'falligkeit', 'bis zum', 'bis',
  'venciment', 'data de venciment', 'data limit de pagament', 'venc el',
  'vencimiento', 'vence', 'fecha de vencimiento', 'fecha de pago', 'fecha limite de pago', 'fecha limite', 'vence el', 'antes del', 'vto', 'vcto', 'venc',
  // gl: "Vencemento: 11 de maio de 2026"; es: "como máximo el 17/08/2026"
  'vencemento', 'data de vencemento', 'como maximo el', 'como maximo', 'a mais tardar',
  // eu: "Epemuga : 2026/11/28", "Ordainketa-data", "Mugaeguna"
  'epemuga', 'muga-eguna', 'mugaeguna', 'ordainketa data', 'ordainketa-data', 'ordaintzeko epea',
  'vencimento', 'data de vencimento', 'data limite de pagamento', 'data limite', 'pagavel ate', 'a pagar ate', 'vence em', 'vence a',
  'scadenza', 'data di scadenza', 'scade il', 'entro il', 'da saldare entro', 'da pagare entro', 'da saldare entro il', 'da pagare entro il',
  // hr, sr, sl, et, lv, lt, hu: « Datum dospijeća », « Rok plaćanja », « Datum zapadlosti », « Rok plačila », « Maksetähtaeg », « Apmaksas termiņš »,
  // « Apmokėti iki », « Mokėjimo terminas », « Fizetési határidő », « Esedékesség »
  'datum dospijeca', 'dospijece', 'datum dospeca', 'rok placanja', 'datum zapadlosti', 'rok placila', 'placilo do', 'maksetahtaeg', 'tasuda hiljemalt', 'apmaksas termins', 'apmaksat lidz',
  'apmoketi iki', 'mokejimo terminas', 'apmokejimo terminas', 'fizetesi hatarido', 'esedekesseg', 'esedekesseg napja', 'fizetendo',
  // ru, uk: « прошу оплатить до 03.11.2026 », « срок оплаты », « оплатити до »
  'оплатить до', 'оплата до', 'срок оплаты', 'оплатить не позднее', 'оплатити до', 'сплатити до', 'оплата до', 'термін оплати', 'строк оплати',
  'forfaldsdato', 'forfallsdato', 'forfaldsdag', 'forfallodatum', 'forfallodag', 'sista betalningsdag', 'betales senest', 'betalas senast', 'erapaiva',
  'termin platnosci', 'termin zaplaty', 'zaplata do', 'platne do', 'datum splatnosti', 'splatnost', 'splatno do',
  'vervalt', 'vervalt op', 'betaalbaar tegen', 'te betalen tegen', 'uiterlijk te betalen op',
  // a direct debit's day is the day it is paid: "Betaling via SEPA-domiciliëring op 27-08-2026", "prélèvement SEPA le 27/08/2026"
  'prelevement le', 'prelevement sepa le', 'preleve le', 'sera preleve le', 'prelevement prevu le', 'date de prelevement', 'direct debit on', 'debited on', 'collected on', 'collection date', 'debit date',
  'lastschrift am', 'abbuchung am', 'eingezogen am', 'einzug am', 'abbuchungsdatum', 'domiciliering op', 'gedebiteerd op', 'gedomicilieerd op', 'debite le', 'debitee le', 'incasso op', 'geincasseerd op', 'afgeschreven op', 'domiciliacion el', 'se cargara el', 'addebito il', 'addebito in data',
  // el: "Ημερομηνία λήξης: 30 Σεπτεμβρίου 2026", "με λήξη …", "πληρωτέο έως …"
  'vade tarihi', 'son odeme tarihi', 'vadesi',
  'scadenta', 'scadenta pe', 'data scadentei', 'termen de plata', 'падеж', 'с падеж', 'срок за плащане', 'дата на падеж',
  'ημερομηνια ληξης', 'ληξη', 'ληξη πληρωμης', 'προθεσμια πληρωμης', 'πληρωτεο εως', 'πληρωμη εως', 'εξοφληση εως', 'με ληξη',
  'vervaldatum', 'vervaldag', 'uiterste betaaldatum', 'te betalen voor', 'betalen voor', 'voldoen voor', 'te voldoen voor', 'voldoen uiterlijk', 'overmaken voor', 'uiterlijk op', 'uiterlijk',
  'お支払期限', '支払期限', '支払期日', 'お支払期日', 'お振込期限', '振込期限', '지급기한', '지급 기한', '납부기한', '결제기한', '결제 기한', '지급일', '만기일', '付款期限', '到期日', '付款日期',
]);

/** Dates that are neither the invoice's nor its due date: order, delivery, service, period, validity. */
export const OTHER_DATE = labelRegex([
  // what was done or delivered on a day: "session du 07/05/2026", "livraison du 2 avril", "envoyé le 31/08"
  'session du', 'formation du', 'stage du', 'intervention du', 'prestation du', 'mission du', 'seminaire du', 'evenement du', 'atelier du', 'journee du', 'sejour du', 'reunion du', 'session of', 'workshop on', 'training on',
  'livraison du', 'livraison le', 'livree le', 'livres le', 'expedition du', 'expedie le', 'delivery of', 'lieferung vom', 'entrega del',
  'envoye le', 'envoyee le', 'e-mail envoye le', 'sent on', 'transmis le', 'transmise le',
  // a payment already made: "L'acompte de 241,20 € versé le 12/05/2026"
  'verse le', 'versee le', 'regle le', 'reglee le', 'paye le', 'payee le', 'recu le', 'encaisse le', 'paid on', 'received on',
  'date de commande', 'commande du', 'date de debut', 'date de fin', "date d'entree", 'date de prise de poste', 'date de livraison', 'livre le', 'date de prestation', 'date d\'intervention', 'periode', 'valable jusqu\'au', 'date de validite',
  'order date', 'ordered on', 'delivery date', 'delivered on', 'ship date', 'shipping date', 'service date', 'date of service', 'date of supply', 'period', 'start date', 'end date', 'commencement date', 'starting date', 'valid until', 'expiration date', 'expiry date',
  'auftrag vom', 'bestellung vom', 'angebot vom', 'vertrag vom', 'devis du', 'contrat du', 'order of',
  'bestelldatum', 'auftragsdatum', 'lieferdatum', 'leistungsdatum', 'leistungszeitraum', 'zeitraum', 'gultig bis',
  'fecha de pedido', 'fecha del pedido', 'fecha de entrega', 'periodo', 'valido hasta',
  'data ordine', 'data dell\'ordine', 'data consegna', 'data di consegna', 'valido fino al',
  'orderdatum', 'besteldatum', 'leverdatum', 'geldig tot',
  'ημερομηνια παραδοσης', 'παραδοση της', 'παραδοσης της', 'παραγγελια της', 'ημερομηνια παραγγελιας', 'ισχυει εως',
  '注文日', '納品日', '주문일', '납품일', '订单日期', '交货日期',
]);
