import { describe, expect, it } from 'vitest';
import { currencyFromLocale, currencyFromMarker, isCurrencyMarker, KNOWN_CURRENCIES } from '../../../../shared/core/extract/locale/currency';

describe('currencyFromMarker', () => {
  it.each([
    ['€', 'EUR'], ['EUR', 'EUR'], ['eur', 'EUR'], ['euros', 'EUR'], ['$', 'USD'], ['US$', 'USD'], ['USD', 'USD'],
    ['£', 'GBP'], ['GBP', 'GBP'], ['CHF', 'CHF'], ['Fr.', 'CHF'], ['SFr', 'CHF'], ['CAD', 'CAD'], ['C$', 'CAD'],
    ['AUD', 'AUD'], ['A$', 'AUD'], ['JPY', 'JPY'], ['¥', 'JPY'], ['SEK', 'SEK'], ['NOK', 'NOK'], ['DKK', 'DKK'],
    ['PLN', 'PLN'], ['zł', 'PLN'], ['CZK', 'CZK'], ['Kč', 'CZK'], [' MAD ', 'MAD'],
  ])('%s → %s', (marker, code) => {
    expect(currencyFromMarker(marker)).toBe(code);
  });

  it('names no currency for "kr" (Swedish, Norwegian or Danish) yet knows it is a marker', () => {
    expect(currencyFromMarker('kr')).toBeNull();
    expect(isCurrencyMarker('kr')).toBe(true);
  });

  it('reads rare ISO codes only in capitals, and refuses non-markers', () => {
    expect(currencyFromMarker('mad')).toBeNull();
    expect(isCurrencyMarker('mad')).toBe(false);
    expect(currencyFromMarker('XYZ')).toBeNull();
    expect(currencyFromMarker('')).toBeNull();
  });

  it('lists the main ISO codes', () => {
    for (const code of ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK']) {
      expect(KNOWN_CURRENCIES.has(code)).toBe(true);
    }
  });
});

describe('currencyFromLocale', () => {
  it.each([
    ['fr-FR', 'EUR'], ['fr', 'EUR'], ['fr-CH', 'CHF'], ['de-CH', 'CHF'], ['de_AT', 'EUR'], ['en-GB', 'GBP'], ['en-US', 'USD'],
    ['en-CA', 'CAD'], ['fr-CA', 'CAD'], ['sv', 'SEK'], ['pt-BR', 'BRL'], ['zh-Hant-TW', null], ['en', null], ['', null],
  ])('%s → %s', (lang, code) => {
    expect(currencyFromLocale(lang)).toBe(code);
  });
});
