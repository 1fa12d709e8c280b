import { describe, expect, it } from 'vitest';
import { newLedger, receivable } from './helpers';

/**
 * "How reminder tools fail their users" (the domain notes): each failure, end to end through the ledger,
 * its scheduler and the follow-up timers.
 */
const scan = { source: 'gmail' as const, today: '2026-11-16' };
const ID = 'F2026340@acme.fr';

describe('the failures reminder tools are known for', () => {
  it('no reminder for an invoice already paid, nor for one paid between the timer and the sending', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable({ status: 'paid' })], scan);
    expect((await ledger.dueToday('2026-11-20')).due).toEqual([]);
    expect(await ledger.takeDueFollowUps('2026-11-20')).toEqual([]);

    const other = newLedger();
    await other.upsertFromScan([receivable()], scan);
    const [fired] = await other.takeDueFollowUps('2026-11-20');
    expect(fired).toMatchObject({ invoiceId: ID, kind: 'courteous' });
    await other.record(ID, { type: 'payment', on: '2026-11-20', amount: 1200, full: true });
    expect(await other.isStillDue(fired!.key, '2026-11-20')).toBe(false);
    expect((await other.dueToday('2026-11-20')).due).toEqual([]);
    expect(await other.nextWakeUp('2026-11-20')).toBeNull();
  });

  it('no reminder scheduled for an invoice with no due date', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable({ dueDate: null })], scan);
    expect((await ledger.invoice(ID))!.nextDate).toBeUndefined();
    expect(await ledger.nextAction(ID, '2027-06-01')).toMatchObject({ kind: 'none', reason: 'no due date: never scheduled' });
    expect(await ledger.takeDueFollowUps('2027-06-01')).toEqual([]);
  });

  it('a partly paid invoice stays in the chase, for the rest only', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable()], scan);
    await ledger.record(ID, { type: 'payment', on: '2026-11-12', amount: 1000, full: false });
    const [item] = (await ledger.dueToday('2026-11-20')).due;
    expect(item).toMatchObject({ balance: 200, action: { kind: 'courteous', amountDue: 200 } });
    const csv = await ledger.exportCsv('2026-11-20');
    expect(csv).toContain(';1200,00;1000,00;200,00;EUR;');
  });

  it("chasing one invoice does not silence the client's other overdue invoices", async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable(), receivable({ invoiceNumber: 'F-2026-341', messageId: '<341@x>' })], scan);
    await ledger.record(ID, { type: 'reminder-sent', stage: 'courteous', on: '2026-11-20' });
    expect((await ledger.dueToday('2026-11-20')).due.map((d) => d.invoice.number)).toEqual(['F-2026-341']);
    expect((await ledger.takeDueFollowUps('2026-11-20')).map((f) => f.invoiceId)).toEqual(['F2026341@acme.fr']);
  });

  it('the same reminder never goes out twice: timer registered again, retry, two devices', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable()], scan);
    const [a, b] = await Promise.all([ledger.takeDueFollowUps('2026-11-20'), ledger.takeDueFollowUps('2026-11-20')]);
    expect([...a, ...b]).toHaveLength(1);
    expect(await ledger.takeDueFollowUps('2026-11-21')).toEqual([]);
    // Sent from this device, the retry and the other device's record of the same message count once…
    await ledger.record(ID, { type: 'reminder-sent', stage: 'courteous', on: '2026-11-20', messageId: '<r@x>' });
    await ledger.record(ID, { type: 'reminder-sent', stage: 'courteous', on: '2026-11-20', messageId: '<r@x>' });
    // …and so does the scan that finds it in the mailbox.
    await ledger.upsertFromScan([receivable({ remindersSent: 1 })], { ...scan, today: '2026-11-21' });
    expect((await ledger.events(ID)).filter((e) => e.type === 'reminder-sent')).toHaveLength(1);
    expect(await ledger.nextAction(ID, '2026-11-21')).toMatchObject({ kind: 'firm', date: '2026-12-04', key: 'firm#1' });
  });

  it('a draft, a quote or an invoice not sent yet is never chased', async () => {
    const ledger = newLedger();
    const report = await ledger.importCsv(
      'Numéro;Client;E-mail;Date;Échéance;Montant;Statut\r\nB-1;Acme;compta@acme.fr;01/09/2026;01/10/2026;100,00;Brouillon\r\nD-1;Acme;compta@acme.fr;01/09/2026;01/10/2026;100,00;Devis\r\nP-1;Acme;compta@acme.fr;01/09/2026;01/10/2026;100,00;Proforma',
      { today: '2026-11-20' },
    );
    expect(report.imported).toEqual(['B1@acme.fr']);
    expect(report.rejected.map((r) => r.line)).toEqual([3, 4]);
    expect((await ledger.dueToday('2026-11-20')).due).toEqual([]);
    expect(await ledger.nextAction('B1@acme.fr', '2026-12-20')).toMatchObject({ kind: 'none' });
  });

  it('no "past due" reminder the day after the invoice was sent', async () => {
    const ledger = newLedger();
    // Due on receipt, sent on Monday 16 November.
    await ledger.upsertFromScan([receivable({ issueDate: '2026-11-16', dueDate: '2026-11-16', sentOn: '2026-11-16' })], scan);
    expect((await ledger.dueToday('2026-11-17')).due).toEqual([]);
    expect(await ledger.nextAction(ID, '2026-11-17')).toMatchObject({ kind: 'courteous', date: '2026-11-23' });
  });

  it('dates do not shift with the time zone', async () => {
    const saved = process.env.TZ;
    try {
      const answers: unknown[] = [];
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        const ledger = newLedger();
        await ledger.upsertFromScan([receivable()], scan);
        answers.push([(await ledger.invoice(ID))!.dueDate, await ledger.nextAction(ID, '2026-11-09'), await ledger.exportCsv('2026-11-20')]);
      }
      expect(answers[0]).toEqual(answers[1]);
      expect((answers[0] as [string])[0]).toBe('2026-11-10');
    } finally {
      process.env.TZ = saved;
    }
  });
});
