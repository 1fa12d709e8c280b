import { describe, expect, it } from 'vitest';
import { execAll } from '../../../shared/core/text/exec-all';

const all = (re: RegExp, text: string) => [...execAll(re, text)].map((m) => [m.index, m[0]]);
const viaMatchAll = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

describe('execAll', () => {
  it('gives the matches matchAll gives, empty ones and astral characters included', () => {
    for (const [re, text] of [
      [/\d+/g, 'F-12 du 15/12/2026 : 1 234,56 €'],
      [/x*/g, 'axxb'],
      [/(?:)/gu, 'a😀b'],
      [/\p{L}*/gu, '😀é😀'],
    ] as const) {
      expect(all(re, text)).toEqual(viaMatchAll(re, text));
    }
  });

  it('lets the caller use the same regex between two matches, and leaves lastIndex at 0', () => {
    const re = /\d+/g;
    const seen: string[] = [];
    for (const m of execAll(re, '1 22 333')) {
      seen.push(m[0]);
      re.lastIndex = 0;
      expect(re.exec('x 9')?.[0]).toBe('9');
    }
    expect(seen).toEqual(['1', '22', '333']);
    expect(re.lastIndex).toBe(0);
  });

  it('leaves lastIndex at 0 when the loop breaks early', () => {
    const re = /\d/g;
    for (const m of execAll(re, '123')) if (m[0] === '2') break;
    expect(re.lastIndex).toBe(0);
  });
});
