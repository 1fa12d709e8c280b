import { beforeAll, describe, expect, it } from 'vitest';
import type { Ledger } from '../../shared/ledger';
import { expectDerivedConsistent, newLedger, receivable } from './helpers';

const TODAY = '2026-11-20'; // a Friday
let ledger: Ledger;
const id = (n: string, client: string) => `${n.replace(/[^A-Z0-9]/gi, '').toUpperCase()}@${client}`;

beforeAll(async () => {
  ledger = newLedger();
  const scan = { source: 'gmail' as const, today: '2026-11-16' };
  const r = (n: string, over: Parameters<typeof receivable>[0]) => receivable({ invoiceNumber: n, messageId: `<${n}@x>`, ...over });
  await ledger.upsertFromScan(
    [
      r('F-1', { amount: 1000, issueDate: '2026-10-01', dueDate: '2026-11-10' }),
      r('F-2', { amount: 500, issueDate: '2026-08-31', dueDate: '2026-09-30', debtorName: '<img src=x onerror=alert(1)> & Co' }),
      r('F-3', { amount: 300, issueDate: '2026-11-15', dueDate: '2026-12-15', debtorEmail: 'achats@beta.fr', debtorName: 'Beta' }),
      r('F-4', { amount: 800, issueDate: '2026-06-01', dueDate: '2026-07-01', debtorEmail: 'achats@beta.fr', debtorName: 'Beta' }),
      r('F-5', { amount: 2000, currency: 'GBP', issueDate: '2026-09-20', dueDate: '2026-10-20', debtorEmail: 'ap@gamma.co.uk', debtorName: 'Gamma Ltd' }),
      r('F-6', { amount: 700, issueDate: '2026-08-02', dueDate: '2026-09-01' }),
      r('F-7', { amount: 400, issueDate: '2026-07-01', dueDate: '2026-08-01' }),
    ],
    scan,
  );
  const A = id('F-1', 'acme.fr');
  const B = id('F-2', 'acme.fr');
  await ledger.record(A, { type: 'payment', on: '2026-11-15', amount: 100, full: false });
  await ledger.record(B, { type: 'reminder-sent', stage: 'courteous', on: '2026-10-05', subject: 'Facture F-2', body: 'Bonjour <script>alert("x")</script>' });
  await ledger.record(B, { type: 'call-logged', on: '2026-10-12', outcome: 'no-answer' });
  await ledger.record(B, { type: 'reminder-sent', stage: 'firm', on: '2026-10-20' });
  await ledger.record(id('F-4', 'beta.fr'), { type: 'dispute', on: '2026-07-10', reason: 'prestation incomplète', resolved: false });
  await ledger.record(id('F-5', 'gamma.co.uk'), { type: 'promise', on: '2026-11-02', promisedDate: '2026-11-30' });
  await ledger.record(id('F-6', 'acme.fr'), { type: 'reminder-sent', stage: 'courteous', on: '2026-09-04' });
  await ledger.record(id('F-6', 'acme.fr'), { type: 'payment', on: '2026-09-11', amount: 700, full: true });
  await ledger.record(id('F-7', 'acme.fr'), { type: 'payment', on: '2026-07-30', amount: 400, full: false });
});

