/**
 * The steps of the amicable chase and the documents Relance drafts. One list, shared by the drafts,
 * the ledger, the scheduler and every host, so a stage name means the same everywhere.
 */
export const CHASE_STAGES = ['pre-due', 'courteous', 'firm', 'formal'] as const;
export type ChaseStage = (typeof CHASE_STAGES)[number];

/** Everything `relance draft --stage` can produce: the chase stages, the working documents and the thank-you for a payment. */
export const DRAFT_KINDS = [...CHASE_STAGES, 'phone', 'plan', 'handover', 'thank-you'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** The stages a grouped reminder (several invoices of one client in one e-mail) can be written at. */
export const GROUP_STAGES = ['courteous', 'firm', 'formal'] as const;
export type GroupStage = (typeof GROUP_STAGES)[number];

/** Template kinds: one per draft kind, and the grouped reminder's stages ("grouped-firm"). */
export const TEMPLATE_KINDS = [...DRAFT_KINDS, ...GROUP_STAGES.map((s) => `grouped-${s}` as const)] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const DRAFT_LANGUAGES = ['fr', 'en', 'es', 'de', 'it'] as const;
export type DraftLanguage = (typeof DRAFT_LANGUAGES)[number];
