import PostalMime, { addressParser, decodeWords } from 'postal-mime';
import type { Address as PostalAddress, Attachment as PostalAttachment, Email } from 'postal-mime';
import { calendarDateOfHeader } from '../calendar/iso-date';
import { KEPT_HEADERS, type Address, type Attachment, type MailMessage } from './model';
import { htmlToText } from './html-to-text';
import { hasReplyPrefix } from './subject';
import { boundText, MESSAGE_BUDGET, overBudget, textCutWarning } from './budget';
import { decodedBlob, looksGarbled, relabelPlainBase64 } from './mislabelled-encoding';

export class MailParseError extends Error {
  override name = 'MailParseError';
}

/** FNV-1a over the raw bytes: a stable id for messages that came without a Message-ID. */
function fnv1a(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i]!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The addresses of a header. A display name with an unquoted comma ("Maître Inès Benali, avocate <ines@…>") parses as
 * two entries, the first with no "@": it is the start of the next one's name, not an address.
 */
function flatten(list: PostalAddress[] | PostalAddress | undefined): Address[] {
  if (!list) return [];
  const out: Address[] = [];
  let namePart = '';
  for (const a of Array.isArray(list) ? list : [list]) {
    if (a.group) {
      out.push(...flatten(a.group));
      namePart = '';
    } else if (a.address && a.address.includes('@')) {
      const own = (a.name ?? '').trim();
      out.push({ name: namePart ? (own ? `${namePart}, ${own}` : namePart) : own, address: a.address.trim().toLowerCase() });
      namePart = '';
    } else {
      // (the address parser leaves RFC 2047 words encoded in a bare name: "=?UTF-8?B?TWHDrnRyZQ==?= … Benali")
      namePart = [namePart, decodeWords((a.name || a.address || '').trim())].filter(Boolean).join(', ');
    }
  }
  return out;
}

/**
 * A sender whose display name holds an unquoted comma ('"Tejo Digital", Lda via InvoiceXpress <no-reply@…>') parses
 * as two entries, the first with no address: the sender is the entry with the address, named by the whole name.
 */
function splitNameSender(raw: string | undefined): Address | null {
  if (!raw) return null;
  const parts = addressParser(raw);
  const at = parts.findIndex((p) => !p.group && p.address);
  if (at <= 0 || parts.slice(0, at).some((p) => p.group || p.address)) return null;
  const name = parts.slice(0, at + 1).map((p) => (p.name ?? '').trim()).filter(Boolean).join(', ');
  return { name, address: parts[at]!.address!.trim().toLowerCase() };
}

function messageIds(value: string | undefined): string[] {
  return value?.match(/<[^<>\s]+>/g) ?? [];
}

function toBytes(content: PostalAttachment['content']): Uint8Array {
  if (content instanceof Uint8Array) return content;
  if (content instanceof ArrayBuffer) return new Uint8Array(content);
  return new TextEncoder().encode(content);
}

/**
 * An attachment's loader, made outside parseMime: a closure made inside it would keep parseMime's whole
 * scope alive, the raw message bytes (and the mailbox chunk they are a view of) included, for as long as
 * the message is held.
 */
function bytesLoader(content: Uint8Array): () => Promise<Uint8Array> {
  return async () => content;
}

/** Below this length a new message's text part may be a shortened version of its HTML part. */
const SHORT_TEXT = 600;

/**
 * The text of a message: its text part, or its HTML part made text when it has none. Some senders (invoicing
 * platforms) put a shortened text part beside the HTML one ("Fattura n. FT26-00212 … Scadenza: 06/05/2026"
 * without the client's address that the HTML names): a new message's short text part gives way to its HTML
 * part when that says much more. Replies keep their text part (their HTML quotes the conversation).
 */
function bodyText(email: Email, html: string | null): string {
  const text = email.text?.trim() ? email.text : '';
  if (!html) return text;
  if (!text) return htmlToText(html);
  const isReply = !!email.inReplyTo || hasReplyPrefix(email.subject ?? '');
  // (an "HTML" part with no tag in it is no page: a part whose encoding its sender mislabelled, say base64 sent as
  // quoted-printable, reads as a blob of letters)
  if (isReply || text.length >= SHORT_TEXT || !/<[a-z!]/i.test(html)) return text;
  const fromHtml = htmlToText(html);
  return fromHtml.trim().length > text.trim().length * 1.5 + 100 ? fromHtml : text;
}

function isoOrNull(date: string | undefined): string | null {
  if (!date) return null;
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

const POSTAL_OPTIONS = { attachmentEncoding: 'arraybuffer', maxNestingDepth: MESSAGE_BUDGET.maxNestingDepth, maxHeadersSize: 2 * 1024 * 1024 } as const;

/** Headers one of which every e-mail has: a file with none of them is not an e-mail (a PDF, a text, garbage). */
const MAIL_HEADERS = ['from', 'to', 'cc', 'subject', 'date', 'message-id', 'sender', 'reply-to', 'received', 'mime-version', 'content-type', 'return-path', 'delivered-to', 'in-reply-to'];
const MAIL_HEADER_SET = new Set(MAIL_HEADERS);
const MAIL_HEADER_LINE = new RegExp(`^(?:${MAIL_HEADERS.join('|')})[ \\t]*:`, 'im');

/**
 * The header block of a message, without its body (and without a multipart Content-Type), and whether it
 * holds an e-mail header at all.
 */
function headersOnly(bytes: Uint8Array): { head: Uint8Array; isMail: boolean } {
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, 2 * 1024 * 1024));
  const end = text.search(/\r?\n\r?\n/);
  const block = end < 0 ? text : text.slice(0, end);
  const head = block.replace(/^content-type:.*(?:\r?\n[ \t].*)*/gim, '');
  return { head: Uint8Array.from(`${head}\r\n\r\n`, (c) => c.charCodeAt(0) & 0xff), isMail: MAIL_HEADER_LINE.test(block) };
}

