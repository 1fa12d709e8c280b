import { z } from 'zod';
import { daysBetween } from '../calendar/iso-date';
import { checkFormalNotice, type FormalCheck, type FormalFacts } from '../law/formal-checker';
import type { LateCharges } from '../law/late-charges';
import type { PaymentPlan } from '../plan/payment-plan';
import type { DraftKind, DraftLanguage } from '../ladder/stages';
import type { CompanyProfile } from '../profile/company-profile';
import { DraftInputSchema, type DraftInput, type DraftInputParsed, type UserTemplate } from './input';
import { chooseTemplate } from './template-choice';
import { SAMPLE_PROFILE } from './sample-profile';
import { textToHtml, tidyText } from './html';
import { composeText, formalFactsOf, letterBody, letterHeader, uniqueAddresses } from './letter-text';
import { buildView, DraftError, type DraftView, type ViewFacts } from './view';
import { validateParsedTemplate, type FormalSample, type TemplateValidation } from './user-template';

export { letterHeader } from './letter-text';

/** What `relance draft --json` prints and what a host puts into its compose window. */
export const DraftSchema = z.object({
  to: z.array(z.string()),
  cc: z.array(z.string()),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  attachments: z.array(z.object({ filename: z.string() })),
});
export type Draft = z.infer<typeof DraftSchema>;

/** The blocks of the printable letter (formal notice). */
export interface LetterContent {
  senderLines: string[];
  recipientLines: string[];
  placeDate: string;
  /** "Objet : Mise en demeure – ML-2026-0412" */
  subjectLine: string;
  registered: string;
  /** Opening, body and conclusion: the same text as the e-mail after its header. */
  body: string;
  lang: DraftLanguage;
}

/** What every built draft says besides its text: one invoice's, or a grouped reminder's. */
export interface BuiltDraft {
  draft: Draft;
  /** The language the draft is written in (another one when no template exists in the one asked for). */
  lang: DraftLanguage;
  tone: 'cordial' | 'firmer';
  template: { key: string; source: 'built-in' | 'user' };
  /** Things the user should know before sending: a refused user template, a rate carried past the table, … */
  warnings: string[];
  /** Formal notices: which mentions the final text lacks (none for a complete one). */
  formalCheck: FormalCheck | null;
  letter: LetterContent | null;
}

export interface DraftResult extends BuiltDraft {
  kind: DraftKind;
  charges: LateCharges;
  plan: PaymentPlan;
  view: DraftView;
}

export interface DraftOptions {
  /** Public holidays to keep instalments off (the CLI passes date-holidays'; weekends are always skipped). */
  isHoliday?: (isoDate: string) => boolean;
}

const ATTACHES_INVOICE: ReadonlySet<DraftKind> = new Set(['pre-due', 'courteous', 'firm', 'formal', 'plan', 'handover']);

function formalFacts(view: DraftView, facts: ViewFacts): FormalFacts {
  return formalFactsOf(view, facts.charges.regime, view.history.reminders.map((r) => r.date));
}

function formalSample(lang: DraftLanguage, profile: CompanyProfile | undefined): FormalSample {
  const facts = buildView(
    DraftInputSchema.parse({
      kind: 'formal',
      lang,
      today: '2026-03-02',
      invoice: { invoiceNumber: 'EX-2026-0001', amount: 1234.56, currency: 'EUR', issueDate: '2025-12-16', dueDate: '2026-01-15', debtorEmail: 'compta@client-exemple.fr', debtorName: 'Client Exemple SAS', status: 'open', promisedDate: null },
      client: { contactName: 'Marie Exemple', postalAddress: '12 avenue des Exemples\n69002 Lyon' },
      history: { reminders: [{ stage: 'courteous', date: '2026-01-16' }, { stage: 'firm', date: '2026-02-02' }] },
      profile: profile ?? SAMPLE_PROFILE,
    }),
  );
  return { view: facts.view, compose: (parts) => composeText(true, facts.view, parts), check: ({ text, bodyStart }) => checkFormalNotice(text, formalFacts(facts.view, facts), bodyStart) };
}

/**
 * Checks a template the user edited for a kind and language, before storing it: syntax, only known variables
 * and helpers, and for a formal notice every mention of the checker (rendered with sample facts under the
 * user's jurisdiction). `problems` name the culprit: `unknown variable "client.nmae" (line 4)`,
 * `missing mention "court": the statement that the court will be seized without payment`.
 */
export function validateDraftTemplate(template: Pick<UserTemplate, 'kind' | 'lang' | 'source'>, profile?: CompanyProfile): TemplateValidation {
  return validateParsedTemplate(template.source, template.kind === 'formal' ? () => formalSample(template.lang, profile) : null);
}

