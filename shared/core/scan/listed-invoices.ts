import { parseDate } from '../extract/locale/date';
import { findMoney } from '../extract/locale/amount';
import { numberKey } from '../extract/fields/number-key';
import { fold } from '../text/fold';
import { execAll } from '../text/exec-all';
import { wordStartRegExp } from '../text/word-start-regexp';

/**
 * Several invoices announced in one e-mail's body: "Vous trouverez ci-joint deux factures : – FA-0120 :
 * refonte, 7 200,00 € TTC – FA-0121 : maintenance, 1 080,00 € TTC", "unsere Rechnungen RE-0618 (4.929,84 €)
 * und RE-0619 (2.900,00 €)". What tells a listing from an invoice that mentions another number (the quote it
 * follows, the invoice it replaces): the invoice word in the plural, and numbers of one series (the same
 * shape: an issuer numbers its invoices one way), each followed by its own amount.
 */

/** The invoice word in the plural, or a count of invoices: the e-mail says it carries more than one. */
// (not a tool's name: "Inviata con Fatture in Cloud")
// (nor a mailbox's name: "kreditoren-rechnungen@metro.de", "invoices@acme.com")
const PLURAL = wordStartRegExp(String.raw`(?<![\p{L}\p{N}\-_.@])(?:factures|invoices|rechnungen|facturas|fatture(?! in cloud)|facturen|faturas)(?![\p{L}\p{N}@_]|[-.][\p{L}\p{N}])`, 'u');

export function announcesSeveralInvoices(text: string): boolean {
  return PLURAL.test(fold(text));
}

/** The invoice word or a number sign right before a reference: "INVOICE # ", "Invoice No. ", "facture n° ", "#". */
const INVOICE_SIGN_BEFORE = wordStartRegExp(String.raw`(?<![\p{L}])(?:facture|invoice|rechnung|factura|fattura|factuur|fatura|faktura|inv|n[°º]|no\.?|nr\.?|#)[ \t.:]*$`, 'iu');

/** A reference: letters, digits and - / _ . inside, at least one digit. */
const REFERENCE = /(?<![\p{L}\p{N}\-/_.@])(?=[\p{L}\-/_.]{0,12}\d)[\p{L}\p{N}][\p{L}\p{N}\-/_.]*[\p{L}\p{N}](?![\p{L}\p{N}@])/gu;

