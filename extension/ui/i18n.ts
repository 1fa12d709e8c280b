/**
 * UI strings: the extension's own _locales (French and English), read here so the popup, the options page,
 * the content script and the browser demo share one source and follow the language chosen in the settings
 * (chrome.i18n would follow the browser's). `$1`… are substitutions, as in chrome.i18n.
 */
import fr from '../public/_locales/fr/messages.json';
import en from '../public/_locales/en/messages.json';
import type { UiLanguage } from '../messaging';

export type MessageKey = keyof typeof fr;
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

const CATALOGS: Record<UiLanguage, Record<string, { message: string }>> = { fr, en };

export function createTranslate(language: UiLanguage): Translate {
  const catalog = CATALOGS[language];
  return (key, ...subs) => {
    const message = catalog[key]?.message ?? CATALOGS.fr[key]?.message ?? key;
    return message.replace(/\$(\d)/g, (m, n: string) => String(subs[Number(n) - 1] ?? m));
  };
}

export function catalogKeys(language: UiLanguage): string[] {
  return Object.keys(CATALOGS[language]);
}
