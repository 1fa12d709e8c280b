import type { Address, MailMessage } from '../mail/model';
import { createMeMatcher, type MeMatcher } from './me';
import { fold } from '../text/fold';
import { isAutomatedLocalPart, isAutomatedSender } from './automated-sender';
import { hasReplyPrefix } from '../mail/subject';
import { announcedCopyRecipient, invoiceCopyRecipient, type CopyRecipient } from './invoice-copy';

/**
 * Who the user's company is, from `--me`: its addresses and domains, and the name its mail is signed
 * with ("atelier-dupont.fr" → "atelierdupont"), so that an invoicing platform writing "Atelier Dupont
 * SARL via Pennylane" from its own no-reply address is recognised as speaking for the company.
 */
export interface Identity {
  isMe: MeMatcher;
  /** Folded, alphanumeric-only keys of the company's name, from its domains. */
  companyKeys: string[];
  /**
   * The words of a hyphenated domain ("dupuis-paysages.fr" → dupuis, paysages): a name holding them all, in
   * any order, is the company's ("Paysages Dupuis SARL").
   */
  companyWords: string[][];
}

/** Mail providers whose domain says nothing about a company. */
const PUBLIC_PROVIDERS = new Set([
  'gmail', 'googlemail', 'outlook', 'hotmail', 'live', 'msn', 'yahoo', 'icloud', 'me', 'mac', 'aol', 'gmx', 'web', 'orange', 'wanadoo',
  'free', 'sfr', 'laposte', 'bbox', 'neuf', 'proton', 'protonmail', 'yandex', 'mail', 'libero', 'virgilio', 'tiscali', 'btinternet', 't-online',
]);
/** Second-level labels of country suffixes such as co.uk or com.au. */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'gouv', 'asso', 'ltd', 'plc']);

/** The label that names the company: "atelier-dupont" in "atelier-dupont.fr", "brightwater" in "brightwater.co.uk". */
function nameLabel(domain: string): string | null {
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  if (labels.length < 2) return null;
  labels.pop();
  if (labels.length >= 2 && SECOND_LEVEL.has(labels[labels.length - 1]!)) labels.pop();
  return labels[labels.length - 1]!;
}

function companyKeyOfDomain(domain: string): string | null {
  const label = nameLabel(domain);
  if (!label || PUBLIC_PROVIDERS.has(label)) return null;
  const key = label.replace(/[^a-z0-9]/g, '');
  return key.length >= 4 ? key : null;
}

/** The words of a hyphenated label, when there are two or more of 3 letters or more. */
function companyWordsOfDomain(domain: string): string[] | null {
  const words = (nameLabel(domain) ?? '').split('-').filter((w) => /^[a-z0-9]{3,}$/.test(w));
  return words.length >= 2 ? words : null;
}

/** The last identity made: the same addresses give the same object, so what is remembered per message for an identity is found again. */
let lastMade: { key: string; identity: Identity } | null = null;

export function createIdentity(me: readonly string[]): Identity {
  const key = me.join('\n');
  if (lastMade?.key === key) return lastMade.identity;
  const keys = new Set<string>();
  const words: string[][] = [];
  for (const entry of me) {
    const value = entry.trim().toLowerCase();
    const domain = value.includes('@') ? value.slice(value.lastIndexOf('@') + 1) : value.replace(/^@/, '');
    const key = companyKeyOfDomain(domain);
    if (key) keys.add(key);
    const parts = key ? companyWordsOfDomain(domain) : null;
    if (parts && !words.some((w) => w.join('-') === parts.join('-'))) words.push(parts);
  }
  const identity: Identity = { isMe: createMeMatcher(me), companyKeys: [...keys], companyWords: words };
  lastMade = { key, identity };
  return identity;
}

function compact(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, '');
}

/** A display name that carries the company's name ("Brightwater Digital Ltd", "Atelier Dupont SARL via Pennylane"). */
export function namesCompany(name: string, identity: Identity): boolean {
  if (!name) return false;
  const c = compact(name);
  if (identity.companyKeys.some((key) => c.includes(key))) return true;
  return identity.companyWords.some((ws) => ws.every((w) => c.includes(w)));
}

export function isMeAddress(a: Address | null | undefined, identity: Identity): boolean {
  return !!a && identity.isMe(a.address);
}

/**
 * The message was written by the company or sent on its behalf: from one of the user's addresses,
 * or from a platform that signs with the company's name or sets the user as Reply-To.
 */
export function speaksForUs(message: MailMessage, identity: Identity): boolean {
  if (isMeAddress(message.from, identity) || isMeAddress(message.sender, identity)) return true;
  if (!message.from) return false;
  if (message.replyTo.some((a) => identity.isMe(a.address))) return true;
  if (namesCompany(message.from.name, identity)) return true;
  return isPlatformCopyToUs(message, identity) || copyToUs(message, identity) !== null;
}

