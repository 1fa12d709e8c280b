/**
 * The PdfReader port implemented with pdfjs-dist's legacy build. In Node there is no Worker: pdfjs then runs
 * its worker code in the same thread ("fake worker"), loading it from `GlobalWorkerOptions.workerSrc`, which
 * is pointed below at the installed worker module. The file imports nothing from `node:*`, so a browser host
 * may bundle it too; there the host sets `GlobalWorkerOptions.workerSrc` to the URL it ships the worker at.
 */
// First: it keeps the built-ins pdfjs's polyfills replace (see there).
import { restoreNativeBuiltins } from './native-builtins';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PdfReadError, type PdfContent, type PdfEmbeddedFile, type PdfReader } from '../core/pdf/pdf-reader';
import { pageText, type TextItemLike } from './page-text';
import { inflatesBeyond } from './inflated-size';

restoreNativeBuiltins();

const runsInNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
if (runsInNode && typeof import.meta.resolve === 'function') {
  // pdfjs's own default ("./pdf.worker.mjs" next to pdf.mjs) breaks once pdf.mjs is bundled: resolve it by name.
  pdfjs.GlobalWorkerOptions.workerSrc = import.meta.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
}

export interface PdfjsReaderOptions {
  maxBytes?: number;
  /** What the streams read for text (contents, fonts, object streams) may inflate to, in all. */
  maxInflatedBytes?: number;
  timeoutMs?: number;
  maxPages?: number;
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new PdfReadError(`PDF not read within ${ms} ms`, 'timeout'));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function openError(error: unknown): PdfReadError {
  const name = (error as Error | undefined)?.name;
  if (name === 'PasswordException') return new PdfReadError('encrypted PDF (password required)', 'encrypted');
  return new PdfReadError(`broken PDF: ${(error as Error | undefined)?.message ?? String(error)}`, 'broken');
}

type PdfDocument = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;

async function embeddedFilesOf(doc: PdfDocument): Promise<PdfEmbeddedFile[]> {
  // A damaged attachment tree should not cost the text: no attachments then.
  const attachments = (await doc.getAttachments().catch(() => null)) as Record<string, { filename?: string; content?: Uint8Array }> | null;
  const files: PdfEmbeddedFile[] = [];
  for (const [key, file] of Object.entries(attachments ?? {})) {
    if (file?.content) files.push({ name: file.filename || key, bytes: file.content });
  }
  return files;
}

/** Text of the first `maxPages` pages; a page that cannot be read gives an empty page, not a failure. */
async function textOf(doc: PdfDocument, maxPages: number): Promise<string> {
  const pages: string[] = [];
  for (let i = 1; i <= Math.min(doc.numPages, maxPages); i++) {
    try {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      pages.push(pageText(content.items as TextItemLike[]));
      page.cleanup();
    } catch {
      pages.push('');
    }
  }
  return pages.join('\f\n');
}

/**
 * A PdfReader on pdfjs-dist. Limits: `maxBytes` (default 30 MB) refuses big files before parsing,
 * `maxInflatedBytes` (default 64 MiB) refuses a file whose compressed streams expand beyond it (a
 * decompression bomb: pdfjs inflates a stream whole and synchronously, which no timeout interrupts),
 * `timeoutMs` (default 15 s) bounds the whole read, `maxPages` (default 20) bounds the text: invoices are
 * short, and a 500-page report must not hold the scan.
 */
export function createPdfjsReader(opts: PdfjsReaderOptions = {}): PdfReader {
  const maxBytes = opts.maxBytes ?? 30 * 1024 * 1024;
  const maxInflatedBytes = opts.maxInflatedBytes ?? 64 * 1024 * 1024;
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxPages = opts.maxPages ?? 20;
  // One pdfjs worker for all the documents of a reader: setting one up for each document costs more than
  // reading a short invoice. A document that times out takes the worker with it (it may be stuck).
  let worker: InstanceType<typeof pdfjs.PDFWorker> | null = null;
  // One document at a time: where pdfjs runs in the caller's thread (Node's "fake worker"), documents read
  // together gain nothing and slow each other (every message of the worker is dispatched to every open
  // document). Callers may still ask for several reads at once; the timeout counts from a read's start.
  let queue: Promise<unknown> = Promise.resolve();

  async function readNow(bytes: Uint8Array): Promise<PdfContent> {
    // pdfjs takes ownership of (and may detach) the buffer it is given: hand it a copy.
    if (!worker || worker.destroyed) worker = new pdfjs.PDFWorker({ verbosity: pdfjs.VerbosityLevel.ERRORS });
    const own = worker;
    const task = pdfjs.getDocument({
      data: bytes.slice(),
      worker: own,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
      isEvalSupported: false,
      // Text needs no font programs. Without standard font data pdfjs asks the host for it, is refused and
      // goes on with built-in metrics; `useSystemFonts` skips that round trip (same metrics, same text).
      useSystemFonts: true,
      stopAtErrors: false,
    });
    const work = (async (): Promise<PdfContent> => {
      const doc = await task.promise.catch((error: unknown) => {
        throw openError(error);
      });
      // The worker code is loaded by now: its polyfills too.
      restoreNativeBuiltins();
      const embeddedFiles = await embeddedFilesOf(doc);
      return { text: await textOf(doc, maxPages), embeddedFiles };
    })();
    try {
      return await withTimeout(work, timeoutMs, () => {
        void task.destroy();
        own.destroy();
      });
    } finally {
      await task.destroy().catch(() => undefined);
    }
  }

  return {
    read(bytes: Uint8Array): Promise<PdfContent> {
      if (bytes.byteLength > maxBytes) return Promise.reject(new PdfReadError(`PDF larger than ${maxBytes} bytes`, 'too-large'));
      if (!hasPdfHeader(bytes)) return Promise.reject(new PdfReadError('not a PDF (no %PDF- header in the first 1024 bytes)', 'not-a-pdf'));
      const result = queue.then(async () => {
        if (await inflatesBeyond(bytes, maxInflatedBytes)) {
          throw new PdfReadError(`PDF content expands to more than ${maxInflatedBytes / (1024 * 1024)} MiB`, 'too-large');
        }
        return readNow(bytes);
      });
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
