import { guessDateOrder } from '../extract/fields/date-order';
import { extractTextFields } from '../extract/fields/text-fields';
import { numberKey } from '../extract/fields/number-key';
import type { MailMessage } from '../mail/model';
import { detectLanguage } from '../text/language';
import { stripQuoted } from '../status/strip-quoted';

/**
 * The due date the company's own reminders state for an invoice that printed none ("unsere Rechnung … fällig
 * seit 26. Mai 2026", "échue depuis le 15 octobre"): the company knows its terms even when the invoice
 * e-mail did not say them, so its word beats the legal default. Only a reminder about this invoice counts
 * (one naming other invoices only may give their dates), and only a date between the issue and the reminder.
 */
export function dueDateFromReminders(
  reminders: readonly MailMessage[],
  invoice: { invoiceNumber: string | null; issueDate: string | null; currency: string | null },
): string | null {
  const key = invoice.invoiceNumber ? numberKey(invoice.invoiceNumber) : null;
  for (const reminder of reminders) {
    const own = stripQuoted(reminder.text);
    const fields = extractTextFields(own, guessDateOrder(own, { lang: detectLanguage(own), currency: invoice.currency }));
    const due = fields.dueDate?.value;
    if (!due) continue;
    const named = fields.invoiceNumbers.map((n) => numberKey(n.value));
    // A reminder naming other invoices may give their dates: it cannot tell whose date it is.
    if (named.some((n) => n !== key)) continue;
    if (invoice.issueDate && due < invoice.issueDate) continue;
    if (reminder.calendarDate && due > reminder.calendarDate) continue;
    return due;
  }
  return null;
}
