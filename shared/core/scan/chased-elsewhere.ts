import { numberKey } from '../extract/fields/number-key';
import { sameParty } from '../detect/webmail';
import { classifyOwnFollowUp } from '../status/classify-reply';
import { stripQuoted } from '../status/strip-quoted';
import { NUMBER_TOKEN } from '../status/invoice-mentions';
import { execAll } from '../text/exec-all';
import type { InvoiceReading } from './read-invoice';

export interface EarlierInvoice {
  /** The first sending of the invoice the later message chases. */
  first: InvoiceReading;
  /** Whether the chase goes to that invoice's client (a reminder) or to someone else (a subcontractor, a colleague). */
  sameClient: boolean;
}

/** The number keys a reading stands for: its own number, else those its message's own words name (each once). */
function keysOf(r: InvoiceReading): string[] {
  if (r.invoiceNumber) return [numberKey(r.invoiceNumber)];
  const keys = new Set<string>();
  for (const t of execAll(NUMBER_TOKEN, `${r.message.subject}\n${stripQuoted(r.message.text).slice(0, 5000)}`)) keys.add(numberKey(t[0].replace(/[.]+$/, '')));
  return [...keys];
}

/**
 * Messages of ours, carrying no document, that chase or answer about an invoice the mailbox sent earlier, stating another
 * sum than it (« Pixel Sud n'a toujours pas payé la F-2026-072, donc je ne peux pas encore te reverser ta part (1 200 €) »
 * to a subcontractor; « il reste 1 200 € à régler sur la F-2026-072 » to the client): they name that invoice,
 * they send none. (Same number and same sum is a sending again: see laterSendings.) A reading that found no number
 * of its own (« la F-2026-072 » without the word « facture ») chases the earlier invoice its own words name.
 */
export function chasesOfEarlierInvoices(readings: readonly InvoiceReading[]): Map<InvoiceReading, EarlierInvoice> {
  const firstByNumber = new Map<string, InvoiceReading>();
  const byDate = [...readings].sort((a, b) => ((a.message.date ?? '\uffff') < (b.message.date ?? '\uffff') ? -1 : a.message.date === b.message.date ? 0 : 1));
  const out = new Map<InvoiceReading, EarlierInvoice>();
  for (const r of byDate) {
    const keys = keysOf(r);
    const first = keys.map((key) => (key.length >= 3 ? firstByNumber.get(key) : undefined)).find((f) => f && f.message !== r.message && (f.message.date ?? '') < (r.message.date ?? ''));
    if (r.invoiceNumber && !firstByNumber.has(keys[0]!)) firstByNumber.set(keys[0]!, r);
    if (!first || r.message.attachments.some((a) => !a.inline) || classifyOwnFollowUp(r.message) === 'other') continue;
    const sameClient = !!first.debtorEmail && !!r.debtorEmail && sameParty(first.debtorEmail, r.debtorEmail);
    out.set(r, { first, sameClient });
  }
  return out;
}
