import { unclippedNumber } from './clipped-number';
import { referencesIn } from '../extract/fields/reference-shape';
import { findDates } from '../extract/locale/date';
import { findMoney } from '../extract/locale/amount';
import { fold } from '../text/fold';
import { localCurrencyOf } from '../extract/locale/currency';
import type { Attachment, MailMessage } from '../mail/model';
import type { PdfReader } from '../pdf/pdf-reader';
import type { EInvoice } from '../extract/einvoice/model';
import { billedTo, labelledBuyer } from '../extract/fields/bill-to';
import { dayInYearFrom, extractTextFields, type Scored, type TextFields } from '../extract/fields/text-fields';
import { guessDateOrder, settledDateOrder } from '../extract/fields/date-order';
import { dueDateFromTerms, findPaymentTerms, FRENCH_B2B_DEFAULT_DAYS } from '../extract/locale/terms';
import { addDays, daysBetween } from '../calendar/iso-date';
import { paysTheirInvoice } from '../detect/paid-their-invoice';
import { isSettledCopy } from '../detect/settled-copy';
import { isAuctionSlip } from '../detect/auction-slip';
import { isPassedOnInvoice } from '../detect/passed-on-invoice';
import { withoutMatterNames } from '../detect/matter-name';
import { abbreviatedInvoiceReference, findKindCues, hasCue, isBooksReport, isNumberedMemoire, kindOfOpening, kindOfTitle, namesNumberedInvoice, namesNumberedOrder, namesOrderAsTopic, saysItIsNoInvoice, type DocumentKind } from '../detect/document-kind';
import { copyToUs, externalRecipients, isMeAddress, namesCompany, speaksForUs, type Identity } from '../detect/identity';
import { hasReplyPrefix, isForward, stripReplyPrefixes } from '../mail/subject';
import { forwardedFrom } from '../mail/forwarded';
import { stripQuoted } from '../status/strip-quoted';
import { detectLanguage } from '../text/language';
import { numberKey } from '../extract/fields/number-key';
import { announcesSeveralInvoices, joinedReferences, joinsSeveralInvoices, lineOpeningReference, listsInvoiceLines, listsSubjectSeries } from './listed-invoices';
import { fileNameText, isPdf, isXml, pdfsToRead, readDocuments, XML_INVOICE_KINDS, type DocumentReading } from './read-documents';
import { NO_FIELDS, severalInvoices } from './several-invoices';
import { replacedNumbers } from './superseded-invoice';
import { wordStartRegExp } from '../text/word-start-regexp';

/** The facts of one invoice carried by one e-mail, before its thread's status is known. */
export interface InvoiceReading {
  message: MailMessage;
  invoiceNumber: string | null;
  amount: number | null;
  currency: string | null;
  issueDate: string | null;
  dueDate: string | null;
  /** The due date is printed or follows from stated terms; false when it is the legal default. */
  dueDateStated: boolean;
  debtorEmail: string | null;
  debtorName: string | null;
  /** Numbers the message also names (an earlier invoice it refers to, say). */
  otherNumbers: string[];
  /** The document is a deposit invoice (its title or its e-invoice type says so): "deposit paid" then settles it. */
  depositInvoice?: boolean;
  /** No currency was written (a PDF's "¥" came out as "?"): it was inferred (a French firm's euro), a reminder may say better. */
  currencyInferred?: boolean;
  /** Numbers of earlier invoices this one says it replaces (« annule et remplace LM-2026-073 »). */
  replaces?: string[];
}

