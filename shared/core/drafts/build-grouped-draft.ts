import type { CompanyProfile } from '../profile/company-profile';
import { checkFormalNotice, type FormalCheck, type FormalFacts } from '../law/formal-checker';
import type { DraftLanguage, GroupStage } from '../ladder/stages';
import { shapeOf, type VarShape } from './interpreter';
import type { BuiltDraft, LetterContent } from './build-draft';
import { GroupDraftInputSchema, type GroupDraftInput, type GroupDraftInputParsed } from './group-input';
import { groupStage, memberStage, selectGroup } from './group-members';
import { buildGroupView, GroupViewSchema, type GroupView, type GroupViewFacts } from './group-view';
import { textToHtml, tidyText } from './html';
import type { UserTemplate } from './input';
import { composeText, formalFactsOf, letterBody, letterHeader, uniqueAddresses } from './letter-text';
import { chooseTemplate } from './template-choice';
import { validateParsedTemplate, type FormalSample, type TemplateValidation } from './user-template';
import { DraftError } from './view';
import { SAMPLE_PROFILE } from './sample-profile';

/**
 * One reminder for everything a client owes, as credit controllers write it: every overdue invoice listed
 * (number, date, amount, due date, days late), a total per currency, the invoices coming up listed apart, every
 * invoice's PDF re-attached, at the stage of the most advanced invoice (or the one asked for). A grouped formal
 * notice carries every mention of the mise en demeure checker, with each invoice's penalties and indemnity.
 */
export interface GroupDraftResult extends BuiltDraft {
  stage: GroupStage;
  /** The invoices the reminder chases (the host records it on each), with the stage each one's chase was at. */
  chased: { id: string; number: string; stage: GroupStage }[];
  /** Listed as coming up, not chased. */
  upcoming: { id: string; number: string }[];
  /** Left out, with why. */
  excluded: { id: string; number: string | null; reason: string }[];
  /** What the reminder asks for, per currency, in cents. */
  totals: { currency: string; cents: number }[];
  view: GroupView;
}

let groupShape: VarShape | null = null;
export function groupViewShape(): VarShape {
  return (groupShape ??= shapeOf(GroupViewSchema));
}

function groupFormalFacts(facts: GroupViewFacts): FormalFacts {
  return formalFactsOf(facts.view, facts.charges[0]?.regime ?? 'NONE', [...new Set(facts.view.history.reminders.map((r) => r.date))]);
}

/** A grouped formal notice with sample facts (two invoices, earlier reminders), to check an edited template. */
function groupFormalSample(lang: DraftLanguage, profile: CompanyProfile | undefined): FormalSample {
  const debtor = { debtorEmail: 'compta@client-exemple.fr', debtorName: 'Client Exemple SAS', status: 'open' as const, promisedDate: null, currency: 'EUR' };
  const input = GroupDraftInputSchema.parse({
    stage: 'formal',
    lang,
    today: '2026-03-02',
    invoices: [
      { id: 'a', invoice: { ...debtor, invoiceNumber: 'EX-2026-0001', amount: 1234.56, issueDate: '2025-12-16', dueDate: '2026-01-15' }, history: { reminders: [{ stage: 'courteous', date: '2026-01-16' }, { stage: 'firm', date: '2026-02-02' }] } },
      { id: 'b', invoice: { ...debtor, invoiceNumber: 'EX-2026-0007', amount: 480, issueDate: '2026-01-05', dueDate: '2026-02-04' }, history: { reminders: [{ stage: 'firm', date: '2026-02-06' }] } },
    ],
    client: { contactName: 'Marie Exemple', postalAddress: '12 avenue des Exemples\n69002 Lyon' },
    profile: profile ?? SAMPLE_PROFILE,
  });
  const facts = buildGroupView(input, selectGroup(input.invoices, input.today), 'formal');
  return { view: facts.view, compose: (parts) => composeText(true, facts.view, parts), check: ({ text, bodyStart }) => checkFormalNotice(text, groupFormalFacts(facts), bodyStart) };
}

