/**
 * "Scan recent sent mail" in Gmail: the adapter runs the search through InboxSDK's router and collects the
 * result rows page by page, shows each conversation to read it, and the content script records the invoices
 * of the conversations it read. Gmail is the fake of tests/gmail/fake-inboxsdk.ts.
 */
import { describe, expect, it } from 'vitest';
import { createGmailHost } from '../../extension/gmail/gmail-host';
import { gmailQuery } from '../../extension/gmail/search-and-show';
import { createRecentSentScan } from '../../extension/content/recent-sent-scan';
import { createThreadInvoices } from '../../extension/content/thread-invoices';
import { createClient, createRouter, directTransport, type Handlers } from '../../shared/app/messages';
import { scanConversation } from '../../extension/content/start-content';
import { INVOICE_SEARCH_WORDS } from '../../shared/core/detect/document-kind';
import { createTranslate } from '../../shared/app/i18n';
import type { MailSearch } from '../../extension/host';
import { FakeInboxSdk, FakeThreadRowView, type FakeRowInit } from './fake-inboxsdk';
import { rouxThread } from './roux-thread';

const timing = { showMs: 300, quietMs: 40, pollMs: 5 };
const search: MailSearch = { sentWithinDays: 90, anyOf: INVOICE_SEARCH_WORDS, orWithAttachment: true };
const me = { name: 'moi', emailAddress: 'claire@menuiserie-lambert.fr' };
const rows = (n: number, from = 0): FakeRowInit[] => Array.from({ length: n }, (_, i) => ({ threadId: `t${from + i}`, subject: `Facture ML-${from + i}`, sender: me }));

describe('Gmail search and show', () => {
  it('writes the search in Gmail’s words', () => {
    expect(gmailQuery({ sentWithinDays: 30, anyOf: ['facture', 'invoice'], orWithAttachment: true })).toBe('in:sent newer_than:30d (facture OR invoice OR has:attachment)');
    expect(gmailQuery(search)).toContain('rechnung OR factura OR fattura');
  });

  it('collects the rows of the search’s own list, page after page, up to the limit', async () => {
    const fake = new FakeInboxSdk();
    const host = createGmailHost(fake.sdk, { fetchBytes: async () => new Uint8Array(), timing });
    fake.searchResults.set(gmailQuery(search), rows(120));
    const searching = host.searchThreads(search, 100);
    // A row of the list shown before the search (the inbox still drawing) is not a result.
    fake.drawRow(new FakeThreadRowView({ threadId: 'inbox-row', subject: 'Facture fournisseur', sender: { name: 'EDF', emailAddress: 'f@edf.fr' } }));
    const found = await searching;
    expect(found.map((f) => f.threadId)).toEqual(rows(100).map((r) => r.threadId));
    expect(found[0]!.summary).toMatchObject({ subject: 'Facture ML-0', sender: 'moi <claire@menuiserie-lambert.fr>' });
    expect(fake.gotos.map((g) => g.params.page ?? 1)).toEqual([1, 2]);
    // The handlers are gone once the search is done.
    expect(fake.rowHandlers).toHaveLength(0);
    expect(fake.listRouteHandlers).toHaveLength(0);
  });

  it('stops at the last page, and finds nothing when the search has no result', async () => {
    const fake = new FakeInboxSdk();
    const host = createGmailHost(fake.sdk, { fetchBytes: async () => new Uint8Array(), timing });
    fake.searchResults.set(gmailQuery(search), rows(70));
    expect(await host.searchThreads(search, 500)).toHaveLength(70);
    expect(fake.gotos.map((g) => g.params.page ?? 1)).toEqual([1, 2]);
    expect(await host.searchThreads({ ...search, sentWithinDays: 7 }, 500)).toEqual([]);
  });

  it('shows a conversation by its id, and gives null for one Gmail does not open', async () => {
    const fake = new FakeInboxSdk();
    const host = createGmailHost(fake.sdk, { fetchBytes: async () => new Uint8Array(), timing });
    fake.threadsById.set('18f0a1', rouxThread());
    const shown = await host.showThread('18f0a1');
    expect(await shown!.threadId()).toBe('18f0a1');
    expect(fake.gotos.at(-1)).toEqual({ routeID: 'inbox/:threadID', params: { threadID: '18f0a1' } });
    expect(await host.showThread('gone')).toBeNull();
    expect(fake.threadHandlers).toHaveLength(0);
  });
});

describe('scan of recent sent mail', () => {
  function setup() {
    const fake = new FakeInboxSdk();
    const roux = rouxThread();
    const host = createGmailHost(fake.sdk, { fetchBytes: async (url) => roux.bytesOf(url)!, timing });
    const scanned: { threadId: string; numbers: (string | null)[]; reminderDates: string[][] }[] = [];
    const handlers: Partial<Handlers> = {
      'thread.scanned': async ({ threadId, receivables }) => {
        scanned.push({ threadId, numbers: receivables.map((r) => r.invoiceNumber), reminderDates: receivables.map((r) => r.reminderDates ?? []) });
        // The ledger's view of each invoice stored.
        const invoices = receivables.map((r) => ({ ...r, id: r.invoiceNumber ?? r.messageId, clientId: r.debtorEmail ?? '', threadId, amountPaid: 0, nextAction: null, thankYou: null, history: [] }));
        return { invoices };
      },
    };
    const send = createClient(directTransport(createRouter(handlers)));
    const invoices = createThreadInvoices(send, (mail) => scanConversation(mail, { me: ['menuiserie-lambert.fr'], today: '2026-11-23' }));
    const scan = createRecentSentScan(host, invoices, () => createTranslate('fr'));
    return { fake, roux, scan, scanned };
  }

  it('reads each conversation found but quotes and credit notes, and records its invoices', async () => {
    const { fake, roux, scan, scanned } = setup();
    fake.threadsById.set('18f0a1', roux);
    fake.searchResults.set(gmailQuery({ sentWithinDays: 60, anyOf: INVOICE_SEARCH_WORDS, orWithAttachment: true }), [
      { threadId: '18f0a1', subject: 'Facture n° ML-2026-0412', sender: me },
      { threadId: 'q1', subject: 'Devis D-2026-018 : cuisine', sender: me },
      { threadId: 'lost', subject: 'Facture ML-2026-0399', sender: me },
    ]);
    const report = await scan({ days: 60, limit: 100 });
    expect(report).toEqual({ listed: 3, read: 1, invoices: 1, skipped: 1 });
    expect(scanned).toEqual([{ threadId: '18f0a1', numbers: ['ML-2026-0412'], reminderDates: [[]] }]);
    expect(fake.gotos.filter((g) => g.routeID === 'inbox/:threadID').map((g) => g.params.threadID)).toEqual(['18f0a1', 'lost']);
    expect(fake.messages.map((m) => m.text)).toEqual(['Relance : lecture des envois récents (1/2)…', 'Relance : lecture des envois récents (2/2)…']);
  });

  it('runs one scan at a time', async () => {
    const { fake, scan } = setup();
    fake.searchResults.set(gmailQuery({ sentWithinDays: 90, anyOf: INVOICE_SEARCH_WORDS, orWithAttachment: true }), rows(3));
    const first = scan({ days: 90, limit: 10 });
    await expect(scan({ days: 90, limit: 10 })).rejects.toThrow('déjà en cours');
    expect((await first).listed).toBe(3);
  });
});
