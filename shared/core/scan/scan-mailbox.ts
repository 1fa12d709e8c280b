import type { MailMessage, MailThread } from '../mail/model';
import { normalizeSubject, threadMessages } from '../mail/threading';
import { boundThreadText } from '../mail/budget';
import { createIdentity, speaksForUs, type Identity } from '../detect/identity';
import { hasReplyPrefix, isForward } from '../mail/subject';
import { readPaymentNotice, type PaymentNotice } from '../status/payment-notice';
import { threadStatus } from '../status/thread-status';
import { classifyOwnFollowUp, isAutoReply } from '../status/classify-reply';
import { isBounce } from '../status/auto-reply';
import type { Side } from '../status/message-side';
import { daysOverdue, nextStage, DEFAULT_LADDER } from '../ladder/next-stage';
import { mayBeInvoiceMail, readInvoices, type InvoiceReading } from './read-invoice';
import { sameInvoice } from './same-invoice';
import { isCancelledInThread } from './cancelled-invoice';
import { senderNames } from './debtor-name';
import { supersededReadings } from './superseded-invoice';
import { chasesOfEarlierInvoices } from './chased-elsewhere';
import { NUMBER_TOKEN } from '../status/invoice-mentions';
import { amountFromReminders, dueDateFromReminders } from './reminder-facts';
import { numberKey } from '../extract/fields/number-key';
import { execAll } from '../text/exec-all';
import { kindOfTitle } from '../detect/document-kind';
import { isAutomatedLocalPart } from '../detect/automated-sender';
import { isWebmailDomain, sameParty } from '../detect/webmail';
import { stripQuoted } from '../status/strip-quoted';
import { fold } from '../text/fold';
import type { Receivable } from './receivable';
import type { ScanOptions } from './scan-options';

export function sideOf(message: MailMessage, identity: Identity): Side {
  // A delivery failure from the company's own postmaster ("Undeliverable: Rappel : facture …") is no reminder of ours.
  if (isBounce(message)) return 'other';
  if (speaksForUs(message, identity)) return 'us';
  if (isAutoReply(message)) return 'other';
  return 'client';
}

/** An attached document named after this invoice number ("Facture_FAC-26-0350.pdf"). */
function carriesOwnDocument(message: MailMessage, invoiceNumber: string | null): boolean {
  if (!invoiceNumber) return false;
  const key = numberKey(invoiceNumber);
  return message.attachments.some((a) => !a.inline && numberKey(a.filename ?? '').includes(key));
}

/** The people outside the company who write in a thread after a message, first to write first (no robots). */
function answerers(thread: MailThread, after: MailMessage, identity: Identity): string[] {
  const out: string[] = [];
  for (const m of thread.messages.slice(thread.messages.indexOf(after) + 1)) {
    const address = m.from?.address;
    if (!address || identity.isMe(address) || isAutomatedLocalPart(address) || isAutoReply(m) || out.includes(address)) continue;
    out.push(address);
  }
  return out;
}

/** The invoices a thread carries, oldest first; reminders and re-sent copies are not new invoices. */
async function invoicesOfThread(thread: MailThread, identity: Identity, opts: ScanOptions): Promise<InvoiceReading[]> {
  const found: InvoiceReading[] = [];
  const known = new Set<string>();
  // Numbers of invoices someone else sent in the thread (a contractor's bill the architect approves): our
  // answer about one ("bon pour paiement de 14 080,00 €") is not an invoice of ours.
  const theirs = new Set<string>();
  for (const message of thread.messages) {
    // A delivery failure quotes the invoice's subject, even from the company's own mail server: it carries none.
    if (isBounce(message)) continue;
    if (!speaksForUs(message, identity)) {
      if (message.attachments.some((a) => !a.inline) && kindOfTitle(message.subject) === 'invoice') {
        for (const t of execAll(NUMBER_TOKEN, message.subject)) theirs.add(numberKey(t[0]));
      }
      continue;
    }
    // After an invoice, the company's reminders and answers (RIB, duplicate on request) are not new
    // invoices, unless they carry a new invoice document of their own.
    const isReply = message.inReplyTo !== null || hasReplyPrefix(message.subject);
    const kind = found.length > 0 || isReply ? classifyOwnFollowUp(message) : 'other';
    const notNew = (found.length > 0 && kind !== 'other') || (isReply && kind === 'answer');
    if (notNew && !message.attachments.some((a) => !a.inline)) continue;
    const readings = await readInvoices(message, {
      identity,
      pdfReader: opts.pdfReader,
      knownNumbers: known,
      onWarning: opts.onWarning,
      answeredBy: () => answerers(thread, message, identity),
    });
    // A forward passes an invoice on (to the accountant, to a colleague); it is not a new one.
    if (readings.length === 0 || (found.length > 0 && isForward(message.subject, message.text))) continue;
    for (const reading of readings) {
      const ownDocument = carriesOwnDocument(message, reading.invoiceNumber);
      if (!ownDocument && (notNew || (reading.invoiceNumber !== null && theirs.has(numberKey(reading.invoiceNumber))))) continue;
      // A reply of ours after an invoice, naming a reference without any amount ("The reference is the delivery note
      // number on the invoice (BL 24253)"), answers about that invoice: it sends no new one.
      if (!ownDocument && isReply && found.length > 0 && reading.amount === null) continue;
      found.push(reading);
      if (reading.invoiceNumber) known.add(numberKey(reading.invoiceNumber));
    }
  }
  return found;
}

