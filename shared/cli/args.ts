import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isValidIsoDate } from '../core/calendar/iso-date';
import { DRAFT_KINDS, DRAFT_LANGUAGES, GROUP_STAGES } from '../core/ladder/stages';

/** `relance scan <path> --me a,b --today YYYY-MM-DD [--json] [--no-pdf]`, checked with zod. */
export const ScanArgsSchema = z.object({
  path: z.string().min(1, 'scan needs a path: an .mbox, an .eml or a folder'),
  me: z
    .array(z.string().min(1))
    .min(1, '--me needs the user’s addresses or domains, comma-separated (e.g. --me atelier-dupont.fr,jane@x.com)'),
  today: z.string().refine(isValidIsoDate, '--today must be a date written YYYY-MM-DD'),
  json: z.boolean(),
  pdf: z.boolean(),
});
export type ScanArgs = z.infer<typeof ScanArgsSchema>;

export function localToday(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function parseScanArgs(argv: string[]): ScanArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      me: { type: 'string', multiple: true },
      today: { type: 'string' },
      json: { type: 'boolean', default: false },
      'no-pdf': { type: 'boolean', default: false },
    },
  });
  const me = (values.me ?? []).flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter(Boolean);
  const parsed = ScanArgsSchema.safeParse({
    path: positionals[0] ?? '',
    me,
    today: values.today ?? localToday(),
    json: values.json ?? false,
    pdf: !values['no-pdf'],
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('\n'));
  return parsed.data;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

const DRAFT_KIND_LIST = DRAFT_KINDS;
const DRAFT_LANG_LIST = DRAFT_LANGUAGES;
const emailList = z.array(z.string().email('addresses must be e-mail addresses'));

/**
 * `relance draft <path> --message-id <id> --stage <kind> --lang <lang> --me a,b --today YYYY-MM-DD
 *  --profile profile.json [--json] [--pdf out.pdf] [--client-address "…"] [--consumer] [--cc a,b]
 *  [--escalation-cc a,b] [--handover-to a] [--instalments N] [--late-payments N] [--rates rates.json]
 *  [--templates dir] [--no-pdf] [--group [--no-upcoming]]`, checked with zod. With `--group` the draft is the grouped
 *  reminder for every overdue invoice of the message's client; `--stage` is then optional (the most advanced one's).
 */
export const DraftArgsSchema = z
  .object({
    path: z.string().min(1, 'draft needs a path: an .mbox, an .eml or a folder'),
    messageId: z.string().min(1, '--message-id needs the Message-ID of the invoice e-mail'),
    stage: z.enum(DRAFT_KIND_LIST, { message: `--stage must be one of ${DRAFT_KIND_LIST.join(', ')}` }).nullable(),
    lang: z.enum(DRAFT_LANG_LIST, { message: `--lang must be one of ${DRAFT_LANG_LIST.join(', ')}` }),
    me: z.array(z.string().min(1)).min(1, '--me needs the user’s addresses or domains, comma-separated'),
    today: z.string().refine(isValidIsoDate, '--today must be a date written YYYY-MM-DD'),
    profile: z.string().min(1, '--profile needs the company profile JSON file (see demo/profile.json)'),
    json: z.boolean(),
    pdf: z.string().nullable(),
    readPdf: z.boolean(),
    clientAddress: z.string().nullable(),
    consumer: z.boolean(),
    cc: emailList,
    escalationCc: emailList,
    handoverTo: emailList,
    instalments: z.number().int().min(2, '--instalments must be 2 to 24').max(24, '--instalments must be 2 to 24').nullable(),
    latePayments: z.number().int().nonnegative('--late-payments must be 0 or more'),
    rates: z.string().nullable(),
    templates: z.string().nullable(),
    /** One reminder for every overdue invoice of the message's client. */
    group: z.boolean(),
    /** With --group: list the invoices not yet due apart ("à venir"). */
    upcoming: z.boolean(),
  })
  .refine((a) => a.group || a.stage !== null, { message: `--stage must be one of ${DRAFT_KIND_LIST.join(', ')}`, path: ['stage'] })
  .refine((a) => !a.group || a.stage === null || (GROUP_STAGES as readonly string[]).includes(a.stage), { message: `with --group, --stage is ${GROUP_STAGES.join(', ')} (or left out: the most advanced invoice's)`, path: ['stage'] })
  .refine((a) => !a.group || a.instalments === null, { message: '--instalments is for a payment plan of one invoice, not with --group', path: ['instalments'] })
  .refine((a) => a.pdf === null || a.stage === 'formal' || (a.group && a.stage === null), { message: '--pdf writes the formal notice: use it with --stage formal', path: ['pdf'] });
export type DraftArgs = z.infer<typeof DraftArgsSchema>;

const list = (values: string[] | undefined) => (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter(Boolean);
const int = (v: string | undefined) => (v === undefined ? null : /^\d+$/.test(v) ? Number(v) : NaN);

export function parseDraftArgs(argv: string[]): DraftArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'message-id': { type: 'string' },
      stage: { type: 'string' },
      lang: { type: 'string' },
      me: { type: 'string', multiple: true },
      today: { type: 'string' },
      profile: { type: 'string' },
      json: { type: 'boolean', default: false },
      pdf: { type: 'string' },
      'no-pdf': { type: 'boolean', default: false },
      'client-address': { type: 'string' },
      consumer: { type: 'boolean', default: false },
      cc: { type: 'string', multiple: true },
      'escalation-cc': { type: 'string', multiple: true },
      'handover-to': { type: 'string', multiple: true },
      instalments: { type: 'string' },
      'late-payments': { type: 'string' },
      rates: { type: 'string' },
      templates: { type: 'string' },
      group: { type: 'boolean', default: false },
      'no-upcoming': { type: 'boolean', default: false },
    },
  });
  const parsed = DraftArgsSchema.safeParse({
    path: positionals[0] ?? '',
    messageId: values['message-id'] ?? '',
    stage: values.stage ?? null,
    lang: values.lang,
    me: list(values.me),
    today: values.today ?? localToday(),
    profile: values.profile ?? '',
    json: values.json ?? false,
    pdf: values.pdf ?? null,
    readPdf: !values['no-pdf'],
    clientAddress: values['client-address']?.replace(/\\n/g, '\n') ?? null,
    consumer: values.consumer ?? false,
    cc: list(values.cc),
    escalationCc: list(values['escalation-cc']),
    handoverTo: list(values['handover-to']),
    instalments: int(values.instalments),
    latePayments: int(values['late-payments']) ?? 0,
    rates: values.rates ?? null,
    templates: values.templates ?? null,
    group: values.group ?? false,
    upcoming: !values['no-upcoming'],
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('\n'));
  return parsed.data;
}
