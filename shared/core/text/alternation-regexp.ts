/**
 * One global regex for a long list of alternatives, fast whatever the list's length.
 *
 * V8 compiles a regex whose source is over 20 KB without its optimizations (kRegExpTooLargeToOptimize in
 * its regexp compiler): the reply cue lists of 21 and 24 KB ran 30 to 60 times slower than the same lists
 * cut in two (75–95 µs against 2.5 µs for a 60-character reply), a tenth of a scan's time. A list over the
 * limit is cut into parts under it, and the regex runs them all and keeps the match the whole list would
 * give: the leftmost one, and at one position the part holding the earlier alternatives (the whole list
 * tries them in order there). Used through exec, test or cue loops, it is the regex of the whole list;
 * only a match's groups are a part's (numbered in that part), not the whole list's.
 */

/** Well under V8's 20 KB, so that a list growing by a few cues does not fall over it unnoticed. */
export const MAX_SOURCE_CHARS = 16_000;

/** A global regex over several parts of one alternation, matching what their whole alternation matches. */
class PartedRegExp extends RegExp {
  private readonly parts: RegExp[];
  /**
   * Each part's last answer on `text`: searched from `from`, its match (null: none up to the text's end).
   * A text holding thousands of cues of one part would otherwise have the other parts search its whole rest
   * at every match: quadratic.
   */
  private readonly found: { from: number; match: RegExpExecArray | null }[] = [];
  private text: string | null = null;

  constructor(whole: string, parts: string[], flags: string) {
    super(whole, flags);
    this.parts = parts.map((p) => new RegExp(p, flags));
  }

  /** The part's first match at or after `from` (a global or sticky search; each position is tried alone). */
  private partMatch(k: number, text: string, from: number): RegExpExecArray | null {
    const known = this.found[k];
    // A search from an earlier position that found nothing before its match answers for this one too.
    if (!this.sticky && known && known.from <= from && (known.match === null || known.match.index >= from)) return known.match;
    const part = this.parts[k]!;
    part.lastIndex = from;
    const match = part.exec(text);
    this.found[k] = { from, match };
    return match;
  }

  // Methods that make a copy of the regex (matchAll, split, replace's internals) copy the whole one.
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  override exec(text: string): RegExpExecArray | null {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    if (text !== this.text) {
      this.text = text;
      this.found.length = 0;
    }
    let best: RegExpExecArray | null = null;
    for (let k = 0; k < this.parts.length; k++) {
      const m = this.partMatch(k, text, from);
      // At one position the earlier part wins: its alternatives come first in the whole list.
      if (m && (!best || m.index < best.index)) best = m;
    }
    if (this.global || this.sticky) this.lastIndex = best ? best.index + best[0].length : 0;
    return best;
  }
}

/**
 * `new RegExp(before + "(?:" + alternatives.join("|") + ")" + after, flags)`, cut into parts when its source
 * would be over MAX_SOURCE_CHARS (see the file's comment). `before` and `after` are read at each part's
 * edges: they must not capture (the parts number their groups alone).
 */
export function alternationRegExp(alternatives: readonly string[], before: string, after: string, flags: string): RegExp {
  const whole = `${before}(?:${alternatives.join('|')})${after}`;
  if (whole.length <= MAX_SOURCE_CHARS) {
    const re = new RegExp(whole, flags);
    if (re.source.length <= MAX_SOURCE_CHARS) return re;
  }
  const budget = MAX_SOURCE_CHARS - before.length - after.length - 4;
  const parts: string[][] = [[]];
  let size = 0;
  for (const alternative of alternatives) {
    // (a regex's source writes "/" as "\/": what V8 measures is that escaped source)
    const length = alternative.length + (alternative.match(/\//g)?.length ?? 0);
    if (length > budget) throw new Error(`one alternative is over ${budget} characters: ${alternative.slice(0, 60)}…`);
    if (size + length + 1 > budget) {
      parts.push([]);
      size = 0;
    }
    parts.at(-1)!.push(alternative);
    size += length + 1;
  }
  return new PartedRegExp(whole, parts.map((p) => `${before}(?:${p.join('|')})${after}`), flags);
}
