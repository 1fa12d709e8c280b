import { fold } from '../text/fold';

/**
 * What kind of business document a text announces. Cue words are folded (lower case, no accents)
 * and matched on word boundaries, in the languages Relance reads.
 */
export type DocumentKind =
  | 'invoice'
  | 'proforma'
  | 'quote'
  | 'credit-note'
  | 'receipt'
  | 'order'
  | 'reminder'
  | 'statement';

const CUES: Record<DocumentKind, readonly string[]> = {
  // Specific kinds first: "facture pro forma" or "facture d'avoir" contain the invoice word too.
  proforma: ['pro forma', 'pro-forma', 'proforma', 'proforma-rechnung'],
  'credit-note': ['avoir', 'avoirs', "facture d'avoir", 'credit note', 'credit memo', 'credit-note', 'gutschrift', 'nota de credito', 'nota di credito', 'creditnota', 'creditfactuur'],
  quote: ['devis', 'quote', 'quotation', 'estimate', 'angebot', 'kostenvoranschlag', 'presupuesto', 'cotizacion', 'preventivo', 'offerta', 'offerte', 'proposition commerciale'],
  receipt: ['recu', 'recu de paiement', 'receipt', 'payment receipt', 'quittung', 'zahlungsbestatigung', 'recibo', 'ricevuta'],
  order: ['bon de commande', 'confirmation de commande', 'purchase order', 'order confirmation', 'your order', 'votre commande', 'auftragsbestatigung', 'bestellbestatigung', 'bestellung', 'confirmacion de pedido', 'conferma d\'ordine', 'ordine'],
  reminder: ['relance', 'rappel', 'reminder', 'overdue', 'past due', 'impaye', 'impayee', 'en retard', 'mise en demeure', 'mahnung', 'zahlungserinnerung', 'recordatorio', 'sollecito', 'herinnering', 'aanmaning', 'final notice', 'outstanding'],
  statement: ['releve de compte', 'statement of account', 'account statement', 'kontoauszug', 'estado de cuenta', 'estratto conto'],
  invoice: ['facture', 'factures', 'invoice', 'invoices', 'rechnung', 'factura', 'fattura', 'factuur', 'fatura', 'facture d\'acompte', 'deposit invoice', 'tax invoice'],
};

/** The one-word invoice cues, for a host's mailbox search (a search engine matches words, not phrases). */
export const INVOICE_SEARCH_WORDS: readonly string[] = CUES.invoice.filter((c) => /^[a-z]+$/.test(c));

const ORDER: readonly DocumentKind[] = ['proforma', 'credit-note', 'quote', 'receipt', 'order', 'statement', 'reminder', 'invoice'];

/**
 * Words before a cue that make it something else: "due on receipt", "upon receipt of", "al recibo de la
 * factura" are payment terms, and "vous avez reçu", "bien reçu", "déjà reçu" a participle, not receipts.
 */
const NOT_AFTER: Partial<Record<DocumentKind, string>> = {
  receipt: '(?<!(?:on|upon|after|of|from|al|del|avez|avons|ai|as|a|ont|avoir|etre|ete|bien|deja|pas|jamais|non)\\s+)',
};

function cueRegex(cues: readonly string[], guard = ''): RegExp {
  const body = cues
    .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+'))
    .sort((a, b) => b.length - a.length)
    .join('|');
  return new RegExp(`(?<![a-z0-9])${guard}(?:${body})(?![a-z0-9])`, 'g');
}

const REGEX: Record<DocumentKind, RegExp> = Object.fromEntries(
  ORDER.map((kind) => [kind, cueRegex(CUES[kind], NOT_AFTER[kind])]),
) as Record<DocumentKind, RegExp>;

export interface KindHit {
  kind: DocumentKind;
  index: number;
}

/** Every cue in the text with its position (in the folded text, same offsets as the original). */
export function findKindCues(text: string): KindHit[] {
  const folded = fold(text);
  const hits: KindHit[] = [];
  for (const kind of ORDER) {
    const re = REGEX[kind];
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) hits.push({ kind, index: m.index });
  }
  return hits.sort((a, b) => a.index - b.index);
}

export function hasCue(text: string, kind: DocumentKind): boolean {
  const re = REGEX[kind];
  re.lastIndex = 0;
  return re.test(fold(text));
}

/**
 * The kind a title (a subject, a file name, the first lines of a document) announces. The kinds that are
 * never receivables (pro forma, credit note, quote, receipt, order) win over "invoice" wherever they stand,
 * because they qualify it ("facture pro forma", "avoir sur facture 1008"); a reminder word wins too.
 * Returns null when the title says nothing.
 */
export function kindOfTitle(title: string): DocumentKind | null {
  const hits = findKindCues(title);
  if (hits.length === 0) return null;
  for (const kind of ORDER) if (hits.some((h) => h.kind === kind)) return kind;
  return null;
}
