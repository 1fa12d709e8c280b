import type { PdfContent, PdfReader } from './pdf-reader';

/**
 * A PdfReader that can be asked to start reading a document before the scan needs it. A host whose
 * reader works beside it (a worker thread, a second core) prefetches the PDFs of candidate messages while
 * it is still reading the mailbox; when the scan then asks for the same bytes, it gets that read.
 */
export interface PrefetchingPdfReader extends PdfReader {
  /** Starts reading these bytes now; a later `read` of the same bytes object gets this read. */
  prefetch(bytes: Uint8Array): void;
}

export function createPrefetchingPdfReader(inner: PdfReader): PrefetchingPdfReader {
  // Keyed by the bytes object: a message's attachment hands out the same bytes at each load.
  const started = new WeakMap<Uint8Array, Promise<PdfContent>>();
  return {
    prefetch(bytes) {
      if (started.has(bytes)) return;
      const reading = inner.read(bytes);
      reading.catch(() => undefined); // a failure is told to the reader that asks for it, not as unhandled
      started.set(bytes, reading);
    },
    read(bytes) {
      const reading = started.get(bytes);
      if (!reading) return inner.read(bytes);
      started.delete(bytes);
      return reading;
    },
  };
}
