import { z } from 'zod';
import { addDays, daysBetween } from '../calendar/iso-date';
import { computeLateCharges, type LateCharges } from '../law/late-charges';
import { DEFAULT_RATE_TABLE } from '../law/rates';
import { proposePlan, type PaymentPlan } from '../plan/payment-plan';
import { formatDate, formatMoney, formatPercent, LOCALES, toCents } from './format';
import { LABELS } from './labels';
import type { DraftInputParsed } from './input';
import type { DraftLanguage } from '../ladder/stages';

/**
 * The variables a template sees. This schema is the single list of what `{{ }}` may name: the user-template
 * validator walks it, and every view the builder makes is checked against it in the tests. Amounts and dates
 * are already formatted in the draft's language; lists are for `{{#each}}`, booleans for `{{#if}}`.
 */
const text = z.string();
const maybe = z.string().nullable();

export const DraftViewSchema = z.object({
  lang: text,
  today: text,
  invoice: z.object({
    number: text,
    amount: text,
    currency: text,
    issueDate: maybe,
    dueDate: text,
    /** Days since the due date (negative before it). */
    daysOverdue: z.number(),
    /** Days left before the due date (0 once due). */
    daysToDue: z.number(),
    overdue: z.boolean(),
    attached: z.boolean(),
    attachments: z.array(text),
  }),
  client: z.object({
    /** The debtor (company or person) as best known: name, else contact, else e-mail. */
    name: text,
    contactName: maybe,
    email: maybe,
    addressLines: z.array(text),
    hasAddress: z.boolean(),
    phone: maybe,
    consumer: z.boolean(),
  }),
  company: z.object({
    name: text,
    addressLines: z.array(text),
    place: text,
    email: text,
    phone: text,
    siren: text,
    iban: text,
    signatoryName: text,
    signatoryTitle: text,
  }),
  tone: z.object({ firmer: z.boolean(), cordial: z.boolean() }),
  history: z.object({
    reminderCount: z.number(),
    hasReminders: z.boolean(),
    reminders: z.array(z.object({ date: text, stage: text, number: z.number() })),
    /** The reminders' dates as a phrase: "30 octobre 2026 et 7 novembre 2026". */
    reminderDateList: text,
    oneReminder: z.boolean(),
    lastReminderDate: maybe,
    firstReminderDate: maybe,
    promises: z.array(z.object({ date: text, promisedDate: maybe, broken: z.boolean() })),
    hasPromises: z.boolean(),
    brokenPromise: z.boolean(),
    lastPromisedDate: maybe,
    calls: z.array(z.object({ date: text, outcome: text, note: text })),
    hasCalls: z.boolean(),
    pastLatePayments: z.number(),
  }),
  /** The payment a thank-you answers: its day (null when unknown) and amount. */
  payment: z.object({ date: maybe, amount: text }),
  /** The formal notice's final payment date, and the delay it gives. */
  deadline: text,
  deadlineDays: z.number(),
  law: z.object({
    regime: text,
    /** Penalties and a fixed indemnity are owed by law (FR B2B, EU, UK). */
    b2b: z.boolean(),
    fr: z.boolean(),
    eu: z.boolean(),
    uk: z.boolean(),
    consumer: z.boolean(),
    hasInterest: z.boolean(),
    rate: maybe,
    rateExplanation: maybe,
    pieces: z.array(z.object({ from: text, to: text, days: z.number(), rate: text, explanation: text })),
    interest: text,
    interestFrom: maybe,
    interestDays: z.number(),
    indemnity: maybe,
    total: maybe,
    penaltyBasis: maybe,
    indemnityBasis: maybe,
    /** Every legal text the charges rest on, once each: "article L441-10 du Code de commerce, article D441-5 du Code de commerce". */
    basis: maybe,
    /** France, at most 5 000 €: the procédure simplifiée de recouvrement des petites créances is open. */
    smallClaim: z.boolean(),
  }),
  plan: z.object({
    count: z.number(),
    total: text,
    first: text,
    last: text,
    instalments: z.array(z.object({ number: z.number(), date: text, amount: text })),
  }),
  letter: z.object({ placeDate: text, subject: text, registered: text }),
});
export type DraftView = z.infer<typeof DraftViewSchema>;

export interface ViewFacts {
  view: DraftView;
  charges: LateCharges;
  plan: PaymentPlan;
  /** ISO dates, for the checker and the letter. */
  deadlineIso: string;
  reminderIsoDates: string[];
  currency: string;
}

