/**
 * The Outlook pane's chase like a credit controller, over Office.js mocked (office-addin-mock) and everything
 * else real: Fournier's three invoice messages opened one by one (each PDF kept by the add-in), then one grouped
 * reminder for all three in the reply form, every PDF attached, recorded on each; the desk writes to that client
 * once in a batch; a paid invoice's thank-you.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Ledger } from '../../shared/ledger/ledger';
import { createPdfjsReader } from '../../shared/pdf/pdfjs-reader';
import { memoryStore } from '../../shared/app/relance-service';
import { createRelanceClient } from '../../outlook-addin/service';
import { createOfficeHost } from '../../outlook-addin/office/outlook-host';
import { createMailCache } from '../../outlook-addin/mail-cache';
import { groupDraftsOf, groupOf, meOf, openBatchReminder, openGroupReply, openInvoice, openThanksReply, quickRelance, thanksDraftOf, type Relance } from '../../outlook-addin/flow';
import { createPaneTranslate } from '../../outlook-addin/taskpane/strings';
import { itemFromEml, outlookMock } from './office-mock';

const DEMO = join(import.meta.dirname, '..', '..', 'demo', 'mailbox');
const t = createPaneTranslate('fr');
const pdfReader = createPdfjsReader();
const user = { user: { emailAddress: 'claire@menuiserie-lambert.fr', displayName: 'Claire Lambert' } };
const TODAY = '2026-11-23';
const PROFILE = JSON.parse((await import('node:fs')).readFileSync(join(DEMO, '..', 'demo-profile.json'), 'utf8'));
const flat = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

async function pane() {
  // The ledger's clock on the pane's day, before the reminders opened at 10:00.
  const ledger = await new Ledger({ indexedDB: new IDBFactory(), IDBKeyRange, name: `outlook-group-${Math.random()}`, now: () => new Date('2026-11-23T09:00:00Z') }).open();
  const client = await createRelanceClient({ ledger, store: memoryStore(), today: () => TODAY, defaults: { me: meOf({ me: [] }, 'claire@menuiserie-lambert.fr'), language: 'fr' } });
  await client('settings.set', { profile: PROFILE });
  const mailCache = createMailCache({ name: `mail-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
  /** The user opens a message of the demo mailbox in Outlook. */
  const open = async (file: string, mode: 'read' | 'none' = 'read') => {
    const spec = mode === 'read' ? await itemFromEml(join(DEMO, file), { itemId: `AAMk-${file}`, conversationId: `AAQk-${file.split('/')[0]}` }) : null;
    const mock = outlookMock(mode, spec, user);
    const relance: Relance = { host: createOfficeHost(mock.office), client, pdfReader, mailCache };
    return { mock, relance, opened: mode === 'read' ? await openInvoice(relance, TODAY, t, 'fr') : null };
  };
  return { client, open };
}