/** What joins a second invoice to a first in a subject: "+ FA26-969", "& INV-13", "et la facture F-2", "and invoice 1043". */
const JOINED = /(?:\+|&|,|(?<![\p{L}\p{N}])(?:et|and|y|und|e|en|ve|ja|och|og|i))[ \t]*(?:(?:la|le|l'|the|die|de|het|a)[ \t]*)?(?:(?:facture|invoice|rechnung|factura|fattura|factuur|fatura|faktura)[ \t]+)?(?:(?:n[°º.o]?|nr\.?|no\.?|#)[ \t]*)?$/iu;

/**
 * A subject that joins a second invoice number to a first of the same series ("Factura FA26-00469 + FA26-969",
 * "copie de votre facture MI-2026-470 envoyée à … + MI-2026-970") announces two invoices, even with the invoice
 * word in the singular.
 */
export function joinsSeveralInvoices(subject: string): boolean {
  const refs = [...execAll(REFERENCE, subject)].filter((m) => isReferenceLike(m[0]));
  return refs.some(
    (second, i) =>
      JOINED.test(subject.slice(Math.max(0, second.index - 30), second.index)) &&
      refs.slice(0, i).some((first) => numberKey(first[0]) !== numberKey(second[0]) && prefixOf(first[0]) === prefixOf(second[0]) && shapeOf(first[0]) === shapeOf(second[0])),
  );
}

/** "FA-2026-0120" → "A-9-9": letters and digit runs each one symbol, separators kept. */
function shapeOf(reference: string): string {
  return reference.replace(/\p{L}+/gu, 'A').replace(/\d+/g, '9');
}

/** Letters before the first digit ("FA-" of "FA-2026-0120"): one series shares them. */
function prefixOf(reference: string): string {
  return reference.slice(0, reference.search(/\d/)).toUpperCase();
}

/** Not an invoice's reference: a date, a bare short number, a year, a number that is part of an amount. */
function isReferenceLike(reference: string): boolean {
  if (reference.length < 3 || reference.length > 32) return false;
  if (/^\d+$/.test(reference) && reference.length < 3) return false;
  if (/^(19|20)\d\d$/.test(reference)) return false;
  // "Crème mains x20 : 170,00 €": a quantity; "Jar 350g wholegrain mustard … = EUR 4,521.60": a weight or a volume
  if (/^[x×]\d{1,5}$/i.test(reference)) return false;
  if (/^\d+(?:[.,]\d+)?(?:mg|g|kg|t|ml|cl|dl|l|m|cm|mm|km|m2|m3|oz|lbs?)$/i.test(reference)) return false;
  // "audience 03/11": a day and month without a year
  const dayMonth = /^(\d{1,2})[./-](\d{1,2})$/.exec(reference);
  if (dayMonth && Number(dayMonth[1]) >= 1 && Number(dayMonth[1]) <= 31 && Number(dayMonth[2]) >= 1 && Number(dayMonth[2]) <= 31 && Math.min(Number(dayMonth[1]), Number(dayMonth[2])) <= 12) return false;
  // "7 200,00", "1.080,00": digits with decimal separators only are amounts.
  if (/^[\d.,]+$/.test(reference) && /[.,]\d{2}$/.test(reference)) return false;
  // "2.000 affiches", "1,500 copies": a quantity grouped in thousands.
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(reference)) return false;
  return parseDate(reference) === null;
}

const INVOICE_WORD = '(?:facture|invoice|rechnung|factura|fattura|factuur|fatura|faktura)';
/** A law's reference, not an invoice's: "art. 41 DL 331/93", "Loi n° 2012-387", "§ 13b UStG", "D.Lgs. 633/72". */
const LAW_BEFORE = wordStartRegExp(String.raw`(?<![\p{L}\p{N}])(?:art\.?|article|artikel|articolo|art[ií]culo|dl|d\.l\.|d\.?\s?lgs\.?|dpr|loi|decreto|decret|d[ée]cret|law|act|§)\s*(?:n[°º.o]?\s*)?$`, 'iu');

/** A purchase order's or a consignment's label, not an invoice's: "Bestellnummer: 3874651", "PO: 4500123", "Bon de commande n° BC-12", "Pedido nº 88", "CMR 590716", "BL n° 2231". */
const ORDER_LABEL_BEFORE = wordStartRegExp(String.raw`(?<![\p{L}\p{N}])(?:bestell(?:nummer|nr\.?|ung)|auftrags?(?:nummer|nr\.?)|po(?:[\s-]?(?:number|no\.?|nr\.?|#))?|purchase\s+order(?:\s+(?:number|no\.?))?|order\s+(?:number|no\.?|ref\.?)|bon\s+de\s+commande(?:\s+n[°º.o]?)?|commande\s+n[°º.o]?|n[°º]\s+de\s+commande|pedido(?:\s+n[°º.o]?\.?)?|ordine(?:\s+n\.?)?|bestelbon(?:nummer)?|(?:inkoop)?ordernummer|cig|cup|cmr|lettre\s+de\s+voiture|lv|awb|b\/l|bl|bon\s+de\s+livraison|delivery\s+note|lieferschein|albar[aá]n?|ddt|pakbon|carta\s+de\s+porte)\s*(?:n[°º.o]?\s*)?[:#]?\s*$`, 'iu');

/** What stands before a reference that opens a line: the line break, a bullet, spaces, the invoice word ("- Facture CC2605876 du …"). */
const LINE_OPENING = new RegExp(`(?:^|\\n)[ \\t]*(?:[-–—•*·][ \\t]*)?(?:${INVOICE_WORD}[ \\t]+(?:n[°º.o]?[ \\t]*)?)?$`, 'i');

/** Lines that each open with an invoice word and a reference ("- Facture CC2605876 du 25/05/2026 – … 13 001,10 EUR TTC"). */
const INVOICE_LINE = new RegExp(`^[ \\t]*(?:[-–—•*·][ \\t]*)?${INVOICE_WORD}[ \\t]+(?:n[°º.o]?[ \\t]*)?([\\p{L}\\p{N}][\\p{L}\\p{N}\\-/_.]*\\d[\\p{L}\\p{N}\\-/_.]*)`, 'gimu');

/** A body whose lines list two invoices or more, one per line, each opening with the invoice word: it carries several. */
export function listsInvoiceLines(body: string): boolean {
  const numbers = new Set<string>();
  for (const m of execAll(INVOICE_LINE, body)) if (isReferenceLike(m[1]!)) numbers.add(numberKey(m[1]!));
  return numbers.size >= 2;
}

/** A line opening with a reference, after a bullet at most ("FA-2026-0327 – localisation release 2026.1 – DKK 48.073,73"). */
const NUMBER_LINE = /^[ \t]*(?:[-–—•*·][ \t]*)?([\p{L}\p{N}][\p{L}\p{N}\-/_.]*\d[\p{L}\p{N}\-/_.]*)[^\n]*$/gmu;

/**
 * A body whose lines open with the subject's invoice number and another of its series, each with an amount on its line
 * ("Invoice FA-2026-0326 – …" over "FA-2026-0326 – DE>FR help centre – 79.368,80 kr." and "FA-2026-0327 – … – DKK
 * 48.073,73"): it carries several. (Item codes listed on a bill are of no series the subject names.)
 */
export function listsSubjectSeries(body: string, subject: string): boolean {
  const subjectRefs = [...execAll(REFERENCE, subject)].map((m) => m[0]).filter(isReferenceLike);
  if (subjectRefs.length === 0) return false;
  const series = new Set(subjectRefs.map((r) => `${prefixOf(r)}|${shapeOf(r)}`));
  const subjectKeys = new Set(subjectRefs.map(numberKey));
  const numbers = new Set<string>();
  for (const m of execAll(NUMBER_LINE, body)) {
    const ref = m[1]!;
    if (!isReferenceLike(ref) || !series.has(`${prefixOf(ref)}|${shapeOf(ref)}`)) continue;
    if (findMoney(m[0].slice(m[0].indexOf(ref) + ref.length)).length === 0) continue;
    numbers.add(numberKey(ref));
  }
  return numbers.size >= 2 && [...numbers].some((n) => subjectKeys.has(n));
}

/** The references of a subject that joins two or more ("Invoices PA-26-0273 + FA2026/0274", "Factures PAV-3205 et 2026-00207"), of any series; else none. */
export function joinedReferences(subject: string): string[] {
  // (not a group of an amount's digits: "– 1,391,038.00 TRY" holds no reference "391")
  const refs = [...execAll(REFERENCE, subject)].filter((m) => isReferenceLike(m[0]) && !/\d[,.'’ \u00a0\u202f]$/u.test(subject.slice(Math.max(0, m.index - 2), m.index)));
  if (!refs.some((second, i) => i > 0 && JOINED.test(subject.slice(Math.max(0, second.index - 30), second.index)))) return [];
  return refs.map((m) => m[0]);
}

/** A series in capitals right before a reference ("FT " of "Fatura FT 2026/334"), not a number sign or a link word. */
const SERIES = /(?<![\p{L}\p{N}])([A-Z]{1,4})[ \t]$/u;
const NOT_SERIES = /^(?:N|NO|NR|NUM|DU|DE|DEL|OF|REF|VOM|DA)$/;

/** The series of the reference at `index` when the invoice word stands before it, else null. */
function seriesBefore(body: string, index: number): string | null {
  const m = SERIES.exec(body.slice(Math.max(0, index - 6), index));
  if (!m || NOT_SERIES.test(m[1]!)) return null;
  const start = index - m[0].length;
  return INVOICE_WORD_BEFORE.test(fold(body.slice(Math.max(0, start - 40), start))) ? m[1]! : null;
}

/** The invoice word, then at most a sign, right before a reference on its line ("Also enclosed invoice ", "la facture n° "). */
const INVOICE_WORD_BEFORE = new RegExp(`${INVOICE_WORD}[ \\t]+(?:n[°º.o]?[ \\t]*|#[ \\t]*)?$`, 'i');

/**
 * The body's sentence that gives one invoice alone, from its number to the end of its line, when the line names it
 * as an invoice and carries an amount after it ("Also enclosed invoice FA2026/0274 (bonded stores, same terms),
 * amount €3,957.01."); else null.
 */
export function invoiceLineOf(body: string, number: string): string | null {
  for (let at = body.indexOf(number); at >= 0; at = body.indexOf(number, at + number.length)) {
    const end = at + number.length;
    if (/[\p{L}\p{N}]/u.test(body[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(body[end] ?? '')) continue;
    const lineStart = body.lastIndexOf('\n', at) + 1;
    if (!INVOICE_WORD_BEFORE.test(fold(body.slice(Math.max(lineStart, at - 40), at)))) continue;
    let lineEnd = body.indexOf('\n', end);
    if (lineEnd < 0) lineEnd = body.length;
    const line = body.slice(at, lineEnd);
    if (findMoney(line.slice(number.length)).length > 0) return line;
  }
  return null;
}

/** The invoice word, singular or plural, then at most a sign, right before a reference ("Voici la facture n° "). */
const INVOICE_WORDS_BEFORE = new RegExp(`${INVOICE_WORD}s?[ \\t]+(?:n[°º.o]?[ \\t]*|#[ \\t]*)?$`, 'i');

/**
 * The passages of a body that give each invoice its subject joins ("Factures CF26/0339 et CF-2026-0340", numbers of
 * two series, which `listedInvoices` does not pair), when the body names each one after the invoice word: from each
 * to the line naming the next, the last to the end of its paragraph. Fewer than two found: none.
 */
export function subjectInvoicePassages(body: string, subject: string, known: ReadonlySet<string>): ListedInvoice[] {
  const starts: { number: string; index: number }[] = [];
  for (const number of joinedReferences(subject)) {
    if (known.has(numberKey(number)) || starts.some((s) => numberKey(s.number) === numberKey(number))) continue;
    for (let at = body.indexOf(number); at >= 0; at = body.indexOf(number, at + number.length)) {
      if (/[\p{L}\p{N}]/u.test(body[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(body[at + number.length] ?? '')) continue;
      if (!INVOICE_WORDS_BEFORE.test(fold(body.slice(Math.max(body.lastIndexOf('\n', at) + 1, at - 40), at)))) continue;
      starts.push({ number, index: at });
      break;
    }
  }
  if (starts.length < 2) return [];
  starts.sort((a, b) => a.index - b.index);
  return starts.map((s, i) => {
    const next = starts[i + 1];
    let end = next ? body.lastIndexOf('\n', next.index) + 1 : body.indexOf('\n\n', s.index);
    if (end <= s.index) end = next ? next.index : body.length;
    return { number: s.number, segment: body.slice(s.index, end) };
  });
}

/** The first of `sorted` (by index) at or after `index`: a binary search. */
function firstAtOrAfter(sorted: readonly { index: number }[], index: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.index < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface ListedInvoice {
  number: string;
  /** The text that speaks of this invoice alone: from its number to the next one's, within its line or its block of lines. */
  segment: string;
}

/** A deposit said paid or deducted before a reference on its line: « Acompte déjà versé (facture », "Less deposit paid (invoice". */
const DEPOSIT_PAID_BEFORE = /(?:acompte|deposit|anzahlung|anticipo|acconto|bestreta|aanbetaling|voorschot)[^\n]{0,30}?(?:vers[ée]e?s?|pay[ée]e?s?|r[ée]gl[ée]e?s?|re[çc]ue?s?|d[ée]duite?s?|paid|received|deducted|bezahlt|geleistet|erhalten|pagad[oa]|versat[oa]|pagat|betaald|ontvangen)(?![a-zà-ÿ])[^\n]{0,30}$/i;

/**
 * The invoices a body lists, each with an amount of its own, when there are two or more of one series
 * (fewer: none). `known` holds the keys of numbers already known (earlier invoices): they are not listed.
 */
export function listedInvoices(body: string, known: ReadonlySet<string>): ListedInvoice[] {
  const money = findMoney(body); // in the order of the text
  // References and amounts are both in text order: one pass over each tells which reference is in an amount.
  let a = 0;
  const found: { number: string; index: number; opensLine: boolean }[] = [];
  const seen = new Map<string, { number: string; index: number; opensLine: boolean }>();
  // The start of the last line a reference opened: the line's other references are its details ("- KR-2026-0222
  // vom 17.07.2026: Dacia Duster OG-OR 706 – 4.372,57 €", a licence plate), not invoices listed beside it.
  let listedLine = -1;
  // The line each reference stands on, found walking forward (references come in text order): linear on one long line.
  let lineStart = 0;
  let nextBreak = body.indexOf('\n');
  for (const m of execAll(REFERENCE, body)) {
    while (nextBreak >= 0 && nextBreak < m.index) {
      lineStart = nextBreak + 1;
      nextBreak = body.indexOf('\n', lineStart);
    }
    while (a < money.length && money[a]!.end <= m.index) a++;
    if (a < money.length && money[a]!.index <= m.index) continue;
    // A series in capitals after the invoice word is part of the number ("- Fatura FT 2026/334, de 13/11/2026").
    const series = seriesBefore(body, m.index);
    const number = series ? `${series} ${m[0]}` : m[0];
    const index = series ? m.index - series.length - 1 : m.index;
    const opensLine = LINE_OPENING.test(body.slice(Math.max(0, index - 24), index));
    if (!isReferenceLike(number) || LAW_BEFORE.test(body.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (ORDER_LABEL_BEFORE.test(body.slice(Math.max(0, m.index - 28), m.index))) {
      // (a line opening on a delivery note's or an order's number, « BL 26-4411  4 x Michelin X Multi D 315/70 R22.5 … 1 596,00 € »:
      // its other figures are the goods', not invoices listed beside it)
      if (LABEL_ALONE_BEFORE.test(body.slice(lineStart, m.index))) listedLine = lineStart;
      continue;
    }
    // (an earlier deposit invoice named on the line that deducts it is no invoice sent: « Acompte déjà versé (facture DCP-2026-030 du 07/09/2026) : − 2 160,00 € »)
    if (DEPOSIT_PAID_BEFORE.test(body.slice(Math.max(lineStart, index - 80), index))) continue;
    // (a bare number within a line is a street's, a town's, a quantity: listed only after the invoice word or a sign)
    if (/^\d+$/.test(number) && !opensLine && !INVOICE_SIGN_BEFORE.test(body.slice(Math.max(lineStart, index - 30), index))) continue;
    if (opensLine) listedLine = lineStart;
    else if (lineStart === listedLine) continue;
    const key = numberKey(number);
    if (known.has(key)) continue;
    const earlier = seen.get(key);
    // Named first in a sentence ("our invoices TL-12 and TL-14 for …"), then each on a line of its own with its
    // amount: the line is where it is listed.
    if (earlier) {
      if (opensLine && !earlier.opensLine) Object.assign(earlier, { number, index, opensLine });
      continue;
    }
    const f = { number, index, opensLine };
    seen.set(key, f);
    found.push(f);
  }
  found.sort((x, y) => x.index - y.index);
  // The largest series of one shape and prefix.
  const series = new Map<string, { number: string; index: number }[]>();
  for (const f of found) {
    const id = `${prefixOf(f.number)}|${shapeOf(f.number)}`;
    const members = series.get(id);
    if (members) members.push(f);
    else series.set(id, [f]);
  }
  let listed: ListedInvoice[] = [];
  for (const members of series.values()) {
    if (members.length < 2) continue;
    const withAmounts: ListedInvoice[] = [];
    // Members are in text order: the end of a line, once found, serves every member before it.
    let lineEnd = -1;
    members.forEach((f, i) => {
      if (lineEnd < f.index) {
        lineEnd = body.indexOf('\n', f.index);
        if (lineEnd < 0) lineEnd = body.length;
      }
      const next = members[i + 1]?.index ?? body.length;
      const first = firstAtOrAfter(money, f.index + f.number.length);
      const hasAmountBefore = (end: number) => first < money.length && money[first]!.index < end;
      // A line of its own ("- FA-0120 : refonte, 7 200,00 € TTC"), else a block of lines up to the next number
      // or a blank line ("Invoice NLD/26/023 – dated 23/12/2026\nAmount due: €107.63\nNet 30").
      let end = Math.min(next, lineEnd);
      // (and the indented lines under it, its own: « 2) TBA-2026-096 – Relecture …, 12 planches x 40,00 € » over
      // «    480,00 € HT + TVA 20 % 96,00 € = 576,00 € TTC »)
      if (end === lineEnd && hasAmountBefore(end)) {
        INDENTED_LINE.lastIndex = end;
        for (let m = INDENTED_LINE.exec(body); m && INDENTED_LINE.lastIndex <= next && !/^\n[ \t]*[-–—•*·]/.test(m[0]); m = INDENTED_LINE.exec(body)) end = INDENTED_LINE.lastIndex;
      }
      if (!hasAmountBefore(end)) {
        const blank = /\n[ \t]*\n/g;
        blank.lastIndex = f.index;
        end = Math.min(next, blank.exec(body)?.index ?? body.length);
      }
      if (hasAmountBefore(end)) withAmounts.push({ number: f.number, segment: body.slice(f.index, end) });
    });
    if (withAmounts.length >= 2 && withAmounts.length > listed.length) listed = withAmounts;
  }
  return listed.length >= 2 ? listed : bulletList(body, found, money);
}

/** A line that opens indented, read from where the last one ended (sticky: no slice of the body). */
const INDENTED_LINE = /\n[ \t]+\S[^\n]*/y;
/** What stands before a number that opens its line: a bullet and a label, no figure. */
const LABEL_ALONE_BEFORE = /^[ \t]*(?:[-–—•*·][ \t]*)?[^\n\d]{1,30}$/;

/** Digits enough for an invoice's sequence (not a product code's "B7"), and a letter or separator (not a postcode's "69001"). */
const SEQUENCE = /^(?=.*\d{3})(?=.*[^\d]).*$/;
/** A line short enough to be one item of a list, not a paragraph. */
const MAX_ITEM_LINE = 200;

/**
 * Invoices of two series listed one per line, each with its amount ("- AGD-2026-300 : Relevé orthophoto – 75,24 EUR
 * TTC\n- AGD305 : Modulation azote – 904,20 EUR TTC"): a company may number by hand and through a tool. Only a
 * list whose every line opens with a reference and carries an amount counts.
 */
function bulletList(body: string, found: readonly { number: string; index: number; opensLine: boolean }[], money: readonly { index: number }[]): ListedInvoice[] {
  const items = found.filter((f) => f.opensLine && SEQUENCE.test(f.number));
  if (items.length < 2) return [];
  const listed: ListedInvoice[] = [];
  for (const f of items) {
    let end = body.indexOf('\n', f.index);
    if (end < 0) end = body.length;
    if (end - f.index > MAX_ITEM_LINE) return [];
    const first = firstAtOrAfter(money, f.index + f.number.length);
    if (first >= money.length || money[first]!.index >= end) return [];
    // Indented lines under an item are its own ("  Règlement à 30 jours date de facture").
    for (let next = /^\n[ \t]+\S[^\n]*/.exec(body.slice(end)); next; next = /^\n[ \t]+\S[^\n]*/.exec(body.slice(end))) {
      if (/^\n[ \t]*[-–—•*·]/.test(next[0])) break;
      end += next[0].length;
    }
    listed.push({ number: f.number, segment: body.slice(f.index, end) });
  }
  return listed;
}

/** A reference with a letter prefix opening a line, after an optional bullet: "- LP-2026-0270 de 18/08/2026: … R$ 75.020,00". */
const OPENING_REFERENCE = /^[ \t]*(?:[-–—•*·][ \t]*)?(\p{L}{1,6}[-/_.]?\d[\p{L}\p{N}\-/_.]*\d)(?=[ \t]*[:–—,-]|[ \t]+\p{L})/gmu;

/**
 * The one line of a body that opens with a reference and carries an amount, when nothing labels the invoice's number
 * ("Seguem os dados de nossa fatura:\n- LP-2026-0270 de 18/08/2026: Licença campus – valor R$ 75.020,00"). Two such
 * lines or none: null.
 */
export function lineOpeningReference(body: string): string | null {
  let found: string | null = null;
  for (const m of execAll(OPENING_REFERENCE, body)) {
    const lineEnd = body.indexOf('\n', m.index + 1);
    const line = body.slice(m.index, lineEnd < 0 ? body.length : lineEnd);
    if (!SEQUENCE.test(m[1]!) || findMoney(line).length === 0) continue;
    if (found !== null && numberKey(found) !== numberKey(m[1]!)) return null;
    found = m[1]!;
  }
  return found;
}

