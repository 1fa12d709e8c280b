import { parseDate } from '../locale/date';

/**
 * Tokens shaped like an invoice's number where no label names them: a bank's credit line ("VIR INST AGENCE
 * LUMEN 2026-05-0135 +7 524,00 €"), a subject the body points to ("Facture en objet"). A token holds a digit
 * and a separator or letters; dates, amounts and IBANs are left out. A full stop may end the sentence after one.
 */
const SHAPE = /(?<![\p{L}\p{N}\-/_.])(?=[\p{L}\p{N}\-/_.]*\d)(?=[\p{L}\p{N}]*[-/_.]|\p{L}+\d|\d+\p{L})[\p{L}\p{N}][\p{L}\p{N}\-/_.]{2,22}[\p{L}\p{N}](?![\p{L}\p{N}\-/_]|[.][\p{L}\p{N}\-/_])/gu;
const AMOUNT = /^\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{2})?$/;
/** An IBAN written whole, or its first group ("FR76 3000 …"); not an invoice number like "NQ2604-104". */
const IBAN_START = /^[A-Z]{2}\d{2}(?:[A-Z0-9]{10,})?$/;

/** The reference-shaped tokens of a text, in order, each once. */
export function referencesIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(SHAPE)) {
    const token = m[0];
    if (found.includes(token) || AMOUNT.test(token) || IBAN_START.test(token) || parseDate(token) !== null) continue;
    found.push(token);
  }
  return found;
}
