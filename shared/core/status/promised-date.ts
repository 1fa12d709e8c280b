import { findDates, type DateOrder } from '../extract/locale/date';
import { countsFromADayBefore, relativeDateReadings } from '../extract/locale/relative-date';
import { daysBetween } from '../calendar/iso-date';
import { fold } from '../text/fold';
import { findMoney } from '../extract/locale/amount';
import { wordStartRegExp } from '../text/word-start-regexp';
import { detectLanguage } from '../text/language';

export interface PromisedDates {
  /** The most likely promised date, or null when the promise names none. */
  date: string | null;
  /** Every defensible reading, most likely first. */
  candidates: string[];
  /**
   * The days of a schedule of instalments, in order (« en 3 fois : 3 200 € le 15/11, 3 200 € le 15/12 et 3 200 € le 15/01 »):
   * each day passes in turn, the plan standing until its last.
   */
  schedule?: string[];
}

/** The payer's next run of payments, which dates a promise by itself: « au prochain règlement fournisseurs », "in our next payment run". */
const NEXT_PAYMENT_RUN = /(?<![a-z])(?:prochaine?s?|next|nachste[nmr]?|volgende|proxim[oa])\s+(?:reglements?\s+(?:des\s+)?fournisseurs?|paiements?\s+(?:des\s+)?fournisseurs?|campagnes?\s+de\s+(?:paiement|reglement)s?|(?:supplier\s+)?pay(?:ment)?\s+run|zahlungslauf|betaalrun|remesa)(?![a-z])/;

/**
 * A day named after the payer's payments in general, its routine (« notre gérant signe les virements le vendredi », « le
 * trésorier signe les chèques jeudi, le vôtre partira … la semaine prochaine »): after any other day the reply names.
 */
const PAYER_ROUTINE_BEFORE = /(?<![a-z])(?:les|nos|leurs|ses|the|our|their|all)\s+(?:paiements|virements|cheques|reglements|payments|transfers|checks|payment\s+runs)\s+(?:le\s+|les\s+|on\s+|every\s+|each\s+|tous\s+les\s+|chaque\s+)?$/;

/** Words of a payment in several parts: "en 3 fois", "échéancier", "puis … le solde", "in three instalments". */
const INSTALMENTS = wordStartRegExp(String.raw`(?<![\p{L}])(?:en\s+(?:\d+|deux|trois|quatre|plusieurs)\s+fois|[ée]ch[ée]ancier|mensualit[ée]s?|instal(?:l)?ments?|in\s+(?:\d+|two|three|four)\s+payments|(?<!(?:vote|votera|voteront|votent|voter|approuve|approuvera|valide|validera|decide|decidera)\s+)le\s+solde\s+le|the\s+balance\s+on|in\s+(?:\d+|zwei|drei)\s+raten|a\s+plazos|in\s+(?:\d+|due|tre)\s+rate)(?![\p{L}])`, 'iu');

/**
 * The dates a promise names, read in the sentences that hold its words, else in the whole reply. A written date nearest after the promise words wins ("nous réglerons le 18/11", not the due date
 * quoted earlier); relative wordings ("vendredi prochain", "end of the month") add all their readings.
 * Dates before the reply are not promises.
 */
