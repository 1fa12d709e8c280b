import { daysBetween } from '../calendar/iso-date';

export type Stage = 'none' | 'courteous' | 'firm' | 'formal';
export type InvoiceStatus = 'open' | 'paid' | 'disputed' | 'promised';

/** Delays of the amicable ladder; user settings, these are the defaults. */
export interface LadderSettings {
  /** Days after the first reminder before the firm one. */
  firmAfterDays: number;
  /** Days after the last reminder before the formal notice (mise en demeure). */
  formalAfterDays: number;
  /** Days after the due date before the courteous reminder (1 = J+1, the default). */
  courteousAfterDays?: number;
}

export const DEFAULT_LADDER: LadderSettings = { firmAfterDays: 14, formalAfterDays: 8 };

export interface LadderInput {
  status: InvoiceStatus;
  promisedDate: string | null;
  dueDate: string | null;
  remindersSent: number;
  lastReminderDate: string | null;
  today: string;
}

/** today − due date; negative while not yet due, null without a due date. */
export function daysOverdue(dueDate: string | null, today: string): number | null {
  return dueDate ? daysBetween(dueDate, today) : null;
}

/**
 * The next step of the chase. Order matters: paid and disputed stop everything, a promise not yet
 * broken pauses, an invoice not yet due (or with no due date) is never chased.
 */
export function nextStage(input: LadderInput, settings: LadderSettings = DEFAULT_LADDER): Stage {
  const { status, promisedDate, dueDate, remindersSent, lastReminderDate, today } = input;
  if (status === 'paid' || status === 'disputed') return 'none';
  if (status === 'promised' && promisedDate !== null && promisedDate >= today) return 'none';
  const overdue = daysOverdue(dueDate, today);
  if (overdue === null || overdue <= 0) return 'none';
  if (remindersSent === 0) return overdue >= (settings.courteousAfterDays ?? 1) ? 'courteous' : 'none';
  const sinceLast = lastReminderDate ? daysBetween(lastReminderDate, today) : null;
  if (remindersSent === 1) return sinceLast === null || sinceLast >= settings.firmAfterDays ? 'firm' : 'none';
  return sinceLast === null || sinceLast >= settings.formalAfterDays ? 'formal' : 'none';
}
