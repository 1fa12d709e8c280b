/** Currency markers written next to amounts, to ISO 4217 codes. */
const MARKERS: Record<string, string> = {
  '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR',
  '$': 'USD', usd: 'USD', 'us$': 'USD',
  '£': 'GBP', gbp: 'GBP',
  chf: 'CHF', 'fr.': 'CHF', sfr: 'CHF', 'sfr.': 'CHF',
  cad: 'CAD', c$: 'CAD', aud: 'AUD', a$: 'AUD', nzd: 'NZD',
  jpy: 'JPY', '¥': 'JPY', sek: 'SEK', nok: 'NOK', dkk: 'DKK',
  pln: 'PLN', 'zł': 'PLN', czk: 'CZK', 'kč': 'CZK', huf: 'HUF', ron: 'RON', inr: 'INR', '₹': 'INR', mad: 'MAD', xof: 'XOF', tnd: 'TND',
};

export const KNOWN_CURRENCIES = new Set(Object.values(MARKERS));

export function currencyFromMarker(marker: string): string | null {
  return MARKERS[marker.trim().toLowerCase()] ?? null;
}

/** The regex source of every marker, longest first, for amount patterns. */
export const CURRENCY_MARKER_SOURCE = Object.keys(MARKERS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
