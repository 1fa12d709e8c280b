import type { Attachment, MailMessage } from '../mail/model';
import type { PdfReader } from '../pdf/pdf-reader';
import type { EInvoice } from '../extract/einvoice/model';
import { parseEInvoiceXml } from '../extract/einvoice/parse-einvoice-xml';
import { billedTo } from '../extract/fields/bill-to';
import { eInvoiceFromPdfContent } from '../extract/einvoice/from-pdf';
import { extractTextFields, type Scored, type TextFields } from '../extract/fields/text-fields';
import { guessDateOrder } from '../extract/fields/date-order';
import { dueDateFromTerms, FRENCH_B2B_DEFAULT_DAYS } from '../extract/locale/terms';
import { addDays } from '../calendar/iso-date';
import { findKindCues, hasCue, kindOfTitle, type DocumentKind } from '../detect/document-kind';
import { externalRecipients, isMeAddress, namesCompany, speaksForUs, type Identity } from '../detect/identity';
import { hasReplyPrefix, isForward, stripReplyPrefixes } from '../mail/subject';
import { forwardedFrom } from '../mail/forwarded';
import { stripQuoted } from '../status/strip-quoted';
import { detectLanguage } from '../text/language';
import { numberKey } from '../extract/fields/number-key';
import { boundText, textCutWarning } from '../mail/budget';

/** The facts of one invoice carried by one e-mail, before its thread's status is known. */
export interface InvoiceReading {
  message: MailMessage;
  invoiceNumber: string | null;
  amount: number | null;
  currency: string | null;
  issueDate: string | null;
  dueDate: string | null;
  debtorEmail: string | null;
  debtorName: string | null;
  /** Numbers the message also names (an earlier invoice it refers to, say). */
  otherNumbers: string[];
}

/** Kinds that are never receivables, whatever else the message says. */
const NOT_RECEIVABLE: ReadonlySet<DocumentKind> = new Set(['proforma', 'credit-note', 'quote', 'receipt', 'order', 'statement', 'reminder']);

function isPdf(a: { filename: string | null; mimeType: string }): boolean {
  return /pdf/i.test(a.mimeType) || /\.pdf$/i.test(a.filename ?? '');
}
function isXml(a: { filename: string | null; mimeType: string }): boolean {
  return /xml/i.test(a.mimeType) || /\.xml$/i.test(a.filename ?? '');
}

/** The first document kind the opening of a text announces, ignoring mere reminders and orders. */
function kindOfOpening(text: string): DocumentKind | null {
  const hit = findKindCues(text.slice(0, 600)).find((h) => h.kind !== 'reminder' && h.kind !== 'order' && h.kind !== 'statement');
  return hit?.kind ?? null;
}

interface Sources {
  xml: EInvoice | null;
  pdf: TextFields | null;
  body: TextFields;
  subject: TextFields;
  files: TextFields;
}

const SOURCE_BONUS = { pdf: 8, body: 4, subject: 0, files: -20 } as const;
type TextSource = keyof typeof SOURCE_BONUS;

function best<T>(sources: Sources, pick: (f: TextFields) => Scored<T> | null): T | null {
  let winner: Scored<T> | null = null;
  for (const name of ['pdf', 'body', 'subject', 'files'] as TextSource[]) {
    const fields = sources[name];
    if (!fields) continue;
    const candidate = pick(fields);
    if (!candidate) continue;
    const score = candidate.score + SOURCE_BONUS[name];
    if (!winner || score > winner.score) winner = { value: candidate.value, score };
  }
  return winner?.value ?? null;
}

/** Each other source (body, subject, PDF, file name) that names the same number adds this much, twice at most. */
const AGREEMENT_BONUS = 8;

function pickNumber(sources: Sources, excluded: ReadonlySet<string>): { number: string | null; others: string[] } {
  const all: Scored<string>[] = [];
  const sourcesOf = new Map<string, Set<TextSource>>();
  for (const name of ['pdf', 'body', 'subject', 'files'] as TextSource[]) {
    const fields = sources[name];
    if (!fields) continue;
    for (const n of fields.invoiceNumbers) {
      all.push({ value: n.value, score: n.score + SOURCE_BONUS[name] });
      const key = numberKey(n.value);
      sourcesOf.set(key, (sourcesOf.get(key) ?? new Set()).add(name));
    }
  }
  // A number the e-mail, its subject and its PDF agree on is the invoice's, over one only the PDF's layout gives.
  const agreed = (n: Scored<string>) => n.score + AGREEMENT_BONUS * Math.min(2, sourcesOf.get(numberKey(n.value))!.size - 1);
  const fresh = all.filter((n) => !excluded.has(numberKey(n.value)));
  const pool = fresh.length > 0 ? fresh : all;
  pool.sort((a, b) => agreed(b) - agreed(a));
  const number = sources.xml?.invoiceNumber ?? pool[0]?.value ?? null;
  return { number, others: [...new Set(all.map((n) => n.value).filter((v) => v !== number))] };
}

