/**
 * A Gmail conversation, as InboxSDK shows it, turned into the core's MailThread: senders and recipients,
 * the body (text and HTML) of every loaded message, its date, and its file attachments whose bytes are
 * downloaded only when the core asks for them (PDFs of candidate messages).
 */
import type { Address, Attachment, MailMessage, MailThread } from '../../shared/core/mail/model';
import { hasReplyPrefix } from '../../shared/core/mail/subject';
import { parseGmailDate } from './gmail-date';
import type { SdkMessageView, SdkThreadView } from './sdk-subset';

export type FetchBytes = (url: string) => Promise<Uint8Array>;

const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  xml: 'application/xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  csv: 'text/csv',
  txt: 'text/plain',
  zip: 'application/zip',
};

export function mimeTypeOf(filename: string): string {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  return MIME_BY_EXTENSION[ext] ?? 'application/octet-stream';
}

function address(contact: { emailAddress: string; name?: string } | null | undefined): Address | null {
  if (!contact?.emailAddress) return null;
  return { name: contact.name ?? '', address: contact.emailAddress.toLowerCase() };
}

/** Gmail's message ids are hex strings; a stable RFC-like id keeps the ledger's keys the same across visits. */
/**
 * Each attachment of a message is downloaded once, however often its conversation is read: the scan reads a
 * PDF, the background keeps a copy, a reminder re-attaches it. A failed download may be tried again.
 */
const downloads = new WeakMap<SdkMessageView, Map<string, Promise<Uint8Array>>>();
function downloadOf(message: SdkMessageView, filename: string, load: () => Promise<Uint8Array>): () => Promise<Uint8Array> {
  return () => {
    let files = downloads.get(message);
    if (!files) downloads.set(message, (files = new Map()));
    let pending = files.get(filename);
    if (!pending) {
      pending = load();
      files.set(filename, pending);
      pending.catch(() => files.delete(filename));
    }
    return pending;
  };
}

export function gmailMessageId(id: string): string {
  return `<${id}@gmail.relance>`;
}

async function readMessage(view: SdkMessageView, threadId: string, subject: string, index: number, previous: string | null, fetchBytes: FetchBytes): Promise<MailMessage> {
  const id = await view.getMessageIDAsync();
  const recipients = await view.getRecipientsFull().catch(() => []);
  const body = view.getBodyElement();
  const date = parseGmailDate(view.getDateString());
  const attachments: Attachment[] = view.getFileAttachmentCardViews().map((card) => {
    const filename = card.getTitle();
    return {
      filename,
      mimeType: mimeTypeOf(filename),
      size: 0,
      inline: false,
      loadBytes: downloadOf(view, filename, async () => {
        const url = await card.getDownloadURL();
        if (!url) throw new Error(`no download URL for ${filename}`);
        return fetchBytes(url);
      }),
    };
  });
  const messageId = gmailMessageId(id);
  return {
    messageId,
    hostThreadId: threadId,
    from: address(view.getSender()),
    sender: null,
    replyTo: [],
    to: recipients.map(address).filter((a): a is Address => a !== null),
    cc: [],
    bcc: [],
    deliveredTo: [],
    date: date?.instant ?? null,
    calendarDate: date?.calendarDate ?? null,
    // Gmail shows one subject per conversation; later messages answer the first.
    subject: index === 0 || hasReplyPrefix(subject) ? subject : `Re: ${subject}`,
    text: (body.innerText ?? body.textContent ?? '').trim(),
    html: body.innerHTML || null,
    inReplyTo: previous,
    references: previous ? [previous] : [],
    headers: {},
    attachments,
  };
}

export async function readGmailThread(thread: SdkThreadView, fetchBytes: FetchBytes): Promise<MailThread> {
  const threadId = await thread.getThreadIDAsync();
  const subject = thread.getSubject();
  const views = thread.getMessageViewsAll().filter((v) => v.isLoaded());
  const messages: MailMessage[] = [];
  let previous: string | null = null;
  for (const [i, view] of views.entries()) {
    const message = await readMessage(view, threadId, subject, i, previous, fetchBytes);
    messages.push(message);
    previous = message.messageId;
  }
  if (messages.length === 0) throw new Error('no loaded message in the conversation');
  return { id: threadId, messages };
}
