import type { DraftLanguage } from '../ladder/stages';
import type { IsoDate } from '../calendar/iso-date';

/**
 * Amounts, dates and rates written the way each language writes them, with the platform's Intl:
 * `4 380,00 €` (French groups with a narrow no-break space), `£3,480.00`, `15 décembre 2026`, `15 December 2026`,
 * `15. Dezember 2026`, `12,15 %`. Dates are calendar dates: formatted in UTC so no time zone can shift them.
 */
export const LOCALES: Record<DraftLanguage, string> = { fr: 'fr-FR', en: 'en-GB', es: 'es-ES', de: 'de-DE', it: 'it-IT' };

const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(cents: number, currency: string, lang: DraftLanguage): string {
  const key = `${lang}|${currency}`;
  let f = moneyFormats.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
    } catch {
      // Not an ISO 4217 code the platform knows: the number, then the code as written.
      const n = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      return `${n.format(cents / 100)} ${currency}`;
    }
    moneyFormats.set(key, f);
  }
  return f.format(cents / 100);
}

const dateFormats = new Map<DraftLanguage, Intl.DateTimeFormat>();

export function formatDate(iso: IsoDate, lang: DraftLanguage): string {
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, f);
  }
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const written = f.format(new Date(Date.UTC(y, m - 1, d)));
  // French and Italian write the first day of a month as an ordinal: « 1er décembre 2026 », « 1° dicembre 2026 ».
  if (d === 1 && lang === 'fr') return written.replace(/^1(?=\s)/, '1er');
  if (d === 1 && lang === 'it') return written.replace(/^1(?=\s)/, '1°');
  return written;
}

/** An annual rate given in percent (12.15 → `12,15 %` in French, `12.15%` in English). */
export function formatPercent(percent: number, lang: DraftLanguage): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(percent / 100);
}

/** Amount in major units (as the scan gives it) to integer cents, without float drift (4380.1 → 438010). */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}
