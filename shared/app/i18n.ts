/**
 * UI strings (French and English) in chrome.i18n's format — the build copies them to the extension's _locales —
 * read here so the popup, the options page, the Outlook pane,
 * the content script and the browser demo share one source and follow the language chosen in the settings
 * (chrome.i18n would follow the browser's). `$1`… are substitutions, as in chrome.i18n.
 */
import fr from './locales/fr.json';
import en from './locales/en.json';
import type { UiLanguage } from './messages';

/**
 * chrome.i18n allows only [A-Za-z0-9_@] in message names, so the catalogs write "stage_pre_due"; callers may
 * name a key after a value with dashes ("stage_pre-due", "outcome_no-answer"): both spellings are accepted.
 */
type Dashed<S extends string> = S extends `${infer A}_${infer B}` ? `${A}_${Dashed<B>}` | `${A}-${Dashed<B>}` : S;
export type MessageKey = Dashed<keyof typeof fr>;
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

const CATALOGS: Record<UiLanguage, Record<string, { message: string }>> = { fr, en };

export function createTranslate(language: UiLanguage): Translate {
  const catalog = CATALOGS[language];
  return (key, ...subs) => {
    const name = key.replace(/-/g, '_');
    const message = catalog[name]?.message ?? CATALOGS.fr[name]?.message ?? key;
    return message.replace(/\$(\d)/g, (m, n: string) => String(subs[Number(n) - 1] ?? m));
  };
}

export function catalogKeys(language: UiLanguage): string[] {
  return Object.keys(CATALOGS[language]);
}
