import { execAll } from '../../text/exec-all';
import { CURRENCY_MARKER_SOURCE, currencyFromMarker, isCurrencyMarker } from './currency';

/** An amount found in a text, with its currency when one is written next to it. */
export interface MoneyMatch {
  value: number;
  currency: string | null;
  /** The amount as written, currency marker included: `text.slice(index, end)`. */
  raw: string;
  index: number;
  end: number;
  /** Where the number itself (sign included) starts and ends, without the marker. */
  numberIndex: number;
  numberEnd: number;
}

/**
 * Spaces used as thousands separators: plain, no-break, narrow no-break (fr-FR since 2019), thin, figure — and what
 * a narrow no-break space becomes when a tool's font or charset lacks it ("1?330,15 €", "1\ufffd330,15 €").
 */
const SPACE_CHARS = ' \u00a0\u202f\u2009\u2007?\ufffd';
const SP = `[${SPACE_CHARS}]`;
const GROUP_SEPARATOR = new RegExp(`[.,'’${SPACE_CHARS}]`);
/** Digits and separators only, as parseAmount takes them. */
const WRITTEN_NUMBER = new RegExp(`^\\d(?:[\\d.,'’\\s${SPACE_CHARS}]*\\d)?$`);
/** "1'250.–", "50,-", "122 700:-": Swiss, German and Swedish ways of writing no cents. */
const NO_CENTS_SUFFIX = /[.,:](?:--?|–|—)$/;
const MAX_INTEGER_DIGITS = 15;

function separatorKind(ch: string): string {
  if (SPACE_CHARS.includes(ch)) return ' ';
  return ch === '’' ? "'" : ch;
}

/** Whether `integer` is digits, or digit groups of three split by one kind of separator ("1 234 567"). */
const INDIAN_GROUPING = /^[1-9]\d?(?:,\d{2})+,\d{3}$/;

function isWellGrouped(integer: string): boolean {
  const separators = new Set([...integer].filter((ch) => !/\d/.test(ch)).map(separatorKind));
  if (separators.size === 0) return /^\d+$/.test(integer);
  if (separators.size > 1) return false;
  const groups = integer.split(GROUP_SEPARATOR);
  const [first, ...rest] = groups as [string, ...string[]];
  // India's lakh and crore grouping: "61,93,110.00", "4,52,300"
  if (INDIAN_GROUPING.test(integer)) return true;
  return /^[1-9]\d{0,2}$/.test(first) && rest.every((g) => /^\d{3}$/.test(g));
}

/**
 * Splits an unsigned number into integer and decimal parts, deciding which "." or "," is the decimal
 * separator: the last one, unless it is a thousands separator — because it repeats ("1.234.567"), or
 * it is alone with exactly three digits after it ("2,500"), the thousands reading of an ambiguous string — but for
 * currencies divided in thousandths (`places` 3), where "599,000 DT" is 599 dinars.
 */
