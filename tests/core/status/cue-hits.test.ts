/** Cue hits carry the clause before them, read for negations and conditions. */
import { describe, expect, it } from 'vitest';
import { cueHits } from '../../../shared/core/status/cues';
import { NEGATION } from '../../../shared/core/status/reply-cues';
import { fold } from '../../../shared/core/text/fold';

describe('cueHits: the clause before a hit', () => {
  it('starts at a word: the end of a word cut off is no word of its own (« commune » is no « ne »)', () => {
    // 60 characters before the hit fall inside « commune »: what is kept starts at the next word.
    const text = `La facture de la commune ${'x'.repeat(37)} 12345678 ok statut paye`;
    const folded = fold(text);
    const [hit] = cueHits(/paye/g, folded, text);
    expect(hit!.before.startsWith(' ')).toBe(true);
    expect(NEGATION.test(hit!.before)).toBe(false);
  });

  it('keeps a whole clause shorter than the window', () => {
    const text = "Nous n'avons pas payé";
    const [hit] = cueHits(/paye/g, fold(text), text);
    expect(hit!.before).toBe("nous n'avons pas ");
  });
});
