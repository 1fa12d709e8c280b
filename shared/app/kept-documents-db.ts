import { Dexie, type Table } from 'dexie';
import type { DocumentStore, KeptDocument } from './kept-documents';

/**
 * The kept invoice documents in IndexedDB, in a database of their own (`relance-documents`): the ledger's
 * backups stay small and free of PDFs, and the documents can be dropped without touching the ledger. The most
 * recently kept ones stay (a bound on count and size); a document is only a copy of what the mailbox holds.
 */
const MAX_DOCUMENTS = 2_000;
const MAX_BYTES = 10 * 1024 * 1024;

interface StoredDocument extends KeptDocument {
  key: string;
  keptAt: number;
}

class DocumentsDb extends Dexie {
  documents!: Table<StoredDocument, string>;
  constructor(name: string, opts: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }) {
    super(name, { ...(opts.indexedDB ? { indexedDB: opts.indexedDB } : {}), ...(opts.IDBKeyRange ? { IDBKeyRange: opts.IDBKeyRange } : {}) });
    this.version(1).stores({ documents: '&key, invoiceId, keptAt' });
  }
}

export function createKeptDocumentsDb(opts: { name?: string; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange; now?: () => number } = {}): DocumentStore {
  const db = new DocumentsDb(opts.name ?? 'relance-documents', opts);
  const now = opts.now ?? (() => Date.now());
  return {
    async keep(invoiceId, files) {
      const rows = files
        .filter((f) => f.bytes.length > 0 && f.bytes.length <= MAX_BYTES)
        .map((f) => ({ key: `${invoiceId}|${f.filename}`, invoiceId, filename: f.filename, mimeType: f.mimeType, bytes: f.bytes, keptAt: now() }));
      if (rows.length === 0) return;
      await db.documents.bulkPut(rows);
      const count = await db.documents.count();
      if (count > MAX_DOCUMENTS) await db.documents.bulkDelete(await db.documents.orderBy('keptAt').limit(count - MAX_DOCUMENTS).primaryKeys());
    },
    async get(invoiceIds) {
      const rows = await db.documents.where('invoiceId').anyOf([...invoiceIds]).toArray();
      return rows.map(({ invoiceId, filename, mimeType, bytes }) => ({ invoiceId, filename, mimeType, bytes }));
    },
  };
}
