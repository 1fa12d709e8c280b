/**
 * Text folding for cue matching: lower case, accents removed, typographic quotes and all kinds of
 * spaces made plain. Folding keeps the string's length and offsets (one char in, one char out) so
 * a match found in the folded text points at the same place in the original.
 */
const SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g;
const QUOTES = /[\u2018\u2019\u201b\u2032`´]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

export function fold(text: string): string {
  let out = '';
  for (const original of text) {
    const lower = original.toLowerCase();
    const ch = lower.length === original.length ? lower : original;
    // ß, œ and æ become one char, never two, so offsets stay stable.
    if (ch === 'ß') out += 's';
    else if (ch === 'œ') out += 'o';
    else if (ch === 'æ') out += 'a';
    else out += ch.length === 1 ? ch.normalize('NFD').charAt(0) : ch;
  }
  return out.replace(SPACES, ' ').replace(QUOTES, "'").replace(DASHES, '-');
}

/** Collapses runs of white space (all kinds) to one plain space and trims. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2000-\u200b]+/g, ' ').trim();
}
