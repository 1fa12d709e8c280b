/**
 * The built Chrome extension in real Chromium: it loads, its service worker starts and answers the typed
 * messages, the ledger it owns is seeded through them (the demo mailbox scanned by the core), the options
 * page and the popup render that data, the badge counts what is due today, alarms are registered and the
 * follow-ups due are notified once. The extension must make no network request of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { artifact, buildExtensionOnce, EXTENSION_DIR, launchWithExtension, ROOT } from './gmail-build';
import { loadMessages } from '../../shared/cli/read-mailbox';
import { threadMessages } from '../../shared/core/mail/threading';
import { scanThreads } from '../../shared/core/scan/scan-mailbox';
import { createPdfjsReader } from '../../shared/pdf/pdfjs-reader';
import { localIsoDate } from '../../shared/core/schedule/business-days';
import type { MessageName, RequestOf, ResponseOf } from '../../shared/app/messages';

/** The extension APIs these tests call inside the extension's pages and worker. */
interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  action: { getBadgeText(details: object): Promise<string> };
  alarms: { getAll(): Promise<{ name: string }[]> };
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
}
declare const chrome: ChromeApi;

let context: BrowserContext;
let profileDir = '';
let worker: Worker;
let extensionId = '';
let page: Page;
const foreign: string[] = [];
const timings: Record<string, number> = {};
const config = JSON.parse(readFileSync(path.join(ROOT, 'demo/demo-config.json'), 'utf8')) as { me: string[] };
const profile = JSON.parse(readFileSync(path.join(ROOT, 'demo/demo-profile.json'), 'utf8'));

/** A message to the background from an extension page, as the popup and options pages send them. */
async function send<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const reply = (await page.evaluate(([n, p]) => chrome.runtime.sendMessage({ relance: 1, name: n, payload: p }), [name, payload] as const)) as
    | { ok: true; data: ResponseOf<N> }
    | { ok: false; error: string };
  if (!reply.ok) throw new Error(`${name}: ${reply.error}`);
  return reply.data;
}

beforeAll(async () => {
  let t = Date.now();
  await buildExtensionOnce();
  timings.build = Date.now() - t;
  t = Date.now();
  ({ context, profile: profileDir } = await launchWithExtension(EXTENSION_DIR));
  context.on('request', (r) => {
    const url = r.url();
    // Gmail's own address is served by a stand-in page below; anything else would be the product's own request.
    if (!/^(chrome-extension|data|blob|chrome|about):/.test(url) && !url.startsWith('https://mail.google.com/')) foreign.push(url);
  });
  worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  extensionId = new URL(worker.url()).host;
  timings.workerStarted = Date.now() - t;
  page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
}, 600_000);

afterAll(async () => {
  await context?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  console.info(`[e2e extension] build ${timings.build} ms, service worker started ${timings.workerStarted} ms`);
});

