import type { PdfContent } from '../../pdf/pdf-reader';
import type { EInvoice } from './model';
import { parseEInvoiceXml } from './parse-einvoice-xml';

/** Names of the invoice XML in Factur-X, ZUGFeRD and XRechnung PDFs, in the order the standards rank them. */
const PREFERRED = ['factur-x.xml', 'zugferd-invoice.xml', 'zugferd-invoice.xml', 'xrechnung.xml'];

function rank(name: string): number {
  const i = PREFERRED.indexOf(name.toLowerCase());
  return i < 0 ? PREFERRED.length : i;
}

/** The structured invoice embedded in a PDF (Factur-X, ZUGFeRD, an Odoo UBL file…), or null. */
export function eInvoiceFromPdfContent(content: PdfContent): EInvoice | null {
  const xmlFiles = content.embeddedFiles
    .filter((f) => /\.xml$/i.test(f.name))
    .sort((a, b) => rank(a.name) - rank(b.name));
  for (const file of xmlFiles) {
    const invoice = parseEInvoiceXml(file.bytes);
    if (invoice) return invoice;
  }
  return null;
}
