/**
 * Every PDF of ../shared/samples/pdf (no Factur-X XML): the reader gives text that holds the invoice number
 * and the total as printed; the Odoo PDF gives its embedded UBL. Field extraction from the text is tested
 * elsewhere; this is what it gets to work with.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createPdfjsReader } from '../../shared/pdf/pdfjs-reader';
import { eInvoiceFromPdfContent } from '../../shared/core/extract/einvoice/from-pdf';

const dir = path.resolve(__dirname, '../../../shared/samples/pdf');
const hasSamples = existsSync(dir);

interface ExpectedTextPdf {
  file: string;
  invoiceNumber: string;
  amountTotal: number | null;
  hasEmbeddedXml: boolean;
}

const rows = (): ExpectedTextPdf[] =>
  readFileSync(path.join(dir, 'expected.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ExpectedTextPdf);

const reader = createPdfjsReader();
const read = (file: string) => reader.read(new Uint8Array(readFileSync(path.join(dir, file))));

/**
 * The amount as any locale prints it: thousands grouped by nothing, a space, a dot, a comma or an apostrophe,
 * then a dot or comma before the cents (cents optional for whole amounts).
 */
function printedAmount(value: number): RegExp {
  const [units, cents] = value.toFixed(2).split('.') as [string, string];
  const groups = units.replace(/\B(?=(\d{3})+(?!\d))/g, '|').split('|');
  const body = groups.join(`[\\s.,'\u00a0\u202f]?`);
  const fraction = cents === '00' ? `([.,]00?)?` : `[.,]${cents}`;
  return new RegExp(`(?<![\\d.,])${body}${fraction}(?!\\d)`);
}

describe.runIf(hasSamples)('text PDFs', () => {
  for (const e of hasSamples ? rows() : []) {
    it(`${e.file}: text with ${e.invoiceNumber}${e.amountTotal === null ? '' : ` and ${e.amountTotal}`}`, async () => {
      const content = await read(e.file);
      expect(content.text.trim().length).toBeGreaterThan(100);
      expect(content.text).toContain('\n');
      // invoice2data writes Flipkart's number with the "#" its label carries.
      expect(content.text).toContain(e.invoiceNumber.replace(/^#/, ''));
      if (e.amountTotal !== null) expect(content.text).toMatch(printedAmount(e.amountTotal));
      if (!e.hasEmbeddedXml) expect(eInvoiceFromPdfContent(content)).toBeNull();
    });
  }

  it('AzureInterior.pdf (Odoo) yields its embedded UBL invoice', async () => {
    const content = await read('AzureInterior.pdf');
    expect(content.embeddedFiles.map((f) => f.name)).toContain('UBL-Invoice-2.1.xml');
    expect(eInvoiceFromPdfContent(content)).toMatchObject({
      syntax: 'UBL',
      documentKind: 'invoice',
      invoiceNumber: 'INV/2023/03/0008',
      issueDate: '2023-03-20',
      dueDate: '2023-04-04',
      amountDue: 279.84,
      currency: 'USD',
      buyerName: 'Mitchell Admin',
      buyerEmail: 'admin@yourcompany.example.com',
    });
  });
});

describe('printedAmount', () => {
  it('matches the usual printings of an amount and not a neighbour', () => {
    expect('Total TTC 4.904,94 EUR').toMatch(printedAmount(4904.94));
    expect('Total: €4,904.94').toMatch(printedAmount(4904.94));
    expect('Total 4904,94').toMatch(printedAmount(4904.94));
    expect('Grand Total 1939').toMatch(printedAmount(1939));
    expect('Total 14904,94').not.toMatch(printedAmount(4904.94));
    expect('Total 4904,95').not.toMatch(printedAmount(4904.94));
  });
});
