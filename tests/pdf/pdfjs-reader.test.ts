/** The pdfjs reader's limits and failures: each one a PdfReadError with its reason, never a crash or a hang. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createPdfjsReader } from '../../shared/pdf/pdfjs-reader';
import { PdfReadError } from '../../shared/core/pdf/pdf-reader';
import { deflateBomb } from '../fixtures/hostile-corpus';

const samples = path.resolve(__dirname, '../../../shared/samples');
const hasSamples = existsSync(samples);
const sample = (relative: string) => new Uint8Array(readFileSync(path.join(samples, relative)));

async function failure(promise: Promise<unknown>): Promise<PdfReadError> {
  const outcome = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(PdfReadError);
  return outcome as PdfReadError;
}

describe('pdfjs reader failures', () => {
  const reader = createPdfjsReader();

  it('refuses bytes without a %PDF- header as not-a-pdf', async () => {
    expect((await failure(reader.read(new TextEncoder().encode('<html>Facture</html>')))).reason).toBe('not-a-pdf');
    expect((await failure(reader.read(new Uint8Array()))).reason).toBe('not-a-pdf');
  });

  it('calls a PDF header over garbage or a cut-off file broken', async () => {
    expect((await failure(reader.read(new TextEncoder().encode('%PDF-1.4\nnothing else here')))).reason).toBe('broken');
  });

  it('refuses a decompression bomb before pdfjs inflates it, and reads the same page within the limit', async () => {
    const error = await failure(createPdfjsReader({ maxInflatedBytes: 1024 * 1024 }).read(deflateBomb(16)));
    expect(error.reason).toBe('too-large');
    expect(error.message).toBe('PDF content expands to more than 1 MiB');
    expect((await createPdfjsReader({ maxInflatedBytes: 32 * 1024 * 1024 }).read(deflateBomb(16))).text).toContain('F-2026-120');
  });

  it('refuses a file over maxBytes before parsing it', async () => {
    const error = await failure(createPdfjsReader({ maxBytes: 1000 }).read(new Uint8Array(2000)));
    expect(error.reason).toBe('too-large');
  });
});

describe.runIf(hasSamples)('pdfjs reader on real files', () => {
  it('refuses an encrypted PDF as encrypted', async () => {
    expect((await failure(createPdfjsReader().read(sample('facturx/invalid-isEncrypted.pdf')))).reason).toBe('encrypted');
  });

  it('calls the first half of a real PDF broken', async () => {
    const half = sample('pdf/oyo.pdf').slice(0, 12_000);
    expect((await failure(createPdfjsReader().read(half))).reason).toBe('broken');
  });

  it('gives up with a timeout when the read takes longer than timeoutMs', async () => {
    expect((await failure(createPdfjsReader({ timeoutMs: 1 }).read(sample('pdf/coolblue2.pdf')))).reason).toBe('timeout');
  });

  it('finds the %PDF- header after leading junk within the first 1024 bytes', async () => {
    const pdf = sample('pdf/oyo.pdf');
    const padded = new Uint8Array(pdf.length + 300);
    padded.fill(0x20, 0, 300);
    padded.set(pdf, 300);
    expect((await createPdfjsReader().read(padded)).text).toContain('IBZY2087');
  });

  it('reads only the first maxPages pages for text, pages separated by a form feed', async () => {
    const bytes = sample('facturx/EN16931_Rechnungskorrektur.pdf');
    const all = await createPdfjsReader().read(bytes);
    const first = await createPdfjsReader({ maxPages: 1 }).read(bytes);
    expect(all.text.split('\f\n')).toHaveLength(4);
    expect(first.text).not.toContain('\f');
    expect(all.text.startsWith(first.text)).toBe(true);
    // Attachments do not depend on the page cap.
    expect(first.embeddedFiles.map((f) => f.name)).toEqual(['factur-x.xml']);
  });

  it('does not detach or change the caller\'s bytes', async () => {
    const bytes = sample('pdf/saeco.pdf');
    const copy = bytes.slice();
    await createPdfjsReader().read(bytes);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(bytes).toEqual(copy);
  });

  it('makes lines from the text items: label and value of one line stay on one line', async () => {
    const { text } = await createPdfjsReader().read(sample('pdf/MustangGnuaccountingBeispielRE-20201121_508blanko.pdf'));
    const lines = text.split('\n');
    expect(lines.some((l) => /Invoice\s*#\s*RE-20201121\/508/.test(l))).toBe(true);
    expect(lines.some((l) => /Please remit until 2020-12-12/.test(l))).toBe(true);
  });
});