/**
 * Threads whose invoices are being read at once: while one waits for its PDF, the next ones are read. Enough
 * for a PDF reader in another thread to have work queued while this one reads the rest; few enough that
 * the PDFs waiting for it hold little memory.
 */
const THREADS_IN_FLIGHT = 128;

/**
 * The invoices of every thread, in the threads' order. Threads are independent, so several are read at
 * once: a thread waiting for a PDF (which a PdfReader may read in another thread or worker) does not hold up
 * the others. Warnings are told in the threads' order, as a one-by-one reading would tell them.
 */
async function readThreadsInvoices(threads: readonly MailThread[], identity: Identity, opts: ScanOptions): Promise<InvoiceReading[][]> {
  const results: InvoiceReading[][] = new Array(threads.length);
  const warnings: (string[] | undefined)[] = new Array(threads.length);
  const done: boolean[] = new Array(threads.length).fill(false);
  let told = 0;
  // Most threads hold no message of ours that may be an invoice: they have none, and need no reading.
  const toRead: number[] = [];
  threads.forEach((thread, i) => {
    if (thread.messages.some((m) => speaksForUs(m, identity) && mayBeInvoiceMail(m, identity))) toRead.push(i);
    else {
      results[i] = [];
      done[i] = true;
    }
  });
  let cursor = 0;
  const lane = async (): Promise<void> => {
    while (cursor < toRead.length) {
      const i = toRead[cursor++]!;
      const onWarning = opts.onWarning && ((w: string) => void (warnings[i] ??= []).push(w));
      results[i] = await invoicesOfThread(threads[i]!, identity, { ...opts, onWarning });
      done[i] = true;
      for (; told < threads.length && done[told]; told++) for (const w of warnings[told] ?? []) opts.onWarning?.(w);
    }
  };
  await Promise.all(Array.from({ length: Math.min(THREADS_IN_FLIGHT, toRead.length) }, lane));
  return results;
}

