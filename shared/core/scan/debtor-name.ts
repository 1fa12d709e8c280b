import type { MailThread } from '../mail/model';
import { isAutomatedLocalPart } from '../detect/automated-sender';

/**
 * An invoice that names no client (a short body, "Voici notre facture KV-2026-0415", no PDF): the name the debtor
 * signs its own mail with, anywhere in the mailbox ("Breizh Nautic SARL <compta@…>"), names it better than nothing.
 * Not an address written as a name, nor a robot's ("noreply", "mailer-daemon"). The names are gathered on the first
 * call only: most mailboxes' invoices name their client.
 */
export function senderNames(threads: readonly MailThread[]): (address: string | null) => string | null {
  let names: Map<string, string> | null = null;
  return (address) => {
    if (!address) return null;
    if (!names) {
      names = new Map();
      for (const thread of threads) {
        for (const m of thread.messages) {
          if (!m.from || isAutomatedLocalPart(m.from.address)) continue;
          const key = m.from.address.toLowerCase();
          const name = m.from.name.replace(/^["'\s]+|["'\s]+$/g, '');
          if (name && !name.includes('@') && !names.has(key)) names.set(key, name);
        }
      }
    }
    return names.get(address.toLowerCase()) ?? null;
  };
}
