import type { CompanyProfile } from '../profile/company-profile';
import type { DraftKind } from '../ladder/stages';
import { validateDraftTemplate } from './build-draft';
import { groupViewShape, validateGroupedTemplate } from './build-grouped-draft';
import type { UserTemplate } from './input';
import type { VarShape } from './interpreter';
import { draftViewShape, type TemplateValidation } from './user-template';

const isGrouped = (kind: UserTemplate['kind']) => kind.startsWith('grouped-');

/**
 * Checks a template the user edited before storing it, whatever its kind: a single-invoice draft's against the
 * draft view, a grouped reminder's against the grouped view; a formal notice (single or grouped) must also
 * pass the mise en demeure checker, rendered with sample facts under the user's jurisdiction.
 */
export function validateUserTemplate(template: Pick<UserTemplate, 'kind' | 'lang' | 'source'>, profile?: CompanyProfile): TemplateValidation {
  if (isGrouped(template.kind)) return validateGroupedTemplate(template, profile);
  return validateDraftTemplate({ ...template, kind: template.kind as DraftKind }, profile);
}

/** The variables a template of this kind may name (for the editor's help). */
export function templateShape(kind: UserTemplate['kind']): VarShape {
  return isGrouped(kind) ? groupViewShape() : draftViewShape();
}
