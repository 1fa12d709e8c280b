import { describe, expect, it, vi } from 'vitest';
import { createGmailHost } from '../../extension/gmail/gmail-host';
import { startFeatures, defineFeature, type FeatureContext } from '../../extension/features/feature';
import { FEATURES } from '../../extension/features';
import threadRowLabel from '../../extension/features/thread-row-label';
import relancerButton from '../../extension/features/relancer-button';
import composeTool from '../../extension/features/compose-tool';
import { createClient, createRouter, directTransport, type Handlers, type InvoiceView } from '../../shared/app/messages';
import { createThreadInvoices } from '../../extension/content/thread-invoices';
import { createReminderComposer } from '../../extension/content/reminder-composer';
import { createTranslate } from '../../shared/app/i18n';
import { scanConversation } from '../../extension/content/start-content';
import type { HostThread } from '../../extension/host';
import { FakeInboxSdk, FakeThreadRowView } from './fake-inboxsdk';
import { rouxThread } from './roux-thread';

const today = '2026-11-23';

function invoiceView(over: Partial<InvoiceView> = {}): InvoiceView {
  return {
    id: 'inv-0412', clientId: 'roux-batiment.fr', threadId: '18f0a1', messageId: '<18f0a1b2c3@gmail.relance>', invoiceNumber: 'ML-2026-0412', amount: 4380, amountPaid: 0, currency: 'EUR',
    issueDate: '2026-09-15', dueDate: '2026-10-15', debtorName: 'Jean Roux', debtorEmail: 'jean@roux-batiment.fr', status: 'open', promisedDate: null,
    remindersSent: 0, daysOverdue: 39, nextAction: { kind: 'courteous', stage: 'courteous', date: today }, thankYou: null, history: [], ...over,
  };
}

/** The background as the content script sees it: recorded calls, canned ledger answers. */
function fakeBackground() {
  const calls: { name: string; payload: unknown }[] = [];
  let invoice = invoiceView();
  const handlers: Partial<Handlers> = {
    'rows.lookup': async (p) => {
      calls.push({ name: 'rows.lookup', payload: p });
      const records = Object.fromEntries(p.threadIds.filter((id) => id === '18f0a1').map((id) => [id, { invoiceId: invoice.id, status: invoice.status, amount: invoice.amount, amountPaid: 0, currency: 'EUR', dueDate: invoice.dueDate, promisedDate: null }]));
      return { records, today, language: 'fr' as const, me: ['menuiserie-lambert.fr'] };
    },
    'thread.scanned': async (p) => {
      calls.push({ name: 'thread.scanned', payload: p });
      return { invoices: p.receivables.map(() => invoice) };
    },
    'draft.build': async (p) => {
      calls.push({ name: 'draft.build', payload: p });
      const stage = p.stage ?? 'courteous';
      return { draft: { to: ['jean@roux-batiment.fr'], cc: [], subject: `[${stage}/${p.tone ?? 'cordial'}/${p.language ?? 'fr'}] Facture ML-2026-0412`, text: 't', html: `<p>${stage}</p>`, attachments: [{ filename: 'Facture_ML-2026-0412.pdf' }], stage, tone: p.tone ?? 'cordial', language: p.language ?? 'fr', missingMentions: [], warnings: [] } };
    },
    'client.group': async (p) => {
      calls.push({ name: 'client.group', payload: p });
      return { clientId: 'roux-batiment.fr', chase: [invoice], upcoming: [], totals: [{ currency: 'EUR', amount: 4380 }], stage: 'courteous' as const, groupable: false };
    },
    'documents.keep': async (p) => {
      calls.push({ name: 'documents.keep', payload: p });
      return { ok: true as const };
    },
    'reminder.sent': async (p) => {
      calls.push({ name: 'reminder.sent', payload: p });
      invoice = invoiceView({ remindersSent: 1, nextAction: { kind: 'firm', stage: 'firm', date: '2026-12-07' } });
      return { invoice };
    },
  };
  return { calls, send: createClient(directTransport(createRouter(handlers))) };
}