describe('the built extension in Chromium', { timeout: 120_000 }, () => {
  it('has the manifest the issue asks for: MV3, four permissions, Gmail only, InboxSDK page-world script at the root', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage']);
    expect(manifest.host_permissions).toEqual(['https://mail.google.com/']);
    expect(manifest.content_scripts[0].matches).toEqual(['https://mail.google.com/*']);
    expect(manifest.default_locale).toBe('fr');
    expect(existsSync(path.join(EXTENSION_DIR, 'pageWorld.js'))).toBe(true);
    for (const lang of ['fr', 'en']) expect(existsSync(path.join(EXTENSION_DIR, `_locales/${lang}/messages.json`))).toBe(true);
    // No remote code: every script the manifest names is a file of the package.
    expect(manifest.background.service_worker).toBe('background.js');
    expect(existsSync(path.join(EXTENSION_DIR, manifest.content_scripts[0].js[0]))).toBe(true);
  });

  it('its service worker starts and answers typed messages; bad ones get an error naming the message', async () => {
    const today = localIsoDate(new Date());
    expect(await send('ping', {})).toEqual({ ok: true, today });
    await expect(send('invoice.action', { invoiceId: 'x', action: { type: 'promise', date: 'demain' } } as never)).rejects.toThrow(/bad request/);
  });

  it('owns the ledger: the demo mailbox scanned by the core is stored through the messages', async () => {
    const today = localIsoDate(new Date());
    await send('settings.set', { me: config.me, profile, language: 'fr' });
    const threads = threadMessages(await loadMessages(path.join(ROOT, 'demo/mailbox'), () => {}));
    const pdfReader = createPdfjsReader();
    let stored = 0;
    for (const thread of threads) {
      const receivables = await scanThreads([thread], { me: config.me, today, pdfReader });
      if (!receivables.length) continue;
      const { invoices } = await send('thread.scanned', { threadId: `gmail-${stored}`, receivables });
      stored += invoices.length;
    }
    expect(stored).toBe(7);
    const { records } = await send('rows.lookup', { threadIds: ['gmail-0', 'gmail-1', 'nope'] });
    expect(Object.keys(records).sort()).toEqual(['gmail-0', 'gmail-1']);
  });

  it('the options page renders the dashboard from the ledger', async () => {
    await page.reload();
    await page.locator('.rl-receivables tr[data-invoice]').first().waitFor({ timeout: 20_000 });
    const numbers = await page.$$eval('.rl-receivables tr[data-invoice]', (rows) => rows.map((r) => r.getAttribute('data-invoice')).sort());
    expect(numbers).toEqual(['ML-2026-0377', 'ML-2026-0398', 'ML-2026-0405', 'ML-2026-0412', 'ML-2026-0420', 'ML-2026-0431', 'ML-2026-0437']);
    expect(await page.locator('.rl-aged tr[data-currency="EUR"] td[data-bucket="total"]').textContent()).toBe('20\u00a0270,00\u00a0€');
    expect(await page.locator('.rl-aged tr[data-currency="GBP"] td[data-bucket="total"]').textContent()).toContain('3\u00a0480,00');
    await page.click('.rl-filters button[data-filter="disputed"]');
    await expect.poll(() => page.$$eval('.rl-receivables tr[data-invoice]', (rows) => rows.map((r) => r.getAttribute('data-invoice')))).toEqual(['ML-2026-0405']);
    await page.screenshot({ path: artifact('extension-options-dashboard.png'), fullPage: true });
    await page.click('.rl-tabs button:nth-child(2)');
    await page.locator('.rl-templates select').selectOption({ index: 1 });
    expect(await page.locator('.rl-templates textarea').inputValue()).toContain('{{!-- subject --}}');
  });

  it('the options page asks Gmail to scan the recent sent mail, and says to open Gmail when no tab has it', async () => {
    await page.click('.rl-tabs button:nth-child(1)');
    await page.locator('[data-testid="recent-scan"] button.rl-primary').click();
    await expect.poll(() => page.locator('[data-testid="recent-scan"] [role="alert"]').textContent(), { timeout: 20_000 }).toContain('ouvrez Gmail dans un onglet');
  });

  it('the settings page edits the company profile and the chase delays in the ledger', async () => {
    await page.click('.rl-tabs button:nth-child(3)');
    const form = page.locator('form.rl-settings');
    await form.waitFor();
    expect(await form.locator('input[name="companyName"]').inputValue()).toBe('Menuiserie Lambert SARL');
    await form.locator('input[name="firmAfterDays"]').fill('10');
    await form.locator('input[name="phone"]').fill('03 80 99 99 99');
    await form.locator('button[type="submit"]').click();
    await form.locator('p[role="status"]').waitFor();
    const settings = await send('settings.get', {});
    expect(settings.ladder.firmAfterDays).toBe(10);
    expect(settings.profile?.phone).toBe('03 80 99 99 99');
    expect(settings.me).toEqual(config.me);
    await page.screenshot({ path: artifact('extension-options-settings.png'), fullPage: true });
  });

  it('the popup shows what is due today and the overdue totals; the badge counts the same', async () => {
    const { due } = await send('followups.due', {});
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 360, height: 520 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('[data-testid="due-count"]').waitFor();
    expect(await popup.locator('[data-testid="due-count"]').textContent()).toBe(String(due.length));
    expect(await popup.$$eval('.rl-due li', (lis) => lis.map((li) => li.getAttribute('data-invoice')).sort())).toEqual(due.map((d) => d.invoiceNumber).sort());
    expect(await popup.$$eval('.rl-overdue li', (lis) => lis.map((li) => li.getAttribute('data-currency')).sort())).toEqual(['EUR', 'GBP']);
    await popup.screenshot({ path: artifact('extension-popup.png') });
    await popup.close();
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe(due.length ? String(due.length) : '');
  });

  it('registers its alarms and notifies each due follow-up once, however often it re-checks', async () => {
    const { due } = await send('followups.due', {});
    const alarms = await worker.evaluate(() => chrome.alarms.getAll().then((a) => a.map((x) => x.name)));
    expect(alarms).toContain('relance-tick');
    const shown = await worker.evaluate(() => chrome.notifications.getAll().then((n) => Object.keys(n)));
    expect(shown.length).toBe(due.length);
    await worker.evaluate(() => chrome.notifications.getAll().then((n) => Promise.all(Object.keys(n).map((id) => chrome.notifications.clear(id)))));
    // A change (settings saved) and an alarm make the worker re-check: nothing already notified comes back.
    await send('settings.set', { language: 'fr' });
    await new Promise((r) => setTimeout(r, 500));
    expect(await worker.evaluate(() => chrome.notifications.getAll().then((n) => Object.keys(n).length))).toBe(0);
  });

  it("in a stand-in Gmail page, the content script starts, InboxSDK's background injects its page-world script, nothing leaves", async () => {
    // Gmail itself is not reachable here: a page with Gmail's globals stands in for it at its address.
    const gmailHits: string[] = [];
    await context.route('https://mail.google.com/**', (route) => {
      gmailHits.push(route.request().url());
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html><head><title>Gmail</title><script>window.GLOBALS = [];
          window.GLOBALS[4] = 'gmail.fr'; window.GLOBALS[9] = 'ik123'; window.GLOBALS[10] = 'claire@menuiserie-lambert.fr';</script></head>
          <body><div role="main">Boîte de réception</div></body></html>`,
      });
    });
    const gmail = await context.newPage();
    const consoleLines: string[] = [];
    gmail.on('console', (m) => consoleLines.push(m.text()));
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await expect.poll(() => gmail.evaluate(() => document.documentElement.getAttribute('data-relance')), { timeout: 15_000 }).not.toBeNull();
    // pageWorld.js ran in Gmail's own world (injected by the background with the scripting permission).
    // (InboxSDK's 2 MB script may take long to start on a loaded machine: generous time, and its console if it fails.)
    try {
      await expect.poll(() => gmail.evaluate(() => document.head.getAttribute('data-inboxsdk-user-email-address')), { timeout: 60_000 }).toBe('claire@menuiserie-lambert.fr');
    } catch (error) {
      throw new Error(`page-world script not injected (${String(error)}); the page's console: ${consoleLines.join(' | ')}`);
    }
    await expect.poll(() => gmail.evaluate(() => document.documentElement.getAttribute('data-relance')), { timeout: 60_000 }).toBe('started');
    await gmail.waitForTimeout(3000);
    await gmail.screenshot({ path: artifact('extension-standin-gmail.png') });
    // "Scan recent sent mail" from the options page reaches the Gmail tab's content script, which answers.
    const scan = await send('mail.scanRecent', { days: 30, limit: 5 }).then(
      (report) => ({ report }),
      (error: Error) => ({ error: error.message }),
    );
    console.info('[e2e extension] scan of recent sent mail in the stand-in Gmail:', JSON.stringify(scan));
    // (The stand-in shows no result list: Gmail's search finds nothing there.)
    expect(scan).toEqual({ report: { listed: 0, read: 0, invoices: 0, skipped: 0 } });
    expect(gmailHits.every((u) => u.startsWith('https://mail.google.com/'))).toBe(true);
    await gmail.close();
    await context.unroute('https://mail.google.com/**');
  });

  it('made no network request of its own', () => {
    expect(foreign).toEqual([]);
  });
});
