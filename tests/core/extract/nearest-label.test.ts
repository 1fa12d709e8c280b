/** The label nearest before a value names it; of two labels ending together the longer says more. */
import { describe, expect, it } from 'vitest';
import { nearestLabel } from '../../../shared/core/extract/fields/nearest-label';

const LABELS = [
  ['tax', /(?<![a-z])(?:vat|btw|mwst)(?![a-z])/g],
  ['total', /(?<![a-z])(?:total incl\. vat|totaal incl\. btw|summe inkl\. mwst)(?![a-z])/g],
] as const;

describe('nearestLabel', () => {
  it('takes the longer of two labels that end at the same place, whatever their order', () => {
    expect(nearestLabel('totaal incl. btw  ', LABELS)?.kind).toBe('total');
    expect(nearestLabel('summe inkl. mwst ', LABELS)?.kind).toBe('total');
    expect(nearestLabel('vat ', LABELS)?.kind).toBe('tax');
  });

  it('takes the label that ends nearest the value', () => {
    expect(nearestLabel('total incl. vat 1 200,00 — vat ', LABELS)?.kind).toBe('tax');
  });
});
