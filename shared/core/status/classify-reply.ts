import type { MailMessage } from '../mail/model';
import { fold } from '../text/fold';
import { detectLanguage } from '../text/language';
import { guessDateOrder } from '../extract/fields/date-order';
import { findMoney } from '../extract/locale/amount';
import { hasReplyPrefix } from '../mail/subject';
import { cueHits, type CueHit } from './cues';
import { stripQuoted } from './strip-quoted';
import { isAutoReply, isBounce } from './auto-reply';
import { promisedDates } from './promised-date';
import {
  ACK,
  CONDITION,
  DISPUTE,
  DISPUTE_WEAK,
  FUTURE,
  NEGATION,
  NOT_BEFORE,
  PAID,
  PAID_OR_SCHEDULED,
  PARTIAL,
  PAY_PRESENT,
  PROMISE,
  QUESTION,
} from './reply-cues';
import { ANSWER, CHASE, THANKS } from './own-cues';

export { isAutoReply } from './auto-reply';

export type ClientReplyKind = 'paid' | 'promise' | 'dispute' | 'question' | 'ack' | 'auto-reply' | 'bounce' | 'other';

export interface ClientReplyReading {
  kind: ClientReplyKind;
  /** Only for a promise: the most likely date promised. */
  promisedDate: string | null;
  /** Only for a promise: every defensible reading of the date, most likely first. */
  promisedCandidates: string[];
  /** The words that decided. */
  evidence: string;
}

export type OwnMessageKind = 'reminder' | 'answer' | 'thanks' | 'other';

const ALREADY = /(?<![a-z])(?:deja|already|bereits|schon|ya|gia)(?![a-z])/;

function isNegated(hit: CueHit): boolean {
  return NEGATION.test(hit.before) || NEGATION.test(hit.text);
}

/** For cues that carry their own negation ("ne correspond pas", "never received"), only a negation before a plain one counts. */
function isNegatedBefore(hit: CueHit): boolean {
  return NEGATION.test(hit.before) && !NEGATION.test(hit.text);
}

function isConditional(hit: CueHit): boolean {
  return CONDITION.test(hit.before);
}

/** A statement that the payment was made: not negated, not conditional, not future, not a part payment. */
function isPaidStatement(hit: CueHit): boolean {
  return !isNegated(hit) && !isConditional(hit) && !FUTURE.test(hit.before + hit.text) && !PARTIAL.test(hit.clause);
}

function reading(kind: ClientReplyKind, evidence: string, dates: { date: string | null; candidates: string[] } | null = null): ClientReplyReading {
  return { kind, promisedDate: dates?.date ?? null, promisedCandidates: dates?.candidates ?? [], evidence: evidence.trim().slice(0, 200) };
}

/** Day-first or month-first for a reply's dates, judged on the whole message (the quoted invoice shows the habit). */
function dateOrderOf(message: MailMessage, newText: string) {
  const currency = findMoney(message.text.slice(0, 8000))[0]?.currency ?? null;
  return guessDateOrder(message.text.slice(0, 8000), { lang: detectLanguage(newText || message.text), currency });
}

/** What a client's reply says about the invoice: paid, a promise (with its date), a dispute, or nothing that changes the chase. */
export function classifyClientReply(message: MailMessage): ClientReplyReading {
  if (isBounce(message)) return reading('bounce', message.subject);
  if (isAutoReply(message)) return reading('auto-reply', message.subject);
  const text = stripQuoted(message.text);
  const folded = fold(text);
  const reference = message.calendarDate ?? message.date?.slice(0, 10) ?? null;

  const paid = cueHits(PAID, folded, text).filter(isPaidStatement);
  const disputes = cueHits(DISPUTE, folded, text).filter((h) => !isNegatedBefore(h) && !isConditional(h));
  const promises = cueHits(PROMISE, folded, text).filter((h) => !isNegated(h) && !isConditional(h));
  const notBefore = cueHits(NOT_BEFORE, folded, text).filter((h) => !isConditional(h));

  const promiseDates = (hits: CueHit[]) =>
    reference
      ? promisedDates(hits.map((h) => ({ sentence: h.sentence, sentenceStart: h.sentenceStart, cueEnd: h.endInSentence })), text, reference, dateOrderOf(message, text))
      : { date: null, candidates: [] };

  // "Already paid" answers a reminder or a dispute about it: the payment claim wins.
  const alreadyPaid = paid.find((h) => ALREADY.test(h.before + h.text));
  if (disputes.length && !alreadyPaid) return reading('dispute', disputes[0]!.sentence);
  if (paid.length) {
    const hit = paid[0]!;
    // "mise en paiement le 15/12", "Zahlung zum 15.12. angewiesen": scheduled when the date is still to come.
    if (reference && PAID_OR_SCHEDULED.test(hit.text)) {
      const dates = promiseDates([hit]);
      if (dates.date && dates.date > reference) return reading('promise', hit.sentence, dates);
    }
    return reading('paid', hit.sentence);
  }
  const promise = promises[0] ?? notBefore[0];
  if (promise) return reading('promise', promise.sentence, promiseDates(promises.length ? promises : notBefore));
  // "Wir zahlen Ende des Monats", "je règle vendredi": the present tense promises when a date comes with it.
  const present = cueHits(PAY_PRESENT, folded, text).filter((h) => !isNegated(h) && !isConditional(h));
  if (present.length && reference) {
    const dates = promisedDates(present.map((h) => ({ sentence: h.sentence, sentenceStart: h.sentenceStart, cueEnd: h.endInSentence })), '', reference, dateOrderOf(message, text));
    if (dates.date) return reading('promise', present[0]!.sentence, dates);
  }

  const asks = /\?/.test(text) || cueHits(QUESTION, folded, text).length > 0;
  const weak = cueHits(DISPUTE_WEAK, folded, text).filter((h) => !isNegatedBefore(h) && !isConditional(h));
  if (weak.length && !asks) return reading('dispute', weak[0]!.sentence);
  if (asks) return reading('question', text.split('\n').find((l) => /\?/.test(l)) ?? text);
  const ack = cueHits(ACK, folded, text)[0];
  if (ack) return reading('ack', ack.sentence);
  return reading('other', text.slice(0, 200));
}

/**
 * What a message of the company after the invoice is: a reminder (chases the payment — by hand, from the
 * invoicing tool, or a forward of the invoice asking to pay), an answer (bank details, a duplicate, a PO
 * number, a reply to a dispute), thanks for a payment, or something else.
 */
export function classifyOwnFollowUp(message: MailMessage): OwnMessageKind {
  const text = stripQuoted(message.text);
  const folded = fold(text);
  // A subject of its own ("Rappel : facture … en attente", "Payment reminder") says what the message is;
  // a reply keeps the subject of what it answers.
  const subject = hasReplyPrefix(message.subject) ? '' : fold(message.subject);
  // "no outstanding balance" is not a chase; "n'est toujours pas réglée" is one (the negation is the cue).
  const chases = cueHits(CHASE, folded, text).filter((h) => !isConditional(h) && !(NEGATION.test(h.before) && !NEGATION.test(h.text)));
  if (chases.length || cueHits(CHASE, subject, subject).length) return 'reminder';
  if (cueHits(THANKS, folded, text).length) return 'thanks';
  if (cueHits(ANSWER, folded, text).length) return 'answer';
  return 'other';
}
