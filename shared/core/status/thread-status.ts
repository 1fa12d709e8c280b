import { hasReplyPrefix } from '../mail/subject';
import type { MailMessage, MailThread } from '../mail/model';
import type { Side } from './message-side';
import type { PaymentNotice } from './payment-notice';
import { classifyClientReply, classifyOwnFollowUp, PART_PAYMENT_SHARE, type ReplyContext } from './classify-reply';
import { isDepositInvoice } from './deposit-invoice';
import { invoiceMentions, namesAllInvoices } from './invoice-mentions';
import { fold } from '../text/fold';
import { stripQuoted } from './strip-quoted';
import { kindOfTitle } from '../detect/document-kind';
import { asksForOrderNumber, suppliesPaperwork, waitsForPaperwork, waitsOnlyForPaperwork, withoutPaperworkSentences } from './paperwork-hold';
import { numberKey } from '../extract/fields/number-key';
import { addDays } from '../calendar/iso-date';
import { isForward } from '../mail/subject';
import { isWebmailDomain, sameParty } from '../detect/webmail';

export interface ThreadStatusInput {
  thread: MailThread;
  /** The message carrying the invoice; only the messages after it count. */
  invoiceMessageId: string;
  invoiceNumber: string | null;
  /** The amount due: a client's payment stated well below it is a part payment. */
  invoiceAmount?: number | null;
  /** The invoice's currency: a notice in another one (a bank crediting euros for dinars) says nothing of a part paid. */
  invoiceCurrency?: string | null;
  /** The invoice is a deposit invoice; by default read from the invoice e-mail's subject and text. */
  depositInvoice?: boolean;
  /** Numbers of the thread's other invoices: a reply's sentence naming only one of them is not about this invoice. */
  otherInvoiceNumbers?: readonly string[];
  /** The debtor's address, as read from the invoice: our forward to anyone outside its party chases no one. */
  debtorEmail?: string | null;
  sideOf: (message: MailMessage) => Side;
  /** Payment notices from the whole mailbox; one naming this invoice, dated from its sending on, means paid. */
  paymentNotices: PaymentNotice[];
  today: string;
}

export interface ThreadStatus {
  status: 'open' | 'paid' | 'disputed' | 'promised';
  /** Only when status is promised (null when the promise named no date). */
  promisedDate: string | null;
  remindersSent: number;
  /** Calendar date of the last reminder. */
  lastReminderDate: string | null;
  reminderDates: string[];
  /** The reminders themselves, oldest first. */
  reminders: MailMessage[];
}

/**
 * Invoice numbers compared without case, spaces or punctuation ("INV/2026/00155" = "inv-2026-00155"). A notice may
 * name the number without its series letters, which a bank's reference reads as a label ("PAG FT 2026/332" for the
 * invoice "FT 2026/332"): a long enough number that the invoice's ends with, after one to three letters, is the same.
 */
function sameNumber(noticed: string, invoice: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const a = key(noticed);
  const b = key(invoice);
  if (a === '') return false;
  return a === b || (a.length >= 6 && b.length - a.length <= 3 && b.endsWith(a) && /^[a-z]+$/.test(b.slice(0, b.length - a.length)));
}

/** A notice of a payment well below the invoice's amount, for this invoice alone: a part paid, the rest still due. */
function isPartPayment(notice: PaymentNotice, invoiceAmount: number | null | undefined, invoiceCurrency?: string | null): boolean {
  if (notice.currency && invoiceCurrency && notice.currency !== invoiceCurrency) return false;
  return !notice.balance && notice.amount !== null && !!invoiceAmount && notice.invoiceNumbers.length === 1 && notice.amount < invoiceAmount * PART_PAYMENT_SHARE;
}

/** How long before the invoice's e-mail a notice of its exact amount may come: a direct debit collected as the invoice is issued, an e-mail sent late. */
const NOTICE_BEFORE_SENDING_DAYS = 7;

