import type { MailMessage, MailThread } from '../mail/model';
import { speaksForUs, type Identity } from '../detect/identity';
import { hasCue, kindOfTitle } from '../detect/document-kind';
import { numberKey } from '../extract/fields/number-key';
import { stripQuoted } from '../status/strip-quoted';
import { fold } from '../text/fold';
import { execAll } from '../text/exec-all';

/**
 * An invoice the company cancelled with a credit note later in its thread ("I've attached credit note CN-0009,
 * which cancels INV-0434 in full", « l'avoir AV-3 annule intégralement la facture F-12 ») is no receivable:
 * nothing is owed on it. It takes both: a credit note in the message (its words or an attached one) and a
 * cancelling word at most three words before the invoice's number — the corrected invoice named in the same
 * sentence is not cancelled.
 */
const CANCELLING = String.raw`(?:cancel(?:s|led|ling)?|annul(?:e|ee|ent|ons|ant)?|storniert?|storno|anula|anulada|annulla|annullata|vervalt|crediteert|replaces?|remplace|supersedes?|credits?\s+in\s+full)`;
const CANCELLED_NUMBER = new RegExp(String.raw`(?<![a-z])${CANCELLING}(?![a-z])\s+(?:\S+\s+){0,3}?([a-z0-9][a-z0-9\-_/.]*\d[a-z0-9\-_/.]*)`, 'g');

function cancelsNumber(message: MailMessage, key: string): boolean {
  const own = stripQuoted(message.text);
  const folded = fold(`${message.subject}\n${own}`);
  const creditNote = hasCue(folded, 'credit-note') || message.attachments.some((a) => !a.inline && kindOfTitle(a.filename ?? '') === 'credit-note');
  if (!creditNote) return false;
  for (const m of execAll(CANCELLED_NUMBER, folded)) if (numberKey(m[1]!.replace(/[.]+$/, '')) === key) return true;
  return false;
}

export function isCancelledInThread(invoiceNumber: string | null, invoiceMessage: MailMessage, thread: MailThread, identity: Identity): boolean {
  if (!invoiceNumber) return false;
  const key = numberKey(invoiceNumber);
  if (key.length < 3) return false;
  const after = thread.messages.slice(thread.messages.indexOf(invoiceMessage) + 1);
  return after.some((m) => m !== invoiceMessage && speaksForUs(m, identity) && cancelsNumber(m, key));
}
