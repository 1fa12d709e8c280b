import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextAction, plannedAction, actionFromState } from '../../../shared/core/schedule/next-action';
import { DEFAULT_SCHEDULE, type ScheduleSettings } from '../../../shared/core/schedule/settings';
import { foldHistory, type ScheduleInvoice } from '../../../shared/core/schedule/history';
import { isBusinessDay } from '../../../shared/core/schedule/business-days';
import { nextStage } from '../../../shared/core/ladder/next-stage';
import { addDays } from '../../../shared/core/calendar/iso-date';
import type { NewInvoiceEvent } from '../../../shared/core/schedule/events';
import { history } from './helpers';

// Sent Thursday 1 October 2026, due Tuesday 10 November; 11 November (Wednesday) is a public holiday.
const invoice: ScheduleInvoice = { amount: 1200, sentOn: '2026-10-01', dueDate: '2026-11-10' };
const S = DEFAULT_SCHEDULE;
const at = (today: string, ...events: NewInvoiceEvent[]) => nextAction(invoice, history(...events), S, today);
const sent = (stage: 'pre-due' | 'courteous' | 'firm' | 'formal' | 'instalment', on: string, extra: object = {}): NewInvoiceEvent =>
  ({ type: 'reminder-sent', stage, on, ...extra }) as NewInvoiceEvent;

describe('the ladder in time', () => {
  it('sends a courteous reminder before the due date, moved back off the weekend', () => {
    const a = at('2026-10-15');
    expect(a).toMatchObject({ kind: 'pre-due', date: '2026-11-06', amountDue: 1200, key: 'pre-due#0' }); // 7 Nov is a Saturday
  });

  it('then the courteous reminder at J+1, skipping the 11 November holiday', () => {
    expect(at('2026-10-15', sent('pre-due', '2026-11-06'))).toMatchObject({ kind: 'courteous', date: '2026-11-12', key: 'courteous#0' });
    expect(nextAction(invoice, [], { ...S, preDueDays: 0 }, '2026-10-15')).toMatchObject({ kind: 'courteous', date: '2026-11-12' });
  });

  it('drops the pre-due reminder once it can no longer arrive before the due date', () => {
    expect(at('2026-11-09')).toMatchObject({ kind: 'pre-due', date: '2026-11-09' });
    expect(at('2026-11-10')).toMatchObject({ kind: 'courteous', date: '2026-11-12' });
    // planned for Friday 6 November, caught up on Monday 9th
    expect(at('2026-11-07')).toMatchObject({ kind: 'pre-due', date: '2026-11-09' });
  });

  it('goes firm 14 days after the courteous one, formal 8 days after the firm one, then stops', () => {
    const c = sent('courteous', '2026-11-12');
    expect(at('2026-11-13', c)).toMatchObject({ kind: 'firm', date: '2026-11-26', key: 'firm#1' });
    const f = sent('firm', '2026-11-26');
    expect(at('2026-11-27', c, f)).toMatchObject({ kind: 'formal', date: '2026-12-04', key: 'formal#2' });
    const m = sent('formal', '2026-12-04');
    const after = at('2026-12-10', c, f, m);
    expect(after.kind).toBe('none');
    expect(after.date).toBeNull();
    expect(after.reason).toMatch(/formal notice sent on 2026-12-04/);
  });

  it('never dates an action in the past: a late start is caught up to today, or the next sending day', () => {
    expect(at('2026-12-01')).toMatchObject({ kind: 'courteous', date: '2026-12-01' });
    expect(at('2026-12-01').reason).toMatch(/catch-up: planned 2026-11-12/);
    expect(at('2026-12-05')).toMatchObject({ kind: 'courteous', date: '2026-12-07' }); // Saturday → Monday
    // 14 July on a Tuesday is no sending day: Wednesday.
    const june: ScheduleInvoice = { amount: 10, sentOn: '2026-05-01', dueDate: '2026-06-01' };
    expect(nextAction(june, history(sent('courteous', '2026-06-20')), S, '2026-07-14')).toMatchObject({ kind: 'firm', date: '2026-07-15' });
    // Planned on Ascension Thursday (due Wednesday 13 May): Friday.
    const may: ScheduleInvoice = { amount: 10, sentOn: '2026-04-01', dueDate: '2026-05-13' };
    expect(nextAction(may, history(sent('pre-due', '2026-05-08')), S, '2026-05-01')).toMatchObject({ kind: 'courteous', date: '2026-05-15' });
    // Due on Easter Sunday: J+1 is Easter Monday, so Tuesday; due the Sunday before Whit Monday: Tuesday.
    expect(nextAction({ ...may, dueDate: '2026-04-05', sentOn: '2026-03-01' }, [], { ...S, preDueDays: 0 }, '2026-03-20').date).toBe('2026-04-07');
    expect(nextAction({ ...may, dueDate: '2026-05-24' }, [], { ...S, preDueDays: 0 }, '2026-05-01').date).toBe('2026-05-26');
  });

  it('counts a reminder recorded twice once (retry, second device, same message re-scanned)', () => {
    const same = at('2026-11-13', sent('courteous', '2026-11-12', { messageId: '<r1@x>' }), sent('courteous', '2026-11-12', { messageId: '<r1@x>' }));
    expect(same).toMatchObject({ kind: 'firm', key: 'firm#1' });
    const sameDay = at('2026-11-13', sent('courteous', '2026-11-12'), sent('courteous', '2026-11-12'));
    expect(sameDay).toMatchObject({ kind: 'firm', key: 'firm#1' });
  });

  it('treats reminders seen in the mailbox without a date as long past, as nextStage does', () => {
    const a = at('2026-12-01', sent('courteous', '2026-12-01', { dateUnknown: true }));
    expect(a).toMatchObject({ kind: 'firm', date: '2026-12-01' });
  });
});

