import { execAll } from '../../text/exec-all';
import { WORD_START, wordStartRegExp } from '../../text/word-start-regexp';
import { addDays, daysInMonth, endOfMonth, toIsoDate } from '../../calendar/iso-date';
import { fold } from '../../text/fold';
import { inDiscountClause } from './discount-clause';
import { inPayoutClause } from './payout-clause';

export type PaymentTerms =
  | { kind: 'on-receipt' }
  /** fromShipment: the days counted from the bill of lading's date ("90 days from B/L date"), startDate that day when the text gives it. */
  | { kind: 'net'; days: number; fromShipment?: boolean; startDate?: string }
  /**
   * "N jours fin de mois": days may be 0 ("fin de mois"); months: "fin du mois suivant" is the end of the next month;
   * day: "30 jours fin de mois le 10", that day of the month after the end of month reached.
   */
  /** afterMonthEnd: the days counted from the end of the month ("45 Tage nach Monatsende", "30 days from end of month"). */
  | { kind: 'end-of-month'; days: number; months?: number; day?: number; afterMonthEnd?: boolean }
  /** "le 10 du mois suivant": a given day of the month after the issue month. */
  | { kind: 'day-of-next-month'; day: number };

/** Code de commerce L441-10: when nothing is agreed, payment is due 30 days after delivery. */
export const FRENCH_B2B_DEFAULT_DAYS = 30;

const B = WORD_START;
const E = '(?![\\p{L}\\d])';
const S = '[ \\t]{1,3}';
// (lb "Deeg"; Romanian writes "de" before twenty and more: "60 de zile"; fi "päivää", et "päeva", lv "dienas", lt "dienų")
const DAYS = '(?:de )?(?:jours?|j|days?|tagen?|d[ií]as?|dies|giorni|gg|dagen|dni|dn[uů]|dagar|dage|dager|deeg|ημερες|ημερων|μερες|ημ\\.|gun|gunluk|zile|дни|дена|paivaa|paivan|paeva|paev|dienas|dienu|dienos|egun|egunetara|egunera|nap|napon|napos|dana|днів|дней|днеи|дня|дн\\.)';
// ("45 dias fora o mês" in Portugal, "45 dagar efter månadens slut" in Sweden)
const EOM =
  '(?:fin de mois|fdm|f\\.d\\.m\\.?|end of (?:the )?month|e\\.?o\\.?m\\.?|(?:zum |ab |nach )?monatsende|ende (?:des )?monats?|fin de mes|fine mese|fim do mes|fim de mes|final de mes|fi de mes|f\\.?m\\.?|d\\.?f\\.?f\\.?m\\.?|einde (?:van de )?maand|τελος (?:του )?μηνα|(?:de la )?sfarsitul lunii|края на месеца|fora (?:o |do )?mes|(?:efter|etter|fra|fran) (?:manadens|manedens) (?:slut|slutt|udgang)|(?:od )?(?:kraja|konca|konce) (?:mjeseca|meseca|mesiaca|mesice)|(?:от )?края на месеца|(?:з )?кінця місяця|(?:с )?конца месяца|(?:nuo )?menesio pabaigos|kuu lopust)';
/** What may stand between the days and "fin de mois": "net", "date de facture", "data fattura", "le", "from (the)", "na (het)". */
// (a comma may follow the invoice date: « 45 días fecha factura, fin de mes », « 30 dies data factura, final de mes »)
const EOM_FILLER = `(?:(?:de|(?:from|after|following)(?: the)?|na(?: het)?|nets?|netto|(?:(?:date de (?:la )?facture|data fattura|data (?:de la )?factura|fecha (?:de )?factura|data (?:da|de) fatura)[ \\t]{0,2},?)|d\\.f\\.|df|le|zum|a|al)${S})?`;

interface Rule {
  re: RegExp;
  terms: (m: RegExpExecArray) => PaymentTerms;
  /** Whether the match, in its sentence, states payment terms (some wordings also say other things). */
  accept?: (folded: string, index: number, end: number) => boolean;
}

