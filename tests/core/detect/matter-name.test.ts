import { describe, expect, it } from 'vitest';
import { withoutMatterNames } from '../../../shared/core/detect/matter-name';

describe('withoutMatterNames', () => {
  it('blanks the case a body names, wherever the text repeats it, keeping offsets', () => {
    const subject = "Note d'honoraires NH-2026-0378 - Mise en demeure fournisseur";
    const out = withoutMatterNames(subject, "Veuillez trouver notre note d'honoraires pour le dossier « Mise en demeure fournisseur ».");
    expect(out).toHaveLength(subject.length);
    expect(out).toContain("Note d'honoraires NH-2026-0378");
    expect(out).not.toMatch(/demeure/);
  });

  it('reads "Dossier :" and "Matter:" labels, and leaves a text naming no case as it is', () => {
    expect(withoutMatterNames('Invoice 2026-11 – Smith v Jones', 'Matter: Smith v Jones\nFees: £4,200.00')).not.toMatch(/Smith/);
    expect(withoutMatterNames('Facture F-12 - Mise en demeure', 'Malgré nos relances, la facture F-12 reste impayée.')).toBe('Facture F-12 - Mise en demeure');
  });
});