function splitDecimal(s: string, places: 2 | 3 = 2): { integer: string; decimals: string } {
  const lastSep = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  if (lastSep < 0) return { integer: s, decimals: '' };
  const sep = s[lastSep]!;
  const head = s.slice(0, lastSep);
  const tail = s.slice(lastSep + 1);
  const other = sep === '.' ? ',' : '.';
  let isDecimal: boolean;
  if (head.includes(sep)) isDecimal = false;
  else if (head.includes(other) || /['’\s]/.test(head)) isDecimal = true;
  else isDecimal = tail.length !== 3 || /^0+$/.test(head) || places === 3;
  return isDecimal ? { integer: head, decimals: tail } : { integer: s, decimals: '' };
}

/**
 * One formatted number to a JS number rounded to cents, or null: "1 234,56", "1.234,56", "1,234.56",
 * "1'250.00", "2,500" (= 2500), "0,50", "-8,79", "(12,00)", "50,–". Integer parts over 15 digits are refused
 * (not exactly representable).
 */
/** Currencies divided in thousandths: Tunisian, Kuwaiti, Bahraini, Omani, Jordanian, Libyan and Iraqi dinars. */
const THOUSANDTHS: ReadonlySet<string> = new Set(['TND', 'KWD', 'BHD', 'OMR', 'JOD', 'LYD', 'IQD']);

export function parseAmount(raw: string, places: 2 | 3 = 2): number | null {
  let s = raw.trim();
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  const sign = /^[-−–+]/.exec(s);
  if (sign) {
    negative = sign[0] !== '+';
    s = s.slice(1);
  } else if (/\d-$/.test(s)) {
    // Accounting exports put the minus after the number ("50,00-").
    negative = true;
    s = s.slice(0, -1);
  }
  s = s.replace(NO_CENTS_SUFFIX, '');
  if (!WRITTEN_NUMBER.test(s) || /\s\s/.test(s)) return null;
  const { integer, decimals } = splitDecimal(s, places);
  if (!/^\d*$/.test(decimals) || !isWellGrouped(integer)) return null;
  const digits = integer.replace(/\D/g, '');
  if (digits.replace(/^0+/, '').length > MAX_INTEGER_DIGITS) return null;
  const scale = places === 3 ? 1000 : 100;
  const value = Math.round(Number(`${digits}.${decimals || '0'}`) * scale) / scale;
  return negative && value !== 0 ? -value : value;
}

/**
 * Maximal runs of digits with their separators; a space belongs to a run only between digits ("$3,737.50, 30 jours"
 * ends at the comma). Read one match
 * at a time: a text of tens of thousands of numbers ("12-12-12-…") holding all its matches at once cost the
 * garbage collector more than linearly (execAll yields them one by one).
 */
const NUMBER_RUN = new RegExp(`\\d(?:[\\d.,'’]|(?<=\\d)${SP}(?=\\d))*`, 'g');
/** A marker right after a number, at most two spaces away. */
const MARKER_AFTER = new RegExp(`${SP}{0,2}(${CURRENCY_MARKER_SOURCE})`, 'iuy');
/** A marker right before a number (read backwards from the number's first character). */
const MARKER_BEFORE = new RegExp(`(?<=(?<![\\p{L}\\d])(${CURRENCY_MARKER_SOURCE})${SP}{0,2})`, 'iuy');
/** An amount has at most five groups of three plus decimals: longer runs hold several numbers. */
const MAX_PIECES = 6;

interface Piece {
  text: string;
  start: number;
  end: number;
}

interface NumberCandidate {
  value: number;
  start: number;
  end: number;
  pieces: number;
}

/** Where a run's number part ends: trailing sentence punctuation left out, a "50,–" suffix kept. */
function runEnd(text: string, runStart: number, run: string): number {
  let end = runStart + run.length;
  while (end > runStart && TRAILING_PUNCTUATION.includes(text[end - 1]!)) end--;
  const noCents = /^[.,:](?:--?|–|—)/.exec(text.slice(end, end + 3));
  if (noCents) end += noCents[0].length;
  return end;
}
const TRAILING_PUNCTUATION = ".,'’";

/** A run of digits cut at its spaces, trailing sentence punctuation left out, a "50,–" suffix kept. */
function runPieces(text: string, runStart: number, run: string): Piece[] {
  const end = runEnd(text, runStart, run);
  const pieces: Piece[] = [];
  let start = runStart;
  for (let i = runStart; i <= end; i++) {
    if (i === end || SPACE_CHARS.includes(text[i]!)) {
      pieces.push({ text: text.slice(start, i), start, end: i });
      start = i + 1;
    }
  }
  return pieces;
}

function candidate(text: string, pieces: Piece[], from: number, to: number): NumberCandidate | null {
  const start = pieces[from]!.start;
  const end = pieces[to]!.end;
  const value = parseAmount(text.slice(start, end));
  return value === null ? null : { value, start, end, pieces: to - from + 1 };
}

/** The longest valid number ending the run (a marker follows it). */
function longestSuffix(text: string, pieces: Piece[]): NumberCandidate | null {
  const last = pieces.length - 1;
  for (let from = Math.max(0, last - MAX_PIECES + 1); from <= last; from++) {
    const c = candidate(text, pieces, from, last);
    if (c) return c;
  }
  return null;
}

/** The longest valid number starting at piece `from` (a marker precedes it, or reading left to right). */
function longestPrefix(text: string, pieces: Piece[], from: number): NumberCandidate | null {
  for (let to = Math.min(pieces.length - 1, from + MAX_PIECES - 1); to >= from; to--) {
    const c = candidate(text, pieces, from, to);
    if (c) return c;
  }
  return null;
}

/** A leading minus sign, unless the hyphen joins two words or numbers ("FA-2026", "10-12"). */
function signStart(text: string, start: number): number {
  const ch = text[start - 1];
  if (ch !== '-' && ch !== '−') return start;
  return /[\p{L}\d]/u.test(text[start - 2] ?? '') ? start : start - 1;
}

interface Marker {
  start: number;
  end: number;
  currency: string | null;
  spaced: boolean;
}

/**
 * Whether a currency marker may start (`after`) or end (before a number) at this character: markers are
 * letters, "$", "." (at the end: "kr.") or currency symbols, so an ASCII digit, space or punctuation mark
 * rules one out without running the big marker pattern.
 */
function mayTouchMarker(ch: string | undefined, end: boolean): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code >= 0x80) return true;
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || ch === '$' || (end && ch === '.');
}

