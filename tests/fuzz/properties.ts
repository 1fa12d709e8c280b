/**
 * The fuzz properties, written once and run twice: a few hundred cases each in the regular test run
 * (fuzz.test.ts), 100,000 cases in all with `npm run fuzz` (run.ts). Assertions are node:assert's, so that
 * they run outside the test runner too. Each property has a weight: its share of the cases.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { z } from 'zod';
import { parseMime, MailParseError } from '../../shared/core/mail/parse-mime';
import { MailMessageSchema } from '../../shared/core/mail/model';
import { MESSAGE_BUDGET } from '../../shared/core/mail/budget';
import { MboxSplitter } from '../../shared/core/mail/mbox-splitter';
import { findMoney, parseAmount } from '../../shared/core/extract/locale/amount';
import { findDates, parseDate } from '../../shared/core/extract/locale/date';
import { dueDateFromTerms, findPaymentTerms } from '../../shared/core/extract/locale/terms';
import { extractTextFields } from '../../shared/core/extract/fields/text-fields';
import { isValidIsoDate, isValidYmd, toIsoDate } from '../../shared/core/calendar/iso-date';
import { scanMessages } from '../../shared/core/scan/scan-mailbox';
import { ReceivableSchema } from '../../shared/core/scan/receivable';
import { actionFromState, nextAction } from '../../shared/core/schedule/next-action';
import { foldHistory } from '../../shared/core/schedule/history';
import { isBusinessDay } from '../../shared/core/schedule/business-days';
import { history } from '../core/schedule/helpers';
import { message } from '../fixtures/mail';
import {
  calendarDate,
  dayMonthYear,
  formattedAmount,
  formattedDate,
  invoiceText,
  mboxMessages,
  rawMime,
  scheduleDay,
  scheduleEvent,
  scheduleInvoice,
  scheduleSettings,
  termsText,
} from './arbitraries';

export interface FuzzProperty {
  name: string;
  /** Share of the cases. */
  weight: number;
  property: fc.IRawProperty<unknown[]>;
}

/** One property, its case type forgotten: the runners only run it. */
function fuzz<Ts extends unknown[]>(name: string, weight: number, property: fc.IRawProperty<Ts>): FuzzProperty {
  return { name, weight, property: property as unknown as fc.IRawProperty<unknown[]> };
}

const Iso = z.string().refine(isValidIsoDate);
const scored = <T extends z.ZodType>(value: T) => z.object({ value, score: z.number().refine(Number.isFinite) }).strict();
/** What `extractTextFields` returns, as a schema: finite amounts, dates that exist, short invoice numbers. */
const TextFieldsSchema = z
  .object({
    invoiceNumbers: z.array(scored(z.string().min(1).max(32))),
    amount: scored(z.object({ value: z.number().refine(Number.isFinite), currency: z.string().regex(/^[A-Z]{3}$/).nullable() }).strict()).nullable(),
    currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
    issueDate: scored(Iso).nullable(),
    dueDate: scored(Iso).nullable(),
    dueDayAndMonth: z.object({ day: z.number().int().min(1).max(31), month: z.number().int().min(1).max(12) }).strict().nullable(),
    terms: z
      .union([
        z.object({ kind: z.literal('on-receipt') }).strict(),
        z.object({ kind: z.enum(['net', 'end-of-month']), days: z.number().int().min(0).max(365), months: z.number().int().min(1).max(3).optional() }).strict(),
      ])
      .nullable(),
    depositInvoice: z.boolean(),
  })
  .strict();

/** Cuts bytes into chunks at the given (sorted, deduplicated) offsets. */
function chunked(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let start = 0;
  for (const end of [...at, bytes.length]) {
    if (end > start) out.push(bytes.slice(start, end));
    start = Math.max(start, end);
  }
  return out;
}

function split(chunks: Uint8Array[]): string[] {
  const s = new MboxSplitter();
  const out = [...chunks.flatMap((c) => s.push(c)), ...s.end()];
  return out.map((m) => new TextDecoder().decode(m));
}

const US = 'atelier-dupont.fr';

