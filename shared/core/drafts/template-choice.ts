import type { DraftLanguage, TemplateKind } from '../ladder/stages';
import type { UserTemplate } from './input';
import { builtInTemplate } from './precompiled';
import { renderParsed, type RenderedParts, type TemplateValidation } from './user-template';
import { DraftError } from './view';

/**
 * Which template writes a draft: the user's edited one for the kind, language and tone when it passes its
 * checks (else a warning says why it was not used), then the built-in one; the language asked for first, then
 * English. Shared by the single-invoice drafts and the grouped reminder, which differ only in their view.
 */
export interface ChosenTemplate {
  key: string;
  source: 'built-in' | 'user';
  render: (view: object) => RenderedParts;
}

export interface TemplateRequest {
  kind: TemplateKind;
  lang: DraftLanguage;
  tone: 'cordial' | 'firmer';
  userTemplates: readonly UserTemplate[];
  /** The checks an edited template must pass for this kind (variables of its view, formal mentions). */
  validate(template: UserTemplate): TemplateValidation;
}

export function chooseTemplate(request: TemplateRequest, warnings: string[]): { chosen: ChosenTemplate; lang: DraftLanguage } {
  const { kind, lang, tone } = request;
  const langs: DraftLanguage[] = lang === 'en' ? ['en'] : [lang, 'en'];
  for (const l of langs) {
    for (const key of [`${kind}.${l}.${tone}`, `${kind}.${l}`]) {
      const [, , keyTone] = key.split('.');
      const user = request.userTemplates.find((t) => t.kind === kind && t.lang === l && (t.tone ?? undefined) === keyTone);
      if (user) {
        const check = request.validate(user);
        if (check.ok && check.parsed) {
          const parsed = check.parsed;
          return { chosen: { key, source: 'user', render: (view) => renderParsed(parsed, view) }, lang: l };
        }
        warnings.push(`your ${key} template was not used: ${check.problems.map((p) => p.message).join('; ')}`);
      }
      const builtIn = builtInTemplate(key);
      if (builtIn) {
        if (l !== lang) warnings.push(`no ${kind} template in "${lang}": the ${l === 'en' ? 'English' : l} one is used`);
        return {
          chosen: {
            key,
            source: 'built-in',
            render: (view) => ({ subject: builtIn.subject(view), opening: builtIn.opening(view), body: builtIn.body(view), conclusion: builtIn.conclusion(view) }),
          },
          lang: l,
        };
      }
    }
  }
  throw new DraftError(`no template for ${kind} in ${lang} or English`);
}
