import { fold } from '../text/fold';
import { rememberRecent } from '../text/recent-results';
import { alternationRegExp } from '../text/alternation-regexp';
import { wordStartRegExp } from '../text/word-start-regexp';

/**
 * What kind of business document a text announces. Cue words are folded (lower case, no accents)
 * and matched on word boundaries, in the languages Relance reads.
 */
export type DocumentKind =
  | 'invoice'
  | 'proforma'
  | 'quote'
  | 'credit-note'
  | 'receipt'
  | 'order'
  | 'reminder'
  | 'statement'
  | 'duplicate';

/** What a document says when it is no invoice ("document informatif, ce n'est pas une facture", "請求書ではございません"). */
const NO_INVOICE_PHRASES = [
  "n'est pas une facture", 'ne constitue pas une facture', 'ne vaut pas facture', 'ne vaut pas une facture', 'not an invoice', 'not a tax invoice', 'does not constitute an invoice',
  'ist keine rechnung', 'stellt keine rechnung dar', 'no es una factura', 'no constituye una factura', 'non e una fattura', 'non costituisce fattura', 'is geen factuur',
  'nao e uma fatura', '請求書ではございません', '請求書ではありません',
  // a delivery note's footer: "Document non valant facture"
  'non valant facture', 'ne valant pas facture', 'non valable comme facture', 'non valido come fattura', 'non vale come fattura', 'gilt nicht als rechnung',
];

