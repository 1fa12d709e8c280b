/**
 * What the Outlook add-in does, step by step, between the Office.js adapter (office/), the core (scan) and
 * the Relance service (the ledger and the drafts, reached through the typed messages of extension/messaging.ts,
 * the same contract the Gmail extension and the browser demo use). No business rule lives here: the core
 * reads the invoice, the service keeps the history, schedules and drafts; this file only sequences them
 * for Outlook and turns Outlook's failures into messages that lose nothing.
 */
import { scanThreadsForLedger } from '../shared/core/scan/scanned-receivable';
import type { MailCache } from './mail-cache';
import type { MailMessage } from '../shared/core/mail/model';
import type { PdfReader } from '../shared/core/pdf/pdf-reader';
import { createIdentity, speaksForUs } from '../shared/core/detect/identity';
import { numberKey } from '../shared/core/extract/fields/number-key';
import { emailDomain, isPublicMailDomain } from '../shared/ledger/identity';
import { CHASE_STAGES, GROUP_STAGES, type ChaseStage } from '../shared/core/ladder/stages';
import type { Client, DraftView, GroupDraftView, InvoiceView, MailDraft, ResponseOf, SettingsView, UiLanguage } from '../shared/app/messages';
import type { DraftAttachment, OutlookHost, ReplyOutcome } from './office/outlook-host';
import { describeOfficeError } from './office/office-async';
import type { PaneTranslate } from './taskpane/strings';
import { day } from '../shared/app/format';

export interface Relance {
  host: OutlookHost;
  client: Client;
  pdfReader: PdfReader;
  /** The messages of each conversation the user opened (mail-cache.ts); without it, the open message alone is read. */
  mailCache?: MailCache;
}

/** The key of the info bar Relance keeps on an invoice message. */
export const INFO_BAR_KEY = 'relance-next-step';

/**
 * Who "we" are: the addresses and domains of the settings, else the signed-in user and their company's domain
 * (only the address on a public mail service, where the domain is everyone's).
 */
export function meOf(settings: Pick<SettingsView, 'me'>, userAddress: string): string[] {
  if (settings.me.length > 0) return settings.me;
  if (!userAddress) return [];
  const domain = emailDomain(userAddress);
  return domain && !isPublicMailDomain(domain) ? [userAddress, domain] : [userAddress];
}

export interface OpenedInvoice {
  message: MailMessage;
  /** The conversation as far as the user opened it (the open message included), oldest first. */
  conversation: MailMessage[];
  settings: SettingsView;
  me: string[];
  /** The invoices of the open message, or of its conversation when the message itself is a reply. */
  invoices: InvoiceView[];
  /** How the reminder answers the open message (see `replyModeOf`). */
  replyMode: ReplyMode;
  /** What went wrong on the side (a document not read, category, info bar): shown, never blocking. */
  warnings: string[];
}

/**
 * Reads the open message, lets the core find the invoice in it (including the Factur-X XML of its PDF),
 * records it in the ledger through the service, marks the message with the invoice category and shows
 * the next step in the info bar.
 */
export async function openInvoice(r: Relance, today: string, t: PaneTranslate, language: UiLanguage): Promise<OpenedInvoice> {
  const settings = await r.client('settings.get', {});
  const me = meOf(settings, r.host.userAddress());
  const message = await r.host.readMessage();
  const threadId = message.hostThreadId ?? message.messageId;
  // The conversation as far as the user opened it: the invoice and the replies read together give its status.
  const earlier = message.hostThreadId && r.mailCache ? await r.mailCache.conversation(message.hostThreadId).catch(() => []) : [];
  const messages = [...earlier.filter((m) => m.messageId !== message.messageId), message].sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : 0));
  const warnings: string[] = [];
  // What could not be read (an attachment over its budget, a broken PDF) is named in the pane's notices.
  const onWarning = (warning: string) => warnings.push(t('readWarning', warning));
  const receivables = await scanThreadsForLedger([{ id: threadId, messages }], { me, today, pdfReader: r.pdfReader, ladder: settings.ladder, onWarning });
  await r.mailCache?.keep(message).catch(() => undefined);
  const invoices =
    receivables.length > 0
      ? (await r.client('thread.scanned', { threadId, receivables })).invoices
      : (await r.client('thread.invoices', { threadId })).invoices;
  // The category marks the invoice's own message, not the replies around it.
  if (receivables.some((x) => x.messageId === message.messageId)) {
    await r.host.markInvoice().catch((error) => warnings.push(t('categoryFailed', describeOfficeError(error, language))));
  }
  const first = invoices[0];
  if (first) {
    await r.host.notify(INFO_BAR_KEY, infoBarText(first, t, language)).catch((error) => warnings.push(t('infoBarFailed', describeOfficeError(error, language))));
  }
  return { message, conversation: messages, settings, me, invoices, replyMode: replyModeOf(message, me), warnings };
}