function markerAfter(text: string, at: number): Marker | null {
  let first = at;
  while (first < at + 2 && SPACE_CHARS.includes(text[first] ?? 'x')) first++;
  if (!mayTouchMarker(text[first], false)) return null;
  MARKER_AFTER.lastIndex = at;
  const m = MARKER_AFTER.exec(text);
  if (!m || !isCurrencyMarker(m[1]!)) return null;
  const end = at + m[0].length;
  // "100 euros" yes, "100 europeans" no.
  // ("68,700,000원의", "2,676,000円の": Korean and Japanese write their particles right after the marker)
  if (/\p{L}$/u.test(m[1]!) && !/[\p{Script=Han}\p{Script=Hangul}]$/u.test(m[1]!) && /[\p{L}\d]/u.test(text[end] ?? '')) return null;
  return { start: end - m[1]!.length, end, currency: currencyFromMarker(m[1]!), spaced: m[0].length > m[1]!.length };
}

/** Markers written in capitals that stand before an amount only with a space between ("TL 1.250", not "TL26-0412"). */
const UNGLUED_BEFORE: ReadonlySet<string> = new Set(['TL', 'DA', 'NIS', 'KM', 'Kz', 'Tk', 'Ft']);

function markerBefore(text: string, at: number): Marker | null {
  let last = at;
  while (last > at - 2 && last > 0 && SPACE_CHARS.includes(text[last - 1]!)) last--;
  if (!mayTouchMarker(text[last - 1], true)) return null;
  MARKER_BEFORE.lastIndex = at;
  const m = MARKER_BEFORE.exec(text);
  if (!m || !isCurrencyMarker(m[1]!)) return null;
  // The lookbehind matched backwards: the marker ends where the spaces before the number begin.
  let end = at;
  while (end > 0 && SPACE_CHARS.includes(text[end - 1]!)) end--;
  // A series of capitals glued to digits is an invoice number's ("TL26-0412", "DA-2026"), not lira or dinars.
  if (end === at && UNGLUED_BEFORE.has(m[1]!)) return null;
  return { start: end - m[1]!.length, end, currency: currencyFromMarker(m[1]!), spaced: end < at };
}

