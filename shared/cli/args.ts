import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isValidIsoDate } from '../core/calendar/iso-date';

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
