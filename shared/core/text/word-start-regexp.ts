/**
 * A global regex whose matches must not start right after some characters — a negative lookbehind over one
 * character class leading its source, `(?<![\p{L}\d])`, `(?<![a-z])` — searched fast.
 *
 * V8 tries a leading lookbehind at every position of the text before anything else, which made the
 * payment-terms rules cost 5 to 15 times what the same patterns cost without it (a fifth of a scan's core
 * time on a 20,000-message mailbox; a Unicode property class is the worst). This regex searches its pattern
 * without the lookbehind and checks the character before each match instead, searching again one position
 * further when a match starts after one of those characters: the same matches as the whole pattern, leftmost
 * first, as exec, test, match and matchAll give them. It pays on a Unicode property class: a plain one such as
 * `(?<![a-z])` is cheap for V8 and rejects the positions inside words at once, which the body alone would try
 * (the reply cue lists ran 2 to 5 times slower this way on a text of words).
 */

export const WORD_START = String.raw`(?<![\p{L}\d])`;

/** `(?<![class])` at the very start of a source: the class, and where the rest begins. */
const LEADING_LOOKBEHIND = /^\(\?<!\[((?:\\.|[^\]\\])+)\]\)/;

class WordStartRegExp extends RegExp {
  private readonly body: RegExp;
  /** True when the character before lastIndex is one the lookbehind refuses (a sticky lookbehind, as the pattern reads it). */
  private readonly afterRefused: RegExp;
  /** /u or /v: positions step over whole code points. */
  private readonly codePoints: boolean;

  constructor(source: string, flags: string, characterClass: string, bodyStart: number) {
    super(source, flags);
    // (global even when this one is not: a search that refuses a match goes on from the next position)
    this.body = new RegExp(source.slice(bodyStart), /[gy]/.test(flags) ? flags : `${flags}g`);
    this.codePoints = /[uv]/.test(flags);
    this.afterRefused = new RegExp(`(?<=[${characterClass}])`, `y${flags.replace(/[gyd]/g, '')}`);
  }

  // Methods that make a copy of the regex (matchAll, split, replace's internals) copy the whole one.
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  override exec(text: string): RegExpExecArray | null {
    const scans = this.global || this.sticky;
    let from = scans ? this.lastIndex : 0;
    for (;;) {
      this.body.lastIndex = from;
      const m = this.body.exec(text);
      if (m) this.afterRefused.lastIndex = m.index;
      if (!m || !this.afterRefused.test(text)) {
        if (scans) this.lastIndex = m ? m.index + m[0].length : 0;
        return m;
      }
      // Inside a word: a sticky search fails here, a global one tries the next position.
      if (this.sticky) {
        this.lastIndex = 0;
        return null;
      }
      // (a whole code point further: in /u mode V8 would move a search begun inside a surrogate pair back to its start)
      const first = text.charCodeAt(m.index);
      from = m.index + (this.codePoints && first >= 0xd800 && first <= 0xdbff ? 2 : 1);
    }
  }
}

/** `new RegExp(source, flags)`, searched as the file's comment says when `source` opens with a lookbehind over one class. */
export function wordStartRegExp(source: string, flags: string): RegExp {
  const lookbehind = LEADING_LOOKBEHIND.exec(source);
  // (a body of alternatives at its top level would need its own group: "(?<!x)a|b" is "(?:(?<!x)a)|b")
  if (!lookbehind || hasTopLevelAlternation(source.slice(lookbehind[0].length))) return new RegExp(source, flags);
  return new WordStartRegExp(source, flags, lookbehind[1]!, lookbehind[0].length);
}

function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