function toReceivable(reading: InvoiceReading, thread: MailThread, others: readonly InvoiceReading[], identity: Identity, notices: PaymentNotice[], opts: ScanOptions): Receivable {
  // Another invoice of the same thread is not a reminder of this one (one e-mail may carry both).
  const otherIds = new Set(others.filter((o) => o.message !== reading.message).map((o) => o.message.messageId));
  const messages = thread.messages.filter((m) => !otherIds.has(m.messageId));
  const status = threadStatus({
    thread: { ...thread, messages },
    invoiceMessageId: reading.message.messageId,
    invoiceNumber: reading.invoiceNumber,
    invoiceAmount: reading.amount,
    invoiceCurrency: reading.currency,
    // The document's word, else the e-mail's (threadStatus reads it when left undefined).
    depositInvoice: reading.depositInvoice || undefined,
    otherInvoiceNumbers: others.flatMap((o) => (o !== reading && o.invoiceNumber ? [o.invoiceNumber] : [])),
    debtorEmail: reading.debtorEmail,
    sideOf: (m) => sideOf(m, identity),
    paymentNotices: notices,
    today: opts.today,
  });
  const ladder = opts.ladder ?? DEFAULT_LADDER;
  // An invoice that stated no due date: the company's own reminder may say which day it was.
  const dueDate = (!reading.dueDateStated && dueDateFromReminders(status.reminders, reading)) || reading.dueDate;
  // An invoice e-mail that gave no amount, or no currency (a PDF whose "€" did not come out as text): the company's own
  // reminder may say how much it billed, and in what ("la facture SO-2026-118 de 5 760,00 €" for a document's "5 760,00 ?").
  // (and one whose currency was not written but inferred: "Total due: ?385,000" from a French firm is not euros when our
  // reminder says "JPY 385,000")
  const reminded = reading.amount === null || reading.currency === null || reading.currencyInferred ? amountFromReminders(status.reminders, { ...reading, currency: reading.currencyInferred ? null : reading.currency }) : null;
  const sameSum = reading.amount === null || reminded?.value === reading.amount;
  const receivable: Receivable = {
    messageId: reading.message.messageId,
    invoiceNumber: reading.invoiceNumber,
    amount: reading.amount ?? reminded?.value ?? null,
    currency: (reading.currencyInferred && sameSum ? reminded?.currency : null) ?? reading.currency ?? (sameSum ? reminded?.currency : null) ?? null,
    issueDate: reading.issueDate,
    dueDate,
    debtorEmail: reading.debtorEmail,
    debtorName: reading.debtorName,
    status: status.status,
    promisedDate: status.status === 'promised' ? status.promisedDate : null,
    remindersSent: status.remindersSent,
    daysOverdue: daysOverdue(dueDate, opts.today),
    nextStage: nextStage(
      {
        status: status.status,
        promisedDate: status.promisedDate,
        dueDate,
        remindersSent: status.remindersSent,
        lastReminderDate: status.lastReminderDate,
        today: opts.today,
      },
      ladder,
    ),
  };
  opts.onReceivable?.(receivable, { message: reading.message, thread, reminderDates: status.reminderDates });
  return receivable;
}

const byDate = (a: MailMessage, b: MailMessage) => ((a.date ?? '\uffff') < (b.date ?? '\uffff') ? -1 : a.date === b.date ? 0 : 1);

/**
 * The readings that are the same invoice sent again (a duplicate on request, a copy, a forward to the
 * accountant) after its first sending: the same invoice seen twice in the mailbox is reported once.
 */
function laterSendings(readings: readonly InvoiceReading[]): Map<InvoiceReading, InvoiceReading> {
  const byNumber = new Map<string, InvoiceReading[]>();
  for (const r of readings) {
    if (!r.invoiceNumber) continue;
    const key = numberKey(r.invoiceNumber);
    const group = byNumber.get(key);
    if (group) group.push(r);
    else byNumber.set(key, [r]);
  }
  /** Each later sending, with the first sending it repeats. */
  const later = new Map<InvoiceReading, InvoiceReading>();
  for (const group of byNumber.values()) {
    if (group.length < 2) continue;
    // Oldest first; each reading joins an earlier first sending it is the same invoice as. The first sendings
    // are kept by amount: a mailbox repeating one number (hostile, or a misread one) stays linear.
    const sorted = [...group].sort((a, b) => byDate(a.message, b.message));
    const firsts: InvoiceReading[] = [];
    const byAmount = new Map<number, InvoiceReading[]>();
    const withoutAmount: InvoiceReading[] = [];
    for (const r of sorted) {
      const cents = r.amount === null ? null : Math.round(r.amount * 100);
      const pool = cents === null ? firsts : [...(byAmount.get(cents) ?? []), ...withoutAmount];
      const first = pool.find((f) => sameInvoice(f, r));
      if (first) {
        later.set(r, first);
        continue;
      }
      firsts.push(r);
      if (cents === null) withoutAmount.push(r);
      else byAmount.set(cents, [...(byAmount.get(cents) ?? []), r]);
    }
  }
  return later;
}

function withRelated(thread: MailThread, extra: MailMessage[]): MailThread {
  return extra.length ? { ...thread, messages: [...thread.messages, ...extra].sort(byDate) } : thread;
}

