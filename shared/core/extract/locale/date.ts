import { isValidYmd, toIsoDate } from '../../calendar/iso-date';
import { fold } from '../../text/fold';

export type DateOrder = 'DMY' | 'MDY';

export interface DateMatch {
  iso: string;
  raw: string;
  index: number;
  end: number;
}

/** Month names and abbreviations, folded (no accents), in the languages Relance reads. */
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['janvier', 'janv', 'jan', 'january', 'januar', 'janner', 'jaenner', 'enero', 'ene', 'gennaio', 'genn', 'gen', 'januari', 'janeiro'],
  ['fevrier', 'fevr', 'fev', 'february', 'feb', 'februar', 'febrero', 'febbraio', 'febr', 'februari', 'fevereiro', 'fev'],
  ['mars', 'march', 'mar', 'marz', 'maerz', 'marzo', 'maart', 'marco', 'mrz'],
  ['avril', 'avr', 'april', 'apr', 'abril', 'abr', 'aprile', 'apr'],
  ['mai', 'may', 'mayo', 'maggio', 'mag', 'mei', 'maio'],
  ['juin', 'june', 'jun', 'juni', 'junio', 'giugno', 'giu', 'junho'],
  ['juillet', 'juil', 'july', 'jul', 'juli', 'julio', 'luglio', 'lug', 'julho'],
  ['aout', 'august', 'aug', 'agosto', 'ago', 'augustus'],
  ['septembre', 'sept', 'sep', 'september', 'septiembre', 'settembre', 'sett', 'setembro'],
  ['octobre', 'oct', 'october', 'oktober', 'okt', 'octubre', 'ottobre', 'ott', 'outubro'],
  ['novembre', 'nov', 'november', 'noviembre', 'novembro'],
  ['decembre', 'dec', 'december', 'dezember', 'dez', 'diciembre', 'dic', 'dicembre', 'dezembro'],
];
const MONTH_INDEX = new Map<string, number>();
MONTHS.forEach((names, i) => names.forEach((n) => MONTH_INDEX.has(n) || MONTH_INDEX.set(n, i + 1)));
const MONTH_SOURCE = [...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length).join('|');

const SP = '[\\s\\u00a0\\u202f]';
/** 15/12/2026, 15.12.2026, 15-12-2026, 15/12/26 — order decided by the caller's DateOrder. */
const NUMERIC = /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[./-]\d)/g;
/** 2026-12-15, 2026/12/15. */
const ISO = /(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d]|[./-]\d)/g;
/** 15 décembre 2026, 1er déc. 2026, 15. Dezember 2026, 15 de diciembre de 2026, 15th December, 2026. */
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:er|re|st|nd|rd|th|º|°)?\\.?${SP}*(?:de${SP}+)?(${MONTH_SOURCE})\\.?(?:${SP}*,)?(?:${SP}+(?:de(?:l)?${SP}+)?(\\d{4}))?(?![\\p{L}\\d])`,
  'giu',
);
/** December 15, 2026 and Dec 15th 2026. */
const MONTH_DAY_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(${MONTH_SOURCE})\\.?${SP}+(\\d{1,2})(?:st|nd|rd|th)?,?${SP}+(\\d{4})(?![\\p{L}\\d])`,
  'giu',
);

function year4(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

function build(y: number, m: number, d: number): string | null {
  return isValidYmd(y, m, d) ? toIsoDate(y, m, d) : null;
}

function numericDate(a: number, b: number, y: number, order: DateOrder): string | null {
  // A first number over 12 can only be a day, a second over 12 only a day: the order is then obvious.
  if (a > 12) return build(y, b, a);
  if (b > 12) return build(y, a, b);
  return order === 'MDY' ? build(y, a, b) : build(y, b, a);
}

interface Options {
  order?: DateOrder;
  /** Year for "15 décembre" written without one. */
  referenceYear?: number;
}

/** Every date in a text, in order of appearance. Written forms are read on the folded text (same offsets). */
export function findDates(text: string, opts: Options = {}): DateMatch[] {
  const order = opts.order ?? 'DMY';
  const folded = fold(text);
  const found: DateMatch[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  const add = (iso: string | null, index: number, length: number) => {
    if (!iso || overlaps(index, index + length)) return;
    taken.push([index, index + length]);
    found.push({ iso, raw: text.slice(index, index + length), index, end: index + length });
  };
  ISO.lastIndex = 0;
  for (let m = ISO.exec(text); m; m = ISO.exec(text)) add(build(Number(m[1]), Number(m[3]), Number(m[4])), m.index, m[0].length);
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    add(numericDate(Number(m[1]), Number(m[3]), year4(m[4]!), order), m.index, m[0].length);
  }
  MONTH_DAY_YEAR.lastIndex = 0;
  for (let m = MONTH_DAY_YEAR.exec(folded); m; m = MONTH_DAY_YEAR.exec(folded)) {
    add(build(Number(m[3]), MONTH_INDEX.get(m[1]!)!, Number(m[2])), m.index, m[0].length);
  }
  DAY_MONTH_YEAR.lastIndex = 0;
  for (let m = DAY_MONTH_YEAR.exec(folded); m; m = DAY_MONTH_YEAR.exec(folded)) {
    const year = m[3] ? Number(m[3]) : opts.referenceYear;
    if (year === undefined) continue;
    // "mar" or "mai" alone after a number are too often other words; keep them only with a year.
    add(build(year, MONTH_INDEX.get(m[2]!)!, Number(m[1])), m.index, m[0].length);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** One date written alone ("15/12/2026", "15 décembre 2026", "Dec 15, 2026") to ISO, or null. */
export function parseDate(raw: string, opts: Options = {}): string | null {
  const trimmed = raw.trim();
  const match = findDates(trimmed, opts)[0];
  return match && match.index === 0 && match.end >= trimmed.replace(/[.,]$/, '').length ? match.iso : null;
}
