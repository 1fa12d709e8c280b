/**
 * The hostile invoice e-mail (tests/fixtures/hostile-mail.ts) opened in the browser demo, in real Chromium, as
 * a visitor opens an .eml file of their own: the conversation list, the opened conversation, the invoice
 * panel (with a note typed into its form), the compose window with the draft, the reminder sent into the
 * conversation, the dashboard and the client's history all show the payloads as text, and nothing ran —
 * no flag set, no dialog, no request outside the page, no policy violation, no element made of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifact, buildDemoOnce, launchBrowser, ROOT } from './gmail-build';
import { serveDemo } from '../../demo/serve';
import { HOSTILE, LITERAL, hostileInvoiceEml } from '../fixtures/hostile-mail';
import { expectNothingRan, expectPolicyStopsInjection, watch, type Watched } from './hostile-tripwires';

const config = JSON.parse(readFileSync(join(ROOT, 'demo/demo-config.json'), 'utf8')) as { today: string };
const poll = <T,>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 100 });

let browser: Browser;
let server: Server;
let page: Page;
let watched: Watched;

/** The text of an element as the user sees it, spaces made one. */
const seen = async (selector: string) => ((await page.locator(selector).first().innerText()) ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');
const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

beforeAll(async () => {
  await buildDemoOnce();
  const served = await serveDemo(4900 + (process.pid % 400));
  server = served.server;
  const origin = new URL(served.url).origin;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  watched = await watch(page, origin);
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('a hostile e-mail in the browser demo', { timeout: 120_000 }, () => {
  it('opened from a file: listed with its label, subject and snippet as text', async () => {
    const { eml } = await hostileInvoiceEml(config.today);
    await page.locator('[data-testid="open-eml"]').setInputFiles({ name: 'facture.eml', mimeType: 'message/rfc822', buffer: eml });
    const row = page.locator('tr[data-thread="opened-1"]');
    await row.waitFor({ timeout: 30_000 });
    await poll(() => page.locator('.demo-label[data-label="opened-1"]').textContent()).toBe('1\u00a0234,56\u00a0€ · Impayée · J+15');
    const text = await seen('tr[data-thread="opened-1"]');
    expect(text).toContain(LITERAL.subject);
    expect(text).toContain(LITERAL.subjectHandlebars);
    expect(text).toContain('<script>window.__relancePwned'); // the snippet, cut at 90 characters
    await expectNothingRan(watched, 'list');
  });

  it('the conversation and the invoice panel show subject, name, body and attachment as written', async () => {
    await page.click('tr[data-thread="opened-1"]');
    const card = page.locator('.demo-side .rl-invoice[data-invoice="ML-2026-0999"]');
    await card.waitFor({ timeout: 30_000 });
    expect(await page.locator('.demo-thread h1').innerText()).toBe(HOSTILE.subject);
    const body = await page.locator('.demo-thread .demo-text').first().innerText();
    for (const line of HOSTILE.bodyLines) expect(body).toContain(line);
    expect(await page.locator('.demo-thread .demo-attachment').first().innerText()).toBe(HOSTILE.attachment);
    expect(squash(await card.innerText())).toContain(squash(HOSTILE.name));
    // A note typed into the panel's call form.
    await card.locator('button[data-action="call"]').click();
    await card.locator('input[name="text"]').fill(HOSTILE.typed);
    await card.locator('button[type="submit"]').click();
    await poll(async () => squash(await card.locator('.rl-history').innerText())).toContain(squash(HOSTILE.typed));
    await page.screenshot({ path: artifact('hostile-demo-thread.png') });
    await expectNothingRan(watched, 'conversation and panel');
  });

  it('"Relancer": the draft in the compose window has the name as text, the attachment by its name, nothing else', async () => {
    await page.click('.demo-thread-button');
    const compose = page.locator('.demo-compose');
    await compose.waitFor({ timeout: 30_000 });
    expect(await compose.locator('input[name="to"]').inputValue()).toBe(HOSTILE.email);
    const body = compose.locator('[data-testid="compose-body"]');
    expect(squash(await body.innerText())).toContain(squash(HOSTILE.name));
    // Only the draft's own paragraphs, line breaks and lists are elements.
    const tags = await body.evaluate((el) => [...new Set([...el.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()))].sort());
    for (const tag of tags) expect(['br', 'li', 'p', 'ul']).toContain(tag);
    expect(await compose.locator('.demo-attachments li').first().getAttribute('data-attachment')).toBe(HOSTILE.attachment);
    expect(await compose.locator('.demo-attachments li').first().innerText()).toContain(HOSTILE.attachment);
    await page.screenshot({ path: artifact('hostile-demo-compose.png') });
    await expectNothingRan(watched, 'compose window');
  });

  it('the reminder sent joins the conversation as text', async () => {
    await page.click('.demo-send');
    await poll(() => page.locator('.demo-thread .demo-message').count()).toBe(2);
    const sent = await page.locator('.demo-thread .demo-message').nth(1).locator('.demo-text').innerText();
    expect(squash(sent)).toContain(squash(HOSTILE.name));
    await expectNothingRan(watched, 'sent reminder');
  });

  it('the dashboard and the client’s history show the name and the typed note as text', async () => {
    await page.click('[data-testid="nav-dashboard"]');
    const row = page.locator('.rl-receivables tr[data-invoice="ML-2026-0999"]');
    await row.waitFor({ timeout: 30_000 });
    expect(squash(await row.innerText())).toContain(squash(HOSTILE.name));
    await row.locator(`a`).nth(1).click();
    const client = page.locator(`.rl-client[data-client="${HOSTILE.email}"]`);
    await client.waitFor();
    expect(squash(await client.locator('h2').innerText())).toContain(squash(HOSTILE.name));
    expect(squash(await client.innerText())).toContain(squash(HOSTILE.typed));
    await page.screenshot({ path: artifact('hostile-demo-dashboard.png'), fullPage: true });
    await expectNothingRan(watched, 'dashboard');
  });

  it('the page’s policy would stop an injected handler or script anyway', async () => {
    await expectPolicyStopsInjection(watched);
    await expectNothingRan(watched, 'after the probe');
  });
});
