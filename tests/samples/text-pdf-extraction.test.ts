/**
 * Field extraction on the printed text of real third-party invoice PDFs (no structured data): a floor that
 * must not fall. Reading the PDFs themselves and their embedded XML is tested in tests/pdf/.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createPdfjsReader } from '../../shared/pdf/pdfjs-reader';
import { extractTextFields } from '../../shared/core/extract/fields/text-fields';
import { guessDateOrder } from '../../shared/core/extract/fields/date-order';
import { detectLanguage } from '../../shared/core/text/language';

const samples = path.resolve(__dirname, '../../../shared/samples');
const here = existsSync(samples);
const expected = (dir: string) =>
  readFileSync(path.join(samples, dir, 'expected.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown> & { file: string });
const reader = createPdfjsReader();

describe.runIf(here)('text PDFs (no structured data)', () => {
  it('reads number, amount and date from the printed text of most of them', async () => {
    const rows = expected('pdf');
    let numbers = 0;
    let amounts = 0;
    let dates = 0;
    const misses: string[] = [];
    for (const e of rows) {
      const content = await reader.read(new Uint8Array(readFileSync(path.join(samples, 'pdf', e.file))));
      expect(content.text.length).toBeGreaterThan(50);
      const order = guessDateOrder(content.text, { lang: detectLanguage(content.text), currency: e.currency as string });
      const f = extractTextFields(content.text, order);
      if (f.invoiceNumbers[0]?.value === e.invoiceNumber) numbers++;
      else misses.push(`${e.file} number ${f.invoiceNumbers[0]?.value}`);
      if (e.amountTotal === null || f.amount?.value.value === e.amountTotal) amounts++;
      else misses.push(`${e.file} amount ${f.amount?.value.value}`);
      if (f.issueDate?.value === e.issueDate) dates++;
      else misses.push(`${e.file} issue date ${f.issueDate?.value}`);
    }
    // Layout-heavy third-party PDFs (labels in another column than their values, drawn in another order)
    // are the hard cases: the floor below is what the reader achieves today and must not fall. The two
    // numbers missed: Flipkart's expected value keeps its "#" sign, OYO's is a booking id with no invoice label.
    expect(numbers, misses.join('\n')).toBeGreaterThanOrEqual(12);
    expect(amounts, misses.join('\n')).toBeGreaterThanOrEqual(14);
    expect(dates, misses.join('\n')).toBeGreaterThanOrEqual(14);
  }, 60_000);

});
