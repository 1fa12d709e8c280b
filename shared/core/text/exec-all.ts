/**
 * Every match of a global regex in a text, as `text.matchAll(re)` gives them, without its cost: matchAll
 * builds a new RegExp from `re` on every call (species constructor and all), which for the big cue and date
 * patterns costs more than the search itself on a short text. The matches are found one at a time as the
 * caller asks for them: a text of tens of thousands of numbers would otherwise keep every match array alive
 * at once, and the collector's work on them grew faster than the text. The search keeps its own position, so
 * the caller may use `re` between two matches; `re.lastIndex` is back to 0 when the loop ends or breaks.
 */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  const unicode = /[uv]/.test(re.flags);
  let position = 0;
  try {
    while (position <= text.length) {
      re.lastIndex = position;
      const m = re.exec(text);
      if (!m) return;
      // An empty match would be found again at the same place: step over it, a whole code point in /u mode.
      position = m[0] === '' ? advance(text, re.lastIndex, unicode) : re.lastIndex;
      yield m;
    }
  } finally {
    re.lastIndex = 0;
  }
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  if (first < 0xd800 || first > 0xdbff) return index + 1;
  const second = text.charCodeAt(index + 1);
  return second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
