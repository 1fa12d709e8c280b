import type { MailMessage } from '../core/mail/model';
import type { Receivable } from '../core/scan/receivable';
import { scanMessages } from '../core/scan/scan-mailbox';
import { loadMessages } from './read-mailbox';
import { createThreadedPdfReader } from './pdf-thread';
import { formatReceivablesTable } from './format-table';
import type { ScanArgs } from './args';

export interface ScanOutcome {
  receivables: Receivable[];
  failures: number;
}

/** Runs a scan and writes its report; a file that cannot be read is named on stderr and the scan goes on. */
export async function runScan(
  args: ScanArgs,
  io: { stdout: (s: string) => void; stderr: (s: string) => void },
): Promise<ScanOutcome> {
  let failures = 0;
  // PDFs are read in a thread of their own, started now so that it is ready when the scan needs it.
  const pdfReader = args.pdf ? createThreadedPdfReader() : undefined;
  const messages: MailMessage[] = await loadMessages(args.path, (source, error) => {
    failures++;
    io.stderr(`relance: ${source}: ${error}\n`);
  });
  const receivables = await scanMessages(messages, {
    me: args.me,
    today: args.today,
    pdfReader,
    onWarning: (warning) => io.stderr(`relance: warning: ${warning}\n`),
  });
  if (args.json) {
    io.stdout(receivables.map((r) => JSON.stringify(r)).join('\n') + (receivables.length ? '\n' : ''));
  } else {
    io.stdout(formatReceivablesTable(receivables) + '\n');
  }
  return { receivables, failures };
}
