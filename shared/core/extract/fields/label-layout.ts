import { fold } from '../../text/fold';
import { startsWithStreetAddress } from './street-address';
import { DEPOSIT_PAID, DUE_AMOUNT, DUE_DATE, INVOICE_NUMBER_LABEL, ISSUE_DATE, NOT_DUE_AMOUNT, TOTAL_AMOUNT } from './labels';

/**
 * Invoices do not always write a label and its value on one line. HTML e-mails of invoicing platforms stack
 * them ("Montant dû" above "2 160,00 €"), tables print a row of headers above a row of values ("N° facture
 * Date Échéance Total" / "FA00045 20/11/2026 …"), and PDF text comes out the same way. This puts each value
 * on the line of its label ("Montant dû  2 160,00 €", "Échéance : 31/12/2026"), so that the field readers,
 * which look for a label before a value on its line, read every layout alike.
 */

const FIELD_LABELS = [DUE_AMOUNT, TOTAL_AMOUNT, NOT_DUE_AMOUNT, DEPOSIT_PAID, INVOICE_NUMBER_LABEL, ISSUE_DATE, DUE_DATE];
/** A number sign or a colon around a label ("N° facture", "Invoice #", "Échéance :"). */
const SIGN_AROUND = /^(?:n\.?\s?[°º]|no\.?|nr\.?|#)\s*|\s*(?:n\.?\s?[°º]|no\.?|nr\.?|#)?\s*[:.]?\s*$/g;
/** A document's title alone ("FACTURE", "Invoice"): above a value only when that value is one word ("FA-0042"). */
const TITLE_ALONE = /^(?:facture|invoice|rechnung|factura|fattura|factuur)$/;
/** Cells of a table row: parted by a column gap (two spaces or more, or a tab). */
const CELL_GAP = /[ \t\u00a0]{2,}|\t/;
const MAX_LABEL = 40;

/** Whether a short line (folded) is a field label alone: the label ends it, with one word before it at most. */
export function isFieldLabel(folded: string): boolean {
  if (folded.length > MAX_LABEL || /\d/.test(folded)) return false;
  const t = folded.replace(SIGN_AROUND, '').trim();
  if (!t) return false;
  for (const re of FIELD_LABELS) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (m.index + m[0].length === t.length && !/\s\S+\s/.test(t.slice(0, m.index))) {
        re.lastIndex = 0;
        return true;
      }
    }
  }
  return false;
}

/**
 * A line that starts with a value: a digit among its first characters (an amount, a date, a number), but
 * not a street address ("FACTURE" above the letterhead's "12 quai de la Fosse").
 */
function startsWithValue(line: string): boolean {
  return line.length > 0 && line.length <= 80 && /\d/.test(line.slice(0, 24)) && !startsWithStreetAddress(line);
}

function cells(line: string): string[] {
  return line.trim().split(CELL_GAP).map((c) => c.trim()).filter(Boolean);
}

/** A row of header cells (no digits, most of them field labels) above a row of as many values. */
function pairHeaderRow(header: string, values: string): string[] | null {
  const heads = cells(header);
  if (heads.length < 2 || /\d/.test(header)) return null;
  const vals = cells(values);
  if (vals.length !== heads.length || !/\d/.test(values)) return null;
  const labels = heads.filter((h) => isFieldLabel(fold(h))).length;
  if (labels * 2 < heads.length) return null;
  return heads.map((h, i) => `${h.replace(/\s*:$/, '')} : ${vals[i]}`);
}

export function joinLabelLayouts(text: string): string {
  // Most texts have no line that could be a label alone: the cheap test keeps them as they are.
  const lines = text.split('\n');
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    let next = i + 1;
    while (next < lines.length && !lines[next]!.trim()) next++;
    const below = next < lines.length ? lines[next]!.trim() : '';
    if (trimmed && trimmed.length <= 200 && !/\d/.test(trimmed) && below) {
      const pairs = CELL_GAP.test(trimmed) ? pairHeaderRow(trimmed, below) : null;
      if (pairs) {
        out.push(...pairs);
        i = next;
        changed = true;
        continue;
      }
      const label = fold(trimmed);
      // "FACTURE" above the letterhead's "33000 Bordeaux" is a title over an address, not a label over a value.
      const fits = !TITLE_ALONE.test(label) || !/\s/.test(below);
      if (fits && startsWithValue(below) && isFieldLabel(label)) {
        out.push(`${trimmed}  ${below}`);
        i = next;
        changed = true;
        continue;
      }
    }
    out.push(line);
  }
  return changed ? out.join('\n') : text;
}
