/**
 * A second thread that parses raw messages (see parse-thread-worker.mjs): a big mailbox is parsed on two
 * cores, the main thread parsing its share while this one parses the rest. Each message comes back as the
 * main thread's parseMime would have made it: same model, same warnings, same errors.
 */
import { Worker } from 'node:worker_threads';
import type { Attachment, MailMessage } from '../core/mail/model';
import { startWorker, threadExecArgv } from './worker-options';

export type ParsedInThread = { ok: true; message: MailMessage; warnings: string[] } | { ok: false; error: string; warnings: string[] };

type WireAttachment = Omit<Attachment, 'loadBytes'> & { bytes: Uint8Array };
type WireResult = { ok: true; message: Omit<MailMessage, 'attachments'> & { attachments: WireAttachment[] }; warnings: string[] } | { ok: false; error: string; warnings: string[] };

/** Made outside the message handler, so that a loader keeps its own bytes alive and nothing else. */
function bytesLoader(bytes: Uint8Array): () => Promise<Uint8Array> {
  return async () => bytes;
}

function fromWire(result: WireResult): ParsedInThread {
  if (!result.ok) return result;
  const attachments = result.message.attachments.map(({ bytes, ...meta }) => ({ ...meta, loadBytes: bytesLoader(bytes) }));
  return { ok: true, message: { ...result.message, attachments }, warnings: result.warnings };
}

export interface ParseThread {
  /** Parses a batch of raw messages; the answers come in the batch's order. */
  parse(raws: Uint8Array[]): Promise<ParsedInThread[]>;
  /** Batches sent and not yet answered. */
  readonly inFlight: number;
  close(): Promise<void>;
}

export function createParseThread(keepHtml: boolean): ParseThread {
  const worker: Worker = startWorker(new URL('./parse-thread-worker.mjs', import.meta.url), threadExecArgv());
  const pending = new Map<number, { resolve: (r: ParsedInThread[]) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on('message', ({ id, results }: { id: number; results: WireResult[] }) => {
    const p = pending.get(id);
    pending.delete(id);
    p?.resolve(results.map(fromWire));
  });
  worker.on('error', (error) => failAll(new Error(`parse thread failed: ${error.message}`)));
  worker.on('exit', () => failAll(new Error('parse thread stopped')));
  return {
    parse(raws) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        // The raw messages are copies made for this batch: they move to the thread instead of being copied.
        worker.postMessage({ id, raws, keepHtml }, [...new Set(raws.map((r) => r.buffer as ArrayBuffer))]);
      });
    },
    get inFlight() {
      return pending.size;
    },
    async close() {
      await worker.terminate();
    },
  };
}