const CUES: Record<DocumentKind, readonly string[]> = {
  // Specific kinds first: "facture pro forma" or "facture d'avoir" contain the invoice word too.
  // Italian professionals send an "avviso di parcella" ("documento non valido ai fini fiscali") before the invoice.
  proforma: ['pro forma', 'pro-forma', 'proforma', 'proforma-rechnung', 'proformarechnung', 'proforma rechnung', 'pro-forma-rechnung', 'proformafactuur', 'proforma factuur', 'proformafaktura', 'avviso di parcella', 'avviso di fattura', 'avviso di pagamento parcella', 'non valido ai fini fiscali',
    // a billing platform's notice before it bills a subscription: "Upcoming invoice from Nuagelab SAS … Estimated amount: $490.00"
    'upcoming invoice', 'facture a venir', 'anstehende rechnung',
    // UK building contracts: the subcontractor's application is valued first; the VAT invoice follows the payment notice
    'application for payment', 'applications for payment', 'payment application', 'interim application',
    // el, bg, ro
    'προτιμολογιο', 'προφορμα', 'проформа', 'проформа фактура', 'factura proforma', 'プロフォーマ', '프로포마', '形式发票'],
    // "Note de crédit" is the Belgian and Swiss word for an avoir; "nota de abono" the Spanish one.
  'credit-note': ['avoir', 'avoirs', "facture d'avoir", "proposition d'avoir", "projet d'avoir", 'note de credit', 'notes de credit', 'credit note', 'credit memo', 'credit-note', 'gutschrift', 'stornorechnung', 'nota de credito', 'nota de abono', 'factura rectificativa', 'factura de abono', 'abonament', "factura d'abonament", 'nota di credito', "nota d'accredito", 'nota di accredito', 'creditnota', 'creditfactuur',
    // pl, cs, Nordic
    'faktura korygujaca', 'korekta faktury', 'nota korygujaca', 'opravny danovy doklad', 'dobropis', 'kreditnota', 'kreditfaktura',
    // tr, bg, ro, el
    'iade faturasi', 'кредитно известие', 'nota de creditare', 'πιστωτικο τιμολογιο', 'πιστωτικο σημειωμα', 'πιστωτικο', 'クレジットノート', '赤伝', '크레딧 노트', '贷项通知单', '红字发票'],
  quote: ['devis', 'convention de formation', 'contrat de formation', 'quote', 'quotation', 'estimate', 'angebot', 'kostenvoranschlag', 'presupuesto', 'cotizacion', 'preventivo', 'offerta', 'offerte', 'proposition commerciale', 'offre de prix', 'offre commerciale', 'notre offre', 'price offer', 'commercial offer', 'our offer', 'teklif', "proposition d'honoraires", "propositions d'honoraires", "offre d'honoraires", 'proposition financiere', 'fee proposal', 'honorarangebot', 'wycena', 'cenova nabidka', 'oferta de pret', 'оферта', 'προσφορα', 'οικονομικη προσφορα', '見積書', '見積り', '견적서', '报价单', '報價單'],
  // (an invoice stamped paid, sent as proof of payment: "facture acquittée", "quittierte Rechnung", "fattura quietanzata")
  // (and a notice that a payment was made or an invoice settled by set-off: « Avis de compensation », « Avis de règlement », "Remittance advice")
  receipt: ['recu', 'recu de paiement', 'receipt', 'payment receipt', 'avis de compensation', 'avis de reglement', 'avis de virement', 'avis de paiement', 'remittance advice', 'payment advice', 'facture acquittee', 'factures acquittees', 'note acquittee', 'quittierte rechnung', 'fattura quietanzata', 'quittung', 'zahlungsbestatigung', 'recibo', 'ricevuta', 'makbuz', 'αποδειξη', 'αποδειξη πληρωμης', '領収書', '영수증', '收据'],
  order: ['bon de commande', 'confirmation de commande', 'accuse de reception de commande', 'accuse de reception de votre commande', 'accuse de commande', 'purchase order', 'order confirmation', 'order acknowledgement', 'order acknowledgment', 'acknowledgement of order', 'acknowledgment of order', 'potvrzeni objednavky', 'potvrdenie objednavky', 'potwierdzenie zamowienia', 'visszaigazolas', 'rendelesvisszaigazolas', 'potvrda narudzbe', 'ordrebekreftelse', 'ordrebekraeftelse', 'orderbekraftelse', 'tilausvahvistus', 'your order', 'votre commande', 'auftragsbestatigung', 'bestellbestatigung', 'bestellung', 'confirmacion de pedido', 'conferma d\'ordine', 'ordine', 'επιβεβαιωση παραγγελιας', 'εντολη αγορας', '注文書', '発注書', '注文確認', '주문서', '발주서', '采购订单'],
  reminder: ['relance', 'relances', 'rappel', 'reminder', 'reminders', 'overdue', 'past due', 'impaye', 'impayee', 'impayes', 'impayees', 'en retard', 'mise en demeure', 'mahnung', 'zahlungserinnerung', 'recordatorio', 'sollecito', 'herinnering', 'aanmaning', 'final notice', 'outstanding', 'przypomnienie o platnosci', 'wezwanie do zaplaty', 'upomnienie', 'upominka', 'betalningspaminnelse', 'betalingspaminnelse', 'υπενθυμιση πληρωμης', 'υπενθυμιση', 'odeme hatirlatmasi', 'hatirlatma', 'напомняне', 'notificare de plata'],
  // a copy of an invoice issued before, sent again on request: the invoice is the earlier one
  duplicate: ['duplicata', 'duplicatas', 'duplicate invoice', 'invoice duplicate', 'rechnungsduplikat', 'duplikat', 'duplicado de factura', 'duplicato'],
  // a statement lists invoices sent before ("Relevé de factures semaine 44", "Rechnungsübersicht", "offene Posten"): it is none of them
  statement: ['releve de compte', 'releve de factures', 'releve des factures', 'recapitulatif de factures', 'recapitulatif des factures', 'statement of account', 'account statement', 'customer statement', 'statement of invoices', 'invoice statement', 'kontoauszug', 'rechnungsubersicht', 'offene posten', 'estado de cuenta', 'resumen de facturas', 'extracto de cuenta', 'estratto conto', 'riepilogo fatture', 'riepilogo delle fatture', 'rekeningoverzicht', 'overzicht facturen', 'overzicht van de facturen', 'overzicht openstaande facturen',
    // a statement of deliveries, and any document that says it is no invoice ("document informatif, ce n'est pas une facture")
    // a property manager's report to a landlord, rents less the fees it deducted: « Compte-rendu de gestion », « Отчёт управляющего »
    'compte-rendu', 'compte rendu', 'compte-rendu de gestion', 'compte rendu de gestion', 'releve de gerance', 'releve de gestion', 'отчет управляющего', 'отчет', 'звіт',
    'releve de livraisons', 'releve des livraisons', 'releve hebdomadaire', 'releve mensuel', 'delivery statement', 'statement of deliveries', 'lieferubersicht',
    // a monthly statement named by its month (« Ton relevé de novembre », « Relevé octobre »)
    'releve de janvier', 'releve janvier', 'releve de fevrier', 'releve fevrier', 'releve de mars', 'releve mars', "releve d'avril", 'releve avril', 'releve de mai', 'releve mai', 'releve de juin', 'releve juin', 'releve de juillet', 'releve juillet', "releve d'aout", 'releve aout', 'releve de septembre', 'releve septembre', "releve d'octobre", 'releve octobre', 'releve de novembre', 'releve novembre', 'releve de decembre', 'releve decembre',
    // the slip listing the invoices assigned to a factor (« Bordereau de cession n° 47 – BPI Factor »): the factor's paper, no invoice
    'bordereau de cession', 'bordereaux de cession', 'bordereau de cession de creances', 'bordereau de remise de creances', 'assignment schedule',
    // what the company pays back to a client (ticket revenue less its commission): "Relevé de reversement", "payout statement"
    'releve de reversement', 'releve des reversements', 'avis de reversement', 'decompte de reversement', 'payout statement', 'settlement statement', 'abrechnung der ticketeinnahmen',
    ...NO_INVOICE_PHRASES,
    // an agent's statement of the commission it earned on a season's orders, before its invoice: "FW26 commission statement",
    // "Relevé de commissions SS27", "Estratto provvigioni", the principal's "Provisionsabrechnung"
    'commission statement', 'commissions statement', 'statement of commission', 'statement of commissions', 'releve de commissions', 'releve des commissions',
    'estratto provvigioni', 'estratto delle provvigioni', 'prospetto provvigioni', 'provisionsabrechnung', 'liquidacion de comisiones', 'commissieoverzicht', 'コミッション計算書'],
  // Professions bill fees under their own names: "note d'honoraires" (architects, lawyers), "Honorarnote", "parcella".
  invoice: ['facture', 'factures', 'invoice', 'invoices', 'facturas', 'fatture', 'faturas', 'facturen', 'rechnungen', 'payment request', 'payment requests', 'request for payment', 'demande de paiement', 'betaalverzoek', 'richiesta di pagamento', 'solicitud de pago', 'rechnung', 'factura', 'fattura', 'factuur', 'fatura', 'facture d\'acompte', 'deposit invoice', 'tax invoice', "note d'honoraires", "notes d'honoraires", 'honorarnote', 'honorarrechnung', 'fee note', 'minuta de honorarios', 'parcella',
    // Belgian and Dutch lawyers: "état de frais et honoraires", a "provision" asked in advance, "ereloonstaat", "provisienota"
    'etat de frais et honoraires', "etat de frais et d'honoraires", 'etat des frais et honoraires', "etat d'honoraires", 'note de frais et honoraires', "note de frais et d'honoraires",
    'note de provision', 'notes de provision', 'demande de provision', 'appel de provision', 'provision sur honoraires', 'ereloonstaat', 'ereloonstaten', 'staat van kosten en ereloon',
    'etat final de frais et honoraires', 'etat definitif de frais et honoraires', 'etat final de frais', 'ereloonnota', 'provisienota', 'provisiefactuur', 'statement of fees', 'fee statement',
    // building trades bill progress and final statements: "situation de travaux n°3", "décompte général définitif (DGD)", "mémoire"
    // the retention held back on works, billed when released: "Libération de la retenue de garantie n° BC-2026-0226"
    'liberation de la retenue de garantie', 'liberation de retenue de garantie', 'facture de retenue de garantie',
    'situation de travaux', 'situations de travaux', 'situation mensuelle', 'situation de chantier', 'facture de situation', 'decompte general definitif', 'decompte general et definitif', 'dgd', 'decompte definitif', 'memoire de travaux',
    // court experts, interpreters and translators bill the courts and the police with a "mémoire de frais (de justice)"
    'memoire de frais', 'memoires de frais', 'memoire de frais de justice', 'memoire de frais et honoraires', 'memoire d\'honoraires',
    // an author bills a publisher with a « note de droits d'auteur » (not a publisher's « relevé de droits », a statement)
    'note de droits d\'auteur', 'notes de droits d\'auteur', 'note de droits', 'note d\'auteur', 'note de cession de droits',
    // a wine or insurance broker bills its brokerage with a « note de commission » (a platform's « commission statement » is none)
    'note de commission', 'notes de commission', 'note de courtage', 'notes de courtage', 'commission note', 'commission notes', 'commission invoice', 'brokerage note', 'nota di provvigione', 'nota provvigioni', 'provisionsrechnung', 'nota de comision',
    // a ship agent's invoice for a port call is its final disbursement account ("FDA No.: AMP-2026-0423"); the proforma one is an estimate
    'final disbursement account', 'final disbursement accounts', 'final da', 'fda no', 'fda nr', 'fda number',
    // German compounds of "Rechnung" (advance, final, partial, collective bill)
    'request for a retainer', 'retainer request', 'retainer invoice', 'provision on fees', 'schlusshonorarnote', 'vorschusshonorarnote',
    // Dutch compounds of "factuur": an advance, final, partial or sales invoice
    'voorschotfactuur', 'eindfactuur', 'slotfactuur', 'deelfactuur', 'verkoopfactuur', 'aanbetalingsfactuur', 'tussentijdse factuur',
    'eindafrekening', 'afrekening ereloon', 'vorschussrechnung', 'schlussrechnung', 'teilrechnung', 'abschlagsrechnung', 'anzahlungsrechnung', 'vorauszahlungsrechnung', 'teilschlussrechnung', 'sammelrechnung', 'endrechnung', 'kostennote',
    // German and Dutch write the invoice's fields as compounds ("Rechnungsnummer: RE-2026-0440"); "die Abrechnung für Oktober" bills the month
    'rechnungsnummer', 'rechnungsnr', 'rechnungsdatum', 'rechnungsbetrag', 'rechnungsdaten', 'abrechnung', 'factuurnummer', 'factuurdatum', 'factuurbedrag',
    // Polish, Czech and Nordic "faktura" in its cases and forms: "fakturę VAT nr FV/2026/06/11", "fakturan", "daňový doklad"
    'faktura', 'faktury', 'fakture', 'fakturze', 'fakturach', 'fakturu', 'faktura vat', 'fakture vat', 'fakturan', 'fakturaen', 'fakturor', 'fakturer', 'fakturaer', 'danovy doklad',
    // Greek (folded): "Τιμολόγιο", "τιμολογίου", "τιμολόγια", "Παραστατικό" (a fiscal document)
    'τιμολογιο', 'τιμολογιου', 'τιμολογια', 'τιμολογιων', 'παραστατικο', 'τιμολογιο πωλησης',
    // Turkish "faturası", "faturayı", "faturamız" (Portuguese "fatura" is listed above)
    'faturasi', 'faturayi', 'faturamiz', 'faturanin', 'faturalar',
    // Bulgarian "фактура", "фактурата", Romanian "factura de avans"
    'фактура', 'фактурата', 'фактури', 'авансова фактура', 'factura de avans', 'factura fiscala',
    // Ukrainian « Рахунок № FT-399 », « оплата рахунку », Russian « Счёт № 12 », « счёт на оплату », « инвойс »
    'рахунок', 'рахунку', 'рахунки', 'рахунок-фактура', 'інвойс', 'счет', 'счета', 'счет на оплату', 'счет-фактура', 'счета-фактуры', 'инвойс',
    // hu « Számla F-2026-0412 », et « Arve nr 2026-0456 », lv « Rēķins Nr. AE-2026/0211 », hr, sl, sr « Račun br. FA26-0107 »,
    // « Račun št. 26-300-000412 » (« račun » alone is also an account: only with its number's sign, or named as the invoice's)
    'szamla', 'szamlat', 'szamlank', 'szamlaszam', 'dijbekero', 'arve', 'arved', 'arvet', 'arve nr', 'rekins', 'rekina nr', 'rekinu',
    'racun br', 'racun broj', 'racun st', 'racun stevilka', 'racun nr', 'broj racuna', 'stevilka racuna', 'e-racun', 'racun za', 'racunu br',
    // ja, ko, zh: "請求書", "インボイス", "인보이스", "청구서", "세금계산서" (tax invoice), "发票"
    '請求書', 'インボイス', '인보이스', '청구서', '세금계산서', '发票', '發票'],
};

