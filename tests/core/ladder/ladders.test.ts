import { describe, expect, it } from 'vitest';
import { DEFAULT_LADDER_ID, LADDER_PRESETS, LaddersSchema, defaultLadder, ladderFor, ladderIdFor, settingsWithLadder, toneOf, ladderSettingsOf, type Ladder } from '../../../shared/core/ladder/ladders';
import { nextStage } from '../../../shared/core/ladder/next-stage';
import { nextAction } from '../../../shared/core/schedule/next-action';
import { DEFAULT_SCHEDULE } from '../../../shared/core/schedule/settings';
import { history } from '../schedule/helpers';

const reliable: Ladder = { id: 'fiables', name: 'Clients fiables', ...LADDER_PRESETS.reliable };
const late: Ladder = { id: 'retardataires', name: 'Retardataires', ...LADDER_PRESETS['late-payer'] };
const ladders = [reliable, late];

// Sent 1 October 2026, due Tuesday 10 November 2026 (11 November is a public holiday).
const invoice = { amount: 1200, sentOn: '2026-10-01', dueDate: '2026-11-10' };
const courteousOn = (on: string) => history({ type: 'reminder-sent', stage: 'courteous', on });

describe('named ladders assigned to clients', () => {
  it('a client without a ladder, or on a deleted one, follows the default ladder: the global settings', () => {
    expect(ladderFor(null, ladders, DEFAULT_SCHEDULE)).toEqual(defaultLadder(DEFAULT_SCHEDULE));
    expect(ladderFor('gone', ladders, DEFAULT_SCHEDULE).id).toBe(DEFAULT_LADDER_ID);
    expect(ladderFor('fiables', ladders, DEFAULT_SCHEDULE)).toBe(reliable);
    expect(settingsWithLadder(DEFAULT_SCHEDULE, defaultLadder(DEFAULT_SCHEDULE))).toEqual(DEFAULT_SCHEDULE);
  });

  it('a reliable client and a chronic late payer get different dates from the same invoice and history', () => {
    const onReliable = settingsWithLadder(DEFAULT_SCHEDULE, reliable);
    const onLate = settingsWithLadder(DEFAULT_SCHEDULE, late);
    // Before the due date: no pre-due reminder for the reliable client; one five days before for the late payer (Thursday 5th).
    expect(nextAction(invoice, [], onReliable, '2026-10-20')).toMatchObject({ kind: 'courteous', date: '2026-11-13' }); // J+3
    expect(nextAction(invoice, [], onLate, '2026-10-20')).toMatchObject({ kind: 'pre-due', date: '2026-11-05' });
    expect(nextAction(invoice, [], DEFAULT_SCHEDULE, '2026-10-20')).toMatchObject({ kind: 'pre-due', date: '2026-11-06' });
    // After a courteous reminder on 12 November: firm 21 days later for one, 7 days later for the other, 14 by default.
    expect(nextAction(invoice, courteousOn('2026-11-12'), onReliable, '2026-11-13')).toMatchObject({ kind: 'firm', date: '2026-12-03' });
    expect(nextAction(invoice, courteousOn('2026-11-12'), onLate, '2026-11-13')).toMatchObject({ kind: 'firm', date: '2026-11-19' });
    expect(nextAction(invoice, courteousOn('2026-11-12'), DEFAULT_SCHEDULE, '2026-11-13')).toMatchObject({ kind: 'firm', date: '2026-11-26' });
    // The other settings stay the global ones.
    expect(onLate.holidays).toBe(DEFAULT_SCHEDULE.holidays);
    expect(onLate.chaseDays).toEqual(DEFAULT_SCHEDULE.chaseDays);
  });

  it('the next-stage logic reads the same ladder', () => {
    const base = { status: 'open' as const, promisedDate: null, dueDate: '2026-11-10', remindersSent: 1, lastReminderDate: '2026-11-12', today: '2026-11-20' };
    expect(nextStage(base, ladderSettingsOf(late))).toBe('firm'); // 8 days ≥ 7
    expect(nextStage(base, ladderSettingsOf(defaultLadder(DEFAULT_SCHEDULE)))).toBe('none'); // 8 days < 14
    // The reliable ladder waits three days past the due date before the first reminder.
    expect(nextStage({ ...base, remindersSent: 0, lastReminderDate: null, today: '2026-11-12' }, ladderSettingsOf(reliable))).toBe('none');
    expect(nextStage({ ...base, remindersSent: 0, lastReminderDate: null, today: '2026-11-13' }, ladderSettingsOf(reliable))).toBe('courteous');
  });

  it('the tone: imposed by the ladder, or left to the client history', () => {
    expect(toneOf(reliable.tone)).toBe('cordial');
    expect(toneOf(late.tone)).toBe('firmer');
    expect(toneOf(defaultLadder(DEFAULT_SCHEDULE).tone)).toBeNull();
  });

  it('checks the list: unique ids, not the default one, valid delays; ids made from names', () => {
    expect(LaddersSchema.safeParse(ladders).success).toBe(true);
    expect(LaddersSchema.safeParse([reliable, reliable]).success).toBe(false);
    expect(LaddersSchema.safeParse([{ ...reliable, id: 'default' }]).success).toBe(false);
    expect(LaddersSchema.safeParse([{ ...reliable, firmAfterDays: 0 }]).success).toBe(false);
    expect(ladderIdFor('Clients fiables', [])).toBe('clients-fiables');
    expect(ladderIdFor('Clients fiables', ['clients-fiables'])).toBe('clients-fiables-2');
    expect(ladderIdFor('Très en retard !', [])).toBe('tres-en-retard');
    expect(ladderIdFor('', [])).toBe('ladder');
  });
});
