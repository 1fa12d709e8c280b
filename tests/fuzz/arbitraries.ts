/**
 * Generators of hostile and ordinary input for the fuzz properties: raw MIME (well-formed, broken, nested,
 * truncated, in any charset), mboxes, amounts and dates as each language writes them, payment terms, invoice
 * text, histories for the scheduler.
 */
import fc from 'fast-check';
import { addDays, isValidYmd, toIsoDate } from '../../shared/core/calendar/iso-date';
import type { NewInvoiceEvent } from '../../shared/core/schedule/events';
import { HOLIDAY_CALENDARS } from '../../shared/core/schedule/public-holidays';
import type { ScheduleSettings } from '../../shared/core/schedule/settings';

// ---------- MIME ----------

const CHARSETS = ['utf-8', 'iso-8859-1', 'windows-1252', 'utf-16', 'x-klingon', 'gb2312', 'shift_jis', '', 'utf-8"; x="'];
const ENCODINGS = ['7bit', '8bit', 'base64', 'quoted-printable', 'binary', 'x-uuencode', 'bogus'];
const TYPES = ['text/plain', 'text/html', 'application/pdf', 'application/xml', 'text/xml', 'image/png', 'message/rfc822', 'application/octet-stream', 'multipart/alternative', 'bogus'];

/** Header values as mail carries them, and as an attacker writes them. */
const headerValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('Facture F-2026-0042', 'Re: Facture n° 12', 'paul@atelier-dupont.fr', '"Dupont, Paul" <paul@atelier-dupont.fr>', 'undisclosed-recipients:;', 'Thu, 01 Oct 2026 10:00:00 +0200', 'Fri, 31 Feb 2026 25:61:00 +9999', '<id@host>', '<<<>>>'),
  fc.tuple(fc.constantFrom(...CHARSETS), fc.constantFrom('Q', 'B', 'X'), fc.string({ maxLength: 20 })).map(([cs, enc, text]) => `=?${cs}?${enc}?${text}?=`),
  fc.constantFrom('=?utf-8?B?####?=', '=?utf-8?Q?=ZZ=?=', '=?utf-8?Q?', '=??=', '=?utf-8?B?w6k?= =?utf-8?B?w6k=?='),
  fc.integer({ min: 1, max: 20_000 }).map((n) => 'x'.repeat(n)),
);
const headerName = fc.constantFrom('From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID', 'In-Reply-To', 'References', 'Reply-To', 'Sender', 'Delivered-To', 'Auto-Submitted', 'X-Junk', 'Content-Language');

const body = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom('Facture n° F-1 du 01/10/2026, montant TTC : 1 234,56 €.', '<html><p>Total&nbsp;: 12,00 €<script>x', '<!-- <a <b', '=41=4=\r\n=ZZ', '!!!!', 'JVBERi0xLjQK', '\u0000\u00ff'),
  fc.uint8Array({ maxLength: 300 }).map((b) => String.fromCharCode(...b)),
);

interface Part {
  type: string;
  charset: string;
  encoding: string;
  filename: string | null;
  content: string;
}

const leafPart: fc.Arbitrary<Part> = fc.record({
  type: fc.constantFrom(...TYPES),
  charset: fc.constantFrom(...CHARSETS),
  encoding: fc.constantFrom(...ENCODINGS),
  filename: fc.option(fc.constantFrom('facture.pdf', 'factur-x.xml', '../../etc/passwd', '=?utf-8?Q?caf=C3=A9?=.pdf', ''), { nil: null }),
  content: body,
});

function renderLeaf(p: Part, nl: string): string {
  const disposition = p.filename === null ? '' : `Content-Disposition: attachment; filename="${p.filename}"${nl}`;
  return `Content-Type: ${p.type}; charset="${p.charset}"${nl}Content-Transfer-Encoding: ${p.encoding}${nl}${disposition}${nl}${p.content}`;
}

/** A multipart tree; `depth` levels of nesting around the leaves (beyond 64, postal-mime refuses it). */
function renderTree(leaves: Part[], depth: number, boundary: string, closed: boolean, nl: string): string {
  let inner = leaves.map((l) => `--${boundary}0${nl}${renderLeaf(l, nl)}${nl}`).join('') + (closed ? `--${boundary}0--${nl}` : '');
  for (let level = 1; level <= depth; level++) {
    inner = `--${boundary}${level}${nl}Content-Type: multipart/mixed; boundary="${boundary}${level - 1}"${nl}${nl}${inner}` + (closed ? `--${boundary}${level}--${nl}` : '');
  }
  return `Content-Type: multipart/mixed; boundary="${boundary}${depth}"${nl}${nl}${inner}`;
}

