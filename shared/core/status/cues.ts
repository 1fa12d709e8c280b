/**
 * Matching cue phrases in folded text (see text/fold: lower case, no accents, plain quotes) with a look at
 * the clause around each hit, so that "nous n'avons pas encore réglé", "if you have already paid" or
 * "will be paid" do not read as "paid".
 */

/** Alternatives of regex sources written for folded text, as one regex bounded by non-letters. */
export function cueRegex(sources: readonly string[]): RegExp {
  return new RegExp(`(?<![a-z])(?:${sources.join('|')})(?![a-z])`, 'g');
}

export interface CueHit {
  index: number;
  end: number;
  text: string;
  /** The clause the hit stands in (from the previous clause break to the next one). */
  clause: string;
  /** The part of the clause before the hit, and the hit itself. */
  lead: string;
}

/** Clause breaks: sentence ends, semicolons, colons, commas, line breaks, and "but" in the languages read. */
const BREAK = /[.!?;:,\n]\s|\n|(?<![a-z])(?:mais|but|however|aber|jedoch|pero|sin embargo|ma|pero|maar|cependant|toutefois)(?![a-z])/g;

function clauseBounds(text: string, index: number, end: number): [number, number] {
  let start = 0;
  let stop = text.length;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    const breakEnd = m.index + m[0].length;
    if (breakEnd <= index) start = breakEnd;
    else if (m.index >= end) {
      stop = m.index;
      break;
    }
  }
  return [start, stop];
}

/** Every hit of a cue regex (global) in a folded text, each with its clause. */
export function cueHits(re: RegExp, folded: string): CueHit[] {
  const hits: CueHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const end = m.index + m[0].length;
    const [start, stop] = clauseBounds(folded, m.index, end);
    hits.push({ index: m.index, end, text: m[0], clause: folded.slice(start, stop), lead: folded.slice(Math.max(start, m.index - 60), end) });
  }
  return hits;
}
