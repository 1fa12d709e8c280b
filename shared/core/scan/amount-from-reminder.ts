import { guessDateOrder } from '../extract/fields/date-order';
import { extractTextFields } from '../extract/fields/text-fields';
import { numberKey } from '../extract/fields/number-key';
import type { MailMessage } from '../mail/model';
import { detectLanguage } from '../text/language';
import { stripQuoted } from '../status/strip-quoted';

/**
 * The amount the company's own reminders state for an invoice whose e-mail gave none ("As promised, invoice
 * F-2026-0219 attached" with an unreadable PDF; later "invoice F-2026-0219 for €11,683.20 is still unpaid"): the
 * company knows what it billed. Only a reminder about this invoice alone counts (one naming other invoices may give
 * their amounts, or their sum).
 */
export function amountFromReminders(
  reminders: readonly MailMessage[],
  invoice: { invoiceNumber: string | null; currency: string | null },
): { value: number; currency: string | null } | null {
  const key = invoice.invoiceNumber ? numberKey(invoice.invoiceNumber) : null;
  for (const reminder of reminders) {
    const own = stripQuoted(reminder.text);
    const fields = extractTextFields(own, guessDateOrder(own, { lang: detectLanguage(own), currency: invoice.currency }));
    const amount = fields.amount?.value;
    if (!amount || amount.value <= 0) continue;
    if (fields.invoiceNumbers.some((n) => numberKey(n.value) !== key)) continue;
    if (invoice.currency && amount.currency && amount.currency !== invoice.currency) continue;
    return { value: amount.value, currency: amount.currency ?? invoice.currency };
  }
  return null;
}