describe('pauses and stops', () => {
  const c = sent('courteous', '2026-11-12');

  it('a full payment stops everything, even with a reminder planned for today', () => {
    const a = at('2026-11-26', c, { type: 'payment', on: '2026-11-25', amount: 1200, full: true });
    expect(a).toMatchObject({ kind: 'none', date: null, key: null });
    expect(a.reason).toMatch(/paid on 2026-11-25/);
    // Full although a few euros short (bank fees): the user said full.
    expect(at('2026-11-26', c, { type: 'payment', on: '2026-11-25', amount: 1195, full: true }).kind).toBe('none');
    // Payments that add up to the amount settle it too.
    expect(at('2026-11-26', { type: 'payment', on: '2026-11-01', amount: 700, full: false }, { type: 'payment', on: '2026-11-20', amount: 500, full: false }).kind).toBe('none');
  });

  it('a partial payment keeps the invoice in the chase for the rest only', () => {
    const a = at('2026-11-26', c, { type: 'payment', on: '2026-11-20', amount: 450.5, full: false });
    expect(a).toMatchObject({ kind: 'firm', date: '2026-11-26', amountDue: 749.5 });
    expect(a.reason).toMatch(/partly paid, 749.5 left/);
  });

  it('a promise pauses until its date included, then the chase resumes', () => {
    const p: NewInvoiceEvent = { type: 'promise', on: '2026-11-20', promisedDate: '2026-12-15' };
    expect(at('2026-11-26', c, p)).toMatchObject({ kind: 'firm', date: '2026-12-16' });
    expect(at('2026-12-15', c, p).date).toBe('2026-12-16');
    // Broken promise: chased again; 20 December is a Sunday.
    expect(at('2026-12-20', c, p)).toMatchObject({ kind: 'firm', date: '2026-12-21' });
  });

  it('a dispute pauses until resolved', () => {
    const d: NewInvoiceEvent = { type: 'dispute', on: '2026-11-13', reason: 'wrong quantity', resolved: false };
    const a = at('2026-12-01', c, d);
    expect(a.kind).toBe('none');
    expect(a.reason).toMatch(/dispute open since 2026-11-13 \(wrong quantity\)/);
    const r: NewInvoiceEvent = { type: 'dispute', on: '2026-12-02', reason: 'credit note sent', resolved: true };
    expect(at('2026-12-03', c, d, r)).toMatchObject({ kind: 'firm', date: '2026-12-03' });
  });

  it('a snooze holds the action until its day', () => {
    expect(at('2026-11-05', { type: 'snoozed', on: '2026-11-05', until: '2026-12-01' })).toMatchObject({ kind: 'courteous', date: '2026-12-01' });
    // A snooze already over changes nothing.
    expect(at('2026-11-13', c, { type: 'snoozed', on: '2026-11-05', until: '2026-11-10' })).toMatchObject({ kind: 'firm', date: '2026-11-26' });
  });

  it('cancelled by hand, or marked paid by hand: nothing; reopened by hand: chased again', () => {
    expect(at('2026-12-01', { type: 'status-changed-by-hand', on: '2026-11-20', status: 'cancelled' }).kind).toBe('none');
    const paid: NewInvoiceEvent = { type: 'status-changed-by-hand', on: '2026-11-20', status: 'paid' };
    expect(at('2026-12-01', paid).kind).toBe('none');
    expect(at('2026-12-01', paid, { type: 'status-changed-by-hand', on: '2026-11-21', status: 'open' })).toMatchObject({ kind: 'courteous', date: '2026-12-01' });
  });

  it('a payment reversed (bounced) puts the invoice back in the chase', () => {
    const a = at('2026-12-01', { type: 'payment', on: '2026-11-20', amount: 1200, full: false }, { type: 'payment', on: '2026-11-24', amount: -1200, full: false });
    expect(a).toMatchObject({ kind: 'courteous', amountDue: 1200 });
  });
});