/**
 * Copies are asked about several times per message (who speaks, may it be an invoice, whom to chase). Kept by
 * identity, then by message: one table for a scan's messages, not one per message (20,000 small weak tables
 * on the bench mailbox, each one more for the garbage collector to go through).
 */
const copies = new WeakMap<Identity, WeakMap<MailMessage, CopyRecipient | null>>();

/**
 * The client named by a copy of an invoice that a platform (or the user) sends the user after the invoice
 * went out ("Copie de votre facture F-12 envoyée à X"); null when the message is no such copy.
 */
export function copyToUs(message: MailMessage, identity: Identity): CopyRecipient | null {
  let byMessage = copies.get(identity);
  if (!byMessage) copies.set(identity, (byMessage = new WeakMap()));
  let known = byMessage.get(message);
  if (known === undefined) {
    known = invoiceCopyRecipient(message, identity, (name) => namesCompany(name, identity));
    byMessage.set(message, known);
  }
  return known;
}

/**
 * A platform's e-mail to a client with the user in Cc or Bcc (a Bcc copy shows only in Delivered-To):
 * sent on the company's behalf even when the platform signs with its own name.
 */
function isPlatformCopyToUs(message: MailMessage, identity: Identity): boolean {
  const toClient = message.to.some((a) => !identity.isMe(a.address));
  if (message.headers['list-unsubscribe'] || message.headers['list-id']) return false;
  // (a portal writing to us with the client in Cc, its text saying it sent the invoice to that address: « Invoice VSO-2026-073
  // has been submitted … Sent to: ap.france@… »)
  if (!toClient) return message.cc.some((a) => !identity.isMe(a.address)) && writesToUsAndClient(message, identity) && announcedToCc(message, identity);
  const usInCopy = message.cc.some((a) => identity.isMe(a.address)) || message.bcc.some((a) => identity.isMe(a.address)) ||
    (message.deliveredTo.some((a) => identity.isMe(a)) && !message.to.some((a) => identity.isMe(a.address)));
  if (!usInCopy) return writesToUsAndClient(message, identity);
  // (the text is read last, and only for the few messages to a client with the company in copy: most mail is neither)
  // (an automated mailbox or a platform's sending domain: "quickbooks@notification.intuit.com" with the user in Bcc)
  // (a client's reply to the platform, the user in Cc, quotes the invoice's « pour le compte de … »: it is the client's, held-out DPV)
  const isReply = message.inReplyTo !== null || hasReplyPrefix(message.subject);
  return isAutomatedSender(message.from?.address ?? '') || (!isReply && saysOnBehalfOfUs(message.text, identity));
}

/**
 * A portal writing to the company and its client at once ("Chorus Pro - Dépôt de votre facture …" to both, or the client in
 * Cc), naming that
 * client's address in its text ("Destinataire : Caisse des écoles du 13e (restauration@cde13.paris.fr)"). Never a reply:
 * a client's billing mailbox answering us and a colleague quotes addresses too.
 */
function writesToUsAndClient(message: MailMessage, identity: Identity): boolean {
  if (message.inReplyTo !== null || hasReplyPrefix(message.subject) || !isAutomatedLocalPart(message.from?.address ?? '')) return false;
  if (!message.to.some((a) => identity.isMe(a.address))) return false;
  return [...message.to, ...message.cc].some((a) => !identity.isMe(a.address) && message.text.includes(a.address));
}

/** The address a notice says it sent the invoice to is one of its Cc outside the company. */
function announcedToCc(message: MailMessage, identity: Identity): boolean {
  const address = announcedCopyRecipient(message.text)?.address?.toLowerCase();
  return !!address && message.cc.some((a) => !identity.isMe(a.address) && a.address.toLowerCase() === address);
}

/** "Your invoice … from Paddle.com on behalf of Lingua Pro": a merchant of record sending the company's invoice. */
const ON_BEHALF = /(?:on behalf of|pour le compte de|au nom de|im auftrag von|im namen von|en nombre de|por cuenta de|per conto di|a nome di|uit naam van)\s+([^\n.,;!?]{2,60})/gi;
function saysOnBehalfOfUs(text: string, identity: Identity): boolean {
  for (const m of text.slice(0, 1500).matchAll(ON_BEHALF)) if (namesCompany(m[1]!, identity)) return true;
  return false;
}

/** Recipients outside the company, To first, then Cc. */
export function externalRecipients(message: MailMessage, identity: Identity): Address[] {
  const seen = new Set<string>();
  const out: Address[] = [];
  for (const a of [...message.to, ...message.cc]) {
    if (identity.isMe(a.address) || seen.has(a.address)) continue;
    seen.add(a.address);
    out.push(a);
  }
  return out;
}
