import { describe, expect, it } from 'vitest';
import { fold } from '../../../shared/core/text/fold';

describe('fold', () => {
  it('lower-cases, takes accents off and keeps the length, so offsets still point into the original', () => {
    const text = 'Échéance : 15 DÉCEMBRE — réglé';
    expect(fold(text)).toBe('echeance : 15 decembre - regle');
    expect(fold(text).length).toBe(text.length);
  });

  it('gives the plain letter for letters that carry no combining accent: Polish ł, Danish ø, Croatian đ', () => {
    const text = 'Zapłacona ŁÓDŹ, lørdag, Đakovo, Straße';
    expect(fold(text)).toBe('zaplacona lodz, lordag, dakovo, strase');
    expect(fold(text).length).toBe(text.length);
  });
});
