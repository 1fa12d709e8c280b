import { afterEach, describe, expect, it } from 'vitest';
import { dueFollowUps, followUpKey, nextWakeUp, type ScheduledAction } from '../../../shared/core/schedule/follow-ups';
import { nextAction } from '../../../shared/core/schedule/next-action';
import { DEFAULT_SCHEDULE } from '../../../shared/core/schedule/settings';
import { localIsoDate } from '../../../shared/core/schedule/business-days';
import { history } from './helpers';

const inv = { amount: 500, sentOn: '2026-10-01', dueDate: '2026-11-10' };

describe('follow-ups for host timers', () => {
  const actions: ScheduledAction[] = [
    { invoiceId: 'A', action: nextAction(inv, [], DEFAULT_SCHEDULE, '2026-11-20'), daysOverdue: 10 },
    { invoiceId: 'B', action: nextAction(inv, history({ type: 'reminder-sent', stage: 'courteous', on: '2026-11-12' }), DEFAULT_SCHEDULE, '2026-11-20'), daysOverdue: 10 },
    { invoiceId: 'C', action: nextAction({ ...inv, dueDate: '2026-12-20' }, [], DEFAULT_SCHEDULE, '2026-11-20'), daysOverdue: -30 },
    { invoiceId: 'D', action: nextAction(inv, history({ type: 'payment', on: '2026-11-15', amount: 500, full: true }), DEFAULT_SCHEDULE, '2026-11-20') },
  ];

  it('lists what is due, most urgent first, with keys that do not depend on the clock', () => {
    const due = dueFollowUps(actions, '2026-11-20');
    expect(due.map((f) => [f.invoiceId, f.kind, f.date, f.key])).toEqual([['A', 'courteous', '2026-11-20', 'A|courteous#0']]);
    const later = dueFollowUps(actions, '2026-11-26');
    expect(later.map((f) => f.key)).toEqual(['B|firm#1', 'A|courteous#0']);
    // The same step computed on another day keeps its key.
    expect(followUpKey('A', nextAction(inv, [], DEFAULT_SCHEDULE, '2026-11-25'))).toBe('A|courteous#0');
  });

  it('never returns a follow-up twice once its key is recorded (timer registered again, catch-up at start)', () => {
    const fired = new Set(dueFollowUps(actions, '2026-11-20').map((f) => f.key));
    expect(dueFollowUps(actions, '2026-11-20', fired)).toEqual([]);
    expect(dueFollowUps([...actions, ...actions], '2026-11-26', fired).map((f) => f.key)).toEqual(['B|firm#1']);
  });

  it('tells the host when to wake up next', () => {
    expect(nextWakeUp(actions, '2026-11-20')).toBe('2026-11-26');
    expect(nextWakeUp(actions, '2026-12-20')).toBeNull();
  });
});

describe('time zones', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });

  it('schedules the same dates whatever the machine time zone', () => {
    const run = () =>
      ['2026-11-09', '2026-11-10', '2026-11-11', '2026-12-31', '2027-03-28'].map((today) =>
        nextAction(inv, history({ type: 'reminder-sent', stage: 'courteous', on: '2026-11-12' }, { type: 'promise', on: '2026-11-20', promisedDate: '2026-12-24' }), DEFAULT_SCHEDULE, today),
      );
    process.env.TZ = 'UTC';
    const utc = run();
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Paris', 'Pacific/Pago_Pago']) {
      process.env.TZ = tz;
      expect(run(), tz).toEqual(utc);
    }
    expect(utc.map((a) => a.date)).toEqual(['2026-12-28', '2026-12-28', '2026-12-28', '2026-12-31', '2027-03-30']); // 25 Dec holiday, weekend; 29 March 2027 is Easter Monday
  });

  it("takes today's date from the user's wall clock, not UTC", () => {
    const instant = new Date(Date.UTC(2026, 10, 10, 23, 30)); // 23:30 UTC on 10 November
    process.env.TZ = 'Europe/Paris';
    expect(localIsoDate(instant)).toBe('2026-11-11');
    process.env.TZ = 'America/New_York';
    expect(localIsoDate(instant)).toBe('2026-11-10');
  });
});
