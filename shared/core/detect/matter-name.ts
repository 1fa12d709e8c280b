import { fold } from '../text/fold';

/**
 * The name of the matter a fee note is for, as its text gives it: « pour le dossier « Mise en demeure fournisseur » »,
 * "Dossier : Devis Martin", "Matter: Smith v Jones". (Group 1: the name.)
 */
const MATTER_NAME = /(?<![\p{L}])(?:dossier|affaire|matter|case|mandat|procedure|procédure|akte|expediente|pratica)(?:\s+(?:n°|no\.?|nr\.?|ref\.?)\s*[\w/.-]+)?\s*(?::|«|")[ \t]*«?[ \t]*([^»"\n]{3,80}?)[ \t]*(?:»|"|\n|$)/giu;

/**
 * `text` with the matter names that `source` gives blanked out (same length, so offsets hold): a lawyer's fee note titled
 * after its case (« Note d'honoraires NH-2026-0378 - Mise en demeure fournisseur ») is no formal notice, nor is a case
 * named « Devis Martin » a quote.
 */
export function withoutMatterNames(text: string, source: string): string {
  let out = text;
  let folded: string | null = null;
  for (const m of source.slice(0, 1500).matchAll(MATTER_NAME)) {
    // (folded only when a matter is named: most texts name none)
    folded ??= fold(text);
    const name = fold(m[1]!.trim());
    if (name.length < 3) continue;
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + name.length)) {
      const blank = ' '.repeat(name.length);
      out = out.slice(0, at) + blank + out.slice(at + name.length);
      folded = folded.slice(0, at) + blank + folded.slice(at + name.length);
    }
  }
  return out;
}
