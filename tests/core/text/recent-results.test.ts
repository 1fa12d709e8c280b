import { describe, expect, it } from 'vitest';
import { rememberRecent } from '../../../shared/core/text/recent-results';

/** A memo that counts what it computes. */
function counting(size: number) {
  const computed: string[] = [];
  const memo = rememberRecent(size, (text) => {
    computed.push(text);
    return { text };
  });
  return { memo, computed };
}

describe('rememberRecent', () => {
  it('gives the same result for a text read again, computed once', () => {
    const { memo, computed } = counting(4);
    const first = memo('Facture F-12');
    expect(memo('Facture F-12')).toBe(first);
    expect(computed).toEqual(['Facture F-12']);
  });

  it('forgets the oldest text first, and only once it holds `size` texts', () => {
    const { memo, computed } = counting(3);
    for (const t of ['a', 'b', 'c', 'a', 'b', 'c']) memo(t);
    expect(computed).toEqual(['a', 'b', 'c']);
    // A fourth text pushes out "a" (the oldest read in, whatever was asked since); "b" and "c" stay.
    memo('d');
    memo('b');
    memo('c');
    expect(computed).toEqual(['a', 'b', 'c', 'd']);
    memo('a');
    expect(computed).toEqual(['a', 'b', 'c', 'd', 'a']);
    // Then "b" was the oldest: gone; "c", "d" and "a" stay.
    memo('c');
    memo('d');
    memo('a');
    memo('b');
    expect(computed).toEqual(['a', 'b', 'c', 'd', 'a', 'b']);
  });

  it('keeps forgetting in order over many rounds (the ring wraps around)', () => {
    const { memo, computed } = counting(5);
    for (let i = 0; i < 1000; i++) memo(`t${i}`);
    computed.length = 0;
    // The last five are remembered…
    for (let i = 995; i < 1000; i++) memo(`t${i}`);
    expect(computed).toEqual([]);
    // …and one more read in pushes out the oldest of them, t995, not the last one asked for.
    memo('t994');
    memo('t999');
    memo('t995');
    expect(computed).toEqual(['t994', 't995']);
  });

  it('remembers nothing with a size of zero', () => {
    const { memo, computed } = counting(0);
    memo('a');
    memo('a');
    expect(computed).toEqual(['a', 'a']);
  });
});
