import { fold } from '../../text/fold';
import { isFieldLabel } from './label-layout';
import { isStreetLine, startsWithStreetAddress } from './street-address';

/**
 * The client's name from the buyer block of an invoice: "Facturé à / Bill to / Rechnungsempfänger" heads it
 * and the client's name comes first under it. PDF text puts the block beside others: the label may end a
 * line ("Votre commande : PO26961  Facturé à") or share a header row with the seller's block ("Facturé à
 * Émetteur" above "Hôtel Le Cormoran  Hirondelle Studio SARL"): the name is then the cell of its column.
 */

/** Labels clear enough to head the block with the name written after them ("Bill to: Acme Ltd"). */
const LONG_LABEL =
  /^(?:factur[ée]e?s? [àa]|adress[ée]e?s? [àa]|adresse de facturation|destinataire|bill(?:ed)? to|invoice to|invoiced to|sold to|billing address|customer details|rechnungsempf[äa]nger|rechnungsadresse|rechnung an|facturar a|facturado a|datos del cliente|fatturare a|fatturato a|intestatario|spett\.?(?:le|abile)|factuuradres|factureren aan|gefactureerd aan)(?:\s*:\s*|\s+|$)(.*)$/i;
/** Words that head the block only alone in their cell or before a colon ("Client :", "Kunde", "An", "Invoice For"). */
const SHORT_LABEL = /^(?:client|customer|invoice for|kunde|an|cliente|destinatario|klant|aan)(?:\s*:\s*(.*)|\s*)$/i;

/** A buyer label that also opens an Italian letter's greeting ("Spett.le Ufficio,"). */
const GREETING_LABEL = /^spett/i;

/** Cells of a line: parted by a column gap (two spaces or more, or a tab). */
const CELL_GAP = /[ \t\u00a0]{2,}|\t/;

function cells(line: string): string[] {
  return line.trim().split(CELL_GAP).map((c) => c.trim()).filter(Boolean);
}

/** The text after a buyer label in a cell ('' when the label is alone), or null when the cell is no such label. */
function afterLabel(cell: string): string | null {
  const m = LONG_LABEL.exec(cell) ?? SHORT_LABEL.exec(cell);
  return m ? (m[1] ?? '').trim() : null;
}

/** A name: letters, not an address, a number, an e-mail or another block's heading. */
function isName(text: string): boolean {
  if (text.length < 2 || text.length > 80 || !/\p{L}{2}/u.test(text) || /\d{3,}|@/.test(text) || startsWithStreetAddress(text)) return false;
  return afterLabel(text) === null && !OTHER_HEADING.test(text) && !isFieldLabel(fold(text));
}
/** Headings of the blocks written beside the buyer's: the seller's, the delivery address, references. */
const OTHER_HEADING =
  /^(?:[ée]metteur|exp[ée]diteur|vendeur|fournisseur|prestataire|seller|supplier|from|issued by|vendor|ship to|deliver to|livr[ée] [àa]|adresse de livraison|lieferadresse|absender|verk[äa]ufer|lieferant|emisor|vendedor|proveedor|fornitore|venditore|cedente|prestatore|leverancier|verkoper|afzender|leveradres)\s*:?$/i;

/**
 * The client's name written in the buyer block of a document's text: the block its label heads, else the
 * first unlabelled address block that is not the seller's (`isUs` tells the user's company); null if none.
 */
export function billedTo(text: string, isUs?: (name: string) => boolean): string | null {
  return labelledBuyer(text) ?? addressedTo(text, isUs);
}

/**
 * The name in the block a buyer label heads ("Facturé à", "Bill to", "Rechnungsempfänger"…). An e-mail's body
 * is read with this alone: its unlabelled blocks are greetings and signatures, not addresses.
 */
export function labelledBuyer(text: string, opts: { letter?: boolean } = {}): string | null {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const row = cells(lines[i]!);
    for (let col = 0; col < row.length; col++) {
      const rest = afterLabel(row[col]!);
      if (rest === null) continue;
      // In a letter, "Spett.le Ufficio," greets its reader with a common noun, not the client's name ("Spett.le
      // Magazzini Frigoriferi Aosta S.r.l.," names it).
      if (opts.letter && GREETING_LABEL.test(row[col]!) && !/\s/.test(rest.replace(/[\s,;]+$/, ''))) continue;
      if (rest) {
        if (isName(rest)) return nameWithoutAddress(rest);
        continue;
      }
      // The cell right of the label ("Customer  Penwick Retail plc"), unless it heads another block.
      const right = row[col + 1];
      if (right && isName(right)) return nameWithoutAddress(right);
      // The cell of the label's column when the row below has as many cells, else the one cell under it.
      const below = nextRow(lines, i);
      const name = below.length === row.length ? below[col] : below.length === 1 || row.length === 1 ? below[0] : undefined;
      if (name && isName(name)) return nameWithoutAddress(name);
    }
  }
  return null;
}

/**
 * The name alone: a letter's address line ends with a comma ("Spett.le Magazzini Frigoriferi Aosta S.r.l.,"), and a
 * body's one line may go on with the address ("Bill to: Meridian Energy plc, 1 Canada Square, London E14 5AB").
 */
function nameWithoutAddress(name: string): string {
  const parts = name.split(/,\s+/);
  let end = 1;
  while (end < parts.length && !/^\d/.test(parts[end]!) && !startsWithStreetAddress(parts[end]!)) end++;
  return parts.slice(0, end).join(', ').replace(/[\s,;]+$/, '');
}

function nextRow(lines: string[], i: number): string[] {
  for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
    const row = cells(lines[j]!);
    if (row.length > 0) return row;
  }
  return [];
}

/** A line that may be a name in an address block: one cell of letters, no long number, no e-mail or web address. */
function isNameLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 60 && !CELL_GAP.test(t) && !/www\.|https?:/i.test(t) && isName(t);
}

/**
 * The client's name from an address block with no label: the first line of a block whose street line follows
 * its name (and maybe a department: "Commune de Haute-Sambre" / "Service Travaux" / "Place communale 1"). The
 * seller's letterhead is the block that opens the document or whose name the legal mentions repeat; `isUs`
 * tells the user's own company too.
 */
function addressedTo(text: string, isUs: (name: string) => boolean = () => false): string | null {
  // The blocks are at the top of the first page: a few candidates among its first lines, so that the
  // search for a repeated name stays linear.
  const lines = text.split('\n', HEAD_LINES);
  let candidates = 0;
  for (let i = 1; i < lines.length && candidates < MAX_BLOCKS; i++) {
    if (!isStreetLine(lines[i]!)) continue;
    let top = i;
    while (top > 0 && i - top < 2 && isNameLine(lines[top - 1]!)) top--;
    if (top === i || top <= 1) continue;
    candidates++;
    const name = lines[top]!.trim();
    if (isUs(name) || writtenTwice(text, name)) continue;
    return name;
  }
  return null;
}
const HEAD_LINES = 80;
const MAX_BLOCKS = 4;

/** Whether a name is written twice: the seller's, again in the legal mentions. */
function writtenTwice(text: string, name: string): boolean {
  const first = text.indexOf(name);
  return first >= 0 && text.indexOf(name, first + name.length) >= 0;
}
