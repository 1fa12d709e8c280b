import { describe, expect, it } from 'vitest';
import { nextStage, daysOverdue, type LadderInput } from '../../../shared/core/ladder/next-stage';

const base: LadderInput = {
  status: 'open',
  promisedDate: null,
  dueDate: '2026-11-01',
  remindersSent: 0,
  lastReminderDate: null,
  today: '2026-11-20',
};

describe('nextStage (the amicable ladder)', () => {
  it('stops when paid or disputed, whatever the delay', () => {
    expect(nextStage({ ...base, status: 'paid' })).toBe('none');
    expect(nextStage({ ...base, status: 'disputed', remindersSent: 3 })).toBe('none');
  });

  it('pauses while a promise stands, including on its very day', () => {
    expect(nextStage({ ...base, status: 'promised', promisedDate: '2026-11-25' })).toBe('none');
    expect(nextStage({ ...base, status: 'promised', promisedDate: '2026-11-20' })).toBe('none');
  });

  it('chases again once a promise is broken', () => {
    expect(nextStage({ ...base, status: 'promised', promisedDate: '2026-11-19' })).toBe('courteous');
  });

  it('never chases an invoice not yet due, due today, or without due date', () => {
    expect(nextStage({ ...base, dueDate: '2026-11-30' })).toBe('none');
    expect(nextStage({ ...base, dueDate: '2026-11-20' })).toBe('none');
    expect(nextStage({ ...base, dueDate: null })).toBe('none');
  });

  it('starts courteous the day after the due date', () => {
    expect(nextStage({ ...base, dueDate: '2026-11-19' })).toBe('courteous');
  });

  it('goes firm 14 days after one reminder, not before', () => {
    expect(nextStage({ ...base, remindersSent: 1, lastReminderDate: '2026-11-06' })).toBe('firm');
    expect(nextStage({ ...base, remindersSent: 1, lastReminderDate: '2026-11-07' })).toBe('none');
    expect(nextStage({ ...base, remindersSent: 1, lastReminderDate: null })).toBe('firm');
  });

  it('goes formal 8 days after the second reminder or later ones', () => {
    expect(nextStage({ ...base, remindersSent: 2, lastReminderDate: '2026-11-12' })).toBe('formal');
    expect(nextStage({ ...base, remindersSent: 3, lastReminderDate: '2026-11-13' })).toBe('none');
  });

  it('reads its delays from settings', () => {
    const settings = { firmAfterDays: 7, formalAfterDays: 3 };
    expect(nextStage({ ...base, remindersSent: 1, lastReminderDate: '2026-11-13' }, settings)).toBe('firm');
    expect(nextStage({ ...base, remindersSent: 2, lastReminderDate: '2026-11-17' }, settings)).toBe('formal');
  });
});

describe('daysOverdue', () => {
  it('counts calendar days from the due date, negative before it', () => {
    expect(daysOverdue('2026-11-14', '2026-11-20')).toBe(6);
    expect(daysOverdue('2026-12-31', '2026-11-20')).toBe(-41);
    expect(daysOverdue('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysOverdue(null, '2026-11-20')).toBeNull();
  });
});