export function promisedDates(
  places: readonly { sentence: string; sentenceStart: number; cueStart?: number; cueEnd: number }[],
  wholeText: string,
  reference: string,
  order: DateOrder,
  /** The whole reply, where a day counted from one named before (« le lundi qui suit ») finds that day; `wholeText` when not given. */
  context: string = wholeText,
): PromisedDates {
  const year = Number(reference.slice(0, 4));
  // Whether the last text read was a schedule of instalments (set by readPlace).
  let readSchedule = false;
  const readPlace = (text: string, cueEnd: number, cueStart = cueEnd, before = ''): string[] => {
    const writtenDays = findDates(text, { order, referenceYear: year })
      .map((d) => ({ ...d, iso: d.iso < reference && !/\d{4}/.test(d.raw) ? nextYearIfSoon(d.iso, reference) : d.iso }))
      .filter((d) => d.iso >= reference)
      // After the promise words first, nearest first; dates before them count double distance.
      .sort((a, b) => distance(a, cueEnd) - distance(b, cueEnd));
    // (a written day in a clause of its own before the promise words is another thing's, after any day read after them: « Le
    // festival se termine le 13 décembre, je te fais le virement le lundi 14/12 »)
    const apart = (d: { index: number; end: number }) => d.index < cueStart && /[,;]/.test(text.slice(d.end, cueStart));
    const written = writtenDays.filter((d) => !apart(d)).map((d) => d.iso);
    const writtenApart = writtenDays.filter(apart).map((d) => d.iso);
    const placed: { index: number; iso: string; after?: string }[] = writtenDays.map((d) => ({ index: d.index, iso: d.iso }));
    // A promise is for the coming months: a "8 novembre" read as next year's is a past day of this one.
    // (after the promise words first, as written dates: "Our new finance person starts monday, we'll get it paid by end
    // of next week" promises the end of next week)
    const coming = (o: DateOrder) => {
      // (a day named inside the promise words, "zahle Ende nächster Woche", is theirs: as near as after them)
      // (a day in a clause of its own before them is another thing's, after any named after them: « L'expert de
      // l'assurance passe la semaine prochaine, on vous règle dès que l'assurance a payé, normalement avant Noël »)
      const away = (index: number) =>
        (index >= cueStart ? Math.max(0, index - cueEnd) : (/[,;]/.test(text.slice(index, cueStart)) ? text.length : 0) + 2 * (cueStart - index)) +
        (PAYER_ROUTINE_BEFORE.test(fold(text.slice(Math.max(0, index - 40), index))) ? 2 * text.length : 0);
      // (a day counted from one named in an earlier sentence, « … le vendredi 11 décembre. On vous fait le virement le lundi qui
      // suit », is read with that sentence before it)
      const prefix = before && countsFromADayBefore(text) ? before : '';
      const readings = relativeDateReadings(prefix + text, reference, { order: o })
        .filter((r) => r.index >= prefix.length)
        .map((r) => ({ ...r, index: r.index - prefix.length }))
        .sort((a, b) => away(a.index) - away(b.index));
      for (const r of readings) for (const iso of r.dates) placed.push({ index: r.index, iso, ...(r.after ? { after: r.after } : {}) });
      return [...new Set(readings.flatMap((r) => r.dates))].filter((d) => d >= reference && daysBetween(reference, d) <= NEXT_YEAR_WITHIN_DAYS);
    };
    // A short day and month that name no day to come in the reply's order name one in the other ("Payment is
    // scheduled for 12/07", written in October by a US client: 7 December): a promise is for a day to come.
    let relative = coming(order);
    // So does a full date after words of a day to come ("This is scheduled in our next payment run on 12/03/2026",
    // written on 20 November by a US payer): past in one order, it is that day in the other.
    // (only in English, where both orders are written: a French « par virement le 04/11 » sent on 5 November is a day past)
    if (relative.length === 0 && writtenDays.length === 0 && (!FULL_NUMERIC_DATE.test(text) || SCHEDULED_AHEAD.test(text)) && detectLanguage(text, 'en') === 'en') {
      relative = coming(order === 'DMY' ? 'MDY' : 'DMY');
    }
    // « je te fais le virement le lendemain » of a day named before: that day is not the one promised.
    const daysBefore = new Set(placed.flatMap((p) => (p.after ? [p.after] : [])));
    let found = [...new Set([...written.filter((d) => !daysBefore.has(d)), ...relative, ...writtenApart.filter((d) => !daysBefore.has(d))])];
    // The day given as the last one ("zahle bis Ende nächster Woche, spätestens 31.10.", « vendredi au plus tard ») is the one promised.
    const latest = dayGivenAsLatest(text, placed);
    if (latest && found.includes(latest)) found = [latest, ...found.filter((d) => d !== latest)];
    // A schedule of instalments ("6 000 DH fin janvier (le 31), 6 000 DH le 28 février…", "en 3 fois : 500 € le 30/11,
    // puis le 31/12 et le solde le 31/01"): its days in order, the first one first (the thread's status takes the first
    // not yet passed on the day of the scan: see thread-status' dayPromised).
    readSchedule = INSTALMENTS.test(text);
    return findMoney(text).length >= 2 || readSchedule ? found.sort() : found;
  };
  // Where a sentence gave no date, its other promise words give none either: each sentence is read once,
  // so a reply repeating a promise thousands of times stays linear.
  const writtenIn = (sentence: string) => findDates(sentence, { order, referenceYear: year }).length > 0;
  const read = new Set<number>();
  // Whether a sentence of the payment words named the reply's own day: their day, whatever another sentence names.
  let namedToday = false;
  for (const place of places) {
    if (read.has(place.sentenceStart)) continue;
    read.add(place.sentenceStart);
    let found = readPlace(place.sentence, place.cueEnd, place.cueStart, context.slice(Math.max(0, place.sentenceStart - 300), place.sentenceStart));
    const schedule = readSchedule;
    if (found.includes(reference)) namedToday = true;
    // The reply's own day named before the promise words is what was done today ("Nous avons viré 1 000 €
    // aujourd'hui, le solde suivra dès que possible"): only after them is it the day promised.
    if (found.includes(reference) && !readPlace(place.sentence.slice(place.cueEnd), 0).includes(reference)) found = found.filter((d) => d !== reference);
    if (found.length) {
      // A day given as the last one in the next sentence overrides: « On règle tout début janvier, la tréso est tendue. Le 5
      // janvier au plus tard promis. », « c'est prévu le 4 décembre. Paiement … au plus tard, le 11.12. »
      const nextStart = place.sentenceStart + place.sentence.length;
      const next = context.slice(nextStart, nextStart + 160);
      const latest = AT_THE_LATEST_ONCE.test(next) ? readPlace(next, 0).filter((d) => d !== reference) : [];
      if (latest.length) return { date: latest[0]!, candidates: [...new Set([...latest, ...found])] };
      // A period (« in our payment run at the end of this month ») that a later promise pins to a written day by then ("The
      // transfer will be executed on December 25"): that day.
      // (the promise words found after this sentence, in the next 300 characters)
      const laterCue = writtenIn(place.sentence) ? undefined : places.find((p) => p.sentenceStart + p.cueEnd > nextStart);
      if (laterCue && laterCue.sentenceStart + laterCue.cueEnd - nextStart <= 300) {
        const span = context.slice(nextStart, Math.min(laterCue.sentenceStart + laterCue.sentence.length, nextStart + 300));
        const cueAt = laterCue.sentenceStart + laterCue.cueEnd - nextStart;
        const day = writtenIn(span) ? readPlace(span, cueAt, cueAt).find((d) => d > reference && d <= found[0]!) : undefined;
        if (day) return { date: day, candidates: [...new Set([day, ...found])] };
      }
      return { date: found[0]!, candidates: found, ...(schedule && found.length >= 2 ? { schedule: found } : {}) };
    }
  }
  // Elsewhere in the reply, the reply's own day is what was done today ("wir haben heute 1.000 € angewiesen"),
  // not the day promised.
  // (not a day named before a promise dated by the payer's next run of payments: « nous déménageons le 1er décembre … Pour
  // celle-ci pas de souci, elle partira au prochain règlement fournisseurs » gives no day)
  // (each sentence once: thousands of promise words in one sentence stay linear)
  let from = Infinity;
  const seen = new Set<number>();
  for (const p of places) {
    if (seen.has(p.sentenceStart)) continue;
    seen.add(p.sentenceStart);
    if (NEXT_PAYMENT_RUN.test(fold(p.sentence))) from = Math.min(from, p.sentenceStart);
  }
  // (nor a day of another sentence when the payment's own names today: « Je passe samedi matin. C'est réglé par PayPal ce soir »)
  if (namedToday) return { date: null, candidates: [] };
  const fallback = readPlace(from === Infinity ? wholeText : wholeText.slice(from), 0).filter((d) => d !== reference);
  return { date: fallback[0] ?? null, candidates: fallback, ...(readSchedule && fallback.length >= 2 ? { schedule: fallback } : {}) };
}