/**
 * How a reminder answers the open message, so that it reaches the client in the invoice's conversation:
 * - a client's message: reply (to the client);
 * - the company's own message (the invoice it sent, from Sent Items): reply all, which Outlook addresses to
 *   the original recipients;
 * - a message an invoicing platform sent on the company's behalf: a reply would go to the platform's
 *   no-reply address (or back to the company through Reply-To), so a new message to the draft's recipients.
 */
export type ReplyMode = 'reply' | 'replyAll' | 'new';

export function replyModeOf(message: MailMessage, me: readonly string[]): ReplyMode {
  const identity = createIdentity(me);
  if (!speaksForUs(message, identity)) return 'reply';
  return identity.isMe(message.from?.address) ? 'replyAll' : 'new';
}

/** "Relance ferme prévue le 04/12": the next step of an invoice, for Outlook's info bar. */
export function infoBarText(invoice: InvoiceView, t: PaneTranslate, language: UiLanguage): string {
  const next = invoice.nextAction;
  if (!next) return t('infoNone', t(`status_${invoice.status}`));
  const what = next.stage ? t(`stage_${next.stage}`) : next.kind;
  const [, m, d] = next.date.split('-');
  const date = language === 'fr' ? `${d}/${m}` : day(next.date, language);
  return t('infoNext', what.charAt(0).toUpperCase() + what.slice(1), date);
}

/**
 * The messages to take the invoice's documents from: the invoice's own message first (a client's reply opened
 * later carries no PDF, the invoice's message kept from an earlier opening does), then the others, latest first.
 */
function documentSources(conversation: readonly MailMessage[], invoice: Pick<InvoiceView, 'messageId'>): MailMessage[] {
  const own = conversation.filter((m) => m.messageId === invoice.messageId);
  const others = conversation.filter((m) => m.messageId !== invoice.messageId).reverse();
  return [...own, ...others];
}

/** The documents the drafts may re-attach: attachments that are not inline images, from the invoice's message first. */
export function documentsOf(conversation: readonly MailMessage[], invoice: Pick<InvoiceView, 'messageId'>): string[] {
  const names = documentSources(conversation, invoice).flatMap((m) => m.attachments.filter((a) => !a.inline && a.filename).map((a) => a.filename!));
  return [...new Set(names)];
}

/**
 * The drafts of the chase stages for one invoice, in the order of the ladder. The drafts refuse a stage that
 * no longer fits (a "coming due" reminder once the invoice fell due): those are left out; when every stage is
 * refused (no company profile yet…) the first refusal is the error.
 */
export async function draftsOf(r: Relance, invoice: InvoiceView, conversation: readonly MailMessage[]): Promise<DraftView[]> {
  const invoiceAttachments = documentsOf(conversation, invoice);
  const results = await Promise.allSettled(CHASE_STAGES.map((stage) => r.client('draft.build', { invoiceId: invoice.id, stage, invoiceAttachments })));
  const drafts = results.flatMap((x) => (x.status === 'fulfilled' ? [x.value.draft] : []));
  if (drafts.length === 0) {
    const refusal = results.find((x): x is PromiseRejectedResult => x.status === 'rejected');
    throw refusal?.reason ?? new Error('no draft');
  }
  return drafts;
}

/** The stage the pane proposes first: the next action's, else the courteous one. */
export function proposedStage(invoice: InvoiceView): ChaseStage {
  return invoice.nextAction?.stage ?? 'courteous';
}

/** The draft's attachments (the invoice PDF), read through getAttachmentContentAsync or from the kept conversation. */
export async function attachmentsOf(conversation: readonly MailMessage[], invoice: Pick<InvoiceView, 'messageId'>, names: readonly string[]): Promise<DraftAttachment[]> {
  const files: DraftAttachment[] = [];
  const sources = documentSources(conversation, invoice);
  for (const name of names) {
    for (const message of sources) {
      const attachment = message.attachments.find((a) => a.filename === name);
      if (!attachment) continue;
      const bytes = await attachment.loadBytes().catch(() => null);
      if (!bytes) continue;
      files.push({ filename: name, mimeType: attachment.mimeType, bytes });
      break;
    }
  }
  return files;
}

export interface ReplyResult {
  outcome: ReplyOutcome;
  invoice: InvoiceView;
}

