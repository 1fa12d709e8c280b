import type { IsoDate } from '../calendar/iso-date';
import type { NextAction } from './next-action';

/**
 * Follow-ups for host timers (chrome.alarms in the extension, a check when the Outlook pane opens). A
 * follow-up's key names the invoice and the step of the chase, never the clock: computing it again (a
 * service worker restarted, an alarm registered twice, a catch-up at start) gives the same key, and a
 * host that remembers the keys it fired never fires one twice.
 */
export interface FollowUp {
  key: string;
  invoiceId: string;
  kind: Exclude<NextAction['kind'], 'none'>;
  date: IsoDate;
  reason: string;
  amountDue: number | null;
}

export interface ScheduledAction {
  invoiceId: string;
  action: NextAction;
  /** Days past the due date today (for the order of urgency); null without a due date. */
  daysOverdue?: number | null;
}

export const followUpKey = (invoiceId: string, action: NextAction): string | null =>
  action.key === null ? null : `${invoiceId}|${action.key}`;

/** How pressing a step is: the formal notice first, the pre-due reminder last. */
export const URGENCY: Record<FollowUp['kind'], number> = { formal: 5, firm: 4, instalment: 3, courteous: 2, 'pre-due': 1 };

/**
 * The follow-ups due on `today` (date on or before it) not fired yet, most urgent first; the same
 * invoice appears at most once. Pure: the caller records the keys it fires.
 */
export function dueFollowUps(items: readonly ScheduledAction[], today: IsoDate, fired: ReadonlySet<string> = new Set()): FollowUp[] {
  const out: (FollowUp & { overdue: number })[] = [];
  const seen = new Set<string>();
  for (const { invoiceId, action, daysOverdue } of items) {
    if (action.kind === 'none' || action.date === null || action.date > today) continue;
    const key = followUpKey(invoiceId, action);
    if (key === null || fired.has(key) || seen.has(key)) continue;
    seen.add(key);
    out.push({ key, invoiceId, kind: action.kind, date: action.date, reason: action.reason, amountDue: action.amountDue, overdue: daysOverdue ?? 0 });
  }
  out.sort((a, b) => URGENCY[b.kind] - URGENCY[a.kind] || b.overdue - a.overdue || (b.amountDue ?? 0) - (a.amountDue ?? 0) || (a.key < b.key ? -1 : 1));
  return out.map(({ overdue: _overdue, ...f }) => f);
}

/** The next day a timer should wake up for: the earliest action dated after `today`, or null. */
export function nextWakeUp(items: readonly ScheduledAction[], today: IsoDate): IsoDate | null {
  let best: IsoDate | null = null;
  for (const { action } of items) {
    if (action.date !== null && action.date > today && (best === null || action.date < best)) best = action.date;
  }
  return best;
}
