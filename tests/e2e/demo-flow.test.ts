/**
 * The browser demo end to end in real Chromium: open an invoice e-mail, "Relancer", the draft in the compose
 * window (stage, language switched in place), send it, the follow-up scheduled and the dashboard updated,
 * mark the invoice paid and the timer stops. The ledger's state is read after each step through the page's
 * own typed messages. The page must make no request outside its own origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { artifact, buildDemoOnce, launchBrowser } from './gmail-build';
import { serveDemo } from '../../demo/serve';
import type { InvoiceView, MessageName, RequestOf, ResponseOf } from '../../shared/app/messages';

let browser: Browser;
let page: Page;
let server: Server;
let origin = '';
const foreign: string[] = [];
const errors: string[] = [];
const timings: Record<string, number> = {};

async function send<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  return page.evaluate(
    ([n, p]) => (window as unknown as { relanceDemo: { send(n: string, p: unknown): Promise<unknown> } }).relanceDemo.send(n, p),
    [name, payload] as const,
  ) as Promise<ResponseOf<N>>;
}

async function roux(): Promise<InvoiceView> {
  const { invoices } = await send('thread.invoices', { threadId: '01-roux' });
  expect(invoices).toHaveLength(1);
  return invoices[0]!;
}

beforeAll(async () => {
  let t = Date.now();
  await buildDemoOnce();
  timings.build = Date.now() - t;
  const served = await serveDemo(4400 + (process.pid % 500));
  server = served.server;
  origin = new URL(served.url).origin;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  t = Date.now();
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  timings.load = Date.now() - t;
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  console.info(`[e2e demo] build ${timings.build} ms, page ready ${timings.load} ms`);
});

describe('the browser demo (npm start), end to end in Chromium', { timeout: 120_000 }, () => {
  it('lists the demo mailbox with a label on each invoice thread, and only on those', async () => {
    await expect.poll(() => page.locator('.demo-label').count(), { timeout: 10_000 }).toBe(7);
    const labels = await page.$$eval('.demo-label', (els) => els.map((e) => [e.getAttribute('data-label'), e.textContent]));
    expect(Object.fromEntries(labels)).toEqual({
      '01-roux': '4\u00a0380\u00a0€ · Impayée · J+39',
      '02-petit': '1\u00a0920\u00a0€ · Promesse 04/12',
      '03-garnier': '2\u00a0150,40\u00a0€ · Payée',
      '04-vidal': '6\u00a0840\u00a0€ · Litige',
      '05-moulin': '6\u00a0240\u00a0€ · Échéance dans 9 j',
      '06-hartley': '3\u00a0480\u00a0£GB · Impayée · J+75',
      '07-simon': '890\u00a0€ · Échéance dans 23 j',
    });
    await page.screenshot({ path: artifact('demo-1-mailbox.png') });
  });

  it('opening an invoice e-mail shows the invoice panel with its facts and history', async () => {
    await page.click('tr[data-thread="01-roux"]');
    const card = page.locator('.demo-side .rl-invoice[data-invoice="ML-2026-0412"]');
    await card.waitFor({ timeout: 30_000 });
    expect(await card.locator('[data-field="amount"]').textContent()).toBe('4\u00a0380,00\u00a0€');
    expect(await card.locator('[data-field="reminders"]').textContent()).toBe('1');
    expect(await card.locator('[data-field="next"]').textContent()).toContain('relance ferme');
    const invoice = await roux();
    expect(invoice).toMatchObject({ status: 'open', remindersSent: 1, dueDate: '2026-10-15', amount: 4380 });
    expect(invoice.nextAction).toMatchObject({ stage: 'firm', date: '2026-11-23' });
    await page.screenshot({ path: artifact('demo-2-thread-panel.png') });
  });

  it('"Relancer" opens the firm reminder in a compose window; the compose tool switches its language in place', async () => {
    await page.click('.demo-thread-button');
    const compose = page.locator('.demo-compose');
    await compose.waitFor({ timeout: 30_000 });
    expect(await compose.locator('input[name="to"]').inputValue()).toBe('jean@roux-batiment.fr');
    const subject = await compose.locator('input[name="subject"]').inputValue();
    expect(subject).toContain('ML-2026-0412');
    expect(subject).toMatch(/relance/i);
    const body = (await compose.locator('[data-testid="compose-body"]').innerText()).replace(/\s+/g, ' ');
    expect(body).toContain('Bonjour Jean Roux');
    expect(body).toMatch(/4 380,00 €/);
    expect(body).toContain('15 octobre 2026');
    expect(body).toContain('FR76 3000 4000 0500 0012 3456 789');
    expect(body).toContain('Claire Lambert');
    await page.screenshot({ path: artifact('demo-3-compose.png') });

    await compose.locator('.demo-tool button').click();
    await compose.locator('.rl-switcher select[name="language"]').selectOption('en');
    await compose.locator('.rl-switcher button[type="submit"]').click();
    await expect.poll(() => compose.locator('[data-testid="compose-body"]').innerText(), { timeout: 10_000 }).toContain('4,380.00');
    expect(await compose.locator('input[name="subject"]').inputValue()).toContain('ML-2026-0412');
    await compose.locator('.demo-tool button').click();
    await compose.locator('.rl-switcher select[name="language"]').selectOption('fr');
    await compose.locator('.rl-switcher button[type="submit"]').click();
    await expect.poll(() => compose.locator('[data-testid="compose-body"]').innerText(), { timeout: 10_000 }).toContain('15 octobre 2026');
    // Nothing is recorded before the user sends.
    expect((await roux()).remindersSent).toBe(1);
  });

  it('sending records the reminder and schedules the next follow-up; the dashboard updates', async () => {
    const before = await send('dashboard.get', { status: 'all', query: '' });
    expect(before.due.map((d) => d.invoiceNumber)).toContain('ML-2026-0412');
    await page.click('.demo-send');
    await expect.poll(async () => (await roux()).remindersSent, { timeout: 10_000 }).toBe(2);
    const invoice = await roux();
    expect(invoice.history.filter((h) => h.kind === 'reminder-sent')).toHaveLength(2);
    expect(invoice.nextAction?.stage).toBe('formal');
    expect(invoice.nextAction!.date > '2026-11-23').toBe(true);
    // The reminder joins the conversation as the user's message.
    await expect.poll(() => page.locator('.demo-thread .demo-message').count()).toBe(3);
    await expect.poll(() => page.locator('.demo-toast').last().textContent()).toContain('Prochain suivi');

    const after = await send('dashboard.get', { status: 'all', query: '' });
    expect(after.due.map((d) => d.invoiceNumber)).not.toContain('ML-2026-0412');
    await page.click('[data-testid="nav-dashboard"]');
    const row = page.locator('.rl-receivables tr[data-invoice="ML-2026-0412"]');
    await row.waitFor();
    expect(await row.locator('[data-field="next"]').textContent()).toContain('mise en demeure');
    expect(await page.locator('.rl-due li[data-invoice="ML-2026-0412"]').count()).toBe(0);
    const eurTotal = await page.locator('.rl-aged tr[data-currency="EUR"] td[data-bucket="total"]').textContent();
    expect(eurTotal).toBe('20\u00a0270,00\u00a0€');
    await page.screenshot({ path: artifact('demo-4-dashboard.png') });
    // A client's history: every invoice of Jean Roux with its events, and the reminders it took.
    await row.locator('a:has-text("Jean Roux")').click();
    const client = page.locator('.rl-client[data-client="jean@roux-batiment.fr"]');
    await client.waitFor();
    expect(await client.textContent()).toContain('Relances nécessaires : 2');
    expect(await client.locator('tr[data-status="open"]').count()).toBe(1);
  });

  it('marking the invoice paid stops the timer and updates the label and the aged balance', async () => {
    await page.click('button[aria-pressed="false"]:has-text("Boîte de réception")');
    await page.click('tr[data-thread="01-roux"]');
    await page.locator('.demo-side .rl-invoice button[data-action="paid"]').click();
    await expect.poll(async () => (await roux()).status, { timeout: 10_000 }).toBe('paid');
    const invoice = await roux();
    expect(invoice.nextAction).toBeNull();
    expect(invoice.history.map((h) => h.kind)).toContain('payment');
    const { due } = await send('followups.due', {});
    expect(due.map((d) => d.invoiceNumber)).not.toContain('ML-2026-0412');
    await expect.poll(() => page.locator('.demo-side [data-field="status"]').textContent()).toBe('payée');
    const dashboard = await send('dashboard.get', { status: 'all', query: '' });
    expect(dashboard.agedBalance.find((a) => a.currency === 'EUR')!.total).toBe(20270 - 4380);
    await page.screenshot({ path: artifact('demo-5-paid.png') });
    await page.click('.demo-toolbar button:has-text("Retour")');
    await expect.poll(() => page.locator('.demo-label[data-label="01-roux"]').textContent()).toBe('4\u00a0380\u00a0€ · Payée');
  });

  it('an invoice sent as a PDF by an invoicing platform: the reminder re-attaches that PDF', async () => {
    await page.click('tr[data-thread="05-moulin"]');
    await page.locator('.demo-side .rl-invoice[data-invoice="ML-2026-0431"]').waitFor({ timeout: 30_000 });
    await page.click('.demo-thread-button');
    const compose = page.locator('.demo-compose');
    await compose.waitFor({ timeout: 30_000 });
    // Not yet due (2 December): the courtesy reminder before the due date, to the client's accounts address.
    expect(await compose.locator('input[name="to"]').inputValue()).toBe('compta@moulin-hotel.fr');
    expect((await compose.locator('[data-testid="compose-body"]').innerText()).replace(/\s+/g, ' ')).toMatch(/6 240,00 €/);
    const attached = await compose.locator('.demo-attachments li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-attachment')));
    expect(attached).toEqual(['Facture_ML-2026-0431.pdf']);
    expect(await compose.locator('.demo-attachments li').first().textContent()).toMatch(/\(\d+ Ko\)/);
    await page.screenshot({ path: artifact('demo-6-pdf-reattached.png') });
    await compose.locator('header button').click();
    const [moulin] = (await send('thread.invoices', { threadId: '05-moulin' })).invoices;
    expect(moulin!.remindersSent).toBe(0);
  });

  it('"Analyser les envois récents" reads each sent conversation that may hold an invoice, and finds the ledger’s invoices again', async () => {
    const before = await send('dashboard.get', { status: 'all', query: '' });
    await page.click('[data-testid="nav-dashboard"]');
    await page.locator('[data-testid="recent-scan"] select').selectOption('180');
    await page.locator('[data-testid="recent-scan"] button.rl-primary').click();
    const status = page.locator('[data-testid="recent-scan"] [role="status"]');
    await status.waitFor({ timeout: 60_000 });
    // Nine sent conversations name an invoice or carry a file; the credit note is not opened; the eight read hold the seven invoices.
    expect(await status.textContent()).toBe('8 conversations lues sur 9 trouvées : 7 factures enregistrées.');
    const after = await send('dashboard.get', { status: 'all', query: '' });
    expect(after.invoices.map((i) => [i.invoiceNumber, i.status, i.remindersSent])).toEqual(before.invoices.map((i) => [i.invoiceNumber, i.status, i.remindersSent]));
  });

  it('made no request of its own outside the page, and threw no error', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
