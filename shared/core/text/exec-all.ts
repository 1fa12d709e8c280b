/**
 * Every match of a global regex in a text, as `text.matchAll(re)` gives them, without its cost: matchAll
 * builds a new RegExp from `re` on every call (species constructor and all), which for the big cue and date
 * patterns costs more than the search itself on a short text. The matches are found one at a time as the
 * caller asks for them: a text of tens of thousands of numbers would otherwise keep every match array alive
 * at once, and the collector's work on them grew faster than the text. The search keeps its own position, so
 * the caller may use `re` between two matches; `re.lastIndex` is back to 0 when the loop ends or breaks.
 */
export function execAll(re: RegExp, text: string): Iterable<RegExpExecArray> {
  // Most searches find nothing: they answer without building a generator (a third of the terms reader's time).
  re.lastIndex = 0;
  const first = re.exec(text);
  const after = first ? nextPosition(text, first, re) : 0;
  re.lastIndex = 0;
  return first ? matchesFrom(re, text, first, after) : NO_MATCHES;
}

const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([]);

function* matchesFrom(re: RegExp, text: string, first: RegExpExecArray, after: number): Generator<RegExpExecArray, void, undefined> {
  let position = after;
  try {
    yield first;
    while (position <= text.length) {
      re.lastIndex = position;
      const m = re.exec(text);
      if (!m) return;
      position = nextPosition(text, m, re);
      yield m;
    }
  } finally {
    re.lastIndex = 0;
  }
}

/** Where the next search starts: after the match, one whole code point further after an empty match (found again there otherwise). */
function nextPosition(text: string, m: RegExpExecArray, re: RegExp): number {
  const end = m.index + m[0].length;
  return m[0] === '' ? advance(text, end, /[uv]/.test(re.flags)) : end;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  if (first < 0xd800 || first > 0xdbff) return index + 1;
  const second = text.charCodeAt(index + 1);
  return second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
