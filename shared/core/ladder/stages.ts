/**
 * The steps of the amicable chase and the documents Relance drafts. One list, shared by the drafts,
 * the ledger, the scheduler and every host, so a stage name means the same everywhere.
 */
export const CHASE_STAGES = ['pre-due', 'courteous', 'firm', 'formal'] as const;
export type ChaseStage = (typeof CHASE_STAGES)[number];

/** Everything `relance draft --stage` can produce: the chase stages plus the working documents. */
export const DRAFT_KINDS = [...CHASE_STAGES, 'phone', 'plan', 'handover'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const DRAFT_LANGUAGES = ['fr', 'en', 'es', 'de', 'it'] as const;
export type DraftLanguage = (typeof DRAFT_LANGUAGES)[number];
