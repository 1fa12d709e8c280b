import type { MailMessage } from '../core/mail/model';
import type { Receivable } from '../core/scan/receivable';
import { scanMessages } from '../core/scan/scan-mailbox';
import { loadMessages } from './read-mailbox';
import { createPrefetchingPdfReader, type PrefetchingPdfReader } from '../core/pdf/prefetching-pdf-reader';
import { createSameBytesPdfReader } from '../core/pdf/same-bytes-pdf-reader';
import { createIdentity } from '../core/detect/identity';
import { pdfsWorthReading } from '../core/scan/read-invoice';
import { createThreadedPdfReader } from './pdf-thread';
import { formatReceivablesTable } from './format-table';
import type { ScanArgs } from './args';

export interface ScanOutcome {
  receivables: Receivable[];
  failures: number;
}

/**
 * PDFs are read in the PDF thread, started at the first PDF worth reading (a mailbox without one starts none):
 * the PDFs of candidate messages are handed to it as soon as their message is parsed, so that they are read on
 * the second core while this one parses the rest. Loading pdfjs in this thread instead would cost more than
 * the thread (under tsx, pdfjs's 3 MB go through its loader: 1.5 s of CPU against the thread's 0.5 s), whatever
 * the mailbox's size.
 */
function pdfReader(): PrefetchingPdfReader {
  // One reader per scan: a PDF the mailbox holds several times is read once (see same-bytes-pdf-reader).
  return createPrefetchingPdfReader(createSameBytesPdfReader(createThreadedPdfReader()));
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
  const pdf = args.pdf ? pdfReader() : null;
  const identity = createIdentity(args.me);
  // The core names a message by its Message-ID; the user looks for a file: warnings name both. The sources
  // are listed in the messages' order, and looked up by Message-ID only if the core warns.
  const sourceList: string[] = [];
  let sources: Map<string, string> | null = null;
  const onMessage = (message: MailMessage, source: string) => {
    sourceList.push(source);
    if (!pdf) return;
    for (const doc of pdfsWorthReading(message, identity)) void doc.loadBytes().then((bytes) => pdf.prefetch(bytes), () => undefined);
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
    sources ??= new Map(messages.map((m, i) => [m.messageId, sourceList[i]!]));
    const source = sources.get(/^(<[^>]*>):/.exec(warning)?.[1] ?? '');
    io.onWarning(source ? `${source}: ${warning}` : warning);
  };
  const receivables = await scanMessages(messages, { me: args.me, today: args.today, pdfReader: pdf ?? undefined, onWarning });
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