/** Raw messages: random bytes, or a message built from hostile pieces, maybe cut anywhere. */
export const rawMime: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2_000 }) },
  {
    weight: 4,
    arbitrary: fc
      .record({
        headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 10 }),
        nl: fc.constantFrom('\r\n', '\n', '\r'),
        shape: fc.oneof(
          leafPart.map((leaf) => ({ kind: 'leaf' as const, leaf })),
          fc.record({
            kind: fc.constant('tree' as const),
            leaves: fc.array(leafPart, { maxLength: 4 }),
            depth: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 60, max: 200 })),
            boundary: fc.constantFrom('b', '==_x', '', '"', 'a'.repeat(80)),
            closed: fc.boolean(),
          }),
        ),
        cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      })
      .map(({ headers, nl, shape, cut }) => {
        const head = headers.map(([k, v]) => `${k}: ${v}`).join(nl);
        const rest = shape.kind === 'leaf' ? renderLeaf(shape.leaf, nl) : renderTree(shape.leaves, shape.depth, shape.boundary, shape.closed, nl);
        const text = `${head}${nl}${rest}`;
        const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
        return cut === null ? bytes : bytes.subarray(0, Math.floor(bytes.length * cut));
      }),
  },
);

/** The messages of an mbox: short texts, some with lines starting with "From " (quoted in the file). */
export const mboxMessages = fc.array(
  fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('From here on', '>From quoted', '', 'Subject: x')), { minLength: 1, maxLength: 6 }),
  { minLength: 1, maxLength: 6 },
);

// ---------- amounts ----------

/** Number styles of the languages Relance reads, with their spaces: no-break, narrow no-break, plain. */
export const NUMBER_LOCALES = ['fr-FR', 'fr-CH', 'de-CH', 'it-CH', 'en-US', 'en-GB', 'de-DE', 'es-ES', 'it-IT', 'nl-NL'] as const;
const GROUP_SPACES = ['\u202f', '\u00a0', ' ', '\u2009'];

/** Cents and a way to write them: Intl's style of a language, maybe with another kind of space. */
export const formattedAmount = fc
  .record({
    cents: fc.oneof(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 9_999_999_999_999 })),
    locale: fc.constantFrom(...NUMBER_LOCALES),
    space: fc.constantFrom(...GROUP_SPACES),
    currency: fc.constantFrom('EUR', 'CHF', 'USD', 'GBP'),
  })
  .map(({ cents, locale, space, currency }) => {
    const value = cents / 100;
    const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    const withSpace = /[\u202f\u00a0]/.test(number) ? number.replace(/[\u202f\u00a0]/g, space) : number;
    const money = new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
    return { value, locale, number: withSpace, money, currency };
  });

// ---------- dates ----------

const DATE_LOCALES = ['fr-FR', 'en-GB', 'en-US', 'de-DE', 'es-ES', 'it-IT'] as const;

export const calendarDate = fc
  .record({ year: fc.integer({ min: 1990, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => isValidYmd(year, month, day))
  .map(({ year, month, day }) => toIsoDate(year, month, day));

/** A date as a language writes it: numeric, ISO, or with the month's name (long, short, with the weekday). */
export const formattedDate = fc
  .record({
    iso: calendarDate,
    locale: fc.constantFrom(...DATE_LOCALES),
    form: fc.constantFrom('numeric', 'iso', 'long', 'short', 'weekday'),
    separator: fc.constantFrom('/', '.', '-'),
  })
  .map(({ iso, locale, form, separator }) => {
    const [y, m, d] = iso.split('-');
    const date = new Date(`${iso}T12:00:00Z`);
    const order = locale === 'en-US' ? ('MDY' as const) : ('DMY' as const);
    let text: string;
    if (form === 'iso') text = iso;
    else if (form === 'numeric') text = order === 'MDY' ? `${m}/${d}/${y}` : [d, m, y].join(separator);
    else {
      const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', day: 'numeric', month: form === 'short' ? 'short' : 'long', year: 'numeric' };
      if (form === 'weekday') options.weekday = 'long';
      text = new Intl.DateTimeFormat(locale, options).format(date);
    }
    return { iso, locale, form, order, text };
  });

/** Day, month and year in range, valid or not ("31/02/2026", "29/02/2027"). */
export const dayMonthYear = fc.record({ year: fc.integer({ min: 1990, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) });

// ---------- payment terms ----------

const DAY_WORDS = ['jours', 'j', 'days', 'Tage', 'días', 'giorni', 'gg'];
/** Payment terms as invoices word them, in the languages read. */
export const termsText = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 400 }), fc.constantFrom(...DAY_WORDS), fc.constantFrom('fin de mois', 'end of month', 'Monatsende', 'fin de mes', 'fine mese', 'net', 'netto', 'date de facture', '')).map(([n, w, tail]) => `${n} ${w} ${tail}`),
  fc.tuple(fc.constantFrom('à', 'sous', 'within', 'innerhalb', 'entro', 'a', 'Paiement à', 'Payment terms:', 'Zahlbar innerhalb', 'Conditions de règlement :'), fc.integer({ min: 0, max: 400 }), fc.constantFrom(...DAY_WORDS)).map(([a, n, w]) => `${a} ${n} ${w}`),
  fc.integer({ min: 0, max: 400 }).map((n) => `Net ${n}`),
  fc.constantFrom('à réception', 'Payable à réception de facture', 'due on receipt', 'sofort fällig', 'al contado', 'paiement fin de mois', '2% Skonto innerhalb 10 Tagen, 30 Tage netto', 'escompte 2 % à 8 jours'),
);