describe('dashboard queries', () => {
  it('due today, most urgent first; overdue, oldest first, each with its next action', async () => {
    const d = await ledger.dueToday(TODAY);
    expect(d.due.map((x) => [x.invoice.number, x.action.kind, x.action.date, x.daysOverdue, x.balance])).toEqual([
      ['F-2', 'formal', TODAY, 51, 500],
      ['F-1', 'courteous', TODAY, 10, 900],
    ]);
    expect(d.overdue.map((x) => [x.invoice.number, x.daysOverdue, x.action.kind])).toEqual([
      ['F-4', 142, 'none'],
      ['F-2', 51, 'formal'],
      ['F-5', 31, 'courteous'],
      ['F-1', 10, 'courteous'],
    ]);
    expect(d.overdue[0]!.action.reason).toMatch(/dispute open since 2026-07-10 \(prestation incomplète\)/);
    expect(d.overdue[2]!.action.date).toBe('2026-12-01');
  });

  it("chasing one invoice does not silence the client's other overdue invoices", async () => {
    const B = id('F-2', 'acme.fr');
    const copy = newLedger();
    await copy.restore(await ledger.exportBackup());
    await copy.record(B, { type: 'reminder-sent', stage: 'formal', on: TODAY });
    const d = await copy.dueToday(TODAY);
    expect(d.due.map((x) => x.invoice.number)).toEqual(['F-1']);
    expect(d.overdue.map((x) => x.invoice.number)).toContain('F-2');
  });

  it('aged balance per currency, after partial payments, paid invoices left out', async () => {
    expect(await ledger.agedBalance(TODAY)).toEqual([
      { currency: 'EUR', buckets: { 'not-due': 300, '1-30': 900, '31-60': 500, '61-90': 0, '90+': 800 }, total: 2500, count: 4 },
      { currency: 'GBP', buckets: { 'not-due': 0, '1-30': 0, '31-60': 2000, '61-90': 0, '90+': 0 }, total: 2000, count: 1 },
    ]);
  });

  it('totals and DSO per currency', async () => {
    expect(await ledger.totals(TODAY)).toEqual([
      { currency: 'EUR', outstanding: 2500, overdue: 2200, disputed: 800, openCount: 4, overdueCount: 3, collected30: 100 },
      { currency: 'GBP', outstanding: 2000, overdue: 2000, disputed: 0, openCount: 1, overdueCount: 1, collected30: 0 },
    ]);
    // EUR invoiced over 90 days (22 Aug – 20 Nov): F-1 1000 + F-2 500 + F-3 300 = 1800; 2500 / 1800 × 90 = 125.
    expect(await ledger.dso(TODAY)).toEqual([
      { currency: 'EUR', dso: 125, outstanding: 2500, invoiced: 1800, periodDays: 90 },
      { currency: 'GBP', dso: 90, outstanding: 2000, invoiced: 2000, periodDays: 90 },
    ]);
  });

  it("a client's history and reliability", async () => {
    const report = await ledger.clientReport('acme.fr');
    expect(report.client).toMatchObject({ name: 'Acme SAS' });
    expect(report.invoices.map((i) => i.number)).toEqual(['F-7', 'F-6', 'F-2', 'F-1']);
    expect(report.reliability).toEqual({ paidCount: 2, averageDaysLate: 5, onTimeShare: 0.5, averageReminders: 0.5, outstanding: { EUR: 1400 }, openCount: 2 });
    expect(report.history.filter((e) => e.type === 'reminder-sent')).toHaveLength(3);
    expect(report.history.every((e) => e.clientId === 'acme.fr')).toBe(true);
  });

  it('the recovery file of one invoice, as JSON and as an HTML timeline with everything from mail escaped', async () => {
    await ledger.saveCompanyProfile({
      companyName: 'Atelier Dupont',
      address: '3 rue des Lilas\n69003 Lyon',
      email: 'contact@atelier-dupont.fr',
      phone: '',
      siren: '123456789',
      iban: '',
      signatoryName: 'Jeanne Dupont',
      signatoryTitle: 'Gérante',
      jurisdiction: 'FR',
      language: 'fr',
    });
    const B = id('F-2', 'acme.fr');
    const file = await ledger.recoveryFile(B, TODAY);
    expect(file).toMatchObject({
      format: 'relance-recovery-file',
      creditor: { companyName: 'Atelier Dupont' },
      invoice: { number: 'F-2', amount: 500, dueDate: '2026-09-30' },
      situation: { status: 'open', balance: 500, daysOverdue: 51, remindersSent: 2, nextAction: { kind: 'formal' } },
    });
    expect(file.timeline.map((t) => [t.on, t.type])).toEqual([
      ['2026-10-05', 'reminder-sent'],
      ['2026-10-12', 'call-logged'],
      ['2026-10-20', 'reminder-sent'],
      ['2026-11-16', 'detected'],
    ]);
    expect(file.drafts).toEqual([
      { on: '2026-10-05', stage: 'courteous', sent: true, subject: 'Facture F-2', body: 'Bonjour <script>alert("x")</script>' },
      { on: '2026-10-20', stage: 'firm', sent: true, subject: null, body: null },
    ]);
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
    const html = await ledger.recoveryFileHtml(B, TODAY);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; Co');
    expect(html).toContain('3 rue des Lilas<br>69003 Lyon');
    expect(html).toMatch(/<time datetime="2026-10-12">2026-10-12<\/time> <span class="type">call-logged<\/span>/);
  });
});

