/**
 * The PDF reader for pages that cannot start pdfjs's worker from their own origin (the content script runs
 * in mail.google.com): pdfjs runs its worker code in the page thread ("fake worker"), whose module is loaded
 * from the extension only the first time a PDF must be read. Conversations without PDFs never load it.
 */
import type { PdfReader } from '../../shared/core/pdf/pdf-reader';

type Loader = () => Promise<unknown>;

export function lazyPdfReader(loadWorkerModule: Loader, loadReader: () => Promise<PdfReader>): PdfReader {
  let ready: Promise<PdfReader> | null = null;
  return {
    read(bytes) {
      ready ??= (async () => {
        const worker = await loadWorkerModule();
        (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
        return loadReader();
      })();
      ready.catch(() => {
        ready = null;
      });
      return ready.then((reader) => reader.read(bytes));
    },
  };
}
