/**
 * Raw RFC 822 messages for the corpus, written as mail clients and invoicing platforms send them (text and
 * HTML alternatives, PDF attachments, Cc/Bcc/Reply-To/Delivered-To), then parsed by the core's own MIME
 * reader: the corpus goes through the same path as a real mailbox.
 */
import { parseMime } from '../../shared/core/mail/parse-mime';
import type { MailMessage } from '../../shared/core/mail/model';

export interface EmlSpec {
  from: string;
  to?: string[];
  cc?: string[];
  replyTo?: string;
  deliveredTo?: string;
  /** RFC 2822 date or ISO; the header keeps its offset. */
  date: string;
  subject: string;
  text?: string;
  html?: string;
  id?: string;
  inReplyTo?: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; mimeType?: string; bytes: Uint8Array }[];
}

let counter = 0;

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\r\n');
const utf8 = (s: string) => new TextEncoder().encode(s);
/** Non-ASCII header values as RFC 2047 encoded words, as mail clients write them. */
const word = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s).toString('base64')}?=`);
function addressHeader(spec: string): string {
  const m = /^(.*)<([^>]+)>$/.exec(spec.trim());
  return m && m[1]!.trim() ? `${word(m[1]!.trim().replace(/"/g, ''))} <${m[2]}>` : spec;
}

/** RFC 2822 date from an ISO timestamp with offset ("2026-11-10T09:30:00+01:00"). */
function rfcDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?([+-]\d{2}):?(\d{2})$/.exec(date);
  if (!m) return date;
  const day = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  const names = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[day.getUTCDay()]}, ${+m[3]!} ${months[+m[2]! - 1]} ${m[1]} ${m[4]}:${m[5]}:${m[6] ?? '00'} ${m[7]}${m[8]}`;
}

function part(type: string, body: string): string {
  return `Content-Type: ${type}; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(utf8(body))}\r\n`;
}

export function rawEml(spec: EmlSpec): { raw: string; messageId: string } {
  const messageId = spec.id ?? `<corpus-${++counter}@${spec.from.replace(/.*@|>.*/g, '') || 'local'}>`;
  const head = [
    spec.deliveredTo ? `Delivered-To: ${spec.deliveredTo}` : null,
    `Date: ${rfcDate(spec.date)}`,
    `From: ${addressHeader(spec.from)}`,
    spec.replyTo ? `Reply-To: ${addressHeader(spec.replyTo)}` : null,
    spec.to?.length ? `To: ${spec.to.map(addressHeader).join(', ')}` : null,
    spec.cc?.length ? `Cc: ${spec.cc.map(addressHeader).join(', ')}` : null,
    `Subject: ${word(spec.subject)}`,
    `Message-ID: ${messageId}`,
    spec.inReplyTo ? `In-Reply-To: ${spec.inReplyTo}\r\nReferences: ${spec.inReplyTo}` : null,
    ...Object.entries(spec.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
    'MIME-Version: 1.0',
  ].filter((l): l is string => l !== null);
  const alternatives = [spec.text !== undefined ? part('text/plain', spec.text) : null, spec.html !== undefined ? part('text/html', spec.html) : null].filter(
    (p): p is string => p !== null,
  );
  let body = alternatives.length === 1 ? alternatives[0]! : `Content-Type: multipart/alternative; boundary="alt"\r\n\r\n${alternatives.map((p) => `--alt\r\n${p}`).join('')}--alt--\r\n`;
  if (spec.attachments?.length) {
    const files = spec.attachments.map(
      (a) =>
        `--mix\r\nContent-Type: ${a.mimeType ?? 'application/pdf'}; name="${a.filename}"\r\nContent-Disposition: attachment; filename="${a.filename}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(a.bytes)}\r\n`,
    );
    body = `Content-Type: multipart/mixed; boundary="mix"\r\n\r\n--mix\r\n${body}${files.join('')}--mix--\r\n`;
  }
  return { raw: `${head.join('\r\n')}\r\n${body}`, messageId };
}

export async function eml(spec: EmlSpec): Promise<MailMessage> {
  return parseMime(rawEml(spec).raw);
}
