/**
 * The extraction rules of the buyer block, house numbers, discount clauses, "on receipt" wordings,
 * tax-included totals and legal amounts stay linear in their text (see tests/core/linear-time.test.ts).
 */
import { describe, it } from 'vitest';
import { expectLinear } from '../../fixtures/growth';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { billedTo } from '../../../shared/core/extract/fields/bill-to';

const repeat = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length));

describe('linear time of the extraction rules on hostile text', () => {
  it.each([
    ['discount dates', 'Skonto 2 % bis 15.12.2026, '],
    ['receipts of other things', 'à réception des travaux '],
    ['titles above addresses', 'FACTURE\n12 rue des Lilas\n'],
    ['tax-included totals', 'Totaal incl. btw € 1.234,56 '],
    ['legal amounts', 'SAS au capital de 10 000 € '],
  ])('extracts fields from tens of thousands of %s', (_name, unit) => {
    expectLinear(repeat(unit), (text) => extractTextFields(text, 'DMY'), 20_000);
  });

  it.each([
    ['labels beside headings', 'Client  Fournisseur\n'],
    ['labels above numbers', 'Bill to  12\n'],
    ['address blocks', 'Client Ltd\n12 rue des Lilas\n'],
  ])('reads the buyer block among thousands of %s', (_name, unit) => {
    expectLinear(repeat(unit), (text) => billedTo(text), 20_000);
  });
});