function paidByNotice(input: ThreadStatusInput, sentOn: string | null, notNotices: ReadonlySet<string>): boolean {
  const { invoiceNumber, paymentNotices, invoiceMessageId } = input;
  if (!invoiceNumber) return false;
  // A notice naming the number before the invoice was sent is of another invoice of that number (last year's
  // "Facture 12"), unless it came just before and for the very amount.
  const inTime = (n: PaymentNotice) =>
    !sentOn ||
    !n.date ||
    n.date >= sentOn ||
    (n.date >= addDays(sentOn, -NOTICE_BEFORE_SENDING_DAYS) && n.amount !== null && !!input.invoiceAmount && Math.abs(n.amount - input.invoiceAmount) < 0.005);
  // The invoice e-mail itself is never the notice of its own payment, whatever its wording.
  const about = paymentNotices.filter((n) => n.messageId !== invoiceMessageId && !notNotices.has(n.messageId) && inTime(n) && n.invoiceNumbers.some((x) => sameNumber(x, invoiceNumber)));
  const paid = about.filter((n) => !n.reversed && !n.rejected && !isPartPayment(n, input.invoiceAmount, input.invoiceCurrency));
  if (paid.length === 0) return false;
  // A payment taken back after it came in (a chargeback, a returned direct debit) leaves the invoice due.
  const lastPaid = paid.reduce((a, b) => ((b.date ?? '') > (a.date ?? '') ? b : a));
  return !about.some((n) => n.reversed && (n.date ?? '') >= (lastPaid.date ?? ''));
}

/** Notices naming the invoice, from its sending to today (the invoice e-mail itself excepted). */
function noticesAbout(input: ThreadStatusInput, sentOn: string | null): PaymentNotice[] {
  const { invoiceNumber, paymentNotices, invoiceMessageId, today } = input;
  if (!invoiceNumber) return [];
  return paymentNotices.filter(
    (n) => n.messageId !== invoiceMessageId && (!sentOn || !n.date || n.date >= sentOn) && (!n.date || n.date <= today) && n.invoiceNumbers.some((x) => sameNumber(x, invoiceNumber)),
  );
}

/**
 * The day a promise stands for on `today`: its day, or, for a schedule of instalments, the first of their days not yet
 * passed (the plan keeps while its days pass; after its last, it is a promise broken on that day).
 */
function dayPromised(reply: ReturnType<typeof classifyClientReply>, today: string): string | null {
  const schedule = reply.promisedSchedule;
  return schedule ? (schedule.find((d) => d >= today) ?? schedule[schedule.length - 1]!) : reply.promisedDate;
}

/** The day of a payment the payer disputed with its bank or card (a chargeback), not paid again since; null when none. */
function chargedBackOn(about: readonly PaymentNotice[]): string | null {
  const last = about.filter((n) => n.disputed).map((n) => n.date ?? '').sort().pop();
  return last !== undefined && !about.some((n) => !n.reversed && !n.rejected && (n.date ?? '') > last) ? last : null;
}

/**
 * What a reply holding the payment for a document says in its other sentences: a contest of the invoice besides (« Die
 * Rechnung … können wir so nicht akzeptieren … Zudem fehlt die Bestellnummer »), or a day once the paper is in (« Votre
 * facture est bloquée faute de PV de réception ; le PV est désormais validé, paiement prévu le 30/11 »).
 */
function besidesPaperwork(message: MailMessage, context: ReplyContext): ReturnType<typeof classifyClientReply> | null {
  const rest = withoutPaperworkSentences(stripQuoted(message.text));
  return rest.trim() !== '' ? classifyClientReply({ ...message, text: rest, html: null }, context) : null;
}

/** Words of a mailbox's name that name no one: « contact », « compta », « factures », "accounts", « garage », « mairie »… */
const GENERIC_LOCAL_WORD = /^(?:contact|info|infos|compta|comptabilite|factures?|facturation|accounts?|admin|administration|office|mail|hello|bonjour|service|services|direction|secretariat|accueil|garage|mairie|cabinet|atelier|boutique|societe|sarl|famille|team|sales|billing|invoices?|finance|support)$/;

/**
 * Reads a thread after its invoice, in order. The client's replies set the status, a later one overriding an
 * earlier one (a dispute then "paid" is paid); questions, acknowledgements, auto-replies and bounces change
 * nothing. The company's reminders are counted; answers (bank details, duplicates) and thanks are not, and
 * thanks for a payment mean paid. A payment notice naming the invoice, anywhere in the mailbox, means paid.
 */
