/**
 * The PdfReader port implemented with pdfjs-dist, for the Node CLI (legacy build, no worker thread:
 * pdfjs then runs its "fake worker" in the same thread, which is what a CLI wants).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PdfReadError, type PdfContent, type PdfEmbeddedFile, type PdfReader } from '../core/pdf/pdf-reader';

const require = createRequire(import.meta.url);
pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;

export interface PdfjsReaderOptions {
  maxBytes?: number;
  timeoutMs?: number;
  maxPages?: number;
}

interface TextItemLike {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  width?: number;
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * Joins text items into lines: a change of baseline or an explicit end of line starts a new line. Within a
 * line, runs that touch are glued (PDFs often split "RE-20201121/508" into pieces), a word gap is one space
 * and a column gap two, so labels and values stay apart.
 */
function pageText(items: TextItemLike[]): string {
  const lines: string[] = [];
  let line = '';
  let lastY: number | null = null;
  let lastEnd: number | null = null;
  for (const item of items) {
    const y: number | null = item.transform?.[5] ?? lastY;
    const x = item.transform?.[4] ?? null;
    const size = Math.abs(item.transform?.[0] ?? 10) || 10;
    if (lastY !== null && y !== null && Math.abs(y - lastY) > 2 && line.trim()) {
      lines.push(line.trim());
      line = '';
      lastEnd = null;
    }
    if (item.str) {
      const gap = x !== null && lastEnd !== null ? x - lastEnd : null;
      // A number never runs into a word: "6669263" then "Klantnummer:" are two cells, however close.
      const touching = gap !== null && Math.abs(gap) < size * 0.06 && !(/\d$/.test(line) && /^\p{L}/u.test(item.str));
      const separator = !line || line.endsWith(' ') || item.str.startsWith(' ') ? '' : touching ? '' : gap !== null && gap >= 0 && gap < size * 1.5 ? ' ' : '  ';
      line += separator + item.str;
      lastEnd = x !== null && item.width !== undefined ? x + item.width : null;
    }
    if (item.hasEOL && line.trim()) {
      lines.push(line.trim());
      line = '';
      lastEnd = null;
    }
    lastY = y;
  }
  if (line.trim()) lines.push(line.trim());
  return lines.join('\n');
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

export function createPdfjsReader(opts: PdfjsReaderOptions = {}): PdfReader {
  const maxBytes = opts.maxBytes ?? 30 * 1024 * 1024;
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxPages = opts.maxPages ?? 20;
  return {
    async read(bytes: Uint8Array): Promise<PdfContent> {
      if (bytes.byteLength > maxBytes) throw new PdfReadError(`PDF larger than ${maxBytes} bytes`, 'too-large');
      if (!hasPdfHeader(bytes)) throw new PdfReadError('not a PDF (no %PDF- header)', 'not-a-pdf');
      // pdfjs takes ownership of (and may detach) the buffer it is given: hand it a copy.
      const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, useSystemFonts: false, stopAtErrors: false });
      const work = (async () => {
        let doc;
        try {
          doc = await task.promise;
        } catch (error) {
          const name = (error as Error).name;
          if (name === 'PasswordException') throw new PdfReadError('encrypted PDF', 'encrypted');
          throw new PdfReadError(`broken PDF: ${(error as Error).message}`, 'broken');
        }
        const embeddedFiles: PdfEmbeddedFile[] = [];
        const attachments = (await doc.getAttachments().catch(() => null)) as Record<string, { filename: string; content: Uint8Array }> | null;
        for (const [key, file] of Object.entries(attachments ?? {})) {
          if (file?.content) embeddedFiles.push({ name: file.filename || key, bytes: file.content });
        }
        const pages: string[] = [];
        for (let i = 1; i <= Math.min(doc.numPages, maxPages); i++) {
          const page = await doc.getPage(i);
          const content = await page.getTextContent();
          pages.push(pageText(content.items as TextItemLike[]));
          page.cleanup();
        }
        return { text: pages.join('\f\n'), embeddedFiles };
      })();
      try {
        return await withTimeout(work, timeoutMs, () => void task.destroy());
      } finally {
        void task.destroy();
      }
    },
  };
}
