/**
 * The PDF reader of the add-in's pages: the shared pdfjs reader, loaded the first time a message has a PDF
 * to read (messages without one never load pdfjs). The pages run on the add-in's own origin, so pdfjs gets
 * a real worker, shipped by the build next to the pages.
 */
import type { PdfReader } from '../shared/core/pdf/pdf-reader';

export function browserPdfReader(): PdfReader {
  let ready: Promise<PdfReader> | null = null;
  return {
    read(bytes) {
      ready ??= (async () => {
        const [pdfjs, worker, reader] = await Promise.all([
          import('pdfjs-dist/legacy/build/pdf.mjs'),
          import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'),
          import('../shared/pdf/pdfjs-reader'),
        ]);
        pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
        return reader.createPdfjsReader();
      })();
      ready.catch(() => {
        ready = null;
      });
      return ready.then((reader) => reader.read(bytes));
    },
  };
}
