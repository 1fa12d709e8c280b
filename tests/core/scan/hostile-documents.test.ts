/** Hostile documents reach the scan from every host: what comes out stays a valid, finite receivable. */
import { describe, expect, it } from 'vitest';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { ReceivableSchema } from '../../../shared/core/scan/receivable';
import type { PdfReader } from '../../../shared/core/pdf/pdf-reader';
import { message } from '../../fixtures/mail';

const US = 'atelier-dupont.fr';
const invoiceWith = (attachment: { filename: string; mimeType: string; bytes: Uint8Array }) =>
  message({ from: `paul@${US}`, to: ['marie@client-sas.fr'], subject: 'Facture F-2026-300', text: 'Veuillez trouver ci-joint la facture F-2026-300.', date: '2026-10-01T10:00:00Z', attachments: [attachment] });

describe('hostile documents in a scan', () => {
  it('an e-invoice amount too large for a float is no amount: the receivable stays finite and valid', async () => {
    const xml = `<Invoice xmlns:cbc="c" xmlns:cac="a"><cbc:ID>F-2026-300</cbc:ID><cac:LegalMonetaryTotal><cbc:PayableAmount>${'9'.repeat(400)}</cbc:PayableAmount></cac:LegalMonetaryTotal></Invoice>`;
    const [r] = await scanMessages([invoiceWith({ filename: 'F-2026-300.xml', mimeType: 'application/xml', bytes: new TextEncoder().encode(xml) })], { me: [US], today: '2026-11-23' });
    expect(ReceivableSchema.strict().parse(r)).toMatchObject({ invoiceNumber: 'F-2026-300', amount: null });
  });

  it('a PDF whose text is over the budget is read cut, and the cut is told naming the attachment', async () => {
    const reader: PdfReader = { read: async () => ({ text: `Facture F-2026-300\nTotal TTC : 480,00 €\n${'Conditions générales. '.repeat(20_000)}`, embeddedFiles: [] }) };
    const warnings: string[] = [];
    const [r] = await scanMessages([invoiceWith({ filename: 'F-2026-300.pdf', mimeType: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.4') })], { me: [US], today: '2026-11-23', pdfReader: reader, onWarning: (w) => warnings.push(w) });
    expect(r).toMatchObject({ invoiceNumber: 'F-2026-300', amount: 480 });
    expect(warnings).toEqual([expect.stringMatching(/attachment F-2026-300\.pdf: text cut to its first 262,144 characters$/)]);
  });
});
