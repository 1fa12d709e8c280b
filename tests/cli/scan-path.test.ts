/**
 * A big mailbox has its invoices' PDFs read in the PDF thread while the mail is still being parsed: the
 * receivables are those of a plain scan with pdfjs in this thread, PDF-only invoices included.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scanPath } from '../../shared/cli/scan-command';
import { loadMessages } from '../../shared/cli/read-mailbox';
import { scanMessages } from '../../shared/core/scan/scan-mailbox';
import { createPdfjsReader } from '../../shared/pdf/pdfjs-reader';
import { BENCH_ME, BENCH_TODAY, writeMailbox } from '../../shared/cli/bench/generate-mbox';

describe('scanPath on a big mailbox', () => {
  it('reports what an in-thread scan reports, PDFs read ahead in the PDF thread', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'relance-scan-path-')), 'big.mbox');
    await writeMailbox(file, 6000, 7);
    expect(statSync(file).size).toBeGreaterThan(4 * 1024 * 1024); // the size from which the PDF thread is used
    const errors: string[] = [];
    const ahead = await scanPath({ path: file, me: [BENCH_ME], today: BENCH_TODAY, pdf: true }, { onError: (s, e) => errors.push(`${s}: ${e}`), onWarning: (w) => errors.push(w) });
    const messages = await loadMessages(file, (s, e) => errors.push(`${s}: ${e}`));
    const plain = await scanMessages(messages, { me: [BENCH_ME], today: BENCH_TODAY, pdfReader: createPdfjsReader() });
    expect(errors).toEqual([]);
    expect(ahead.failures).toBe(0);
    // The generator's PDF-only invoices say their number and amount in the PDF alone.
    const fromPdf = plain.filter((r) => r.invoiceNumber && !messages.find((m) => m.messageId === r.messageId)!.text.includes(r.invoiceNumber));
    expect(fromPdf.length).toBeGreaterThan(50);
    expect(ahead.receivables).toEqual(plain);
  }, 120_000);
});
