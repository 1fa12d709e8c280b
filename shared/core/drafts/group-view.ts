import { z } from 'zod';
import { addDays, daysBetween } from '../calendar/iso-date';
import { computeLateCharges, type LateCharges } from '../law/late-charges';
import { DEFAULT_RATE_TABLE } from '../law/rates';
import type { DraftLanguage, GroupStage } from '../ladder/stages';
import { formatDate, formatMoney, formatPercent, LOCALES, toCents } from './format';
import { LABELS } from './labels';
import type { GroupDraftInputParsed, GroupMemberParsed } from './group-input';
import { memberStage, totalsByCurrency, type GroupSelection } from './group-members';
import { clientView, companyView, DraftViewSchema, lines, placeOf } from './view';

/**
 * The variables a grouped reminder's template sees: the client's overdue invoices as a list, the totals per
 * currency, the invoices coming up, the reminders already sent (all invoices together) and, for the formal
 * notice, the charges of each invoice and their totals. The client, company, tone and letter blocks are the
 * single-invoice view's. Like DraftViewSchema, this schema is the list the template checker walks.
 */
const text = z.string();
const maybe = z.string().nullable();
const single = DraftViewSchema.shape;

export const GroupViewSchema = z.object({
  lang: text,
  today: text,
  /** The stage the reminder is written at (its label: « relance ferme »). */
  stage: text,
  invoices: z.array(
    z.object({
      number: text,
      issueDate: maybe,
      amount: text,
      currency: text,
      dueDate: text,
      daysOverdue: z.number(),
      oneDayLate: z.boolean(),
      /** The stage this invoice's own chase was at. */
      stage: text,
      reminderCount: z.number(),
      lastReminderDate: maybe,
      attached: z.boolean(),
      interest: text,
      interestFrom: maybe,
      indemnity: maybe,
    }),
  ),
  count: z.number(),
  oneInvoice: z.boolean(),
  /** "ML-2026-0388, ML-2026-0402 et ML-2026-0415" */
  numbers: text,
  /** What is owed per currency, and the same as a phrase ("5 210,00 €", "5 210,00 € et 3 480,00 £"). */
  totals: z.array(z.object({ currency: text, amount: text })),
  total: text,
  multiCurrency: z.boolean(),
  upcoming: z.array(z.object({ number: text, issueDate: maybe, amount: text, dueDate: text, daysToDue: z.number() })),
  hasUpcoming: z.boolean(),
  oneUpcoming: z.boolean(),
  upcomingTotal: text,
  client: single.client,
  company: single.company,
  tone: single.tone,
  history: z.object({
    reminderCount: z.number(),
    hasReminders: z.boolean(),
    /** One line per sending (a grouped reminder is one line naming its invoices), oldest first. */
    reminders: z.array(z.object({ date: text, stage: text, invoices: text })),
    reminderDateList: text,
    oneReminder: z.boolean(),
    lastReminderDate: maybe,
    brokenPromise: z.boolean(),
    lastPromisedDate: maybe,
  }),
  attached: z.boolean(),
  attachments: z.array(text),
  deadline: text,
  deadlineDays: z.number(),
  /** The single view's law block, without the per-piece detail; `interest`, `indemnity` and `total` add every invoice up, per currency. */
  law: single.law.pick({
    regime: true,
    b2b: true,
    fr: true,
    eu: true,
    uk: true,
    consumer: true,
    hasInterest: true,
    rate: true,
    rateExplanation: true,
    interest: true,
    indemnity: true,
    total: true,
    penaltyBasis: true,
    indemnityBasis: true,
    basis: true,
    smallClaim: true,
  }),
  letter: single.letter,
});
export type GroupView = z.infer<typeof GroupViewSchema>;

export interface GroupViewFacts {
  view: GroupView;
  stage: GroupStage;
  /** Each chased invoice's charges, in the order of `view.invoices`. */
  charges: LateCharges[];
  /** What is owed per currency (principal), in cents. */
  totals: { currency: string; cents: number }[];
  /** ISO dates of every reminder sent, for the formal checker. */
  reminderIsoDates: string[];
  warnings: string[];
}