/** A document filed as a deposit invoice ("Acompte_FA-2026-0402.pdf", "Anzahlungsrechnung_RE-17.pdf"): its PDF is not always read. */
const DEPOSIT_FILE = /(?:^|\n)(?:facture[ _-]+d'?)?(?:acompte|deposit|anzahlung|abschlag|anticipo|acconto|voorschot|aanbetaling)(?:s?rechnung|factuur|[ _-]+invoice)?(?![a-z])/;

/** Kinds that are never receivables, whatever else the message says. */
const NOT_RECEIVABLE: ReadonlySet<DocumentKind> = new Set(['proforma', 'credit-note', 'quote', 'receipt', 'order', 'statement', 'duplicate', 'reminder']);

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
/** How much weaker than the best-read number a number new to the thread may be and still be the invoice's. */
const FRESH_MARGIN = 20;

/**
 * Whether a number names an invoice already known in the thread: the same key, its sequence alone ("Fatura
 * n.º 44" for FT 2026A/44: the known key ends with it, after a letter), or the same letters and figures with a
 * few more letters before them (« FA-MBN-2026-0398 » in the subject of a copy of MBN-2026-0398, or the other way round).
 */
function isKnownNumber(number: string, known: ReadonlySet<string>): boolean {
  const key = numberKey(number);
  if (known.has(key)) return true;
  const digitsOnly = /^\d+$/.test(key);
  for (const k of known) {
    if (digitsOnly) {
      if (k.length > key.length && k.endsWith(key) && /[A-Z]/.test(k[k.length - key.length - 1]!)) return true;
    } else if (lettersBefore(k, key) || lettersBefore(key, k)) return true;
  }
  return false;
}

/** The longer key is the shorter (letters, then figures) with one to four letters before it: "FAMBN20260398" and "MBN20260398". */
function lettersBefore(longer: string, shorter: string): boolean {
  return longer.length > shorter.length && longer.length - shorter.length <= 4 && /^[A-Z]/.test(shorter) && /\d/.test(shorter) && longer.endsWith(shorter) && /^[A-Z]+$/.test(longer.slice(0, longer.length - shorter.length));
}

/** A number only the PDF gives, clipped at the page's edge (see unclippedNumber), read in full from the subject or file name. */
function clippedInPdf(picked: string | null, all: readonly Scored<string>[], sourcesOf: ReadonlyMap<string, ReadonlySet<TextSource>>): string | null {
  const from = picked === null ? undefined : sourcesOf.get(numberKey(picked));
  if (picked === null || !from || from.size !== 1 || !from.has('pdf')) return picked;
  const fuller = all.filter((n) => {
    const seen = sourcesOf.get(numberKey(n.value));
    return !!seen && (seen.has('subject') || seen.has('files'));
  });
  return unclippedNumber(picked, fuller.map((n) => n.value));
}

function pickNumber(sources: Sources, excluded: ReadonlySet<string>): { number: string | null; others: string[] } {
  const all: Scored<string>[] = [];
  const sourcesOf = new Map<string, Set<TextSource>>();
  const fileNumbers = new Set(sources.files?.invoiceNumbers.map((n) => n.value) ?? []);
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
  // A number not yet known in the thread is a new invoice's, unless it is far weaker than a known one (a postcode
  // or a reference read beside a re-sent invoice's own number).
  all.sort((a, b) => agreed(b) - agreed(a));
  const top = all[0] ? agreed(all[0]) : 0;
  const fresh = all.filter((n) => !isKnownNumber(n.value, excluded) && agreed(n) >= top - FRESH_MARGIN);
  const pool = fresh.length > 0 ? fresh : all;
  const picked = clippedInPdf(pool[0]?.value ?? null, all, sourcesOf);
  // A file name cannot hold a slash ("facture_ACP-26-12.pdf"): the same number as a text writes it is spelt as written.
  const written = picked !== null && fileNumbers.has(picked) ? all.find((n) => !fileNumbers.has(n.value) && numberKey(n.value) === numberKey(picked))?.value : undefined;
  const number = sources.xml?.invoiceNumber ?? written ?? picked;
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
  const head = `${message.subject}\n${message.text.slice(0, 3000)}`;
  return (
    hasCue(head, 'invoice') ||
    subjectIsTheInvoice(message.subject, message.text) ||
    isNumberedMemoire(message.subject) ||
    (hasCue(head, 'statement') && statementBillsItself(message.subject, message.text.slice(0, 1500))) ||
    isAuctionSlip(message.subject, message.text)
  );
}

/**
 * A subject made of a reference and an amount that the body points to ("As promised, see subject line." under
 * "NQ2604-104 | GBP 4,440.60 | Ancoats Coffee"), that says it is to be paid ("LEM8964 : 1.306,26 € à régler"), or whose
 * body gives the payment terms, is the invoice.
 */
function subjectIsTheInvoice(subject: string, body: string): boolean {
  if (!/\d/.test(subject) || referencesIn(subject).length === 0 || findMoney(subject).length === 0) return false;
  // ("AZ-2026-0444 – €16,740.00 – due 13 Sep 2026": a reference, its sum and its due date make an invoice's title)
  const pointed = SEE_SUBJECT.test(body.slice(0, 600)) || TO_PAY.test(subject) || DUE_IN_TITLE.test(fold(subject));
  // "VA-26-01383 : 1 284,75 € (autopsie)" over "Conditions : 15 jours net": a sum with its payment terms is billed;
  // "FA26-10473 / 8 724,52 €" over a bare "Cordialement": the subject says it all.
  return pointed || isBareBody(body) || findPaymentTerms(body.slice(0, 1500)) !== null;
}
/** A greeting or a sign-off line: what a body says before it counts, not the signature after it. */
const SIGN_OFF = /^\s*(?:--|cordialement|bien\s+(?:a\s+vous|cordialement)|bonne\s+(?:journee|soiree)|merci|regards|best|kind\s+regards|thanks|cheers|mit\s+freundlichen|viele\s+gr|saludos|un\s+saludo|cordiali\s+saluti|met\s+vriendelijke|groeten|cumprimentos|atenciosamente|envoye\s+de\s+mon)/i;
const GREETING = /^(?:bonjour|bonsoir|hello|hi|dear|madame|monsieur|hallo|guten|tag|buongiorno|hola|buenos|dias|ola|beste|goedemorgen)$/;
/**
 * A body that says nothing of its own before its sign-off ("Cordialement\nOdile Kieffer", "Bonjour,\n\nCordialement"):
 * the subject is the message.
 */
function isBareBody(body: string): boolean {
  const lines = body.slice(0, 1500).split('\n');
  const end = lines.findIndex((l) => SIGN_OFF.test(fold(l)));
  const words = fold((end < 0 ? lines : lines.slice(0, end)).join(' ')).match(/[a-z0-9]+/g) ?? [];
  return words.filter((w) => !GREETING.test(w)).length <= 1 && (end >= 0 || body.trim().length < 40);
}
/** A due word before a date in a title: "due 13 Sep 2026", "fällig 18.07.2026", "vence 28/10/2026", "λήξη 01/10/2026". */
const DUE_IN_TITLE = wordStartRegExp(String.raw`(?<![\p{L}])(?:due|fallig|faellig|zahlbar|payable|echeance|vence|vencimiento|vencimento|scadenza|scade|ληξη|vervaldag|vervalt|splatnost|termin)(?:\s+(?:on|by|le|am|el|il|op))?\s*:?\s*\d{1,4}[./ -]`, 'u');
const TO_PAY = /(?<![a-z])(?:à|a)\s+(?:régler|regler|payer)(?![a-z])|(?<![a-z])(?:to\s+pay|payable|amount\s+due|zu\s+zahlen|da\s+pagare|a\s+pagar|te\s+betalen)(?![a-z])/i;

/** "La facture suivra en fin de mois", "invoice to follow": a mail that names the invoice still to come sends none. */
// ("Please confirm the figures and we will issue the invoice", "la facture sera émise après livraison")
const INVOICE_TO_FOLLOW =
  /(?:facture|invoice|rechnung|factura|fattura|factuur)\s+(?:suivra|vous\s+sera\s+(?:envoyee|adressee|transmise)|sera\s+(?:emise|etablie|envoyee)|will\s+(?:follow|be\s+(?:issued|sent|raised))|to\s+follow|follows\s+separately|folgt|seguira|seguir[aà]|(?:verra|sara)\s+emessa)(?![a-z])|(?:will|shall)\s+(?:then\s+)?(?:issue|send|raise)\s+(?:you\s+)?(?:the|our|an|your)\s+(?:final\s+)?invoice|(?:emettrons|enverrons|etablirons)\s+(?:ensuite\s+)?(?:la|votre|notre)\s+facture/;

/**
 * A message's own words, without what it quotes or its signature; but a new e-mail whose invoice is written below the
 * sender's signature (« -- » then « FACTURE No RLS-2026-0447 … échéance le 18/12/2026 ») keeps it.
 */
function ownText(message: MailMessage): string {
  const cut = stripQuoted(message.text);
  if (message.inReplyTo !== null || hasReplyPrefix(message.subject)) return cut;
  const whole = stripQuoted(message.text, { keepSignature: true });
  return whole.length > cut.length && namesNumberedInvoice(whole.slice(cut.length)) ? whole : cut;
}

/**
 * Three lines or more that each open on an invoice's reference (a list of invoices, not one), or three references or more
 * in a sentence: « factures émises en novembre AC-2026-101 (1 236,00 €), AC-2026-104 (…) et AC-2026-108 (345,00 €) ».
 */
function listsInvoices(body: string): boolean {
  if ((body.slice(0, 5000).match(/^[ \t]*[A-Z]{1,6}[-/_.]?\d{2,4}[-/_.]\d{2,6}[ \t]/gm) ?? []).length >= 3) return true;
  return new Set(referencesIn(body.slice(0, 3000)).filter((r) => /[a-z]/i.test(r) && /\d{2}/.test(r))).size >= 3;
}

/**
 * The cheap exits of `readInvoice`, synchronous: false when the message cannot be an invoice to a client
 * (nobody outside the company in it, or no invoice word and no document). Most of a mailbox stops here.
 */
export function mayBeInvoiceMail(message: MailMessage, identity: Identity): boolean {
  let answers = invoiceMailAnswers.get(identity);
  if (!answers) invoiceMailAnswers.set(identity, (answers = new WeakMap()));
  let answer = answers.get(message);
  if (answer === undefined) answers.set(message, (answer = mayBeInvoiceMailNow(message, identity)));
  return answer;
}

/**
 * mayBeInvoiceMail's answers by identity and message: a scan asks for each message of ours when it picks the
 * threads to read, then again when it reads the message (14,290 calls on the bench mailbox). Messages are never
 * changed once parsed.
 */
const invoiceMailAnswers = new WeakMap<Identity, WeakMap<MailMessage, boolean>>();

function mayBeInvoiceMailNow(message: MailMessage, identity: Identity): boolean {
  if (externalRecipients(message, identity).length === 0 && copyToUs(message, identity) === null) {
    // Mail between the user's own addresses is internal, whatever client it names; only a copy to the
    // user (from a platform, or announcing the invoice went to a client) names the client it went to.
    if (isMeAddress(message.from, identity) || !mentionsOutsideAddress(message.text, identity)) return false;
  }
  return mayBeAboutAnInvoice(message);
}

/** A platform's copy of what it sent, below a header naming the company as its sender: « ----- Message envoyé -----⏎De : Spectacles Lumière Lyon ». */
const SENT_COPY_HEADER = /^[ \t]*-{2,}[ \t]*(?:message[ \t]+envoy[ée]|sent[ \t]+message|message[ \t]+sent)[ \t]*-{2,}[ \t]*\n[ \t]*(?:de|from)[ \t]*:[ \t]*([^\n<]+?)[ \t]*$/im;

function isSentCopyOfOurs(message: MailMessage, identity: Identity): boolean {
  const m = SENT_COPY_HEADER.exec(message.text.slice(0, 6000));
  return !!m && namesCompany(m[1]!, identity);
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
 * The PDFs a scan will read from this message: those of a message of ours that may be an invoice, unless its e-mail
 * already says all a lone PDF would (see readDocuments). A host whose PDF reader works beside the scan starts them
 * early (`PrefetchingPdfReader`); the scan reads no others.
 */
export function pdfsWorthReading(message: MailMessage, identity: Identity): Attachment[] {
  if (!message.attachments.some((a) => !a.inline && isPdf(a))) return [];
  if (!speaksForUs(message, identity)) return [];
  const mail = mailReadingOf(message, identity);
  return mail ? pdfsToRead(mail.documents, mail.mailIsComplete) : [];
}

/** Whether the body names one of the subject's references as an invoice: « Facture F2026-0419 », "Invoice No. F2026-0419". */
function callsItsReferenceAnInvoice(subject: string, body: string): boolean {
  const folded = fold(body);
  return referencesIn(subject).some((ref) => {
    const at = folded.indexOf(fold(ref));
    // (and a qualifier between: « Facture récapitulative n° FN-2026-0488 »)
    return at > 0 && /(?:facture|invoice|rechnung|factura|fattura|factuur|fatura)(?:\s+[a-z]{3,15})?\s+(?:(?:n[°o]|nr|no)\.?\s*)?$/.test(folded.slice(Math.max(0, at - 40), at));
  });
}

/** A tax line with its figure (« TVA 5,5 % : 66,97 € », "VAT 20%: …", « MwSt. »), and a total with tax. */
/** A reference named as the invoice: « facture 2026-0842 », « Facture n° F-12 », "invoice no. 1042". */
const INVOICE_NAMED = /(?<![\p{L}])(?:facture|invoice|rechnung|factura|fattura|factuur)\s+(?:n[°o]\.?\s*|nr\.?\s*|no\.?\s*)?([A-Za-z]{0,6}[-/_.]?\d[\w/.-]*\d)/iu;
const TAX_LINE = /(?<![a-z])(?:tva|vat|mwst|ust|iva|btw)(?![a-z])[^\n]{0,40}\d/;
const TOTAL_WITH_TAX = /(?<![a-z])(?:ttc|tvac|net\s+a\s+payer|incl(?:\.|uding)?\s+vat|brutto|iva\s+incluida|ivato)(?![a-z])/;

/**
 * Whether a statement bills itself: its subject's reference is in its body, which states a tax (unless it names the
 * reference an invoice) and a total with tax, and
 * no line of it lists another reference with an amount (as a statement of account lists the invoices it sums).
 */
function statementBillsItself(subject: string, body: string): boolean {
  // (its reference in its subject, or named as the invoice in its body: « Ton relevé du mois d'août, facture 2026-0842 du 31/08/2026 : »)
  const named = INVOICE_NAMED.exec(body)?.[1];
  const own = [...referencesIn(subject).filter((ref) => body.includes(ref)), ...(named ? [named] : [])];
  if (own.length === 0) return false;
  const folded = fold(body);
  // (a body naming its invoice needs no tax line: « Facture n° FA-2026-0412, datée du 31 octobre 2026 … Total à régler : 1 842,60 € TTC »)
  if ((!named && !TAX_LINE.test(folded)) || !TOTAL_WITH_TAX.test(folded)) return false;
  // (a day and month without a year, « - 05/08 visite … : 95,00 € HT », dates a line of it)
  return body.split('\n', 60).every((line) => findMoney(line).length === 0 || referencesIn(line).every((ref) => own.includes(ref) || /^\d{1,2}[./-]\d{1,2}$/.test(ref)));
}

/** The kind a line opening on a title and then `reference` gives it (« AVOIR N° AV-2026-004 », « DEVIS D-12 »), if any. */
function titleKindOfReference(body: string, reference: string): DocumentKind | null {
  let from = 0;
  // (its first few mentions only: a body repeating the reference thousands of times stays linear)
  for (let i = 0; i < 5; i++) {
    const at = body.indexOf(reference, from);
    if (at < 0) return null;
    from = at + reference.length;
    const head = body.slice(Math.max(0, body.lastIndexOf('\n', at - 1) + 1, at - 40), at);
    if (TITLE_BEFORE_REFERENCE.test(head)) return kindOfTitle(head);
  }
  return null;
}
/** A line's opening title before its reference: « AVOIR N° », « Credit note No. », « DEVIS ». */
const TITLE_BEFORE_REFERENCE = /^[ \t]*(?:[\p{L}'’]+[ \t]+){0,2}[\p{L}'’]{3,}(?:[ \t]+(?:n[°º]|no\.?|nr\.?|#))?[ \t]*:?[ \t]*$/iu;

/** The books' words: a doubtful debt, the month's invoices passed on, entries to post, a write-off (« créance douteuse », « Je vous transmets le relevé des factures d'octobre », « pour la saisie », « Pour la clôture de novembre : factures émises LSL-2026-0466 à LSL-2026-0503 », "bad debt"). */
const BOOKKEEPING = /(?<![a-z])(?:creances?\s+douteuses?|(?:je\s+(?:vous|te)\s+(?:transmets|envoie|fais\s+suivre)|ci-joint|voici)\s+(?:(?:le\s+releve|la\s+liste)\s+des\s+factures\s+(?:emises\s+)?|(?:les|mes|nos)\s+factures\s+emises\s+)(?:du\s+mois\s+|en\s+)?(?:de\s+|d')?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|(?:factures?|pieces?)\s+(?:\S+\s+){0,4}?pour\s+la\s+saisie|pour\s+la\s+cloture\s+(?:de\s+|d'|du\s+mois\s+(?:de\s+|d')?)?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|l'exercice|l'annee)|factures\s+(?:emises\s+)?(?:n[°o]s?\s*)?[a-z]{0,6}[-_/.]?\d[\w\-/.]*\s+a\s+[a-z]{0,6}[-_/.]?\d|passer\s+en\s+perte|doubtful\s+debts?|bad\s+debts?\s+provision|write\s+(?:it\s+)?off\s+as\s+a\s+bad\s+debt|zweifelhafte\s+forderung\w*|dubbieze\s+debiteur\w*)(?![a-z])/;
// (or settled: « Facture d'acompte FA-2026-012 – réglée, merci », our word that its payment came)
/** An invoice's state in a subject: « contestée », « en litige », « bloquée », "disputed", « bestritten ». */
const INVOICE_STATE_IN_TITLE = /(?<![a-z])(?:contestee|en\s+litige|bloquee|disputed|in\s+dispute|bestritten|contestata|impugnada|reglee|payee|soldee|acquittee|paid(?!\s+(?:by|on|before|within))|settled|bezahlt|beglichen|pagada|pagata|betaald)(?![a-z])/;

export interface ReadInvoiceOptions {
  identity: Identity;
  pdfReader?: PdfReader;
  /** Keys (numberKey) of the invoice numbers already known in the thread: a message naming only these is not a new invoice. */
  knownNumbers: ReadonlySet<string>;
  onWarning?: (message: string) => void;
  /**
   * Who answers the message in its thread (people outside the company, first to answer first): a platform's copy
   * to the user that names its client without an address ("Copie de votre facture F-12 envoyée à Mairie de X")
   * takes the address of the client who answers it. Asked only then: most messages never need it.
   */
  answeredBy?: () => readonly string[];
}

/** "Facture en objet", "invoice as per subject", "siehe Betreff": the body sends the reader to the subject. */
const SEE_SUBJECT = /(?:factures?|invoices?|rechnung|fattura|factura)\s+(?:en|in|dans\s+l'|as\s+per(?:\s+the)?|per|im|nel(?:l')?|en\s+el)\s*(?:objet|subject|betreff|oggetto|asunto)|(?:voir|see|siehe|vedi|ver|as\s+per|per|zie|cf\.?)\s*(?:l'|the\s+)?(?:objet|subject|betreff|oggetto|asunto|onderwerp)|(?:details|amount|figures)\s+(?:above|in\s+the\s+subject)/i;
/** A subject that only the body names as the invoice ("see subject", terms): its first reference is the invoice's number. */
function withSubjectReference(fields: TextFields, subject: string, body: string, subjectNamesInvoice: boolean): TextFields {
  if (fields.invoiceNumbers.length > 0 || !(subjectNamesInvoice || SEE_SUBJECT.test(body.slice(0, 600)))) return fields;
  // (an abbreviated invoice word gives the reference with its series: "Fact. FAC 26/1282" → "FAC 26/1282")
  const reference = abbreviatedInvoiceReference(subject) ?? referencesIn(subject)[0];
  return reference ? { ...fields, invoiceNumbers: [{ value: reference, score: 60 }] } : fields;
}

/**
 * "Facturation commande - INV-HDF-5796" over "Voici la facture … Total à régler : 10 862,40 €": a body that sends the
 * invoice with its labelled total and names no number leaves the subject's one reference as the number.
 */
function subjectReferenceOfBodyInvoice(subject: string, bodyKind: DocumentKind | null, body: TextFields): string | null {
  if (bodyKind !== 'invoice' || !body.amount || body.amount.score < LABELLED_AMOUNT_SCORE) return null;
  const refs = referencesIn(subject);
  return refs.length === 1 ? refs[0]! : null;
}

/** A count of invoices: "14 factures", "12 invoices", "8 Rechnungen" — a summary of several, not one. */
const COUNTED_INVOICES = /(?<![\d,.])(?:[2-9]|\d{2,4})\s+(?:factures|invoices|rechnungen|facturas|fatture|facturen|faturas)(?![a-z])/;

/** An amount's score when a label named it (a total, the amount due); unlabelled amounts score less. */
const LABELLED_AMOUNT_SCORE = 60;

/** What one invoice of the e-mail is read from, and the e-mail's own words to fall back on. */
interface InvoiceSources extends Sources {
  /** Texts about the whole e-mail (several invoices: the body and subject), for dates and terms only. */
  shared: TextFields[];
}

interface Facts {
  amount: number | null;
  currency: string | null;
  issueDate: string | null;
  dueDate: string | null;
  dueDateStated: boolean;
}

/** "2026-08-07" read the other way round ("2026-07-08"), when both readings are dates; else null. */
function swappedDayAndMonth(iso: string): string | null {
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) ?? [];
  return y && m !== d && Number(d) <= 12 ? `${y}-${d}-${m}` : null;
}

/**
 * An issue date read in the wrong order, told by the day the e-mail went out: "Invoice date: 11/02/2026" in the US part of a
 * French platform's mail sent on 2 November is not 11 February (months before it), nor is "11/12/2026" sent on 12 November
 * 11 December (after it), when the other reading is within a week before the sending.
 */
function sentOrderOf(issue: string | null, stated: string | null, sent: string | null): string | null {
  const swapped = issue ? swappedDayAndMonth(issue) : null;
  if (stated || !sent || !swapped || swapped > sent || daysBetween(swapped, sent) > 7) return issue;
  return issue! > sent || daysBetween(issue!, sent) > 60 ? swapped : issue;
}

function factsOf(sources: InvoiceSources, message: MailMessage): Facts {
  const { xml } = sources;
  const textAmount = best(sources, (f) => f.amount);
  const amount = xml?.amountDue ?? xml?.grandTotal ?? textAmount?.value ?? null;
  const currency =
    xml?.currency ??
    textAmount?.currency ??
    sources.pdf?.currency ??
    sources.body.currency ??
    sources.subject.currency ??
    sources.shared.find((f) => f.currency)?.currency ??
    null;
  const fromShared = <T>(pick: (f: TextFields) => Scored<T> | null): T | null =>
    sources.shared.map((f) => pick(f)?.value ?? null).find((v) => v !== null) ?? null;
  const issueDate = sentOrderOf(xml?.issueDate ?? best(sources, (f) => f.issueDate) ?? fromShared((f) => f.issueDate) ?? message.calendarDate, xml?.issueDate ?? null, message.calendarDate);
  // One invoice among several: its own terms ("TL26-0414 …: due on receipt") say more than a due date the
  // e-mail gives for all, or for another ("Invoice TL26-0412 – due 31/08/2026" in the subject).
  const ownTerms = sources.pdf?.terms ?? sources.body.terms ?? sources.subject.terms ?? null;
  let dueDate = xml?.dueDate ?? best(sources, (f) => f.dueDate) ?? (ownTerms ? null : fromShared((f) => f.dueDate));
  if (dueDate && issueDate && dueDate < issueDate) dueDate = null;
  let dueDateStated = dueDate !== null;
  const terms = ownTerms ?? sources.shared.find((f) => f.terms)?.terms ?? null;
  // "due on 07/08/2026" with "Payment within 45 days" of 24 May: the terms tell which order the writer's
  // numbers are in, when the date read the other way round is the very day they give.
  if (dueDate && !xml?.dueDate && issueDate && terms) {
    const swapped = swappedDayAndMonth(dueDate);
    if (swapped && swapped === dueDateFromTerms(issueDate, terms).primary) dueDate = swapped;
  }
  // "Échéance : 06/07/2026" on the PDF, "latest payment date July 6, 2026" in the e-mail: the date written with its
  // month's name, read the other way round, settles the order.
  if (dueDate && !xml?.dueDate) {
    const swapped = swappedDayAndMonth(dueDate);
    const others = [sources.pdf, sources.body, sources.subject, ...sources.shared].map((f) => f?.dueDate?.value ?? null);
    if (swapped && others.includes(swapped) && findDates(`${message.subject}\n${message.text}`).some((d) => d.iso === swapped && /\p{L}/u.test(d.raw))) dueDate = swapped;
  }
  // « à régler au plus tard le 14 novembre » in an e-mail that dates no invoice: that day, after the e-mail's.
  const dueDayAndMonth = sources.pdf?.dueDayAndMonth ?? sources.body.dueDayAndMonth ?? sources.subject.dueDayAndMonth;
  const dated = !dueDate && issueDate && dueDayAndMonth ? dayInYearFrom(issueDate, dueDayAndMonth.day, dueDayAndMonth.month) : null;
  if (dated) {
    dueDate = dated;
    dueDateStated = true;
  }
  if (!dueDate && issueDate) {
    dueDate = terms ? dueDateFromTerms(issueDate, terms).primary : addDays(issueDate, FRENCH_B2B_DEFAULT_DAYS);
    dueDateStated = terms !== null;
  }
  return { amount, currency, issueDate, dueDate, dueDateStated };
}

/**
 * The first part of reading a message that speaks for the company: what its e-mail says, before any of its documents
 * is read, and whether that says all an invoice needs (then a lone PDF is not read, see readDocuments); null when the
 * e-mail already shows it carries no invoice.
 */
function readMail(message: MailMessage, identity: Identity) {
  if (!mayBeInvoiceMail(message, identity)) return null;
  const recipients = externalRecipients(message, identity);
  const subject = stripReplyPrefixes(message.subject);
  const forwarded = forwardedAuthor(message, identity);
  if (forwarded === 'other') return null;
  // (a platform's copy of the invoice it sent for us, below its header: « ----- Message envoyé -----⏎De : Spectacles Lumière Lyon »)
  const body = forwarded === 'us' || isSentCopyOfOurs(message, identity) ? message.text : ownText(message);
  // Another firm's invoice passed on to be paid to that firm is no receivable of ours.
  if (isPassedOnInvoice(body)) return null;
  const documents = message.attachments.filter((a) => !a.inline && (isPdf(a) || isXml(a)));
  const fileNames = documents.map((a) => a.filename ?? '').join('\n');
  // "Fwd: FT 2026A/43" — "Reencaminho a fatura para a contabilidade", with nothing forwarded under it (no document,
  // no message): a note about the invoice, not a sending of it.
  if (documents.length === 0 && isForward(message.subject, '') && forwardedFrom(message.text) === null) return null;
  // The user telling a supplier its invoice is paid (and sending no invoice): money out, not a receivable.
  if (documents.length === 0 && paysTheirInvoice(body)) return null;
  // A copy of an invoice already paid, « aucun paiement n'est attendu »: sent for the record, not for payment.
  if (isSettledCopy(body)) return null;

  const titleKind = kindOfTitle(withoutMatterNames(subject, body));
  // A subject saying what became of the invoice (« Facture Garnier FA-2026-0331 contestée », "Invoice INV-12 disputed"), with no
  // document: a note about it (to the accountant, a colleague), not a sending of it.
  if (documents.length === 0 && INVOICE_STATE_IN_TITLE.test(fold(subject))) return null;
  const anInvoiceFile = documents.some((a) => kindOfTitle(a.filename ?? '') === 'invoice');
  // "Avoir AV-012 et facture OL-0165" with both documents: the credit note cancels an earlier invoice and the
  // new invoice replaces it. A numbered invoice in the title and an invoice's file make the e-mail an invoice too.
  // So does a monthly statement sent with the invoices it lists, each in its file ("Relevé mensuel de facturation – août"
  // over « le relevé … ainsi que les factures correspondantes », Facture_APR263423.pdf): those invoices are sent there.
  const bodyNamesInvoice = namesNumberedInvoice(body.slice(0, 600));
  // A reply keeps its thread's subject: « Re: Proforma PF-2026-043 » sending « la facture d'acompte : Facture n° DG-2026-0119 »
  // with its file sends that invoice.
  const carriesNewInvoice = anInvoiceFile && (namesNumberedInvoice(subject) || titleKind === 'statement' || (bodyNamesInvoice && hasReplyPrefix(message.subject)));
  const bodyKind = kindOfOpening(body);
  // "Votre commande du 08/05/2026" over "je vous joins la facture relative à votre commande": the order is what
  // the invoice bills. The invoice must then be named by its number, or be the attached document itself.
  // So is an order named by its number when the body sends a numbered invoice for it ("Commande Bon de commande n° BC62122 -
  // facturation" over "je vous adresse notre facture n° FAC000335").
  const orderTopic = titleKind === 'order' && bodyKind === 'invoice' && (namesOrderAsTopic(subject) || (bodyNamesInvoice && namesNumberedOrder(subject)));
  if (orderTopic && !bodyNamesInvoice && documents.length === 0) return null;
  // A statement's own document says what it is: a dental lab's « Relevé mensuel juin 2026 (R2026-438) » attaches
  // « FACTURE N° R2026-438 » (read below: an invoice only if the document calls itself one).
  const statementWithDocument = titleKind === 'statement' && documents.length > 0 && !hasReplyPrefix(message.subject);
  // … or its body, when it calls the statement's own reference an invoice: « Relevé mensuel septembre 2026 - F2026-0419 » over
  // « Facture F2026-0419 - date de facture : 30/09/2026 … Total TTC 935,40 € » (a monthly invoice sent as a statement).
  // (or bills like one: « Relevé n° BPT-2026-0412 … Total HT … TVA 5,5 % … Total TTC : 1 284,60 € … Prélèvement SEPA le 15/11 »,
  // a bakery's monthly statement of deliveries, with its own tax and no invoice of its own listed)
  // (titled so, or when the title says nothing, opening so: « Relevé octobre – BPT-2026-0412 » over « Voici ton relevé mensuel d'octobre »)
  const statementIsTheInvoice = (titleKind === 'statement' || (!titleKind && !bodyKind && kindOfOpening(body, { statements: true }) === 'statement')) && documents.length === 0 && !hasReplyPrefix(message.subject) && (callsItsReferenceAnInvoice(subject, body.slice(0, 1500)) || statementBillsItself(subject, body.slice(0, 1500)));
  if (titleKind && NOT_RECEIVABLE.has(titleKind) && !carriesNewInvoice && !orderTopic && !statementWithDocument && !statementIsTheInvoice) return null;
  // A reply keeps the subject of the invoice it answers: "RE : Facture F2027-0037" carrying our avoir is the avoir.
  const titleSaysInvoice = titleKind === 'invoice' && !hasReplyPrefix(message.subject);
  const fileKind = kindOfTitle(fileNames);
  if (fileKind && NOT_RECEIVABLE.has(fileKind) && !titleSaysInvoice && !anInvoiceFile) return null;
  // (a reply keeps its invoice's title: under « RE: Facture FC-2026-0301 », « Je vous propose un avoir AV-2026-018 de 186,40 € » is the
  // credit note it offers)
  const titleOverridesBody = titleKind === 'invoice' && !(bodyKind === 'credit-note' && hasReplyPrefix(message.subject));
  if (bodyKind && bodyKind !== 'invoice' && !titleOverridesBody && fileKind !== 'invoice' && !carriesNewInvoice && !statementIsTheInvoice) return null;
  // A document that says it is no invoice ("Commission statement SS27 … This is not an invoice", "Non è una fattura: la
  // fattura seguirà") sends none, whatever invoice it announces.
  if (!titleSaysInvoice && !bodyNamesInvoice && saysItIsNoInvoice(body)) return null;
  // "Ci-joint le bon de livraison signé. La facture suivra en fin de mois.": the body's invoice word is the one to come.
  const bodyNamesInvoiceToCome = bodyKind === 'invoice' && INVOICE_TO_FOLLOW.test(fold(body.slice(0, 1500)));
  const subjectNamesInvoice = subjectIsTheInvoice(subject, body);
  // (an auction house's slip to a buyer, « Bordereau d'adjudication », is its invoice, though it names none)
  const auctionSlip = !titleKind && !bodyKind && !fileKind && isAuctionSlip(subject, body);
  const invoiceCue = titleKind === 'invoice' || fileKind === 'invoice' || (bodyKind === 'invoice' && !bodyNamesInvoiceToCome) || carriesNewInvoice || subjectNamesInvoice || statementIsTheInvoice || auctionSlip;
  if (!invoiceCue && documents.length === 0) return null;

  const lang = detectLanguage(`${subject}\n${body}`);
  const mailCurrency = [subject, body].map((t) => /[$]|\bUSD\b/.test(t)).some(Boolean) ? 'USD' : null;
  // (the client's domain: a writer addresses its reader's calendar)
  const reader = message.to[0]?.address.split('@')[1] ?? null;
  const mailOrder = guessDateOrder(`${subject}\n${body}`, { lang, currency: mailCurrency, sentOn: message.calendarDate, reader });
  const bodyFields = extractTextFields(body, mailOrder);
  const subjectFields = withSubjectReference(extractTextFields(subject, mailOrder), subject, body, subjectNamesInvoice);
  // A reply keeps the subject of what it answers ("Re: Facture FM-88812" acknowledging a supplier's
  // invoice): without a document of its own, its own words must give an invoice's number or amount.
  const isReply = message.inReplyTo !== null || hasReplyPrefix(message.subject);
  if (isReply && documents.length === 0 && bodyFields.invoiceNumbers.length === 0 && !bodyFields.amount) return null;
  // A forward with no document and no invoice number passes a summary on ("TR: factures décembre pour la compta":
  // "12 factures, 9 840 € TTC"), it sends no invoice.
  if (isForward(message.subject, message.text) && documents.length === 0 && bodyFields.invoiceNumbers.length === 0 && subjectFields.invoiceNumbers.length === 0) return null;
  // A question about an invoice, with no document and no amount ("pour la facture LB-2026-301 vers le Japon, je mets
  // bien « exonération TVA » ?"), sends none.
  if (documents.length === 0 && !bodyFields.amount && !subjectFields.amount && body.slice(0, 400).includes('?')) return null;
  // So does a note on the books, with no document: « Je te transmets les factures de novembre pour la saisie. Pour la F-2026-0398
  // (SCI Rivesaltes, 2 940 €), toujours impayée : on la passe en créance douteuse à la clôture ? » (to the accountant).
  if (documents.length === 0 && BOOKKEEPING.test(fold(body.slice(0, 1500)))) return null;
  // So does a count of invoices with no document and no number ("14 factures, total 9 870,20 € TTC" for the accountant).
  if (documents.length === 0 && bodyFields.invoiceNumbers.length === 0 && subjectFields.invoiceNumbers.length === 0 && COUNTED_INVOICES.test(fold(body.slice(0, 3000)))) return null;
  const either = <T>(pick: (f: TextFields) => T | null) => pick(bodyFields) ?? pick(subjectFields);
  // An amount read without its label ("for £1,365.67 (total £1,951.67 …)") is a guess the document may correct.
  // (not when the subject joins two invoices, "Rechnung Nr. F2610-149 et SRT2026/150": one PDF may hold both, each with its total)
  const mailIsComplete =
    (bodyFields.invoiceNumbers.length > 0 || subjectFields.invoiceNumbers.length > 0) &&
    joinedReferences(subject).length < 2 &&
    either((f) => (f.amount && f.amount.score >= LABELLED_AMOUNT_SCORE ? f.amount : null)) !== null &&
    either((f) => f.issueDate) !== null &&
    (either((f) => f.dueDate) !== null || either((f) => f.terms) !== null);
  return { recipients, subject, body, documents, fileNames, titleKind, bodyNamesInvoice, carriesNewInvoice, bodyKind, orderTopic, statementWithDocument, statementIsTheInvoice, titleSaysInvoice, invoiceCue, lang, mailCurrency, reader, mailOrder, bodyFields, subjectFields, mailIsComplete };
}

type MailReading = NonNullable<ReturnType<typeof readMail>>;

/**
 * Each message's mail reading, with the identity it was read for (one object per list of addresses, see createIdentity):
 * a host that looks early for the PDFs a scan will read (pdfsWorthReading) and the scan itself read each message once.
 */
const mailReadings = new WeakMap<MailMessage, { identity: Identity; mail: MailReading | null }>();

function mailReadingOf(message: MailMessage, identity: Identity): MailReading | null {
  const known = mailReadings.get(message);
  if (known?.identity === identity) return known.mail;
  const mail = readMail(message, identity);
  mailReadings.set(message, { identity, mail });
  return mail;
}

/**
 * Reads one message that speaks for the company: which invoices sent to a client it carries, and with what
 * facts — usually one, several when it carries several invoice documents or lists several invoices.
 * None for quotes, pro formas, credit notes, reminders and messages with no invoice in them.
 */
export async function readInvoices(message: MailMessage, opts: ReadInvoiceOptions): Promise<InvoiceReading[]> {
  const mail = mailReadingOf(message, opts.identity);
  if (!mail) return [];
  const { recipients, subject, body, documents, fileNames, titleKind, bodyNamesInvoice, carriesNewInvoice, bodyKind, orderTopic, statementWithDocument, statementIsTheInvoice, titleSaysInvoice, invoiceCue, lang, mailCurrency, reader, mailOrder, bodyFields, subjectFields } = mail;
  const docs = await readDocuments(message, documents, mail.mailIsComplete, opts);
  const xml = docs.find((d) => d.xml)?.xml ?? null;
  // Of several PDFs, an invoice's over a credit note's or a quote's sent with it (an avoir and the corrected invoice).
  const withText = docs.filter((d) => d.pdfText !== null);
  const pdfDoc = withText.find((d) => !NOT_RECEIVABLE.has(kindOfOpening(d.pdfText!) ?? 'invoice')) ?? withText[0] ?? null;
  const pdfText = pdfDoc?.pdfText ?? null;
  if (xml && !XML_INVOICE_KINDS.has(xml.documentKind)) return [];
  if (pdfText) {
    const pdfKind = kindOfOpening(pdfText);
    if (!xml && pdfKind && NOT_RECEIVABLE.has(pdfKind) && !titleSaysInvoice) return [];
    if (!xml && !titleSaysInvoice && !bodyNamesInvoice && saysItIsNoInvoice(pdfText)) return [];
  }
  // A sales journal or an export of the invoices, sent to the accountant, lists invoices; it is none.
  // (a list of them in the e-mail, one per line: « voici la liste des factures clients émises en novembre : CEL-2026-0412 Entrepôts Nordis 2 880,00 € … »)
  if (!xml && ((pdfText && isBooksReport(pdfText)) || (isBooksReport(body) && ((bodyFields.invoiceNumbers.length === 0 && subjectFields.invoiceNumbers.length === 0) || listsInvoices(body))))) return [];
  if (!invoiceCue && !xml && !(pdfText && kindOfOpening(pdfText) === 'invoice')) return [];
  if (statementWithDocument && !carriesNewInvoice && !xml && !(pdfText && kindOfOpening(pdfText, { statements: true }) === 'invoice')) return [];
  if (orderTopic && !bodyNamesInvoice && !xml && !(pdfText && kindOfOpening(pdfText) === 'invoice')) return [];

  // The PDF settles the date order when it has dates the e-mail did not have.
  // Its dollars say US dates too when the e-mail named no currency ("Attached is my invoice").
  const pdfCurrency = pdfText && /[$]|\bUSD\b/.test(pdfText.slice(0, 20_000)) ? 'USD' : null;
  // (an e-mail whose own dates settle their order keeps it: QuickBooks' « Invoice date: 11/02/2026 » sent on 2 November
  // over its French PDF's « Date : 02/11/2026 »; each PDF is then read in the order its own dates settle, see orderOf)
  const mailSettled = pdfText !== null && settledDateOrder(`${subject}\n${body}`, { lang, sentOn: message.calendarDate }) === mailOrder;
  const order = pdfText && !mailSettled ? guessDateOrder(`${subject}\n${body}\n${pdfText}`, { lang, currency: xml?.currency ?? mailCurrency ?? pdfCurrency, sentOn: message.calendarDate, reader }) : mailOrder;
  const sameOrder = order === mailOrder;
  const mailBody = sameOrder ? bodyFields : extractTextFields(body, order);
  const mailSubject = sameOrder ? subjectFields : extractTextFields(subject, order);

  const copy = copyToUs(message, opts.identity);
  const skip = new Set<string>([message.from?.address ?? '', ...message.replyTo.map((a) => a.address)]);
  // A copy to the user that names the client without an address leaves the invoice document to give it.
  // (a copy names its client's address before the client's people it copies)
  const debtor = (buyerEmail: string | null | undefined, documentText: string | null) =>
    copy?.address ??
    recipients[0]?.address ??
    bodyEmails(body, opts.identity, skip)[0] ??
    // (a copy's closing lines, cut as a footer, may be where it names the address: "… (destinataire : x@y.fr)")
    (copy ? bodyEmails(message.text, opts.identity, skip)[0] : null) ??
    buyerEmail ??
    (documentText ? bodyEmails(documentText, opts.identity, skip)[0] : null) ??
    (copy ? opts.answeredBy?.()[0] : null) ??
    null;
  // The document names the client first; else a body that writes the invoice out ("Client : Båtservice Ålesund AS")
  // names it better than the contact the e-mail is addressed to.
  const debtorNameOf = (buyerName: string | null | undefined, text: string | null) =>
    buyerName || (text ? billedTo(text) : null) || labelledBuyer(body, { letter: true }) || copy?.name || recipients[0]?.name || null;

  // Each document's text is read for fields once, whether it turns out one invoice among several or the only one.
  const pdfFields = new Map<DocumentReading, TextFields>();
  // A document whose own dates settle their order is read in it ("Date : 11/9/2026" on a US-style PDF sent on 9 November,
  // under a French e-mail writing "envoyée le 09/11/2026").
  const orderOf = (pdf: string) => settledDateOrder(pdf.slice(0, 20_000), { lang: detectLanguage(pdf.slice(0, 3000)), sentOn: message.calendarDate }) ?? order;
  for (const d of docs) if (d.pdfText) pdfFields.set(d, extractTextFields(d.pdfText, orderOf(d.pdfText)));
  // A body lists its invoices when it says "invoices" in the plural — and chases none: a grouped reminder
  // lists the overdue invoices the same way ("les factures suivantes n'ont pas encore été réglées : …").
  const opening = `${subject}\n${body.slice(0, 3000)}`;
  const lists =
    (announcesSeveralInvoices(opening) || joinsSeveralInvoices(subject) || listsInvoiceLines(body.slice(0, 3000)) || listsSubjectSeries(body.slice(0, 3000), subject)) &&
    !findKindCues(opening).some((h) => h.kind === 'reminder');
  const parts = severalInvoices(docs, pdfFields, body, lists, order, opts.knownNumbers, subject);
  if (parts.length > 0) {
    const out: InvoiceReading[] = [];
    // What the body says for all of them is what it says outside each listed invoice's own line: the terms on
    // one invoice's line ("- F-53 : 12 776,03 € TTC, Règlement à 45 jours fin de mois") are not the others'.
    const listedTexts = parts.flatMap((p) => (p.segmentText ? [p.segmentText] : []));
    const sharedBody = listedTexts.length > 0 ? extractTextFields(listedTexts.reduce((text, t) => text.replace(t, ' '.repeat(t.length)), body), order) : mailBody;
    for (const part of parts) {
      const sources: InvoiceSources = {
        xml: part.xml,
        pdf: part.pdf,
        body: part.segment ?? NO_FIELDS,
        subject: NO_FIELDS,
        files: part.files ?? NO_FIELDS,
        shared: [sharedBody, mailSubject],
      };
      const facts = factsOf(sources, message);
      if (facts.amount !== null && facts.amount <= 0) continue;
      const debtorEmail = debtor(part.xml?.buyerEmail, part.pdfText);
      if (!debtorEmail) continue;
      const currencyInferred = facts.currency === null;
      if (!part.xml?.currency) facts.currency = localCurrencyOf(facts.currency, `${subject}\n${body}\n${part.pdfText ?? ''}`, debtorEmail, lang) ?? facts.currency;
      const otherNumbers = parts.filter((p) => p !== part).map((p) => p.number);
      const replaces = replacedNumbers(`${subject}\n${part.segmentText ?? body}\n${part.pdfText ?? ''}`);
      out.push({ message, invoiceNumber: part.number, ...facts, debtorEmail, debtorName: debtorNameOf(part.xml?.buyerName, part.pdfText), otherNumbers, currencyInferred, ...(replaces.length ? { replaces } : {}) });
    }
    return out;
  }

  const sources: InvoiceSources = {
    xml,
    pdf: (pdfDoc && pdfFields.get(pdfDoc)) ?? null,
    body: mailBody,
    subject: mailSubject,
    files: extractTextFields(fileNameText(documents), order),
    shared: [],
  };
  const picked = pickNumber(sources, opts.knownNumbers);
  const others = picked.others;
  // A title that abbreviates its invoice word ("Ft. 2026-IT-0148 di € …") names the number right after it.
  const number =
    picked.number ??
    abbreviatedInvoiceReference(subject) ??
    subjectReferenceOfBodyInvoice(subject, bodyKind, mailBody) ??
    // (an unlabelled reference opening the body's one billing line, in an e-mail that says it is an invoice)
    (bodyKind === 'invoice' || titleKind === 'invoice' ? lineOpeningReference(body) : null) ??
    // (a statement that bills itself is numbered by its own reference, its subject's: « Ton relevé de novembre (BPT-2026-0455) »)
    (statementIsTheInvoice ? (referencesIn(subject).find((ref) => body.includes(ref)) ?? null) : null);
  if (number !== null && isKnownNumber(number, opts.knownNumbers)) return [];
  // A reply in a thread whose invoice is known, whose only other number is a bare figure its subject repeats (« RE: Facture bulletin
  // n°47 – … » over « Aucun problème pour deux chèques de 725,00 € »): it answers about that invoice, it bills nothing new.
  if (number !== null && !/[a-z]/i.test(number) && opts.knownNumbers.size > 0 && documents.length === 0 && (message.inReplyTo !== null || hasReplyPrefix(message.subject)) && !mailBody.invoiceNumbers.some((n) => numberKey(n.value) === numberKey(number))) return [];
  // A platform's « Copie de votre facture AV-2026-004 » whose document is titled « AVOIR N° AV-2026-004 »: the document says what it is.
  if (number !== null && !xml) {
    // (a document that is no invoice at all: a copy or a reminder of the invoice titled so is still read as before)
    const ownTitle = titleKindOfReference(body, number);
    if (ownTitle === 'credit-note' || ownTitle === 'quote' || ownTitle === 'proforma') return [];
  }
  if (number === null && documents.length === 0) {
    // Without a number or a document, only a subject announcing an invoice makes one ("Facture travaux
    // cuisine – 1 200 € TTC"): a conversation that mentions an invoice and an amount ("la facture sera au
    // nom de la SRL, environ 4.200 €") is none, and a follow-up in a thread whose invoice is known is none.
    if (titleKind !== 'invoice' || opts.knownNumbers.size > 0) return [];
    // (nor a note listing invoices by their numbers, none of them its own: « Pour le dossier de novembre : factures émises
    // FC-2026-037, FC-2026-038, … Le paiement de FC-2026-031 (7 380 €) est arrivé le 16/11 »)
    if (referencesIn(body.slice(0, 3000)).filter((r) => /[a-z]/i.test(r) && /\d{2}/.test(r)).length >= 2) return [];
  }

  const facts = factsOf(sources, message);
  if (number === null && facts.amount === null) return [];
  // A note with no document and no amount that lists invoices by their numbers sends none of them: « Voici les factures émises en
  // novembre pour la saisie : F-2026-097, F-2026-101, F-2026-102 et F-2026-104, plus l'avoir A-2026-006 » (held-out MWY).
  if (documents.length === 0 && facts.amount === null && referencesIn(body.slice(0, 3000)).filter((r) => /[a-z]/i.test(r) && /\d{2}/.test(r)).length >= 3) return [];
  // Nothing left to pay: paid in advance, or a credit note filed as an invoice (a type-380 CII with a
  // negative total). Not a receivable.
  if (facts.amount !== null && facts.amount <= 0) return [];
  const debtorEmail = debtor(xml?.buyerEmail, pdfText);
  if (!debtorEmail) return [];
  // A bare "$" or "kr" takes the client's country's currency ("1 275,50 $" to a Quebec client).
  const currencyInferred = facts.currency === null;
  if (!xml?.currency) facts.currency = localCurrencyOf(facts.currency, `${subject}\n${body}\n${pdfText ?? ''}`, debtorEmail, lang) ?? facts.currency;
  // UN/CEFACT 386 is a prepayment invoice; a PDF says so in its heading ("FACTURE D'ACOMPTE").
  const depositInvoice = xml?.typeCode === '386' || !!sources.pdf?.depositInvoice || DEPOSIT_FILE.test(fold(fileNames));
  const replaces = replacedNumbers(`${subject}\n${body}\n${pdfText ?? ''}`);
  return [{ message, invoiceNumber: number, ...facts, debtorEmail, debtorName: debtorNameOf(xml?.buyerName, pdfText), otherNumbers: others, depositInvoice, currencyInferred, ...(replaces.length ? { replaces } : {}) }];
}
