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

describe('fold: Latin letters by table, as the decomposition reads them', () => {
  // The reference: lower case, decompose, drop the combining accents (what fold did for every text before the table).
  const LIGATURE: Record<string, string> = { ß: 's', œ: 'o', æ: 'a', ł: 'l', ø: 'o', đ: 'd', ı: 'i' };
  const reference = (text: string) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ßœæłøđı]/g, (c) => LIGATURE[c]!);
  it('reads every Latin letter U+00C0–U+024F as the decomposition does, alone and among other letters', () => {
    for (let code = 0xc0; code <= 0x24f; code++) {
      const letter = String.fromCharCode(code);
      const text = `Façade ${letter} ÉTÉ`;
      const expected = reference(text);
      if (expected.length === text.length) expect(fold(text), `U+${code.toString(16)}`).toBe(expected);
      else expect(fold(text), `U+${code.toString(16)}`).toHaveLength(text.length);
    }
  });
  it('folds French, Czech, Polish and Turkish text', () => {
    expect(fold('Échéance : 15 décembre — Ĺ Příliš žluťoučký kůň')).toBe('echeance : 15 decembre - l prilis zlutoucky kun');
    expect(fold('Płatność nastąpi')).toBe('platnosc nastapi');
    expect(fold('ödemesi yapılacaktır')).toBe('odemesi yapilacaktir');
  });
});
