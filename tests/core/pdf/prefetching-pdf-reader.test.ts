/** A PDF read started early (while the mailbox is still being read) is the one the scan gets later. */
import { describe, expect, it } from 'vitest';
import { createPrefetchingPdfReader } from '../../../shared/core/pdf/prefetching-pdf-reader';
import { PdfReadError, type PdfContent, type PdfReader } from '../../../shared/core/pdf/pdf-reader';
import { pdfsWorthReading } from '../../../shared/core/scan/read-invoice';
import { createIdentity } from '../../../shared/core/detect/identity';
import { message } from '../../fixtures/mail';

function countingReader(): PdfReader & { reads: Uint8Array[] } {
  const reads: Uint8Array[] = [];
  return {
    reads,
    read(bytes) {
      reads.push(bytes);
      if (bytes[0] === 0) return Promise.reject(new PdfReadError('not a PDF', 'not-a-pdf'));
      return Promise.resolve<PdfContent>({ text: `read #${reads.length}`, embeddedFiles: [] });
    },
  };
}

describe('prefetching PDF reader', () => {
  it('gives the scan the read started by the prefetch, and reads each document once', async () => {
    const inner = countingReader();
    const reader = createPrefetchingPdfReader(inner);
    const a = new Uint8Array([1]);
    const b = new Uint8Array([2]);
    reader.prefetch(a);
    reader.prefetch(a);
    reader.prefetch(b);
    expect(inner.reads).toEqual([a, b]);
    expect((await reader.read(b)).text).toBe('read #2');
    expect((await reader.read(a)).text).toBe('read #1');
    expect(inner.reads).toHaveLength(2);
  });

  it('reads at once what was not prefetched', async () => {
    const inner = countingReader();
    const reader = createPrefetchingPdfReader(inner);
    expect((await reader.read(new Uint8Array([3]))).text).toBe('read #1');
  });

  it('tells a prefetched failure to the reader that asks for it, with its reason', async () => {
    const inner = countingReader();
    const reader = createPrefetchingPdfReader(inner);
    const broken = new Uint8Array([0]);
    reader.prefetch(broken);
    await new Promise((resolve) => setTimeout(resolve, 0)); // no unhandled rejection meanwhile
    await expect(reader.read(broken)).rejects.toMatchObject({ reason: 'not-a-pdf' });
  });
});

describe('PDFs worth reading', () => {
  const identity = createIdentity(['atelier-dupont.fr']);
  const pdf = { filename: 'Facture_F-12.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([1]) };

  it('are the PDFs of an invoice the company sends a client', () => {
    const m = message({ from: 'compta@atelier-dupont.fr', to: ['client@durand.fr'], subject: 'Facture F-12', text: 'Ci-joint.', date: '2026-10-01T09:00:00Z', attachments: [pdf] });
    expect(pdfsWorthReading(m, identity).map((a) => a.filename)).toEqual(['Facture_F-12.pdf']);
  });

  it('are none for a supplier’s invoice, internal mail or a message with no PDF', () => {
    const supplier = message({ from: 'factures@edf.fr', to: ['compta@atelier-dupont.fr'], subject: 'Votre facture', text: 'Ci-joint.', date: '2026-10-01T09:00:00Z', attachments: [pdf] });
    const internal = message({ from: 'paul@atelier-dupont.fr', to: ['compta@atelier-dupont.fr'], subject: 'Facture F-12', text: 'Pour info.', date: '2026-10-01T09:00:00Z', attachments: [pdf] });
    const noPdf = message({ from: 'compta@atelier-dupont.fr', to: ['client@durand.fr'], subject: 'Facture F-12', text: 'Montant 100,00 €', date: '2026-10-01T09:00:00Z' });
    expect([supplier, internal, noPdf].map((m) => pdfsWorthReading(m, identity))).toEqual([[], [], []]);
  });
});
