import { z } from 'zod';
import { daysBetween } from '../calendar/iso-date';
import { BASIS_PATTERNS, checkFormalNotice, type FormalCheck, type FormalFacts } from '../law/formal-checker';
import type { LateCharges } from '../law/late-charges';
import type { PaymentPlan } from '../plan/payment-plan';
import type { DraftKind, DraftLanguage } from '../ladder/stages';
import type { CompanyProfile } from '../profile/company-profile';
import { DraftInputSchema, type DraftInput, type DraftInputParsed, type UserTemplate } from './input';
import { builtInTemplate } from './precompiled';
import { textToHtml, tidyText } from './html';
import { LABELS } from './labels';
import { buildView, DraftError, type DraftView, type ViewFacts } from './view';
import { renderParsed, validateParsedTemplate, type FormalSample, type RenderedParts, type TemplateValidation } from './user-template';

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

export interface DraftResult {
  draft: Draft;
  kind: DraftKind;
  /** The language the draft is written in (another one when no template exists in the one asked for). */
  lang: DraftLanguage;
  tone: 'cordial' | 'firmer';
  template: { key: string; source: 'built-in' | 'user' };
  /** Things the user should know before sending: a refused user template, a rate carried past the table, … */
  warnings: string[];
  /** Formal notices: which mentions the final text lacks (none for a complete one). */
  formalCheck: FormalCheck | null;
  letter: LetterContent | null;
  charges: LateCharges;
  plan: PaymentPlan;
  view: DraftView;
}

export interface DraftOptions {
  /** Public holidays to keep instalments off (the CLI passes date-holidays'; weekends are always skipped). */
  isHoliday?: (isoDate: string) => boolean;
}

const ATTACHES_INVOICE: ReadonlySet<DraftKind> = new Set(['pre-due', 'courteous', 'firm', 'formal', 'plan', 'handover']);

function unique(list: string[]): string[] {
  return [...new Set(list.map((a) => a.trim().toLowerCase()).filter(Boolean))];
}

/** The header of a formal letter: sender, recipient, place and date, subject. Added by code, so never lost. */
export function letterHeader(view: DraftView): { senderLines: string[]; recipientLines: string[]; placeDate: string; subjectLine: string; registered: string } {
  const L = LABELS[view.lang as DraftLanguage];
  const c = view.company;
  const senderLines = [c.name, ...c.addressLines, [c.email, c.phone].filter(Boolean).join(' · '), c.siren ? `SIREN ${c.siren}` : ''].filter(Boolean);
  const k = view.client;
  const recipientLines = [k.name, k.contactName && k.contactName !== k.name ? k.contactName : '', ...k.addressLines, k.email ?? ''].filter(Boolean);
  return { senderLines, recipientLines, placeDate: view.letter.placeDate, subjectLine: `${L.objectLabel}${view.lang === 'fr' ? ' :' : ':'} ${view.letter.subject}`, registered: view.letter.registered };
}

/** The draft's text; a formal notice starts with the letter's header, and `bodyStart` says where its own text begins. */
function composeText(kind: DraftKind, view: DraftView, parts: RenderedParts): { text: string; bodyStart: number } {
  const main = tidyText([parts.opening, parts.body, parts.conclusion].map(tidyText).filter(Boolean).join('\n\n'));
  if (kind !== 'formal') return { text: main, bodyStart: 0 };
  const h = letterHeader(view);
  const header = tidyText([h.senderLines.join('\n'), h.recipientLines.join('\n'), h.placeDate, `${h.subjectLine}\n${h.registered}`].join('\n\n'));
  return main ? { text: `${header}\n\n${main}`, bodyStart: header.length + 2 } : { text: header, bodyStart: header.length };
}

function formalFacts(view: DraftView, facts: ViewFacts): FormalFacts {
  const c = facts.charges;
  const pattern = c.regime === 'FR-B2B' ? { p: BASIS_PATTERNS['FR-L441-10'], i: BASIS_PATTERNS['FR-D441-5'] } : c.regime === 'EU' ? { p: BASIS_PATTERNS['EU-2011-7'], i: BASIS_PATTERNS['EU-2011-7'] } : c.regime === 'UK' ? { p: BASIS_PATTERNS['UK-LPCDIA-1998'], i: BASIS_PATTERNS['UK-LPCDIA-1998'] } : null;
  return {
    lang: view.lang,
    letterDate: view.today,
    finalPaymentDate: view.deadline,
    senderAddressLines: view.company.addressLines,
    senderName: view.company.name,
    recipient: { name: view.client.name || null, email: view.client.email, addressLines: view.client.addressLines },
    reminderDates: view.history.reminders.map((r) => r.date),
    signatoryName: view.company.signatoryName,
    penalties: pattern && view.law.rate ? { rate: view.law.rate, amount: view.law.interest, basis: pattern.p } : null,
    indemnity: pattern && view.law.indemnity ? { amount: view.law.indemnity, basis: pattern.i } : null,
  };
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
  return { view: facts.view, compose: (parts) => composeText('formal', facts.view, parts), check: ({ text, bodyStart }) => checkFormalNotice(text, formalFacts(facts.view, facts), bodyStart) };
}

const SAMPLE_PROFILE: CompanyProfile = {
  companyName: 'Exemple Menuiserie SARL',
  address: '8 rue des Essais\n21000 Dijon',
  email: 'contact@exemple-menuiserie.fr',
  phone: '03 80 00 00 00',
  siren: '123456789',
  iban: 'FR76 0000 0000 0000 0000 0000 000',
  signatoryName: 'Camille Exemple',
  signatoryTitle: 'Gérante',
  jurisdiction: 'FR',
  language: 'fr',
};

