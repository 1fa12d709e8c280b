import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMime } from '../../../shared/core/mail/parse-mime';
import { createMeMatcher } from '../../../shared/core/detect/me';
import type { MailMessage, MailThread } from '../../../shared/core/mail/model';
import type { Side } from '../../../shared/core/status/message-side';
import { isAutoReply } from '../../../shared/core/status/classify-reply';

/** The sample mailbox, read thread by thread from its .eml files, with its labels. */
export const MAILBOX = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/samples/mailbox');

export interface ThreadEntry {
  thread: string;
  category: string;
  tags: string[];
  messages: { file: string; messageId: string; role: string | null }[];
}

export interface Label {
  messageId: string;
  invoiceNumber: string | null;
  status: string;
  promisedDate: string | null;
  remindersSent: number;
  alternatives?: Record<string, unknown[]>;
}

function jsonLines<T>(file: string): T[] {
  return readFileSync(path.join(MAILBOX, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
}

export const threadEntries = (): ThreadEntry[] => jsonLines<ThreadEntry>('threads.jsonl');
export const labels = (): Label[] => jsonLines<Label>('labels.jsonl');
export const meta = (): { me: string; today: string } => JSON.parse(readFileSync(path.join(MAILBOX, 'meta.json'), 'utf8'));

export async function loadThread(entry: ThreadEntry): Promise<MailThread> {
  const messages: MailMessage[] = [];
  for (const m of entry.messages) messages.push(await parseMime(readFileSync(path.join(MAILBOX, 'threads', entry.thread, m.file))));
  messages.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  return { id: entry.thread, messages };
}

/** Side by address: the user's addresses (From, Sender, or a platform's Reply-To), auto-replies, else the client. */
export function sideOfFor(me: string): (message: MailMessage) => Side {
  const isMe = createMeMatcher(me.split(','));
  return (message) => {
    if (isMe(message.from?.address) || isMe(message.sender?.address) || message.replyTo.some((a) => isMe(a.address))) return 'us';
    return isAutoReply(message) ? 'other' : 'client';
  };
}

/** The accepted values of a label's field: its value plus its alternatives. */
export function accepted(label: Label, field: 'status' | 'promisedDate' | 'remindersSent'): unknown[] {
  return [label[field], ...(label.alternatives?.[field] ?? [])];
}
