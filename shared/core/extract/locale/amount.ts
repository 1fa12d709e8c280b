import { CURRENCY_MARKER_SOURCE, currencyFromMarker } from './currency';

/** An amount found in a text, with its currency when one is written next to it. */
export interface MoneyMatch {
  value: number;
  currency: string | null;
  raw: string;
  index: number;
  end: number;
}

/** Group separators seen in the wild: space, no-break, narrow no-break, thin space, dot, comma, apostrophes. */
const SPACE_CLASS = ' \\u00a0\\u202f\\u2009';
const NUMBER_SOURCE = `-?\\d{1,3}(?:[${SPACE_CLASS}.,'’]\\d{3})+(?:[.,]\\d{1,2})?(?!\\d)|-?\\d+(?:[.,]\\d{1,2})?(?!\\d)`;

/**
 * One formatted number to a JS number. The decimal separator is the last "." or "," followed by one or
 * two digits at the end; a single separator followed by exactly three digits is a thousands group.
 */
export function parseAmount(raw: string): number | null {
  let s = raw.trim().replace(/[\s\u00a0\u202f\u2009'’]/g, '');
  let negative = false;
  if (s.startsWith('-') || s.startsWith('−')) {
    negative = true;
    s = s.slice(1);
  }
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const lastSep = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  let integer = s;
  let decimals = '';
  if (lastSep >= 0) {
    const tail = s.slice(lastSep + 1);
    const separators = s.match(/[.,]/g)!;
    const onlyOneKind = new Set(separators).size === 1;
    const isThousands = tail.length === 3 && (separators.length > 1 ? onlyOneKind : true);
    if (!isThousands) {
      if (tail.length === 0 || tail.length > 2) return null;
      integer = s.slice(0, lastSep);
      decimals = tail;
    }
  }
  const digits = integer.replace(/[.,]/g, '');
  if (!/^\d+$/.test(digits) || digits.replace(/^0+/, '').length > 15) return null;
  // Group separators must split the integer part into groups of three.
  if (/[.,]/.test(integer) && !/^\d{1,3}(?:[.,]\d{3})+$/.test(integer)) return null;
  const value = Number(`${digits}.${decimals || '0'}`);
  if (!Number.isFinite(value)) return null;
  const rounded = Math.round(value * 100) / 100;
  return negative ? -rounded : rounded;
}

const MARKER = `(?:${CURRENCY_MARKER_SOURCE})`;
const BEFORE = new RegExp(`(?<![\\p{L}\\d])(${MARKER})[${SPACE_CLASS}]?(${NUMBER_SOURCE})`, 'giu');
const AFTER = new RegExp(`(?<![\\d.,])(${NUMBER_SOURCE})[${SPACE_CLASS}]?(${MARKER})(?![\\p{L}\\d])`, 'giu');
const BARE = new RegExp(`(?<![\\d.,/\\p{L}])(${NUMBER_SOURCE})(?![\\d\\p{L}]|[.,/]\\d)`, 'gu');

/** Every amount with a currency marker before or after it. Linear: no nested quantifiers. */
export function findMoney(text: string): MoneyMatch[] {
  const found = new Map<number, MoneyMatch>();
  for (const [re, numberGroup, markerGroup] of [
    [BEFORE, 2, 1],
    [AFTER, 1, 2],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = parseAmount(m[numberGroup]!);
      if (value === null) continue;
      const numberStart = m.index + m[0].indexOf(m[numberGroup]!, markerGroup === 1 ? m[1]!.length : 0);
      if (found.has(numberStart)) continue;
      found.set(numberStart, {
        value,
        currency: currencyFromMarker(m[markerGroup]!),
        raw: m[0],
        index: numberStart,
        end: numberStart + m[numberGroup]!.length,
      });
    }
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}

/** Numbers that look like amounts without a currency: with decimals or thousands groups. */
export function findBareNumbers(text: string): MoneyMatch[] {
  const out: MoneyMatch[] = [];
  BARE.lastIndex = 0;
  for (let m = BARE.exec(text); m; m = BARE.exec(text)) {
    const raw = m[1]!;
    if (!/[.,]\d{1,2}$|\d[\s\u00a0\u202f\u2009.,'’]\d{3}/.test(raw)) continue;
    const value = parseAmount(raw);
    if (value !== null) out.push({ value, currency: null, raw, index: m.index, end: m.index + raw.length });
  }
  return out;
}
