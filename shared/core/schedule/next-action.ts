import { addDays, type IsoDate } from '../calendar/iso-date';
import type { ChaseStage } from '../ladder/stages';
import { chaseDayOnOrAfter, chaseDayOnOrBefore, type ChaseCalendar } from './chase-days';
import type { InvoiceEvent } from './events';
import { firstUnpaid, foldHistory, type InvoiceState, type ScheduleInvoice } from './history';
import type { ScheduleSettings } from './settings';

export type ActionKind = ChaseStage | 'instalment' | 'none';

export interface NextAction {
  kind: ActionKind;
  /** The sending day: a chase day (a business day the user chases on), never before `today`; null when nothing is scheduled. */
  date: IsoDate | null;
  /** Why, in plain words, for the UI and the recovery file. */
  reason: string;
  /** What the reminder asks for: the balance, or the missed instalment's rest. */
  amountDue: number | null;
  /**
   * Identifies this step of the chase for this invoice: a timer re-registered, a retry or a second device
   * computing the same step gets the same key, so a follow-up keyed by it fires once.
   */
  key: string | null;
}

const NONE = (reason: string): NextAction => ({ kind: 'none', date: null, reason, amountDue: null, key: null });

const maxDate = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/**
 * The next action for an invoice, from its history, the settings and today's date (the user's calendar
 * day). Extends the ladder of `nextStage` (same stages and delays) with what the history adds: pre-due
 * reminder, pauses (promise, snooze, dispute), payment plans, partial payments, sending days.
 */
export function nextAction(invoice: ScheduleInvoice, events: readonly InvoiceEvent[], settings: ScheduleSettings, today: IsoDate): NextAction {
  return actionFromState(invoice, foldHistory(invoice, events), settings, today);
}

/** `nextAction` from a history already folded (the ledger keeps the state beside each invoice). */
export function actionFromState(invoice: ScheduleInvoice, state: InvoiceState, settings: ScheduleSettings, today: IsoDate): NextAction {
  return actionOn(planOf(invoice, state, settings), invoice.dueDate, today, settings);
}

/**
 * Everything the clock can change, computed once: the planned action and, when it is the pre-due reminder,
 * the ladder's first step that replaces it once it can no longer arrive before the due date. The ledger
 * stores it, so "what is due today" needs no history.
 */
export interface SchedulePlan {
  planned: NextAction;
  fallback: NextAction | null;
}

export function planOf(invoice: ScheduleInvoice, state: InvoiceState, settings: ScheduleSettings): SchedulePlan {
  const planned = plannedAction(invoice, state, settings);
  return { planned, fallback: planned.kind === 'pre-due' ? plannedAction(invoice, state, settings, { skipPreDue: true }) : null };
}

/** The action on `today` from a stored plan: the pre-due reminder given up if too late, the date caught up. */
export function actionOn(plan: SchedulePlan, dueDate: IsoDate | null, today: IsoDate, settings: ChaseCalendar): NextAction {
  const earliest = chaseDayOnOrAfter(today, settings);
  let planned = plan.planned;
  // A "coming due" reminder that can no longer arrive before the due date gives way to the ladder.
  if (planned.kind === 'pre-due' && plan.fallback && dueDate !== null && maxDate(planned.date!, earliest) >= dueDate) planned = plan.fallback;
  if (planned.date === null) return planned;
  const date = maxDate(planned.date, earliest);
  return date === planned.date ? planned : { ...planned, date, reason: `${planned.reason} (catch-up: planned ${planned.date})` };
}

/**
 * The next action without the clock: its date may lie in the past (the host catches it up to today).
 * Never later than what `actionFromState` gives on any later day, so the ledger can index it to find what
 * is due without reading histories.
 */
