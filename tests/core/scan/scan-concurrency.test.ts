/**
 * scanThreads reads several threads at once (a thread waiting for its PDF does not hold up the others): the
 * receivables and the warnings must come out as a one-by-one reading gives them, whatever order the PDFs
 * are answered in.
 */
import { describe, expect, it } from 'vitest';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { PdfReadError, type PdfReader } from '../../../shared/core/pdf/pdf-reader';
import { message } from '../../fixtures/mail';

const me = ['menuiserie-lambert.fr'];
const today = '2026-11-23';
const claire = 'Claire Lambert <claire@menuiserie-lambert.fr>';

/** A PDF "reader" that answers after a delay set by the file's first byte: later invoices may be answered first. */
function slowReader(): PdfReader {
  return {
    read: (bytes) =>
      new Promise((resolve, reject) => {
        const n = bytes[0]!;
        setTimeout(() => {
          if (n % 3 === 0) reject(new PdfReadError(`broken #${n}`, 'broken'));
          else resolve({ text: `FACTURE\nFacture n° P-${n}\nDate : 01/09/2026\nTotal TTC ${n},00 EUR`, embeddedFiles: [] });
        }, (40 - n) % 7);
      }),
  };
}

function mailbox() {
  return Array.from({ length: 40 }, (_, n) =>
    message({
      from: claire,
      to: [`client${n}@client${n}.fr`],
      subject: 'Facture',
      text: 'Bonjour,\n\nVeuillez trouver ci-joint notre facture.\n\nCordialement',
      date: `2026-09-${String((n % 28) + 1).padStart(2, '0')}T09:00:00+02:00`,
      attachments: [{ filename: `Facture_P-${n}.pdf`, mimeType: 'application/pdf', bytes: new Uint8Array([n, 0x25, 0x50, 0x44, 0x46]) }],
    }),
  );
}

describe('scan with PDFs answered out of order', () => {
  it('gives the receivables and the warnings of a one-by-one reading', async () => {
    const messages = mailbox();
    const warnings: string[] = [];
    const receivables = await scanMessages(messages, { me, today, pdfReader: slowReader(), onWarning: (w) => warnings.push(w) });

    // One by one: each read awaited before the next starts.
    const sequential: string[] = [];
    const inOrder = slowReader();
    let chain = Promise.resolve();
    const oneByOne: PdfReader = {
      read: (bytes) => {
        const result = chain.then(() => inOrder.read(bytes));
        chain = result.then(
          () => undefined,
          () => undefined,
        );
        return result;
      },
    };
    const expected = await scanMessages(messages, { me, today, pdfReader: oneByOne, onWarning: (w) => sequential.push(w) });

    expect(receivables).toEqual(expected);
    expect(warnings).toEqual(sequential);
    expect(warnings).toHaveLength(14);
    expect(receivables.find((r) => r.invoiceNumber === 'P-7')).toMatchObject({ amount: 7, issueDate: '2026-09-01' });
    // The threads come out in the mailbox's order, not in the order their PDFs were answered.
    expect(warnings[0]).toContain('#0');
    expect(warnings.at(-1)).toContain('#39');
  });
});