const NOT_MAIL = 'not an e-mail: no From, To, Subject, Date, Message-ID or Content-Type header';

export interface ParseMimeOptions {
  /** The Message-ID given to a message that has none (else one made from its bytes). */
  fallbackId?: string;
  /** Told what of the message was not read (a body over the budget or refused by the parser, a text cut). */
  onWarning?: (warning: string) => void;
  /**
   * Whether the message keeps its HTML body (default true). The core reads `text` (made from the HTML when
   * there is no text part), never `html`: a host that only scans does not keep it, and a mailbox held in
   * memory for its scan is a third lighter (less for the garbage collector to copy and mark).
   */
  keepHtml?: boolean;
}

/**
 * One raw RFC 822 message to the mail model, with postal-mime (it runs in browsers and Node alike).
 * Broken input gives a message with what could be read, within the budget of `MESSAGE_BUDGET`: a body over
 * it, or one postal-mime refuses (nesting too deep…), leaves the headers, and `onWarning` is told. Empty input
 * and input without a single e-mail header are refused with a MailParseError; nothing else is thrown.
 */
export async function parseMime(raw: Uint8Array | string, opts: ParseMimeOptions = {}): Promise<MailMessage> {
  const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
  if (bytes.length === 0 || !/\S/.test(new TextDecoder().decode(bytes.subarray(0, 4096)))) {
    throw new MailParseError('empty message');
  }
  let email: Email;
  const over = overBudget(bytes);
  try {
    if (over) throw new MailParseError(over);
    email = await PostalMime.parse(bytes, POSTAL_OPTIONS);
  } catch (bodyError) {
    // A body over the budget or refused by postal-mime still has readable headers: keep those.
    const { head, isMail } = headersOnly(bytes);
    if (!isMail) throw new MailParseError(NOT_MAIL);
    try {
      email = await PostalMime.parse(head, POSTAL_OPTIONS);
    } catch (error) {
      throw new MailParseError(`unreadable MIME: ${(error as Error).message}`);
    }
    opts.onWarning?.(`body not read: ${(bodyError as Error).message}`);
  }
  if (!email.headers.some((h) => MAIL_HEADER_SET.has(h.key)) && !headersOnly(bytes).isMail) throw new MailParseError(NOT_MAIL);
  // A body its sender declared in the wrong transfer encoding is read as meant (plain text declared base64, base64 declared quoted-printable).
  if (looksGarbled(email.text) || looksGarbled(email.html)) {
    const relabelled = relabelPlainBase64(bytes);
    if (relabelled) email = await PostalMime.parse(relabelled, POSTAL_OPTIONS).catch(() => email);
  }
  email.text = decodedBlob(email.text) ?? email.text;
  if (email.html !== undefined) email.html = decodedBlob(email.html) ?? email.html;
  const headers: Record<string, string> = {};
  const deliveredTo: string[] = [];
  let rawDate: string | undefined;
  for (const h of email.headers) {
    if (h.key === 'delivered-to' || h.key === 'x-original-to') deliveredTo.push(...flatten(addressParser(h.value)).map((a) => a.address));
    if (h.key === 'date' && rawDate === undefined) rawDate = h.value;
    if ((KEPT_HEADERS as readonly string[]).includes(h.key) && headers[h.key] === undefined) headers[h.key] = h.value;
  }
  const attachments: Attachment[] = email.attachments.map((a) => {
    const content = toBytes(a.content);
    return {
      filename: a.filename,
      mimeType: (a.mimeType || 'application/octet-stream').toLowerCase(),
      size: content.byteLength,
      inline: a.disposition === 'inline' && !!a.contentId,
      loadBytes: bytesLoader(content),
    };
  });
  const html = email.html === undefined ? null : boundText(email.html, MESSAGE_BUDGET.maxHtmlChars);
  const body = boundText(bodyText(email, html?.text ?? null));
  if (body.cut || html?.cut) opts.onWarning?.(textCutWarning(body.cut ? 'body' : 'HTML body', body.cut ? MESSAGE_BUDGET.maxTextChars : MESSAGE_BUDGET.maxHtmlChars));
  const text = body.text;
  const subject = boundText((email.subject ?? '').replace(/\s+/g, ' ').trim(), MESSAGE_BUDGET.maxSubjectChars);
  if (subject.cut) opts.onWarning?.(textCutWarning('subject', MESSAGE_BUDGET.maxSubjectChars));
  const messageId = messageIds(email.messageId)[0] ?? opts.fallbackId ?? `<relance-${fnv1a(bytes)}@local>`;
  return {
    messageId,
    hostThreadId: null,
    from: flatten(email.from)[0] ?? splitNameSender(email.headers.find((h) => h.key === 'from')?.value),
    sender: flatten(email.sender)[0] ?? null,
    replyTo: flatten(email.replyTo),
    to: flatten(email.to),
    cc: flatten(email.cc),
    bcc: flatten(email.bcc),
    deliveredTo: [...new Set(deliveredTo)],
    date: isoOrNull(rawDate ?? email.date),
    calendarDate: calendarDateOfHeader(rawDate ?? null),
    subject: subject.text,
    text,
    html: opts.keepHtml === false ? null : (html?.text ?? null),
    inReplyTo: messageIds(email.inReplyTo)[0] ?? null,
    references: messageIds(email.references),
    headers,
    attachments,
  };
}