/**
 * A day written without its year and already past this year: "le 15 janvier" written in December is next
 * January, but "du 8 novembre" written on 10 November is a past day (a payment made), not one a year ahead.
 */
const NEXT_YEAR_WITHIN_DAYS = 183;
function nextYearIfSoon(iso: string, reference: string): string {
  const next = `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
  return daysBetween(reference, next) <= NEXT_YEAR_WITHIN_DAYS ? next : iso;
}

/** Words that put the day named after them ahead: "scheduled", "next payment run", "will be paid", « prévu », « prochain ». */
const SCHEDULED_AHEAD = /(?<![\p{L}])(?:scheduled|planned|next\s+(?:payment|pay|check|cheque)\s+run|will\s+be\s+(?:paid|sent|released|processed)|pr[eé]vue?|programm[eé]e?|prochaine?\s+(?:campagne|vague|cycle)|geplant|eingeplant|programad[oa]|previst[oa]|gepland|ingepland)(?![\p{L}])/iu;

/** A day, month and year in figures ("07/06/2026"): past in one order, it is past (a payment made), not to come in the other. */
const FULL_NUMERIC_DATE = /(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)/;

/** "at the latest", "latest 27/11", « au plus tard », "spätestens", "uiterlijk"…: the day next to it is the deadline. */
const AT_THE_LATEST = /(?<![\p{L}])(?:sp[äa]testens|au\s+plus\s+tard|at\s+the\s+latest|latest(?=\s+(?:by\s+|on\s+|the\s+)?\d)|(?:by\s+)?no\s+later\s+than|a\s+m[áa]s\s+tardar|al\s+m[áa]s\s+tardar|entro\s+e\s+non\s+oltre|al\s+pi[ùu]\s+tardi|uiterlijk|najp[óo][źz]niej|nejpozd[ěe]ji|legk[ée]s[őo]bb|o\s+mais\s+tardar)(?![\p{L}])/giu;

const AT_THE_LATEST_ONCE = new RegExp(AT_THE_LATEST.source, AT_THE_LATEST.flags.replace('g', ''));

/** The day written right after "at the latest" (within a few words), or right before it (« vendredi au plus tard »). */
function dayGivenAsLatest(text: string, placed: readonly { index: number; iso: string }[]): string | null {
  let tried = 0;
  for (const m of text.matchAll(AT_THE_LATEST)) {
    // (the first few only: a hostile text repeating "at the latest" stays linear)
    if (++tried > 3) break;
    const end = m.index + m[0].length;
    const after = placed.filter((p) => p.index >= end && p.index - end <= 20).sort((a, b) => a.index - b.index)[0];
    if (after) return after.iso;
    // (before it, in its clause, the phrase that starts first: "end of next week at the latest" holds a "next week" of its own)
    const before = placed.filter((p) => p.index < m.index && m.index - p.index <= 30 && !/[,;.!?]\s/.test(text.slice(p.index, m.index))).sort((a, b) => a.index - b.index)[0];
    if (before) return before.iso;
  }
  return null;
}

function distance(d: { index: number; end: number }, cueEnd: number): number {
  return d.index >= cueEnd ? d.index - cueEnd : 2 * (cueEnd - d.end);
}
