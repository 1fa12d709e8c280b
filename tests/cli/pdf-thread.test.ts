/** The CLI's PDF thread answers what the in-thread pdfjs reader answers: same text, same files, same errors. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createThreadedPdfReader, startPdfWorker, threadExecArgv } from '../../shared/cli/pdf-thread';
import { createPdfjsReader } from '../../shared/pdf/pdfjs-reader';
import { PdfReadError, type PdfReader } from '../../shared/core/pdf/pdf-reader';
import { minimalPdf } from '../../shared/cli/bench/minimal-pdf';

const samples = path.resolve(__dirname, '../../../shared/samples');
const sample = (relative: string) => new Uint8Array(readFileSync(path.join(samples, relative)));

async function outcome(reader: PdfReader, bytes: Uint8Array) {
  return reader.read(bytes).then(
    (c) => ({ text: c.text, files: c.embeddedFiles.map((f) => [f.name, Buffer.from(f.bytes).toString('base64')]) }),
    (e: unknown) => ({ error: e instanceof PdfReadError ? e.reason : String(e), message: (e as Error).message }),
  );
}

describe('threaded PDF reader', () => {
  it('reads several documents asked at once, each with its own text', async () => {
    const reader = createThreadedPdfReader();
    const texts = await Promise.all([1, 2, 3].map(async (n) => (await reader.read(minimalPdf([`Facture no F-${n}`]))).text));
    expect(texts).toEqual(['Facture no F-1', 'Facture no F-2', 'Facture no F-3']);
  }, 30_000);

  it('fails as the in-thread reader fails, with the same reason', async () => {
    const threaded = createThreadedPdfReader();
    const inThread = createPdfjsReader();
    for (const bytes of [new TextEncoder().encode('<html>Facture</html>'), new TextEncoder().encode('%PDF-1.4\nnothing else here')]) {
      expect(await outcome(threaded, bytes)).toEqual(await outcome(inThread, bytes));
    }
    expect(await outcome(createThreadedPdfReader({ maxBytes: 1000 }), new Uint8Array(2000))).toMatchObject({ error: 'too-large' });
  }, 30_000);

  it.runIf(existsSync(samples))('gives the same text and embedded files as the in-thread reader on real files', async () => {
    const threaded = createThreadedPdfReader();
    const inThread = createPdfjsReader();
    for (const file of ['facturx/Facture_FR_BASIC.pdf', 'pdf/NetpresseInvoice.pdf', 'facturx/invalid-isEncrypted.pdf']) {
      expect(await outcome(threaded, sample(file))).toEqual(await outcome(inThread, sample(file)));
    }
  }, 60_000);
});

describe("the PDF thread's Node options", () => {
  it("are the process's without its preloads of tsx (the thread registers tsx itself, after pdfjs)", () => {
    const tsx = '/work/app/node_modules/tsx/dist';
    expect(threadExecArgv(['--require', `${tsx}/preflight.cjs`, '--import', `file://${tsx}/loader.mjs`, '--max-old-space-size=4096'])).toEqual(['--max-old-space-size=4096']);
    expect(threadExecArgv(['--import=tsx', '--cpu-prof', '--import', 'tsx/esm', '--require', './setup.cjs'])).toEqual(['--cpu-prof', '--require', './setup.cjs']);
    expect(threadExecArgv([])).toEqual([]);
  });

  it('leave out what a thread refuses (heap sizes apply to the whole process): the thread still reads', async () => {
    const worker = startPdfWorker(['--max-old-space-size=4096', '--enable-source-maps', '--expose-gc']);
    try {
      const reply = new Promise<{ ok: boolean; text?: string }>((resolve, reject) => {
        worker.on('message', resolve);
        worker.on('error', reject);
      });
      worker.postMessage({ id: 1, bytes: minimalPdf(['Facture no F-9']), opts: {} });
      expect(await reply).toMatchObject({ ok: true, text: 'Facture no F-9' });
    } finally {
      await worker.terminate();
    }
  }, 30_000);
});
