import type { PdfContent, PdfReader } from './pdf-reader';

/**
 * A PdfReader that reads a document once however many times the mailbox holds it: an invoice goes out
 * again with its reminders, as a duplicate on request, forwarded to the accountant, each time the same bytes
 * in another message. The later reads get the first one's content (pdfjs gives the same for the same bytes).
 *
 * Bounded: the last `maxDocuments` distinct documents are remembered (a reader lives for one scan). A read
 * that failed is forgotten, so that the next copy is read again (a timeout need not happen twice).
 */
interface Entry {
  bytes: Uint8Array;
  reading: Promise<PdfContent>;
}

export function createSameBytesPdfReader(inner: PdfReader, maxDocuments = 256): PdfReader {
  /** Documents read, by hash of their bytes, least recently used first; a hash may name several documents. */
  const known = new Map<number, Entry[]>();
  let count = 0;

  function forget(hash: number, entry: Entry): void {
    const list = known.get(hash);
    const at = list?.indexOf(entry) ?? -1;
    if (!list || at < 0) return;
    list.splice(at, 1);
    count--;
    if (list.length === 0) known.delete(hash);
  }

  return {
    read(bytes: Uint8Array): Promise<PdfContent> {
      const hash = fnv1a(bytes);
      const list = known.get(hash);
      const same = list?.find((e) => sameBytes(e.bytes, bytes));
      if (same) {
        // Most recently used last: the oldest is the first forgotten.
        known.delete(hash);
        known.set(hash, list!);
        return same.reading;
      }
      const entry: Entry = { bytes, reading: inner.read(bytes) };
      entry.reading.catch(() => forget(hash, entry));
      if (list) list.push(entry);
      else known.set(hash, [entry]);
      if (++count > maxDocuments) {
        const [oldestHash, oldest] = known.entries().next().value!;
        forget(oldestHash, oldest[0]!);
      }
      return entry.reading;
    },
  };
}

/** FNV-1a over the bytes: which documents may be the same (the bytes are then compared). */
function fnv1a(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
