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

describe('fold: Korean and Japanese', () => {
  it('keeps Korean syllables whole (one char in, one out)', () => {
    const text = '청구 금액: 42,960,000원';
    expect(fold(text)).toBe(text);
  });
  it('takes the voicing marks off Japanese kana, keeping the length', () => {
    expect(fold('ございます')).toBe('こさいます');
    expect(fold('ご請求金額：2,676,000円 でございます')).toHaveLength('ご請求金額：2,676,000円 でございます'.length);
  });
});
