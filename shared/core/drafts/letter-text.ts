import type { ChargesRegime } from '../law/late-charges';
import { BASIS_PATTERNS, type FormalFacts } from '../law/formal-checker';
import type { DraftLanguage } from '../ladder/stages';
import { tidyText } from './html';
import { LABELS } from './labels';
import type { RenderedParts } from './user-template';
import type { DraftView } from './view';

/** What a letter's header reads from a view: the single-invoice view and the grouped one both have it. */
export type LetterView = Pick<DraftView, 'lang' | 'company' | 'client' | 'letter'>;

/** The header of a formal letter: sender, recipient, place and date, subject. Added by code, so never lost. */
export function letterHeader(view: LetterView): { senderLines: string[]; recipientLines: string[]; placeDate: string; subjectLine: string; registered: string } {
  const L = LABELS[view.lang as DraftLanguage];
  const c = view.company;
  const senderLines = [c.name, ...c.addressLines, [c.email, c.phone].filter(Boolean).join(' · '), c.siren ? `SIREN ${c.siren}` : ''].filter(Boolean);
  const k = view.client;
  const recipientLines = [k.name, k.contactName && k.contactName !== k.name ? k.contactName : '', ...k.addressLines, k.email ?? ''].filter(Boolean);
  return { senderLines, recipientLines, placeDate: view.letter.placeDate, subjectLine: `${L.objectLabel}${view.lang === 'fr' ? ' :' : ':'} ${view.letter.subject}`, registered: view.letter.registered };
}

/** The letter's own text: opening, body and conclusion. */
export function letterBody(parts: RenderedParts): string {
  return tidyText([parts.opening, parts.body, parts.conclusion].map(tidyText).filter(Boolean).join('\n\n'));
}

/** The draft's text; a formal notice starts with the letter's header, and `bodyStart` says where its own text begins. */
export function composeText(formal: boolean, view: LetterView, parts: RenderedParts): { text: string; bodyStart: number } {
  const main = letterBody(parts);
  if (!formal) return { text: main, bodyStart: 0 };
  const h = letterHeader(view);
  const header = tidyText([h.senderLines.join('\n'), h.recipientLines.join('\n'), h.placeDate, `${h.subjectLine}\n${h.registered}`].join('\n\n'));
  return main ? { text: `${header}\n\n${main}`, bodyStart: header.length + 2 } : { text: header, bodyStart: header.length };
}

/** The legal texts a formal notice must cite for the penalties and the indemnity, by regime (null: none owed by law). */
export function basisPatternsOf(regime: ChargesRegime): { penalties: RegExp; indemnity: RegExp } | null {
  if (regime === 'FR-B2B') return { penalties: BASIS_PATTERNS['FR-L441-10'], indemnity: BASIS_PATTERNS['FR-D441-5'] };
  if (regime === 'EU') return { penalties: BASIS_PATTERNS['EU-2011-7'], indemnity: BASIS_PATTERNS['EU-2011-7'] };
  if (regime === 'UK') return { penalties: BASIS_PATTERNS['UK-LPCDIA-1998'], indemnity: BASIS_PATTERNS['UK-LPCDIA-1998'] };
  return null;
}

/** Recipients written once each, lower case. */
export function uniqueAddresses(list: readonly string[]): string[] {
  return [...new Set(list.map((a) => a.trim().toLowerCase()).filter(Boolean))];
}

/** What the mise en demeure checker needs of a view (the single draft's and the grouped one's have it). */
export type FormalView = LetterView & { today: string; deadline: string; law: { rate: string | null; interest: string; indemnity: string | null } };

/** The facts the checker verifies a formal notice's text against, as the view writes them. */
export function formalFactsOf(view: FormalView, regime: ChargesRegime, reminderDates: string[]): FormalFacts {
  const pattern = basisPatternsOf(regime);
  return {
    lang: view.lang,
    letterDate: view.today,
    finalPaymentDate: view.deadline,
    senderAddressLines: view.company.addressLines,
    senderName: view.company.name,
    recipient: { name: view.client.name || null, email: view.client.email, addressLines: view.client.addressLines },
    reminderDates,
    signatoryName: view.company.signatoryName,
    penalties: pattern && view.law.rate ? { rate: view.law.rate, amount: view.law.interest, basis: pattern.penalties } : null,
    indemnity: pattern && view.law.indemnity ? { amount: view.law.indemnity, basis: pattern.indemnity } : null,
  };
}
