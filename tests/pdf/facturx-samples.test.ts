/**
 * Every PDF of ../shared/samples/facturx through the pdfjs reader and eInvoiceFromPdfContent, against
 * facturx/expected.jsonl: invoice fields exact where expectInvoiceData is true; the negatives (not a PDF,
 * encrypted, no XML, a purchase order) give the clear result their notes describe, never a crash.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createPdfjsReader } from '../../shared/pdf/pdfjs-reader';
import { eInvoiceFromPdfContent } from '../../shared/core/extract/einvoice/from-pdf';
import { PdfReadError, type PdfContent } from '../../shared/core/pdf/pdf-reader';

const dir = path.resolve(__dirname, '../../../shared/samples/facturx');
const hasSamples = existsSync(dir);

interface ExpectedFacturX {
  file: string;
  expectInvoiceData: boolean;
  attachments: string[] | null;
  pdfjsError?: string;
  invoiceNumber: string | null;
  issueDate: string | null;
  dueDate: string | null;
  amountDue: string | null;
  grandTotal?: string | null;
  currency: string | null;
  sellerName: string | null;
  buyerName: string | null;
  buyerEmail: string | null;
  typeCode?: string;
  guidelineId?: string;
  paymentTermsText?: string;
}

const rows = (): ExpectedFacturX[] =>
  readFileSync(path.join(dir, 'expected.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ExpectedFacturX);

const reader = createPdfjsReader();
const read = (file: string): Promise<PdfContent> => reader.read(new Uint8Array(readFileSync(path.join(dir, file))));
const amountOf = (s: string | null | undefined) => (s === null || s === undefined ? null : Number(s));

async function readError(file: string): Promise<PdfReadError> {
  const outcome = await read(file).then(
    () => null,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(PdfReadError);
  return outcome as PdfReadError;
}

describe.runIf(hasSamples)('Factur-X / ZUGFeRD / XRechnung PDFs', () => {
  for (const e of hasSamples ? rows() : []) {
    if (e.expectInvoiceData) {
      it(`${e.file}: ${e.invoiceNumber}`, async () => {
        const content = await read(e.file);
        expect(content.embeddedFiles.map((f) => f.name).sort()).toEqual([...(e.attachments ?? [])].sort());
        const invoice = eInvoiceFromPdfContent(content);
        expect(invoice).not.toBeNull();
        expect({
          invoiceNumber: invoice!.invoiceNumber,
          issueDate: invoice!.issueDate,
          dueDate: invoice!.dueDate,
          amountDue: invoice!.amountDue,
          grandTotal: invoice!.grandTotal,
          currency: invoice!.currency,
          sellerName: invoice!.sellerName,
          buyerName: invoice!.buyerName,
          buyerEmail: invoice!.buyerEmail,
          typeCode: invoice!.typeCode,
        }).toEqual({
          invoiceNumber: e.invoiceNumber,
          issueDate: e.issueDate,
          dueDate: e.dueDate,
          amountDue: amountOf(e.amountDue),
          grandTotal: amountOf(e.grandTotal),
          currency: e.currency,
          sellerName: e.sellerName,
          buyerName: e.buyerName,
          buyerEmail: e.buyerEmail,
          typeCode: e.typeCode,
        });
        // The profile must come from the XML (some files have incomplete XMP).
        if (e.guidelineId !== undefined) expect(invoice!.guidelineId).toBe(e.guidelineId);
        if (e.paymentTermsText !== undefined) expect(invoice!.paymentTermsText).toBe(e.paymentTermsText);
      });
    } else if (e.pdfjsError !== undefined) {
      it(`${e.file}: refused with a PdfReadError (${e.pdfjsError})`, async () => {
        const error = await readError(e.file);
        expect(error.reason).toBe(e.file === 'invalid-isEncrypted.pdf' ? 'encrypted' : 'not-a-pdf');
      });
    } else {
      it(`${e.file}: read, but holds no invoice data`, async () => {
        const content = await read(e.file);
        expect(content.embeddedFiles.map((f) => f.name).sort()).toEqual([...(e.attachments ?? [])].sort());
        expect(eInvoiceFromPdfContent(content)).toBeNull();
      });
    }
  }

  it('tells the document kinds apart: credit note 381, corrected invoice 384, accounting information 751', async () => {
    const kind = async (file: string) => eInvoiceFromPdfContent(await read(file))?.documentKind;
    expect(await kind('Avoir_FR_type381_BASIC.pdf')).toBe('credit-note');
    expect(await kind('EN16931_Rechnungskorrektur.pdf')).toBe('corrected-invoice');
    expect(await kind('zugferd_2p0_MINIMUM.pdf')).toBe('other');
    expect(await kind('ZUGFeRD_1p0_BASIC_Einfach.pdf')).toBe('invoice');
  });

  it('reads the factur-x.xml of a PDF that also carries a ZUGFeRD 1.0 file', async () => {
    expect(eInvoiceFromPdfContent(await read('MustangRE-20171118_506_ZUGFeRD1and2.pdf'))).toMatchObject({ syntax: 'CII', guidelineId: 'urn:cen.eu:en16931:2017:compliant:factur-x.eu:1p0:extended' });
  });

  it('also gives the printed text of a Factur-X PDF, one page per form feed', async () => {
    const content = await read('EN16931_Rechnungskorrektur.pdf');
    expect(content.text).toContain('RK21012345');
    expect(content.text.split('\f\n')).toHaveLength(4);
  });
});
