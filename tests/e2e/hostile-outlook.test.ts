/**
 * The hostile invoice e-mail (tests/fixtures/hostile-mail.ts) opened in the built Outlook task pane, in real
 * Chromium with the scripted `Office` (outlook-office-fake.ts): the invoice card, its history with a note typed
 * with markup, the drafts' preview and attachment line, the reply form's HTML (rendered in a page of its own,
 * as Outlook would), the desk, and "Insérer une relance" on a message being written show the payloads as
 * text and run nothing — no flag, no dialog, no policy violation, no element made of them — and the pane
 * makes no request but to its own server (Office.js's CDN, the host's code, is served by the test).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium';
import { buildOutlookOnce, serveFolder } from './outlook-build';
import { installOfficeFake, type FakeItem, type FakeSpec, type RecordedCall } from './outlook-office-fake';
import { itemFromEml } from '../outlook/office-mock';
import { HOSTILE, LITERAL, hostileInvoiceEml } from '../fixtures/hostile-mail';
import { expectNothingRan, expectPolicyStopsInjection, watch, type Watched } from './hostile-tripwires';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const TODAY = '2026-11-23';
const USER = { emailAddress: 'claire@menuiserie-lambert.fr', displayName: 'Claire Lambert' };
const poll = <T,>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 100 });
const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let context: BrowserContext;
let item: FakeItem;
let dir = '';
const contextForeign: string[] = [];

interface Pane extends Watched {
  named(name: string): Promise<RecordedCall[]>;
}

async function openPane(mode: FakeSpec['mode'], now: string): Promise<Pane> {
  const page = await context.newPage();
  const watched = await watch(page, server.origin, (url) => url === OFFICE_JS);
  // The host's code: Office.js is replaced by the scripted Office installed before the page's scripts.
  await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* Office.js */' }));
  await page.clock.setFixedTime(new Date(now));
  await page.addInitScript(installOfficeFake, { mode, item, user: USER, displayLanguage: 'fr-FR', maxVersion: '1.15', failures: {} } satisfies FakeSpec);
  await page.goto(`${server.origin}/taskpane.html`);
  const named = async (name: string) => (await page.evaluate(() => (window as unknown as { __office: { calls: RecordedCall[] } }).__office.calls)).filter((c) => c.name === name);
  return { ...watched, named };
}

let pane: Pane;