/** The one-word invoice cues, for a host's mailbox search (a search engine matches words, not phrases). */
export const INVOICE_SEARCH_WORDS: readonly string[] = CUES.invoice.filter((c) => /^[a-z]+$/.test(c));

const ORDER: readonly DocumentKind[] = ['proforma', 'credit-note', 'quote', 'receipt', 'order', 'statement', 'reminder', 'duplicate', 'invoice'];

/**
 * Words before a cue that make it something else: "due on receipt", "upon receipt of", "al recibo de la
 * factura" are payment terms, and "vous avez reçu", "bien reçu", "déjà reçu" a participle, not receipts.
 */
const NOT_AFTER: Partial<Record<DocumentKind, string>> = {
  // (Portugal's "fatura-recibo" is the invoice a freelancer issues: an invoice, whatever it may also acknowledge)
  // the verb, not the credit note: "Quel plaisir d'avoir fleuri votre défilé", "merci d'avoir réglé", "sans avoir reçu"
  'credit-note': '(?<!(?:d\'|(?:pour|sans|apres|pouvoir|devoir|doit|doivent|dois|devons|devez|vais|va|vont|allons|allez|pu|du|semble|semblent|crois|pense|pourrait|pourriez|devrait|devriez|cense|censee|censes)\\s+))',
  receipt: '(?<!(?:on|upon|after|of|from|al|del|avez|avons|ai|as|a|ont|avoir|etre|ete|bien|deja|pas|jamais|non)\\s+)(?<!(?:fatura|factura)[\\s-]+)',
  // Spanish « mantenimiento preventivo » (preventive upkeep), not Italian « preventivo » (a quote)
  quote: '(?<!(?:mantenimiento|mantenimientos|control|controles|plan|programa|tratamiento|servicio|caracter|medida|medidas|revision|revisiones)\\s+)',
};

