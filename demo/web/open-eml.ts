/**
 * The visitor's own e-mails in the demo: .eml files chosen from the disk are read in the page (parsed by the
 * core's MIME parser, never sent anywhere) and become conversations of the demo's mailbox, each with its own
 * id, so the features and the ledger treat them as they treat the bundled ones. A file that cannot be read
 * is named with the reason, one read only in part (its body over the budget…) is named with what was not
 * read, and the others are opened.
 */
import { parseMime } from '../../shared/core/mail/parse-mime';
import { threadMessages } from '../../shared/core/mail/threading';
import type { MailMessage, MailThread } from '../../shared/core/mail/model';

export interface OpenedMail {
  threads: MailThread[];
  failed: { name: string; reason: string }[];
  /** Files read in part: what of each was not read. */
  warnings: { name: string; warning: string }[];
}

let opened = 0;

export async function openEmlFiles(files: readonly File[]): Promise<OpenedMail> {
  const messages: MailMessage[] = [];
  const failed: OpenedMail['failed'] = [];
  const warnings: OpenedMail['warnings'] = [];
  for (const file of files) {
    const n = ++opened;
    try {
      const message = await parseMime(new Uint8Array(await file.arrayBuffer()), {
        fallbackId: `<opened-${n}@demo>`,
        onWarning: (warning) => warnings.push({ name: file.name, warning }),
      });
      messages.push({ ...message, hostThreadId: `opened-${n}` });
    } catch (error) {
      failed.push({ name: file.name, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  // Replies among the opened files join their conversation, which keeps the id of its first message.
  const threads = threadMessages(messages).map((thread) => ({ ...thread, id: thread.messages[0]!.hostThreadId ?? thread.id }));
  return { threads, failed, warnings };
}