/** Checks an edited grouped template: syntax, the grouped view's variables, and for the formal one every mention. */
export function validateGroupedTemplate(template: Pick<UserTemplate, 'kind' | 'lang' | 'source'>, profile?: CompanyProfile): TemplateValidation {
  return validateParsedTemplate(template.source, template.kind === 'grouped-formal' ? () => groupFormalSample(template.lang, profile) : null, groupViewShape());
}

export function buildGroupedDraft(raw: GroupDraftInput): GroupDraftResult {
  const parsed = GroupDraftInputSchema.safeParse(raw);
  if (!parsed.success) {
    throw new DraftError(`invalid grouped draft input: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
  let input: GroupDraftInputParsed = parsed.data;
  const selection = selectGroup(input.invoices, input.today);
  if (selection.overdue.length === 0) throw new DraftError('no invoice of this client is overdue: there is nothing to group in a reminder');
  const stage = input.stage ?? groupStage(selection.overdue);
  const warnings: string[] = [];

  let facts = buildGroupView(input, selection, stage);
  const tone = facts.view.tone.firmer ? 'firmer' : 'cordial';
  const { chosen, lang } = chooseTemplate(
    { kind: `grouped-${stage}`, lang: input.lang, tone, userTemplates: input.userTemplates, validate: (t) => validateGroupedTemplate(t, input.profile) },
    warnings,
  );
  if (lang !== input.lang) {
    input = { ...input, lang };
    facts = buildGroupView(input, selection, stage);
  }
  const { view } = facts;
  warnings.push(...facts.warnings);

  const parts = chosen.render(view);
  const subject = tidyText(parts.subject).replace(/\s*\n\s*/g, ' ');
  const formal = stage === 'formal';
  const { text, bodyStart } = composeText(formal, view, parts);

  const debtors = selection.overdue.flatMap((m) => (m.invoice.debtorEmail ? [m.invoice.debtorEmail] : []));
  const to = uniqueAddresses(input.recipients.to.length ? input.recipients.to : debtors);
  if (to.length === 0) warnings.push('no address for the client: add the recipient before sending');
  const escalation = stage === 'firm' || formal ? input.recipients.escalationCc : [];
  const cc = uniqueAddresses([...input.recipients.cc, ...escalation]).filter((a) => !to.includes(a));
  const missingDocs = selection.overdue.filter((m) => m.attachments.length === 0).map((m) => m.invoice.invoiceNumber!);
  if (missingDocs.length) warnings.push(`no document kept for ${missingDocs.join(', ')}: attach ${missingDocs.length > 1 ? 'them' : 'it'} by hand`);

  let formalCheck: FormalCheck | null = null;
  let letter: LetterContent | null = null;
  if (formal) {
    formalCheck = checkFormalNotice(text, groupFormalFacts(facts), bodyStart);
    for (const m of formalCheck.missing) warnings.push(`the formal notice lacks ${m.message}`);
    if (!view.client.hasAddress) warnings.push('the client’s postal address is unknown: add it before sending the registered letter');
    letter = { ...letterHeader(view), body: letterBody(parts), lang };
  }

  return {
    draft: { to, cc, subject, text, html: textToHtml(text), attachments: view.attachments.map((filename) => ({ filename })) },
    stage,
    lang,
    tone,
    template: { key: chosen.key, source: chosen.source },
    warnings,
    formalCheck,
    letter,
    chased: selection.overdue.map((m) => ({ id: m.id, number: m.invoice.invoiceNumber!, stage: memberStage(m) })),
    upcoming: input.includeUpcoming ? selection.upcoming.map((m) => ({ id: m.id, number: m.invoice.invoiceNumber ?? '?' })) : [],
    excluded: selection.excluded.map(({ member, reason }) => ({ id: member.id, number: member.invoice.invoiceNumber, reason })),
    totals: facts.totals,
    view,
  };
}
