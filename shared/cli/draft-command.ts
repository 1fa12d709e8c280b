import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Holidays from 'date-holidays';
import type { DraftArgs } from './args';
import { UsageError } from './args';
import { loadMessages } from './read-mailbox';
import { createThreadedPdfReader } from './pdf-thread';
import { createSameBytesPdfReader } from '../core/pdf/same-bytes-pdf-reader';
import { scanMessages } from '../core/scan/scan-mailbox';
import type { ReceivableDetails } from '../core/scan/scan-options';
import type { Receivable } from '../core/scan/receivable';
import type { MailMessage } from '../core/mail/model';
import { CompanyProfileSchema, type CompanyProfile } from '../core/profile/company-profile';
import { parseRateTable, type RateTable } from '../core/law/rates';
import { buildDraft, buildGroupedDraft, DraftError, renderLetterPdf, type DraftHistoryInput, type DraftResult, type GroupDraftResult, type GroupMember, type UserTemplate } from '../core/drafts';
import { clientKey } from '../ledger/identity';
import { DRAFT_LANGUAGES, TEMPLATE_KINDS, type DraftLanguage, type GroupStage, type TemplateKind } from '../core/ladder/stages';

export interface DraftIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** A failure the user can act on: printed as is, exit code 1. */
export class DraftCommandError extends Error {
  override name = 'DraftCommandError';
}

const bare = (id: string) => id.trim().replace(/^<|>$/g, '').toLowerCase();

async function readJson(file: string, what: string): Promise<unknown> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${what} ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new UsageError(`${what} ${file}: not JSON (${(error as Error).message})`);
  }
}