/**
 * "Ouvrir la réponse": the reply form with the draft and the invoice attached, then the reminder recorded in
 * the ledger (Outlook does not tell an add-in when a form is sent: opening it is the follow-up) and the info
 * bar updated. A refused form records nothing.
 */
export async function openReply(r: Relance, opened: Pick<OpenedInvoice, 'message' | 'conversation' | 'replyMode'>, invoice: InvoiceView, draft: DraftView, t: PaneTranslate, language: UiLanguage, now: () => Date = () => new Date()): Promise<ReplyResult> {
  const wanted = draft.attachments.map((a) => a.filename);
  const found = await attachmentsOf(opened.conversation, invoice, wanted);
  const attachments = found;
  const opens =
    opened.replyMode === 'new'
      ? await r.host.openNewMessage({ to: draft.to, cc: draft.cc, subject: draft.subject, html: draft.html, attachments })
      : await r.host.openReply({ html: draft.html, attachments, replyAll: opened.replyMode === 'replyAll' });
  // A document the draft names but that could not be read is not attached either: the pane says so.
  const missing = wanted.filter((name) => !found.some((f) => f.filename === name));
  const outcome: ReplyOutcome = { attached: opens.attached, notAttached: [...opens.notAttached, ...missing] };
  const { invoice: updated } = await r.client('reminder.sent', {
    invoiceId: invoice.id,
    stage: draft.stage,
    sentAt: now().toISOString(),
    threadId: opened.message.hostThreadId,
  });
  await r.host.notify(INFO_BAR_KEY, infoBarText(updated, t, language)).catch(() => undefined);
  return { outcome, invoice: updated };
}

export interface ComposeTarget {
  invoice: InvoiceView | null;
  candidates: InvoiceView[];
  /** Files the message being written already carries (not attached twice). */
  attached: string[];
}

/** Compose mode: the invoice this message is about, from its conversation, its subject or quoted text, or its recipients. */
export async function invoiceForCompose(r: Relance): Promise<ComposeTarget> {
  const state = await r.host.readCompose();
  const attached = state.attachments;
  if (state.conversationId) {
    const { invoices } = await r.client('thread.invoices', { threadId: state.conversationId });
    if (invoices[0]) return { invoice: invoices[0], candidates: invoices, attached };
  }
  const { invoices } = await r.client('dashboard.get', { status: 'all', query: '' });
  const open = invoices.filter((i) => i.status !== 'paid');
  const words = new Set(
    `${state.subject}\n${state.text}`.match(/[A-Za-z0-9][A-Za-z0-9\-_/.]*\d[A-Za-z0-9\-_/.]*/g)?.map(numberKey) ?? [],
  );
  const byNumber = open.find((i) => i.invoiceNumber && words.has(numberKey(i.invoiceNumber)));
  if (byNumber) return { invoice: byNumber, candidates: open, attached };
  const recipients = new Set(state.to.map((a) => a.address));
  const byClient = open.filter((i) => i.debtorEmail && recipients.has(i.debtorEmail.toLowerCase()));
  return { invoice: byClient.length === 1 ? byClient[0]! : null, candidates: byClient.length > 1 ? byClient : open, attached };
}

/** The messages kept of an invoice's conversation (where its PDF is), for a pane that does not show it. */
export async function conversationOf(r: Relance, invoice: InvoiceView): Promise<MailMessage[]> {
  if (!r.mailCache || !invoice.threadId) return [];
  return r.mailCache.conversation(invoice.threadId).catch(() => []);
}

/** Compose mode: the chosen stage's draft into the message being written, with the invoice's PDF when it is kept. */
export async function insertDraft(r: Relance, draft: DraftView, invoice?: InvoiceView, conversation: readonly MailMessage[] = [], attached: readonly string[] = []) {
  const wanted = draft.attachments.map((a) => a.filename).filter((name) => !attached.includes(name));
  const attachments = invoice ? await attachmentsOf(conversation, invoice, wanted) : [];
  return r.host.insertDraft({ subject: draft.subject, html: draft.html, text: draft.text, to: draft.to, cc: draft.cc, attachments });
}

/**
 * Batch mode (the pinned pane as a desk): the next due reminder in a new message form, with the invoice's PDF
 * when its message was opened before (the kept conversation); otherwise without it, and the pane says so. A
 * client who owes several overdue invoices gets one grouped reminder for all of them; `covered` names every
 * invoice it chased, so the desk does not write to that client again in the same batch.
 */
