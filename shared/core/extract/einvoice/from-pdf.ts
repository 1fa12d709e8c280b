import type { PdfContent, PdfEmbeddedFile } from '../../pdf/pdf-reader';
import type { EInvoice } from './model';
import { parseEInvoiceXml } from './parse-einvoice-xml';

/**
 * Names of the invoice XML in Factur-X, ZUGFeRD 2.0, ZUGFeRD 1.0 and XRechnung PDFs, best first: a PDF
 * carrying both a ZUGFeRD 1.0 and a Factur-X file is read from the newer one.
 */
const STANDARD_NAMES = ['factur-x.xml', 'zugferd-invoice.xml', 'ZUGFeRD-invoice.xml', 'xrechnung.xml'];
const STANDARD_NAMES_LOWER = STANDARD_NAMES.map((n) => n.toLowerCase());

/** Standard names first (exact spelling, then any case), then the other XML files in their PDF order. */
function rank(file: PdfEmbeddedFile): number {
  const exact = STANDARD_NAMES.indexOf(file.name);
  if (exact >= 0) return exact;
  const anyCase = STANDARD_NAMES_LOWER.indexOf(file.name.toLowerCase());
  return anyCase >= 0 ? anyCase + 0.5 : STANDARD_NAMES.length;
}

/** The structured invoice embedded in a PDF (Factur-X, ZUGFeRD, XRechnung, an Odoo UBL file…), or null. */
export function eInvoiceFromPdfContent(content: PdfContent): EInvoice | null {
  const candidates = content.embeddedFiles.filter((f) => /\.xml$/i.test(f.name)).sort((a, b) => rank(a) - rank(b));
  for (const file of candidates) {
    const invoice = parseEInvoiceXml(file.bytes);
    if (invoice) return invoice;
  }
  return null;
}
