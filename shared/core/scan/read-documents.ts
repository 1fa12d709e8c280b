import type { Attachment, MailMessage } from '../mail/model';
import type { PdfReader } from '../pdf/pdf-reader';
import type { EInvoice } from '../extract/einvoice/model';
import { parseEInvoiceXml } from '../extract/einvoice/parse-einvoice-xml';
import { eInvoiceFromPdfContent } from '../extract/einvoice/from-pdf';
import { boundText, textCutWarning } from '../mail/budget';

export function isPdf(a: { filename: string | null; mimeType: string }): boolean {
  return /pdf/i.test(a.mimeType) || /\.pdf$/i.test(a.filename ?? '');
}
export function isXml(a: { filename: string | null; mimeType: string }): boolean {
  return /xml/i.test(a.mimeType) || /\.xml$/i.test(a.filename ?? '');
}

/** Attachments' names as text to read fields from ("Facture_F-12.pdf" → "Facture F-12"). */
export function fileNameText(docs: readonly Attachment[]): string {
  return docs.map((a) => (a.filename ?? '').replace(/\.(pdf|xml)$/i, '').replace(/_/g, ' ')).join('\n');
}

/** One attached document, read: its e-invoice XML (embedded or attached) and its PDF text, when read. */
export interface DocumentReading {
  doc: Attachment;
  xml: EInvoice | null;
  pdfText: string | null;
}

export const XML_INVOICE_KINDS: ReadonlySet<string> = new Set(['invoice', 'prepayment-invoice', 'corrected-invoice']);

/**
 * The PDFs to read of an e-mail's documents. PDFs are the costly part of a scan: a lone PDF is read only when the
 * e-mail itself does not already say the number, the amount, the invoice date and when it is due; with several
 * PDFs each may be another invoice, so all are read.
 */
export function pdfsToRead(documents: readonly Attachment[], mailIsComplete: boolean): Attachment[] {
  const pdfs = documents.filter(isPdf);
  return mailIsComplete && pdfs.length < 2 ? [] : pdfs;
}

/** Reads every document worth reading: the PDFs pdfsToRead names, and XML attachments (cheap and exact). */
export async function readDocuments(
  message: MailMessage,
  documents: readonly Attachment[],
  mailIsComplete: boolean,
  opts: { pdfReader?: PdfReader; onWarning?: (message: string) => void },
): Promise<DocumentReading[]> {
  const pdfs = pdfsToRead(documents, mailIsComplete);
  const out: DocumentReading[] = [];
  for (const doc of documents) {
    const reading: DocumentReading = { doc, xml: null, pdfText: null };
    try {
      if (opts.pdfReader && pdfs.includes(doc)) {
        const content = await opts.pdfReader.read(await doc.loadBytes());
        reading.xml = eInvoiceFromPdfContent(content);
        const text = boundText(content.text);
        if (text.cut) opts.onWarning?.(`${message.messageId}: attachment ${doc.filename ?? '(unnamed)'}: ${textCutWarning('text')}`);
        reading.pdfText = text.text;
      } else if (isXml(doc)) {
        reading.xml = parseEInvoiceXml(await doc.loadBytes());
      }
    } catch (error) {
      opts.onWarning?.(`${message.messageId}: attachment ${doc.filename ?? '(unnamed)'} skipped: ${(error as Error).message}`);
    }
    out.push(reading);
  }
  return out;
}