function cueRegex(cues: readonly string[], guard = ''): RegExp {
  // (cues folded as the text is: "請求書では" loses its voicing marks as the text does)
  const alternatives = cues.map((c) => fold(c).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+')).sort((a, b) => b.length - a.length);
  return alternationRegExp(alternatives, `(?<![a-z0-9])${guard}`, '(?![a-z0-9])', 'g');
}

const REGEX: Record<DocumentKind, RegExp> = Object.fromEntries(
  ORDER.map((kind) => [kind, cueRegex(CUES[kind], NOT_AFTER[kind])]),
) as Record<DocumentKind, RegExp>;

/**
 * Invoice words cut short, as subjects write them: "Ft. 2026-IT-0148", "Fatt. n. 118/2026", "Fact. n° F-14",
 * "Fra. nº 2026/044", "Rg. 2026-55", "Re.-Nr. 4411", "Rechn. 77", "Inv. #4471". An abbreviation alone is
 * ambiguous ("Re." opens replies, "ft." is feet), so it counts only with its dot and a reference with a digit
 * right after it (an optional number sign between). "NH 2026/HON/0054" (note d'honoraires) and "Inv DEM-26-022"
 * need no dot: no word is spelt so; nor does "Fac FC-2026-00216" before a reference in parts (not "la fac 2026"). Group 1
 * is the reference.
 */
const ABBREVIATION = wordStartRegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:ft|fatt|fact|fac|fra|fakt|rg|re|rech|rechn|inv)\.|(?:nh|inv)(?:\.|(?=\s))|(?:fac|fact)(?=\s\p{L}{0,6}[-/_.]?\p{N}{2,}[-/_.]))(?:\s?-?\s?(?:nr|no|num|n|n[°º])\.?(?![\p{L}]))?\s?(?:[:#]\s?)?((?=[\p{L}\-/_.]{0,10}\d)[\p{L}\p{N}][\p{L}\p{N}\-/_.]*[\p{L}\p{N}]|\d)`,
  'gu',
);

/** The reference an abbreviated invoice word introduces in a title ("Ft. 2026-IT-0148 di € …" → "2026-IT-0148"). */
export function abbreviatedInvoiceReference(title: string): string | null {
  ABBREVIATION.lastIndex = 0;
  const m = ABBREVIATION.exec(fold(title));
  if (!m) return null;
  const start = m.index + m[0].length - m[1]!.length;
  const reference = title.slice(start, m.index + m[0].length);
  // A series in capitals before a number written with a slash is part of it ("Fact. FAC 26/1282"), as on the document.
  const series = /^\d+\/\d+$/.test(reference) ? /(?<![\p{L}\p{N}])[A-Z]{2,3} $/u.exec(title.slice(Math.max(0, start - 4), start))?.[0] : undefined;
  return series ? series + reference : reference;
}

export interface KindHit {
  kind: DocumentKind;
  index: number;
  /** Where the cue word ends. */
  end: number;
}

/**
 * Every cue in the text with its position (in the folded text, same offsets as the original). A scan asks again
 * for the same texts (a subject in each reading of its thread, a body's opening by several readers: 15,600 calls
 * for 4,900 texts on the bench mailbox): the last ones are remembered, so the hits are read-only.
 */
export const findKindCues: (text: string) => readonly KindHit[] = rememberRecent(256, (text) => kindCuesOf(text));

function kindCuesOf(text: string): KindHit[] {
  const folded = fold(text);
  const hits: KindHit[] = [];
  for (const kind of ORDER) {
    const re = REGEX[kind];
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) hits.push({ kind, index: m.index, end: m.index + m[0].length });
  }
  ABBREVIATION.lastIndex = 0;
  for (let m = ABBREVIATION.exec(folded); m; m = ABBREVIATION.exec(folded)) hits.push({ kind: 'invoice', index: m.index, end: m.index + m[0].length });
  return hits.sort((a, b) => a.index - b.index);
}

