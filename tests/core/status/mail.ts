import type { MailMessage } from '../../../shared/core/mail/model';

let counter = 0;

/** A mail-model message with only what a test says; the rest empty. */
export function mail(parts: {
  text: string;
  subject?: string;
  from?: string;
  date?: string;
  headers?: Record<string, string>;
  replyTo?: string;
}): MailMessage {
  counter++;
  const date = parts.date ?? '2026-11-10';
  return {
    messageId: `<m${counter}@test>`,
    hostThreadId: null,
    from: { name: '', address: parts.from ?? 'client@client.example' },
    sender: null,
    replyTo: parts.replyTo ? [{ name: '', address: parts.replyTo }] : [],
    to: [],
    cc: [],
    bcc: [],
    deliveredTo: [],
    date: `${date}T09:00:00.000Z`,
    calendarDate: date,
    subject: parts.subject ?? 'Re: Facture',
    text: parts.text,
    html: null,
    inReplyTo: null,
    references: [],
    headers: parts.headers ?? {},
    attachments: [],
  };
}
