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

/** `node --import tsx` or the tsx command preload tsx, and with it source maps (see `threadExecArgv`). */
const isTsxPreload = (specifier: string | undefined) => !!specifier && /^tsx(?:\/|$)|[\\/]node_modules[\\/]tsx[\\/]/.test(specifier);

/**
 * The process's Node options without its preloads of tsx: the thread registers tsx itself, once pdfjs is
 * loaded. Inherited, they would load tsx a second time (0.1 s of CPU) and turn source maps on before pdfjs
 * loads, which then reads and parses its 7.8 MB of source maps for nothing. Other options (memory, profiling…)
 * are kept, but for those a thread refuses (see startPdfWorker).
 */
export function threadExecArgv(argv: readonly string[] = process.execArgv): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if ((arg === '--import' || arg === '--require' || arg === '-r') && isTsxPreload(argv[i + 1])) i++;
    else if (!isTsxPreload(/^--(?:import|require)=(.*)$/.exec(arg)?.[1])) kept.push(arg);
  }
  return kept;
}

/**
 * Starts the thread's Worker with these options. Some options only apply to a whole process (V8's heap sizes,
 * --expose-gc, --stack-size…) and a thread refuses them: `node --max-old-space-size=8192 … scan big.mbox`
 * must still read its PDFs, so the options the thread refuses (Node names them in its error) are left out.
 */
export function startPdfWorker(execArgv: string[]): Worker {
  const url = new URL('./pdf-thread-worker.mjs', import.meta.url);
  try {
    return new Worker(url, { execArgv });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    const refused = /flags: (.*)$/.exec((error as Error).message)?.[1]?.split(/,?\s+/) ?? [];
    const kept = execArgv.filter((arg) => !refused.includes(arg));
    return new Worker(url, { execArgv: kept.length < execArgv.length ? kept : [] });
  }
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

interface ReadRequest {
  id: number;
  bytes: Uint8Array;
  opts: PdfjsReaderOptions;
}

/** Reads asked for and not yet posted to the thread, and the thread they are for. */
let unposted: ReadRequest[] = [];
let unpostedFor: Worker | null = null;

/**
 * Asks the thread for a read. The reads asked for in one turn of the event loop (the PDFs of the messages parsed
 * from one chunk of the mailbox, the reads of a scan's first turn) are posted together at its end: each message
 * posted wakes the thread, and a post cost this thread a fifth of a millisecond on a busy machine, most of the
 * scan's time spent on its PDFs.
 */
function post(w: Worker, request: ReadRequest): void {
  if (unpostedFor !== w) flush();
  unpostedFor = w;
  if (unposted.length === 0) setImmediate(flush);
  unposted.push(request);
}

function flush(): void {
  if (unposted.length > 0) unpostedFor?.postMessage({ batch: unposted });
  unposted = [];
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
        post(w, { id, bytes, opts });
      });
    },
  };
}