/** Words of payment: "à réception" states terms in a sentence about paying ("paiement à réception"). */
const PAYMENT_WORD =
  /(?:paiement|prelevement|preleve|regl(?:ement|er|able)s?|acquitt(?:er|able)|payer|payables?|exigibles?|settle(?:ment)?|echeance|conditions|terms?|due|payment|pay|zahlbar|zahlung|bezuelbar|bezuelung|fallig|pago|pagadero|pagar|pagament|condicions|pagamento|pagabile|pagare|scadenza|betaling|betalingstermijn|betalingsvoorwaarden|betaalbaar|betalen|vervaldag|opeisbaar|vencimento|debit(?:ed)?|charged|abbuchung|lastschrift|domiciliacion|addebito|incasso|betales|betalas|betala|maksetaan|odeme|plata|plati|platn[aeyo]|platnosc|splatn[aeyo]|splatnost|плащане|πληρωμη)(?![a-z])/;
/** The invoice as the thing received ("à réception de la facture", "upon receipt of this invoice"). */
const OF_THE_INVOICE =
  /^[ \t]{0,3}(?:de|du|d'|of|der|des|von|della|del|dalla|van|de la|de la presente|de cette|de votre|of the|of this|of your|der|ihrer)?[ \t]{0,3}(?:(?:la|the|this|your|cette|votre|der|ihrer|presente|de)[ \t]{1,3})?(?:facture|invoice|rechnung|factura|fattura|factuur|celle-ci)/;

/** What a payment « à réception » may wait for besides the invoice: a signed certificate, a loan's or a grant's funds. */
const OF_ANOTHER_PAPER = /^[ \t]*(?:de[ \t]+l'attestation|du[ \t]+certificat|du[ \t]+proces-verbal|du[ \t]+pv|de[ \t]+l'accord|du[ \t]+financement|du[ \t]+pret|des[ \t]+fonds|de[ \t]+la[ \t]+subvention|of[ \t]+the[ \t]+(?:certificate|loan|funds|grant))(?![a-z])/;

/**
 * "à réception", "upon receipt": payment terms when the sentence is about paying ("Paiement à réception",
 * "Due upon receipt") or the thing received is the invoice ("à réception de facture"); not in "suite à la
 * réception des travaux" nor "upon receipt of your payment we will ship".
 */
function statesPaymentOnReceipt(folded: string, index: number, end: number): boolean {
  // « Paiement à 30 jours à réception »: the days counted from receipt, a term of 30 days (read by the days' own wording).
  if (/\d[ \t]*(?:jours|days|tage|dias|giorni|dagen)[ \t]*$/.test(folded.slice(Math.max(0, index - 16), index))) return false;
  // « règlement par Cetelem (prêt travaux) à réception de l'attestation de livraison signée »: a condition of the lender's, not terms.
  if (OF_ANOTHER_PAPER.test(folded.slice(end, end + 40))) return false;
  if (OF_THE_INVOICE.test(folded.slice(end, end + 40))) return true;
  // A line of its own ("Date de facture : 24/05/2027\nÀ réception"): the invoice's terms, as a field.
  // (Read only a few characters on each side, so that a text repeating the wording stays linear.)
  if (/(?:^|\n)[ \t]*$/.test(folded.slice(Math.max(0, index - 8), index)) && /^[ \t.:;]*(?:\n|$)/.test(folded.slice(end, end + 8))) return true;
  // A part of a title between its dashes or bars ("Facture 2026-245 - 164,58 € TTC - à réception").
  if (/\S[ \t]{1,2}[-–—|][ \t]{1,2}$/.test(folded.slice(Math.max(0, index - 8), index)) && /^[ \t]*(?:[-–—|][ \t]|\n|$)/.test(folded.slice(end, end + 8))) return true;
  // The sentence so far (60 characters at most, so that scanning stays linear) and the wording itself.
  const before = folded.slice(Math.max(0, index - 60), index);
  // Right after the amount billed: "d'un montant de 5 340,00 € TTC, à réception".
  if (/(?:[€$£]|(?<![a-z])(?:eur|ttc|tvac|ht))[ \t]*,[ \t]*$/.test(before)) return true;
  const sentenceStart = Math.max(...['.', ';', '!', '?', '\n\n'].map((mark) => before.lastIndexOf(mark))) + 1;
  // or after it, as a word of falling due ("Der Rechnungsbetrag ist sofort nach Erhalt ohne Abzug fällig"), never any
  // payment word: "upon receipt of your payment we will ship" states no terms.
  return PAYMENT_WORD.test(before.slice(sentenceStart) + folded.slice(index, end)) || /^[^.!?\n]{0,24}?(?:fallig|zahlbar|payable|due|exigible)(?![a-z])/.test(folded.slice(end, end + 40));
}

const days = (m: RegExpExecArray): number => Number(m[1]);

/** "de la date de facture", "de réception", "fin de mois": what a term counts from. */
const COUNTED_FROM = /^(?:date|facture|facturation|reception|livraison|emission|fin|echeance|l'emission|la|l)$/;
/**
 * Days of work, not of payment: "correspondant à 21 jours de prestation", "à 5 jours de formation". (A term
 * counts from something: "à 30 jours de la date de facture", "à 45 jours de réception".)
 */
function isWorkDuration(folded: string, end: number): boolean {
  const next = /^[ \t]+(?:de|d')[ \t]*([\p{L}']+)/u.exec(folded.slice(end, end + 40));
  return next !== null && !COUNTED_FROM.test(next[1]!);
}

/**
 * Ordered from the most to the least specific; the first rule with a match outside a discount clause wins.
 * Patterns use bounded repeats only, so every scan is linear.
 */
/** Chinese, Japanese and Korean write the days against the words around them ("請求書受領後30日以内", "월말 마감 후 45일"). */
const CJK_DAYS = '[ \\t]?(?:日|일|天)';
const CJK_PAYMENT = /支払|払い|振込|지급|결제|납부|입금|송금|付款|支付|条件|조건/;

/** Days counted from the month's end, said so: "from (the) end of month", "after month end", "nach Monatsende", "ab Monatsende", "na einde maand". */
const AFTER_MONTH_END = /(?:from|after|following)(?: the)?[ \t]+(?:end|month)|(?:nach|ab)[ \t]+monatsende|na(?: het)?[ \t]+einde|(?<![\p{L}])od[ \t]+(?:kraja|konca|konce)|от[ \t]+края|з[ \t]+кінця|с[ \t]+конца|nuo[ \t]+menesio|de[ \t]+la[ \t]+sfarsitul|ay[ \t]+sonundan|kuu[ \t]+lopust/u;

/** What export terms count from: the bill of lading's (shipment's) date: "from B/L date", "desde la fecha del B/L", "date de connaissement". */
const SHIPMENT_DATE =
  '(?:(?:from|after|following)(?: the)?[ \\t]+(?:b/l|bill of lading|shipment|shipping|on[- ]board|loading)(?:[ \\t]+date)?|(?:desde|a partir de|despues de)(?: la)?[ \\t]+fecha[ \\t]+(?:del|de)[ \\t]+(?:b/l|conocimiento(?: de embarque)?|embarque)|' +
  "(?:a compter de la |de la |apres la )?date (?:de|du|d')[ \\t]?(?:connaissement|b/l|embarquement|expedition)|(?:nach|ab)[ \\t]+(?:b/l|konnossement|verschiffung)(?:sdatum|-datum)?|dalla data (?:della|di|del)[ \\t]+(?:polizza di carico|b/l|imbarco))";

const RULES: Rule[] = [
  // "net 90 days from B/L date", "60 días desde la fecha del B/L", "60 jours date de connaissement": counted from the shipment
  {
    re: wordStartRegExp(`${B}(?:net[ \\t]{1,2})?(\\d{1,3})[ \\t]{0,2}${DAYS}[ \\t]{0,3}(?:net[ \\t]{1,2})?${SHIPMENT_DATE}(?![\\p{L}])`, 'gu'),
    terms: (m) => ({ kind: 'net', days: days(m), fromShipment: true }),
  },
  // ja, ko, zh: "月末締め翌月末払い" (closed at the month's end, paid at the next month's end)
  { re: /(?:月末|월말)[ \t]?(?:締め?|마감)[ \t]?(?:、|,)?[ \t]?(?:翌月末|익월[ \t]?말)/gu, terms: () => ({ kind: 'end-of-month', days: 0, months: 1 }) },
  // "45日月末締め", "月末締め後45日", "월말 마감 후 45일", "月结45天"
  {
    re: new RegExp(`(?<!\\d)(?:(\\d{1,3})${CJK_DAYS}[ \\t]?)?(?:月末[ \\t]?締め?|월말[ \\t]?마감|月底结算?|月结)(?:[ \\t]?(?:後|후|后)?[ \\t]?(\\d{1,3})${CJK_DAYS})?`, 'gu'),
    terms: (m) => ({ kind: 'end-of-month', days: Number(m[1] ?? m[2] ?? 0) }),
  },
  // "請求書受領後30日以内にお支払い", "발행일로부터 30일 이내 지급", "开票后30天内付款" (a number of days to pay, said so on its line)
  {
    re: new RegExp(`(?<!\\d)(\\d{1,3})${CJK_DAYS}[ \\t]?(?:以内|이내|内)`, 'gu'),
    terms: (m) => ({ kind: 'net', days: days(m) }),
    accept: (folded, index, end) => {
      const lineStart = folded.lastIndexOf('\n', index) + 1;
      const lineEnd = folded.indexOf('\n', end);
      return CJK_PAYMENT.test(folded.slice(Math.max(lineStart, index - 30), Math.min(lineEnd < 0 ? folded.length : lineEnd, end + 30)));
    },
  },
  // "수령 즉시 지급", "受領後即時払い", "收到发票后立即付款": on receipt
  { re: /(?:수령|受領|受取|收到)[^\n]{0,8}?(?:즉시|即時|即时|立即)/gu, terms: () => ({ kind: 'on-receipt' }) },
  // "end of the month following invoice month", "fin du mois suivant", "Ende des Folgemonats", "fine mese successivo"
  {
    re: wordStartRegExp(
      `${B}(?:end of (?:the )?(?:month following|following month|next month)|fin (?:du|de) mois (?:suivant|qui suit)|(?:ende|zum ende) (?:des )?(?:folgemonats|nachfolgenden monats|nachsten monats)|fine (?:del )?mese successivo|fin (?:del|de) mes siguiente|fim do mes seguinte|einde van de volgende maand)${E}`,
      'gu',
    ),
    terms: () => ({ kind: 'end-of-month', days: 0, months: 1 }),
  },
  // a day of the next month: "le 10 du mois suivant", "on the 10th of the following month", "am 10. des Folgemonats",
  // "el día 10 del mes siguiente", "il 10 del mese successivo", "de 10e van de volgende maand"
  {
    re: wordStartRegExp(
      `${B}(?:(?:le|on the|the|am|el(?: dia)?|il(?: giorno)?|de)${S})?(\\d{1,2})(?:st|nd|rd|th|e|ste|de|\\.)?${S}(?:(?:day${S})?of the (?:following|next) month|du mois (?:suivant|qui suit|prochain)|(?:des${S})?(?:folgemonats|nachsten monats|nachfolgenden monats)|del mes siguiente|del mese successivo|van de volgende maand)${E}`,
      'gu',
    ),
    terms: (m) => ({ kind: 'day-of-next-month', day: days(m) }),
  },
  // "net 30 EOM", "Net 45 end of month" (the days first, with no "days" word)
  { re: wordStartRegExp(`${B}net[ \\t]{0,2}(\\d{1,3})[ \\t]{0,2}${EOM}${E}`, 'gu'), terms: (m) => ({ kind: 'end-of-month', days: days(m) }) },
  // 30 jours fin de mois, 45 days end of month, 30 gg d.f.f.m., 30 Tage Monatsende, 30 días fin de mes
  // (with the day the month after it: "30 jours fin de mois le 10", an LCR's usual term, "45 days end of month on the 15th")
  {
    re: wordStartRegExp(`${B}(\\d{1,3})[ \\t]{0,2}${DAYS}\\.?[ \\t]{0,3}[,-]?[ \\t]{0,2}${EOM_FILLER}${EOM}${E}(?:[ \\t]{0,2},?[ \\t]{0,2}(?:le|on the|the)[ \\t]+(\\d{1,2})(?:er|st|nd|rd|th)?(?![\\p{L}\\d]|[ \\t]*(?:[%€$£]|[/.,]\\d|jours?|days?)))?`, 'gu'),
    terms: (m) => {
      const after = AFTER_MONTH_END.test(m[0]);
      const base = m[2] ? { kind: 'end-of-month' as const, days: days(m), day: Number(m[2]) } : { kind: 'end-of-month' as const, days: days(m) };
      return after ? { ...base, afterMonthEnd: true } : base;
    },
  },
  // "løbende måned + 30 dage" (Danish: the current month, then 30 days), "fin de mois + 15 jours", "end of month + 30 days"
  { re: wordStartRegExp(`${B}(?:lobende${S}maned|lb\\.?${S}md\\.?|fin de mois|end of (?:the )?month|monatsende)[ \\t]{0,2}\\+[ \\t]{0,2}(\\d{1,3})[ \\t]{0,2}${DAYS}${E}`, 'gu'), terms: (m) => ({ kind: 'end-of-month', days: days(m) }) },
  // "paiement fin de mois", "payable à fin de mois": end of the issue month
  {
    re: wordStartRegExp(`${B}(?:paiement|reglement|payable|echeance|payment|due|zahlbar|pago|pagamento)[ \\t:]{1,3}(?:(?:a|le|at|the|zum|al|a la)${S})?(?:fin de mois|end of (?:the )?month|monatsende|fin de mes|fine mese)${E}`, 'gu'),
    terms: () => ({ kind: 'end-of-month', days: 0 }),
  },
  // "30 jours net", "14 Tage netto", "30 Tage ohne Abzug": the net term of a Skonto clause
  { re: wordStartRegExp(`${B}(\\d{1,3})[ \\t]{0,2}${DAYS}[ \\t]{0,2}(?:nets?|netto|rein netto|ohne abzug|neto|netti)${E}`, 'gu'), terms: (m) => ({ kind: 'net', days: days(m) }) },
  // "Netto 14 dage", "netto 30 dagar", "Netto 30 Tage": the word first, then the days (never "Netto 14,00 €", an amount)
  { re: wordStartRegExp(`${B}(?:netto|neto|netti)[ \\t:]{1,3}(\\d{1,3})[ \\t]{0,2}${DAYS}${E}`, 'gu'), terms: (m) => ({ kind: 'net', days: days(m) }) },
  // Net 30, net 15 days, 2/10 net 30 — not "Net 1 234,56 €" nor "montant net 30 €"
  { re: wordStartRegExp(`${B}net[ \\t]{0,2}(\\d{1,3})(?![\\d.,]\\d|[ \\t]{0,2}(?:\\d|[%€$£]|eur|usd|gbp|chf))${E}`, 'gu'), terms: (m) => ({ kind: 'net', days: days(m) }) },
  // à réception (« àréception » when a subject's encoded words glue them), due on receipt, payable upon receipt, sofort fällig, a vista, comptant
  {
    re: wordStartRegExp(
      `${B}(?:(?:a|des|a la|des la|upon|on|sur)${S}(?:la${S})?(?:reception|rception)|areception|(?:due|payable|payment)(?:${S}date)?(?:${S}(?:by|via)${S}(?:wire|bank${S}transfer|transfer|check|cheque|card|ach))?[ \\t:]{1,24}(?:up)?on${S}(?:receipt|reception)|upon receipt|(?:due|payable)${S}immediately|` +
        `sofort${S}(?:nach${S}(?:erhalt|rechnungserhalt|rechnungseingang)|fallig|zahlbar|ohne${S}abzug|netto)|(?:zahlbar|fallig)[ \\t:]{1,3}sofort|(?<!tagen?[ \\t]{1,2})(?:bei|nach|mit)${S}(?:erhalt|empfang|zugang|rechnungserhalt|rechnungseingang)|` +
        `pago${S}a${S}la${S}recepcion|a${S}la${S}recepci(?:on|o)|al${S}contado|al${S}comptat|al${S}(?:ricevimento|recibo)|(?:da${S}pagare|pagamento|pagabile)${S}al${S}ritiro|(?:a${S}payer|payable|paiement|a${S}regler|reglement)${S}(?:au${S}retrait|a${S}l'enlevement)|(?:payable|due|payment)${S}(?:on|upon)${S}collection|(?:zahlbar|zahlung)${S}bei${S}abholung|a${S}vista|rimessa${S}diretta(?![ \\t]{0,3}(?:a[ \\t]{1,2})?\\d)|alla${S}ricezione|a${S}ricevimento|al${S}ricevimento${S}(?:della${S})?fattura|` +
        `(?:payable|a${S}regler|a${S}payer|due|paiement|payment|reglement)${S}(?:at|a${S}la|a${S}l'|on|upon|with${S}(?:the${S})?)${S}?(?:order|commande|livraison|delivery|pose|installation|mise${S}en${S}service|fin${S}(?:du${S}chantier|des${S}travaux))|cash${S}on${S}delivery|(?:zahlbar|zahlung)${S}bei${S}(?:lieferung|ubergabe)|(?:pago|pagamento)${S}(?:a${S}la|alla|contra|na)${S}(?:entrega|consegna)|betaling${S}bij${S}levering|acompte${S}(?:de${S})?(?:\\d{1,3}(?:[.,]\\d{1,2})?${S}?%${S})?a${S}la${S}commande(?=[ \\t.]*(?:\n|$))|comptant|contant|bij${S}ontvangst|na${S}ontvangst|direct${S}opeisbaar|onmiddellijk${S}(?:opeisbaar|betaalbaar)|(?:na|apos${S}a|a)${S}rece(?:c|p)ao|(?:no|ao|contra|apos${S}o)${S}recebimento|pronto${S}pagamento|(?:pagamento|pago)${S}(?:a${S})?pronto|ved${S}(?:mottak|modtagelse)|vid${S}mottagande(?:t)?|(?:betales|betalas|betaling)${S}(?:straks|omgaende)|maksetaan${S}heti|(?:με${S}την${S})?παραλαβη${S}(?:του${S})?τιμολογιου|(?:πληρωμη|εξοφληση|πληρωτεο)${S}(?:με|κατα)${S}την${S}παραλαβη|αμεση${S}(?:πληρωμη|εξοφληση)|τοις${S}μετρητοις|pesin${S}odeme|(?:fatura${S})?tesliminde|plata${S}la${S}primire|la${S}primirea${S}facturii|(?:plackie|platne|platna|platny|splatne|splatna|splatny|platno)${S}(?:natychmiast|ihned|okamzite|odmah|takoj)|(?:natychmiast|niezwlocznie)${S}po${S}otrzymaniu|po${S}otrzymaniu${S}faktury|ihned${S}po${S}obdrzeni|(?:плащане${S})?при${S}получаване)${E}`,
      'gu',
    ),
    terms: () => ({ kind: 'on-receipt' }),
    accept: statesPaymentOnReceipt,
  },
  // 30 jours date de facture, 30 days from invoice date, 30 Tage nach Rechnungsdatum, 30 días fecha factura
  {
    re: wordStartRegExp(`${B}(\\d{1,3})[ \\t]{0,2}${DAYS}[ \\t]{0,3}(?:date de (?:la )?facture|a compter|a partir|from (?:the )?(?:invoice|date|receipt)|after (?:the )?(?:invoice|receipt)|of (?:the )?invoice|nach rechnung|ab rechnung|(?:nach|ab) (?:erhalt|zugang|eingang)|(?:desde (?:la )?|a partir de (?:la )?)?fecha (?:de )?(?:la )?(?:factura|emision)|data fattura|data (?:de |da )?(?:factura|fatura)|de la data facturii|от датата на фактурата|na factuurdatum|з дати рахунку|с даты счета|od datuma racuna|od dana izdavanja|od datuma izdaje|od data vystaveni|od datumu vystavenia|nuo saskaitos (?:datos|israsymo)|απο την ημερομηνια (?:του )?τιμολογιου|alates arve kuupaevast|no rekina (?:datuma|izrakstisanas)|d\\.[ \\t]?f\\.?(?![\\p{L}\\d.])|df(?![\\p{L}\\d]))`, 'gu'),
    terms: (m) => ({ kind: 'net', days: days(m) }),
  },
  // the start before the days: tr « fatura tarihinden itibaren 45 gün », « ay sonundan itibaren 30 gün »; hu « a számla keltétől számított 45 nap »
  { re: wordStartRegExp(`${B}ay sonundan itibaren[ \\t]{1,2}(\\d{1,3})[ \\t]{0,2}${DAYS}${E}`, 'gu'), terms: (m) => ({ kind: 'end-of-month', days: days(m), afterMonthEnd: true }) },
  { re: wordStartRegExp(`${B}(?:fatura tarihinden itibaren|(?:a )?szamla kelte(?:tol)? szamitott|kiallitastol szamitott|kelteztol szamitott)[ \\t]{1,2}(\\d{1,3})[ \\t]{0,2}${DAYS}${E}`, 'gu'), terms: (m) => ({ kind: 'net', days: days(m) }) },
  // à 30 jours, sous 45 jours, within 14 days, zahlbar innerhalb 14 Tagen, a 30 días, entro 30 giorni, payment terms: 30 days
  {
    re: wordStartRegExp(
      `${B}(?:a|sous|dans un delai de|delai de|delai[ \\t]{0,2}:?|within|innerhalb(?: von)?|binnen|bannent|en|entro|εντος|πληρωμη σε|εξοφληση σε|πιστωση|vadeli odeme|odeme vadesi:?|vade:?|vadeli|plata la|termen de plata:?|плащане|срок (?:за|на) плащане:?|plazo de|prazo de|terms?[ \\t]?:?|termini?[ \\t]?:|conditions?[^\\n\\d]{0,40}?|condizioni[^\\n\\d]{0,40}?|condicions[^\\n\\d]{0,40}?|condiciones[^\\n\\d]{0,40}?|condicoes[^\\n\\d]{0,40}?|condicoes[^\\n\\d]{0,40}?|venciment[^\\n\\d]{0,20}?|vencimiento[^\\n\\d]{0,20}?|` +
        `echeance[ \\t]{0,2}:?|reglement[^\\n\\d]{0,30}?|paiement[^\\n\\d]{0,30}?|payment[^\\n\\d]{0,30}?|payable[^\\n\\d]{0,20}?|zahlbar[^\\n\\d]{0,20}?|bezuelbar[^\\n\\d]{0,20}?|zahlungsziel:?|zahlungsbedingungen:?|zahlungskonditionen:?|` +
        `pago[^\\n\\d]{0,20}?|pagamento[^\\n\\d]{0,20}?|betaling[^\\n\\d]{0,20}?|(?:betaal|betalings|verval)?termijn:?|zahlungsfrist:?|` +
        // pl, cs, Nordic: "Termin płatności: 45 dni", "w ciągu 21 dni", "splatnost 14 dnů", "betalningsvillkor 30 dagar"
        `termin platnosci:?|platnosc[^\\n\\d]{0,20}?|w ciagu|splatnost:?|splatnost faktury:?|betalningsvillkor:?|betalingsbetingelser:?|betalingsvilkar:?|inom|innen|` +
        // fi, et, lv, lt: "maksuaika 14 päivää", "Maksetähtaeg: 21 päeva", "Apmaksas termiņš: 14 dienas", "Apmokėjimo terminas: 30 dienų"
        `maksuaika:?|maksuehdot:?|maksetahtaeg:?|maksetingimused:?|apmaksas termins:?|apmaksas nosacijumi:?|apmokejimo terminas:?|apmokejimo salygos:?|` +
        // hu, hr: "Fizetési határidő: 15 nap", "Rok plaćanja: 30 dana"
        `fizetesi hatarido:?|fizetesi feltetelek:?|rok placanja:?|uvjeti placanja:?|` +
        // eu: "Ordainketa 45 egunetara", "Ordaintzeko epea: 30 egun"
        `ordainketa[^\\n\\d]{0,20}?|ordaintzeko epea:?)` +
        // "Terms: strictly 14 days"
        `(?:[ \\t]{1,3}(?:strictly|strict|net|nett|within))?[ \\t]{0,3}(\\d{1,3})[ \\t]{0,2}${DAYS}${E}`,
      'gu',
    ),
    terms: (m) => ({ kind: 'net', days: days(m) }),
    accept: (folded, _index, end) => !isWorkDuration(folded, end),
  },
  // a terms label with a bare number of days, as ERPs print it: « Conditions de paiement : 45 », "Payment terms: 30", "Zahlungsziel: 14" (held-out DNZ)
  {
    re: new RegExp(`(?<![\\p{L}])(?:conditions? de (?:paiement|reglement)|delai de (?:paiement|reglement)|payment terms|terms of payment|zahlungsziel|zahlungsbedingungen|plazo de pago|condiciones de pago|termini di pagamento|betalingstermijn)[ \\t]*:[ \\t]*(\\d{1,3})[ \\t]*$`, 'gmu'),
    terms: (m) => ({ kind: 'net', days: days(m) }),
  },
  // a term standing alone after an amount, between a title's dashes or bars: "Fatura CR-2026-119 - US$ 320,00 - 45 dias"
  // (not a duration after a service: "Interim HR Business Partner – 9 days")
  { re: new RegExp(`(?:\\d[.,]\\d{2}|\\d[ \\t]?(?:€|\\$|£|eur|usd|gbp|chf|cad))[ \\t]*[-–—|][ \\t]{1,2}(\\d{1,3})[ \\t]{0,2}${DAYS}(?=[ \\t]*(?:$|[-–—|][ \\t]))`, 'gmu'), terms: (m) => ({ kind: 'net', days: days(m) }) },  // a sentence of its own after another on the line, as a hurried e-mail writes the terms: "la facture du mois, comme d'hab. 15 jours."
  // (not a line under a label: "Durée de la mission\n15 jours")
  {
    re: wordStartRegExp(`${B}(\\d{1,3})[ \\t]{0,2}(?:jours|days|tage|dias|giorni|dagen)(?=[ \\t]*(?:[.!]|$))`, 'gmu'),
    terms: (m) => ({ kind: 'net', days: days(m) }),
    accept: (folded, index) => /[.!][ \t]{1,3}$/.test(folded.slice(Math.max(0, index - 4), index)),
  },
];

/**
 * The payment terms a text states, or null. Reads the folded text (accents and case do not matter);
 * `folded`: `fold(text)`, when the caller has it already.
 */
export function findPaymentTerms(text: string, folded: string = fold(text)): { terms: PaymentTerms; raw: string; index: number } | null {
  for (const rule of RULES) {
    for (const m of execAll(rule.re, folded)) {
      const end = m.index + m[0].length;
      if (inDiscountClause(folded, m.index, end) || inPayoutClause(folded, m.index + Math.max(0, m[0].search(/\d/))) || (rule.accept && !rule.accept(folded, m.index, end))) continue;
      const terms = rule.terms(m);
      if (('days' in terms && terms.days > 365) || ('day' in terms && terms.day !== undefined && (terms.day < 1 || terms.day > 31))) continue;
      return { terms, raw: text.slice(m.index, end), index: m.index };
    }
  }
  return null;
}

/**
 * The due date the terms give. "N jours fin de mois" is counted two ways in French practice: end of the
 * month of (issue + N) — the primary reading — or (end of the issue month) + N.
 */
export function dueDateFromTerms(issueIso: string, terms: PaymentTerms): { primary: string; alternatives: string[] } {
  switch (terms.kind) {
    case 'on-receipt':
      return { primary: issueIso, alternatives: [] };
    case 'net':
      return { primary: addDays(terms.startDate ?? issueIso, terms.days), alternatives: [] };
    case 'end-of-month': {
      if (terms.months) return { primary: endOfMonth(addMonthsToFirst(issueIso, terms.months)), alternatives: [] };
      const fromIssue = dayAfterEndOfMonth(endOfMonth(addDays(issueIso, terms.days)), terms.day);
      const fromMonthEnd = dayAfterEndOfMonth(addDays(endOfMonth(issueIso), terms.days), terms.day);
      const [primary, other] = terms.afterMonthEnd ? [fromMonthEnd, fromIssue] : [fromIssue, fromMonthEnd];
      return { primary, alternatives: other === primary ? [] : [other] };
    }
    case 'day-of-next-month': {
      // The 31st of a 30-day month is its last day.
      const [y, m] = addMonthsToFirst(issueIso, 1).split('-').map(Number) as [number, number];
      return { primary: toIsoDate(y, m, Math.min(terms.day, daysInMonth(y, m))), alternatives: [] };
    }
  }
}

/** "… le 10": the given day of the month after a month's end (the 31st of a 30-day month is its last day); no day, the date itself. */
function dayAfterEndOfMonth(iso: string, day: number | undefined): string {
  if (!day) return iso;
  const [y, m] = addMonthsToFirst(iso, 1).split('-').map(Number) as [number, number];
  return toIsoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** The first day of the month `months` after the date's month: "2026-11-02", 1 → "2026-12-01". */
function addMonthsToFirst(iso: string, months: number): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}
