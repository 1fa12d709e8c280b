import { referencesIn } from '../extract/fields/reference-shape';
import { unclippedNumber } from './clipped-number';
import type { EInvoice } from '../extract/einvoice/model';
import { extractTextFields, type TextFields } from '../extract/fields/text-fields';
import type { DateOrder } from '../extract/locale/date';
import { numberKey } from '../extract/fields/number-key';
import { kindOfOpening, kindOfTitle, saysItIsNoInvoice } from '../detect/document-kind';
import { fileNameText, XML_INVOICE_KINDS, type DocumentReading } from './read-documents';
import { invoiceLineOf, joinedReferences, listedInvoices, subjectInvoicePassages } from './listed-invoices';
import { execAll } from '../text/exec-all';

/** An attached document that is itself an invoice, with the number it carries (null: none). */
function invoiceDocumentNumber(d: DocumentReading, fields: TextFields | null, files: TextFields): string | null | undefined {
  if (d.xml) return XML_INVOICE_KINDS.has(d.xml.documentKind) ? d.xml.invoiceNumber ?? null : undefined;
  if (d.pdfText !== null) {
    // (a certificate or a delivery note sent with the invoice may say so: "Ce document n'est pas une facture")
    if (kindOfOpening(d.pdfText) !== 'invoice' || saysItIsNoInvoice(d.pdfText)) return undefined;
    const inPdf = fields?.invoiceNumbers[0]?.value;
    const fromFile = files.invoiceNumbers[0]?.value ?? null;
    // (a file name is a bare reference, "PROV-2026-826.pdf", that no label introduces)
    return inPdf ? unclippedNumber(inPdf, referencesIn(fileNameText([d.doc]))) : fromFile;
  }
  const fileKind = kindOfTitle(d.doc.filename ?? '');
  return fileKind === null || fileKind === 'invoice' ? files.invoiceNumbers[0]?.value ?? null : undefined;
}

/**
 * The invoices of a PDF whose pages open as invoices of different numbers, each with the text of its pages (a
 * page that opens with no invoice title, or with the same number, goes on the invoice before it). Fewer than
 * two: the PDF is one document.
 */
function invoicePages(d: DocumentReading, order: DateOrder, known: ReadonlySet<string>): { number: string; text: string; fields: TextFields }[] {
  if (d.xml || !d.pdfText) return [];
  // (Every page ends with a form feed: one page of text, with or without it, may hold invoices one under the other.)
  const pages = d.pdfText.split('\f');
  if (pages.filter((p) => p.trim()).length < 2) return invoiceSections(d.pdfText, order, known);
  const found: { number: string; text: string }[] = [];
  for (const page of pages) {
    const number = kindOfOpening(page) === 'invoice' ? extractTextFields(page.slice(0, 600), order).invoiceNumbers[0]?.value : undefined;
    const last = found[found.length - 1];
    if (number && !known.has(numberKey(number)) && (!last || numberKey(last.number) !== numberKey(number))) found.push({ number, text: page });
    else if (last) last.text += `\f${page}`;
  }
  if (new Set(found.map((f) => numberKey(f.number))).size < 2) return [];
  return found.map((f) => ({ ...f, fields: extractTextFields(f.text, order) }));
}