/** Why a kind cannot be drafted for this invoice now, or null. */
function refusal(input: DraftInputParsed): string | null {
  const { invoice, kind, today } = input;
  const name = invoice.invoiceNumber ?? 'this invoice';
  // A thank-you answers a payment; everything else chases one.
  if (kind === 'thank-you') return invoice.status === 'paid' ? null : `${name} is not paid yet: a thank-you comes with the payment`;
  if (invoice.status === 'paid') return `${name} is paid: there is nothing to chase`;
  if (invoice.status === 'disputed' && kind !== 'phone' && kind !== 'handover') return `${name} is disputed: settle the dispute before sending a ${kind === 'plan' ? 'payment plan' : 'reminder'}`;
  if (!invoice.dueDate) return null; // buildView names it
  const overdue = daysBetween(invoice.dueDate, today);
  if (kind === 'pre-due' && overdue > 0) return `${name} fell due ${overdue} day${overdue > 1 ? 's' : ''} ago: send the courteous reminder, not the pre-due one`;
  if (kind !== 'pre-due' && kind !== 'plan' && overdue <= 0) return `${name} is not overdue yet (due ${invoice.dueDate}): only a pre-due reminder or a payment plan can be drafted`;
  return null;
}

/**
 * The one entry point hosts call: from a receivable's facts, its history and the company profile to the draft
 * of one kind in one language. Throws DraftError (a message for the user) when the draft makes no sense:
 * a paid or disputed invoice, a courteous reminder before the due date, an invoice without number, amount or
 * due date, invalid input.
 */
export function buildDraft(rawInput: DraftInput, options: DraftOptions = {}): DraftResult {
  const parsedInput = DraftInputSchema.safeParse(rawInput);
  if (!parsedInput.success) {
    throw new DraftError(`invalid draft input: ${parsedInput.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
  let input = parsedInput.data;
  const why = refusal(input);
  if (why) throw new DraftError(why);
  const warnings: string[] = [];
  if (input.invoice.status === 'promised' && input.invoice.promisedDate && input.invoice.promisedDate >= input.today) {
    warnings.push(`the client promised to pay by ${input.invoice.promisedDate}: the chase is paused until then`);
  }

  let facts = buildView(input, options.isHoliday);
  const tone = facts.view.tone.firmer ? 'firmer' : 'cordial';
  const { chosen, lang } = chooseTemplate(
    { kind: input.kind, lang: input.lang, tone, userTemplates: input.userTemplates, validate: (t) => validateDraftTemplate(t, input.profile) },
    warnings,
  );
  if (lang !== input.lang) {
    input = { ...input, lang };
    facts = buildView(input, options.isHoliday);
  }
  const view = facts.view;
  // A thank-you states no charges: their rate table's warnings would only puzzle the user.
  if (input.kind !== 'thank-you') warnings.push(...facts.charges.warnings);

  const parts = chosen.render(view);
  const subject = tidyText(parts.subject).replace(/\s*\n\s*/g, ' ');
  const { text, bodyStart } = composeText(input.kind === 'formal', view, parts);

  const debtor = input.recipients.to.length ? input.recipients.to : input.invoice.debtorEmail ? [input.invoice.debtorEmail] : [];
  let to: string[];
  if (input.kind === 'phone') to = [input.profile.email];
  else if (input.kind === 'handover') to = input.recipients.handoverTo;
  else to = debtor;
  to = uniqueAddresses(to);
  if (to.length === 0) warnings.push(input.kind === 'handover' ? 'no recovery professional given: add the recipient before sending' : 'no address for the client: add the recipient before sending');
  const escalation = input.kind === 'firm' || input.kind === 'formal' ? input.recipients.escalationCc : [];
  const cc = uniqueAddresses([...input.recipients.cc, ...escalation]).filter((a) => !to.includes(a));
  const attachments = ATTACHES_INVOICE.has(input.kind) ? [...new Set(input.invoiceAttachments)].map((filename) => ({ filename })) : [];

  let formalCheck: FormalCheck | null = null;
  let letter: LetterContent | null = null;
  if (input.kind === 'formal') {
    formalCheck = checkFormalNotice(text, formalFacts(view, facts), bodyStart);
    for (const m of formalCheck.missing) warnings.push(`the formal notice lacks ${m.message}`);
    if (!view.client.hasAddress) warnings.push('the client’s postal address is unknown: add it before sending the registered letter');
    const h = letterHeader(view);
    letter = { ...h, body: letterBody(parts), lang };
  }

  return {
    draft: { to, cc, subject, text, html: textToHtml(text), attachments },
    kind: input.kind,
    lang,
    tone,
    template: { key: chosen.key, source: chosen.source },
    warnings,
    formalCheck,
    letter,
    charges: facts.charges,
    plan: facts.plan,
    view,
  };
}
