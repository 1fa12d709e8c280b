import { numberKey } from '../extract/fields/number-key';

/**
 * A PDF line clipped at the page's edge loses the number's last digits ("N° PROV-2026-18" in the file
 * « PROV-2026-186.pdf » sent as « Fee note PROV-2026-186 »). Given the number a PDF gives and the numbers its
 * file name or the subject give, the one that is the PDF's with one or two more digits, or the PDF's own.
 */
export function unclippedNumber(pdfNumber: string, fuller: readonly string[]): string {
  const key = numberKey(pdfNumber);
  return fuller.find((n) => {
    const k = numberKey(n);
    return k.length > key.length && k.startsWith(key) && /^\d{1,2}$/.test(k.slice(key.length));
  }) ?? pdfNumber;
}
