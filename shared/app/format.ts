/** Amounts and dates for the UIs, in the user's language. */
import type { UiLanguage } from './messages';

export function money(amount: number | null, currency: string | null, language: UiLanguage): string {
  if (amount === null) return '—';
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  try {
    return new Intl.NumberFormat(locale, currency ? { style: 'currency', currency } : { minimumFractionDigits: 2 }).format(amount).replace(/\u202f/g, '\u00a0');
  } catch {
    return `${amount.toFixed(2)} ${currency ?? ''}`.trim();
  }
}

export function day(iso: string | null, language: UiLanguage): string {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(language === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
}