function setup() {
  const fake = new FakeInboxSdk();
  const thread = rouxThread();
  const fetched: string[] = [];
  const host = createGmailHost(fake.sdk, { fetchBytes: async (url) => { fetched.push(url); return thread.bytesOf(url)!; } });
  const bg = fakeBackground();
  const invoices = createThreadInvoices(bg.send, (mail) => scanConversation(mail, { me: ['menuiserie-lambert.fr'], today }));
  const composer = createReminderComposer(host, bg.send, invoices, createTranslate('fr'), () => new Date('2026-11-23T10:00:00Z'));
  const ctx: FeatureContext = { host, send: bg.send, invoices, composer, t: createTranslate('fr'), asset: (p) => `chrome-extension://x/${p}` };
  return { fake, thread, fetched, bg, ctx };
}

const settle = () => new Promise((r) => setTimeout(r, 60));

describe('content-script features over the Gmail adapter and a fake InboxSDK', () => {
  it('labels likely invoice rows from one batched ledger lookup, and only those', async () => {
    const { fake, bg, ctx } = setup();
    startFeatures([threadRowLabel], ctx);
    await settle();
    const invoiceRow = new FakeThreadRowView({ threadId: '18f0a1', subject: 'Facture n° ML-2026-0412', snippet: 'Veuillez trouver ci-joint', sender: { name: 'moi', emailAddress: 'claire@menuiserie-lambert.fr' } });
    const unknownInvoice = new FakeThreadRowView({ threadId: '99', subject: 'Facture ML-2026-0999', sender: { name: 'moi', emailAddress: 'claire@menuiserie-lambert.fr' } });
    const newsletter = new FakeThreadRowView({ threadId: '77', subject: 'Nouveautés outillage', snippet: 'Promotions', sender: { name: 'Outillage Pro', emailAddress: 'news@outillage.fr' } });
    fake.drawRow(invoiceRow);
    fake.drawRow(unknownInvoice);
    fake.drawRow(newsletter);
    await settle();
    const lookups = bg.calls.filter((c) => c.name === 'rows.lookup');
    expect(lookups).toHaveLength(1);
    expect(lookups[0]!.payload).toEqual({ threadIds: ['18f0a1', '99'] });
    expect(invoiceRow.labels.map((l) => l.title)).toEqual(['4\u00a0380\u00a0€ · Impayée · J+39']);
    expect(unknownInvoice.labels).toEqual([]);
    expect(newsletter.labels).toEqual([]);
  });

  it('"Relancer": scan, draft, reply with the invoice PDF re-attached; sending records the reminder', async () => {
    const { fake, thread, fetched, bg, ctx } = setup();
    startFeatures([relancerButton, composeTool], ctx);
    fake.openThread(thread);
    fake.clickThreadButton('Relancer', thread);
    await vi.waitFor(() => expect(fake.composes[0]?.html).toBeTruthy(), { timeout: 3000 });
    const scanned = bg.calls.find((c) => c.name === 'thread.scanned')!.payload as { threadId: string; receivables: { invoiceNumber: string }[] };
    expect(scanned.threadId).toBe('18f0a1');
    expect(scanned.receivables.map((r) => r.invoiceNumber)).toEqual(['ML-2026-0412']);
    expect(bg.calls.find((c) => c.name === 'draft.build')!.payload).toEqual({ invoiceId: 'inv-0412', invoiceAttachments: ['Facture_ML-2026-0412.pdf'] });
    const compose = fake.composes[0]!;
    // Gmail's own reply: the conversation's subject stays, the body is the draft's.
    expect(compose.isReply()).toBe(true);
    expect(compose.subject).toBe('Re: Facture n° ML-2026-0412');
    expect(compose.html).toBe('<p>courteous</p>');
    expect(compose.to).toEqual(['jean@roux-batiment.fr']);
    expect(compose.files.map((f) => f.name)).toEqual(['Facture_ML-2026-0412.pdf']);
    expect(fetched).toHaveLength(1);
    // The compose tool is there to switch stage, tone and language.
    expect(compose.buttons.map((b) => b.title)).toEqual(['Relance : étape, ton, langue']);
    expect(bg.calls.some((c) => c.name === 'reminder.sent')).toBe(false);
    compose.send('18f0a1');
    await settle();
    expect(bg.calls.find((c) => c.name === 'reminder.sent')!.payload).toEqual({ invoiceId: 'inv-0412', stage: 'courteous', sentAt: '2026-11-23T10:00:00.000Z', threadId: '18f0a1' });
    expect(fake.messages.at(-1)).toEqual({ text: 'Relance enregistrée. Prochain suivi : 2026-12-07', kind: 'info' });
  });

  it('what the scan of a conversation could not read is kept for the panel’s note, naming the message', async () => {
    const { fake, thread, ctx } = setup();
    thread.getMessageViewsAll()[0]!.getBodyElement().innerHTML += `<div>${'Conditions générales de vente. '.repeat(10_000)}</div>`;
    const opened = new Promise<HostThread>((resolve) => ctx.host.onThreadView(resolve));
    fake.openThread(thread);
    const invoices = await ctx.invoices.of(await opened);
    expect(invoices.map((i) => i.invoiceNumber)).toEqual(['ML-2026-0412']);
    expect(ctx.invoices.warningsOf('18f0a1')).toEqual(['<18f0a1b2c3@gmail.relance>: body cut to its first 262,144 characters']);
  });

  it('an attachment Gmail will not hand over does not stop the reminder: it opens, and the user is told', async () => {
    const fake = new FakeInboxSdk();
    const thread = rouxThread();
    const host = createGmailHost(fake.sdk, { fetchBytes: async () => { throw new Error('403 from the attachment server'); } });
    const bg = fakeBackground();
    const invoices = createThreadInvoices(bg.send, (mail) => scanConversation(mail, { me: ['menuiserie-lambert.fr'], today }));
    const composer = createReminderComposer(host, bg.send, invoices, createTranslate('fr'));
    startFeatures([relancerButton], { host, send: bg.send, invoices, composer, t: createTranslate('fr'), asset: (p) => p });
    fake.openThread(thread);
    fake.clickThreadButton('Relancer', thread);
    await vi.waitFor(() => expect(fake.composes[0]?.html).toBe('<p>courteous</p>'), { timeout: 3000 });
    expect(fake.composes[0]!.files).toEqual([]);
    expect(fake.messages).toContainEqual({ text: 'Impossible de rejoindre « Facture_ML-2026-0412.pdf » : ajoutez-le à la main.', kind: 'error' });
  });

  it('the compose tool rebuilds the draft in place with another stage, tone and language', async () => {
    const { fake, thread, ctx } = setup();
    startFeatures([relancerButton], ctx);
    const hostThread = await new Promise<HostThread>((resolve) => {
      ctx.host.onThreadView(resolve);
      fake.openThread(thread);
    });
    const opened = await ctx.composer.open(hostThread, invoiceView());
    await opened.rebuild({ stage: 'formal', tone: 'firmer', language: 'en' });
    const compose = fake.composes.at(-1)!;
    expect(compose.subject).toBe('Re: Facture n° ML-2026-0412');
    expect(compose.html).toBe('<p>formal</p>');
    expect(opened.draft()).toMatchObject({ stage: 'formal', tone: 'firmer', language: 'en', subject: '[formal/firmer/en] Facture ML-2026-0412' });
  });

  it('a feature that fails logs its name and turns itself off; the others keep working', async () => {
    const { fake, thread, ctx } = setup();
    const errors: string[] = [];
    const broken = defineFeature({ name: 'broken-rows', start: (c) => { c.host.onThreadRow(() => { throw new Error('Gmail changed'); }); } });
    const failingAtStart = defineFeature({ name: 'failing-at-start', start: () => { throw new Error('no toolbar'); } });
    const running = startFeatures([broken, failingAtStart, relancerButton], ctx, { error: (name) => errors.push(name) });
    fake.drawRow(new FakeThreadRowView({ threadId: '1', subject: 'x', sender: { name: 'a', emailAddress: 'a@b.c' } }));
    expect(errors).toEqual(['failing-at-start', 'broken-rows']);
    expect(running.active()).toEqual(['relancer-button']);
    // The broken feature's handler is unregistered from InboxSDK; the Relancer button still works.
    expect(fake.rowHandlers).toHaveLength(0);
    fake.openThread(thread);
    fake.clickThreadButton('Relancer', thread);
    await vi.waitFor(() => expect(fake.composes).toHaveLength(1), { timeout: 3000 });
  });

  it('"Relancer" for a client who owes several: one grouped reply, this thread’s PDF and the kept ones attached; sending records it on each', async () => {
    const fake = new FakeInboxSdk();
    const thread = rouxThread();
    const host = createGmailHost(fake.sdk, { fetchBytes: async (url) => thread.bytesOf(url)! });
    const calls: { name: string; payload: unknown }[] = [];
    const grouped = { to: ['jean@roux-batiment.fr'], cc: ['direction@roux-batiment.fr'], subject: 'Relance : 3 factures impayées', text: 't', html: '<p>grouped</p>', language: 'fr' as const, stage: 'firm' as const, tone: 'cordial' as const, missingMentions: [], warnings: [],
      attachments: [{ filename: 'Facture_ML-2026-0388.pdf' }, { filename: 'Facture_ML-2026-0412.pdf' }, { filename: 'Facture_ML-2026-0415.pdf' }],
      invoices: [{ invoiceId: 'inv-0388', invoiceNumber: 'ML-2026-0388', stage: 'firm' as const }, { invoiceId: 'inv-0412', invoiceNumber: 'ML-2026-0412', stage: 'firm' as const }, { invoiceId: 'inv-0415', invoiceNumber: 'ML-2026-0415', stage: 'courteous' as const }],
      upcoming: [], totals: [{ currency: 'EUR', amount: 7190 }] };
    const handlers: Partial<Handlers> = {
      'thread.scanned': async (p) => (calls.push({ name: 'thread.scanned', payload: p }), { invoices: [invoiceView()] }),
      'documents.keep': async (p) => (calls.push({ name: 'documents.keep', payload: p }), { ok: true as const }),
      'client.group': async () => ({ clientId: 'roux-batiment.fr', chase: [invoiceView(), invoiceView({ id: 'inv-0388' }), invoiceView({ id: 'inv-0415' })], upcoming: [], totals: [{ currency: 'EUR', amount: 7190 }], stage: 'firm' as const, groupable: true }),
      'draft.group': async (p) => (calls.push({ name: 'draft.group', payload: p }), { draft: grouped }),
      // Only 0388's PDF was kept: 0415's is named as missing.
      'documents.get': async (p) => (calls.push({ name: 'documents.get', payload: p }), { files: [{ invoiceId: 'inv-0388', filename: 'Facture_ML-2026-0388.pdf', mimeType: 'application/pdf', base64: 'JVBERi0xLjQK' }] }),
      'group.sent': async (p) => {
        calls.push({ name: 'group.sent', payload: p });
        const formal = { kind: 'formal', stage: 'formal' as const, date: '2026-12-01' };
        return { invoices: [invoiceView({ id: 'inv-0388', nextAction: formal }), invoiceView({ remindersSent: 2, nextAction: formal }), invoiceView({ id: 'inv-0415', nextAction: formal })] };
      },
    };
    const send = createClient(directTransport(createRouter(handlers)));
    const invoices = createThreadInvoices(send, (mail) => scanConversation(mail, { me: ['menuiserie-lambert.fr'], today }));
    const composer = createReminderComposer(host, send, invoices, createTranslate('fr'), () => new Date('2026-11-23T10:00:00Z'));
    startFeatures([relancerButton, composeTool], { host, send, invoices, composer, t: createTranslate('fr'), asset: (p) => p });
    fake.openThread(thread);
    fake.clickThreadButton('Relancer', thread);
    await vi.waitFor(() => expect(fake.composes[0]?.html).toBe('<p>grouped</p>'), { timeout: 3000 });
    expect(calls.find((c) => c.name === 'draft.group')!.payload).toEqual({ invoiceId: 'inv-0412', includeUpcoming: true, invoiceAttachments: { 'inv-0412': ['Facture_ML-2026-0412.pdf'] } });
    expect(calls.find((c) => c.name === 'documents.get')!.payload).toEqual({ invoiceIds: ['inv-0388', 'inv-0412', 'inv-0415'] });
    const compose = fake.composes[0]!;
    expect(compose).toMatchObject({ to: ['jean@roux-batiment.fr'], cc: ['direction@roux-batiment.fr'] });
    expect(compose.files.map((f) => f.name).sort()).toEqual(['Facture_ML-2026-0388.pdf', 'Facture_ML-2026-0412.pdf']);
    expect(fake.messages).toContainEqual({ text: 'Impossible de rejoindre « Facture_ML-2026-0415.pdf » : ajoutez-le à la main.', kind: 'error' });
    // The thread's PDF was kept for the client's other conversations.
    expect((calls.find((c) => c.name === 'documents.keep')!.payload as { invoiceId: string; files: { filename: string }[] }).files.map((f) => f.filename)).toEqual(['Facture_ML-2026-0412.pdf']);
    compose.send('18f0a1');
    await settle();
    expect(calls.find((c) => c.name === 'group.sent')!.payload).toEqual({ invoiceIds: ['inv-0388', 'inv-0412', 'inv-0415'], stage: 'firm', sentAt: '2026-11-23T10:00:00.000Z', threadId: '18f0a1' });
    expect(fake.messages.at(-1)).toEqual({ text: 'Relance groupée enregistrée pour 3 factures. Prochain suivi : 2026-12-01', kind: 'info' });
  });

  it('the thank-you: a reply with the thanks, no attachment; sending records it', async () => {
    const fake = new FakeInboxSdk();
    const thread = rouxThread();
    const host = createGmailHost(fake.sdk, { fetchBytes: async (url) => thread.bytesOf(url)! });
    const calls: { name: string; payload: unknown }[] = [];
    const paid = invoiceView({ status: 'paid', thankYou: 'proposed' });
    const handlers: Partial<Handlers> = {
      'draft.thanks': async (p) => (calls.push({ name: 'draft.thanks', payload: p }), { draft: { to: ['jean@roux-batiment.fr'], cc: [], subject: 'Facture ML-2026-0412 : règlement bien reçu, merci', text: 'merci', html: '<p>merci</p>', attachments: [], language: 'fr' as const, warnings: [] } }),
      'thanks.sent': async (p) => (calls.push({ name: 'thanks.sent', payload: p }), { invoice: { ...paid, thankYou: 'sent' as const } }),
    };
    const send = createClient(directTransport(createRouter(handlers)));
    const invoices = createThreadInvoices(send, async () => ({ receivables: [], warnings: [] }));
    const composer = createReminderComposer(host, send, invoices, createTranslate('fr'), () => new Date('2026-11-24T08:00:00Z'));
    const hostThread = await new Promise<HostThread>((resolve) => {
      host.onThreadView(resolve);
      fake.openThread(thread);
    });
    await composer.openThanks(hostThread, paid);
    const compose = fake.composes.at(-1)!;
    expect(compose).toMatchObject({ html: '<p>merci</p>', to: ['jean@roux-batiment.fr'] });
    expect(compose.files).toEqual([]);
    compose.send('18f0a1');
    await settle();
    expect(calls.find((c) => c.name === 'thanks.sent')!.payload).toEqual({ invoiceId: 'inv-0412', sentAt: '2026-11-24T08:00:00.000Z', threadId: '18f0a1' });
    expect(fake.messages.at(-1)).toEqual({ text: 'Remerciement enregistré.', kind: 'info' });
  });

  it('InboxSDK failing under a feature (Gmail changed) costs that feature only', async () => {
    const { fake, ctx } = setup();
    const errors: string[] = [];
    fake.breakNext = 'rows';
    const running = startFeatures(FEATURES.filter((f) => f.name !== 'thread-panel'), ctx, { error: (name) => errors.push(name) });
    await settle();
    expect(errors).toEqual(['thread-row-label']);
    expect(running.active()).toEqual(['relancer-button', 'compose-tool']);
  });
});