describe('what is never scheduled', () => {
  it('an invoice without due date', () => {
    const a = nextAction({ ...invoice, dueDate: null }, history(sent('courteous', '2026-11-12')), S, '2027-03-01');
    expect(a).toMatchObject({ kind: 'none', date: null, reason: 'no due date: never scheduled' });
  });

  it('a draft or an invoice not sent yet', () => {
    expect(nextAction({ ...invoice, sentOn: null }, [], S, '2027-03-01')).toMatchObject({ kind: 'none', reason: 'not sent to the client yet: never chased' });
  });

  it('no "past due" reminder the day after an invoice was sent late or due on receipt', () => {
    const onReceipt: ScheduleInvoice = { amount: 90, sentOn: '2026-11-16', dueDate: '2026-11-16' };
    expect(nextAction(onReceipt, [], S, '2026-11-17')).toMatchObject({ kind: 'courteous', date: '2026-11-23' });
    const sentLate: ScheduleInvoice = { amount: 90, sentOn: '2026-11-20', dueDate: '2026-11-10' };
    expect(nextAction(sentLate, [], S, '2026-11-21')).toMatchObject({ kind: 'courteous', date: '2026-11-27' });
  });
});

describe('payment plans', () => {
  const plan: NewInvoiceEvent = {
    type: 'payment-plan',
    on: '2026-12-01',
    instalments: [
      { dueDate: '2026-12-15', amount: 400 },
      { dueDate: '2027-01-15', amount: 400 },
      { dueDate: '2027-02-15', amount: 400 },
    ],
  };
  const c = sent('courteous', '2026-11-12');

  it('schedules the check of each instalment and chases only a missed one', () => {
    expect(at('2026-12-02', c, plan)).toMatchObject({ kind: 'instalment', date: '2026-12-17', amountDue: 400, key: 'instalment:2026-12-15#0' });
    const paid1: NewInvoiceEvent = { type: 'payment', on: '2026-12-14', amount: 400, full: false };
    // The first one arrived: nothing about it; the next check is after 15 January (a Friday) + 2 days = Sunday → Monday.
    expect(at('2026-12-17', c, plan, paid1)).toMatchObject({ kind: 'instalment', date: '2027-01-18', key: 'instalment:2027-01-15#0' });
    const paid2: NewInvoiceEvent = { type: 'payment', on: '2027-01-14', amount: 250, full: false };
    expect(at('2027-01-18', c, plan, paid1, paid2)).toMatchObject({ kind: 'instalment', date: '2027-01-18', amountDue: 150 });
  });

  it('chases a missed instalment again, then declares the plan broken and resumes the ladder', () => {
    const chase1 = sent('instalment', '2026-12-17');
    expect(at('2026-12-18', c, plan, chase1)).toMatchObject({ kind: 'instalment', date: '2026-12-31', key: 'instalment:2026-12-15#1' });
    const chase2 = sent('instalment', '2026-12-31');
    const broken = at('2027-01-04', c, plan, chase1, chase2);
    expect(broken).toMatchObject({ kind: 'firm', date: '2027-01-04' });
    expect(broken.reason).toMatch(/payment plan broken/);
  });

  it('a plan fully paid is paid; a cancelled plan gives the ladder back', () => {
    const pay = (on: string): NewInvoiceEvent => ({ type: 'payment', on, amount: 400, full: false });
    expect(at('2027-03-01', c, plan, pay('2026-12-15'), pay('2027-01-15'), pay('2027-02-15')).kind).toBe('none');
    const cancel: NewInvoiceEvent = { ...plan, on: '2026-12-20', cancelled: true } as NewInvoiceEvent;
    expect(at('2026-12-21', c, plan, cancel)).toMatchObject({ kind: 'firm', date: '2026-12-21' });
  });
});

