import { fold } from '../../text/fold';
import { isFieldLabel } from './label-layout';
import { startsWithStreetAddress } from './street-address';

/**
 * The client's name from the buyer block of an invoice: "Facturé à / Bill to / Rechnungsempfänger" heads it
 * and the client's name comes first under it. PDF text puts the block beside others: the label may end a
 * line ("Votre commande : PO26961  Facturé à") or share a header row with the seller's block ("Facturé à
 * Émetteur" above "Hôtel Le Cormoran  Hirondelle Studio SARL"): the name is then the cell of its column.
 */

/** Labels clear enough to head the block with the name written after them ("Bill to: Acme Ltd"). */
const LONG_LABEL =
  /^(?:factur[ée]e?s? [àa]|adress[ée]e?s? [àa]|adresse de facturation|destinataire|bill(?:ed)? to|invoice to|invoiced to|sold to|billing address|customer details|rechnungsempf[äa]nger|rechnungsadresse|rechnung an|facturar a|facturado a|datos del cliente|fatturare a|fatturato a|intestatario|spett\.?(?:le|abile)|factuuradres|factureren aan|gefactureerd aan)(?:\s*:\s*|\s+|$)(.*)$/i;
/** Short words that head the block only alone in their cell or before a colon ("Client :", "Kunde", "An"). */
const SHORT_LABEL = /^(?:client|customer|kunde|an|cliente|destinatario|klant|aan)(?:\s*:\s*(.*)|\s*)$/i;

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
const OTHER_HEADING = /^(?:[ée]metteur|vendeur|fournisseur|prestataire|seller|supplier|from|issued by|vendor|ship to|deliver to|livr[ée] [àa]|adresse de livraison|lieferadresse|absender|verk[äa]ufer|emisor|proveedor|fornitore|cedente|leverancier|afzender)\s*:?$/i;

/** The client's name written in the buyer block of a document's text, or null. */
export function billedTo(text: string): string | null {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const row = cells(lines[i]!);
    for (let col = 0; col < row.length; col++) {
      const rest = afterLabel(row[col]!);
      if (rest === null) continue;
      if (rest) {
        if (isName(rest)) return rest;
        continue;
      }
      // The cell right of the label ("Customer  Penwick Retail plc"), unless it heads another block.
      const right = row[col + 1];
      if (right && isName(right)) return right;
      // The cell of the label's column when the row below has as many cells, else the one cell under it.
      const below = nextRow(lines, i);
      const name = below.length === row.length ? below[col] : below.length === 1 || row.length === 1 ? below[0] : undefined;
      if (name && isName(name)) return name;
    }
  }
  return null;
}

function nextRow(lines: string[], i: number): string[] {
  for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
    const row = cells(lines[j]!);
    if (row.length > 0) return row;
  }
  return [];
}
