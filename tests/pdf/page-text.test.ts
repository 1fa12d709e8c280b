/** Lines from pdfjs text items: baseline changes and hasEOL end lines; gaps decide glue, space or column. */
import { describe, expect, it } from 'vitest';
import { pageText, type TextItemLike } from '../../shared/pdf/page-text';

/** A text item at (x, y) in a 10-point font, 5 units wide per character. */
const at = (str: string, x: number, y: number, hasEOL = false): TextItemLike => ({ str, transform: [10, 0, 0, 10, x, y], width: str.length * 5, hasEOL });

describe('pageText', () => {
  it('starts a new line when the baseline moves', () => {
    expect(pageText([at('Facture', 50, 700), at('Total', 50, 680)])).toBe('Facture\nTotal');
  });

  it('keeps the items of one baseline on one line, left to right, whatever order they were drawn in', () => {
    // A value column drawn before its label column ("993548900  Factuurnummer:" in stream order).
    expect(pageText([at('993548900', 112, 678), at('Factuurnummer:', 45, 678), at('19 april 2014', 104, 649), at('Factuurdatum:', 45, 649)])).toBe(
      'Factuurnummer:  993548900\nFactuurdatum:  19 april 2014',
    );
    // Two blocks drawn one after the other share their baselines: lines come top to bottom.
    expect(pageText([at('Jan 1, 2022', 514, 672, true), at('Net 30 days', 514, 650, true), at('Date:', 436, 672, true), at('Payment Terms:', 386, 650, true)])).toBe(
      'Date:  Jan 1, 2022\nPayment Terms:  Net 30 days',
    );
  });

  it('reads rotated text in the order it came, a change of baseline or hasEOL ending a line', () => {
    const rotated: TextItemLike = { str: 'Copie', transform: [0, 10, -10, 0, 20, 400], width: 25 };
    expect(pageText([at('Facture', 50, 700, true), at('N° 42', 200, 700), rotated])).toBe('Facture\nN° 42\nCopie');
  });

  it('glues touching runs, puts one space for a word gap and two for a column gap', () => {
    expect(pageText([at('RE-2020', 50, 700), at('1121/508', 85, 700)])).toBe('RE-20201121/508');
    expect(pageText([at('Total', 50, 700), at('TTC', 78, 700)])).toBe('Total TTC');
    expect(pageText([at('Total TTC', 50, 700), at('1 200,00 €', 300, 700)])).toBe('Total TTC  1 200,00 €');
  });

  it('never glues a number to the word that follows it', () => {
    expect(pageText([at('6669263', 50, 700), at('Klantnummer:', 85, 700)])).toBe('6669263 Klantnummer:');
  });

  it('skips items without text (marked content) and empty pages give an empty string', () => {
    expect(pageText([{ transform: undefined }, at('Facture', 50, 700)])).toBe('Facture');
    expect(pageText([])).toBe('');
  });
});