export function plannedAction(
  invoice: ScheduleInvoice,
  state: InvoiceState,
  settings: ScheduleSettings,
  opts: { skipPreDue?: boolean } = {},
): NextAction {
  // Every date lands on a chase day: the user's days of the week, never a weekend or a public holiday.
  const bd = (d: IsoDate) => chaseDayOnOrAfter(d, settings);
  if (state.status === 'cancelled') return NONE('cancelled');
  if (state.status === 'paid') return NONE(`paid${state.settledOn ? ` on ${state.settledOn}` : ''}: nothing more to chase`);
  if (state.balance !== null && state.balance <= 0) return NONE('nothing left to pay');
  if (state.dispute) return NONE(`dispute open since ${state.dispute.since} (${state.dispute.reason || 'no reason given'}): paused until it is resolved`);
  if (invoice.sentOn === null) return NONE('not sent to the client yet: never chased');
  const sentFloor = addDays(invoice.sentOn, settings.minDaysAfterSending);
  const amountDue = state.balance;

  let action: NextAction | null = null;
  let planBroken = false;
  if (state.plan) {
    const target = firstUnpaid(state.plan);
    if (target) {
      const chases = target.chasedOn.length;
      const rest = Math.round((target.amount - target.paid) * 100) / 100;
      const index = state.plan.instalments.indexOf(target) + 1;
      const label = `instalment ${index}/${state.plan.instalments.length} of ${target.amount} due ${target.dueDate}`;
      if (chases < settings.instalmentChasesBeforeBroken) {
        const last = target.chasedOn[chases - 1];
        const date =
          chases === 0 ? bd(addDays(target.dueDate, settings.instalmentGraceDays)) : bd(addDays(last ?? target.dueDate, settings.firmAfterDays));
        action = {
          kind: 'instalment',
          date,
          reason: chases === 0 ? `${label}: chased only if it has not arrived` : `${label} still missing after ${chases} reminder(s)`,
          amountDue: rest,
          key: `instalment:${target.dueDate}#${chases}`,
        };
      } else planBroken = true;
    }
  }

  if (!action) {
    if (invoice.dueDate === null) return NONE(planBroken ? 'payment plan broken and no due date: never scheduled' : 'no due date: never scheduled');
    const due = invoice.dueDate;
    const n = state.reminders.length;
    if (state.reminders.some((r) => r.stage === 'formal')) {
      const formal = state.reminders.findLast((r) => r.stage === 'formal');
      return NONE(`formal notice sent${formal?.on ? ` on ${formal.on}` : ''}: the next step (recovery, court) is the user's decision`);
    }
    const last = state.reminders[n - 1];
    const ladderStart = bd(maxDate(addDays(due, settings.courteousAfterDays), sentFloor));
    if (n === 0) {
      const preDue = settings.preDueDays > 0 && !opts.skipPreDue && state.preDueSentOn === null && !planBroken;
      const preDate = preDue ? chaseDayOnOrBefore(addDays(due, -settings.preDueDays), settings) : null;
      if (preDate !== null && preDate >= sentFloor && preDate < due) {
        action = { kind: 'pre-due', date: preDate, reason: `due on ${due}: a courteous reminder before the due date`, amountDue, key: 'pre-due#0' };
      } else {
        action = { kind: 'courteous', date: ladderStart, reason: `unpaid after its due date ${due}`, amountDue, key: 'courteous#0' };
      }
    } else {
      // Count first, as `nextStage` does (1 reminder → firm, 2 or more → formal), never below the stage after the last one sent.
      const highest = state.reminders.some((r) => r.stage === 'firm') ? 'firm' : 'courteous';
      const stage: ChaseStage = n >= 2 || highest === 'firm' ? 'formal' : 'firm';
      const delay = stage === 'firm' ? settings.firmAfterDays : settings.formalAfterDays;
      const date = last?.on ? bd(maxDate(addDays(last.on, delay), ladderStart)) : ladderStart;
      const since = last?.on ? `${n} reminder(s), the last on ${last.on}` : `${n} reminder(s) seen in the mailbox`;
      action = { kind: stage, date, reason: `${planBroken ? 'payment plan broken; ' : ''}${since}`, amountDue, key: `${stage}#${n}` };
    }
    if (state.balance !== null && state.paidAmount > 0) action.reason += `; partly paid, ${state.balance} left`;
  }

  // Pauses: a promise until its date (included), a snooze until its day.
  if (state.promisedDate) {
    const resume = bd(addDays(state.promisedDate, 1));
    if (resume > action.date!) action = { ...action, date: resume, reason: `promise to pay by ${state.promisedDate}; then ${action.reason}` };
  }
  if (state.snoozedUntil) {
    const resume = bd(state.snoozedUntil);
    if (resume > action.date!) action = { ...action, date: resume, reason: `snoozed until ${state.snoozedUntil}; then ${action.reason}` };
  }
  return action;
}