export const PROPERTIES: FuzzProperty[] = [
  fuzz(
    'MIME bytes → a valid mail model, or a MailParseError',
    30,
    fc.asyncProperty(rawMime, async (bytes) => {
      let parsed;
      try {
        parsed = await parseMime(bytes);
      } catch (error) {
        assert.ok(error instanceof MailParseError, `threw ${String(error)}`);
        return;
      }
      const checked = MailMessageSchema.safeParse(parsed);
      assert.ok(checked.success, checked.error?.message);
      assert.ok(parsed.text.length <= MESSAGE_BUDGET.maxTextChars);
      for (const a of parsed.attachments) assert.equal((await a.loadBytes()).length, a.size);
    }),
  ),
  fuzz(
    'an mbox splits into the same messages whatever its chunks',
    5,
    fc.property(mboxMessages, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (messages, cuts, nl) => {
      const bodies = messages.map((lines) => lines.map((l) => (/^>*From /.test(l) ? `>${l}` : l)).join(nl) + nl);
      const mbox = new TextEncoder().encode(bodies.map((b) => `From sender@x.fr Thu Oct  1 10:00:00 2026${nl}${b}`).join(nl));
      const whole = split([mbox]);
      assert.deepEqual(split(chunked(mbox, cuts)), whole);
      assert.ok(whole.length <= messages.length);
    }),
  ),
  fuzz(
    'a formatted amount (fr/en/de/es/it/CH, any space) parses back to its value',
    15,
    fc.property(formattedAmount, ({ value, number, money, currency }) => {
      assert.equal(parseAmount(number), value, number);
      const found = findMoney(`Total TTC : ${money}`);
      assert.equal(found.length, 1, money);
      assert.equal(found[0]!.value, value, money);
      assert.equal(found[0]!.currency, currency, money);
    }),
  ),
  fuzz(
    'a date written in each language parses back to the same day; a day that does not exist never parses',
    15,
    fc.property(formattedDate, dayMonthYear, ({ iso, order, text }, { year, month, day }) => {
      assert.equal(parseDate(text, { order }), iso, text);
      assert.deepEqual(findDates(`Échéance : ${text}.`, { order }).map((d) => d.iso), [iso], text);
      const numeric = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
      assert.equal(parseDate(numeric), isValidYmd(year, month, day) ? toIsoDate(year, month, day) : null, numeric);
    }),
  ),
  fuzz(
    'payment terms never give a due date before the issue date',
    10,
    fc.property(termsText, calendarDate, fc.string({ maxLength: 30 }), (terms, issue, around) => {
      const found = findPaymentTerms(`${around} Conditions : ${terms}. ${around}`);
      if (!found) return;
      const due = dueDateFromTerms(issue, found.terms);
      assert.ok(due.primary >= issue, `${terms}: ${due.primary} < ${issue}`);
      for (const d of due.alternatives) assert.ok(d >= issue, `${terms}: ${d} < ${issue}`);
    }),
  ),
  fuzz(
    'field extraction on any text never throws and gives schema-valid fields',
    10,
    fc.property(invoiceText, fc.constantFrom('DMY', 'MDY' as const), (text, order) => {
      const fields = extractTextFields(text, order);
      const checked = TextFieldsSchema.safeParse(fields);
      assert.ok(checked.success, checked.error?.message);
    }),
  ),
  fuzz(
    'a scan of invoice mail and replies gives valid receivables, never due before issued',
    10,
    fc.asyncProperty(invoiceText, invoiceText, invoiceText, calendarDate, fc.boolean(), async (subject, body, answer, sent, withReply) => {
      const invoice = message({ id: '<inv@atelier-dupont.fr>', from: `paul@${US}`, to: ['marie@client-sas.fr'], subject: `Facture ${subject}`, text: body, date: `${sent}T10:00:00Z` });
      const reply = message({ from: 'marie@client-sas.fr', to: [`paul@${US}`], subject: `Re: Facture ${subject}`, text: answer, date: `${sent}T18:00:00Z`, inReplyTo: invoice.messageId });
      const receivables = await scanMessages(withReply ? [invoice, reply] : [invoice], { me: [US], today: '2026-11-23' });
      for (const r of receivables) {
        const checked = ReceivableSchema.strict().safeParse(r);
        assert.ok(checked.success, checked.error?.message);
        assert.ok(r.amount === null || (Number.isFinite(r.amount) && r.amount > 0));
        for (const d of [r.issueDate, r.dueDate, r.promisedDate]) assert.ok(d === null || isValidIsoDate(d), String(d));
        if (r.issueDate && r.dueDate) assert.ok(r.dueDate >= r.issueDate, `due ${r.dueDate} before issued ${r.issueDate}`);
      }
    }),
  ),
  fuzz(
    'the scheduler never schedules a day in the past, nor off a sending day',
    5,
    fc.property(scheduleInvoice, fc.array(scheduleEvent, { maxLength: 8 }), scheduleSettings, scheduleDay, (invoice, events, settings, today) => {
      const evs = history(...events);
      for (const action of [nextAction(invoice, evs, settings, today), actionFromState(invoice, foldHistory(invoice, evs), settings, today)]) {
        if (action.date === null) continue;
        assert.ok(action.date >= today, `${action.kind} on ${action.date}, before ${today}`);
        assert.ok(isBusinessDay(action.date, settings.holidays), `${action.kind} on ${action.date}, not a sending day`);
      }
    }),
  ),
];

/** Each property's number of cases when `total` are run in all (the shares rounded, summing to `total`). */
export function runsOf(total: number): Map<FuzzProperty, number> {
  const weights = PROPERTIES.reduce((n, p) => n + p.weight, 0);
  const runs = PROPERTIES.map((p) => Math.max(1, Math.floor((total * p.weight) / weights)));
  runs[0]! += Math.max(0, total - runs.reduce((a, b) => a + b, 0));
  return new Map(PROPERTIES.map((p, i) => [p, runs[i]!]));
}