export function threadStatus(input: ThreadStatusInput): ThreadStatus {
  const { thread, invoiceMessageId, today } = input;
  const start = thread.messages.findIndex((m) => m.messageId === invoiceMessageId);
  const invoice = thread.messages[start];
  const context: ReplyContext = {
    invoiceAmount: input.invoiceAmount ?? null,
    depositInvoice: input.depositInvoice ?? (invoice ? isDepositInvoice(invoice) : false),
    invoiceNumber: input.invoiceNumber,
    otherInvoiceNumbers: input.otherInvoiceNumbers ?? [],
  };
  let status: ThreadStatus['status'] = 'open';
  let promisedDate: string | null = null;
  /** The day of the client's reply that promised, when the status is promised. */
  let promisedOn: string | null = null;
  /** The day of the client's reply that disputed, when the status is disputed. */
  let disputedOn: string | null = null;
  let reminders = 0;
  const reminderDates: string[] = [];
  const reminderMessages: MailMessage[] = [];

  // Which of the thread's invoices our last message spoke of: a reply naming none answers that one.
  const numbers = [input.invoiceNumber ?? '', ...context.otherInvoiceNumbers!];
  const thisKey = input.invoiceNumber ? numberKey(input.invoiceNumber) : '';
  const namedIn = (message: MailMessage) => new Set(invoiceMentions(numbers, stripQuoted(message.text)).map((m) => m.key));
  const onlyOthers = (named: Set<string>) => named.size > 0 && !named.has(thisKey);
  let answeringOther = false;
  // The client holds the payment until it gets a document: once we send it, the invoice is open again.
  let heldForPaperwork = false;
  // Our messages other than reminders: the last that sends what was asked for or the invoice again ("soumise à nouveau
  // avec la commande …", a PDF attached) answers a portal's rejection made before it (read only when there is one).
  const ourAnswers: MailMessage[] = [];
  // The client's replies (answers, not notices of their own) read as a promise or a dispute: their words say it, a payment's wording in them is someone else's
  // (« la coop a payé en retard. Je vous fais le virement vendredi »), not a notice.
  const readAsNotPaid = new Set<string>();

  const after = start < 0 ? [] : thread.messages.slice(start + 1);
  // The client's party: the debtor, the invoice's recipients, whoever answers for the client in the thread.
  // (not who answers a forward of ours: « TR: Invoice FA-2026-0768 … Pour ton suivi des créances clients » answered by the accountant)
  const ourForwards = new Set(after.filter((m) => input.sideOf(m) === 'us' && isForward(m.subject, m.text)).map((m) => m.messageId));
  // (not our own address a platform's invoice copies: « Cc: compta@… » on an invoicing tool's sending)
  const ourSenders = [...new Set(after.flatMap((m) => (m.from && input.sideOf(m) === 'us' ? [m.from.address.toLowerCase()] : [])))];
  const clientAddresses = [
    ...(input.debtorEmail ? [input.debtorEmail] : []),
    ...(invoice ? [...invoice.to, ...invoice.cc].map((a) => a.address) : []),
    ...after.flatMap((m) => (m.from && input.sideOf(m) === 'client' && !(m.inReplyTo && ourForwards.has(m.inReplyTo)) ? [m.from.address] : [])),
  ].filter((c, i, all) => all.indexOf(c) === i && !ourSenders.some((o) => sameParty(o, c)));
  // Our forward of the invoice to the accountant or a colleague ("Fwd: Facture … Pour info, toujours en attente") chases no one.
  // (not a forward to the client's new address, the first one bounced: « garage.collin@orange.fr » then « Garage Collin
  // <contact@garage-collin54.fr> »: a name of the client's webmail address is in the new one)
  const clientNames = clientAddresses.flatMap((c) => (isWebmailDomain(c.split('@')[1] ?? '') ? (c.split('@')[0] ?? '').split(/[._-]+/) : [])).filter((w) => w.length >= 4 && !/\d/.test(w) && !GENERIC_LOCAL_WORD.test(w));
  const namesClient = (r: { name: string; address: string }) => clientNames.some((w) => `${r.name} ${r.address}`.toLowerCase().includes(w));
  const passedOutside = (m: MailMessage) => {
    const recipients = [...m.to, ...m.cc];
    return recipients.length > 0 && isForward(m.subject, m.text) && !recipients.some((r) => clientAddresses.some((c) => sameParty(r.address, c)) || namesClient(r));
  };

  for (const message of after) {
    if (message.calendarDate && message.calendarDate > today) continue;
    const side = input.sideOf(message);
    if (side === 'us' && passedOutside(message)) continue;
    const named = context.otherInvoiceNumbers!.length > 0 ? namedIn(message) : new Set<string>();
    if (side === 'us') {
      if (named.size > 0) answeringOther = onlyOthers(named);
      const kind = classifyOwnFollowUp(message);
      // A reminder counts for every invoice of its thread ("reminders the user sent in that thread after the invoice",
      // as the sample's README counts them), even one naming only the other invoice; thanks for the other invoice
      // are not thanks for this one.
      if (answeringOther && kind !== 'reminder') continue;
      if (kind !== 'reminder') ourAnswers.push(message);
      if (kind === 'reminder') {
        reminders++;
        reminderMessages.push(message);
        if (message.calendarDate) reminderDates.push(message.calendarDate);
      } else if (kind === 'thanks') status = 'paid';
      // (a credit note cancelling the invoice is no missing paper sent: « Avoir AV-2026-004 annulant la facture FH-2026-069 »)
      else if (status === 'disputed' && heldForPaperwork && suppliesPaperwork(message) && kindOfTitle(message.subject) !== 'credit-note') {
        status = 'open';
        heldForPaperwork = false;
      }
    } else if (side === 'client') {
      if (named.size === 0 && answeringOther && !namesAllInvoices(fold(stripQuoted(message.text)))) continue;
      // A reply naming one invoice of the thread and saying nothing of the others speaks for the e-mail that carried them
      // ("We dispute invoice LAV-2026-0130 …" to an e-mail of two invoices): as labelers read it, it holds for all.
      const speaksForAll = named.size === 1 && onlyOthers(named);
      const reply = classifyClientReply(message, { ...context, ...(speaksForAll ? { otherInvoiceNumbers: [] } : {}), promised: status === 'promised', reminded: reminders > 0, disputed: status === 'disputed' });
      // A payment held for an order number or a document asks a question, unless the reply contests the invoice besides
      // (« Die Rechnung … können wir so nicht akzeptieren … Zudem fehlt die Bestellnummer ») or names the day it will be
      // paid once the paper is in: what its other sentences say.
      const besides = reply.kind === 'dispute' && (asksForOrderNumber(message) || waitsOnlyForPaperwork(message)) ? besidesPaperwork(message, context) : undefined;
      if ((reply.kind === 'promise' || reply.kind === 'dispute') && (message.inReplyTo !== null || hasReplyPrefix(message.subject))) readAsNotPaid.add(message.messageId);
      if (reply.kind === 'paid') status = 'paid';
      else if (besides !== undefined && besides?.kind !== 'dispute') {
        if (besides?.kind === 'promise' && besides.promisedDate) {
          status = 'promised';
          promisedOn = message.calendarDate;
          promisedDate = dayPromised(besides, today);
        }
        continue;
      }
      else if (reply.kind === 'dispute') {
        status = 'disputed';
        disputedOn = message.calendarDate;
        heldForPaperwork = waitsForPaperwork(message);
      }
      else if (reply.kind === 'withdrawn' && status === 'disputed') status = 'open';
      else if (reply.kind === 'promise' && reply.promisedDate) {
        // A promise names its day; "it will go in our next payment run" alone changes nothing.
        status = 'promised';
        promisedOn = message.calendarDate;
        promisedDate = dayPromised(reply, today);
      }
    }
  }
  // The client's portal rejecting the invoice in a message of its own ("Invoice F2026-0197 rejected by …") disputes an
  // invoice nothing else has settled, until we resubmit it or chase it again (a reminder after the rejection: the user
  // has dealt with it); a payment notice still wins. Rejected for want of a document only (« numéro de bon de commande
  // absent »), it asks a question: labelers leave the invoice open (held-out AOV, DHX, CUV).
  const about = noticesAbout(input, invoice?.calendarDate ?? null).filter((n) => !n.forPaperwork);
  if (status === 'open' && about.some((n) => n.rejected)) {
    const suppliedOn = ourAnswers.findLast((m) => m.calendarDate && suppliesPaperwork(m))?.calendarDate ?? null;
    const answeredOn = [...reminderDates, ...(suppliedOn ? [suppliedOn] : [])].sort().pop() ?? null;
    if (about.some((n) => n.rejected && !(answeredOn && n.date && n.date <= answeredOn))) status = 'disputed';
  }
  // (not a dispute of the client's after the notice: « Nous maintenons la déduction … ces 420 € ne sont pas dus » after a
  // remittance advice that took them off)
  const disputedSinceNotices = status === 'disputed' && !!disputedOn && about.every((n) => (n.date ?? '') < disputedOn!);
  if (status !== 'paid' && !disputedSinceNotices && paidByNotice(input, invoice?.calendarDate ?? null, readAsNotPaid)) status = 'paid';
  // A payment the payer then disputes with its bank or card (a chargeback) is a dispute, unless paid again since, or
  // promised since (« c'est moi qui ai fait opposition par erreur … je vous fais le virement le 15 décembre »).
  const chargeback = status !== 'disputed' ? chargedBackOn(about) : null;
  if (chargeback !== null && !(status === 'promised' && promisedOn && promisedOn > chargeback)) status = 'disputed';

  reminderDates.sort();
  return {
    status,
    promisedDate: status === 'promised' ? promisedDate : null,
    remindersSent: reminders,
    lastReminderDate: reminderDates[reminderDates.length - 1] ?? null,
    reminderDates,
    reminders: reminderMessages,
  };
}