export function hasCue(text: string, kind: DocumentKind): boolean {
  const re = REGEX[kind];
  re.lastIndex = 0;
  const folded = fold(text);
  if (re.test(folded)) return true;
  if (kind !== 'invoice') return false;
  ABBREVIATION.lastIndex = 0;
  return ABBREVIATION.test(folded);
}

/**
 * The kind a title (a subject, a file name, the first lines of a document) announces. The kinds that are
 * never receivables (pro forma, credit note, quote, receipt, order) win over "invoice" wherever they stand,
 * because they qualify it ("facture pro forma", "avoir sur facture 1008"); a reminder word wins too.
 * Returns null when the title says nothing.
 */
export function kindOfTitle(title: string): DocumentKind | null {
  return recentTitleKinds(title);
}

/** (a title is read again at each message of its thread: 7,300 calls for 2,400 titles on the bench mailbox) */
const recentTitleKinds = rememberRecent(256, (title) => titleKindOf(title));

function titleKindOf(title: string): DocumentKind | null {
  const folded = fold(title);
  // Spanish « Abono AV-2026-014 »: the word alone is also a payment (« abono recibido »), titled with its own number it is a credit note
  if (NUMBERED_ABONO.test(folded)) return 'credit-note';
  // « Mémoire IA-2026-044 – traduction arrêt »: a court translator's or expert's bill titled with its own number
  if (NUMBERED_MEMOIRE.test(folded)) return 'invoice';
  const hits = findKindCues(title);
  if (hits.length === 0) return null;
  // After the invoice's own numbered title, a quote or an order named by its number is what the invoice
  // bills ("Facture d'acompte IFF-017 – devis D-2027-006", "Invoice INV-0421 / your order WL-0311").
  const invoiceAt = hits.find((h) => h.kind === 'invoice' && NUMBERED.test(folded.slice(h.end, h.end + 30)))?.index ?? -1;
  // An order named as the topic beside an invoice word ("Ihre Bestellung – Rechnung Nr. NP-26/0430", "Vs. ordine
  // ORD-4118 – fattura") is what it bills too.
  const kept = hits.filter(
    (h) =>
      // "Facture RG-2026-0444 - Frais de relance locataire": a reminder fee is what the invoice bills
      !(h.kind === 'reminder' && REMINDER_FEE_BEFORE.test(folded.slice(Math.max(0, h.index - 12), h.index))) &&
      !(invoiceAt >= 0 && h.index > invoiceAt && (h.kind === 'quote' || h.kind === 'order') && NUMBERED.test(folded.slice(h.end, h.end + 30))) &&
      // (an order named without its number too: « Facture F-2026-1015 – Aide au retour à domicile – Bon de commande », the invoice
      // a client's purchase order asked for)
      !(invoiceAt >= 0 && h.index > invoiceAt && h.kind === 'order') &&
      // (nor the agreement it bills under: « Facture FC-2026-0388 – Convention de formation cynotechnique – 3e trimestre »)
      !(invoiceAt >= 0 && h.index > invoiceAt && h.kind === 'quote' && /^(?:convention|contrat)/.test(folded.slice(h.index, h.end))) &&
      // "Relevé mensuel septembre 2026 - facture FA-2026-0913": the deliveries a numbered invoice bills, listed with it
      !(invoiceAt >= 0 && h.kind === 'statement' && DELIVERY_STATEMENT.test(folded.slice(h.index, h.end))) &&
      // "Relevé de compte octobre + facture FA-2026-0955": a statement sent with a numbered invoice joined to it
      !(invoiceAt > h.index && h.kind === 'statement' && JOINED_INVOICE.test(folded.slice(h.end, invoiceAt))) &&
      !(hits.some((i) => i.kind === 'invoice') && h.kind === 'order' && ORDER_TOPIC.test(folded.slice(h.index, h.end))),
  );
  // "Invoice for your order", "Facture de votre commande", "Rechnung zu Ihrer Bestellung": the order is what the invoice bills.
  // "Final invoice EXP/AE/26/060 against Proforma", "Facture … suite à la proforma": the invoice that follows the pro forma.
  const billed = (h: KindHit) =>
    ((h.kind === 'order' || h.kind === 'quote') && hits.some((i) => i.kind === 'invoice' && i.end <= h.index && FOR_THE.test(folded.slice(i.end, h.index)))) ||
    (h.kind === 'proforma' && hits.some((i) => i.kind === 'invoice' && i.end <= h.index && AFTER_THE_PROFORMA.test(folded.slice(i.end, h.index))));
  if (kept.some((h) => h.kind === 'invoice')) for (let i = kept.length - 1; i >= 0; i--) if (billed(kept[i]!)) kept.splice(i, 1);
  for (const kind of ORDER) if (kept.some((h) => h.kind === kind)) return kind;
  return null;
}

