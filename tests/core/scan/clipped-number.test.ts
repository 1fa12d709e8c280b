import { describe, expect, it } from 'vitest';
import { unclippedNumber } from '../../../shared/core/scan/clipped-number';

describe('unclippedNumber: a PDF line clipped at the page edge (held-out XW)', () => {
  it('takes the subject or file name number that carries one or two more digits', () => {
    expect(unclippedNumber('PROV-2026-18', ['PROV-2026-186'])).toBe('PROV-2026-186');
    expect(unclippedNumber('PROV-2026-82', ['NH-2026-0902', 'PROV-2026-826'])).toBe('PROV-2026-826');
  });
  it('keeps the PDF number otherwise', () => {
    expect(unclippedNumber('F-2026-12', ['F-2026-12'])).toBe('F-2026-12');
    expect(unclippedNumber('F-12', ['F-12345'])).toBe('F-12');
    expect(unclippedNumber('F-12', ['F-12A'])).toBe('F-12');
    expect(unclippedNumber('F-12', [])).toBe('F-12');
  });
});
