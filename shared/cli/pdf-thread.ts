/**
 * A PdfReader whose pdfjs runs in a worker thread (pdf.js is meant to run in a worker; on Node its legacy
 * build otherwise runs in the caller's thread): the scan goes on reading mail while PDFs are read beside it.
 * The answers are the in-thread reader's, errors included (a PdfReadError with the same reason).
 *
 * One thread serves the whole process: starting one costs about half a second of CPU (pdfjs and the
 * TypeScript loader to load), so it is started once, by the first read, and kept: a scan that finds no PDF
 * worth reading starts none. It never keeps the process alive while no read is pending.
 */
import { Worker } from 'node:worker_threads';
import { PdfReadError, type PdfContent, type PdfEmbeddedFile, type PdfReader } from '../core/pdf/pdf-reader';
import type { PdfjsReaderOptions } from '../pdf/pdfjs-reader';
import { startWorker, threadExecArgv } from './worker-options';

type Reply =
  | { id: number; ok: true; text: string; embeddedFiles: PdfEmbeddedFile[] }
  | { id: number; ok: false; message: string; reason: PdfReadError['reason'] };

interface Pending {
  resolve: (content: PdfContent) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

const pending = new Map<number, Pending>();
let nextId = 0;
let thread: Worker | null = null;

function settle(id: number): Pending | undefined {
  const p = pending.get(id);
  if (!p) return undefined;
  pending.delete(id);
  clearTimeout(p.timer);
  if (pending.size === 0) thread?.unref();
  return p;
}

/** Stops a thread; what it had still to read fails with `error`. The next read starts a new thread. */
function stop(w: Worker, error: PdfReadError): void {
  if (thread !== w) return;
  thread = null;
  for (const id of [...pending.keys()]) settle(id)!.reject(error);
  void w.terminate();
}

/** Starts the PDF thread's Worker with these options (see startWorker). */
export function startPdfWorker(execArgv: string[]): Worker {
  return startWorker(new URL('./pdf-thread-worker.mjs', import.meta.url), execArgv);
}

function pdfThread(): Worker {
  if (thread) return thread;
  const w = startPdfWorker(threadExecArgv());
  thread = w;
  w.on('message', (reply: Reply) => {
    const p = settle(reply.id);
    if (!p) return;
    if (reply.ok) p.resolve({ text: reply.text, embeddedFiles: reply.embeddedFiles });
    else p.reject(new PdfReadError(reply.message, reply.reason));
  });
  w.on('error', (error) => stop(w, new PdfReadError(`PDF thread failed: ${error.message}`, 'broken')));
  w.on('exit', () => stop(w, new PdfReadError('PDF thread stopped', 'broken')));
  w.unref();
  return w;
}

/** A reader in the PDF thread; the thread starts at the first read (it takes a moment to load). */
export function createThreadedPdfReader(opts: PdfjsReaderOptions = {}): PdfReader {
  // The thread bounds each read by `timeoutMs`; this watchdog only catches a thread that stopped answering.
  const watchdogMs = (opts.timeoutMs ?? 15_000) + 30_000;
  return {
    read(bytes: Uint8Array): Promise<PdfContent> {
      const w = pdfThread();
      const id = nextId++;
      return new Promise<PdfContent>((resolve, reject) => {
        const timer = setTimeout(() => stop(w, new PdfReadError(`PDF thread did not answer within ${watchdogMs} ms`, 'timeout')), watchdogMs);
        timer.unref();
        pending.set(id, { resolve, reject, timer });
        if (pending.size === 1) w.ref();
        w.postMessage({ id, bytes, opts });
      });
    },
  };
}
