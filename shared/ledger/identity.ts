import { numberKey } from '../core/extract/fields/number-key';

/**
 * Who a client is and which invoice is which. One invoice is one record whatever it was seen from (Gmail,
 * Outlook, an .mbox, a CSV): same normalized number and same client. A client is its e-mail domain
 * (everyone at acme.fr is Acme), except on public mail services where the address itself is the client.
 */
const PUBLIC_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.fr', 'outlook.com', 'outlook.fr', 'live.com', 'live.fr', 'msn.com',
  'yahoo.com', 'yahoo.fr', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr',
  'neuf.fr', 'laposte.net', 'bbox.fr', 'numericable.fr', 'club-internet.fr', 'gmx.fr', 'gmx.de', 'gmx.net', 'web.de',
  'protonmail.com', 'proton.me', 'pm.me', 'yandex.com', 'mail.com', 'libero.it', 'tiscali.it', 't-online.de',
]);

export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 1 || at === email.length - 1) return null;
  return email.slice(at + 1).trim().toLowerCase();
}

export const isPublicMailDomain = (domain: string) => PUBLIC_MAIL_DOMAINS.has(domain);

/** The client's key: e-mail domain, or the address on a public mail service, or the name folded, or "unknown". */
export function clientKey(email: string | null, name: string | null): string {
  const address = email?.trim().toLowerCase() ?? '';
  const domain = address ? emailDomain(address) : null;
  if (domain) return isPublicMailDomain(domain) ? address : domain;
  const folded = (name ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return folded ? `name:${folded}` : 'unknown';
}

/** The invoice's key: normalized number @ client, or the message it came in when no number was read. */
export function invoiceKey(number: string | null, client: string, messageId: string | null): string {
  const key = number ? numberKey(number) : '';
  if (key) return `${key}@${client}`;
  if (messageId) return `msg:${messageId}`;
  throw new Error('An invoice needs a number or a message id to be identified');
}
