/**
 * From an invoice to a reply ready to send: the background builds the draft (the core's drafts) — of the next
 * stage for this invoice, or one grouped reminder for every overdue invoice of its client, or the thank-you
 * once it is paid — the host opens a reply in the conversation with it and the invoice PDFs re-attached, and
 * when the user sends it the background records it (on each invoice a grouped reminder chased) and schedules
 * the follow-up. The compose tool switches stage, tone and language in place through `rebuild`.
 */
import type { ChaseStage, DraftLanguage, GroupStage } from '../../shared/core/ladder/stages';
import { GROUP_STAGES } from '../../shared/core/ladder/stages';
import { base64ToBytes } from '../../shared/core/text/base64';
import type { MailThread } from '../../shared/core/mail/model';
import type { HostCompose, HostThread, MailHost } from '../host';
import type { Client, DraftView, GroupDraftView, InvoiceView, Tone } from '../../shared/app/messages';
import type { ThreadInvoices } from './thread-invoices';
import type { Translate } from '../../shared/app/i18n';

export interface DraftChoice {
  stage?: ChaseStage;
  tone?: Tone;
  language?: DraftLanguage;
  /** A grouped reminder: list the invoices not yet due apart. */
  includeUpcoming?: boolean;
}

export interface OpenedReminder {
  compose: HostCompose;
  invoice: InvoiceView;
  /** This invoice alone, or every overdue invoice of its client in one reminder. */
  mode: 'single' | 'group';
  draft(): DraftView | GroupDraftView;
  rebuild(choice: DraftChoice): Promise<DraftView>;
}

export interface ReminderComposer {
  open(thread: HostThread, invoice: InvoiceView, choice?: DraftChoice): Promise<OpenedReminder>;
  /** One reminder for every overdue invoice of the invoice's client, at the stage of the most advanced one. */
  openGroup(thread: HostThread, invoice: InvoiceView, choice?: DraftChoice): Promise<OpenedReminder>;
  /** The thank-you for a paid invoice. */
  openThanks(thread: HostThread, invoice: InvoiceView): Promise<HostCompose>;
  onOpened(callback: (opened: OpenedReminder) => void): () => void;
}

const isGroupStage = (stage: string | undefined): stage is GroupStage => (GROUP_STAGES as readonly string[]).includes(stage ?? '');

/** A rebuilt draft into its open compose window: a reply keeps the conversation's subject. */
function applyDraft(compose: HostCompose, draft: DraftView): void {
  if (!compose.isReply) compose.setSubject(draft.subject);
  compose.setBodyHtml(draft.html);
  compose.setRecipients(draft.to, draft.cc);
}

/** The invoice's documents (PDF, XML) in the message that carried it, to re-attach to the reminder. */
export function documentsOf(mail: MailThread, invoice: InvoiceView): string[] {
  const message = mail.messages.find((m) => m.messageId === invoice.messageId);
  return (message?.attachments ?? []).filter((a) => !a.inline && a.filename && /\.(pdf|xml)$/i.test(a.filename)).map((a) => a.filename!);
}

/** The attachments the draft names, from the conversation's messages (the invoice's message first). */
export async function attachmentsFor(mail: MailThread, invoice: InvoiceView, names: readonly string[], onMissing?: (name: string, error: unknown) => void) {
  const files: { filename: string; bytes: Uint8Array; mimeType: string }[] = [];
  const messages = [...mail.messages].sort((a, b) => Number(b.messageId === invoice.messageId) - Number(a.messageId === invoice.messageId));
  for (const name of names) {
    for (const message of messages) {
      const attachment = message.attachments.find((a) => a.filename === name);
      if (!attachment) continue;
      try {
        files.push({ filename: name, bytes: await attachment.loadBytes(), mimeType: attachment.mimeType });
      } catch (error) {
        // The reminder still opens; the user is told which file to attach by hand.
        onMissing?.(name, error);
      }
      break;
    }
  }
  return files;
}