describe('properties', () => {
  const day = fc.integer({ min: 0, max: 200 }).map((n) => addDays('2026-09-01', n));
  const event: fc.Arbitrary<NewInvoiceEvent> = fc.oneof(
    fc.record({ type: fc.constant('reminder-sent' as const), on: day, stage: fc.constantFrom('pre-due', 'courteous', 'firm', 'formal', 'instalment' as const) }),
    fc.record({ type: fc.constant('payment' as const), on: day, amount: fc.integer({ min: 1, max: 1200 }), full: fc.boolean() }),
    fc.record({ type: fc.constant('promise' as const), on: day, promisedDate: day }),
    fc.record({ type: fc.constant('dispute' as const), on: day, reason: fc.constant('x'), resolved: fc.boolean() }),
    fc.record({ type: fc.constant('snoozed' as const), on: day, until: day }),
    fc.record({ type: fc.constant('payment-plan' as const), on: day, instalments: fc.array(fc.record({ dueDate: day, amount: fc.integer({ min: 1, max: 600 }) }), { minLength: 1, maxLength: 4 }) }),
  );
  const inv = fc.record({ amount: fc.option(fc.integer({ min: 1, max: 5000 })), sentOn: fc.option(day), dueDate: fc.option(day) });

  it('dates an action on a sending day, never before today, never before what was planned', () => {
    fc.assert(
      fc.property(inv, fc.array(event, { maxLength: 8 }), day, day, (i, evs, t1, t2) => {
        const [early, late] = t1 < t2 ? [t1, t2] : [t2, t1];
        const state = foldHistory(i, history(...evs));
        const planned = plannedAction(i, state, S);
        for (const today of [early, late]) {
          const a = actionFromState(i, state, S, today);
          if (a.kind === 'none') {
            expect(a.date).toBeNull();
            continue;
          }
          expect(a.date! >= today).toBe(true);
          expect(isBusinessDay(a.date!)).toBe(true);
          // The ledger indexes the planned date to find what is due: it must never be later than the real one.
          expect(planned.date! <= a.date!).toBe(true);
          expect(a.key).not.toBeNull();
        }
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with nextStage on the ladder when the extensions are off', () => {
    const plain: ScheduleSettings = { ...S, preDueDays: 0, minDaysAfterSending: 0 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), day, day, (n, last, today) => {
        if (!isBusinessDay(today) || (n > 0 && last > today)) return;
        const stages = ['courteous', 'firm', 'formal'] as const;
        const evs = Array.from({ length: n }, (_, k) => sent(stages[Math.min(k, 1)]!, k === n - 1 ? last : addDays('2026-09-01', k)));
        const i: ScheduleInvoice = { amount: 100, sentOn: '2026-08-01', dueDate: '2026-09-01' };
        const expected = nextStage({ status: 'open', promisedDate: null, dueDate: i.dueDate, remindersSent: n, lastReminderDate: n ? last : null, today });
        const a = nextAction(i, history(...evs), plain, today);
        if (expected !== 'none') expect(a).toMatchObject({ kind: expected, date: today });
        else expect(a.date === null || a.date > today).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