/**
 * Checks a template the user edited for a kind and language, before storing it: syntax, only known variables
 * and helpers, and for a formal notice every mention of the checker (rendered with sample facts under the
 * user's jurisdiction). `problems` name the culprit: `unknown variable "client.nmae" (line 4)`,
 * `missing mention "court": the statement that the court will be seized without payment`.
 */
export function validateUserTemplate(template: Pick<UserTemplate, 'kind' | 'lang' | 'source'>, profile?: CompanyProfile): TemplateValidation {
  return validateParsedTemplate(template.kind, template.source, template.kind === 'formal' ? () => formalSample(template.lang, profile) : null);
}

/** Why a kind cannot be drafted for this invoice now, or null. */
function refusal(input: DraftInputParsed): string | null {
  const { invoice, kind, today } = input;
  const name = invoice.invoiceNumber ?? 'this invoice';
  if (invoice.status === 'paid') return `${name} is paid: there is nothing to chase`;
  if (invoice.status === 'disputed' && kind !== 'phone' && kind !== 'handover') return `${name} is disputed: settle the dispute before sending a ${kind === 'plan' ? 'payment plan' : 'reminder'}`;
  if (!invoice.dueDate) return null; // buildView names it
  const overdue = daysBetween(invoice.dueDate, today);
  if (kind === 'pre-due' && overdue > 0) return `${name} fell due ${overdue} day${overdue > 1 ? 's' : ''} ago: send the courteous reminder, not the pre-due one`;
  if (kind !== 'pre-due' && kind !== 'plan' && overdue <= 0) return `${name} is not overdue yet (due ${invoice.dueDate}): only a pre-due reminder or a payment plan can be drafted`;
  return null;
}

interface Chosen {
  key: string;
  source: 'built-in' | 'user';
  render: (view: DraftView) => RenderedParts;
}

function chooseTemplate(input: DraftInputParsed, tone: 'cordial' | 'firmer', warnings: string[]): { chosen: Chosen; lang: DraftLanguage } {
  const { kind, lang } = input;
  const langs: DraftLanguage[] = lang === 'en' ? ['en'] : [lang, 'en'];
  for (const l of langs) {
    for (const key of [`${kind}.${l}.${tone}`, `${kind}.${l}`]) {
      const [, , keyTone] = key.split('.');
      const user = input.userTemplates.find((t) => t.kind === kind && t.lang === l && (t.tone ?? undefined) === keyTone);
      if (user) {
        const check = validateUserTemplate(user, input.profile);
        if (check.ok && check.parsed) {
          const parsed = check.parsed;
          return { chosen: { key, source: 'user', render: (view) => renderParsed(parsed, view) }, lang: l };
        }
        warnings.push(`your ${key} template was not used: ${check.problems.map((p) => p.message).join('; ')}`);
      }
      const builtIn = builtInTemplate(key);
      if (builtIn) {
        if (l !== lang) warnings.push(`no ${kind} template in "${lang}": the ${l === 'en' ? 'English' : l} one is used`);
        return {
          chosen: {
            key,
            source: 'built-in',
            render: (view) => ({ subject: builtIn.subject(view), opening: builtIn.opening(view), body: builtIn.body(view), conclusion: builtIn.conclusion(view) }),
          },
          lang: l,
        };
      }
    }
  }
  throw new DraftError(`no template for ${kind} in ${lang} or English`);
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
  const { chosen, lang } = chooseTemplate(input, tone, warnings);
  if (lang !== input.lang) {
    input = { ...input, lang };
    facts = buildView(input, options.isHoliday);
  }
  const view = facts.view;
  warnings.push(...facts.charges.warnings);

  const parts = chosen.render(view);
  const subject = tidyText(parts.subject).replace(/\s*\n\s*/g, ' ');
  const { text, bodyStart } = composeText(input.kind, view, parts);

  const debtor = input.recipients.to.length ? input.recipients.to : input.invoice.debtorEmail ? [input.invoice.debtorEmail] : [];
  let to: string[];
  if (input.kind === 'phone') to = [input.profile.email];
  else if (input.kind === 'handover') to = input.recipients.handoverTo;
  else to = debtor;
  to = unique(to);
  if (to.length === 0) warnings.push(input.kind === 'handover' ? 'no recovery professional given: add the recipient before sending' : 'no address for the client: add the recipient before sending');
  const escalation = input.kind === 'firm' || input.kind === 'formal' ? input.recipients.escalationCc : [];
  const cc = unique([...input.recipients.cc, ...escalation]).filter((a) => !to.includes(a));
  const attachments = ATTACHES_INVOICE.has(input.kind) ? [...new Set(input.invoiceAttachments)].map((filename) => ({ filename })) : [];

  let formalCheck: FormalCheck | null = null;
  let letter: LetterContent | null = null;
  if (input.kind === 'formal') {
    formalCheck = checkFormalNotice(text, formalFacts(view, facts), bodyStart);
    for (const m of formalCheck.missing) warnings.push(`the formal notice lacks ${m.message}`);
    if (!view.client.hasAddress) warnings.push('the client’s postal address is unknown: add it before sending the registered letter');
    const h = letterHeader(view);
    letter = { ...h, body: tidyText([parts.opening, parts.body, parts.conclusion].map(tidyText).filter(Boolean).join('\n\n')), lang };
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
