/** Which embedded XML file of a PDF is the invoice: standard names first, then any XML that parses. */
import { describe, expect, it } from 'vitest';
import { eInvoiceFromPdfContent } from '../../../shared/core/extract/einvoice/from-pdf';
import type { PdfEmbeddedFile } from '../../../shared/core/pdf/pdf-reader';

const encode = (s: string) => new TextEncoder().encode(s);

function ciiFile(name: string, number: string): PdfEmbeddedFile {
  return {
    name,
    bytes: encode(
      `<rsm:CrossIndustryInvoice xmlns:rsm="a" xmlns:ram="b"><rsm:ExchangedDocument><ram:ID>${number}</ram:ID><ram:TypeCode>380</ram:TypeCode></rsm:ExchangedDocument></rsm:CrossIndustryInvoice>`,
    ),
  };
}

function zf1File(name: string, number: string): PdfEmbeddedFile {
  return {
    name,
    bytes: encode(
      `<rsm:CrossIndustryDocument xmlns:rsm="a" xmlns:ram="b"><rsm:HeaderExchangedDocument><ram:ID>${number}</ram:ID><ram:TypeCode>380</ram:TypeCode></rsm:HeaderExchangedDocument></rsm:CrossIndustryDocument>`,
    ),
  };
}

const ublFile = (name: string): PdfEmbeddedFile => ({
  name,
  bytes: encode('<Invoice xmlns:cbc="c"><cbc:ID>INV/2023/03/0008</cbc:ID><cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode></Invoice>'),
});

const read = (...embeddedFiles: PdfEmbeddedFile[]) => eInvoiceFromPdfContent({ text: 'Facture', embeddedFiles });

describe('eInvoiceFromPdfContent', () => {
  it('prefers factur-x.xml over a ZUGFeRD 1.0 file in the same PDF, whatever their order', () => {
    expect(read(zf1File('ZUGFeRD-invoice.xml', 'OLD'), ciiFile('factur-x.xml', 'NEW'))).toMatchObject({ invoiceNumber: 'NEW', syntax: 'CII' });
  });

  it('ranks zugferd-invoice.xml, then ZUGFeRD-invoice.xml, then xrechnung.xml, then other XML', () => {
    expect(read(ciiFile('xrechnung.xml', 'X'), zf1File('ZUGFeRD-invoice.xml', 'Z1'), ciiFile('zugferd-invoice.xml', 'Z2'))?.invoiceNumber).toBe('Z2');
    expect(read(ublFile('UBL-Invoice-2.1.xml'), ciiFile('xrechnung.xml', 'X'), zf1File('ZUGFeRD-invoice.xml', 'Z1'))?.invoiceNumber).toBe('Z1');
    expect(read(ublFile('UBL-Invoice-2.1.xml'), ciiFile('xrechnung.xml', 'X'))?.invoiceNumber).toBe('X');
    expect(read(ciiFile('FACTUR-X.XML', 'UPPER'), ciiFile('invoice.xml', 'OTHER'))?.invoiceNumber).toBe('UPPER');
  });

  it('reads an XML file with any other name (Odoo embeds UBL-Invoice-2.1.xml)', () => {
    expect(read({ name: 'logo.png', bytes: new Uint8Array([0x89, 0x50]) }, ublFile('UBL-Invoice-2.1.xml'))).toMatchObject({
      syntax: 'UBL',
      invoiceNumber: 'INV/2023/03/0008',
    });
  });

  it('skips XML files that are not invoices and falls back to the next one', () => {
    const order: PdfEmbeddedFile = { name: 'factur-x.xml', bytes: encode('<rsm:SCRDMCCBDACIOMessageStructure xmlns:rsm="o"/>') };
    const broken: PdfEmbeddedFile = { name: 'zugferd-invoice.xml', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) };
    expect(read(order, broken, ublFile('invoice.xml'))?.invoiceNumber).toBe('INV/2023/03/0008');
  });

  it('gives null when no embedded file is an invoice', () => {
    expect(read()).toBeNull();
    expect(read({ name: 'order-x.xml', bytes: encode('<rsm:SCRDMCCBDACIOMessageStructure xmlns:rsm="o"/>') })).toBeNull();
    expect(read({ name: 'image1.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }, { name: 'Bon_de_livraison.pdf', bytes: encode('%PDF-1.4') })).toBeNull();
  });
});
