import { fold } from '../text/fold';
import { execAll } from '../text/exec-all';
import { numberKey } from '../extract/fields/number-key';
import { sameParty } from '../detect/webmail';
import type { InvoiceReading } from './read-invoice';

/**
 * A corrected invoice that says which one it replaces (« facture rectifiée avec PO 4500018822 (annule et remplace
 * LM-2026-073) », "This invoice supersedes INV-1042", « ersetzt Rechnung RE-17 »): the one replaced is owed no more.
 * The number comes at most three words after the words of replacing; only the company's own invoices to the same
 * client are dropped, and only by a later sending.
 */
const REPLACES = /(?<![a-z])(?:annule\s+et\s+remplace|remplace|replaces|supersedes|in\s+replacement\s+of|ersetzt|anula\s+y\s+sustituye(?:\s+a)?|sustituye\s+a|sostituisce|vervangt)(?![a-z])\s+(?:\S+\s+){0,3}?([a-z0-9][a-z0-9\-_/.]*\d[a-z0-9\-_/.]*)/g;

export function replacedNumbers(text: string): string[] {
  return [...execAll(REPLACES, fold(text))].map((m) => m[1]!.replace(/[.]+$/, ''));
}

/** The readings another, later reading of the same client says it replaces. */
export function supersededReadings(readings: readonly InvoiceReading[]): Set<InvoiceReading> {
  const out = new Set<InvoiceReading>();
  const replacing = readings.filter((r) => r.replaces?.length);
  if (replacing.length === 0) return out;
  for (const r of readings) {
    if (!r.invoiceNumber || !r.debtorEmail) continue;
    const key = numberKey(r.invoiceNumber);
    const by = replacing.find(
      (n) =>
        n !== r &&
        n.invoiceNumber !== null &&
        numberKey(n.invoiceNumber) !== key &&
        n.replaces!.some((x) => numberKey(x) === key) &&
        !!n.debtorEmail &&
        sameParty(n.debtorEmail, r.debtorEmail!) &&
        (n.message.date ?? '') >= (r.message.date ?? ''),
    );
    if (by) out.add(r);
  }
  return out;
}
