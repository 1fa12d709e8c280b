/**
 * The documents of invoices (their PDFs), kept where a grouped reminder written from one conversation can find
 * those of the client's other invoices, which live in other conversations. The host keeps them as it reads a
 * conversation; the service hands them out by invoice. A port: IndexedDB in the extension's background
 * (shared/ledger/kept-documents-db.ts), memory in the demo and the tests.
 */
export interface KeptDocument {
  invoiceId: string;
  filename: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface DocumentStore {
  /** Keeps an invoice's documents, replacing those kept before under the same names. */
  keep(invoiceId: string, files: readonly Omit<KeptDocument, 'invoiceId'>[]): Promise<void>;
  /** The documents kept for these invoices. */
  get(invoiceIds: readonly string[]): Promise<KeptDocument[]>;
}

export function memoryDocuments(): DocumentStore {
  const kept = new Map<string, KeptDocument>();
  return {
    async keep(invoiceId, files) {
      for (const f of files) kept.set(`${invoiceId}|${f.filename}`, { invoiceId, filename: f.filename, mimeType: f.mimeType, bytes: f.bytes.slice() });
    },
    async get(invoiceIds) {
      const wanted = new Set(invoiceIds);
      return [...kept.values()].filter((d) => wanted.has(d.invoiceId)).map((d) => ({ ...d, bytes: d.bytes.slice() }));
    },
  };
}
