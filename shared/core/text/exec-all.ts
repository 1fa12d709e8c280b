/**
 * Every match of a global regex in a text, as `text.matchAll(re)` gives them, without its cost: matchAll
 * builds a new RegExp from `re` on every call (species constructor and all), which for the big cue and date
 * patterns costs more than the search itself on a short text. `re` must have the `g` flag and not be in use
 * by an enclosing loop: the matches are all collected before the caller sees the first, and `re.lastIndex` is
 * back to 0 afterwards.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over it, a whole code point in /u mode.
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, /[uv]/.test(re.flags));
  }
  re.lastIndex = 0;
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  if (first < 0xd800 || first > 0xdbff) return index + 1;
  const second = text.charCodeAt(index + 1);
  return second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
