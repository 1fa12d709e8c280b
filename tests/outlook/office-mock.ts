/**
 * An Outlook mailbox as Office.js shows it to an add-in, built with office-addin-mock's OfficeMockObject.
 * Each `*Async` method answers through its callback the way Office does ({ status, value, error }) and
 * records what it was called with, so tests assert on the calls the adapter made.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OfficeMockObject } from 'office-addin-mock';
import { parseMime } from '../../shared/core/mail/parse-mime';

/** A Factur-X invoice PDF of the project's samples (FNFE-MPE official sample, EN 16931 profile). */
export const FACTURX_PDF = join(import.meta.dirname, '..', '..', '..', 'shared', 'samples', 'facturx', 'Facture_FR_EN16931.pdf');

export interface OfficeAttachmentSpec {
  id: string;
  name: string;
  contentType: string;
  size: number;
  isInline: boolean;
  attachmentType: 'file' | 'item' | 'cloud';
  /** What getAttachmentContentAsync returns for it. */
  content: { format: 'base64' | 'url' | 'eml' | 'iCalendar'; content: string };
}

export interface OfficeItemSpec {
  itemId: string;
  internetMessageId: string;
  conversationId: string;
  subject: string;
  from: { displayName: string; emailAddress: string };
  to: { displayName: string; emailAddress: string }[];
  cc: { displayName: string; emailAddress: string }[];
  dateTimeCreated: Date;
  text: string;
  html: string;
  /** getAllInternetHeadersAsync's answer: the header block as received. */
  headers: string;
  attachments: OfficeAttachmentSpec[];
}

export interface Call {
  name: string;
  args: unknown[];
}

export interface MockOptions {
  /** Mailbox requirement sets this Outlook supports, up to this version (default 1.15). */
  maxVersion?: string;
  /** Calls that fail: name → Office's error. */
  failures?: Record<string, { code: number; message: string }>;
  user?: { emailAddress: string; displayName: string };
  masterCategories?: { displayName: string; color: string }[];
  itemCategories?: { displayName: string; color: string }[];
  displayLanguage?: string;
}

type Callback = (result: { status: string; value?: unknown; error?: { code: number; message: string; name: string } }) => void;

/** The header block and facts of an .eml file, as Outlook would show the message. */
export async function itemFromEml(path: string, ids: { itemId: string; conversationId: string }): Promise<OfficeItemSpec> {
  const raw = readFileSync(path);
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const headers = text.slice(0, end);
  const parsed = await parseMime(raw);
  const attachments: OfficeAttachmentSpec[] = [];
  for (const [i, a] of parsed.attachments.entries()) {
    const bytes = await a.loadBytes();
    attachments.push({
      id: `AAMk-att-${i}`,
      name: a.filename ?? `attachment-${i}`,
      contentType: a.mimeType,
      size: bytes.length,
      isInline: a.inline,
      attachmentType: 'file',
      content: { format: 'base64', content: Buffer.from(bytes).toString('base64') },
    });
  }
  const person = (a: { name: string; address: string }) => ({ displayName: a.name, emailAddress: a.address });
  return {
    ...ids,
    internetMessageId: parsed.messageId,
    subject: parsed.subject,
    from: person(parsed.from!),
    to: parsed.to.map(person),
    cc: parsed.cc.map(person),
    dateTimeCreated: new Date(parsed.date!),
    text: parsed.text,
    html: parsed.html ?? `<html><body><pre>${parsed.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre></body></html>`,
    headers,
    attachments,
  };
}

function versionAtMost(version: string, max: string): boolean {
  const [a1, a2] = version.split('.').map(Number);
  const [b1, b2] = max.split('.').map(Number);
  return a1! < b1! || (a1 === b1 && a2! <= b2!);
}

