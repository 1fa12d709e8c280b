import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { loadMessages } from '../../shared/cli/read-mailbox';
import { threadMessages } from '../../shared/core/mail/threading';
import { scanThreadsForLedger } from '../../shared/core/scan/scanned-receivable';
import type { MailThread } from '../../shared/core/mail/model';
import { Ledger } from '../../shared/ledger/ledger';
import { createPdfjsReader } from '../../shared/pdf/pdfjs-reader';
import { createRelanceService, memoryStore } from '../../shared/app/relance-service';
import { createClient, createRouter, directTransport, type Client } from '../../shared/app/messages';

const demo = path.resolve(__dirname, '../../demo');
const config = JSON.parse(readFileSync(path.join(demo, 'demo-config.json'), 'utf8')) as { me: string[]; today: string };
const profile = JSON.parse(readFileSync(path.join(demo, 'demo-profile.json'), 'utf8'));

let threads: MailThread[] = [];
const pdfReader = createPdfjsReader();
beforeAll(async () => {
  threads = threadMessages(await loadMessages(path.join(demo, 'mailbox'), () => {}));
});

async function setup(name: string) {
  let today = config.today;
  let changes = 0;
  const ledger = new Ledger({ name, now: () => new Date(`${today}T10:00:00Z`) });
  const service = createRelanceService({ ledger, store: memoryStore(), today: () => today, source: 'mbox', defaults: { me: config.me, language: 'fr' }, onChange: () => changes++ });
  const send: Client = createClient(directTransport(createRouter(service.handlers)));
  await send('settings.set', { profile });
  // What a host does when a conversation is opened: the core scans it, the service stores the result.
  for (const thread of threads) {
    const receivables = await scanThreadsForLedger([thread], { me: config.me, today, pdfReader });
    if (receivables.length) await send('thread.scanned', { threadId: thread.id, receivables });
  }
  return { send, service, setToday: (d: string) => (today = d), changes: () => changes };
}

const threadOf = (number: string) => threads.find((t) => t.messages.some((m) => m.subject.includes(number)))!.id;