beforeAll(async () => {
  const out = await buildOutlookOnce();
  server = await serveFolder(out);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  context = await browser.newContext({ viewport: { width: 360, height: 1000 } });
  // Every request of every page and worker of the add-in: its own server, and Office.js (the host's code), only.
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.origin) && url !== OFFICE_JS && !/^(data|blob|about):/.test(url) && !url.startsWith('https://mail-reader.test/')) contextForeign.push(url);
  });
  dir = mkdtempSync(join(tmpdir(), 'relance-hostile-'));
  const { eml } = await hostileInvoiceEml(TODAY);
  writeFileSync(join(dir, 'hostile.eml'), eml);
  const spec = await itemFromEml(join(dir, 'hostile.eml'), { itemId: 'AAMk-hostile', conversationId: 'AAQk-hostile' });
  item = { ...spec, dateTimeCreated: spec.dateTimeCreated.toISOString() };
  pane = await openPane('read', `${TODAY}T10:00:00`);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a hostile e-mail in the Outlook task pane', { timeout: 180_000 }, () => {
  it('the invoice card shows the client’s name as text; a note typed with markup stays text in the history', async () => {
    const { page } = pane;
    const invoice = page.getByTestId('invoice');
    await poll(() => invoice.getAttribute('data-invoice')).toBe(HOSTILE.number);
    expect(squash(await invoice.locator('[data-field="client"]').innerText())).toContain(squash(HOSTILE.name));
    await invoice.locator('[data-action="call"]').click();
    await invoice.locator('textarea[name="text"]').fill(HOSTILE.typed);
    await invoice.getByTestId('action-save').click();
    await poll(async () => squash(await invoice.getByTestId('history').innerText())).toContain(squash(HOSTILE.typed));
    await expectNothingRan(pane, 'invoice card');
  });

  it('the drafts: the preview shows the name as text, the attachment line the file’s name, the profile typed with markup as text', async () => {
    const { page } = pane;
    await page.getByTestId('tab-settings').click();
    const form = page.getByTestId('settings-view');
    await form.locator('input[name="companyName"]').fill('Menuiserie Lambert SARL');
    await form.locator('textarea[name="address"]').fill('8 rue du Bois\n21000 Dijon');
    await form.locator('input[name="email"]').fill(USER.emailAddress);
    await form.locator('input[name="signatoryName"]').fill(HOSTILE.typed);
    await page.getByTestId('settings-save').click();
    await poll(() => page.getByTestId('settings-notice').textContent()).toContain('Réglages enregistrés');
    await page.getByTestId('tab-invoice').click();
    const drafts = page.getByTestId('drafts');
    await drafts.waitFor({ timeout: 90_000 });
    expect(await drafts.getByTestId('draft-attachments').innerText()).toContain(HOSTILE.attachment);
    const preview = page.frameLocator('[data-testid="draft-preview"]').locator('body');
    await poll(async () => squash(await preview.innerText())).toContain(squash(HOSTILE.name));
    expect(squash(await preview.innerText())).toContain(squash(HOSTILE.typed));
    const tags = await preview.evaluate((body) => [...new Set([...body.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()))].sort());
    for (const tag of tags) expect(['br', 'li', 'p', 'ul']).toContain(tag);
    await page.screenshot({ path: join(import.meta.dirname, '..', '..', 'test-results', 'outlook', 'hostile-taskpane.png'), fullPage: true });
    await expectNothingRan(pane, 'drafts');
  });

  it('the reply form Outlook opens carries the draft as inert HTML', async () => {
    const { page } = pane;
    await page.getByTestId('drafts').getByTestId('draft-action').click();
    await poll(async () => (await pane.named('item.displayReplyAllFormAsync')).length).toBe(1);
    const [form] = (await pane.named('item.displayReplyAllFormAsync'))[0]!.args as [{ htmlBody: string; attachments: { name: string }[] }];
    expect(form.attachments.map((a) => a.name)).toEqual([HOSTILE.attachment]);
    // Rendered in a page of its own, with no policy at all, as a mail client would show it.
    const reader = await context.newPage();
    const readerWatch = await watch(reader, 'https://mail-reader.test/');
    await reader.route('https://mail-reader.test/', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: `<!doctype html><html><body>${form.htmlBody}</body></html>` }));
    await reader.goto('https://mail-reader.test/');
    await reader.waitForTimeout(300);
    expect(squash(await reader.locator('body').innerText())).toContain(squash(HOSTILE.name));
    expect(squash(await reader.locator('body').innerText())).toContain(squash(HOSTILE.typed));
    await expectNothingRan(readerWatch, 'reply form HTML');
    await reader.close();
    await expectNothingRan(pane, 'after the reply');
  });

  it('the desk lists the invoice with the client’s name as text', async () => {
    const { page } = pane;
    await page.getByTestId('tab-desk').click();
    const row = page.getByTestId('receivables').locator(`[data-invoice="${HOSTILE.number}"]`);
    await row.waitFor({ timeout: 30_000 });
    expect(squash(await row.innerText())).toContain(LITERAL.name.slice(0, 30));
    await expectNothingRan(pane, 'desk');
  });

  it('"Insérer une relance" on a message being written inserts the draft as inert HTML', async () => {
    const compose = await openPane('compose', `${TODAY}T10:05:00`);
    const drafts = compose.page.getByTestId('drafts');
    await drafts.waitFor({ timeout: 90_000 });
    await drafts.getByTestId('draft-action').click();
    await compose.page.getByTestId('notice-success').waitFor();
    expect(await compose.page.getByTestId('notice-success').innerText()).toContain(HOSTILE.attachment);
    const [html] = (await compose.named('item.body.setSelectedDataAsync'))[0]!.args as [string];
    const tags = [...new Set((html.match(/<\/?([a-z0-9]+)/gi) ?? []).map((t) => t.replace(/[</]/g, '').toLowerCase()))];
    for (const tag of tags) expect(['br', 'li', 'p', 'ul']).toContain(tag);
    expect(html).toContain('&lt;img src=&quot;https://evil.example/n.png&quot;');
    await expectNothingRan(compose, 'compose');
    await compose.page.close();
  });

  it('the add-in made no request but to its own server and Office.js’s CDN', () => {
    expect(contextForeign).toEqual([]);
  });

  it('the pane’s policy would stop an injected handler or script anyway', async () => {
    await expectPolicyStopsInjection(pane);
    await expectNothingRan(pane, 'after the probe');
  });
});