function bodyEmails(text: string, identity: Identity, skip: ReadonlySet<string>): string[] {
  const found = text.match(EMAIL) ?? [];
  return [...new Set(found.map((e) => e.toLowerCase()))].filter((e) => !identity.isMe(e) && !skip.has(e));
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** A platform's copy to the user names the client it was sent to; internal mail names nobody outside. */
function mentionsOutsideAddress(text: string, identity: Identity): boolean {
  for (const e of text.slice(0, 5000).match(EMAIL) ?? []) if (!identity.isMe(e)) return true;
  return false;
}

/** Any invoice word in the subject, the attachments' names or the opening of the body, or a document attached. */
function mayBeAboutAnInvoice(message: MailMessage): boolean {
  if (message.attachments.some((a) => !a.inline && (isPdf(a) || isXml(a)))) return true;
  return hasCue(`${message.subject}\n${message.text.slice(0, 3000)}`, 'invoice');
}

/**
 * The cheap exits of `readInvoice`, synchronous: false when the message cannot be an invoice to a client
 * (nobody outside the company in it, or no invoice word and no document). Most of a mailbox stops here.
 */
export function mayBeInvoiceMail(message: MailMessage, identity: Identity): boolean {
  if (externalRecipients(message, identity).length === 0) {
    // Mail between the user's own addresses is internal, whatever client it names; only a platform's
    // copy to the user (sent from the platform's address) names the client it went to.
    if (isMeAddress(message.from, identity) || !mentionsOutsideAddress(message.text, identity)) return false;
  }
  return mayBeAboutAnInvoice(message);
}

/**
 * Who wrote what a forward passes on: 'us' (the company's own invoice sent on to the client: the forwarded
 * text is the invoice), 'other' (a supplier's invoice passed on to the accountant: not a receivable), or
 * null when the message is no forward or does not say.
 */
function forwardedAuthor(message: MailMessage, identity: Identity): 'us' | 'other' | null {
  if (!isForward(message.subject, message.text)) return null;
  const author = forwardedFrom(message.text);
  if (!author) return null;
  return identity.isMe(author.address) || namesCompany(author.name, identity) ? 'us' : 'other';
}

/**
 * The PDFs a scan may read from this message: those of a message of ours that may be an invoice. A host
 * whose PDF reader works beside the scan starts them early (`PrefetchingPdfReader`); the scan reads no others.
 */
export function pdfsWorthReading(message: MailMessage, identity: Identity): Attachment[] {
  if (!message.attachments.some((a) => !a.inline && isPdf(a))) return [];
  if (!speaksForUs(message, identity) || !mayBeInvoiceMail(message, identity)) return [];
  return message.attachments.filter((a) => !a.inline && isPdf(a));
}

export interface ReadInvoiceOptions {
  identity: Identity;
  pdfReader?: PdfReader;
  /** Keys (numberKey) of the invoice numbers already known in the thread: a message naming only these is not a new invoice. */
  knownNumbers: ReadonlySet<string>;
  onWarning?: (message: string) => void;
}

/**
 * Reads one message that speaks for the company: is it an invoice sent to a client, and with what facts?
 * Returns null for quotes, pro formas, credit notes, reminders and messages with no invoice in them.
 */
export async function readInvoice(message: MailMessage, opts: ReadInvoiceOptions): Promise<InvoiceReading | null> {
  if (!mayBeInvoiceMail(message, opts.identity)) return null;
  const recipients = externalRecipients(message, opts.identity);
  const subject = stripReplyPrefixes(message.subject);
  const forwarded = forwardedAuthor(message, opts.identity);
  if (forwarded === 'other') return null;
  const body = forwarded === 'us' ? message.text : stripQuoted(message.text);
  const documents = message.attachments.filter((a) => !a.inline && (isPdf(a) || isXml(a)));
  const fileNames = documents.map((a) => a.filename ?? '').join('\n');

  const titleKind = kindOfTitle(subject);
  if (titleKind && NOT_RECEIVABLE.has(titleKind)) return null;
  const fileKind = kindOfTitle(fileNames);
  if (fileKind && NOT_RECEIVABLE.has(fileKind) && titleKind !== 'invoice') return null;
  const bodyKind = kindOfOpening(body);
  if (bodyKind && bodyKind !== 'invoice' && titleKind !== 'invoice' && fileKind !== 'invoice') return null;
  const invoiceCue = titleKind === 'invoice' || fileKind === 'invoice' || bodyKind === 'invoice';
  if (!invoiceCue && documents.length === 0) return null;

  // PDFs are the costly part of a scan: read them only when the e-mail itself does not already say the
  // number, the amount, the invoice date and when it is due. XML attachments are cheap and exact: always read.
  const lang = detectLanguage(`${subject}\n${body}`);
  const mailCurrency = [subject, body].map((t) => /[$]|\bUSD\b/.test(t)).some(Boolean) ? 'USD' : null;
  const mailOrder = guessDateOrder(`${subject}\n${body}`, { lang, currency: mailCurrency });
  const bodyFields = extractTextFields(body, mailOrder);
  const subjectFields = extractTextFields(subject, mailOrder);
  // A reply keeps the subject of what it answers ("Re: Facture FM-88812" acknowledging a supplier's
  // invoice): without a document of its own, its own words must give an invoice's number or amount.
  const isReply = message.inReplyTo !== null || hasReplyPrefix(message.subject);
  if (isReply && documents.length === 0 && bodyFields.invoiceNumbers.length === 0 && !bodyFields.amount) return null;
  const either = <T>(pick: (f: TextFields) => T | null) => pick(bodyFields) ?? pick(subjectFields);
  const mailIsComplete =
    (bodyFields.invoiceNumbers.length > 0 || subjectFields.invoiceNumbers.length > 0) &&
    either((f) => f.amount) !== null &&
    either((f) => f.issueDate) !== null &&
    (either((f) => f.dueDate) !== null || either((f) => f.terms) !== null);
  let xml: EInvoice | null = null;
  let pdfText: string | null = null;
  for (const doc of documents) {
    try {
      if (isPdf(doc) && opts.pdfReader && !mailIsComplete) {
        const content = await opts.pdfReader.read(await doc.loadBytes());
        xml ??= eInvoiceFromPdfContent(content);
        const text = boundText(content.text);
        if (text.cut) opts.onWarning?.(`${message.messageId}: attachment ${doc.filename ?? '(unnamed)'}: ${textCutWarning('text')}`);
        pdfText ??= text.text;
      } else if (isXml(doc)) {
        xml ??= parseEInvoiceXml(await doc.loadBytes());
      }
    } catch (error) {
      opts.onWarning?.(`${message.messageId}: attachment ${doc.filename ?? '(unnamed)'} skipped: ${(error as Error).message}`);
    }
  }
  if (xml && xml.documentKind !== 'invoice' && xml.documentKind !== 'prepayment-invoice' && xml.documentKind !== 'corrected-invoice') return null;
  if (pdfText) {
    const pdfKind = kindOfOpening(pdfText);
    if (!xml && pdfKind && NOT_RECEIVABLE.has(pdfKind) && titleKind !== 'invoice') return null;
  }
  if (!invoiceCue && !xml && !(pdfText && kindOfOpening(pdfText) === 'invoice')) return null;

  // The PDF settles the date order when it has dates the e-mail did not have.
  const order = pdfText ? guessDateOrder(`${subject}\n${body}\n${pdfText}`, { lang, currency: xml?.currency ?? mailCurrency }) : mailOrder;
  const sameOrder = order === mailOrder;
  const sources: Sources = {
    xml,
    pdf: pdfText ? extractTextFields(pdfText, order) : null,
    body: sameOrder ? bodyFields : extractTextFields(body, order),
    subject: sameOrder ? subjectFields : extractTextFields(subject, order),
    files: extractTextFields(documents.map((a) => (a.filename ?? '').replace(/\.(pdf|xml)$/i, '').replace(/_/g, ' ')).join('\n'), order),
  };

  const { number, others } = pickNumber(sources, opts.knownNumbers);
  if (number !== null && opts.knownNumbers.has(numberKey(number))) return null;

  const textAmount = best(sources, (f) => f.amount);
  const amount = xml?.amountDue ?? xml?.grandTotal ?? textAmount?.value ?? null;
  if (number === null && amount === null) return null;
  // Nothing left to pay: paid in advance, or a credit note filed as an invoice (a type-380 CII with a
  // negative total). Not a receivable.
  if (amount !== null && amount <= 0) return null;
  const currency =
    xml?.currency ??
    textAmount?.currency ??
    sources.pdf?.currency ??
    sources.body.currency ??
    sources.subject.currency ??
    null;

  const issueDate = xml?.issueDate ?? best(sources, (f) => f.issueDate) ?? message.calendarDate;
  let dueDate = xml?.dueDate ?? best(sources, (f) => f.dueDate);
  if (dueDate && issueDate && dueDate < issueDate) dueDate = null;
  if (!dueDate && issueDate) {
    const terms = sources.pdf?.terms ?? sources.body.terms ?? sources.subject.terms ?? null;
    dueDate = terms ? dueDateFromTerms(issueDate, terms).primary : addDays(issueDate, FRENCH_B2B_DEFAULT_DAYS);
  }

  const skip = new Set<string>([message.from?.address ?? '', ...message.replyTo.map((a) => a.address)]);
  const debtorEmail = recipients[0]?.address ?? bodyEmails(body, opts.identity, skip)[0] ?? xml?.buyerEmail ?? null;
  if (!debtorEmail) return null;
  const debtorName = xml?.buyerName ?? (pdfText ? billedTo(pdfText) : null) ?? recipients[0]?.name ?? null;

  return {
    message,
    invoiceNumber: number,
    amount,
    currency,
    issueDate,
    dueDate,
    debtorEmail,
    debtorName: debtorName || null,
    otherNumbers: others,
  };
}
