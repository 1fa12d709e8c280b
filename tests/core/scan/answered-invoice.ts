/** A test thread: an invoice of ours and the client's answer to it, scanned together through the real scan. */
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import type { MailMessage } from '../../../shared/core/mail/model';
import { mail } from '../status/mail';

/**
 * Sends « Facture F2026-0430 » (`total` €, 5 870,00 unless given; due 29/11/2026) from `ourAddress` to a client, then the
 * client's answer in reply, and scans both with `me` on 7 December 2026: the invoice's status and promised date.
 */
export async function answeredInvoice(ourAddress: string, me: string[], answerText: string, answerDate: string, total = '5 870,00'): Promise<[string | undefined, string | null | undefined]> {
  const invoice: MailMessage = {
    ...mail({ subject: 'Facture F2026-0430', date: '2026-10-15', text: `Bonjour,\nVeuillez trouver ci-dessous notre facture F2026-0430 du 15/10/2026.\nMontant TTC : ${total} €\nÉchéance : 29/11/2026\nCordialement` }),
    from: { name: 'Claire', address: ourAddress },
    to: [{ name: '', address: 'compta@client.example' }],
  };
  const answer = answering(invoice, {
    ...mail({ subject: 'RE: Facture F2026-0430', date: answerDate, from: 'compta@client.example', text: answerText }),
    to: [{ name: '', address: ourAddress }],
  });
  const [r] = await scanMessages([invoice, answer], { me, today: '2026-12-07' });
  return [r?.status, r?.promisedDate];
}

/** `message` sent in reply to `original` (In-Reply-To and References naming it), as a mail client threads it. */
export function answering(original: MailMessage, message: MailMessage): MailMessage {
  return { ...message, inReplyTo: original.messageId, references: [original.messageId] };
}

/** The status of 7 December 2026 of our invoice of `total` € (sent from claire@atelier.example) and, in reply on 20 November, the client's `text`. */
export const statusAfter = (total: string, text: string) => answeredInvoice('claire@atelier.example', ['atelier.example'], text, '2026-11-20', total);

/** How our own message of 20 November in an invoice's thread reads: a reminder, an answer, thanks or other. */
export const ours = (text: string, subject = 'Re: Facture F-2026-0412') => classifyOwnFollowUp(mail({ subject, from: 'claire@atelier.example', date: '2026-11-20', text }));