/** An invoice's heading line, its title and number alone: "FACTURE F2026-0407", "FACTURE D'ACOMPTE N° F2026-116", "FACTURE DE DÉBOURS N° FD-2026-0848", "Invoice No. 1191", "RECHNUNG Nr. RE-12", "Facture n° BA-2026-080 - 09/10/2026", "Note de droits d'auteur n° NDA-26-26". */
const HEADING = /^[ \t]*(?:(?:facture|factura|fattura)(?:[ \t]+(?:d'acompte|d’acompte|de[ \t]+solde|de[ \t]+d[ée]bours|de[ \t]+anticipo|di[ \t]+acconto))?|(?:deposit[ \t]+|final[ \t]+|interim[ \t]+|disbursement[ \t]+)?invoice|(?:anzahlungs|schluss|abschlags)?rechnung|factuur|fatura|faktura|note de droits(?: d'auteur)?|note d'auteur|note d'honoraires|note de commission|note de courtage)[ \t]*(?:(?:n[°º.o]?|nr|no|number|nummer|numero)(?![A-Za-z])\.?[ \t]*|#[ \t]*)?:?[ \t]*([A-Za-z0-9][\w/.-]*\d[\w/.-]*)(?:[ \t]+(?:[-–—][ \t]*|du[ \t]+|of[ \t]+|vom[ \t]+|dated[ \t]+)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?[ \t]*$/gim;

/**
 * The invoices of one page printed one under the other (two invoices of the month in one PDF page): its text cut at
 * each invoice heading of another number, when every part has an amount of its own. Fewer than two: one document.
 */
function invoiceSections(text: string, order: DateOrder, known: ReadonlySet<string>): { number: string; text: string; fields: TextFields }[] {
  // (not a year standing after the word: "Invoice 2026")
  const headings = [...execAll(HEADING, text)].filter((m) => m[1]!.length >= 3 && !/^(?:19|20)\d\d$/.test(m[1]!) && !known.has(numberKey(m[1]!)));
  if (new Set(headings.map((m) => numberKey(m[1]!))).size < 2) return [];
  // A heading repeating the number before it (a header printed twice) goes on with that invoice.
  const starts = headings.filter((m, i) => i === 0 || numberKey(m[1]!) !== numberKey(headings[i - 1]![1]!));
  const sections = starts.map((m, i) => {
    // The letterhead above the first heading goes with the first invoice; each later part starts at its heading's line.
    const start = i === 0 ? 0 : m.index;
    const end = starts[i + 1]?.index ?? text.length;
    const part = text.slice(start, end);
    return { number: m[1]!, text: part, fields: extractTextFields(part, order) };
  });
  return sections.every((p) => p.fields.amount) ? sections : [];
}

/** One invoice among several of one e-mail: its number and what speaks of it alone. */
export interface Part {
  number: string;
  xml: EInvoice | null;
  pdfText: string | null;
  pdf: TextFields | null;
  files: TextFields | null;
  segment: TextFields | null;
  /** The body's text that speaks of this invoice alone, when the body lists it. */
  segmentText?: string;
}

export const NO_FIELDS: TextFields = { invoiceNumbers: [], amount: null, currency: null, issueDate: null, dueDate: null, dueDayAndMonth: null, terms: null, depositInvoice: false };

/**
 * The invoices of an e-mail that carries more than one: attached invoice documents with different numbers,
 * and, when the body lists invoices (`lists`: it says "invoices" in the plural), those it lists each with its amount.
 * Fewer than two: the e-mail is read as one invoice.
 */
export function severalInvoices(
  docs: readonly DocumentReading[],
  pdfFields: ReadonlyMap<DocumentReading, TextFields>,
  body: string,
  lists: boolean,
  order: DateOrder,
  known: ReadonlySet<string>,
  subject = '',
): Part[] {
  const parts = new Map<string, Part>();
  for (const d of docs) {
    // One PDF may hold several invoices, a page or more each ("Factures_ALP-0415_ALP-0416.pdf").
    const pages = invoicePages(d, order, known);
    if (pages.length >= 2) {
      for (const page of pages) if (!parts.has(numberKey(page.number))) parts.set(numberKey(page.number), { number: page.number, xml: null, pdfText: page.text, pdf: page.fields, files: null, segment: null });
      continue;
    }
    const pdf = pdfFields.get(d) ?? null;
    const files = extractTextFields(fileNameText([d.doc]), order);
    const number = invoiceDocumentNumber(d, pdf, files);
    if (!number) continue;
    const key = numberKey(number);
    if (known.has(key)) continue;
    const part = parts.get(key);
    if (!part) parts.set(key, { number, xml: d.xml, pdfText: d.pdfText, pdf, files, segment: null });
    else {
      part.xml ??= d.xml;
      part.pdfText ??= d.pdfText;
      part.pdf ??= pdf;
    }
  }
  // A body that writes out two invoices or more, one under the other, each under its heading with its own total
  // ("Facture N° JE-26-120 … Total TTC : 73,32 € … Facture N° JE-26-121 … Total TTC : 73,48 €").
  if (parts.size === 0) {
    const sections = invoiceSections(body, order, known);
    if (sections.length >= 2) {
      return sections.map((p) => ({ number: p.number, xml: null, pdfText: null, pdf: null, files: null, segment: p.fields, segmentText: p.text }));
    }
  }
  if (lists) {
    for (const listed of listedInvoices(body, known)) {
      const key = numberKey(listed.number);
      const segment = extractTextFields(listed.segment, order);
      // The body may name a document's number without its series ("A2027/30" for the PDF's "FT A2027/30").
      const part = parts.get(key) ?? [...parts.entries()].find(([k]) => k.endsWith(key) && /^[A-Z]{2,3}$/.test(k.slice(0, k.length - key.length)))?.[1];
      if (part) Object.assign(part, { segment, segmentText: listed.segment });
      else parts.set(key, { number: listed.number, xml: null, pdfText: null, pdf: null, files: null, segment, segmentText: listed.segment });
    }
  }
  // "Invoices PA-26-0273 + FA2026/0274" with one PDF: the other invoice is the one the body gives on a line of its own,
  // with its amount ("Also enclosed invoice FA2026/0274 (bonded stores, same terms), amount €3,957.01.").
  // The attached one is then what the rest of the body says ("… invoice PA-26-0273 dated 8 June 2026 … Amount due: €2,065.67").
  if (parts.size === 1) {
    const [attached] = parts.values();
    let rest = body;
    for (const number of joinedReferences(subject)) {
      const key = numberKey(number);
      if (parts.has(key) || known.has(key)) continue;
      const line = invoiceLineOf(body, number);
      if (!line) continue;
      parts.set(key, { number, xml: null, pdfText: null, pdf: null, files: null, segment: extractTextFields(line, order), segmentText: line });
      rest = rest.replace(line, ' '.repeat(line.length));
    }
    if (parts.size > 1 && attached && !attached.segment) attached.segment = extractTextFields(rest, order);
  }
  // "Factures CF26/0339 et CF-2026-0340" with no document, each given in a passage of the body with its amount.
  if (parts.size === 0) {
    const passages = subjectInvoicePassages(body, subject, known).map((p) => ({ ...p, fields: extractTextFields(p.segment, order) }));
    if (passages.every((p) => p.fields.amount)) {
      for (const p of passages) parts.set(numberKey(p.number), { number: p.number, xml: null, pdfText: null, pdf: null, files: null, segment: p.fields, segmentText: p.segment });
    }
  }
  if (parts.size < 2) return [];
  // One document that holds the others' numbers too (two invoices on one page): its totals are not this part's
  // alone, so what the body lists for it says more.
  const keys = [...parts.keys()];
  for (const [key, part] of parts) {
    if (!part.pdf || !part.segment || !part.pdfText) continue;
    const text = numberKey(part.pdfText);
    if (keys.some((other) => other !== key && text.includes(other))) part.pdf = null;
  }
  return [...parts.values()];
}