describe('one grouped reminder from the Outlook pane', () => {
  it('the three invoices opened, then from the last one: one reply for all three, every PDF attached, recorded on each', async () => {
    const { client, open } = await pane();
    await open('13-fournier-0388/01.eml');
    // The reminder of 12 October, opened in the same conversation: the add-in reads it with the invoice.
    await open('13-fournier-0388/02.eml');
    await open('14-fournier-0402/01.eml');
    const last = await open('15-fournier-0415/01.eml');
    const invoice = last.opened!.invoices[0]!;
    const group = await groupOf(last.relance, invoice);
    expect(group).toMatchObject({ groupable: true, totals: [{ currency: 'EUR', amount: 5210 }] });
    const drafts = await groupDraftsOf(last.relance, invoice, group, last.opened!.conversation);
    expect(drafts.map((d) => d.stage)).toEqual(['courteous', 'firm', 'formal']);
    const firm = drafts.find((d) => d.stage === 'firm')!;
    expect(firm.invoices.map((i) => i.invoiceNumber)).toEqual(['ML-2026-0388', 'ML-2026-0402', 'ML-2026-0415']);
    expect(firm.attachments.map((a) => a.filename).sort()).toEqual(['Facture_ML-2026-0388.pdf', 'Facture_ML-2026-0402.pdf', 'Facture_ML-2026-0415.pdf']);

    const { outcome, invoices } = await openGroupReply(last.relance, last.opened!, firm, t, 'fr', () => new Date('2026-11-23T10:00:00Z'));
    expect(outcome).toEqual({ attached: expect.arrayContaining(['Facture_ML-2026-0388.pdf', 'Facture_ML-2026-0402.pdf', 'Facture_ML-2026-0415.pdf']), notAttached: [] });
    // The invoice the company sent itself: "reply all" goes back to the client.
    const form = last.mock.named('item.displayReplyAllFormAsync')[0]!.args[0] as { htmlBody: string; attachments: { name: string; base64file: string }[] };
    expect(form.attachments.map((a) => a.name).sort()).toEqual(['Facture_ML-2026-0388.pdf', 'Facture_ML-2026-0402.pdf', 'Facture_ML-2026-0415.pdf']);
    for (const a of form.attachments) expect(Buffer.from(a.base64file, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(flat(form.htmlBody)).toContain('Total dû : 5 210,00 €.');
    expect(invoices.map((i) => [i.invoiceNumber, i.remindersSent])).toEqual([['ML-2026-0388', 2], ['ML-2026-0402', 1], ['ML-2026-0415', 1]]);
    expect(invoices.every((i) => i.history.at(-1)!.summary === 'Relance groupée envoyée : relance ferme')).toBe(true);
    expect((await client('followups.due', {})).due.map((d) => d.invoiceNumber).filter((n) => /0388|0402|0415/.test(n ?? ''))).toEqual([]);
  });

  it('"Relance express" on a client who owes several goes straight to the grouped reply', async () => {
    const { open } = await pane();
    await open('13-fournier-0388/01.eml');
    await open('14-fournier-0402/01.eml');
    const last = await open('15-fournier-0415/01.eml');
    const result = await quickRelance(last.relance, TODAY, t, 'fr', () => new Date('2026-11-23T10:00:00Z'));
    expect(result!.invoice.remindersSent).toBe(1);
    const form = last.mock.named('item.displayReplyAllFormAsync')[0]!.args[0] as { htmlBody: string; attachments: { name: string }[] };
    expect(flat(form.htmlBody)).toMatch(/ML-2026-0388.*ML-2026-0402.*ML-2026-0415/);
    expect(form.attachments).toHaveLength(3);
  });

  it('the desk writes to that client once: one grouped reminder covers its three due follow-ups', async () => {
    const { client, open } = await pane();
    for (const f of ['13-fournier-0388/01', '13-fournier-0388/02', '14-fournier-0402/01', '15-fournier-0415/01', '01-roux/01', '01-roux/02']) await open(`${f}.eml`);
    const desk = await open('', 'none');
    const { due } = await client('dashboard.get', { status: 'all', query: '' });
    const fournier = due.find((d) => d.invoiceNumber === 'ML-2026-0388')!;
    const result = await openBatchReminder(desk.relance, fournier.invoiceId, fournier.stage, fournier.threadId, () => new Date('2026-11-23T10:00:00Z'));
    expect(result.covered).toHaveLength(3);
    expect(result.outcome.attached.sort()).toEqual(['Facture_ML-2026-0388.pdf', 'Facture_ML-2026-0402.pdf', 'Facture_ML-2026-0415.pdf']);
    const form = desk.mock.named('mailbox.displayNewMessageFormAsync')[0]!.args[0] as { toRecipients: string[]; subject: string };
    expect(form.toRecipients).toEqual(['paul@fournier-renovation.fr']);
    expect(flat(form.subject)).toBe('Relance : 3 factures impayées – 5 210,00 €');
    expect((await client('dashboard.get', { status: 'all', query: '' })).due.map((d) => d.invoiceNumber)).toEqual(['ML-2026-0412']);
  });
});

describe('the thank-you from the Outlook pane', () => {
  it('a paid invoice proposes it; the reply opens with the thanks, no attachment; it is proposed no more', async () => {
    const { client, open } = await pane();
    const roux = await open('01-roux/01.eml');
    const invoice = roux.opened!.invoices[0]!;
    const { invoice: paid } = await client('invoice.action', { invoiceId: invoice.id, action: { type: 'payment', amount: null, date: TODAY } });
    expect(paid.thankYou).toBe('proposed');
    const draft = await thanksDraftOf(roux.relance, paid);
    const thanked = await openThanksReply(roux.relance, roux.opened!, paid, draft, () => new Date('2026-11-23T11:00:00Z'));
    expect(thanked.thankYou).toBe('sent');
    const form = roux.mock.named('item.displayReplyAllFormAsync')[0]!.args[0] as { htmlBody: string; attachments?: unknown[] };
    expect(flat(form.htmlBody)).toContain('Nous avons bien reçu votre règlement de 4 380,00 € du 23 novembre 2026');
    expect(form.attachments ?? []).toEqual([]);
  });
});
