import { execAll } from '../text/exec-all';
import { alternationRegExp } from '../text/alternation-regexp';
import { foldPattern } from '../text/fold';

/**
 * Matching cue phrases in folded text (see text/fold: lower case, no accents, plain quotes, same offsets as
 * the original) with the clause and sentence around each hit, so that "nous n'avons pas encore réglé",
 * "if you have already paid" or "will be paid" are not read as "paid".
 */

/**
 * Alternatives of regex sources written for folded text, as one global regex bounded by non-letters (a
 * long list runs in parts: see alternation-regexp).
 */
export function cueRegex(sources: readonly string[]): RegExp {
  // (cues written as their language reads, "過ぎて", "إشعار دائن": folded as the text is)
  // (so a cue never starts on an apostrophe joined to a word, "'ll pay" in "we'll pay": it starts on the word, "[a-z]+'ll")
  return alternationRegExp(sources.map(foldPattern), '(?<![a-z])', '(?![a-z])', 'g');
}

export interface CueHit {
  index: number;
  end: number;
  text: string;
  /** Folded text of the clause before the hit (at most 60 chars), without the hit. */
  before: string;
  /** Folded text of the whole clause holding the hit. */
  clause: string;
  /** Offset of `clause` in the text: hits of one clause share it. */
  clauseStart: number;
  /** Original text of the sentence holding the hit, where a promised date is looked for. */
  sentence: string;
  /** Offset of `sentence` in the original text: hits of one sentence share it. */
  sentenceStart: number;
  /** Offset of the hit's end inside `sentence`. */
  endInSentence: number;
}

/**
 * Words that open a sentence and never follow an ordinal ("week 39. Graag een creditnota", "le lot 12. Merci d'avance"):
 * after a short number their full stop ends the sentence, as it does not in « am 17. Juni » or « die 2. Mahnung ».
 */
const SENTENCE_OPENER = String.raw`(?:Graag|Merci|Thanks|Thank|Please|Kindly|Bitte|Danke|Vielen|Gracias|Grazie|Bedankt|Nous|Je|On|Vous|Il|Elle|Ils|We|I|You|It|They|Our|Wir|Ich|Unser\p{L}*|Wij|Ik|Onze|Jullie|Dat|Dit|Het|Die|Ce|Cela|This|That|Can|Could|Pouvez|Pourriez|Kunt|Kunnen|Best|Regards|Cordialement|Groet\p{L}*|Saluti|Saludos|Cheers)(?![\p{L}'])`;
/**
 * Sentence ends, read on the original text: a full stop after a word, or an amount ("… not £17,000.50. Please", « … le
 * supplément de 280 €. Merci de corriger … »), or a
 * short date with slashes (« réglée par virement le 02/06. Vous devriez … »),
 * and before a capital (never the dot of "17. Juni" or "2 nov. 2026"), an ellipsis before a capital (« … n'a pas suivi... Je vous fais
 * un virement lundi prochain »), ! and ?, an emoji that ends a casual sentence
 * (« on a pas oublié 😬 on fait le virement … ») or a typed smiley (« je n'ai rien trouvé à l'atelier :) Tu peux … »), and a line break before a new paragraph or a capital line (not a wrapped line).
 */
const SENTENCE_BREAK = new RegExp(
  String.raw`(?<=\p{L}{2}|\)|\d{3}|\d[.,]\d{2}|\d\s?[€£$%])\.(?=\s+[\p{Lu}"«(]|\s*$)|(?<=\d)\.(?=\s+${SENTENCE_OPENER})|(?<=\d{1,2}[/-]\d{1,2})\.(?=\s+[\p{Lu}"«(])|(?<=\p{L})(?:\.{3}|…)(?=\s+[\p{Lu}"«(])|[!?]|\p{Extended_Pictographic}+(?=\s)|(?<=\s)[:;]-?[()DPp](?=\s)|\n(?=\s*\n|\s*[\p{Lu}\d*•-])`,
  'gu',
);
/**
 * Clause breaks: sentence ends, a full stop before a lower-case word (a casual reply's sentences: "… is done.
 * holding off on payment"), ; , :, a spaced dash ("… nicht stattgefunden – wir bitten …") and "but" in the
 * languages read.
 */