export class DraftError extends Error {
  override name = 'DraftError';
}

/** The town of an address: the last line without its postcode ("21000 Dijon" → "Dijon"). */
export function placeOf(addressLines: string[]): string {
  const last = addressLines[addressLines.length - 1] ?? '';
  const m = /^(?:[A-Z]{1,2}-?)?\d{4,5}\s+(.+)$/.exec(last.trim());
  if (m) return m[1]!.replace(/\s+cedex.*$/i, '').trim();
  // UK: the town before the postcode ("Bath BA1 1AA").
  const uk = /^(.+?)\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i.exec(last.trim());
  if (uk) return uk[1]!.replace(/,$/, '').trim();
  return '';
}

export const lines = (s: string | null | undefined) => (s ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** The company block of a view (the single draft's and the grouped one's). */
export function companyView(profile: DraftInputParsed['profile']): DraftView['company'] {
  const addressLines = lines(profile.address);
  return {
    name: profile.companyName,
    addressLines,
    place: placeOf(addressLines),
    email: profile.email,
    phone: profile.phone,
    siren: profile.siren,
    iban: profile.iban,
    signatoryName: profile.signatoryName,
    signatoryTitle: profile.signatoryTitle,
  };
}

/** The client block of a view: the debtor as best known (name, else contact, else e-mail). */
export function clientView(client: DraftInputParsed['client'], debtor: { debtorName: string | null; debtorEmail: string | null } | undefined): DraftView['client'] {
  const addressLines = lines(client.postalAddress);
  return {
    name: debtor?.debtorName ?? client.contactName ?? debtor?.debtorEmail ?? '',
    contactName: client.contactName,
    email: debtor?.debtorEmail ?? null,
    addressLines,
    hasAddress: addressLines.length > 0,
    phone: client.phone,
    consumer: client.kind === 'consumer',
  };
}

export function buildView(input: DraftInputParsed, isHoliday?: (d: string) => boolean): ViewFacts {
  const { invoice, profile, history, today } = input;
  const lang: DraftLanguage = input.lang;
  const L = LABELS[lang];
  if (!invoice.invoiceNumber) throw new DraftError('the invoice has no number: Relance cannot name it in a reminder');
  if (invoice.amount === null || invoice.amount <= 0) throw new DraftError(`invoice ${invoice.invoiceNumber} has no amount due`);
  // A thank-you needs no due date; every reminder does.
  if (!invoice.dueDate && input.kind !== 'thank-you') throw new DraftError(`invoice ${invoice.invoiceNumber} has no due date: Relance never chases an invoice without one`);
  const dueDate = invoice.dueDate ?? today;
  const currency = invoice.currency ?? (profile.jurisdiction === 'UK' ? 'GBP' : 'EUR');
  const cents = toCents(invoice.amount);
  const money = (c: number, cur = currency) => formatMoney(c, cur, lang);
  const date = (d: string) => formatDate(d, lang);
  const overdue = daysBetween(dueDate, today);

  const deadlineIso = addDays(today, input.formalDelayDays);
  const charges = computeLateCharges({
    jurisdiction: profile.jurisdiction,
    debtorKind: input.client.kind,
    amountCents: cents,
    currency,
    dueDate,
    until: today,
    contractRate: profile.penaltyRate ?? null,
    formalNoticeDate: history.reminders.filter((r) => r.stage === 'formal').map((r) => r.date).sort()[0] ?? null,
    rates: input.rates ?? DEFAULT_RATE_TABLE,
  });
  const plan = proposePlan(cents, today, input.plan ?? {}, isHoliday);

  const reminders = [...history.reminders].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const promises = [...history.promises].sort((a, b) => (a.date < b.date ? -1 : 1));
  const brokenPromise = promises.some((p) => p.promisedDate !== null && p.promisedDate < today);
  const firmer = history.pastLatePayments >= 2 || brokenPromise;
  const companyLines = lines(profile.address);
  const lastPiece = charges.pieces[charges.pieces.length - 1];
  const explain = (p: LateCharges['pieces'][number]) => L.rateBasis[p.basis].replace('{ref}', p.referenceRate === null ? '' : formatPercent(p.referenceRate, lang));
  const b2b = charges.regime === 'FR-B2B' || charges.regime === 'EU' || charges.regime === 'UK';
  const penaltyBasis = charges.basis.filter((b) => b !== 'FR-D441-5').map((b) => L.basis[b]);
  const indemnityBasis = charges.regime === 'FR-B2B' ? L.basis['FR-D441-5'] : charges.indemnity ? L.basis[charges.basis[0]!] : null;

  const view: DraftView = {
    lang,
    today: date(today),
    invoice: {
      number: invoice.invoiceNumber,
      amount: money(cents),
      currency,
      issueDate: invoice.issueDate ? date(invoice.issueDate) : null,
      dueDate: date(dueDate),
      daysOverdue: overdue,
      daysToDue: Math.max(0, -overdue),
      overdue: overdue > 0,
      attached: input.invoiceAttachments.length > 0,
      attachments: input.invoiceAttachments,
    },
    client: clientView(input.client, invoice),
    company: companyView(profile),
    tone: { firmer, cordial: !firmer },
    history: {
      reminderCount: reminders.length,
      hasReminders: reminders.length > 0,
      reminders: reminders.map((r, i) => ({ date: date(r.date), stage: L.stage[r.stage ?? 'unknown'], number: i + 1 })),
      reminderDateList: new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(reminders.map((r) => date(r.date))),
      oneReminder: reminders.length === 1,
      lastReminderDate: reminders.length ? date(reminders[reminders.length - 1]!.date) : null,
      firstReminderDate: reminders.length ? date(reminders[0]!.date) : null,
      promises: promises.map((p) => ({ date: date(p.date), promisedDate: p.promisedDate ? date(p.promisedDate) : null, broken: p.promisedDate !== null && p.promisedDate < today })),
      hasPromises: promises.length > 0,
      brokenPromise,
      lastPromisedDate: promises.length && promises[promises.length - 1]!.promisedDate ? date(promises[promises.length - 1]!.promisedDate!) : null,
      calls: [...history.calls].sort((a, b) => (a.date < b.date ? -1 : 1)).map((c) => ({ date: date(c.date), outcome: L.callOutcome[c.outcome], note: c.note })),
      hasCalls: history.calls.length > 0,
      pastLatePayments: history.pastLatePayments,
    },
    payment: { date: input.payment.date ? date(input.payment.date) : null, amount: money(toCents(input.payment.amount ?? invoice.amount)) },
    deadline: date(deadlineIso),
    deadlineDays: input.formalDelayDays,
    law: {
      regime: L.regime[charges.regime],
      b2b,
      fr: charges.regime === 'FR-B2B' || charges.regime === 'FR-B2C',
      eu: charges.regime === 'EU',
      uk: charges.regime === 'UK',
      consumer: charges.regime === 'FR-B2C',
      hasInterest: charges.interest.cents > 0,
      rate: lastPiece ? formatPercent(lastPiece.rate, lang) : null,
      rateExplanation: lastPiece ? explain(lastPiece) : null,
      pieces: charges.pieces.map((p) => ({ from: date(p.from), to: date(p.to), days: p.days, rate: formatPercent(p.rate, lang), explanation: explain(p) })),
      interest: money(charges.interest.cents),
      interestFrom: charges.interestFrom ? date(charges.interestFrom) : null,
      interestDays: charges.days,
      indemnity: charges.indemnity ? money(charges.indemnity.cents, charges.indemnity.currency) : null,
      total: charges.total ? money(charges.total.cents, charges.total.currency) : null,
      penaltyBasis: penaltyBasis.length ? penaltyBasis.join(', ') : null,
      indemnityBasis,
      basis: charges.basis.length ? [...new Set(charges.basis.map((b) => L.basis[b]))].join(', ') : null,
      smallClaim: (charges.regime === 'FR-B2B' || charges.regime === 'FR-B2C') && currency === 'EUR' && cents <= 500_000,
    },
    plan: {
      count: plan.instalments.length,
      total: money(plan.totalCents),
      first: date(plan.instalments[0]!.date),
      last: date(plan.instalments[plan.instalments.length - 1]!.date),
      instalments: plan.instalments.map((i) => ({ number: i.index, date: date(i.date), amount: money(i.cents) })),
    },
    letter: { placeDate: L.placeDate(placeOf(companyLines), date(today)), subject: `${L.letterSubject} – ${invoice.invoiceNumber}`, registered: L.registered },
  };
  return { view, charges, plan, deadlineIso, reminderIsoDates: reminders.map((r) => r.date), currency };
}
