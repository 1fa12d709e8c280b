/**
 * The credit controller's features behind the typed messages, over the demo mailbox: one grouped reminder for
 * Fournier's three overdue invoices, per-client ladders and contacts, chase days, the thank-you on payment and
 * the kept documents.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MailThread } from '../../shared/core/mail/model';
import { scanThreadsForLedger } from '../../shared/core/scan/scanned-receivable';
import { memoryDocuments } from '../../shared/app/kept-documents';
import type { Client } from '../../shared/app/messages';
import { demoService, demoThreads, profile, threadOf as threadIn } from './demo-service';

const flat = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ').replace(/\s+/g, ' ');

let threads: MailThread[] = [];
beforeAll(async () => {
  threads = await demoThreads();
});

// The host scan the extension runs: the language of each invoice e-mail and the day of its last reminder go with it.
const setup = (name: string) => demoService(name, scanThreadsForLedger, { documents: memoryDocuments() });
const threadOf = (number: string) => threadIn(threads, number);
const invoiceOf = async (send: Client, number: string) => (await send('thread.invoices', { threadId: threadOf(number) })).invoices.find((i) => i.invoiceNumber === number)!;

describe('one grouped reminder for a client with three overdue invoices', () => {
  it('the client’s group: three to chase, groupable; a client with one is not', async () => {
    const { send } = await setup('chase-group-list');
    const group = await send('client.group', { invoiceId: (await invoiceOf(send, 'ML-2026-0402')).id });
    expect(group.chase.map((i) => i.invoiceNumber)).toEqual(['ML-2026-0388', 'ML-2026-0402', 'ML-2026-0415']);
    expect(group).toMatchObject({ clientId: 'fournier-renovation.fr', groupable: true, upcoming: [], stage: 'firm' });
    expect((await send('client.group', { invoiceId: (await invoiceOf(send, 'ML-2026-0412')).id })).groupable).toBe(false);
  });

  it('drafts one reminder listing all three with the total, at the stage of the most advanced, with every kept PDF', async () => {
    const { send } = await setup('chase-group-draft');
    const i0415 = await invoiceOf(send, 'ML-2026-0415');
    // The host keeps each invoice's PDF as it reads its conversation; the other threads' PDFs come from there.
    for (const number of ['ML-2026-0388', 'ML-2026-0402']) {
      const inv = await invoiceOf(send, number);
      await send('documents.keep', { invoiceId: inv.id, files: [{ filename: `Facture_${number}.pdf`, mimeType: 'application/pdf', base64: 'JVBERi0xLjQK' }] });
    }
    const { draft } = await send('draft.group', { invoiceId: i0415.id, invoiceAttachments: { [i0415.id]: ['Facture_ML-2026-0415.pdf'] } });
    expect(draft.stage).toBe('firm');
    expect(draft.invoices.map((i) => [i.invoiceNumber, i.stage])).toEqual([
      ['ML-2026-0388', 'firm'],
      ['ML-2026-0402', 'courteous'],
      ['ML-2026-0415', 'courteous'],
    ]);
    expect(draft.totals).toEqual([{ currency: 'EUR', amount: 5210 }]);
    expect(draft.to).toEqual(['paul@fournier-renovation.fr']);
    expect(draft.attachments.map((a) => a.filename).sort()).toEqual(['Facture_ML-2026-0388.pdf', 'Facture_ML-2026-0402.pdf', 'Facture_ML-2026-0415.pdf']);
    const text = flat(draft.text);
    expect(text).toContain('Bonjour Paul Fournier');
    expect(text).toContain('Total dû : 5 210,00 €.');
    // The reminder the scan saw in the mailbox is recalled with its date.
    expect(text).toContain('Malgré notre relance du 12 octobre 2026, les 3 factures suivantes restent impayées à ce jour');
    for (const n of ['ML-2026-0388', 'ML-2026-0402', 'ML-2026-0415']) expect(text).toContain(n);
    expect(draft.warnings.filter((w) => w.includes('attach'))).toEqual([]); // every PDF is there
    // Nothing is recorded before it is sent.
    expect((await invoiceOf(send, 'ML-2026-0402')).remindersSent).toBe(0);
  });

  it('sending records one reminder on each invoice, tied together; each follows its ladder from there', async () => {
    const { send, ledger } = await setup('chase-group-sent');
    const ids = await Promise.all(['ML-2026-0388', 'ML-2026-0402', 'ML-2026-0415'].map(async (n) => (await invoiceOf(send, n)).id));
    const { invoices } = await send('group.sent', { invoiceIds: ids, stage: 'firm', sentAt: '2026-11-23T10:05:00.000Z', threadId: threadOf('ML-2026-0415') });
    expect(invoices.map((i) => i.remindersSent)).toEqual([2, 1, 1]);
    const events = await Promise.all(ids.map(async (id) => (await ledger.events(id)).filter((e) => e.type === 'reminder-sent' && e.group !== undefined)));
    expect(events.map((e) => e.length)).toEqual([1, 1, 1]);
    const groups = new Set(events.flat().map((e) => (e.type === 'reminder-sent' ? e.group : null)));
    expect(groups.size).toBe(1);
    expect([...groups][0]).toMatch(/^group-/);
    // After a firm reminder the next step is the formal notice, eight days later (1 December, a Tuesday).
    expect(invoices.map((i) => i.nextAction)).toEqual(invoices.map(() => ({ kind: 'formal', stage: 'formal', date: '2026-12-01' })));
    expect(invoices[1]!.history.at(-1)!.summary).toBe('Relance groupée envoyée : relance ferme');
    const { due } = await send('followups.due', {});
    expect(due.map((d) => d.invoiceNumber)).not.toContain('ML-2026-0388');
    // A grouped reminder is for one client.
    await expect(send('group.sent', { invoiceIds: [ids[0]!, (await invoiceOf(send, 'ML-2026-0412')).id], stage: 'firm', sentAt: '2026-11-23T10:06:00.000Z', threadId: null })).rejects.toThrow(/one client/);
  });

  it('the user can still chase one invoice alone', async () => {
    const { send } = await setup('chase-group-single');
    const i0402 = await invoiceOf(send, 'ML-2026-0402');
    const { draft } = await send('draft.build', { invoiceId: i0402.id });
    expect(draft.stage).toBe('courteous');
    expect(draft.text).toContain('ML-2026-0402');
    expect(draft.text).not.toContain('ML-2026-0388');
  });
});

describe('per-client ladders, contacts and language through the messages', () => {
  it('settings hold the named ladders, the chase days and hours and the thank-you switch', async () => {
    const { send } = await setup('chase-settings');
    const initial = await send('settings.get', {});
    expect(initial).toMatchObject({ ladders: [], chase: { days: [1, 2, 3, 4, 5], hours: { from: 9, to: 18 }, holidays: 'FR' }, thankYou: true, ladder: { firmAfterDays: 14, formalAfterDays: 8, courteousAfterDays: 1, preDueDays: 3, tone: 'auto' } });
    const late = { id: 'retardataires', name: 'Retardataires', courteousAfterDays: 1, firmAfterDays: 7, formalAfterDays: 7, preDueDays: 5, tone: 'firmer' as const };
    const saved = await send('settings.set', { ladders: [late], chase: { days: [2, 4], hours: { from: 9, to: 12 }, holidays: 'FR' }, thankYou: false });
    expect(saved).toMatchObject({ ladders: [late], chase: { days: [2, 4], hours: { from: 9, to: 12 } }, thankYou: false });
    // Chase days apply at once: Roux's firm reminder, due Monday 23, moves to Tuesday 24.
    expect((await invoiceOf(send, 'ML-2026-0412')).nextAction).toMatchObject({ stage: 'firm', date: '2026-11-24' });
    await expect(send('settings.set', { chase: { days: [], hours: { from: 9, to: 12 }, holidays: 'FR' } })).rejects.toThrow(/chase day/);
    // A UK company gets the UK calendar, unless it chose another one.
    const uk = await send('settings.set', { profile: { ...profile, jurisdiction: 'UK' } });
    expect(uk.chase.holidays).toBe('UK');
  });

  it('a client on a ladder: its invoices follow it, its tone and its contacts are the drafts’', async () => {
    const { send } = await setup('chase-client-ladder');
    await send('settings.set', { ladders: [{ id: 'retardataires', name: 'Retardataires', courteousAfterDays: 1, firmAfterDays: 7, formalAfterDays: 7, preDueDays: 5, tone: 'firmer' }] });
    const { clients } = await send('clients.list', {});
    const fournier = clients.find((c) => c.id === 'fournier-renovation.fr')!;
    expect(fournier).toMatchObject({ openCount: 3, overdueCount: 3, balance: [{ currency: 'EUR', amount: 5210 }], ladderId: null });
    expect(clients[0]!.id).toBe('fournier-renovation.fr'); // the most overdue invoices first
    const i0402 = await invoiceOf(send, 'ML-2026-0402');
    const { client } = await send('client.update', { clientId: 'fournier-renovation.fr', ladderId: 'retardataires', contacts: { to: ['compta@fournier-renovation.fr'], escalation: ['direction@fournier-renovation.fr'] } });
    expect(client).toMatchObject({ ladderId: 'retardataires', contacts: { to: ['compta@fournier-renovation.fr'], escalation: ['direction@fournier-renovation.fr'] } });
    const courteous = (await send('draft.build', { invoiceId: i0402.id, stage: 'courteous' })).draft;
    expect(courteous).toMatchObject({ to: ['compta@fournier-renovation.fr'], cc: [], tone: 'firmer' });
    const firm = (await send('draft.group', { invoiceId: i0402.id, stage: 'firm' })).draft;
    expect(firm).toMatchObject({ to: ['compta@fournier-renovation.fr'], cc: ['direction@fournier-renovation.fr'], tone: 'firmer' });
    // Roux is on the default ladder: untouched.
    expect((await send('draft.build', { invoiceId: (await invoiceOf(send, 'ML-2026-0412')).id })).draft).toMatchObject({ to: ['jean@roux-batiment.fr'], cc: [], tone: 'cordial' });
    await expect(send('client.update', { clientId: 'fournier-renovation.fr', ladderId: 'nope' })).rejects.toThrow(/No ladder/);
  });

  it('the drafts are written in the client’s language: the one chosen, else the one its invoices were read in', async () => {
    const { send } = await setup('chase-language');
    const hartley = await invoiceOf(send, 'ML-2026-0377');
    expect((await send('client.get', { clientId: hartley.clientId })).client).toMatchObject({ detectedLanguage: 'en', language: null });
    expect((await send('draft.build', { invoiceId: hartley.id })).draft.language).toBe('en'); // its invoice was written in English
    expect((await send('draft.build', { invoiceId: (await invoiceOf(send, 'ML-2026-0412')).id })).draft.language).toBe('fr');
    await send('client.update', { clientId: hartley.clientId, language: 'fr' });
    expect((await send('draft.build', { invoiceId: hartley.id })).draft.language).toBe('fr'); // the user's choice wins
    expect((await send('draft.build', { invoiceId: hartley.id, stage: 'firm', language: 'de' })).draft.language).toBe('de'); // the compose tool still chooses
  });
});

describe('the thank-you on payment', () => {
  it('marked paid by hand: a thank-you is proposed, drafted in the client’s language, and proposed no more once sent', async () => {
    const { send } = await setup('chase-thanks');
    const roux = await invoiceOf(send, 'ML-2026-0412');
    expect(roux.thankYou).toBeNull();
    const { invoice: paid } = await send('invoice.action', { invoiceId: roux.id, action: { type: 'payment', amount: null, date: '2026-11-23' } });
    expect(paid).toMatchObject({ status: 'paid', thankYou: 'proposed' });
    const { draft } = await send('draft.thanks', { invoiceId: roux.id });
    expect(draft).toMatchObject({ to: ['jean@roux-batiment.fr'], cc: [], attachments: [], language: 'fr' });
    expect(flat(draft.text)).toContain('Nous avons bien reçu votre règlement de 4 380,00 € du 23 novembre 2026 pour notre facture n° ML-2026-0412');
    const { invoice: thanked } = await send('thanks.sent', { invoiceId: roux.id, sentAt: '2026-11-23T11:00:00.000Z', threadId: threadOf('ML-2026-0412') });
    expect(thanked.thankYou).toBe('sent');
    expect(thanked.history.at(-1)!.summary).toBe('Remerciement envoyé au client');
  });

  it('read from the client’s reply (the transfer is done): proposed too; not for an unpaid invoice; not when turned off', async () => {
    const { send } = await setup('chase-thanks-reply');
    const garnier = await invoiceOf(send, 'ML-2026-0420');
    expect(garnier).toMatchObject({ status: 'paid', thankYou: 'proposed' });
    await expect(send('draft.thanks', { invoiceId: (await invoiceOf(send, 'ML-2026-0402')).id })).rejects.toThrow(/not paid/);
    await send('settings.set', { thankYou: false });
    expect((await invoiceOf(send, 'ML-2026-0420')).thankYou).toBeNull();
  });
});
