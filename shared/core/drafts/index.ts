/**
 * Reminder drafts: the one entry point hosts call is `buildDraft` (e-mail draft, phone sheet, payment plan,
 * hand-over note); `renderLetterPdf(result.letter)` prints the formal notice; `validateUserTemplate` checks a
 * template the user edited; `checkFormalNotice` (law module) checks any text of a formal notice.
 */
export { buildDraft, validateUserTemplate, letterHeader, DraftSchema, type Draft, type DraftResult, type DraftOptions, type LetterContent } from './build-draft';
export { DraftInputSchema, DraftHistorySchema, UserTemplateSchema, CALL_OUTCOMES, type DraftInput, type DraftHistory, type DraftHistoryInput, type UserTemplate } from './input';
export { DraftViewSchema, DraftError, type DraftView } from './view';
export { renderLetterPdf } from './letter-pdf';
export { builtInTemplateKeys, builtInSource } from './precompiled';
export { listVariables } from './interpreter';
export { draftViewShape, type TemplateValidation } from './user-template';
export { textToHtml, escapeHtml } from './html';
export { formatMoney, formatDate, formatPercent } from './format';
export { checkFormalNotice, FORMAL_MENTIONS, type FormalCheck, type FormalMention } from '../law/formal-checker';
