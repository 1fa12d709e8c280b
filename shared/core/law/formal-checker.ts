/**
 * The mise en demeure checker: which of the mentions a formal notice must carry are missing from a text.
 * It reads the final text (a built-in draft, a draft rendered from a user's template, or what the user typed
 * in the compose window), so the UI can warn before an incomplete notice is sent.
 *
 * The mentions (../shared/domain/README.md): the words « mise en demeure »; a final payment date; the sender's and
 * the recipient's addresses; a recap of the earlier reminders with their dates; the date of the letter; a
 * signature; that the court will be seized; in B2B the late-payment penalties and the fixed indemnity with
 * their legal basis. The facts are passed formatted as the draft writes them (`15 décembre 2026`, `4 380,00 €`).
 */
export const FORMAL_MENTIONS = [
  'formal-notice-words',
  'final-payment-date',
  'sender-address',
  'recipient-address',
  'reminders-recap',
  'letter-date',
  'signature',
  'court',
  'penalties',
  'indemnity',
] as const;
export type FormalMention = (typeof FORMAL_MENTIONS)[number];

export interface FormalFacts {
  lang: string;
  /** Formatted as in the text. */
  letterDate: string;
  finalPaymentDate: string;
  senderAddressLines: string[];
  senderName: string;
  recipient: { name: string | null; email: string | null; addressLines: string[] };
  /** Dates of the earlier reminders, formatted. */
  reminderDates: string[];
  signatoryName: string;
  /** B2B: the penalty rate and amount as written, and a pattern for their legal basis. Null when none is owed. */
  penalties: { rate: string; amount: string; basis: RegExp } | null;
  indemnity: { amount: string; basis: RegExp } | null;
}

export interface MissingMention {
  id: FormalMention;
  /** What is missing, in English, naming the expected words or values. */
  message: string;
}

export interface FormalCheck {
  complete: boolean;
  missing: MissingMention[];
}

/** Lower case, every kind of space made one plain space, typographic quotes and apostrophes made plain. */
export function normalizeForCheck(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2007\u2009\u200a\t\r\n ]+/g, ' ')
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}

const WORDS: Record<string, RegExp> = {
  fr: /mise en demeure/,
  en: /formal notice/,
  de: /(letzte mahnung|inverzugsetzung|zahlungsaufforderung)/,
  es: /requerimiento (formal )?de pago/,
  it: /(diffida|messa in mora)/,
};
const WORD_LABEL: Record<string, string> = {
  fr: '« mise en demeure »',
  en: '"formal notice"',
  de: '"letzte Mahnung"',
  es: '"requerimiento de pago"',
  it: '"diffida" or "messa in mora"',
};
const COURT: Record<string, RegExp> = {
  fr: /(tribunal|juridiction|injonction de payer|action en justice|procédure judiciaire|commissaire de justice)/,
  en: /(court|legal proceedings|legal action)/,
  de: /(gericht|mahnverfahren|rechtliche schritte)/,
  es: /(juzgado|tribunal|acciones judiciales|procedimiento judicial)/,
  it: /(tribunale|decreto ingiuntivo|vie legali|azione giudiziaria)/,
};

/**
 * `bodyStart`: where the letter's own text starts, when a header (addresses, date, subject line) precedes it:
 * the words « mise en demeure » must be in the body, a subject line is not enough.
 */
export function checkFormalNotice(text: string, facts: FormalFacts, bodyStart = 0): FormalCheck {
  const t = normalizeForCheck(text);
  const body = normalizeForCheck(text.slice(bodyStart));
  const has = (s: string | null | undefined) => !!s && t.includes(normalizeForCheck(s).trim());
  const missing: MissingMention[] = [];
  const lang = facts.lang in WORDS ? facts.lang : 'en';

  if (!WORDS[lang]!.test(body)) missing.push({ id: 'formal-notice-words', message: `the words ${WORD_LABEL[lang]}` });
  if (!has(facts.finalPaymentDate)) missing.push({ id: 'final-payment-date', message: `a final payment date (${facts.finalPaymentDate})` });
  const senderLines = facts.senderAddressLines.map((l) => l.trim()).filter(Boolean);
  const senderMissing = senderLines.filter((l) => !has(l));
  if (!has(facts.senderName) || senderMissing.length > 0 || senderLines.length === 0) {
    missing.push({ id: 'sender-address', message: `the sender's name and address (${[facts.senderName, ...senderMissing].filter((l) => !has(l)).join(', ') || 'no address given'})` });
  }
  const recipientLines = facts.recipient.addressLines.map((l) => l.trim()).filter(Boolean);
  const recipientOk = recipientLines.length > 0 ? recipientLines.every(has) : has(facts.recipient.email);
  if (!recipientOk || (facts.recipient.name && !has(facts.recipient.name))) {
    const expected = [facts.recipient.name, ...(recipientLines.length ? recipientLines : [facts.recipient.email])].filter(Boolean).join(', ');
    missing.push({ id: 'recipient-address', message: `the recipient's name and address (${expected || 'unknown: add the client’s address'})` });
  }
  if (facts.reminderDates.length === 0) {
    missing.push({ id: 'reminders-recap', message: 'a recap of earlier reminders: none is recorded for this invoice' });
  } else {
    const notNamed = facts.reminderDates.filter((d) => !has(d));
    if (notNamed.length) missing.push({ id: 'reminders-recap', message: `a recap of the earlier reminders with their dates (${notNamed.join(', ')})` });
  }
  if (!has(facts.letterDate)) missing.push({ id: 'letter-date', message: `the date of the letter (${facts.letterDate})` });
  if (!has(facts.signatoryName)) missing.push({ id: 'signature', message: `a signature (${facts.signatoryName})` });
  if (!COURT[lang]!.test(t)) missing.push({ id: 'court', message: 'the statement that the court will be seized without payment' });
  if (facts.penalties) {
    const p = facts.penalties;
    const gaps = [has(p.rate) ? null : `rate ${p.rate}`, has(p.amount) ? null : `amount ${p.amount}`, p.basis.test(t) ? null : 'legal basis'].filter(Boolean);
    if (gaps.length) missing.push({ id: 'penalties', message: `the late-payment penalties (${gaps.join(', ')})` });
  }
  if (facts.indemnity) {
    const i = facts.indemnity;
    const gaps = [has(i.amount) ? null : `amount ${i.amount}`, i.basis.test(t) ? null : 'legal basis'].filter(Boolean);
    if (gaps.length) missing.push({ id: 'indemnity', message: `the fixed recovery indemnity (${gaps.join(', ')})` });
  }
  return { complete: missing.length === 0, missing };
}

/** Patterns for the legal texts, matching "L441-10", "L. 441-10", "article L 441-10". */
export const BASIS_PATTERNS = {
  'FR-L441-10': /l\.? ?441-10/,
  'FR-D441-5': /d\.? ?441-5/,
  'EU-2011-7': /2011\/7/,
  'UK-LPCDIA-1998': /late payment of commercial debts/,
} as const;
