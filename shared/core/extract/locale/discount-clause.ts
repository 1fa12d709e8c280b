import { execAll } from '../../text/exec-all';

/**
 * Cash-discount clauses ("2 % Skonto bei Zahlung bis zum 09.10.2026", "escompte de 2 % pour paiement sous
 * 8 jours", "2% discount if paid by 10 October") name a day count or a date to earn the discount: neither
 * is the payment term nor the due date. Read in folded text; every window is bounded, so scans stay linear.
 */

/** Words of a cash-discount clause. */
const DISCOUNT =
  /(?:escompte|skonto|discount|sconto|descuento|korting|desconto|pronto pago|early payment|paiement anticipe|pagamento anticipato|pago anticipado|vroegtijdige betaling)/;
/** "sans escompte", "no discount", "ohne Skonto", "senza sconto", "sin descuento", "zonder korting": none is given. */
const NEGATION = /(?:sans|pas d'|pas de|aucun|aucune|no|without|ohne|kein|keine|keinen|senza|nessuno|sin|zonder|geen)[ \t]{1,3}$/;

/** Whether a clause grants a discount (and does not deny one). */
function grantsDiscount(clause: string): boolean {
  const m = DISCOUNT.exec(clause);
  return m !== null && !NEGATION.test(clause.slice(Math.max(0, m.index - 12), m.index));
}

/** A percentage or a deduction right after the day count or the date ("bis 09.10.2026 2 % …", "… abzüglich"). */
const RATE_AFTER = /^[ \t:–-]{0,3}(?:\d+(?:[.,]\d+)?[ \t]?%|abzuglich)/;

/** Whether the day count of terms at `index`…`end` belongs to a discount clause. */
export function inDiscountClause(folded: string, index: number, end: number): boolean {
  const window = folded.slice(Math.max(0, index - 60), index);
  const before = window.slice(Math.max(...[',', ';', '\n', '. '].map((mark) => window.lastIndexOf(mark))) + 1);
  // "2% Skonto innerhalb 10 Tagen" or "innerhalb 10 Tagen 2% Skonto": the discount words sit in the same clause.
  const after = folded.slice(end, end + 25).split(/[,;\n]|\. /)[0] ?? '';
  return grantsDiscount(before) || grantsDiscount(after) || RATE_AFTER.test(after);
}

/** What ends a clause around a date: punctuation (not the comma of "1,5 %"), a dash between spaces, a bracket, a new line. */
const CLAUSE_END = /,(?!\d)|[;\n()]|\. | [–—-] /;
const CLAUSE_ENDS = new RegExp(CLAUSE_END.source, 'g');

/**
 * Whether the date at `index`…`end` is the last day of a discount clause. `from` and `to` bound its clause
 * from outside (the end of the date before it, the start of the date after it): in "30.10.2026 netto oder bis
 * 09.10.2026 mit 2 % Skonto" the discount belongs to the second date only.
 */
export function isDiscountDate(folded: string, index: number, end: number, from = 0, to = folded.length): boolean {
  const window = folded.slice(Math.max(from, index - 80), index);
  let start = 0;
  for (const m of execAll(CLAUSE_ENDS, window)) start = m.index + m[0].length;
  const before = window.slice(start);
  const tail = folded.slice(end, Math.min(to, end + 60));
  const stop = tail.search(CLAUSE_END);
  const after = stop < 0 ? tail : tail.slice(0, stop);
  return grantsDiscount(before) || grantsDiscount(after) || RATE_AFTER.test(after);
}
