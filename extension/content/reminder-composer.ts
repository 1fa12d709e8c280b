/**
 * From an invoice to a reply ready to send: the background builds the draft of the next stage (the core's
 * drafts), the host opens a reply in the conversation with it and the invoice PDF re-attached, and when the
 * user sends it the background records the reminder and schedules the follow-up. The compose tool switches
 * stage, tone and language in place through `rebuild`.
 */
import type { ChaseStage, DraftLanguage } from '../../shared/core/ladder/stages';
import type { MailThread } from '../../shared/core/mail/model';
import type { HostCompose, HostThread, MailHost } from '../host';
import type { Client, DraftView, InvoiceView, Tone } from '../../shared/app/messages';
import type { ThreadInvoices } from './thread-invoices';
import type { Translate } from '../../shared/app/i18n';

export interface DraftChoice {
  stage?: ChaseStage;
  tone?: Tone;
  language?: DraftLanguage;
}

export interface OpenedReminder {
  compose: HostCompose;
  invoice: InvoiceView;
  draft(): DraftView;
  rebuild(choice: DraftChoice): Promise<DraftView>;
}

export interface ReminderComposer {
  open(thread: HostThread, invoice: InvoiceView, choice?: DraftChoice): Promise<OpenedReminder>;
  onOpened(callback: (opened: OpenedReminder) => void): () => void;
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
  return {
    async open(thread, invoice, choice = {}) {
      const mail = await thread.read();
      const invoiceAttachments = documentsOf(mail, invoice);
      let { draft } = await send('draft.build', { invoiceId: invoice.id, ...choice, invoiceAttachments });
      const files = await attachmentsFor(mail, invoice, draft.attachments.map((a) => a.filename), (name) => host.notify(t('attachmentMissing', name), 'error'));
      const compose = await host.openReply(thread, { to: draft.to, cc: draft.cc, subject: draft.subject, html: draft.html, attachments: files });
      compose.onSent(({ threadId }) => {
        void (async () => {
          const sentThread = threadId ?? (await thread.threadId());
          const result = await send('reminder.sent', { invoiceId: invoice.id, stage: draft.stage, sentAt: now().toISOString(), threadId: sentThread });
          invoices.update(await thread.threadId(), result.invoice);
          host.notify(t('reminderScheduled', result.invoice.nextAction ? result.invoice.nextAction.date : '—'));
        })().catch((error) => host.notify(String(error instanceof Error ? error.message : error), 'error'));
      });
      const opened: OpenedReminder = {
        compose,
        invoice,
        draft: () => draft,
        async rebuild(next) {
          ({ draft } = await send('draft.build', { invoiceId: invoice.id, stage: next.stage ?? draft.stage, tone: next.tone ?? draft.tone, language: next.language ?? draft.language, invoiceAttachments }));
          if (!compose.isReply) compose.setSubject(draft.subject);
          compose.setBodyHtml(draft.html);
          compose.setRecipients(draft.to, draft.cc);
          return draft;
        },
      };
      for (const l of listeners) l(opened);
      return opened;
    },
    onOpened(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
  };
}
