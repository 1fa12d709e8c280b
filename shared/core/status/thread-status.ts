import type { MailMessage, MailThread } from '../mail/model';
import type { Side } from './message-side';
import type { PaymentNotice } from './payment-notice';
import { classifyClientReply, classifyOwnFollowUp } from './classify-reply';

export interface ThreadStatusInput {
  thread: MailThread;
  /** The message carrying the invoice; only the messages after it count. */
  invoiceMessageId: string;
  invoiceNumber: string | null;
  sideOf: (message: MailMessage) => Side;
  /** Payment notices from the whole mailbox; one naming this invoice after it was sent means paid. */
  paymentNotices: PaymentNotice[];
  today: string;
}

export interface ThreadStatus {
  status: 'open' | 'paid' | 'disputed' | 'promised';
  /** Only when status is promised. */
  promisedDate: string | null;
  remindersSent: number;
  /** Calendar date of the last reminder. */
  lastReminderDate: string | null;
  reminderDates: string[];
}

/**
 * Reads a thread after its invoice, in order: the client's replies set the status (a later one overrides an
 * earlier one), the company's reminders are counted; questions, acknowledgements and auto-replies change nothing.
 */
export function threadStatus(input: ThreadStatusInput): ThreadStatus {
  const { thread, invoiceMessageId, invoiceNumber } = input;
  const start = thread.messages.findIndex((m) => m.messageId === invoiceMessageId);
  const invoiceMessage = thread.messages[start];
  let status: ThreadStatus['status'] = 'open';
  let promisedDate: string | null = null;
  const reminderDates: string[] = [];
  for (const message of thread.messages.slice(start + 1)) {
    if (message.date && input.today && message.calendarDate && message.calendarDate > input.today) continue;
    const side = input.sideOf(message);
    if (side === 'us') {
      if (classifyOwnFollowUp(message) === 'reminder') reminderDates.push(message.calendarDate ?? '');
    } else if (side === 'client') {
      const reading = classifyClientReply(message);
      if (reading.kind === 'paid') {
        status = 'paid';
        promisedDate = null;
      } else if (reading.kind === 'dispute') {
        status = 'disputed';
        promisedDate = null;
      } else if (reading.kind === 'promise') {
        status = 'promised';
        promisedDate = reading.promisedDate;
      }
    }
  }
  if (invoiceNumber && status !== 'paid') {
    const sentOn = invoiceMessage?.calendarDate ?? '';
    const key = invoiceNumber.toLowerCase();
    const paidByNotice = input.paymentNotices.some(
      (n) => (n.date ?? '') >= sentOn && n.invoiceNumbers.some((x) => x.toLowerCase() === key),
    );
    if (paidByNotice) {
      status = 'paid';
      promisedDate = null;
    }
  }
  const dated = reminderDates.filter(Boolean);
  return {
    status,
    promisedDate: status === 'promised' ? promisedDate : null,
    remindersSent: reminderDates.length,
    lastReminderDate: dated.length ? dated[dated.length - 1]! : null,
    reminderDates: dated,
  };
}
