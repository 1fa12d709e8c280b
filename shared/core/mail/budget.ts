import type { MailMessage } from './model';

/**
 * What one message may cost to read. Anyone can send the user a message, so each one gets a bounded share
 * of time and memory: past these limits its body is not read (its headers still are, so that it keeps its
 * place in its conversation) or its text is cut, and the host is told which message it was.
 *
 * - Bytes: postal-mime decodes a whole message in memory. 48 MiB still holds a 30 MiB attachment in base64.
 * - Lines: postal-mime's cost grows with the lines of a part that is not base64 (about 10 µs each in Node,
 *   where every line becomes a Blob part); 600,000 lines bound a message to a few seconds and still hold a
 *   30 MiB attachment in base64 (76-character lines).
 * - Nesting: multiparts deeper than this are refused by postal-mime (its own limit, passed to it).
 * - Text: what the readers (detection, fields, status) read of a body, a subject or a PDF's text. Every
 *   reader is linear in its text; the cap bounds the time of each. An invoice's facts are on its first page.
 */
export interface MessageBudget {
  maxBytes: number;
  maxLines: number;
  maxNestingDepth: number;
  maxTextChars: number;
  maxHtmlChars: number;
  maxSubjectChars: number;
}

export const MESSAGE_BUDGET: Readonly<MessageBudget> = {
  maxBytes: 48 * 1024 * 1024,
  maxLines: 600_000,
  maxNestingDepth: 64,
  maxTextChars: 256 * 1024,
  /** An HTML body is cut before it is turned into text: markup takes room. */
  maxHtmlChars: 1024 * 1024,
  /** Subjects are read like bodies (title cues, fields); no real one is longer. */
  maxSubjectChars: 4096,
};

const LF = 0x0a;

/** Why a raw message is over the budget, or null when it is within it. Stops counting at the limit. */
export function overBudget(bytes: Uint8Array, budget: Pick<MessageBudget, 'maxBytes' | 'maxLines'> = MESSAGE_BUDGET): string | null {
  if (bytes.length > budget.maxBytes) return `message larger than ${mebibytes(budget.maxBytes)}`;
  let lines = 0;
  for (let at = bytes.indexOf(LF); at >= 0; at = bytes.indexOf(LF, at + 1)) {
    if (++lines > budget.maxLines) return `message of more than ${budget.maxLines.toLocaleString('en')} lines`;
  }
  return null;
}

function mebibytes(n: number): string {
  return `${n / (1024 * 1024)} MiB`;
}

/** A text cut to `max` characters (never inside a surrogate pair), and whether it was cut. */
export function boundText(text: string, max: number = MESSAGE_BUDGET.maxTextChars): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const last = text.charCodeAt(max - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  return { text: text.slice(0, end), cut: true };
}

export function textCutWarning(what: string, max: number = MESSAGE_BUDGET.maxTextChars): string {
  return `${what} cut to its first ${max.toLocaleString('en')} characters`;
}

/**
 * The thread with every body within the text budget. parseMime cuts its own messages; hosts that build the
 * model themselves (Gmail's and Outlook's bodies) are cut here, each cut told to `onWarning`.
 */
export function boundThreadText<T extends { messages: MailMessage[] }>(thread: T, onWarning?: (warning: string) => void): T {
  const over = (m: MailMessage) => m.text.length > MESSAGE_BUDGET.maxTextChars || m.subject.length > MESSAGE_BUDGET.maxSubjectChars;
  if (!thread.messages.some(over)) return thread;
  const messages = thread.messages.map((m) => {
    if (!over(m)) return m;
    const body = boundText(m.text);
    const subject = boundText(m.subject, MESSAGE_BUDGET.maxSubjectChars);
    if (body.cut) onWarning?.(`${m.messageId}: ${textCutWarning('body')}`);
    if (subject.cut) onWarning?.(`${m.messageId}: ${textCutWarning('subject', MESSAGE_BUDGET.maxSubjectChars)}`);
    return { ...m, text: body.text, subject: subject.text };
  });
  return { ...thread, messages };
}