export function outlookMock(mode: 'read' | 'compose' | 'none', spec: OfficeItemSpec | null, options: MockOptions = {}) {
  const calls: Call[] = [];
  const master = [...(options.masterCategories ?? [])];
  const itemCategories = [...(options.itemCategories ?? [])];
  const handlers = new Map<string, () => void>();
  const compose = { subject: '', to: [] as string[], cc: [] as string[], bodyType: 'html', inserted: [] as string[], attachments: [] as string[] };

  /** An Office-style async method: records the call, then answers through the callback (last argument). */
  function async(name: string, value: (args: unknown[]) => unknown = () => undefined) {
    return function (this: unknown, ...args: unknown[]) {
      const callback = args.findLast((a) => typeof a === 'function') as Callback | undefined;
      const given = callback ? args.slice(0, args.lastIndexOf(callback)) : args;
      calls.push({ name, args: given });
      const failure = options.failures?.[name];
      // Office answers asynchronously.
      queueMicrotask(() => {
        if (failure) callback?.({ status: 'failed', error: { ...failure, name: 'GenericError' } });
        else callback?.({ status: 'succeeded', value: value(given) });
      });
    };
  }
  function sync(name: string) {
    return function (this: unknown, ...args: unknown[]) {
      calls.push({ name, args });
      const failure = options.failures?.[name];
      if (failure) throw new Error(failure.message);
    };
  }

  const notificationMessages = {
    replaceAsync: async('item.notificationMessages.replaceAsync'),
    removeAsync: async('item.notificationMessages.removeAsync'),
    addAsync: async('item.notificationMessages.addAsync'),
  };

  let item: Record<string, unknown> | undefined;
  if (mode === 'read' && spec) {
    item = {
      itemId: spec.itemId,
      internetMessageId: spec.internetMessageId,
      conversationId: spec.conversationId,
      subject: spec.subject,
      from: spec.from,
      sender: spec.from,
      to: spec.to,
      cc: spec.cc,
      dateTimeCreated: spec.dateTimeCreated,
      attachments: spec.attachments.map(({ content: _content, ...details }) => details),
      body: {
        getAsync: async('item.body.getAsync', ([type]) => (type === 'html' ? spec.html : spec.text)),
      },
      getAllInternetHeadersAsync: async('item.getAllInternetHeadersAsync', () => spec.headers),
      getAttachmentContentAsync: async('item.getAttachmentContentAsync', ([id]) => {
        const found = spec.attachments.find((a) => a.id === id);
        return found ? found.content : undefined;
      }),
      displayReplyForm: sync('item.displayReplyForm'),
      displayReplyAllForm: sync('item.displayReplyAllForm'),
      displayReplyFormAsync: async('item.displayReplyFormAsync'),
      displayReplyAllFormAsync: async('item.displayReplyAllFormAsync'),
      notificationMessages,
      categories: {
        getAsync: async('item.categories.getAsync', () => [...itemCategories]),
        addAsync: async('item.categories.addAsync', ([names]) => {
          for (const n of names as string[]) itemCategories.push({ displayName: n, color: master.find((m) => m.displayName === n)?.color ?? 'None' });
        }),
      },
    };
  } else if (mode === 'compose') {
    item = {
      itemId: spec?.itemId ?? '',
      conversationId: spec?.conversationId ?? '',
      subject: {
        getAsync: async('item.subject.getAsync', () => compose.subject),
        setAsync: async('item.subject.setAsync', ([s]) => {
          compose.subject = s as string;
        }),
      },
      to: {
        getAsync: async('item.to.getAsync', () => compose.to.map((a) => ({ emailAddress: a, displayName: '' }))),
        setAsync: async('item.to.setAsync', ([list]) => {
          compose.to = list as string[];
        }),
      },
      cc: {
        getAsync: async('item.cc.getAsync', () => compose.cc.map((a) => ({ emailAddress: a, displayName: '' }))),
        setAsync: async('item.cc.setAsync', ([list]) => {
          compose.cc = list as string[];
        }),
      },
      body: {
        getAsync: async('item.body.getAsync', () => compose.inserted.join('\n')),
        getTypeAsync: async('item.body.getTypeAsync', () => compose.bodyType),
        setSelectedDataAsync: async('item.body.setSelectedDataAsync', ([data]) => {
          compose.inserted.push(data as string);
        }),
      },
      getAttachmentsAsync: async('item.getAttachmentsAsync', () => compose.attachments.map((name, i) => ({ id: `att-${i + 1}`, name, isInline: false, attachmentType: 'file', size: 1 }))),
      addFileAttachmentFromBase64Async: async('item.addFileAttachmentFromBase64Async', ([, name]) => {
        compose.attachments.push(name as string);
        return `att-${compose.attachments.length}`;
      }),
      notificationMessages,
    };
  }

  const data = {
    host: 'outlook',
    context: {
      displayLanguage: options.displayLanguage ?? 'fr-FR',
      requirements: {
        isSetSupported: (name: string, version: string) => name === 'Mailbox' && versionAtMost(version, options.maxVersion ?? '1.15'),
      },
      mailbox: {
        ...(item ? { item } : {}),
        userProfile: options.user ?? { emailAddress: 'claire@menuiserie-lambert.fr', displayName: 'Claire Lambert' },
        masterCategories: {
          getAsync: async('mailbox.masterCategories.getAsync', () => [...master]),
          addAsync: async('mailbox.masterCategories.addAsync', ([list]) => {
            master.push(...(list as { displayName: string; color: string }[]));
          }),
        },
        addHandlerAsync: async('mailbox.addHandlerAsync', ([type, handler]) => {
          handlers.set(type as string, handler as () => void);
        }),
        removeHandlerAsync: async('mailbox.removeHandlerAsync', ([type]) => {
          handlers.delete(type as string);
        }),
        displayNewMessageForm: sync('mailbox.displayNewMessageForm'),
        displayNewMessageFormAsync: async('mailbox.displayNewMessageFormAsync'),
        displayMessageForm: sync('mailbox.displayMessageForm'),
        displayMessageFormAsync: async('mailbox.displayMessageFormAsync'),
      },
    },
  };
  const office = new OfficeMockObject(data) as unknown as typeof Office;
  return { office, calls, compose, master, itemCategories, handlers, named: (name: string) => calls.filter((c) => c.name === name) };
}

