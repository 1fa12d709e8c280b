import { fold } from './fold';

export type Lang = 'fr' | 'en' | 'de' | 'es' | 'it' | 'nl';

/** Short, frequent words that tell European languages apart in business e-mails. */
const STOPWORDS: Record<Lang, readonly string[]> = {
  fr: ['le', 'la', 'les', 'des', 'est', 'vous', 'nous', 'votre', 'pour', 'une', 'avec', 'sur', 'bonjour', 'merci', 'cordialement', 'facture', 'montant', 'du', 'au', 'et'],
  en: ['the', 'and', 'you', 'your', 'for', 'with', 'please', 'thank', 'thanks', 'our', 'is', 'of', 'to', 'invoice', 'regards', 'due', 'this', 'we',
    // (a short reply may hold none of the above: "Hi Camille - sorry about that! Finance says it'll go out by 12/3.")
    'it', 'that', 'my', 'from', 'hi', 'sorry', 'will', 'have', 'are', 'can', 'not', 'be', 'by', 'just', 'should', 'would'],
  de: ['der', 'die', 'das', 'und', 'sie', 'ihre', 'wir', 'mit', 'fur', 'ist', 'rechnung', 'bitte', 'vielen', 'dank', 'grussen', 'den', 'dem', 'nicht'],
  es: ['el', 'los', 'las', 'que', 'usted', 'su', 'por', 'con', 'para', 'una', 'factura', 'gracias', 'saludos', 'del', 'y', 'es'],
  it: ['il', 'lo', 'gli', 'che', 'per', 'con', 'una', 'sono', 'fattura', 'grazie', 'saluti', 'cordiali', 'della', 'del', 'di', 'e'],
  nl: ['de', 'het', 'een', 'en', 'van', 'voor', 'met', 'uw', 'wij', 'factuur', 'bedankt', 'groet', 'is', 'te'],
};

const INDEX = new Map<string, Lang[]>();
for (const [lang, words] of Object.entries(STOPWORDS) as [Lang, readonly string[]][]) {
  for (const w of words) INDEX.set(w, [...(INDEX.get(w) ?? []), lang]);
}

/** The most likely language of a text, by stop-word counts; 'fr' when nothing tells (French first). */
export function detectLanguage(text: string, fallback: Lang = 'fr'): Lang {
  const counts: Record<Lang, number> = { fr: 0, en: 0, de: 0, es: 0, it: 0, nl: 0 };
  const words = fold(text.slice(0, 4000)).match(/[a-z]+/g) ?? [];
  for (const w of words) for (const lang of INDEX.get(w) ?? []) counts[lang]++;
  let best: Lang = fallback;
  let bestCount = 0;
  for (const lang of Object.keys(counts) as Lang[]) {
    if (counts[lang] > bestCount) {
      best = lang;
      bestCount = counts[lang];
    }
  }
  return best;
}

const DRAFTED: ReadonlySet<string> = new Set(['fr', 'en', 'es', 'de', 'it']);

/** The language a client's e-mail is written in, when Relance writes drafts in it; null otherwise (Dutch). */
export function draftLanguageOf(text: string): 'fr' | 'en' | 'es' | 'de' | 'it' | null {
  const lang = detectLanguage(text);
  return DRAFTED.has(lang) ? (lang as 'fr' | 'en' | 'es' | 'de' | 'it') : null;
}