/** Words that name another invoice to compare with it: « même remarque que pour la », « comme pour la », "same issue as with invoice". */
const COMPARED_WITH = /(?:m[êe]me\s+(?:remarque|probl[èe]me|chose|souci|erreur|motif)\s+que\s+(?:pour\s+)?|comme\s+pour\s+|same\s+(?:issue|problem|thing|remark|error)\s+as\s+(?:with\s+|for\s+|on\s+)?|as\s+with\s+|wie\s+(?:bei|schon\s+bei)\s+)(?:la\s+|le\s+|l'|the\s+|der\s+)?(?:facture\s+|invoice\s+|rechnung\s+)?(?:n[°o]\.?\s*)?$/i;

/** The number of an earlier billing of the same thing: « ce contrôle vous a déjà été facturé sous le n° CAM-2026-0468 », "already invoiced as INV-12". */
const BILLED_ALREADY_AS = /(?:deja\s+(?:ete\s+)?facture|already\s+(?:been\s+)?(?:billed|invoiced|charged))e?s?\s+(?:\S+\s+){0,2}?(?:sous\s+(?:le\s+)?|under\s+|as\s+|with\s+)?(?:(?:n[°o]\.?|numero|number|no\.?)\s*)?$/;

/** The thread's own invoice named without its number: « votre facture », "this invoice", « Ihre Rechnung » (not « votre facture ADG-2026-058 »). */
const THIS_INVOICE_UNNUMBERED = /(?<![a-z])(?:votre|cette|ta|this|your|ihre|diese|su|esta|vostra|questa|uw|deze)\s+(?:facture|invoice|rechnung|factura|fattura|factuur)(?![a-z])(?!\s*(?:n[°o.]?\s*)?[a-z]{0,6}[-/_.]?\d)/;

/**
 * Replies that started a conversation of their own: when a platform sent the invoice, the client answers a
 * message the user never had, so the reply lands outside the invoice's thread. A thread without invoice
 * whose subject names an invoice number, with the invoice's client among its participants, belongs to it;
 * so does one where the client itself names the number in its own words ("RE: facture" — "FA-100 payée hier").
 */
function relatedConversations(
  threads: readonly MailThread[],
  perThread: readonly { thread: MailThread; readings: InvoiceReading[] }[],
  identity: Identity,
): { related: Map<InvoiceReading, MailMessage[]>; moved: Set<MailMessage> } {
  const byNumber = new Map<string, InvoiceReading[]>();
  for (const { readings } of perThread) {
    for (const r of readings) {
      if (!r.invoiceNumber || numberKey(r.invoiceNumber).length < 3) continue;
      const key = numberKey(r.invoiceNumber);
      byNumber.set(key, [...(byNumber.get(key) ?? []), r]);
    }
  }
  const withInvoices = new Set(perThread.map((p) => p.thread));
  const debtors = new Set(perThread.flatMap((p) => p.readings.map((r) => r.debtorEmail?.split('@')[1] ?? '')).filter(Boolean));
  const related = new Map<InvoiceReading, MailMessage[]>();
  const moved = new Set<MailMessage>();
  if (byNumber.size === 0) return { related, moved };
  // The invoice numbers a client's own words name (quotes left out), each once, in order: read only for a
  // message from the domain of some invoice's client.
  // (not one named only to compare: « Même remarque que pour la FA2026-0398 : le tarif révisé n'est pas accepté », held-out DJX)
  const numbersInClientWords = (m: MailMessage): string[] => {
    if (!m.from || !debtors.has(m.from.address.split('@')[1] ?? '')) return [];
    const keys = new Set<string>();
    const own = stripQuoted(m.text).slice(0, 5000);
    for (const t of execAll(NUMBER_TOKEN, own)) {
      const before = own.slice(Math.max(0, t.index - 40), t.index);
      if (!COMPARED_WITH.test(before) && !BILLED_ALREADY_AS.test(fold(before))) keys.add(numberKey(t[0]));
    }
    return [...keys];
  };
  const billedTo = (key: string, m: MailMessage) => byNumber.get(key)?.some((r) => r.debtorEmail && sameParty(m.from!.address, r.debtorEmail)) ?? false;
  // A client writing in the thread of one invoice about another of its invoices only ("Replying on this older
  // thread as it is the one we have on file: invoice 1199 has been approved …"): the message is about that one.
  for (const { thread, readings } of perThread) {
    const own = new Set(readings.flatMap((r) => (r.invoiceNumber ? [numberKey(r.invoiceNumber)] : [])));
    for (const m of thread.messages) {
      if (readings.some((r) => r.message === m)) continue;
      // One naming this thread's invoice too ("un seul virement pour les factures 034, 039 et 044") is about each.
      const keys = numbersInClientWords(m);
      // (or naming it by « votre facture » beside the other's number: « votre facture sera réglée ce jour-là avec celle de juin
      // (ADG-2026-058) », held-out NXV)
      const namesOwn = keys.some((key) => own.has(key)) || (keys.length > 0 && THIS_INVOICE_UNNUMBERED.test(fold(stripQuoted(m.text).slice(0, 5000))));
      for (const key of keys) {
        if (own.has(key) || !billedTo(key, m)) continue;
        for (const r of byNumber.get(key)!) {
          if (readings.includes(r) || !r.debtorEmail || !sameParty(m.from!.address, r.debtorEmail)) continue;
          related.set(r, [...(related.get(r) ?? []), m]);
          if (!namesOwn) moved.add(m);
        }
      }
    }
  }
  const relate = (r: InvoiceReading, thread: MailThread) => {
    const known = related.get(r) ?? [];
    if (!known.includes(thread.messages[0]!)) related.set(r, [...known, ...thread.messages]);
  };
  // The invoices by their e-mail's subject: someone answering for the client from elsewhere (its accountant,
  // its notary: "nous intervenons pour le compte de M. et Mme Lacroix") answers the invoice e-mail itself.
  const bySubject = new Map<string, InvoiceReading[]>();
  for (const { readings } of perThread) {
    for (const r of readings) {
      if (!r.invoiceNumber) continue;
      const subject = normalizeSubject(r.message.subject);
      bySubject.set(subject, [...(bySubject.get(subject) ?? []), r]);
    }
  }
  for (const thread of threads) {
    if (withInvoices.has(thread)) continue;
    // Such an answer keeps the invoice e-mail's very subject (without the headers that would thread it) and names
    // the invoice by its number, in that subject or in its own words.
    for (const m of thread.messages) {
      if (!m.from || !hasReplyPrefix(m.subject)) continue;
      // The subject is looked up first: most replies answer no invoice e-mail, and the rest costs more.
      const readings = bySubject.get(normalizeSubject(m.subject));
      if (!readings || identity.isMe(m.from.address) || isForward(m.subject, m.text)) continue;
      const own = stripQuoted(m.text).slice(0, 5000);
      const named = new Set([...execAll(NUMBER_TOKEN, `${m.subject}\n${own}`)].map((t) => numberKey(t[0])));
      for (const r of readings) if (named.has(numberKey(r.invoiceNumber!))) relate(r, thread);
    }
  }
  for (const thread of threads) {
    if (withInvoices.has(thread)) continue;
    // The subjects' tokens that are the number of an invoice found (in order, each once).
    const tokens = new Set<string>();
    for (const m of thread.messages) {
      for (const t of execAll(NUMBER_TOKEN, m.subject)) {
        const key = numberKey(t[0]);
        if (byNumber.has(key)) tokens.add(key);
      }
    }
    // In the body, only the client's own words count (read only for messages from a client of an invoice).
    const bodyTokens = new Set<string>();
    for (const m of thread.messages) {
      for (const key of numbersInClientWords(m)) if (!tokens.has(key) && billedTo(key, m)) bodyTokens.add(key);
    }
    for (const token of [...tokens, ...bodyTokens]) {
      for (const r of byNumber.get(token) ?? []) {
        const domain = r.debtorEmail?.split('@')[1];
        // A platform's copy to the user names the client in its text ("relance envoyée à Claire <claire@client.fr>").
        // (A webmail domain stands for nobody: then only the client's own address counts. A forward to someone else, the
        // accountant say, quotes the invoice with the client's address in it: it involves no client.)
        const named = domain && isWebmailDomain(domain) ? r.debtorEmail! : `@${domain}`;
        const involvesClient = thread.messages.some(
          (m) =>
            !!domain &&
            ([m.from, ...m.to, ...m.cc].some((a) => a?.address.endsWith(`@${domain}`)) || (!isForward(m.subject, m.text) && m.text.slice(0, 3000).toLowerCase().includes(named))),
        );
        if (involvesClient) relate(r, thread);
      }
    }
  }
  return { related, moved };
}

/** From a mailbox's messages to its receivables: invoices the company sent, with status and next step. */
export async function scanThreads(hostThreads: MailThread[], opts: ScanOptions): Promise<Receivable[]> {
  const threads = hostThreads.map((thread) => boundThreadText(thread, opts.onWarning));
  const identity = createIdentity(opts.me);
  const reading = readThreadsInvoices(threads, identity, opts);
  reading.catch(() => undefined); // a failure surfaces at the await below, not as an unhandled rejection
  // The invoices are read until they all wait for their PDFs (one timer turn); the payment notices are
  // read meanwhile, while a PdfReader in another thread works through the PDFs.
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  const notices: PaymentNotice[] = [];
  for (const thread of threads) {
    for (const message of thread.messages) {
      // Payment notices come from payment platforms and banks, and from the company's own billing platform sending
      // from its domain ("Paiement reçu – facture PLF-1420" from billing@…): a message of ours saying a payment was
      // received for an invoice says it is paid. (Not a reminder of ours: "la fattura … non è stata pagata".)
      // (Nor our own words that an invoice is contested, to the accountant or a colleague: « La facture de M. Lacombe (F-2026-071)
      // est contestée » is no portal's rejection, and names other invoices beside it; a forward passes a notice on whole.)
      const notice = readPaymentNotice(message);
      const ours = !!message.from && identity.isMe(message.from.address);
      if (notice && !(ours && classifyOwnFollowUp(message) === 'reminder') && !(ours && notice.rejected && !isForward(message.subject, message.text))) notices.push(notice);
    }
  }
  const perThread: { thread: MailThread; readings: InvoiceReading[] }[] = [];
  const readings = await reading;
  threads.forEach((thread, i) => {
    if (readings[i]!.length > 0) perThread.push({ thread, readings: readings[i]! });
  });
  const duplicates = laterSendings(perThread.flatMap((p) => p.readings));
  // A chase of ours naming an earlier invoice with another sum: to its client, a reminder of it; to anyone else, nothing.
  const chasesElsewhere = new Set<InvoiceReading>();
  for (const [r, { first, sameClient }] of chasesOfEarlierInvoices(perThread.flatMap((p) => p.readings))) {
    if (duplicates.has(r)) continue;
    if (sameClient) duplicates.set(r, duplicates.get(first) ?? first);
    else chasesElsewhere.add(r);
  }
  const superseded = supersededReadings(perThread.flatMap((p) => p.readings));
  const { related, moved } = relatedConversations(threads, perThread, identity);
  // An invoice sent again in a conversation of its own (to another address of the client, say), or a reminder
  // read as a sending of it: what is written there is about the first sending.
  for (const { thread, readings } of perThread) {
    for (const r of readings) {
      const first = duplicates.get(r);
      if (!first || first.message === r.message || thread.messages.includes(first.message)) continue;
      // A note to someone else listing the client's invoice among others (« le point sur les factures clients en attente : FA-2026-045
      // (Château Borély, 5 280 €), FA-2026-058 (…) » to the accountant) is no word to the client.
      if (r.otherNumbers.length >= 2 && first.debtorEmail && r.debtorEmail && !sameParty(first.debtorEmail, r.debtorEmail)) continue;
      // A fresh sending of the invoice is no reminder; a reply of ours that was read as one is read as the thread
      // reads any message of ours after the invoice (a reminder, an answer), and so is a new e-mail that chases
      // it with the invoice attached again ("Recordatorio factura CM-26-156 … está vencida").
      const fresh = r.message.inReplyTo === null && !hasReplyPrefix(r.message.subject) && classifyOwnFollowUp(r.message) !== 'reminder';
      const messages = fresh ? thread.messages.filter((m) => m !== r.message) : thread.messages;
      if (messages.length) related.set(first, [...(related.get(first) ?? []), ...messages]);
    }
  }
  const out: Receivable[] = [];
  const nameOf = senderNames(threads);
  for (const { thread, readings } of perThread) {
    for (const r of readings) {
      if (duplicates.has(r) || chasesElsewhere.has(r)) continue;
      // Replaced by a corrected invoice that says so: nothing is owed on it.
      if (superseded.has(r)) continue;
      // Cancelled by a credit note of ours later in the thread: nothing is owed on it.
      if (isCancelledInThread(r.invoiceNumber, r.message, thread, identity)) continue;
      const own = moved.size && thread.messages.some((m) => moved.has(m)) ? { ...thread, messages: thread.messages.filter((m) => !moved.has(m)) } : thread;
      const receivable = toReceivable(r, withRelated(own, related.get(r) ?? []), readings, identity, notices, opts);
      receivable.debtorName ??= nameOf(receivable.debtorEmail);
      out.push(receivable);
    }
  }
  return out;
}

export async function scanMessages(messages: MailMessage[], opts: ScanOptions): Promise<Receivable[]> {
  return scanThreads(threadMessages(messages), opts);
}