describe('the service behind the messages: ledger, drafts and scheduler', () => {
  it('stores what the scans found and answers the row labels by thread', async () => {
    const { send } = await setup('svc-rows');
    const roux = threadOf('ML-2026-0412');
    const { records, language } = await send('rows.lookup', { threadIds: [roux, threadOf('ML-2026-0420'), 'unknown'] });
    expect(language).toBe('fr');
    expect(records[roux]).toMatchObject({ status: 'open', amount: 4380, currency: 'EUR', dueDate: '2026-10-15' });
    expect(Object.values(records).map((r) => r.status).sort()).toEqual(['open', 'paid']);
    expect(records.unknown).toBeUndefined();
  });

  it('dashboard: aged balance, receivables with filters, due follow-ups', async () => {
    const { send } = await setup('svc-dashboard');
    const all = await send('dashboard.get', { status: 'all', query: '' });
    expect(all.invoices.map((i) => i.invoiceNumber).sort()).toEqual(['ML-2026-0377', 'ML-2026-0398', 'ML-2026-0405', 'ML-2026-0412', 'ML-2026-0420', 'ML-2026-0431', 'ML-2026-0437']);
    const eur = all.agedBalance.find((a) => a.currency === 'EUR')!;
    expect(eur.total).toBe(20270);
    expect(eur.notDue).toBe(7130);
    const disputed = await send('dashboard.get', { status: 'disputed', query: '' });
    expect(disputed.invoices.map((i) => i.invoiceNumber)).toEqual(['ML-2026-0405']);
    const search = await send('dashboard.get', { status: 'all', query: 'hartley' });
    expect(search.invoices.map((i) => i.invoiceNumber)).toEqual(['ML-2026-0377']);
    // Roux (1 reminder, firm due) and Hartley (2 reminders, formal due) are due today; paid, promised, disputed are not.
    const dueNumbers = all.due.map((d) => d.invoiceNumber);
    expect(dueNumbers).toContain('ML-2026-0412');
    expect(dueNumbers).toContain('ML-2026-0377');
    expect(dueNumbers).not.toContain('ML-2026-0420');
    expect(dueNumbers).not.toContain('ML-2026-0405');
  });

  it('draft → reminder sent → follow-up scheduled → paid → nothing more to do', async () => {
    const { send, changes } = await setup('svc-flow');
    const roux = threadOf('ML-2026-0412');
    const [invoice] = (await send('thread.invoices', { threadId: roux })).invoices;
    expect(invoice).toMatchObject({ invoiceNumber: 'ML-2026-0412', remindersSent: 1, status: 'open' });
    expect(invoice!.nextAction).toMatchObject({ stage: 'firm', date: '2026-11-23' });

    // The reminder the user sent before Relance, read in the conversation, keeps its own day.
    const seen = (await send('invoice.get', { invoiceId: invoice!.id })).invoice!;
    expect(seen.history.filter((h) => h.kind === 'reminder-sent').map((h) => h.date)).toEqual(['2026-10-30']);
    const { draft } = await send('draft.build', { invoiceId: invoice!.id, invoiceAttachments: [] });
    expect(draft.stage).toBe('firm');
    expect(draft.text).toContain('30 octobre 2026');
    expect(draft.to).toEqual(['jean@roux-batiment.fr']);
    expect(draft.text).toContain('ML-2026-0412');
    expect(draft.text).toMatch(/4\s380,00\s€/);
    expect(draft.language).toBe('fr');

    const english = await send('draft.build', { invoiceId: invoice!.id, stage: 'courteous', language: 'en', tone: 'firmer' });
    expect(english.draft).toMatchObject({ stage: 'courteous', language: 'en', tone: 'firmer' });

    const before = changes();
    const sent = await send('reminder.sent', { invoiceId: invoice!.id, stage: 'firm', sentAt: '2026-11-23T10:05:00.000Z', threadId: roux });
    expect(changes()).toBeGreaterThan(before);
    expect(sent.invoice.remindersSent).toBe(2);
    expect(sent.invoice.nextAction?.stage).toBe('formal');
    expect(sent.invoice.nextAction!.date > '2026-11-23').toBe(true);
    expect(sent.invoice.history.map((h) => h.kind)).toContain('reminder-sent');

    const paid = await send('invoice.action', { invoiceId: invoice!.id, action: { type: 'payment', amount: null, date: '2026-11-24' } });
    expect(paid.invoice.status).toBe('paid');
    expect(paid.invoice.nextAction).toBeNull();
    const { due } = await send('followups.due', {});
    expect(due.map((d) => d.invoiceNumber)).not.toContain('ML-2026-0412');
  });

  it('a partial payment keeps the invoice in the chase for its balance only', async () => {
    const { send } = await setup('svc-partial');
    const [invoice] = (await send('thread.invoices', { threadId: threadOf('ML-2026-0412') })).invoices;
    const partial = await send('invoice.action', { invoiceId: invoice!.id, action: { type: 'payment', amount: 1380, date: '2026-11-23' } });
    expect(partial.invoice).toMatchObject({ status: 'open', amountPaid: 1380 });
    const { draft } = await send('draft.build', { invoiceId: invoice!.id });
    expect(draft.text).toMatch(/3\s000,00\s€/);
  });

  it('promise, dispute and snooze pause the chase; a correction is kept', async () => {
    const { send } = await setup('svc-pauses');
    const [hartley] = (await send('thread.invoices', { threadId: threadOf('ML-2026-0377') })).invoices;
    const promised = await send('invoice.action', { invoiceId: hartley!.id, action: { type: 'promise', date: '2026-12-10' } });
    expect(promised.invoice.status).toBe('promised');
    expect(promised.invoice.nextAction === null || promised.invoice.nextAction.date > '2026-12-10').toBe(true);
    const disputed = await send('invoice.action', { invoiceId: hartley!.id, action: { type: 'dispute', reason: 'porte mal posée' } });
    expect(disputed.invoice).toMatchObject({ status: 'disputed', nextAction: null });
    await expect(send('draft.build', { invoiceId: hartley!.id })).rejects.toThrow(/disputed/);
    const corrected = await send('invoice.action', { invoiceId: hartley!.id, action: { type: 'correct', field: 'amount', value: '3 500,00' } });
    expect(corrected.invoice.amount).toBe(3500);
  });

  it('templates: list built-ins, refuse a broken edit with its reason, keep a good one', async () => {
    const { send } = await setup('svc-templates');
    const { templates } = await send('templates.list', {});
    const courteous = templates.find((x) => x.kind === 'courteous' && x.language === 'fr')!;
    expect(courteous.custom).toBe(false);
    const bad = await send('templates.save', { kind: 'courteous', language: 'fr', source: courteous.source.replace('{{invoice.number}}', '{{invoice.nmuber}}') });
    expect(bad.ok).toBe(false);
    expect(bad.errors.join(' ')).toContain('invoice.nmuber');
    const good = await send('templates.save', { kind: 'courteous', language: 'fr', source: courteous.source.replace('Bien cordialement', 'Très cordialement') });
    expect(good).toEqual({ ok: true, errors: [] });
    expect((await send('templates.list', {})).templates.find((x) => x.kind === 'courteous' && x.language === 'fr')!.custom).toBe(true);
  });

  it('export and import round-trip the ledger', async () => {
    const { send } = await setup('svc-backup');
    const { json, csv } = await send('ledger.export', {});
    expect(csv).toContain('ML-2026-0412');
    const other = await setup('svc-backup-2');
    const report = await other.send('ledger.import', { json });
    expect(report.invoices).toBe(7);
    expect((await other.send('dashboard.get', { status: 'all', query: '' })).invoices).toHaveLength(7);
  });
});
