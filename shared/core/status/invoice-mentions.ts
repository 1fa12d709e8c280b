import { numberKey } from '../extract/fields/number-key';
import { execAll } from '../text/exec-all';

/** Where a text names an invoice of the thread, and which one (by its numberKey). */
export interface InvoiceMention {
  index: number;
  key: string;
}

/** A reference's shape: letters and figures with at least one figure (« F-2026-072 », « 0577 »); global, for execAll. */
export const NUMBER_TOKEN = /[A-Za-z0-9][A-Za-z0-9\-_/.]*\d[A-Za-z0-9\-_/.]*/g;

/**
 * The places a text names one of the thread's invoices. An invoice may be named by a short form of its
 * number — its last group of digits ("0318 was paid", for KM-2026-0318) or its number without the series
 * ("A2027/30" for "FT A2027/30") — when no other invoice of the thread shares that short form.
 */
export function invoiceMentions(numbers: readonly string[], text: string): InvoiceMention[] {
  const keys = new Set(numbers.map(numberKey).filter((k) => k.length >= 3));
  if (keys.size === 0) return [];
  const shortForms = new Map<string, string[]>();
  for (const n of numbers) {
    const group = /(\d{3,})[^\d]*$/.exec(n)?.[1];
    const unseries = /^[A-Z]{2,3}\s+(\S*\d\S*)$/.exec(n)?.[1];
    for (const short of [group && group !== numberKey(n) ? group : null, unseries ? numberKey(unseries) : null]) {
      if (short) shortForms.set(short, [...(shortForms.get(short) ?? []), numberKey(n)]);
    }
  }
  const mentions: InvoiceMention[] = [];
  for (const m of execAll(NUMBER_TOKEN, text)) {
    const key = numberKey(m[0]);
    if (keys.has(key)) mentions.push({ index: m.index, key });
    else {
      const named = shortForms.get(key);
      if (named?.length === 1) mentions.push({ index: m.index, key: named[0]! });
    }
  }
  return mentions;
}

/** A number right after an invoice word: « Rechnung 0412 », "invoice #A-17", « la facture n° 2026-88 ». */
// (or the payment's reference: « überwiesen (Verwendungszweck: FV-2026-0459). Die Zahlung für FV-2026-0388 folgt … im Dezember »)
const NAMED_INVOICE = /(?<![\p{L}])(?:(?:factures?|invoices?|bills?|rechnung(?:en)?|rg\.?|facturas?|fattur[ae]|factuur|facturen|faturas?)\s{0,2}(?:(?:n[°ºo]|nr|no|num)\.?\s{0,2}|#\s?)?|(?:verwendungszweck|zahlungsreferenz|payment\s+reference|r[ée]f[ée]rence|referenz|motif|causale|concepto)\s{0,2}:\s{0,2})([A-Za-z]{0,6}[-_/.]?\d[A-Za-z0-9\-_/.]*)/giu;

/**
 * Invoices a text names that are not among `numbers` (nor a short form of one): « Rechnung 0412 … das war aber die alte. Die neue
 * (F-2026-0431) überweise ich morgen » names 0412 beside F-2026-0431. Their places, each keyed by its own number.
 */
export function otherInvoicesNamed(numbers: readonly string[], text: string): InvoiceMention[] {
  const known = new Set(invoiceMentions(numbers, text).map((m) => m.index));
  // (an empty number names nothing: every key ends with it)
  const keys = new Set(numbers.map(numberKey).filter((k) => k !== ''));
  const out: InvoiceMention[] = [];
  for (const m of execAll(NAMED_INVOICE, text)) {
    const token = m[1]!.replace(/[-_/.]+$/, '');
    const index = m.index + m[0].length - m[1]!.length;
    const key = numberKey(token);
    if (key.length < 3 || keys.has(key) || known.has(index) || [...keys].some((k) => k.endsWith(key) || key.endsWith(k))) continue;
    out.push({ index, key });
  }
  return out;
}

/** "both invoices", "les deux factures", "alle Rechnungen": a text about every invoice of the thread (folded). */
const ALL_INVOICES =
  /(?<![a-z])(?:both|all\s+(?:the\s+|of\s+the\s+|three\s+|our\s+|your\s+)?invoices|(?:les\s+)?deux\s+factures|toutes\s+(?:les\s+|vos\s+|nos\s+)?factures|les\s+deux|beide[nr]?|alle\s+(?:\S+\s+)?rechnungen|ambas|todas\s+las\s+facturas|entrambe|tutte\s+(?:e\s+)?(?:le\s+)?fatture|alle\s+facturen|allebei)(?![a-z])/;

export function namesAllInvoices(folded: string): boolean {
  return ALL_INVOICES.test(folded);
}