export async function openBatchReminder(r: Relance, invoiceId: string, stage: ChaseStage | null, threadId: string | null, now: () => Date = () => new Date()) {
  const { invoice: known } = await r.client('invoice.get', { invoiceId });
  const group = known && known.status !== 'paid' ? await groupOf(r, known) : null;
  if (known && group?.groupable) {
    // At the stage of the most advanced invoice: the one the service proposes when none is asked.
    const { draft } = await r.client('draft.group', { invoiceId, invoiceAttachments: await groupAttachmentNames(r, [], group.chase.map((i) => i.id)) });
    const attachments = await groupAttachmentsOf(r, [], draft);
    const opened = await r.host.openNewMessage({ to: draft.to, cc: draft.cc, subject: draft.subject, html: draft.html, attachments });
    const { invoices } = await r.client('group.sent', { invoiceIds: draft.invoices.map((i) => i.invoiceId), stage: draft.stage, sentAt: now().toISOString(), threadId });
    return { draft: draft as DraftView, outcome: opened, invoice: invoices.find((i) => i.id === invoiceId) ?? invoices[0]!, covered: draft.invoices.map((i) => i.invoiceId) };
  }
  const conversation = known ? await conversationOf(r, known) : [];
  const invoiceAttachments = known ? documentsOf(conversation, known) : [];
  const { draft } = await r.client('draft.build', stage ? { invoiceId, stage, invoiceAttachments } : { invoiceId, invoiceAttachments });
  const attachments = known ? await attachmentsOf(conversation, known, draft.attachments.map((a) => a.filename)) : [];
  const opened = await r.host.openNewMessage({ to: draft.to, cc: draft.cc, subject: draft.subject, html: draft.html, attachments });
  const { invoice } = await r.client('reminder.sent', { invoiceId, stage: draft.stage, sentAt: now().toISOString(), threadId });
  return { draft, outcome: opened, invoice, covered: [invoiceId] };
}

/**
 * "Relance express" (the ribbon's function command): from the open invoice message straight to the reply with
 * the next stage's draft and the invoice attached, recorded like "Ouvrir la réponse". Reports in the info bar.
 */
export async function quickRelance(r: Relance, today: string, t: PaneTranslate, language: UiLanguage, now: () => Date = () => new Date()): Promise<ReplyResult | null> {
  const opened = await openInvoice(r, today, t, language);
  const invoice = opened.invoices.find((i) => i.status !== 'paid' && i.nextAction?.stage) ?? opened.invoices.find((i) => i.status !== 'paid');
  if (!invoice) {
    await r.host.notify(INFO_BAR_KEY, opened.invoices[0] ? infoBarText(opened.invoices[0], t, language) : t('notInvoice'));
    return null;
  }
  // A client who owes several overdue invoices gets one reminder for all of them.
  const group = await groupOf(r, invoice);
  if (group.groupable) {
    const { draft } = await r.client('draft.group', { invoiceId: invoice.id, invoiceAttachments: await groupAttachmentNames(r, opened.conversation, group.chase.map((i) => i.id)) });
    const grouped = await openGroupReply(r, opened, draft, t, language, now);
    if (grouped.outcome.notAttached.length) await r.host.notify(`${INFO_BAR_KEY}-attachment`, t('notAttached', grouped.outcome.notAttached.join(', '))).catch(() => undefined);
    return { outcome: grouped.outcome, invoice: grouped.invoices.find((i) => i.id === invoice.id) ?? invoice };
  }
  const { draft } = await r.client('draft.build', { invoiceId: invoice.id, stage: proposedStage(invoice), invoiceAttachments: documentsOf(opened.conversation, invoice) });
  const result = await openReply(r, opened, invoice, draft, t, language, now);
  if (result.outcome.notAttached.length) await r.host.notify(`${INFO_BAR_KEY}-attachment`, t('notAttached', result.outcome.notAttached.join(', '))).catch(() => undefined);
  return result;
}

/** The client's overdue invoices one grouped reminder would chase (groupable with two or more). */
export async function groupOf(r: Relance, invoice: InvoiceView): Promise<ResponseOf<'client.group'>> {
  return r.client('client.group', { invoiceId: invoice.id });
}

/**
 * The conversation of each invoice a grouped reminder lists: the open one for the invoice at hand, the kept
 * ones for the client's other invoices (their PDFs are there when their message was opened in Outlook).
 */
async function conversationsOf(r: Relance, current: readonly MailMessage[], invoiceIds: readonly string[]): Promise<Map<string, { invoice: InvoiceView; conversation: readonly MailMessage[] }>> {
  const out = new Map<string, { invoice: InvoiceView; conversation: readonly MailMessage[] }>();
  for (const id of invoiceIds) {
    const { invoice } = await r.client('invoice.get', { invoiceId: id });
    if (!invoice) continue;
    const own = current.some((m) => m.messageId === invoice.messageId) ? current : await conversationOf(r, invoice);
    out.set(id, { invoice, conversation: own });
  }
  return out;
}

