import type { MailMessage } from '../mail/model';
import { stripReplyPrefixes } from '../mail/subject';
import { fold } from '../text/fold';
import { namesDepositInvoice } from '../extract/fields/deposit-invoice';
import { stripQuoted } from './strip-quoted';

/** Whether an invoice e-mail announces a deposit invoice: its subject or the opening of its own text says so. */
export function isDepositInvoice(message: MailMessage): boolean {
  return namesDepositInvoice(fold(`${stripReplyPrefixes(message.subject)}\n${stripQuoted(message.text).slice(0, 3000)}`));
}
