import { guessDateOrder } from '../extract/fields/date-order';
import { extractTextFields, type TextFields } from '../extract/fields/text-fields';
import { numberKey } from '../extract/fields/number-key';
import type { MailMessage } from '../mail/model';
import { detectLanguage } from '../text/language';
import { stripQuoted } from '../status/strip-quoted';

/**
 * What the company's own reminders say of an invoice whose e-mail did not: the company knows its terms and what it
 * billed, so its word beats the legal default or an empty field. Only a reminder about this invoice alone counts: one
 * naming other invoices may give their dates and amounts (or their sum).
 */
function aboutThisInvoiceOnly(reminders: readonly MailMessage[], invoice: { invoiceNumber: string | null; currency: string | null }): Array<[MailMessage, TextFields]> {
  const key = invoice.invoiceNumber ? numberKey(invoice.invoiceNumber) : null;
  const out: Array<[MailMessage, TextFields]> = [];
  for (const reminder of reminders) {
    const own = stripQuoted(reminder.text);
    const fields = extractTextFields(own, guessDateOrder(own, { lang: detectLanguage(own), currency: invoice.currency }));
    if (!fields.invoiceNumbers.some((n) => numberKey(n.value) !== key)) out.push([reminder, fields]);
  }
  return out;
}

/**
 * The due date a reminder states for an invoice that printed none ("unsere Rechnung … fällig seit 26. Mai 2026",
 * "échue depuis le 15 octobre"): only a date between the issue and the reminder.
 */
export function dueDateFromReminders(
  reminders: readonly MailMessage[],
  invoice: { invoiceNumber: string | null; issueDate: string | null; currency: string | null },
): string | null {
  for (const [reminder, fields] of aboutThisInvoiceOnly(reminders, invoice)) {
    const due = fields.dueDate?.value;
    if (!due) continue;
    if (invoice.issueDate && due < invoice.issueDate) continue;
    if (reminder.calendarDate && due > reminder.calendarDate) continue;
    return due;
  }
  return null;
}

/**
 * The amount a reminder states for an invoice whose e-mail gave none ("As promised, invoice F-2026-0219 attached" with
 * an unreadable PDF; later "invoice F-2026-0219 for €11,683.20 is still unpaid"), in the invoice's currency if it had one.
 */
export function amountFromReminders(
  reminders: readonly MailMessage[],
  invoice: { invoiceNumber: string | null; currency: string | null },
): { value: number; currency: string | null } | null {
  for (const [, fields] of aboutThisInvoiceOnly(reminders, invoice)) {
    const amount = fields.amount?.value;
    if (!amount || amount.value <= 0) continue;
    if (invoice.currency && amount.currency && amount.currency !== invoice.currency) continue;
    return { value: amount.value, currency: amount.currency ?? invoice.currency };
  }
  return null;
}