export function createReminderComposer(host: MailHost, send: Client, invoices: ThreadInvoices, t: Translate, now: () => Date = () => new Date()): ReminderComposer {
  const listeners = new Set<(opened: OpenedReminder) => void>();
  const announce = (opened: OpenedReminder) => {
    for (const l of listeners) l(opened);
    return opened;
  };
  const report = (work: () => Promise<void>) => void work().catch((error) => host.notify(String(error instanceof Error ? error.message : error), 'error'));
  const missing = (name: string) => host.notify(t('attachmentMissing', name), 'error');

  /** The grouped draft's files: from this conversation first, else the copies kept from the other invoices' conversations. */
  const groupFiles = async (mail: MailThread, invoice: InvoiceView, draft: GroupDraftView) => {
    const names = draft.attachments.map((a) => a.filename);
    const here = await attachmentsFor(mail, invoice, names);
    const wanted = names.filter((n) => !here.some((f) => f.filename === n));
    const kept = wanted.length ? (await send('documents.get', { invoiceIds: draft.invoices.map((i) => i.invoiceId) })).files : [];
    const files = [...here];
    for (const name of wanted) {
      const copy = kept.find((k) => k.filename === name);
      if (copy) files.push({ filename: name, bytes: base64ToBytes(copy.base64), mimeType: copy.mimeType });
      else missing(name);
    }
    return files;
  };

  return {
    async open(thread, invoice, choice = {}) {
      const mail = await thread.read();
      const invoiceAttachments = documentsOf(mail, invoice);
      let { draft } = await send('draft.build', { invoiceId: invoice.id, ...choice, invoiceAttachments });
      const files = await attachmentsFor(mail, invoice, draft.attachments.map((a) => a.filename), missing);
      const compose = await host.openReply(thread, { to: draft.to, cc: draft.cc, subject: draft.subject, html: draft.html, attachments: files });
      compose.onSent(({ threadId }) =>
        report(async () => {
          const sentThread = threadId ?? (await thread.threadId());
          const result = await send('reminder.sent', { invoiceId: invoice.id, stage: draft.stage, sentAt: now().toISOString(), threadId: sentThread });
          invoices.update(await thread.threadId(), result.invoice);
          host.notify(t('reminderScheduled', result.invoice.nextAction ? result.invoice.nextAction.date : '—'));
        }),
      );
      return announce({
        compose,
        invoice,
        mode: 'single',
        draft: () => draft,
        async rebuild(next) {
          ({ draft } = await send('draft.build', { invoiceId: invoice.id, stage: next.stage ?? draft.stage, tone: next.tone ?? draft.tone, language: next.language ?? draft.language, invoiceAttachments }));
          applyDraft(compose, draft);
          return draft;
        },
      });
    },

    async openGroup(thread, invoice, choice = {}) {
      const mail = await thread.read();
      const threadId = await thread.threadId();
      // This conversation's invoices have their documents here; the others' come from the kept copies.
      const invoiceAttachments = Object.fromEntries((await invoices.of(thread)).map((i) => [i.id, documentsOf(mail, i)]));
      let includeUpcoming = choice.includeUpcoming ?? true;
      const build = (next: DraftChoice) =>
        send('draft.group', { invoiceId: invoice.id, stage: isGroupStage(next.stage) ? next.stage : undefined, tone: next.tone, language: next.language, includeUpcoming, invoiceAttachments });
      let { draft } = await build(choice);
      const files = await groupFiles(mail, invoice, draft);
      const compose = await host.openReply(thread, { to: draft.to, cc: draft.cc, subject: draft.subject, html: draft.html, attachments: files });
      compose.onSent(({ threadId: sentThread }) =>
        report(async () => {
          const { invoices: recorded } = await send('group.sent', { invoiceIds: draft.invoices.map((i) => i.invoiceId), stage: draft.stage, sentAt: now().toISOString(), threadId: sentThread ?? threadId });
          const here = new Set((await invoices.of(thread)).map((i) => i.id));
          for (const inv of recorded) if (here.has(inv.id)) invoices.update(threadId, inv);
          const next = recorded.map((i) => i.nextAction?.date).filter((d): d is string => !!d).sort()[0];
          host.notify(t('groupScheduled', recorded.length, next ?? '—'));
        }),
      );
      return announce({
        compose,
        invoice,
        mode: 'group',
        draft: () => draft,
        async rebuild(next) {
          if (next.includeUpcoming !== undefined) includeUpcoming = next.includeUpcoming;
          ({ draft } = await build({ stage: next.stage ?? draft.stage, tone: next.tone ?? draft.tone, language: next.language ?? draft.language }));
          applyDraft(compose, draft);
          return draft;
        },
      });
    },

    async openThanks(thread, invoice) {
      const { draft } = await send('draft.thanks', { invoiceId: invoice.id });
      const compose = await host.openReply(thread, { to: draft.to, cc: draft.cc, subject: draft.subject, html: draft.html, attachments: [] });
      compose.onSent(({ threadId }) =>
        report(async () => {
          const result = await send('thanks.sent', { invoiceId: invoice.id, sentAt: now().toISOString(), threadId: threadId ?? (await thread.threadId()) });
          invoices.update(await thread.threadId(), result.invoice);
          host.notify(t('thanksRecorded'));
        }),
      );
      return compose;
    },

    onOpened(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
  };
}
