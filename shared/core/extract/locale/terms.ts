import { addDays, endOfMonth } from '../../calendar/iso-date';
import { fold } from '../../text/fold';

export type PaymentTerms =
  | { kind: 'on-receipt' }
  | { kind: 'net'; days: number }
  /** "N jours fin de mois": days may be 0 ("fin de mois"). */
  | { kind: 'end-of-month'; days: number };

/** Code de commerce L441-10: when nothing is agreed, payment is due 30 days after delivery. */
export const FRENCH_B2B_DEFAULT_DAYS = 30;

const DAYS = '(?:jours?|j|days?|tage[n]?|dias?|giorni|gg|dagen)';
const EOM = '(?:fin\\s+de\\s+mois|fdm|end\\s+of\\s+(?:the\\s+)?month|eom|monatsende|ende\\s+des\\s+monats|fin\\s+de\\s+mes|fine\\s+mese|f\\.?m\\.?|d\\.?f\\.?f\\.?m\\.?|einde\\s+maand)';

interface Rule {
  re: RegExp;
  terms: (m: RegExpExecArray) => PaymentTerms;
}

/** Ordered from the most to the least specific; the first rule that matches in the text wins. */
const RULES: Rule[] = [
  // 30 jours fin de mois, 45 days end of month, 30 gg d.f.f.m., 30 Tage Monatsende
  { re: new RegExp(`(\\d{1,3})\\s*${DAYS}\\.?\\s*(?:net[s]?\\s+)?(?:,\\s*)?(?:le\\s+)?${EOM}`), terms: (m) => ({ kind: 'end-of-month', days: Number(m[1]) }) },
  // "2% Skonto innerhalb 10 Tagen, 30 Tage netto": the net term, not the discount one
  { re: new RegExp(`(\\d{1,3})\\s*${DAYS}\\s*(?:netto|net|ohne\\s+abzug|rein\\s+netto)`), terms: (m) => ({ kind: 'net', days: Number(m[1]) }) },
  { re: /\bnet\s*(\d{1,3})\b/, terms: (m) => ({ kind: 'net', days: Number(m[1]) }) },
  // à réception, due on receipt, payable upon receipt, sofort, a vista, comptant
  {
    re: /(?:a|des|dès|des la|a la|upon|on|at)\s+(?:la\s+)?r[e]ception|due\s+(?:up)?on\s+receipt|payable\s+(?:up)?on\s+receipt|immediately|sofort(?:\s+nach\s+erhalt|\s+fallig|\s+zahlbar|\s+ohne\s+abzug)?|pago\s+a\s+la\s+recepcion|al\s+(?:ricevimento|recibo)|a\s+vista|comptant|bij\s+ontvangst/,
    terms: () => ({ kind: 'on-receipt' }),
  },
  // à 30 jours, sous 45 jours, payable within 14 days, zahlbar innerhalb 14 Tagen, a 30 días, entro 30 giorni, payment terms: 30 days
  {
    re: new RegExp(`(?:a|sous|dans|dans un delai de|delai de|within|in|innerhalb(?:\\s+von)?|binnen|en|entro|plazo de|terms?:?|conditions?[^\\n\\d]{0,40}?|reglement[^\\n\\d]{0,30}?|paiement[^\\n\\d]{0,30}?|payment[^\\n\\d]{0,30}?|zahlbar[^\\n\\d]{0,20}?|pago[^\\n\\d]{0,20}?|pagamento[^\\n\\d]{0,20}?)\\s*(\\d{1,3})\\s*${DAYS}(?![a-z])`),
    terms: (m) => ({ kind: 'net', days: Number(m[1]) }),
  },
  // 30 jours date de facture, 30 days from invoice date, 30 days net (alone)
  { re: new RegExp(`(\\d{1,3})\\s*${DAYS}\\s*(?:date\\s+de\\s+facture|a\\s+compter|from\\s+(?:the\\s+)?(?:invoice|date)|after\\s+(?:the\\s+)?invoice|nach\\s+rechnung)`), terms: (m) => ({ kind: 'net', days: Number(m[1]) }) },
];

/** The payment terms a text states, or null. Reads the folded text (accents and case do not matter). */
export function findPaymentTerms(text: string): { terms: PaymentTerms; raw: string; index: number } | null {
  const folded = fold(text);
  let best: { terms: PaymentTerms; raw: string; index: number; rank: number } | null = null;
  RULES.forEach((rule, rank) => {
    const m = rule.re.exec(folded);
    if (!m) return;
    const terms = rule.terms(m);
    if ('days' in terms && (terms.days < 0 || terms.days > 365)) return;
    if (!best || rank < best.rank) best = { terms, raw: text.slice(m.index, m.index + m[0].length), index: m.index, rank };
  });
  if (!best) return null;
  const { terms, raw, index } = best;
  return { terms, raw, index };
}

/**
 * The due date the terms give. "N jours fin de mois" is counted two ways in French practice: end of the
 * month of (issue + N) — the primary reading — or (end of the issue month) + N.
 */
export function dueDateFromTerms(issueIso: string, terms: PaymentTerms): { primary: string; alternatives: string[] } {
  switch (terms.kind) {
    case 'on-receipt':
      return { primary: issueIso, alternatives: [] };
    case 'net':
      return { primary: addDays(issueIso, terms.days), alternatives: [] };
    case 'end-of-month': {
      const primary = endOfMonth(addDays(issueIso, terms.days));
      const other = addDays(endOfMonth(issueIso), terms.days);
      return { primary, alternatives: other === primary ? [] : [other] };
    }
  }
}
