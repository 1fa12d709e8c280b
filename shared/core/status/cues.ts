import { fold } from '../text/fold';

/** A cue list as one folded, word-bounded regex. */
export function cueRegex(cues: readonly string[]): RegExp {
  const body = cues
    .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .sort((a, b) => b.length - a.length)
    .join('|');
  return new RegExp(`(?<![a-z])(?:${body})(?![a-z])`);
}

export function matches(re: RegExp, text: string): RegExpExecArray | null {
  return re.exec(fold(text));
}
