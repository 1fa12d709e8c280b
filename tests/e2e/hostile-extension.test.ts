/**
 * The built Chrome extension in real Chromium, its ledger seeded through its own messages with the hostile
 * invoice e-mail (tests/fixtures/hostile-mail.ts) as the core scans it, and a call note typed with markup:
 * the options page (dashboard, client history, templates editor with a hostile template typed in) and the
 * popup show the payloads as text and run nothing — no flag, no dialog, no policy violation, no element made
 * of them —, and the extension makes no request of its own. (The Gmail features and UI components are the
 * ones the browser demo runs; its hostile test drives them.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { artifact, buildExtensionOnce, EXTENSION_DIR, launchWithExtension } from './gmail-build';
import { parseMime } from '../../shared/core/mail/parse-mime';
import { threadMessages } from '../../shared/core/mail/threading';
import { scanThreads } from '../../shared/core/scan/scan-mailbox';
import { createPdfjsReader } from '../../shared/pdf/pdfjs-reader';
import { isBusinessDay, localIsoDate } from '../../shared/core/schedule/business-days';
import type { MessageName, RequestOf, ResponseOf } from '../../shared/app/messages';
import { HOSTILE, hostileInvoiceEml } from '../fixtures/hostile-mail';
import { expectNothingRan, expectPolicyStopsInjection, watch, type Watched } from './hostile-tripwires';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

let context: BrowserContext;
let profileDir = '';
let extensionId = '';
let options: Page;
let watched: Watched;
const foreign: string[] = [];
const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');
const poll = <T,>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 100 });

async function send<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const reply = (await options.evaluate(([n, p]) => chrome.runtime.sendMessage({ relance: 1, name: n, payload: p }), [name, payload] as const)) as { ok: true; data: ResponseOf<N> } | { ok: false; error: string };
  if (!reply.ok) throw new Error(`${name}: ${reply.error}`);
  return reply.data;
}

beforeAll(async () => {
  await buildExtensionOnce();
  ({ context, profile: profileDir } = await launchWithExtension(EXTENSION_DIR));
  context.on('request', (r) => {
    if (!/^(chrome-extension|data|blob|chrome|about):/.test(r.url())) foreign.push(r.url());
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  extensionId = new URL(worker.url()).host;
  options = await context.newPage();
  watched = await watch(options, `chrome-extension://${extensionId}/`);
  await options.goto(`chrome-extension://${extensionId}/options.html`);

  // The hostile invoice as the content script would report it: read by the core, stored through the messages.
  const today = localIsoDate(new Date());
  const { eml } = await hostileInvoiceEml(today);
  const receivables = await scanThreads(threadMessages([await parseMime(eml)]), { me: ['menuiserie-lambert.fr'], today, pdfReader: createPdfjsReader() });
  expect(receivables.map((r) => r.debtorName)).toEqual([HOSTILE.name]);
  await send('settings.set', { me: ['menuiserie-lambert.fr'], language: 'fr' });
  const { invoices } = await send('thread.scanned', { threadId: 'gmail-hostile', receivables });
  await send('invoice.action', { invoiceId: invoices[0]!.id, action: { type: 'call', outcome: 'callback', note: HOSTILE.typed } });
}, 600_000);

afterAll(async () => {
  await context?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

describe('a hostile e-mail in the extension’s pages', { timeout: 120_000 }, () => {
  it('the dashboard and the client’s history show the name and the note as text', async () => {
    await options.reload();
    const row = options.locator('.rl-receivables tr[data-invoice="ML-2026-0999"]');
    await row.waitFor({ timeout: 30_000 });
    expect(squash(await row.innerText())).toContain(squash(HOSTILE.name));
    await row.locator('td:nth-child(2) a').click();
    const client = options.locator(`.rl-client[data-client="${HOSTILE.email}"]`);
    await client.waitFor();
    expect(squash(await client.locator('h2').innerText())).toContain(squash(HOSTILE.name));
    expect(squash(await client.innerText())).toContain(squash(HOSTILE.typed));
    await options.screenshot({ path: artifact('hostile-extension-dashboard.png'), fullPage: true });
    await expectNothingRan(watched, 'options: dashboard');
  });

  it('the templates editor keeps a hostile template as text and names why it is refused', async () => {
    await options.click('.rl-tabs button:nth-child(2)');
    await options.locator('.rl-templates select').selectOption({ index: 1 });
    const textarea = options.locator('.rl-templates textarea');
    const alert = options.locator('.rl-templates [role="alert"]');
    // Markup and a Handlebars call in the text: kept as typed, refused for its syntax.
    const broken = `{{!-- subject --}}\n${HOSTILE.typed}\n{{!-- opening --}}\nx\n{{!-- body --}}\nx\n{{!-- conclusion --}}\ny\n`;
    await textarea.fill(broken);
    await options.locator('.rl-templates button[type="submit"]').click();
    await poll(() => alert.innerText()).toMatch(/syntax error/);
    expect(await textarea.inputValue()).toBe(broken);
    // A variable reaching for the prototype, between markup: refused, named in the message as text.
    const reaching = `{{!-- subject --}}\nFacture {{invoice.number}}\n{{!-- opening --}}\n</textarea><img src=x onerror="alert(1)"> {{invoice.constructor.name}}\n{{!-- body --}}\nx\n{{!-- conclusion --}}\ny\n`;
    await textarea.fill(reaching);
    await options.locator('.rl-templates button[type="submit"]').click();
    await poll(() => alert.innerText()).toMatch(/invoice\.constructor/);
    expect(await textarea.inputValue()).toBe(reaching);
    await expectNothingRan(watched, 'options: templates');
  });

  it('the popup shows what is due as text', async () => {
    const popup = await context.newPage();
    const popupWatch = await watch(popup, `chrome-extension://${extensionId}/`);
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('[data-testid="due-count"]').waitFor();
    const { due } = await send('followups.due', {});
    // The hostile invoice is due today on a working day; a weekend or a holiday moves it to the next one.
    const dueToday = isBusinessDay(localIsoDate(new Date()));
    expect(due.some((d) => d.invoiceNumber === HOSTILE.number)).toBe(dueToday);
    if (dueToday) await poll(async () => squash(await popup.locator('.rl-due li[data-invoice="ML-2026-0999"]').innerText())).toContain(squash(HOSTILE.name));
    else expect(await popup.locator('.rl-due li[data-invoice="ML-2026-0999"]').count()).toBe(0);
    expect(await popup.locator('.rl-overdue li[data-currency="EUR"]').innerText()).toContain('1\u00a0234,56');
    await popup.screenshot({ path: artifact('hostile-extension-popup.png') });
    await expectNothingRan(popupWatch, 'popup');
    await popup.close();
  });

  it('the extension’s policy would stop an injected handler or script anyway', async () => {
    await expectPolicyStopsInjection(watched);
    await expectNothingRan(watched, 'options: after the probe');
  });

  it('made no network request of its own', () => {
    expect(foreign).toEqual([]);
  });
});
