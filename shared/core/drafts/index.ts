/**
 * Reminder drafts: the entry points hosts call are `buildDraft` (one invoice: e-mail draft, phone sheet, payment
 * plan, hand-over note, thank-you) and `buildGroupedDraft` (one reminder for all a client owes); `renderLetterPdf(result.letter)` prints the formal notice; `validateUserTemplate` checks a
 * template the user edited; `checkFormalNotice` (law module) checks any text of a formal notice.
 */
export { buildDraft, validateDraftTemplate, letterHeader, DraftSchema, type Draft, type DraftResult, type DraftOptions, type LetterContent } from './build-draft';
export { buildGroupedDraft, validateGroupedTemplate, type GroupDraftResult } from './build-grouped-draft';
export { GroupDraftInputSchema, GroupMemberSchema, type GroupDraftInput, type GroupMember } from './group-input';
export { GroupViewSchema, type GroupView } from './group-view';
export { validateUserTemplate, templateShape } from './validate-template';
export { DraftInputSchema, DraftHistorySchema, UserTemplateSchema, CALL_OUTCOMES, type DraftInput, type DraftHistory, type DraftHistoryInput, type UserTemplate } from './input';
export { DraftViewSchema, DraftError, type DraftView } from './view';
export { renderLetterPdf } from './letter-pdf';
export { builtInTemplateKeys, builtInSource } from './precompiled';
export { listVariables } from './interpreter';
export { draftViewShape, type TemplateValidation } from './user-template';
export { textToHtml, escapeHtml } from './html';
export { formatMoney, formatDate, formatPercent } from './format';
export { checkFormalNotice, FORMAL_MENTIONS, type FormalCheck, type FormalMention } from '../law/formal-checker';
