import { describe, expect, it } from 'vitest';
import { WORD_START, wordStartRegExp } from '../../../shared/core/text/word-start-regexp';

/** Every match of a regex as [index, text]: what the fast regex must give exactly as the plain one does. */
const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0], ...m.slice(1)]);
const all = (re: RegExp, text: string) => {
  const out: unknown[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m[0], ...m.slice(1)]);
  return out;
};

describe('wordStartRegExp', () => {
  const source = `${WORD_START}(?:a|sous|net)[ \\t]{1,3}(\\d{1,3})[ \\t]?(?:jours|days)(?![\\p{L}\\d])`;
  const texts = [
    'paiement à 30 jours, soit net 45 days; pas "data 30 jours" ni "cinna 15 jours"',
    'na 30 jours', 'a 30 jours', 'ba 30 jours a 40 jours', '𝐀a 30 jours, a 12 jours', 'é a 5 jours', '3a 30 jours 4 a 31 jours', '',
  ];
  it.each(texts)('finds what the plain regex finds in %j', (text) => {
    const plain = new RegExp(source, 'gu');
    const fast = wordStartRegExp(source, 'gu');
    expect(fast.constructor.name).toBe('WordStartRegExp');
    expect(all(fast, text)).toEqual(all(plain, text));
    expect(matches(fast, text)).toEqual(matches(plain, text));
    expect(fast.test(text)).toBe(new RegExp(source, 'u').test(text));
  });
  it('skips a match that starts inside a word, then finds the next one', () => {
    const fast = wordStartRegExp(source, 'gu');
    expect(all(fast, 'cinna 15 jours, a 20 jours')).toEqual([[16, 'a 20 jours', '20']]);
  });
  it('keeps a plain regex when the lookbehind governs only the first alternative', () => {
    expect(wordStartRegExp(`${WORD_START}a|b`, 'g').constructor.name).toBe('RegExp');
    expect(wordStartRegExp(`${WORD_START}(?:a|b)`, 'gu').constructor.name).toBe('WordStartRegExp');
  });
});

describe('wordStartRegExp over any one-class lookbehind', () => {
  it.each([
    ['(?<![a-z])(?:paid|payee?)(?![a-z])', 'g', 'unpaid; paid; prepayee payee'],
    ['(?<![a-z])(?:paid|payee?)(?![a-z])', '', 'unpaid; paid'],
    ['(?<![\\p{L}\\p{N}])(?:fact|inv)\\.\\s?(\\d+)', 'giu', 'Fact. 12, xinv. 3, INV. 44, ünv. 5'],
    ['(?<![^\\s])ab', 'g', 'ab cab ab'],
    ['(?<![a-z])paid', 'y', 'paid'],
  ])('%s /%s on %j', (source, flags, text) => {
    const fast = wordStartRegExp(source, flags);
    const plain = new RegExp(source, flags);
    expect(fast.constructor.name).toBe('WordStartRegExp');
    if (flags.includes('g')) {
      expect(all(fast, text)).toEqual(all(plain, text));
      expect(text.replace(fast, '<$&>')).toBe(text.replace(plain, '<$&>'));
    } else {
      expect(fast.exec(text)?.index).toBe(plain.exec(text)?.index);
    }
    fast.lastIndex = 0;
    expect(fast.test(text)).toBe(new RegExp(source, flags.replace('g', '')).test(text));
  });
  it('a sticky search refuses a match inside a word', () => {
    const fast = wordStartRegExp('(?<![a-z])paid', 'y');
    fast.lastIndex = 2;
    expect(fast.exec('unpaid')).toBeNull();
  });
});
