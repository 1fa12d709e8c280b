import { z } from 'zod';

/**
 * The one mail model. Every host (CLI files, Gmail through InboxSDK, Outlook through Office.js, the demo)
 * turns its mailbox into these objects; the core reads nothing else.
 */

export const AddressSchema = z.object({
  /** Display name as written, '' when absent. */
  name: z.string(),
  /** Lower-cased e-mail address. */
  address: z.string(),
});
export type Address = z.infer<typeof AddressSchema>;

/** Loads an attachment's bytes only when the core needs them (PDFs of candidate messages only). */
export type LoadBytes = () => Promise<Uint8Array>;

export const AttachmentSchema = z.object({
  filename: z.string().nullable(),
  mimeType: z.string(),
  size: z.number().int().nonnegative(),
  /** inline parts (cid: images) are not documents */
  inline: z.boolean(),
  loadBytes: z.custom<LoadBytes>((v) => typeof v === 'function', { message: 'loadBytes must be a function' }),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const MailMessageSchema = z.object({
  /** Message-ID header with its angle brackets, e.g. "<abc@host>". Hosts without one make a stable one. */
  messageId: z.string().min(1),
  /** The host's own thread id when it has one (Gmail, Outlook conversation); null for files. */
  hostThreadId: z.string().nullable(),
  from: AddressSchema.nullable(),
  /** The Sender header, when a platform sends on someone's behalf. */
  sender: AddressSchema.nullable(),
  replyTo: z.array(AddressSchema),
  to: z.array(AddressSchema),
  cc: z.array(AddressSchema),
  bcc: z.array(AddressSchema),
  /** Delivered-To / X-Original-To: how Bcc copies reach the user. Lower-cased addresses. */
  deliveredTo: z.array(z.string()),
  /** Instant of sending, ISO 8601 in UTC, or null when the Date header is missing or broken. */
  date: z.string().nullable(),
  /** Calendar date of sending as written in the sender's Date header (its own offset). */
  calendarDate: z.string().nullable(),
  subject: z.string(),
  /** Plain text body: the text part, or the HTML part turned into text when there is no text part. */
  text: z.string(),
  /** The HTML body as received; null when there is none or the host does not keep it (the core never reads it). */
  html: z.string().nullable(),
  inReplyTo: z.string().nullable(),
  references: z.array(z.string()),
  /** Auto-Submitted, Precedence, X-Autoreply, List-Unsubscribe, … lower-cased names, raw values. */
  headers: z.record(z.string(), z.string()),
  attachments: z.array(AttachmentSchema),
});
export type MailMessage = z.infer<typeof MailMessageSchema>;

export const MailThreadSchema = z.object({
  id: z.string(),
  /** Sorted by date, oldest first. */
  messages: z.array(MailMessageSchema).min(1),
});
export type MailThread = z.infer<typeof MailThreadSchema>;

/** Header names kept in `headers` (lower case). */
export const KEPT_HEADERS = [
  'auto-submitted',
  'precedence',
  'x-autoreply',
  'x-autorespond',
  'x-auto-response-suppress',
  'list-unsubscribe',
  'list-id',
  'x-mailer',
  'return-path',
  'x-original-to',
  'delivered-to',
  'content-language',
  'x-ms-exchange-generated-message-source',
] as const;
