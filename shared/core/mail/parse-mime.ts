import PostalMime, { addressParser } from 'postal-mime';
import type { Address as PostalAddress, Attachment as PostalAttachment, Email } from 'postal-mime';
import { calendarDateOfHeader } from '../calendar/iso-date';
import { KEPT_HEADERS, type Address, type Attachment, type MailMessage } from './model';
import { htmlToText } from './html-to-text';

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

function flatten(list: PostalAddress[] | PostalAddress | undefined): Address[] {
  if (!list) return [];
  const out: Address[] = [];
  for (const a of Array.isArray(list) ? list : [list]) {
    if (a.group) out.push(...flatten(a.group));
    else if (a.address) out.push({ name: (a.name ?? '').trim(), address: a.address.trim().toLowerCase() });
  }
  return out;
}

function messageIds(value: string | undefined): string[] {
  return value?.match(/<[^<>\s]+>/g) ?? [];
}

function toBytes(content: PostalAttachment['content']): Uint8Array {
  if (content instanceof Uint8Array) return content;
  if (content instanceof ArrayBuffer) return new Uint8Array(content);
  return new TextEncoder().encode(content);
}

function isoOrNull(date: string | undefined): string | null {
  if (!date) return null;
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

const POSTAL_OPTIONS = { attachmentEncoding: 'arraybuffer', maxNestingDepth: 64, maxHeadersSize: 2 * 1024 * 1024 } as const;

/** The header block of a message, without its body (and without a multipart Content-Type). */
function headersOnly(bytes: Uint8Array): Uint8Array {
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, 2 * 1024 * 1024));
  const end = text.search(/\r?\n\r?\n/);
  const head = (end < 0 ? text : text.slice(0, end)).replace(/^content-type:.*(?:\r?\n[ \t].*)*/gim, '');
  return Uint8Array.from(`${head}\r\n\r\n`, (c) => c.charCodeAt(0) & 0xff);
}

/**
 * One raw RFC 822 message to the mail model, with postal-mime (it runs in browsers and Node alike).
 * Broken input gives a message with what could be read; only empty input is refused.
 */
export async function parseMime(raw: Uint8Array | string, opts: { fallbackId?: string } = {}): Promise<MailMessage> {
  const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
  if (bytes.length === 0 || !/\S/.test(new TextDecoder().decode(bytes.subarray(0, 4096)))) {
    throw new MailParseError('empty message');
  }
  let email: Email;
  try {
    email = await PostalMime.parse(bytes, POSTAL_OPTIONS);
  } catch {
    // A body postal-mime refuses (nesting too deep…) still has readable headers: keep those.
    try {
      email = await PostalMime.parse(headersOnly(bytes), POSTAL_OPTIONS);
    } catch (error) {
      throw new MailParseError(`unreadable MIME: ${(error as Error).message}`);
    }
  }
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
      loadBytes: async () => content,
    };
  });
  const text = email.text?.trim() ? email.text : email.html ? htmlToText(email.html) : '';
  const messageId = messageIds(email.messageId)[0] ?? opts.fallbackId ?? `<relance-${fnv1a(bytes)}@local>`;
  return {
    messageId,
    hostThreadId: null,
    from: flatten(email.from)[0] ?? null,
    sender: flatten(email.sender)[0] ?? null,
    replyTo: flatten(email.replyTo),
    to: flatten(email.to),
    cc: flatten(email.cc),
    bcc: flatten(email.bcc),
    deliveredTo: [...new Set(deliveredTo)],
    date: isoOrNull(rawDate ?? email.date),
    calendarDate: calendarDateOfHeader(rawDate ?? null),
    subject: (email.subject ?? '').replace(/\s+/g, ' ').trim(),
    text,
    html: email.html ?? null,
    inReplyTo: messageIds(email.inReplyTo)[0] ?? null,
    references: messageIds(email.references),
    headers,
    attachments,
  };
}