export async function readProfile(file: string): Promise<CompanyProfile> {
  const parsed = CompanyProfileSchema.safeParse(await readJson(file, 'profile'));
  if (!parsed.success) {
    throw new UsageError(`profile ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || (i.code === 'unrecognized_keys' ? (i as { keys?: string[] }).keys?.join(', ') : '(root)')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** `<kind>.<lang>.hbs` (or `<kind>.<lang>.<tone>.hbs`) files of a folder: the user's edited templates. */
async function readUserTemplates(dir: string): Promise<UserTemplate[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new UsageError(`--templates ${dir}: ${(error as Error).message}`);
  }
  const out: UserTemplate[] = [];
  for (const name of names.sort()) {
    const m = /^([a-z-]+)\.([a-z]{2})(?:\.(cordial|firmer))?\.hbs$/.exec(name);
    if (!m || !(TEMPLATE_KINDS as readonly string[]).includes(m[1]!) || !(DRAFT_LANGUAGES as readonly string[]).includes(m[2]!)) continue;
    out.push({ kind: m[1] as TemplateKind, lang: m[2] as DraftLanguage, tone: m[3] as 'cordial' | 'firmer' | undefined, source: await readFile(path.join(dir, name), 'utf8') });
  }
  return out;
}

/** Public holidays of the creditor's country, for the payment plan's dates. */
function holidaysOf(jurisdiction: CompanyProfile['jurisdiction']): ((iso: string) => boolean) | undefined {
  const country = jurisdiction === 'FR' ? 'FR' : jurisdiction === 'UK' ? 'GB' : null;
  if (!country) return undefined;
  const hd = new Holidays(country);
  const years = new Map<number, Set<string>>();
  return (iso) => {
    const year = Number(iso.slice(0, 4));
    let set = years.get(year);
    if (!set) {
      set = new Set(hd.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
      years.set(year, set);
    }
    return set.has(iso);
  };
}

const isDocument = (a: MailMessage['attachments'][number]) => !a.inline && !!a.filename && (/pdf|xml/i.test(a.mimeType) || /\.(pdf|xml)$/i.test(a.filename));
const documentsOf = (details: ReceivableDetails) => details.message.attachments.filter(isDocument).map((a) => a.filename!);

/**
 * Every receivable of the same client as `receivable` (the ledger's client key: the e-mail's domain, or the
 * address on a public mail service), as the grouped reminder reads them: facts, the reminders the mailbox
 * shows, the documents to re-attach.
 */
function clientMembers(receivable: Receivable, all: ReadonlyMap<Receivable, ReceivableDetails>, latePayments: number, today: string): GroupMember[] {
  const client = clientKey(receivable.debtorEmail, receivable.debtorName);
  return [...all]
    .filter(([r]) => clientKey(r.debtorEmail, r.debtorName) === client)
    .map(([r, details]) => ({ id: r.messageId, invoice: r, history: historyFromMailbox(r, details, latePayments, today), attachments: documentsOf(details) }));
}

/** The history the mailbox shows: reminders counted by the scan, the promise the client made. */
function historyFromMailbox(receivable: Receivable, details: ReceivableDetails, latePayments: number, today: string): DraftHistoryInput {
  const promises: DraftHistoryInput['promises'] = [];
  if (receivable.status === 'promised' && receivable.promisedDate) {
    const debtor = receivable.debtorEmail?.toLowerCase();
    const fromClient = details.thread.messages.filter((m) => m.from && m.from.address === debtor && m.calendarDate && m.calendarDate <= today);
    promises.push({ date: fromClient[fromClient.length - 1]?.calendarDate ?? today, promisedDate: receivable.promisedDate });
  }
  return { reminders: details.reminderDates.map((date) => ({ stage: null, date })), promises, calls: [], pastLatePayments: latePayments };
}

export interface DraftOutcome {
  /** The draft printed: one invoice's, or the grouped reminder's for its client (`--group`). */
  result: DraftResult | GroupDraftResult;
  receivable: Receivable;
}

export async function runDraft(args: DraftArgs, io: DraftIo): Promise<DraftOutcome> {
  const profile = await readProfile(args.profile);
  const rates: RateTable | undefined = args.rates ? parseRateTable(await readJson(args.rates, 'rate table')) : undefined;
  const userTemplates = args.templates ? await readUserTemplates(args.templates) : [];

  const messages = await loadMessages(
    args.path,
    (source, error) => io.stderr(`relance: ${source}: ${error}\n`),
    undefined,
    (source, warning) => io.stderr(`relance: warning: ${source}: ${warning}\n`),
  );
  const wanted = bare(args.messageId);
  const found = new Map<Receivable, ReceivableDetails>();
  const all = new Map<Receivable, ReceivableDetails>();
  const receivables = await scanMessages(messages, {
    me: args.me,
    today: args.today,
    // In the PDF thread, as `relance scan` reads them: pdfjs loaded here would cost more (see scan-command).
    pdfReader: args.readPdf ? createSameBytesPdfReader(createThreadedPdfReader()) : undefined,
    onWarning: (w) => io.stderr(`relance: warning: ${w}\n`),
    onReceivable: (r, d) => {
      all.set(r, d);
      if (bare(r.messageId) === wanted) found.set(r, d);
    },
  });
  const [entry] = [...found.entries()];
  if (!entry) {
    const message = messages.find((m) => bare(m.messageId) === wanted);
    if (!message) throw new DraftCommandError(`no message with Message-ID <${wanted}> in ${args.path}`);
    const related = receivables.find((r) => r.messageId !== message.messageId && message.references.concat(message.inReplyTo ?? []).some((id) => bare(id) === bare(r.messageId)));
    throw new DraftCommandError(
      `the message <${wanted}> ("${message.subject}") is not a receivable: Relance found no invoice the company sent in it` +
        (related ? `; it belongs to the conversation of invoice ${related.invoiceNumber ?? '?'} (--message-id "${related.messageId}")` : ''),
    );
  }
  const [receivable, details] = entry;
  const contact = details.message.to.find((a) => a.address === receivable.debtorEmail?.toLowerCase()) ?? details.message.to[0];
  // The debtor's address, and the other people of the same company the invoice went to.
  const domain = receivable.debtorEmail?.split('@')[1];
  const debtorAddresses = receivable.debtorEmail
    ? [receivable.debtorEmail, ...details.message.to.map((a) => a.address).filter((a) => a !== receivable.debtorEmail && domain && a.endsWith(`@${domain}`))]
    : contact
      ? [contact.address]
      : [];

  let result: DraftResult | GroupDraftResult;
  try {
    result = args.group
      ? buildGroupedDraft({
          stage: (args.stage as GroupStage | null) ?? undefined,
          lang: args.lang,
          today: args.today,
          invoices: clientMembers(receivable, all, args.latePayments, args.today),
          includeUpcoming: args.upcoming,
          client: { contactName: contact?.name || null, postalAddress: args.clientAddress, kind: args.consumer ? 'consumer' : 'business' },
          recipients: { to: debtorAddresses, cc: args.cc, escalationCc: args.escalationCc },
          pastLatePayments: args.latePayments,
          profile,
          userTemplates,
          rates,
        })
      : buildDraft(
          {
            kind: args.stage!,
            lang: args.lang,
            today: args.today,
            invoice: receivable,
            client: { contactName: contact?.name || null, postalAddress: args.clientAddress, kind: args.consumer ? 'consumer' : 'business' },
            recipients: { to: debtorAddresses, cc: args.cc, escalationCc: args.escalationCc, handoverTo: args.handoverTo },
            invoiceAttachments: documentsOf(details),
            history: historyFromMailbox(receivable, details, args.latePayments, args.today),
            profile,
            userTemplates,
            rates,
            plan: args.instalments ? { count: args.instalments } : undefined,
          },
          { isHoliday: holidaysOf(profile.jurisdiction) },
        );
  } catch (error) {
    if (error instanceof DraftError) throw new DraftCommandError(error.message);
    throw error;
  }
  for (const w of result.warnings) io.stderr(`relance: warning: ${w}\n`);
  if (args.pdf && !result.letter) throw new DraftCommandError(`--pdf writes the formal notice: this grouped reminder is at the ${'stage' in result ? result.stage : result.kind} stage (add --stage formal)`);

  if (args.json) {
    const { to, cc, subject, text, html, attachments } = result.draft;
    io.stdout(`${JSON.stringify({ to, cc, subject, text, html, attachments })}\n`);
  } else {
    const d = result.draft;
    io.stdout(
      [`To: ${d.to.join(', ')}`, d.cc.length ? `Cc: ${d.cc.join(', ')}` : null, `Subject: ${d.subject}`, d.attachments.length ? `Attach: ${d.attachments.map((a) => a.filename).join(', ')}` : null, '', d.text, '']
        .filter((l) => l !== null)
        .join('\n'),
    );
  }
  if (args.pdf && result.letter) {
    await writeFile(args.pdf, await renderLetterPdf(result.letter));
    io.stderr(`relance: letter written to ${args.pdf}\n`);
  }
  return { result, receivable };
}
