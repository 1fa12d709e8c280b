/**
 * The messages of a conversation the user has opened in Outlook, kept in the add-in's IndexedDB.
 *
 * Office.js shows an add-in one message at a time: a client's reply ("le virement est parti") says nothing
 * about an invoice on its own, and the invoice message says nothing about the replies. Keeping what the user
 * opened lets the core read the conversation as a whole (scanThreads) — the invoice with its replies, hence
 * its status — like it reads a Gmail thread or an mbox. Only what was opened is kept: the text, the headers
 * the core reads, and the bytes of the PDF and XML documents (an invoice's facts may only be there).
 */
import Dexie, { type Table } from 'dexie';
import type { Attachment, MailMessage } from '../shared/core/mail/model';

/** Documents whose bytes are kept (the core reads invoices from them); other attachments keep their name only. */
const KEEP_BYTES = /^(application\/(pdf|xml)|text\/xml)$/;
const MAX_KEPT_BYTES = 10 * 1024 * 1024;
/** The cache keeps the most recently opened messages. */
const MAX_MESSAGES = 2_000;

interface StoredAttachment {
  filename: string | null;
  mimeType: string;
  size: number;
  inline: boolean;
  bytes: Uint8Array | null;
}

interface StoredMessage {
  key: string;
  conversationId: string;
  savedAt: number;
  message: Omit<MailMessage, 'attachments'> & { attachments: StoredAttachment[] };
}

class MailCacheDb extends Dexie {
  messages!: Table<StoredMessage, string>;
  constructor(name: string, opts: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }) {
    super(name, { ...(opts.indexedDB ? { indexedDB: opts.indexedDB } : {}), ...(opts.IDBKeyRange ? { IDBKeyRange: opts.IDBKeyRange } : {}) });
    this.version(1).stores({ messages: '&key, conversationId, savedAt' });
  }
}

export interface MailCache {
  /** The messages kept for a conversation, oldest first, attachments loading from the kept bytes. */
  conversation(conversationId: string): Promise<MailMessage[]>;
  /** Keeps an opened message (replacing an earlier copy of it). */
  keep(message: MailMessage): Promise<void>;
}

function revive(stored: StoredMessage['message']): MailMessage {
  const attachments: Attachment[] = stored.attachments.map(({ bytes, ...a }) => ({
    ...a,
    loadBytes: bytes ? async () => bytes : async () => Promise.reject(new Error(`${a.filename ?? 'attachment'}: content not kept`)),
  }));
  return { ...stored, attachments };
}

export function createMailCache(opts: { name?: string; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange; now?: () => number } = {}): MailCache {
  const db = new MailCacheDb(opts.name ?? 'relance-outlook-mail', opts);
  const now = opts.now ?? (() => Date.now());
  return {
    async conversation(conversationId) {
      const rows = await db.messages.where('conversationId').equals(conversationId).toArray();
      return rows
        .map((r) => revive(r.message))
        .sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : 0));
    },
    async keep(message) {
      if (!message.hostThreadId) return;
      const attachments: StoredAttachment[] = [];
      for (const { loadBytes, ...a } of message.attachments) {
        let bytes: Uint8Array | null = null;
        if (!a.inline && KEEP_BYTES.test(a.mimeType) && a.size <= MAX_KEPT_BYTES) bytes = await loadBytes().catch(() => null);
        attachments.push({ ...a, bytes });
      }
      await db.messages.put({
        key: `${message.hostThreadId}|${message.messageId}`,
        conversationId: message.hostThreadId,
        savedAt: now(),
        message: { ...message, attachments },
      });
      const count = await db.messages.count();
      if (count > MAX_MESSAGES) {
        const oldest = await db.messages.orderBy('savedAt').limit(count - MAX_MESSAGES).primaryKeys();
        await db.messages.bulkDelete(oldest);
      }
    },
  };
}