// ---------- invoice text ----------

/** Text made of what invoices are made of (labels, amounts, dates, numbers, terms) and of anything at all. */
export const invoiceText = fc
  .array(
    fc.oneof(
      formattedAmount.map((a) => a.money),
      formattedAmount.map((a) => a.number),
      formattedDate.map((d) => d.text),
      termsText,
      fc.constantFrom('Facture n° ', 'Invoice #', 'Rechnung Nr. ', 'Total TTC : ', 'Net à payer', 'Échéance : ', 'Due date: ', 'Date : ', 'Acompte versé', 'HT', 'TVA 20 %', '\n', ' ', ', ', 'F-2026-0042', '99999999999999999999,99 €', '31/02/2026', '1e400', '-', '€', 'CHF', '(', ')'),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

// ---------- the scheduler ----------

const ANCHOR = '2026-09-01';
export const scheduleDay = fc.integer({ min: -60, max: 400 }).map((n) => addDays(ANCHOR, n));

export const scheduleEvent: fc.Arbitrary<NewInvoiceEvent> = fc.oneof(
  fc.record({ type: fc.constant('reminder-sent' as const), on: scheduleDay, stage: fc.constantFrom('pre-due', 'courteous', 'firm', 'formal', 'instalment' as const) }),
  fc.record({ type: fc.constant('payment' as const), on: scheduleDay, amount: fc.integer({ min: -500, max: 1500 }), full: fc.boolean() }),
  fc.record({ type: fc.constant('promise' as const), on: scheduleDay, promisedDate: scheduleDay }),
  fc.record({ type: fc.constant('dispute' as const), on: scheduleDay, reason: fc.constant('x'), resolved: fc.boolean() }),
  fc.record({ type: fc.constant('snoozed' as const), on: scheduleDay, until: scheduleDay }),
  fc.record({ type: fc.constant('status-changed-by-hand' as const), on: scheduleDay, status: fc.constantFrom('open', 'paid', 'cancelled' as const) }),
  fc.record({
    type: fc.constant('payment-plan' as const),
    on: scheduleDay,
    instalments: fc.array(fc.record({ dueDate: scheduleDay, amount: fc.integer({ min: 1, max: 600 }) }), { minLength: 1, maxLength: 4 }),
    cancelled: fc.boolean(),
  }),
);

export const scheduleInvoice = fc.record({
  amount: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null }),
  sentOn: fc.option(scheduleDay, { nil: null }),
  dueDate: fc.option(scheduleDay, { nil: null }),
});

export const scheduleSettings: fc.Arbitrary<ScheduleSettings> = fc.record({
  firmAfterDays: fc.integer({ min: 1, max: 120 }),
  formalAfterDays: fc.integer({ min: 1, max: 120 }),
  courteousAfterDays: fc.integer({ min: 1, max: 60 }),
  preDueDays: fc.integer({ min: 0, max: 30 }),
  minDaysAfterSending: fc.integer({ min: 0, max: 60 }),
  instalmentGraceDays: fc.integer({ min: 0, max: 30 }),
  instalmentChasesBeforeBroken: fc.integer({ min: 1, max: 10 }),
  holidays: fc.constantFrom(...HOLIDAY_CALENDARS),
  // The chase days (a non-empty set of weekdays, sorted) and hours, the tone, the thank-you switch.
  chaseDays: fc.uniqueArray(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 5 }).map((d) => [...d].sort((a, b) => a - b)),
  chaseHours: fc.integer({ min: 0, max: 22 }).chain((from) => fc.integer({ min: from + 1, max: 24 }).map((to) => ({ from, to }))),
  tone: fc.constantFrom('auto' as const, 'cordial' as const, 'firmer' as const),
  thankYou: fc.boolean(),
});