/** A Factur-X invoice e-mail as Outlook shows it: the facts are only in the XML inside the PDF. */
export function facturxItem(): OfficeItemSpec {
  const pdf = readFileSync(FACTURX_PDF);
  return {
    itemId: 'AAMkAGI2-facturx',
    internetMessageId: '<fa-2017-0010@aubonmoulin.fr>',
    conversationId: 'AAQkAGI2-conv-facturx',
    subject: 'Votre facture FA-2017-0010',
    from: { displayName: 'Au bon moulin', emailAddress: 'facturation@aubonmoulin.fr' },
    to: [{ displayName: 'Alexandre Payet', emailAddress: 'Alexandre.Payet@majolieboutique.net' }],
    cc: [],
    dateTimeCreated: new Date('2017-11-13T09:30:00Z'),
    text: 'Bonjour,\n\nVeuillez trouver ci-joint notre facture.\n\nCordialement,\nAu bon moulin',
    html: '<p>Bonjour,</p><p>Veuillez trouver ci-joint notre facture.</p><p>Cordialement,<br>Au bon moulin</p>',
    headers: [
      'From: Au bon moulin <facturation@aubonmoulin.fr>',
      'To: Alexandre Payet <alexandre.payet@majolieboutique.net>',
      'Subject: Votre facture FA-2017-0010',
      'Date: Mon, 13 Nov 2017 10:30:00 +0100',
      'Message-ID: <fa-2017-0010@aubonmoulin.fr>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed;',
      '\tboundary="b1"',
    ].join('\r\n'),
    attachments: [
      {
        id: 'AAMk-att-pdf',
        name: 'Facture_FR_EN16931.pdf',
        contentType: 'application/pdf',
        size: pdf.length,
        isInline: false,
        attachmentType: 'file',
        content: { format: 'base64', content: pdf.toString('base64') },
      },
    ],
  };
}