export function buildGroupView(input: GroupDraftInputParsed, selection: GroupSelection, stage: GroupStage): GroupViewFacts {
  const { profile, today } = input;
  const lang: DraftLanguage = input.lang;
  const L = LABELS[lang];
  const date = (d: string) => formatDate(d, lang);
  const money = (cents: number, currency: string) => formatMoney(cents, currency, lang);
  const list = (items: string[]) => new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(items);
  const currencyOf = (m: GroupMemberParsed) => m.invoice.currency ?? (profile.jurisdiction === 'UK' ? 'GBP' : 'EUR');
  const phrase = (totals: { currency: string; cents: number }[]) => list(totals.map((t) => money(t.cents, t.currency)));
  const chased = selection.overdue;
  const deadlineIso = addDays(today, input.formalDelayDays);
  const warnings: string[] = [];

  const charges = chased.map((m) =>
    computeLateCharges({
      jurisdiction: profile.jurisdiction,
      debtorKind: input.client.kind,
      amountCents: toCents(m.invoice.amount!),
      currency: currencyOf(m),
      dueDate: m.invoice.dueDate!,
      until: today,
      contractRate: profile.penaltyRate ?? null,
      formalNoticeDate: m.history.reminders.filter((r) => r.stage === 'formal').map((r) => r.date).sort()[0] ?? null,
      rates: input.rates ?? DEFAULT_RATE_TABLE,
    }),
  );
  for (const c of charges) for (const w of c.warnings) if (!warnings.includes(w)) warnings.push(w);

  const totals = totalsByCurrency(chased.map((m) => ({ cents: toCents(m.invoice.amount!), currency: currencyOf(m) })));
  const upcomingTotals = totalsByCurrency(selection.upcoming.map((m) => ({ cents: toCents(m.invoice.amount!), currency: currencyOf(m) })));
  const interestTotals = totalsByCurrency(charges.map((c) => c.interest));
  const indemnityTotals = totalsByCurrency(charges.flatMap((c) => (c.indemnity ? [c.indemnity] : [])));
  // Principal, interest and indemnity per currency (an indemnity in another currency stays apart).
  const grandTotals = totalsByCurrency([
    ...totals,
    ...interestTotals,
    ...indemnityTotals,
  ]);

  // Every sending once, oldest first: the same reminder recorded on several invoices (a grouped one) is one line.
  const sendings = new Map<string, { date: string; stage: string; numbers: string[] }>();
  for (const m of chased) {
    for (const r of m.history.reminders) {
      const key = `${r.date}|${r.stage ?? ''}`;
      const entry = sendings.get(key) ?? { date: r.date, stage: r.stage ?? 'unknown', numbers: [] };
      entry.numbers.push(m.invoice.invoiceNumber!);
      sendings.set(key, entry);
    }
  }
  const reminders = [...sendings.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const reminderIsoDates = [...new Set(reminders.map((r) => r.date))];
  const promises = chased.flatMap((m) => m.history.promises).sort((a, b) => (a.date < b.date ? -1 : 1));
  const brokenPromise = promises.some((p) => p.promisedDate !== null && p.promisedDate < today);
  const firmer = input.pastLatePayments >= 2 || brokenPromise;

  const first = charges[0];
  const lastPiece = first?.pieces[first.pieces.length - 1];
  const regime = first?.regime ?? 'NONE';
  const b2b = regime === 'FR-B2B' || regime === 'EU' || regime === 'UK';
  const basisList = [...new Set(charges.flatMap((c) => c.basis))];
  const penaltyBasis = basisList.filter((b) => b !== 'FR-D441-5').map((b) => L.basis[b]);
  const indemnityBasis = regime === 'FR-B2B' ? L.basis['FR-D441-5'] : first?.indemnity ? L.basis[first.basis[0]!] : null;
  const hasInterest = interestTotals.some((t) => t.cents > 0);
  const eurPrincipal = totals.find((t) => t.currency === 'EUR')?.cents ?? 0;
  const companyLines = lines(profile.address);
  const attachments = [...new Set(chased.flatMap((m) => m.attachments))];
  const numbers = list(chased.map((m) => m.invoice.invoiceNumber!));
  const anyInvoice = chased[0] ?? selection.upcoming[0];

  const view: GroupView = {
    lang,
    today: date(today),
    stage: L.stage[stage],
    invoices: chased.map((m, i) => {
      const overdue = daysBetween(m.invoice.dueDate!, today);
      const sent = [...m.history.reminders].sort((a, b) => (a.date < b.date ? -1 : 1));
      const c = charges[i]!;
      return {
        number: m.invoice.invoiceNumber!,
        issueDate: m.invoice.issueDate ? date(m.invoice.issueDate) : null,
        amount: money(toCents(m.invoice.amount!), currencyOf(m)),
        currency: currencyOf(m),
        dueDate: date(m.invoice.dueDate!),
        daysOverdue: overdue,
        oneDayLate: overdue === 1,
        stage: L.stage[memberStage(m)],
        reminderCount: sent.length,
        lastReminderDate: sent.length ? date(sent[sent.length - 1]!.date) : null,
        attached: m.attachments.length > 0,
        interest: money(c.interest.cents, c.interest.currency),
        interestFrom: c.interestFrom ? date(c.interestFrom) : null,
        indemnity: c.indemnity ? money(c.indemnity.cents, c.indemnity.currency) : null,
      };
    }),
    count: chased.length,
    oneInvoice: chased.length === 1,
    numbers,
    totals: totals.map((t) => ({ currency: t.currency, amount: money(t.cents, t.currency) })),
    total: phrase(totals),
    multiCurrency: totals.length > 1,
    upcoming: input.includeUpcoming
      ? selection.upcoming.map((m) => ({
          number: m.invoice.invoiceNumber!,
          issueDate: m.invoice.issueDate ? date(m.invoice.issueDate) : null,
          amount: money(toCents(m.invoice.amount!), currencyOf(m)),
          dueDate: date(m.invoice.dueDate!),
          daysToDue: Math.max(0, daysBetween(today, m.invoice.dueDate!)),
        }))
      : [],
    hasUpcoming: input.includeUpcoming && selection.upcoming.length > 0,
    oneUpcoming: selection.upcoming.length === 1,
    upcomingTotal: input.includeUpcoming ? phrase(upcomingTotals) : '',
    client: clientView(input.client, anyInvoice?.invoice),
    company: companyView(profile),
    tone: { firmer, cordial: !firmer },
    history: {
      reminderCount: reminders.length,
      hasReminders: reminders.length > 0,
      reminders: reminders.map((r) => ({ date: date(r.date), stage: L.stage[r.stage as keyof typeof L.stage] ?? L.stage.unknown, invoices: list(r.numbers) })),
      reminderDateList: list(reminderIsoDates.map(date)),
      oneReminder: reminderIsoDates.length === 1,
      lastReminderDate: reminderIsoDates.length ? date(reminderIsoDates[reminderIsoDates.length - 1]!) : null,
      brokenPromise,
      lastPromisedDate: promises.length && promises[promises.length - 1]!.promisedDate ? date(promises[promises.length - 1]!.promisedDate!) : null,
    },
    attached: attachments.length > 0,
    attachments,
    deadline: date(deadlineIso),
    deadlineDays: input.formalDelayDays,
    law: {
      regime: L.regime[regime],
      b2b,
      fr: regime === 'FR-B2B' || regime === 'FR-B2C',
      eu: regime === 'EU',
      uk: regime === 'UK',
      consumer: regime === 'FR-B2C',
      hasInterest,
      rate: lastPiece ? formatPercent(lastPiece.rate, lang) : null,
      rateExplanation: lastPiece ? L.rateBasis[lastPiece.basis].replace('{ref}', lastPiece.referenceRate === null ? '' : formatPercent(lastPiece.referenceRate, lang)) : null,
      interest: phrase(interestTotals),
      indemnity: indemnityTotals.length ? phrase(indemnityTotals) : null,
      total: grandTotals.length ? phrase(grandTotals) : null,
      penaltyBasis: penaltyBasis.length ? penaltyBasis.join(', ') : null,
      indemnityBasis,
      basis: basisList.length ? basisList.map((b) => L.basis[b]).join(', ') : null,
      smallClaim: (regime === 'FR-B2B' || regime === 'FR-B2C') && totals.every((t) => t.currency === 'EUR') && eurPrincipal <= 500_000,
    },
    letter: { placeDate: L.placeDate(placeOf(companyLines), date(today)), subject: `${L.letterSubject} – ${numbers}`, registered: L.registered },
  };
  return { view, stage, charges, totals, reminderIsoDates, warnings };
}
