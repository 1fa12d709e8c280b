import { describe, expect, it } from 'vitest';
import { alternationRegExp, MAX_SOURCE_CHARS } from '../../../shared/core/text/alternation-regexp';
import { DISPUTE, PAID, PROMISE } from '../../../shared/core/status/reply-cues';
import { CHASE } from '../../../shared/core/status/own-cues';
import { fold } from '../../../shared/core/text/fold';

const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

/** What a loop of exec gives (the way the cue readers use a regex), zero-length matches stepped over. */
function execLoop(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Filler words, enough to take a list over the limit. */
const filler = Array.from({ length: 2500 }, (_, i) => `mot${i.toString(36)}x`);

describe('alternationRegExp', () => {
  it('is one plain regex while its source is short', () => {
    const re = alternationRegExp(['paye', 'regle'], '(?<![a-z])', '(?![a-z])', 'g');
    expect(Object.getPrototypeOf(re)).toBe(RegExp.prototype);
    expect(re.source).toBe('(?<![a-z])(?:paye|regle)(?![a-z])');
  });

  it('cuts a long list into parts and matches what the whole list matches', () => {
    // "paye" comes first and "paye hier" last: at one position the whole list takes the earlier one, and the
    // later one only where the earlier fails ("payement" is no "paye" before a letter).
    const alternatives = ['paye', ...filler, 'paye\\s+hier', 'payement', 'regle(?:e|s)?'];
    const re = alternationRegExp(alternatives, '(?<![a-z])', '(?![a-z])', 'g');
    const whole = new RegExp(`(?<![a-z])(?:${alternatives.join('|')})(?![a-z])`, 'g');
    expect(whole.source.length).toBeGreaterThan(MAX_SOURCE_CHARS);
    expect(Object.getPrototypeOf(re)).not.toBe(RegExp.prototype);
    expect(re.source).toBe(whole.source);
    const texts = ['paye hier, mot1x et payement reglee', 'rien ici', 'mot2zx motzzx paye', 'reglees payement paye hier mot0x', ''];
    for (const text of texts) expect(execLoop(re, text)).toEqual(execLoop(whole, text));
    expect(execLoop(re, 'paye hier')).toEqual([[0, 'paye']]);
    expect(execLoop(re, 'le payement')).toEqual([[3, 'payement']]);
  });

  it('keeps test, lastIndex and matchAll working as on a regex', () => {
    const re = alternationRegExp([...filler, 'solde'], '(?<![a-z])', '(?![a-z])', 'g');
    expect(re.test('facture soldee')).toBe(false);
    expect(re.lastIndex).toBe(0);
    expect(re.test('facture solde')).toBe(true);
    expect(re.lastIndex).toBe('facture solde'.length);
    re.lastIndex = 0;
    expect(matches(re, 'solde, mot5x, solde')).toEqual([
      [0, 'solde'],
      [7, 'mot5x'],
      [14, 'solde'],
    ]);
    const sticky = alternationRegExp([...filler, 'solde'], '', '', 'y');
    expect(sticky.exec(' solde')).toBeNull();
    expect(sticky.exec('solde')?.[0]).toBe('solde');
  });

  it('refuses an alternative longer than a part can hold', () => {
    expect(() => alternationRegExp(['a'.repeat(MAX_SOURCE_CHARS), ...filler], '', '', 'g')).toThrow(/over/);
  });
});

describe('the cue lists', () => {
  // Replies in the languages read, with cues of each list.
  const replies = [
    'Bonjour, le virement a été effectué ce matin. Cordialement',
    "C'est payé par virement, nous avons bien effectué le paiement de la facture F-12 hier.",
    'Nous allons régler la facture la semaine prochaine, le virement partira vendredi.',
    'Hello, we will pay next week. The payment has been sent today.',
    'Wir haben die Rechnung heute überwiesen. Die Zahlung folgt am Montag.',
    'Ya está pagada la factura. Realizaremos la transferencia el lunes.',
    'Nous contestons cette facture : la prestation n’a pas été réalisée.',
    'Sauf erreur de notre part, la facture reste impayée à ce jour. Merci de procéder au règlement.',
  ].map(fold);

  it('run as fast lists: each part is under the limit where V8 stops optimizing (20 KB)', () => {
    for (const re of [PAID, PROMISE, DISPUTE, CHASE]) {
      const parts = (re as unknown as { parts?: RegExp[] }).parts ?? [re];
      for (const part of parts) expect(part.source.length).toBeLessThanOrEqual(MAX_SOURCE_CHARS);
    }
  });

  it('match what their whole lists match', () => {
    for (const re of [PAID, PROMISE, DISPUTE, CHASE]) {
      const whole = new RegExp(re.source, 'g');
      for (const text of replies) expect(execLoop(re, text)).toEqual(execLoop(whole, text));
    }
    expect(execLoop(PAID, replies[0]!).length).toBeGreaterThan(0);
    expect(execLoop(PROMISE, replies[2]!).length).toBeGreaterThan(0);
  });
});
