import { describe, expect, it } from 'vitest';
import { expectDerivedConsistent, newLedger, receivable } from './helpers';

const gmail = { source: 'gmail' as const, today: '2026-11-20' };
const mbox = { source: 'mbox' as const, today: '2026-11-21' };

describe('upsert from scan results', () => {
  it('creates one invoice, its client and a "detected" event', async () => {
    const ledger = newLedger();
    const report = await ledger.upsertFromScan([receivable()], gmail);
    expect(report).toMatchObject({ created: ['F2026340@acme.fr'], events: 1 });
    const inv = (await ledger.invoice('F2026340@acme.fr'))!;
    expect(inv).toMatchObject({ number: 'F-2026-340', amount: 1200, sentOn: '2026-10-01', clientId: 'acme.fr', open: 1, origins: ['gmail'] });
    expect(inv.state).toMatchObject({ status: 'open', balance: 1200, paidAmount: 0 });
    expect(await ledger.client('acme.fr')).toMatchObject({ name: 'Acme SAS', emails: ['compta@acme.fr'], domain: 'acme.fr' });
    const events = await ledger.events(inv.id);
    expect(events.map((e) => [e.type, e.source, e.on])).toEqual([['detected', 'gmail', '2026-11-20']]);
  });

  it('is idempotent: the same scan twice changes nothing and records nothing', async () => {
    const ledger = newLedger();
    const scan = [receivable(), receivable({ invoiceNumber: 'F-2026-341', messageId: '<341@x>', remindersSent: 1, status: 'promised', promisedDate: '2026-12-01' })];
    await ledger.upsertFromScan(scan, gmail);
    const before = await ledger.exportBackup();
    const again = await ledger.upsertFromScan(scan, gmail);
    expect(again).toEqual({ created: [], updated: [], unchanged: ['F2026340@acme.fr', 'F2026341@acme.fr'], events: 0 });
    const after = await ledger.exportBackup();
    expect(after.tables).toEqual(before.tables);
  });

  it('merges the same invoice seen from Gmail and from an .mbox (number written differently, another address at the client)', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable({ invoiceNumber: '2026/340', messageId: '<a@gmail>' })], gmail);
    const r = await ledger.upsertFromScan([receivable({ invoiceNumber: '2026-340', messageId: '<a@mbox>', debtorEmail: 'jean.martin@acme.fr' })], mbox);
    expect(r.created).toEqual([]);
    const all = await ledger.allInvoices();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: '2026340@acme.fr', origins: ['gmail', 'mbox'], messageIds: ['<a@gmail>', '<a@mbox>'] });
    expect((await ledger.client('acme.fr'))!.emails).toEqual(['compta@acme.fr', 'jean.martin@acme.fr']);
    // Another client with the same number is another invoice; two people on gmail.com are two clients.
    await ledger.upsertFromScan([receivable({ invoiceNumber: '2026-340', debtorEmail: 'paul@gmail.com', messageId: '<p@x>' })], gmail);
    await ledger.upsertFromScan([receivable({ invoiceNumber: '2026-340', debtorEmail: 'anne@gmail.com', messageId: '<q@x>' })], gmail);
    expect((await ledger.invoicesByNumber('2026 340')).map((i) => i.clientId).sort()).toEqual(['acme.fr', 'anne@gmail.com', 'paul@gmail.com']);
  });

  it('finds an invoice first read without a number by its message', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable({ invoiceNumber: null })], gmail);
    expect((await ledger.allInvoices())[0]!.id).toBe('msg:<inv-340@atelier-dupont.fr>');
    await ledger.upsertFromScan([receivable()], { ...gmail, today: '2026-11-22' });
    const all = await ledger.allInvoices();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ number: 'F-2026-340', numberKey: 'F2026340' });
    const detected = (await ledger.events(all[0]!.id)).filter((e) => e.type === 'detected');
    expect(detected[1]).toMatchObject({ changes: [{ field: 'number', from: null, to: 'F-2026-340' }] });
  });

  it('keeps what the user set by hand: paid, corrected amount, dispute', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable()], gmail);
    const id = 'F2026340@acme.fr';
    await ledger.correctField(id, 'amount', 1100, '2026-11-20');
    await ledger.upsertFromScan([receivable({ amount: 1250 })], { ...gmail, today: '2026-11-22' });
    expect((await ledger.invoice(id))!.amount).toBe(1100);
    expect((await ledger.invoice(id))!.state.balance).toBe(1100);

    await ledger.record(id, { type: 'dispute', on: '2026-11-23', reason: 'missing delivery', resolved: false });
    await ledger.record(id, { type: 'dispute', on: '2026-11-25', reason: 'delivered', resolved: true });
    await ledger.upsertFromScan([receivable({ amount: 1250, status: 'disputed' })], { ...gmail, today: '2026-11-26' });
    expect((await ledger.invoice(id))!.state.dispute).toBeNull();

    await ledger.record(id, { type: 'status-changed-by-hand', on: '2026-11-27', status: 'paid' });
    await ledger.upsertFromScan([receivable({ amount: 1250, status: 'open', remindersSent: 2 })], { ...gmail, today: '2026-11-28' });
    const inv = (await ledger.invoice(id))!;
    expect(inv.state.status).toBe('paid');
    expect(inv.open).toBeUndefined();
    expect(inv.nextDate).toBeUndefined();
    expect((await ledger.openItems()).map((i) => i.id)).not.toContain(id);
    await expectDerivedConsistent(ledger);
  });

  it('an invoice reopened by hand is not paid again by the same old evidence', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable({ status: 'paid' })], gmail);
    const id = 'F2026340@acme.fr';
    expect((await ledger.invoice(id))!.state.status).toBe('paid');
    await ledger.record(id, { type: 'status-changed-by-hand', on: '2026-11-21', status: 'open', note: 'the transfer bounced' });
    await ledger.upsertFromScan([receivable({ status: 'paid' })], { ...gmail, today: '2026-11-22' });
    await ledger.upsertFromScan([receivable({ status: 'paid', messageId: '<other@x>' })], { ...mbox, today: '2026-11-23' });
    expect((await ledger.invoice(id))!.state.status).toBe('open');
  });

  it('adds what detection learns: payment, dispute, promise, reminders seen in the mailbox', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable()], gmail);
    const id = 'F2026340@acme.fr';
    await ledger.upsertFromScan([receivable({ remindersSent: 2 })], { ...gmail, today: '2026-11-25' });
    let events = await ledger.events(id);
    expect(events.filter((e) => e.type === 'reminder-sent').map((e) => e.type === 'reminder-sent' && [e.stage, e.dateUnknown])).toEqual([
      ['courteous', true],
      ['firm', true],
    ]);
    expect((await ledger.nextAction(id, '2026-11-25')).kind).toBe('formal');
    await ledger.upsertFromScan([receivable({ remindersSent: 2, status: 'promised', promisedDate: '2026-12-04' })], { ...gmail, today: '2026-11-26' });
    expect(await ledger.nextAction(id, '2026-11-26')).toMatchObject({ kind: 'formal', date: '2026-12-07' });
    await ledger.upsertFromScan([receivable({ remindersSent: 2, status: 'paid' })], { ...gmail, today: '2026-12-03' });
    events = await ledger.events(id);
    expect(events.at(-1)).toMatchObject({ type: 'payment', amount: 1200, full: true, source: 'gmail', on: '2026-12-03' });
    expect(await ledger.nextAction(id, '2026-12-03')).toMatchObject({ kind: 'none' });
  });

  it('does not count a reminder recorded through Relance again when the scan sees it in the mailbox', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable()], gmail);
    const id = 'F2026340@acme.fr';
    await ledger.record(id, { type: 'reminder-sent', stage: 'courteous', on: '2026-11-20', messageId: '<r1@x>' });
    await ledger.record(id, { type: 'reminder-sent', stage: 'courteous', on: '2026-11-20', messageId: '<r1@x>' }); // retry
    await ledger.upsertFromScan([receivable({ remindersSent: 1 })], { ...gmail, today: '2026-11-21' });
    const inv = (await ledger.invoice(id))!;
    expect(inv.state.remindersTotal).toBe(1);
    expect(await ledger.nextAction(id, '2026-11-21')).toMatchObject({ kind: 'firm', date: '2026-12-04' });
  });

  it('a partial payment lowers the balance and the invoice stays in the chase for the rest', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable()], gmail);
    const id = 'F2026340@acme.fr';
    await ledger.record(id, { type: 'payment', on: '2026-11-18', amount: 500, full: false });
    const inv = (await ledger.invoice(id))!;
    expect(inv).toMatchObject({ open: 1, state: { status: 'open', paidAmount: 500, balance: 700 } });
    const due = await ledger.dueToday('2026-11-20');
    expect(due.due.map((d) => [d.invoice.id, d.action.kind, d.action.amountDue])).toEqual([[id, 'courteous', 700]]);
    expect((await ledger.agedBalance('2026-11-20'))[0]).toMatchObject({ currency: 'EUR', total: 700, buckets: { '1-30': 700 } });
    await expectDerivedConsistent(ledger);
  });

  it('a correction of the client moves the invoice and its history to the other client', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable()], gmail);
    const id = 'F2026340@acme.fr';
    await ledger.correctField(id, 'debtorEmail', 'ap@acme-group.com', '2026-11-21');
    const inv = (await ledger.invoice(id))!;
    expect(inv).toMatchObject({ clientId: 'acme-group.com', corrected: ['debtorEmail'] });
    expect((await ledger.events(id)).every((e) => e.clientId === 'acme-group.com')).toBe(true);
    expect((await ledger.events(id)).at(-1)).toMatchObject({ type: 'field-corrected', field: 'debtorEmail', from: 'compta@acme.fr', to: 'ap@acme-group.com' });
    // The next scan reads the old address: the invoice stays where the user put it.
    await ledger.upsertFromScan([receivable()], { ...gmail, today: '2026-11-22' });
    expect(await ledger.allInvoices()).toHaveLength(1);
    expect((await ledger.invoice(id))!.clientId).toBe('acme-group.com');
    await expectDerivedConsistent(ledger);
  });
});

describe('reminders seen in the mailbox', () => {
  it('keep the day each was sent when the scan knows them all', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable({ remindersSent: 2, reminderDates: ['2026-11-11', '2026-11-25'] })], { source: 'gmail', today: '2026-12-01' });
    const events = await ledger.events('F2026340@acme.fr');
    expect(events.filter((e) => e.type === 'reminder-sent').map((e) => [e.on, 'dateUnknown' in e && e.dateUnknown === true])).toEqual([
      ['2026-11-11', false],
      ['2026-11-25', false],
    ]);
  });

  it('date only the last one when some dates are missing, the others as seen without a date', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable({ remindersSent: 2, reminderDates: ['2026-11-25'] })], { source: 'gmail', today: '2026-12-01' });
    const events = (await ledger.events('F2026340@acme.fr')).filter((e) => e.type === 'reminder-sent');
    expect(events.map((e) => [e.on, 'dateUnknown' in e && e.dateUnknown === true])).toEqual([
      ['2026-12-01', true],
      ['2026-11-25', false],
    ]);
  });
});
