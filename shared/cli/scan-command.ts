import type { MailMessage } from '../core/mail/model';
import type { Receivable } from '../core/scan/receivable';
import { scanMessages } from '../core/scan/scan-mailbox';
import { loadMessages } from './read-mailbox';
import { stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { PdfReader } from '../core/pdf/pdf-reader';
import { createPrefetchingPdfReader, type PrefetchingPdfReader } from '../core/pdf/prefetching-pdf-reader';
import { createIdentity } from '../core/detect/identity';
import { pdfsWorthReading } from '../core/scan/read-invoice';
import { createPdfjsReader } from '../pdf/pdfjs-reader';
import { createThreadedPdfReader } from './pdf-thread';
import { formatReceivablesTable } from './format-table';
import type { ScanArgs } from './args';

export interface ScanOutcome {
  receivables: Receivable[];
  failures: number;
}

/** From this much mail on, PDFs are read in a thread of their own (see `pdfReaderFor`). */
const THREAD_FROM_BYTES = 4 * 1024 * 1024;

/** Bytes of mail under a path: a file's size, or the sizes of the mail files in a folder. */
async function mailBytes(target: string): Promise<number> {
  const info = await stat(target).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of await readdir(target, { withFileTypes: true }).catch(() => [])) {
    const child = path.join(target, entry.name);
    if (entry.isDirectory() || /\.(eml|mbox|mbx)$/i.test(entry.name)) total += await mailBytes(child);
    if (total >= THREAD_FROM_BYTES) break;
  }
  return total;
}

/**
 * A big mailbox has its PDFs read in a worker thread, started now so that it is ready when the scan needs
 * it, while the scan reads the mail (the thread takes about a second of CPU to start, beside the parsing).
 * The PDFs of candidate messages are handed to it as the mailbox is read, so that they are read on the
 * second core while this one parses the rest. A small mailbox is read faster with pdfjs in this thread.
 */
async function pdfReaderFor(target: string): Promise<{ reader: PdfReader; prefetching: PrefetchingPdfReader | null }> {
  if ((await mailBytes(target)) < THREAD_FROM_BYTES) return { reader: createPdfjsReader(), prefetching: null };
  const prefetching = createPrefetchingPdfReader(createThreadedPdfReader());
  return { reader: prefetching, prefetching };
}

export interface ScanIo {
  /** A file or message that could not be read: the scan goes on without it. */
  onError: (source: string, error: string) => void;
  /** A message or an attachment that could not be read in full (over its budget, broken): the rest of it was. */
  onWarning: (warning: string) => void;
}

/** Reads the mail under a path and scans it: what `relance scan` reports and what `bench:scan` times. */
export async function scanPath(args: Pick<ScanArgs, 'path' | 'me' | 'today' | 'pdf'>, io: ScanIo): Promise<ScanOutcome> {
  let failures = 0;
  const pdf = args.pdf ? await pdfReaderFor(args.path) : null;
  const identity = createIdentity(args.me);
  // The core names a message by its Message-ID; the user looks for a file: warnings name both.
  const sources = new Map<string, string>();
  const onMessage = (message: MailMessage, source: string) => {
    sources.set(message.messageId, source);
    if (!pdf?.prefetching) return;
    for (const doc of pdfsWorthReading(message, identity)) void doc.loadBytes().then((bytes) => pdf.prefetching!.prefetch(bytes), () => undefined);
  };
  const messages: MailMessage[] = await loadMessages(
    args.path,
    (source, error) => {
      failures++;
      io.onError(source, error);
    },
    onMessage,
    (source, warning) => io.onWarning(`${source}: ${warning}`),
  );
  const onWarning = (warning: string) => {
    const source = sources.get(/^(<[^>]*>):/.exec(warning)?.[1] ?? '');
    io.onWarning(source ? `${source}: ${warning}` : warning);
  };
  const receivables = await scanMessages(messages, { me: args.me, today: args.today, pdfReader: pdf?.reader, onWarning });
  return { receivables, failures };
}

/** Runs a scan and writes its report; a file that cannot be read is named on stderr and the scan goes on. */
export async function runScan(
  args: ScanArgs,
  io: { stdout: (s: string) => void; stderr: (s: string) => void },
): Promise<ScanOutcome> {
  const outcome = await scanPath(args, {
    onError: (source, error) => io.stderr(`relance: ${source}: ${error}\n`),
    onWarning: (warning) => io.stderr(`relance: warning: ${warning}\n`),
  });
  const { receivables } = outcome;
  if (args.json) {
    io.stdout(receivables.map((r) => JSON.stringify(r)).join('\n') + (receivables.length ? '\n' : ''));
  } else {
    io.stdout(formatReceivablesTable(receivables) + '\n');
  }
  return outcome;
}