const CLAUSE_BREAK = new RegExp(
  `${SENTENCE_BREAK.source}|(?<=\\p{L}{2})\\.(?=\\s+\\p{Ll})|(?<=\\p{L})(?:\\.{2,}|…)(?=\\s+\\p{Ll})|;|[,:](?=\\s)|(?<=\\s)[-–—](?=\\s)|(?<!\\p{L})(?:[Mm]ais|[Bb]ut|[Hh]owever|[Aa]ber|[Jj]edoch|[Pp]ero|[Ss]in embargo|[Mm]aar|[Cc]ependant|[Tt]outefois|[Tt]hough)(?!\\p{L})`,
  'gu',
);

/** Where the breaks of one text start and end, in order (matches never overlap, so both are sorted). */
interface Breaks {
  starts: number[];
  ends: number[];
}

/**
 * The breaks of the last text each break pattern was run on: a reply's cue lists are all read against the
 * same text, and a hit finds its clause by binary search instead of a scan from the text's start (which made
 * a reply holding thousands of cue words quadratic).
 */
// (the text found is kept as the very string asked for: an equal copy — the same reply read again — compares character by
// character, and compared once per hit it made a reply of thousands of acknowledgements quadratic)
const lastBreaks = new Map<RegExp, { text: string; breaks: Breaks }>();

function breaksOf(re: RegExp, text: string): Breaks {
  const known = lastBreaks.get(re);
  if (known && known.text === text) {
    known.text = text;
    return known.breaks;
  }
  const breaks: Breaks = { starts: [], ends: [] };
  for (const m of execAll(re, text)) {
    breaks.starts.push(m.index);
    breaks.ends.push(m.index + m[0].length);
  }
  lastBreaks.set(re, { text, breaks });
  return breaks;
}

/** Index of the first element of a sorted list that is >= `value` (the list's length when none is). */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span between the last break ending before `index` and the first break starting after `end`. */
function bounds(re: RegExp, text: string, index: number, end: number): [number, number] {
  const { starts, ends } = breaksOf(re, text);
  const before = firstAtLeast(ends, index + 1) - 1;
  const after = firstAtLeast(starts, end);
  return [before >= 0 ? ends[before]! : 0, after < starts.length ? starts[after]! : text.length];
}

/**
 * The text before `index`, at most `span` characters of it and none before `floor`, from a word's start: a word cut off
 * would read as another (the end of « commune » as « ne », a negation).
 */
export function wordsBefore(folded: string, floor: number, index: number, span: number): string {
  const from = Math.max(floor, index - span);
  const before = folded.slice(from, index);
  return from > floor && /[a-z]/.test(folded[from - 1]!) ? before.replace(/^[a-z]+/, '') : before;
}

/** « a » before a capitalised word: « à » before a name (« je passe a Vire »), not the auxiliary of « a viré ». */
export const PREPOSITION_BEFORE_NAME = /^a\s+\p{Lu}\p{Ll}/u;

/** Every hit of a cue regex in `folded` (= fold(original)), each with its clause and sentence. */
export function cueHits(re: RegExp, folded: string, original: string): CueHit[] {
  const hits: CueHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const end = m.index + m[0].length;
    // « quand je passe a Vire »: « a » before a capitalised word is « à » before a name (a town), not « a viré ».
    if (PREPOSITION_BEFORE_NAME.test(original.slice(m.index, end))) continue;
    const [clauseStart, clauseStop] = bounds(CLAUSE_BREAK, original, m.index, end);
    const [sentenceStart, sentenceStop] = bounds(SENTENCE_BREAK, original, m.index, end);
    hits.push({
      index: m.index,
      end,
      text: m[0],
      before: wordsBefore(folded, clauseStart, m.index, 60),
      clause: folded.slice(clauseStart, clauseStop),
      clauseStart,
      sentence: original.slice(sentenceStart, sentenceStop),
      sentenceStart,
      endInSentence: end - sentenceStart,
    });
  }
  return hits;
}