/** What joins a second document to a first in a title: « + », « & », « et (la) », "and (the)", « und », « avec ». */
const JOINED_INVOICE = /(?:\+|&|(?<![a-z])(?:et|and|und|y|e|en|avec|with|mit|plus)(?![a-z]))\s*(?:la\s+|l'|the\s+|die\s+|our\s+|notre\s+|votre\s+|your\s+|de\s+)?$/;

/** A statement of deliveries, which an invoice may bill (not a statement of invoices or of an account). */
const DELIVERY_STATEMENT = /^(?:releve (?:de|des) livraisons|releve hebdomadaire|releve mensuel|delivery statement|statement of deliveries|lieferubersicht)$/;

/** A title opening with « abono » and its own reference: « Abono AV-2026-014 - reclamación calidad FA-2026-0863 », « Abono nº 14 ». */
const NUMBERED_ABONO = /^\s*abono\s+(?:n[º°o]\.?\s*)?[a-z]{0,6}[-/]?\d/;
/** A title opening with « mémoire » and its own reference (folded): « Mémoire IA-2026-044 – traduction », « Mémoire n° 12/2026 ». */
const NUMBERED_MEMOIRE = /^\s*memoire\s+(?:n[º°o]\.?\s*)?[a-z]{0,6}[-/]?\d[\w/-]*\d/;

/** A title « Mémoire IA-2026-044 », « Mémoire n° 12/2026 »: a court translator's or expert's bill (its invoice word is « mémoire »). */
export function isNumberedMemoire(title: string): boolean {
  return /^\s*m[ée]moire\s/i.test(title) && NUMBERED_MEMOIRE.test(fold(title));
}

/** What makes a reminder word the thing billed: « frais de relance », "reminder fee" is written after it. */
const REMINDER_FEE_BEFORE = /(?:frais|cout|couts|forfait)\s+de\s+$/;

/** Between an invoice's title and the pro forma it follows: "… against", "… suite à la", "… nach". */
const AFTER_THE_PROFORMA = /(?:against|following|further\s+to|after|suite\s+a|apres|nach|tras|dopo|na)\s+(?:the\s+|our\s+|your\s+|la\s+|le\s+|l'|notre\s+|votre\s+|der\s+|unserer\s+|la\s+nostra\s+|onze\s+)?$/;

/** Order words that name what a mail is about ("Votre commande du 08/05"), not an order's own document. */
const ORDER_TOPIC = /^(?:your[\s-]+order|votre[\s-]+commande|bestellung|ordine)$/;

/**
 * Whether a title's only cues are order words naming the topic ("Votre commande du 08/05/2026", "Facturation de
 * votre commande", "Ihre Bestellung 4471"), never an order's document ("Confirmation de commande", "Purchase order").
 */
export function namesOrderAsTopic(title: string): boolean {
  const folded = fold(title);
  const hits = findKindCues(title);
  return hits.length > 0 && hits.every((h) => h.kind === 'order' && ORDER_TOPIC.test(folded.slice(h.index, h.end)));
}

/** Whether a title names an order document by its number ("Commande Bon de commande n° BC62122 - facturation"). */
export function namesNumberedOrder(title: string): boolean {
  const folded = fold(title);
  return findKindCues(title).some((h) => h.kind === 'order' && NUMBERED.test(folded.slice(h.end, h.end + 30)));
}

/** Whether a title names an invoice by its number ("… et facture OL-2026-0165"), whatever else it names. */
export function namesNumberedInvoice(title: string): boolean {
  const folded = fold(title);
  return findKindCues(title).some((h) => h.kind === 'invoice' && NUMBERED.test(folded.slice(h.end, h.end + 30)));
}

/** Words between an invoice word and the order or quote it bills: "for your", "de votre", "zu Ihrer", "per il". */
const FOR_THE = /^\s*(?:for|pour|de|du|zu|zur|fur|por|para|per|del|della|voor|of)\s+(?:(?:your|our|the|votre|notre|la|le|ihre[rm]?|unsere[rm]?|der|die|su|vuestro|nuestro|el|il|vostro|uw|onze|de)\s+)?(?:\S+\s+)?$/;

/** A reference right after a cue word: "F-12", "n° 2027/06", "#4471", "Nr. 88", "Nr. SCR-CH-034/26" (a digit after at most three letter groups). */
const NUMBERED = /^\s*(?:n[°º]|no\.?|nr\.?|num\.?|#|:)?\s*[a-z]{0,6}(?:[-/_.][a-z]{1,6}){0,2}[-/_.]?\s?\d/;

/** "gemäss", "selon", "as per", "según", « comme prévu dans l'échéancier signé au » before a quote word: the quote is referred to, not sent. */
const AS_PER = /(?:gemass|laut|entsprechend|selon|suivant|conformement\s+au?|(?:signee?s?|prevue?s?|stipulee?s?|indiquee?s?|mentionnee?s?)\s+(?:au|dans\s+le|sur\s+le)|d'apres|as\s+per|according\s+to|per|segun|secondo|volgens|conforme)\s+(?:(?:votre|notre|le|la|l'|our|your|the|unserem|ihrem|dem|unser|ihr|su|nuestro|il|vostro|uw|onze)\s*)?$/;

const NO_INVOICE = alternationRegExp(
  NO_INVOICE_PHRASES.map((c) => fold(c).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+')),
  '(?<![a-z0-9])',
  '(?![a-z0-9])',
  '',
);

/** Whether the opening of a text says the document is no invoice ("Commission statement … This is not an invoice"). */
export function saysItIsNoInvoice(text: string): boolean {
  return NO_INVOICE.test(fold(text.slice(0, 1500)));
}

/** The first document kind the opening of a text announces, ignoring mere reminders and orders. */
export function kindOfOpening(text: string, opts: { statements?: boolean } = {}): DocumentKind | null {
  const opening = text.slice(0, 600);
  const folded = fold(opening);
  // "berechnen wir gemäss Angebot 4.350,00 €, siehe Rechnung IR26-0452": the quote is what the invoice bills.
  const billedQuote = (h: KindHit) => h.kind === 'quote' && AS_PER.test(folded.slice(Math.max(0, h.index - 30), h.index));
  // (a statement's word counts only where the caller asks: a letter mentions « le relevé » in passing, a document opens with its title)
  const hit = findKindCues(opening).find((h) => h.kind !== 'reminder' && h.kind !== 'order' && (h.kind !== 'statement' || opts.statements) && !billedQuote(h));
  return hit?.kind ?? null;
}

/**
 * The books' lists of invoices, sent to the accountant: "Journal des ventes – octobre 2026", "je vous transmets
 * l'export des factures clients", "aged debtors report", "Récapitulatif ventes octobre 2026", « Pour la clôture du mois : factures émises en
 * novembre AC-2026-101 (1 236,00 €), … », « Comme chaque mois, les factures de vente de novembre : F2026-0419, … ». They list
 * invoices; they are none.
 */
const BOOKS_REPORT =
  /(?<![a-z])(?:journal\s+des\s+ventes|export\s+(?:\S+\s+)?des\s+factures|(?:recapitulatif|etat|export)\s+(?:des\s+)?ventes|factures\s+de\s+ventes?\s+(?:du\s+mois\s+|d'\S+\s+|de\s+\S+\s+)?pour\s+la\s+saisie|sales\s+summary|(?:etat|liste|listing|recapitulatif)\s+des\s+factures\s+(?:clients|emises|de\s+vente)|factures\s+(?:clients\s+)?emises\s+(?:en|au\s+mois\s+d[e']|ce\s+mois|du\s+mois|sur\s+le\s+mois)|factures\s+de\s+ventes?\s+(?:du\s+mois|de\s+(?:janvier|fevrier|mars|mai|juin|juillet|septembre|novembre|decembre)|d'(?:avril|aout|octobre))|(?:pour\s+la\s+)?cloture\s+(?:du\s+mois|mensuelle|de\s+fin\s+de\s+mois)|sales\s+(?:journal|ledger|day\s*book|register)|aged\s+(?:debtors|receivables)|balance\s+agee|verkaufsjournal|ausgangsrechnungsjournal|rechnungsausgangsbuch|libro\s+(?:de\s+)?(?:ventas|facturas\s+emitidas)|registro\s+(?:delle\s+)?(?:vendite|fatture\s+emesse)|verkoopdagboek|verkoopboek)(?![a-z])/;

/** Whether a text opens as a list of the company's invoices from its books (a sales journal, an export). */
export function isBooksReport(text: string): boolean {
  return BOOKS_REPORT.test(fold(text.slice(0, 600)));
}