/** A number glued to a word, a date or an identifier ("FA2026", "12/2026", "n°2026", "10-12"). */
function isGlued(text: string, start: number): boolean {
  const previous = text[start - 1] ?? '';
  return /[\p{L}\d_/#°+]/u.test(previous) || (previous === '-' && /[\p{L}\d]/u.test(text[start - 2] ?? ''));
}

/** A "+" written before a number, as a sign ("Betrag: +2.284,80"), not between two terms ("1+2"). */
function isPlusSign(text: string, start: number): boolean {
  return text[start - 1] === '+' && !/[\p{L}\d]/u.test(text[start - 2] ?? '');
}

function hasDecimals(text: string, c: NumberCandidate): boolean {
  return /[.,]\d{1,2}$/.test(text.slice(c.start, c.end));
}

interface Side {
  marker: Marker;
  number: NumberCandidate;
}

/** The number a run starts with and the marker before it; the number it ends with and the marker after it. */
function readRun(text: string, runStart: number, run: string): { before: Side | null; after: Side | null } {
  // Markers first: most runs (dates, references, phone numbers) have none, and then no number need be read.
  // The number a run starts with starts where the run does; the one it ends with ends where the run does.
  const markerFirst = markerBefore(text, signStart(text, runStart));
  const markerLast = markerAfter(text, runEnd(text, runStart, run));
  if (!markerFirst && !markerLast) return { before: null, after: null };
  const pieces = runPieces(text, runStart, run);
  const first = markerFirst ? longestPrefix(text, pieces, 0) : null;
  const last = markerLast ? longestSuffix(text, pieces) : null;
  let before: Side | null = null;
  if (first && markerFirst) {
    const start = signStart(text, first.start);
    const number = { ...first, start, value: start < first.start ? -Math.abs(first.value) : first.value };
    const marker = markerFirst;
    const trailing = text.slice(number.end, number.end + 2);
    // "€ 20%", "$2026/27": not amounts; a lone letter ("R 130 977.00", rands) only before an amount with cents.
    const loneLetter = marker.end - marker.start === 1 && /[A-Za-z]/.test(text[marker.start]!);
    // "CLP26-019", "TL26-0412": a code glued to digits that a hyphen goes on from is an invoice number, not pesos.
    const reference = !marker.spaced && /^[A-Za-z]+$/.test(text.slice(marker.start, marker.end)) && /^[-/_]\w/.test(trailing);
    if (!reference && !/^\s?%|^\/\d/.test(trailing) && (!loneLetter || hasDecimals(text, number))) {
      // "-€20.00": the sign written before the marker.
      const signed = number.value > 0 && signStart(text, marker.start) < marker.start;
      before = signed ? { marker: { ...marker, start: marker.start - 1 }, number: { ...number, value: -number.value } } : { marker, number };
    }
  }
  let after: Side | null = null;
  if (last && markerLast) {
    const start = last.start === pieces[0]!.start ? signStart(text, last.start) : last.start;
    const number = { ...last, start, value: start < last.start ? -Math.abs(last.value) : last.value };
    // A number glued to a word or a date ("FA2026 €", "12/2026 €") is not an amount; a bank's credit with
    // its plus sign and cents ("Betrag: +2.284,80 EUR") is one, unlike a phone number ("+33 1 23 45").
    if (!isGlued(text, start) || (isPlusSign(text, start) && hasDecimals(text, number))) after = { marker: markerLast, number };
  }
  return { before, after };
}

/**
 * A dollar sign whose number the currency's name or code follows: "$133,288.80 MXN", "$511,104.00 pesos mexicanos",
 * "$1,850.00 CAD" — dollars of that country, not US dollars.
 */
const DOLLAR_NAMED_AFTER = /^[ \t\u00a0\u202f]{0,2}(?:(MXN|CAD|AUD|NZD|USD|HKD|SGD|ARS|CLP|COP|UYU|BRL)(?![A-Za-z])|pesos? (mexican|argentin|chilen|colombian)os?|(canadian|australian) dollars?|dollars? (canadien|australien)s?|d[oó]lares? (canadiense|australiano)s?)/i;
const COUNTRY_CODE: Readonly<Record<string, string>> = { mexican: 'MXN', argentin: 'ARS', chilen: 'CLP', colombian: 'COP', canadian: 'CAD', canadien: 'CAD', canadiense: 'CAD', australian: 'AUD', australien: 'AUD', australiano: 'AUD' };
function dollarNamedAfter(text: string, number: NumberCandidate, marker: Marker): { currency: string; end: number } | null {
  if (marker.end > number.start || text[marker.end - 1] !== '$') return null;
  const m = DOLLAR_NAMED_AFTER.exec(text.slice(number.end, number.end + 32));
  if (!m) return null;
  const country = (m[2] ?? m[3] ?? m[4] ?? m[5])?.toLowerCase();
  const code = m[1] ? m[1].toUpperCase() : country ? COUNTRY_CODE[country] : undefined;
  return code ? { currency: code, end: number.end + m[0].length } : null;
}

function toMatch(text: string, number: NumberCandidate, marker: Marker): MoneyMatch {
  const named = marker.currency === 'USD' ? dollarNamedAfter(text, number, marker) : null;
  if (named) marker = { ...marker, currency: named.currency };
  const index = Math.min(number.start, marker.start);
  const end = Math.max(number.end, marker.end, named?.end ?? 0);
  // Dinars count thousandths ("44 682,225 TND"): read to the third decimal in those currencies only.
  const value = marker.currency && THOUSANDTHS.has(marker.currency) ? (parseAmount(text.slice(number.start, number.end), 3) ?? number.value) : number.value;
  return { value, currency: marker.currency, raw: text.slice(index, end), index, end, numberIndex: number.start, numberEnd: number.end };
}

function isUsed(usedChars: Uint8Array, number: NumberCandidate): boolean {
  for (let i = number.start; i < number.end; i++) if (usedChars[i]) return true;
  return false;
}

/** Preference among the links of numbers to markers: written against the marker, with cents, marker after. */
function linkRank(text: string, link: Side, markerAfter: boolean): number {
  return (link.marker.spaced ? 4 : 0) + (hasDecimals(text, link.number) ? 0 : 2) + (markerAfter ? 0 : 1);
}

/**
 * Every amount written with a currency marker before or after it ("1 234,56 €", "€1,234.56",
 * "CHF 1'250.00", "1234,56EUR"), in order. A marker between two numbers goes to one of them: the
 * one written against it, else the one with cents, else the one before it ("1 234,56 € 12 articles");
 * each number takes one marker. Linear: one scan for number runs, constant work around each.
 */
export function findMoney(text: string): MoneyMatch[] {
  const links: (Side & { rank: number; order: number })[] = [];
  for (const m of execAll(NUMBER_RUN, text)) {
    const { before, after } = readRun(text, m.index, m[0]);
    // Written out rather than spread: the spread into a literal with two more fields was findMoney's hottest line.
    if (before) links.push({ marker: before.marker, number: before.number, rank: linkRank(text, before, false), order: links.length });
    if (after) links.push({ marker: after.marker, number: after.number, rank: linkRank(text, after, true), order: links.length });
  }
  if (links.length === 0) return [];
  links.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const usedMarkers = new Set<number>();
  const usedChars = new Uint8Array(text.length);
  const out: MoneyMatch[] = [];
  for (const link of links) {
    const { number, marker } = link;
    if (usedMarkers.has(marker.start) || isUsed(usedChars, number)) continue;
    usedMarkers.add(marker.start);
    usedChars.fill(1, number.start, number.end);
    out.push(toMatch(text, number, marker));
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Whether a number is written like an amount: with cents, thousands groups or a "no cents" dash. */
const THOUSANDS_GROUP = new RegExp(`\\d[.,'’${SPACE_CHARS}]\\d{3}(?:\\D|$)`);
function looksLikeAmount(written: string): boolean {
  return /[.,]\d{2}$/.test(written) || NO_CENTS_SUFFIX.test(written) || THOUSANDS_GROUP.test(written);
}

/**
 * Numbers that look like amounts but carry no currency marker ("Total TTC : 3 048,00"), currency null.
 * Numbers with a marker are left to `findMoney`; phone numbers ("+44 117 496 0321"), parts of
 * identifiers and dates, and percentages are skipped. `money`: `findMoney(text)` when the caller has it already.
 */
export function findBareNumbers(text: string, money: readonly MoneyMatch[] = findMoney(text)): MoneyMatch[] {
  const out: MoneyMatch[] = [];
  const marked = new Set(money.map((m) => m.numberEnd));
  for (const m of execAll(NUMBER_RUN, text)) {
    if (isGlued(text, m.index)) continue;
    const pieces = runPieces(text, m.index, m[0]);
    for (let from = 0; from < pieces.length; ) {
      const c = longestPrefix(text, pieces, from);
      if (!c) {
        from++;
        continue;
      }
      from += c.pieces;
      const start = c.start === pieces[0]!.start ? signStart(text, c.start) : c.start;
      const written = text.slice(c.start, c.end);
      const followedBy = text.slice(c.end, c.end + 2);
      if (marked.has(c.end) || !looksLikeAmount(written) || /^\s?%|^[/\p{L}]/u.test(followedBy)) continue;
      const value = start < c.start ? -Math.abs(c.value) : c.value;
      out.push({ value, currency: null, raw: text.slice(start, c.end), index: start, end: c.end, numberIndex: start, numberEnd: c.end });
    }
  }
  return out;
}
