/**
 * The Office.js host adapter: the only code of the add-in that calls Office.js. It turns the open Outlook
 * item into the core's MailMessage, opens reply and new-message forms with a draft, inserts a draft into the
 * message being composed, shows info bars and marks invoice messages with a category.
 *
 * Every callback-style `*Async` call goes through `officeAsync` (office-async.ts): it settles once, and a
 * failure arrives as an OfficeCallError naming the call. The Office object is passed in, never read from
 * the global, so tests hand it office-addin-mock objects and the e2e test a scripted fake.
 */
import type { Address, Attachment, MailMessage } from '../../shared/core/mail/model';
import { parseMime } from '../../shared/core/mail/parse-mime';
import { htmlToText } from '../../shared/core/mail/html-to-text';
import { boundText, MESSAGE_BUDGET } from '../../shared/core/mail/budget';
import { localIsoDate } from '../../shared/core/schedule/business-days';
import { officeAsync, OfficeCallError } from './office-async';
import { base64ToBytes, bytesToBase64 } from '../../shared/core/text/base64';

/** Office.js enum values as Office sends and accepts them at run time (the typings declare some as numbers). */
export const OFFICE_VALUES = {
  html: 'html',
  text: 'text',
  itemChanged: 'olkItemSelectedChanged',
  informational: 'informationalMessage',
  errorMessage: 'errorMessage',
  base64: 'base64',
  eml: 'eml',
  iCalendar: 'iCalendar',
  url: 'url',
} as const;

/** The category Relance puts on invoice messages; created in the mailbox's master list when missing. */
export const INVOICE_CATEGORY = { displayName: 'Relance · facture', color: 'Preset1' /* orange */ } as const;

/** The info bar's icon: a resource id of the manifests (bt:Image in the XML one). */
const NOTIFICATION_ICON = 'Icon.16x16';

/** Office limits an info bar's text to 150 characters. */
const NOTIFICATION_MAX = 150;

