/**
 * Text-only invoice PDFs in the layouts invoicing tools print them (pdf-lib, Helvetica): "Label : value"
 * lines, a label column and a value column drawn separately, labels above their values, a table header row
 * above a row of values, values drawn before their labels. pdfjs reads them back as a real PDF would be read.
 */
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

export type PdfLayout = 'lines' | 'columns' | 'label-above' | 'header-row' | 'value-first';

export interface PdfInvoiceSpec {
  layout: PdfLayout;
  title: string;
  seller: string[];
  buyer?: string[];
  /** Number, dates, references: printed in the layout's way. */
  fields: [string, string][];
  /** Item lines: description, quantity, unit price, line total. */
  items?: [string, string, string, string][];
  /** Totals block, printed label then value on the right (in 'columns', values drawn first). */
  totals: [string, string][];
  notes?: string[];
}

const SIZE = 10;

function text(page: PDFPage, font: PDFFont, s: string, x: number, y: number, size = SIZE): void {
  page.drawText(s, { x, y, size, font });
}

function right(page: PDFPage, font: PDFFont, s: string, xEnd: number, y: number): void {
  text(page, font, s, xEnd - font.widthOfTextAtSize(s, SIZE), y);
}

function drawFields(page: PDFPage, font: PDFFont, spec: PdfInvoiceSpec, top: number): number {
  const { fields } = spec;
  let y = top;
  switch (spec.layout) {
    case 'lines':
      for (const [label, value] of fields) text(page, font, `${label} : ${value}`, 330, (y -= 14));
      return y;
    case 'columns':
      // The value column is drawn before the label column, as many generators do.
      fields.forEach(([, value], i) => text(page, font, value, 450, top - 14 * (i + 1)));
      fields.forEach(([label], i) => right(page, font, `${label}:`, 440, top - 14 * (i + 1)));
      return top - 14 * fields.length;
    case 'label-above':
      for (const [label, value] of fields) {
        text(page, font, `${label}:`, 330, (y -= 14));
        text(page, font, value, 330, (y -= 13));
      }
      return y;
    case 'header-row': {
      const width = 500 / fields.length;
      fields.forEach(([label], i) => text(page, font, label, 50 + i * width, top - 14));
      fields.forEach(([, value], i) => text(page, font, value, 50 + i * width, top - 28));
      return top - 28;
    }
    case 'value-first':
      fields.forEach(([label, value], i) => {
        text(page, font, value, 160, top - 14 * (i + 1));
        text(page, font, `${label}:`, 50, top - 14 * (i + 1));
      });
      return top - 14 * fields.length;
  }
}

export async function invoicePdf(spec: PdfInvoiceSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  spec.seller.forEach((l, i) => text(page, font, l, 50, 790 - 13 * i));
  text(page, bold, spec.title, 400, 790, 18);
  let y = 700;
  (spec.buyer ?? []).forEach((l, i) => text(page, font, l, 50, y - 13 * i));
  y = drawFields(page, font, spec, 720) - 40;
  y = Math.min(y, 700 - 13 * (spec.buyer?.length ?? 0) - 30);
  if (spec.items?.length) {
    for (const [label, x] of [['Description', 50], ['Qty', 300], ['Unit', 370], ['Total', 480]] as const) text(page, bold, label, x, y);
    for (const [d, q, u, t] of spec.items) {
      y -= 14;
      text(page, font, d, 50, y);
      right(page, font, q, 320, y);
      right(page, font, u, 430, y);
      right(page, font, t, 545, y);
    }
    y -= 24;
  }
  if (spec.layout === 'columns') spec.totals.forEach(([, v], i) => right(page, font, v, 545, y - 14 * i));
  spec.totals.forEach(([label, value], i) => {
    right(page, font, label, 440, y - 14 * i);
    if (spec.layout !== 'columns') right(page, font, value, 545, y - 14 * i);
  });
  y -= 14 * spec.totals.length + 20;
  for (const note of spec.notes ?? []) text(page, font, note, 50, (y -= 13), 8);
  return doc.save();
}