describe('follow-ups for host timers', () => {
  it('claims each due follow-up once, whatever the number of calls', async () => {
    const copy = newLedger();
    await copy.restore(await ledger.exportBackup());
    const first = await copy.takeDueFollowUps(TODAY);
    expect(first.map((f) => f.key)).toEqual(['F2@acme.fr|formal#2', 'F1@acme.fr|courteous#0']);
    const [again, concurrent] = await Promise.all([copy.takeDueFollowUps(TODAY), copy.takeDueFollowUps(TODAY)]);
    expect(again).toEqual([]);
    expect(concurrent).toEqual([]);
    // The next day, nothing new (the user has not acted): no second notification.
    expect(await copy.takeDueFollowUps('2026-11-23')).toEqual([]);
    expect(await copy.db.followUps.count()).toBe(2);
  });

  it('a payment arriving between the timer and the sending cancels the follow-up', async () => {
    const copy = newLedger();
    await copy.restore(await ledger.exportBackup());
    const [formal, courteous] = await copy.takeDueFollowUps(TODAY);
    expect(await copy.isStillDue(courteous!.key, TODAY)).toBe(true);
    await copy.record(courteous!.invoiceId, { type: 'payment', on: TODAY, amount: 900, full: false });
    expect(await copy.isStillDue(courteous!.key, TODAY)).toBe(false);
    expect((await copy.dueToday(TODAY)).due.map((d) => d.invoice.number)).toEqual(['F-2']);
    // Once the formal notice is sent, its follow-up is no longer due either.
    await copy.record(formal!.invoiceId, { type: 'reminder-sent', stage: 'formal', on: TODAY });
    expect(await copy.isStillDue(formal!.key, TODAY)).toBe(false);
  });

  it('tells the timer the next day to wake up', async () => {
    expect(await ledger.nextWakeUp(TODAY)).toBe('2026-12-01'); // F-5 after its promise (30 Nov)
    expect(await ledger.nextWakeUp('2026-12-01')).toBe('2026-12-11'); // F-3's pre-due reminder (due 15 Dec − 3 = Saturday → Friday)
  });

  it('re-plans open invoices when the settings change', async () => {
    const copy = newLedger();
    await copy.restore(await ledger.exportBackup());
    await copy.saveScheduleSettings({ ...(await copy.scheduleSettings()), preDueDays: 0 });
    expect((await copy.invoice(id('F-3', 'beta.fr')))!.nextDate).toBe('2026-12-16');
    expect(await copy.nextWakeUp('2026-12-01')).toBe('2026-12-16');
    await expectDerivedConsistent(copy);
  });

  it('keeps one dashboard row per invoice still owed through every kind of write', async () => {
    await expectDerivedConsistent(ledger);
    const copy = newLedger();
    await copy.restore(await ledger.exportBackup());
    await expectDerivedConsistent(copy);
    await copy.record(id('F-1', 'acme.fr'), { type: 'payment', on: TODAY, amount: 900, full: false });
    await copy.record(id('F-4', 'beta.fr'), { type: 'dispute', on: TODAY, reason: 'avoir émis', resolved: true });
    await copy.correctField(id('F-3', 'beta.fr'), 'dueDate', '2026-11-19', TODAY);
    await copy.deleteClient('gamma.co.uk');
    await expectDerivedConsistent(copy);
    expect((await copy.openItems()).map((i) => i.number).sort()).toEqual(['F-2', 'F-3', 'F-4']);
  });
});
