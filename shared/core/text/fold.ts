/**
 * Text folding for cue matching: lower case, accents removed, typographic quotes and all kinds of
 * spaces made plain. Folding keeps the string's length and offsets (one char in, one char out) so
 * a match found in the folded text points at the same place in the original.
 */
import { rememberRecent } from './recent-results';

const SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g;
const QUOTES = /[\u2018\u2019\u201b\u2032`´]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

// (and the voicing marks of Japanese kana, "で" reads "て", and the hamza of Arabic letters, "أ" reads "ا")
const COMBINING = /[\u0300-\u036f\u3099\u309a\u0653-\u0655]/g;
/** Korean syllables decompose into their letters: they are kept whole (one char in, one char out). */
const HANGUL = /[\uac00-\ud7a3]/;
// Letters that carry no combining accent but stand for a plain one: Polish ł, Danish and Norwegian ø, Croatian đ,
// Turkish dotless ı ("Aralık", "ödendi" and "hatırlatma" are read as "aralik", "hatirlatma").
const LIGATURES = /[ßœæłøđı]/g;
const LIGATURE_BASE: Record<string, string> = { ß: 's', œ: 'o', æ: 'a', ł: 'l', ø: 'o', đ: 'd', ı: 'i' };

/**
 * The same texts are folded by several readers (detection, fields, status): the last ones are remembered. A
 * thread's reading folds many texts between two readings of one (its subjects, its bodies' openings): a
 * thousand kept spares twice as much folding as sixty-four, and hardly weighs on memory.
 */
const foldRecent = rememberRecent(1024, (text) => foldNow(text));

export function fold(text: string): string {
  // (a short text costs less to fold than to look up)
  return text.length < 64 ? foldNow(text) : foldRecent(text);
}

/** Every character the last step maps (ligatures, spaces, quotes, dashes): one test spares four replacements. */
const MAPPED = /[ßœæłøđı\u00a0\u2000-\u200b\u202f\u205f\u3000\t\u2018\u2019\u201b\u2032`´\u2010-\u2015\u2212]/;
/** Below U+00C0 no character decomposes and only A–Z change case: lower-casing is all it takes. */
const BEYOND_LATIN1_SYMBOLS = /[\u00c0-\uffff]/;

/**
 * `fold` without the memo, for a text built for one reader and folded once (a message's opening read for a
 * payment notice): looking a long new string up costs hashing all of it, for nothing.
 */
export function foldOnce(text: string): string {
  return foldNow(text);
}

/**
 * Each Latin letter with an accent (U+00C0–U+024F) and the letter `fold` reads for it, built by the same
 * decomposition: a Latin text is folded by one lookup per accented letter instead of normalizing it whole.
 */
const LATIN_ACCENTED = /[\u00c0-\u024f]/g;
// (anything past U+024F: Greek, Cyrillic, CJK, combining marks… go through the decomposition)
const BEYOND_LATIN = /[\u0250-\uffff]/;
const LATIN_BASE: Record<string, string> = {};
for (let code = 0xc0; code <= 0x24f; code++) {
  const letter = String.fromCharCode(code);
  const base = letter.normalize('NFD').replace(COMBINING, '');
  if (base.length === 1) LATIN_BASE[letter] = base;
}

function foldNow(text: string): string {
  let folded: string;
  if (!BEYOND_LATIN1_SYMBOLS.test(text)) folded = text.toLowerCase();
  else {
    const lower = text.toLowerCase();
    // Latin text (most mail): the table gives what the decomposition below gives, letter by letter.
    if (lower.length === text.length && !BEYOND_LATIN.test(lower)) folded = lower.replace(LATIN_ACCENTED, (c) => LATIN_BASE[c] ?? c);
    else {
      // Lower case, decompose, drop the accents. It keeps the length for precomposed text.
      const quick = lower.normalize('NFD').replace(COMBINING, '');
      folded = quick.length === text.length ? quick : slowFold(text);
    }
  }
  if (!MAPPED.test(folded)) return folded;
  return folded.replace(LIGATURES, (c) => LIGATURE_BASE[c]!).replace(SPACES, ' ').replace(QUOTES, "'").replace(DASHES, '-');
}

/** Char by char, for text whose length the fast path would change (already-decomposed accents…). */
function slowFold(text: string): string {
  let out = '';
  for (const original of text) {
    const lower = original.toLowerCase();
    const ch = lower.length === original.length ? lower : original;
    out += ch.length === 1 && !HANGUL.test(ch) ? ch.normalize('NFD').charAt(0) : ch;
  }
  return out;
}

const BEYOND_ASCII = /[^ -~\t\n\r]/;
const NOT_HANGUL = /[^\uac00-\ud7a3]+/g;

/**
 * A regex source's letters folded as `fold` folds text, its syntax untouched (no lower-casing: "\\S" stays "\\S"): cues
 * may then be written as their language reads ("過ぎて", "إشعار دائن", "plačilo").
 */
export function foldPattern(source: string): string {
  return BEYOND_ASCII.test(source) ? source.replace(NOT_HANGUL, (part) => part.normalize('NFD').replace(COMBINING, '')) : source;
}

/** Collapses runs of white space (all kinds) to one plain space and trims. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2000-\u200b]+/g, ' ').trim();
}