/** The documents of each invoice, by invoice id, from its conversation. */
async function groupAttachmentNames(r: Relance, current: readonly MailMessage[], invoiceIds: readonly string[]): Promise<Record<string, string[]>> {
  const sources = await conversationsOf(r, current, invoiceIds);
  return Object.fromEntries([...sources].map(([id, s]) => [id, documentsOf(s.conversation, s.invoice)]));
}

/** The grouped reminder at each stage it can be written at, with every invoice's documents to re-attach. */
export async function groupDraftsOf(r: Relance, invoice: InvoiceView, group: ResponseOf<'client.group'>, conversation: readonly MailMessage[]): Promise<GroupDraftView[]> {
  const invoiceAttachments = await groupAttachmentNames(r, conversation, group.chase.map((i) => i.id));
  const results = await Promise.allSettled(GROUP_STAGES.map((stage) => r.client('draft.group', { invoiceId: invoice.id, stage, invoiceAttachments })));
  const drafts = results.flatMap((x) => (x.status === 'fulfilled' ? [x.value.draft] : []));
  if (drafts.length === 0) throw (results.find((x): x is PromiseRejectedResult => x.status === 'rejected')?.reason ?? new Error('no draft'));
  return drafts;
}

/** The grouped draft's files: each from its own invoice's conversation. */
async function groupAttachmentsOf(r: Relance, current: readonly MailMessage[], draft: GroupDraftView): Promise<DraftAttachment[]> {
  const sources = await conversationsOf(r, current, draft.invoices.map((i) => i.invoiceId));
  const files: DraftAttachment[] = [];
  for (const name of draft.attachments.map((a) => a.filename)) {
    for (const s of sources.values()) {
      const [file] = await attachmentsOf(s.conversation, s.invoice, [name]);
      if (file) {
        files.push(file);
        break;
      }
    }
  }
  return files;
}

export interface GroupReplyResult {
  outcome: ReplyOutcome;
  invoices: InvoiceView[];
}

/**
 * "Ouvrir la réponse" on a grouped reminder: the form with the draft and every invoice's PDF, then one
 * reminder recorded on each invoice it chases (opening the form is the follow-up), and the info bar moved on.
 */
export async function openGroupReply(r: Relance, opened: Pick<OpenedInvoice, 'message' | 'conversation' | 'replyMode'>, draft: GroupDraftView, t: PaneTranslate, language: UiLanguage, now: () => Date = () => new Date()): Promise<GroupReplyResult> {
  const wanted = draft.attachments.map((a) => a.filename);
  const attachments = await groupAttachmentsOf(r, opened.conversation, draft);
  const opens =
    opened.replyMode === 'new'
      ? await r.host.openNewMessage({ to: draft.to, cc: draft.cc, subject: draft.subject, html: draft.html, attachments })
      : await r.host.openReply({ html: draft.html, attachments, replyAll: opened.replyMode === 'replyAll' });
  const missing = wanted.filter((name) => !attachments.some((f) => f.filename === name));
  const { invoices } = await r.client('group.sent', { invoiceIds: draft.invoices.map((i) => i.invoiceId), stage: draft.stage, sentAt: now().toISOString(), threadId: opened.message.hostThreadId });
  const here = invoices.find((i) => i.messageId === opened.message.messageId) ?? invoices[0];
  if (here) await r.host.notify(INFO_BAR_KEY, infoBarText(here, t, language)).catch(() => undefined);
  return { outcome: { attached: opens.attached, notAttached: [...opens.notAttached, ...missing] }, invoices };
}

/** The thank-you for a paid invoice. */
export async function thanksDraftOf(r: Relance, invoice: InvoiceView): Promise<MailDraft> {
  return (await r.client('draft.thanks', { invoiceId: invoice.id })).draft;
}

/** The thank-you in a reply form (or a new message, as for a reminder), then the thanks recorded. */
export async function openThanksReply(r: Relance, opened: Pick<OpenedInvoice, 'message' | 'replyMode'>, invoice: InvoiceView, draft: MailDraft, now: () => Date = () => new Date()): Promise<InvoiceView> {
  if (opened.replyMode === 'new') await r.host.openNewMessage({ to: draft.to, cc: draft.cc, subject: draft.subject, html: draft.html, attachments: [] });
  else await r.host.openReply({ html: draft.html, attachments: [], replyAll: opened.replyMode === 'replyAll' });
  return (await r.client('thanks.sent', { invoiceId: invoice.id, sentAt: now().toISOString(), threadId: opened.message.hostThreadId })).invoice;
}