export interface DraftAttachment {
  filename: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface ReplyRequest {
  html: string;
  attachments: DraftAttachment[];
  /** Reply to all: used when the open message is the company's own (the invoice it sent). */
  replyAll?: boolean;
}

export interface ReplyOutcome {
  /** Names of the attachments put on the reply form. */
  attached: string[];
  /** Names Outlook could not take (a client older than Mailbox 1.15 has no base64 attachments on forms). */
  notAttached: string[];
}

export interface NewMessageRequest {
  to: string[];
  cc: string[];
  subject: string;
  html: string;
  attachments: DraftAttachment[];
}

export interface ComposeInsert {
  subject: string;
  html: string;
  text: string;
  to: string[];
  cc: string[];
  attachments: DraftAttachment[];
}

export interface ComposeState {
  subject: string;
  to: Address[];
  cc: Address[];
  /** The conversation the message replies in, when Outlook tells it. */
  conversationId: string | null;
  /** Plain text of the body (the quoted message of a reply names the invoice). */
  text: string;
  /** Names of the files already attached to the message. */
  attachments: string[];
}

export interface ComposeOutcome {
  subjectSet: boolean;
  recipientsSet: boolean;
  attached: string[];
}

export type ItemMode = 'read' | 'compose' | 'none';

/** What the task pane and the commands page need from Outlook. */
export interface OutlookHost {
  mode(): ItemMode;
  /** The signed-in user's address, lower case ('' when Outlook does not tell it). */
  userAddress(): string;
  userName(): string;
  /** Outlook's display language, e.g. "fr-FR". */
  displayLanguage(): string;
  /** The Outlook id of the open item, or null (compose before saving, nothing selected). */
  itemId(): string | null;
  conversationId(): string | null;
  /** The open message (read mode) as the core's model; attachments load through getAttachmentContentAsync. */
  readMessage(): Promise<MailMessage>;
  /** Reply (or reply all) to the open message with the draft and its attachments. */
  openReply(request: ReplyRequest): Promise<ReplyOutcome>;
  /** A new message form (batch mode, from the pinned pane), when no invoice message is open. */
  openNewMessage(request: NewMessageRequest): Promise<ReplyOutcome>;
  /** Opens a message of the mailbox by its Outlook id. */
  openMessage(itemId: string): Promise<void>;
  /** Compose mode: what the message being written says so far. */
  readCompose(): Promise<ComposeState>;
  /** Compose mode: the draft at the cursor; subject and recipients only where still empty. */
  insertDraft(insert: ComposeInsert): Promise<ComposeOutcome>;
  /** An info bar on the open item, replacing the previous one with the same key. */
  notify(key: string, message: string, kind?: 'info' | 'error'): Promise<void>;
  clearNotification(key: string): Promise<void>;
  /** Puts the invoice category on the open message (creating it in the master list when missing). */
  markInvoice(): Promise<void>;
  /** Called when the user selects another message while the pane is pinned. */
  onItemChanged(handler: () => void): Promise<() => Promise<void>>;
  /** Whether this Outlook supports a Mailbox requirement set version. */
  supports(version: string): boolean;
}

type OfficeLike = typeof Office;
/* eslint-disable @typescript-eslint/no-explicit-any -- Office's item is a union of read/compose shapes; narrowed by mode() */
type AnyItem = any;

function address(details: { emailAddress?: string; displayName?: string } | null | undefined): Address | null {
  if (!details?.emailAddress) return null;
  return { name: (details.displayName ?? '').trim(), address: details.emailAddress.trim().toLowerCase() };
}

function addresses(list: readonly { emailAddress?: string; displayName?: string }[] | null | undefined): Address[] {
  return (list ?? []).map(address).filter((a): a is Address => a !== null);
}

/** The header block Office gives, without its multipart Content-Type (there is no body to split). */
function headerBlock(raw: string): string {
  return `${raw.replace(/^content-type:.*(?:\r?\n[ \t].*)*/gim, '').trimEnd()}\r\n\r\n`;
}

/** Loads once: the core and the mail cache may both ask; a failed load may be tried again. */
function once(load: () => Promise<Uint8Array>): () => Promise<Uint8Array> {
  let pending: Promise<Uint8Array> | null = null;
  return () => {
    pending ??= load().catch((error) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

function toDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'string' || typeof value === 'number') {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}

export function createOfficeHost(office: OfficeLike): OutlookHost {
  const mailbox = () => office.context.mailbox;
  const item = (): AnyItem => mailbox().item;

  function mode(): ItemMode {
    const it = item();
    if (!it) return 'none';
    return typeof it.subject === 'string' ? 'read' : 'compose';
  }

  function requireMode(expected: ItemMode, what: string): AnyItem {
    const actual = mode();
    if (actual !== expected) {
      throw new OfficeCallError(what, null, expected === 'read' ? 'no message is open for reading' : 'no message is being written');
    }
    return item();
  }

  function supports(version: string): boolean {
    try {
      return office.context.requirements.isSetSupported('Mailbox', version);
    } catch {
      return false;
    }
  }

  async function loadAttachment(it: AnyItem, id: string, name: string): Promise<Uint8Array> {
    const content = await officeAsync<Office.AttachmentContent>(`item.getAttachmentContentAsync(${name})`, (cb) =>
      it.getAttachmentContentAsync(id, cb),
    );
    switch (content.format as string) {
      case OFFICE_VALUES.base64:
        return base64ToBytes(content.content);
      case OFFICE_VALUES.eml:
      case OFFICE_VALUES.iCalendar:
        return new TextEncoder().encode(content.content);
      default:
        // A cloud attachment is a link (format "url"): Relance reads nothing over the network.
        throw new OfficeCallError(`item.getAttachmentContentAsync(${name})`, null, `attachment given as ${content.format}, not as content`);
    }
  }

  async function readMessage(): Promise<MailMessage> {
    const it = requireMode('read', 'readMessage');
    const [text, fullHtml, rawHeaders] = await Promise.all([
      officeAsync<string>('item.body.getAsync(text)', (cb) => it.body.getAsync(OFFICE_VALUES.text, cb)),
      officeAsync<string>('item.body.getAsync(html)', (cb) => it.body.getAsync(OFFICE_VALUES.html, cb)),
      // Headers give In-Reply-To, References, Reply-To, Auto-Submitted…; a client that refuses them
      // (some give none for sent items) still leaves a readable message.
      typeof it.getAllInternetHeadersAsync === 'function'
        ? officeAsync<string>('item.getAllInternetHeadersAsync', (cb) => it.getAllInternetHeadersAsync(cb)).catch(() => '')
        : Promise.resolve(''),
    ]);
    const parsed = rawHeaders.trim() ? await parseMime(headerBlock(rawHeaders)).catch(() => null) : null;
    // Within the message budget, as parseMime keeps its own: the text is cut by the scan, the HTML here.
    const html = boundText(fullHtml, MESSAGE_BUDGET.maxHtmlChars).text;
    const created = toDate(it.dateTimeCreated);
    const from = address(it.from) ?? parsed?.from ?? null;
    const sender = address(it.sender);
    const attachments: Attachment[] = (it.attachments ?? []).map((a: Office.AttachmentDetails) => ({
      filename: a.name ?? null,
      mimeType: (a.contentType || (a.attachmentType === 'item' ? 'message/rfc822' : 'application/octet-stream')).toLowerCase(),
      size: Math.max(0, Math.trunc(a.size ?? 0)),
      inline: Boolean(a.isInline),
      loadBytes: once(() => loadAttachment(it, a.id, a.name ?? a.id)),
    }));
    const to = addresses(it.to);
    const cc = addresses(it.cc);
    return {
      messageId: it.internetMessageId || parsed?.messageId || `<${it.itemId ?? 'outlook-item'}@outlook.invalid>`,
      hostThreadId: it.conversationId ?? null,
      from,
      sender: sender && sender.address !== from?.address ? sender : (parsed?.sender ?? null),
      replyTo: parsed?.replyTo ?? [],
      to: to.length ? to : (parsed?.to ?? []),
      cc: cc.length ? cc : (parsed?.cc ?? []),
      bcc: [],
      deliveredTo: parsed?.deliveredTo ?? [],
      date: parsed?.date ?? created?.toISOString() ?? null,
      calendarDate: parsed?.calendarDate ?? (created ? localIsoDate(created) : null),
      subject: String(it.subject ?? '').replace(/\s+/g, ' ').trim(),
      text: text.trim() ? text : html ? htmlToText(html) : '',
      html: html || null,
      inReplyTo: parsed?.inReplyTo ?? null,
      references: parsed?.references ?? [],
      headers: parsed?.headers ?? {},
      attachments,
    };
  }

  function formAttachments(list: DraftAttachment[]): { attachments: object[]; outcome: ReplyOutcome } {
    if (!supports('1.15')) {
      return { attachments: [], outcome: { attached: [], notAttached: list.map((a) => a.filename) } };
    }
    return {
      attachments: list.map((a) => ({ type: OFFICE_VALUES.base64, name: a.filename, base64file: bytesToBase64(a.bytes) })),
      outcome: { attached: list.map((a) => a.filename), notAttached: [] },
    };
  }

  async function openReply(request: ReplyRequest): Promise<ReplyOutcome> {
    const it = requireMode('read', 'openReply');
    const { attachments, outcome } = formAttachments(request.attachments);
    const form = { htmlBody: request.html, attachments };
    const name = request.replyAll ? 'displayReplyAllForm' : 'displayReplyForm';
    if (supports('1.9') && typeof it[`${name}Async`] === 'function') {
      await officeAsync<void>(`item.${name}Async`, (cb) => it[`${name}Async`](form, cb));
    } else {
      try {
        it[name](form);
      } catch (error) {
        throw new OfficeCallError(`item.${name}`, null, error instanceof Error ? error.message : String(error));
      }
    }
    return outcome;
  }

  async function openNewMessage(request: NewMessageRequest): Promise<ReplyOutcome> {
    const { attachments, outcome } = formAttachments(request.attachments);
    const form = { toRecipients: request.to, ccRecipients: request.cc, subject: request.subject, htmlBody: request.html, attachments };
    const mb: AnyItem = mailbox();
    if (supports('1.9') && typeof mb.displayNewMessageFormAsync === 'function') {
      await officeAsync<void>('mailbox.displayNewMessageFormAsync', (cb) => mb.displayNewMessageFormAsync(form, cb));
    } else {
      try {
        mb.displayNewMessageForm(form);
      } catch (error) {
        throw new OfficeCallError('mailbox.displayNewMessageForm', null, error instanceof Error ? error.message : String(error));
      }
    }
    return outcome;
  }

  async function openMessage(itemId: string): Promise<void> {
    const mb: AnyItem = mailbox();
    if (supports('1.9') && typeof mb.displayMessageFormAsync === 'function') {
      await officeAsync<void>('mailbox.displayMessageFormAsync', (cb) => mb.displayMessageFormAsync(itemId, cb));
      return;
    }
    try {
      mb.displayMessageForm(itemId);
    } catch (error) {
      throw new OfficeCallError('mailbox.displayMessageForm', null, error instanceof Error ? error.message : String(error));
    }
  }

  async function readCompose(): Promise<ComposeState> {
    const it = requireMode('compose', 'readCompose');
    const [subject, to, cc, text] = await Promise.all([
      officeAsync<string>('item.subject.getAsync', (cb) => it.subject.getAsync(cb)),
      officeAsync<Office.EmailAddressDetails[]>('item.to.getAsync', (cb) => it.to.getAsync(cb)),
      officeAsync<Office.EmailAddressDetails[]>('item.cc.getAsync', (cb) => it.cc.getAsync(cb)),
      officeAsync<string>('item.body.getAsync(text)', (cb) => it.body.getAsync(OFFICE_VALUES.text, cb)),
    ]);
    const attached: { name?: string; isInline?: boolean }[] =
      typeof it.getAttachmentsAsync === 'function' ? await officeAsync<{ name?: string; isInline?: boolean }[]>('item.getAttachmentsAsync', (cb) => it.getAttachmentsAsync(cb)).catch(() => []) : [];
    return {
      subject: subject ?? '',
      to: addresses(to),
      cc: addresses(cc),
      conversationId: it.conversationId || null,
      text: text ?? '',
      attachments: (attached ?? []).filter((a) => !a.isInline && a.name).map((a) => a.name!),
    };
  }

  async function insertDraft(insert: ComposeInsert): Promise<ComposeOutcome> {
    const it = requireMode('compose', 'insertDraft');
    const bodyType = await officeAsync<string>('item.body.getTypeAsync', (cb) => it.body.getTypeAsync(cb));
    const asHtml = String(bodyType).toLowerCase() === OFFICE_VALUES.html;
    await officeAsync<void>('item.body.setSelectedDataAsync', (cb) =>
      it.body.setSelectedDataAsync(asHtml ? insert.html : insert.text, { coercionType: asHtml ? OFFICE_VALUES.html : OFFICE_VALUES.text }, cb),
    );
    const outcome: ComposeOutcome = { subjectSet: false, recipientsSet: false, attached: [] };
    const subject = await officeAsync<string>('item.subject.getAsync', (cb) => it.subject.getAsync(cb));
    if (!subject?.trim() && insert.subject) {
      await officeAsync<void>('item.subject.setAsync', (cb) => it.subject.setAsync(insert.subject, cb));
      outcome.subjectSet = true;
    }
    const to = await officeAsync<Office.EmailAddressDetails[]>('item.to.getAsync', (cb) => it.to.getAsync(cb));
    if ((to ?? []).length === 0 && insert.to.length > 0) {
      await officeAsync<void>('item.to.setAsync', (cb) => it.to.setAsync(insert.to, cb));
      if (insert.cc.length > 0) await officeAsync<void>('item.cc.setAsync', (cb) => it.cc.setAsync(insert.cc, cb));
      outcome.recipientsSet = true;
    }
    for (const a of insert.attachments) {
      await officeAsync<string>(`item.addFileAttachmentFromBase64Async(${a.filename})`, (cb) =>
        it.addFileAttachmentFromBase64Async(bytesToBase64(a.bytes), a.filename, { isInline: false }, cb),
      );
      outcome.attached.push(a.filename);
    }
    return outcome;
  }

  async function notify(key: string, message: string, kind: 'info' | 'error' = 'info'): Promise<void> {
    const it = item();
    if (!it) throw new OfficeCallError('item.notificationMessages.replaceAsync', null, 'no open item');
    const text = message.length > NOTIFICATION_MAX ? `${message.slice(0, NOTIFICATION_MAX - 1)}…` : message;
    const details =
      kind === 'error'
        ? { type: OFFICE_VALUES.errorMessage, message: text }
        : { type: OFFICE_VALUES.informational, message: text, icon: NOTIFICATION_ICON, persistent: false };
    try {
      await officeAsync<void>('item.notificationMessages.replaceAsync', (cb) => it.notificationMessages.replaceAsync(key, details, cb));
    } catch (error) {
      if (kind === 'error') throw error;
      // The icon is a resource id of the XML manifest; a client that loaded the unified manifest may not know
      // it: the bar without the icon is better than none.
      const { icon: _icon, ...plain } = details as { icon?: string };
      await officeAsync<void>('item.notificationMessages.replaceAsync', (cb) => it.notificationMessages.replaceAsync(key, plain, cb)).catch(() => {
        throw error;
      });
    }
  }

  async function clearNotification(key: string): Promise<void> {
    const it = item();
    if (!it) return;
    await officeAsync<void>('item.notificationMessages.removeAsync', (cb) => it.notificationMessages.removeAsync(key, cb)).catch((error) => {
      // Removing a bar that is not there is not a failure.
      if (!(error instanceof OfficeCallError) || !/not (found|exist)|NoMatchingKey|key/i.test(error.message)) throw error;
    });
  }

  async function markInvoice(): Promise<void> {
    const it = requireMode('read', 'markInvoice');
    const mb: AnyItem = mailbox();
    const master = await officeAsync<Office.CategoryDetails[]>('mailbox.masterCategories.getAsync', (cb) => mb.masterCategories.getAsync(cb));
    if (!(master ?? []).some((c) => c.displayName === INVOICE_CATEGORY.displayName)) {
      await officeAsync<void>('mailbox.masterCategories.addAsync', (cb) => mb.masterCategories.addAsync([{ ...INVOICE_CATEGORY }], cb));
    }
    const current = await officeAsync<Office.CategoryDetails[] | null>('item.categories.getAsync', (cb) => it.categories.getAsync(cb));
    if (!(current ?? []).some((c) => c.displayName === INVOICE_CATEGORY.displayName)) {
      await officeAsync<void>('item.categories.addAsync', (cb) => it.categories.addAsync([INVOICE_CATEGORY.displayName], cb));
    }
  }

  async function onItemChanged(handler: () => void): Promise<() => Promise<void>> {
    const mb: AnyItem = mailbox();
    if (typeof mb.addHandlerAsync !== 'function') return async () => {};
    await officeAsync<void>('mailbox.addHandlerAsync(ItemChanged)', (cb) => mb.addHandlerAsync(OFFICE_VALUES.itemChanged, handler, cb));
    return () => officeAsync<void>('mailbox.removeHandlerAsync(ItemChanged)', (cb) => mb.removeHandlerAsync(OFFICE_VALUES.itemChanged, cb));
  }

  return {
    mode,
    userAddress: () => (mailbox().userProfile?.emailAddress ?? '').trim().toLowerCase(),
    userName: () => mailbox().userProfile?.displayName ?? '',
    displayLanguage: () => office.context.displayLanguage || 'fr-FR',
    itemId: () => item()?.itemId ?? null,
    conversationId: () => item()?.conversationId ?? null,
    readMessage,
    openReply,
    openNewMessage,
    openMessage,
    readCompose,
    insertDraft,
    notify,
    clearNotification,
    markInvoice,
    onItemChanged,
    supports,
  };
}
