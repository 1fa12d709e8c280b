/**
 * The credit controller's chase in the browser demo, end to end in real Chromium: Fournier Rénovation owes three
 * overdue invoices (three conversations, each with its PDF); "Relancer" opens one grouped reminder listing all
 * three with the right total, every PDF attached, the escalation contact in copy; sending records it on each
 * invoice; one invoice can still be chased alone; once one is paid a thank-you is proposed and sent; a named
 * ladder and chase days are set from the settings page and assigned from the client list. The ledger is read
 * after each step through the page's own typed messages.
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
const errors: string[] = [];
const foreign: string[] = [];
const FOURNIER = ['13-fournier-0388', '14-fournier-0402', '15-fournier-0415'];
const flat = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ').replace(/\s+/g, ' ');

async function send<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  return page.evaluate(
    ([n, p]) => (window as unknown as { relanceDemo: { send(n: string, p: unknown): Promise<unknown> } }).relanceDemo.send(n, p),
    [name, payload] as const,
  ) as Promise<ResponseOf<N>>;
}

async function invoiceOf(threadId: string): Promise<InvoiceView> {
  const { invoices } = await send('thread.invoices', { threadId });
  expect(invoices).toHaveLength(1);
  return invoices[0]!;
}

async function openThread(threadId: string) {
  if (await page.locator('.demo-toolbar button:has-text("Retour")').count()) await page.click('.demo-toolbar button:has-text("Retour")');
  await page.click(`tr[data-thread="${threadId}"]`);
  await page.locator('.demo-side .rl-invoice').first().waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  await buildDemoOnce();
  const served = await serveDemo(4900 + (process.pid % 500));
  server = served.server;
  origin = new URL(served.url).origin;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('one reminder per client, in the demo (Chromium)', { timeout: 120_000 }, () => {
  it('a client with three overdue invoices: the panel offers one reminder for all three, with their total', async () => {
    await openThread('15-fournier-0415');
    const group = page.locator('.demo-side [data-testid="group"]');
    await group.waitFor({ timeout: 30_000 });
    expect(await group.getAttribute('data-count')).toBe('3');
    expect(flat(await group.textContent() ?? '')).toContain('Ce client doit 3 factures échues : 5 210,00 €.');
    expect(await group.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-invoice')))).toEqual(['ML-2026-0388', 'ML-2026-0402', 'ML-2026-0415']);
    const { groupable, chase } = await send('client.group', { invoiceId: (await invoiceOf('15-fournier-0415')).id });
    expect(groupable).toBe(true);
    expect(chase.map((i) => i.invoiceNumber)).toEqual(['ML-2026-0388', 'ML-2026-0402', 'ML-2026-0415']);
  });

  it('the client’s escalation contact is set from the panel', async () => {
    await page.locator('.demo-side details.rl-client-settings summary').click();
    const form = page.locator('.demo-side form.rl-client-form');
    await form.locator('input[name="escalation"]').fill('direction@fournier-renovation.fr');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.locator('p[role="status"]').textContent()).toBe('Enregistré.');
    expect((await send('client.get', { clientId: 'fournier-renovation.fr' })).client?.contacts).toEqual({ to: [], escalation: ['direction@fournier-renovation.fr'] });
  });

  it('"Relancer" opens one grouped draft listing all three, the total, every PDF, the escalation contact in copy', async () => {
    await page.click('.demo-thread-button');
    const compose = page.locator('.demo-compose');
    await compose.waitFor({ timeout: 30_000 });
    expect(await compose.locator('input[name="to"]').inputValue()).toBe('paul@fournier-renovation.fr');
    expect(await compose.locator('input[name="cc"]').inputValue()).toBe('direction@fournier-renovation.fr'); // a firm reminder
    expect(flat(await compose.locator('input[name="subject"]').inputValue())).toBe('Relance : 3 factures impayées – 5 210,00 €');
    const body = flat(await compose.locator('[data-testid="compose-body"]').innerText());
    expect(body).toContain('Bonjour Paul Fournier');
    expect(body).toContain('Malgré notre relance du 12 octobre 2026, les 3 factures suivantes restent impayées à ce jour');
    expect(body).toContain('n° ML-2026-0388 du 10 septembre 2026 : 1 850,00 €, échue le 10 octobre 2026 (44 jours de retard)');
    expect(body).toContain('n° ML-2026-0402 du 25 septembre 2026 : 2 400,00 €, échue le 25 octobre 2026 (29 jours de retard)');
    expect(body).toContain('n° ML-2026-0415 du 9 octobre 2026 : 960,00 €, échue le 8 novembre 2026 (15 jours de retard)');
    expect(body).toContain('Total dû : 5 210,00 €.');
    expect(await compose.locator('[data-testid="compose-body"] li').count()).toBe(3);
    // Every invoice's PDF: this conversation's and the two kept from the client's other conversations.
    const attached = await compose.locator('.demo-attachments li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-attachment')).sort());
    expect(attached).toEqual(['Facture_ML-2026-0388.pdf', 'Facture_ML-2026-0402.pdf', 'Facture_ML-2026-0415.pdf']);
    await page.screenshot({ path: artifact('demo-grouped-1-compose.png') });
    // Nothing is recorded before the user sends.
    expect((await invoiceOf('13-fournier-0388')).remindersSent).toBe(1);
  });

  it('the compose tool switches the grouped draft’s stage in place; the courteous one copies no one', async () => {
    const compose = page.locator('.demo-compose');
    await compose.locator('.demo-tool button').click();
    expect(flat(await compose.locator('[data-testid="group-count"]').textContent() ?? '')).toBe('Relance groupée : 3 factures (ML-2026-0388, ML-2026-0402, ML-2026-0415)');
    expect(await compose.locator('.rl-switcher select[name="stage"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['courteous', 'firm', 'formal']);
    await compose.locator('.rl-switcher select[name="stage"]').selectOption('courteous');
    await compose.locator('.rl-switcher button[type="submit"]').click();
    await expect.poll(async () => flat(await compose.locator('[data-testid="compose-body"]').innerText()), { timeout: 10_000 }).toContain('Total à régler : 5 210,00 €.');
    expect(await compose.locator('input[name="cc"]').inputValue()).toBe('');
    await compose.locator('.demo-tool button').click();
    await compose.locator('.rl-switcher select[name="stage"]').selectOption('firm');
    await compose.locator('.rl-switcher button[type="submit"]').click();
    await expect.poll(async () => flat(await compose.locator('[data-testid="compose-body"]').innerText()), { timeout: 10_000 }).toContain('Total dû : 5 210,00 €.');
    expect(await compose.locator('input[name="cc"]').inputValue()).toBe('direction@fournier-renovation.fr');
  });

  it('sending records one reminder on each of the three invoices; each is scheduled for the formal notice', async () => {
    await page.click('.demo-send');
    await expect.poll(async () => (await Promise.all(FOURNIER.map(invoiceOf))).map((i) => i.remindersSent), { timeout: 10_000 }).toEqual([2, 1, 1]);
    const invoices = await Promise.all(FOURNIER.map(invoiceOf));
    for (const i of invoices) {
      expect(i.history.at(-1)).toMatchObject({ kind: 'reminder-sent', summary: 'Relance groupée envoyée : relance ferme' });
      expect(i.nextAction).toEqual({ kind: 'formal', stage: 'formal', date: '2026-12-01' });
    }
    await expect.poll(() => page.locator('.demo-toast').last().textContent()).toContain('Relance groupée enregistrée pour 3 factures');
    const { due } = await send('followups.due', {});
    expect(due.map((d) => d.invoiceNumber).filter((n) => n?.match(/0388|0402|0415/))).toEqual([]);
    await page.screenshot({ path: artifact('demo-grouped-2-sent.png') });
  });

  it('one invoice can still be chased alone, from its card', async () => {
    await page.locator('.demo-side .rl-invoice[data-invoice="ML-2026-0415"] button[data-action="relancer"]').click();
    const compose = page.locator('.demo-compose');
    await compose.waitFor({ timeout: 30_000 });
    const body = flat(await compose.locator('[data-testid="compose-body"]').innerText());
    expect(body).toContain('ML-2026-0415');
    expect(body).not.toContain('ML-2026-0388');
    expect(await compose.locator('.demo-attachments li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-attachment')))).toEqual(['Facture_ML-2026-0415.pdf']);
    await compose.locator('header button').click();
    await expect.poll(() => page.locator('.demo-compose').count()).toBe(0);
  });

  it('marked paid: a thank-you is proposed, opens in the client’s language, and once sent is proposed no more', async () => {
    await page.locator('.demo-side .rl-invoice[data-invoice="ML-2026-0415"] button[data-action="paid"]').click();
    const proposed = page.locator('.demo-side .rl-invoice[data-invoice="ML-2026-0415"] [data-testid="thanks-proposed"]');
    await proposed.waitFor({ timeout: 10_000 });
    expect((await invoiceOf('15-fournier-0415')).thankYou).toBe('proposed');
    await proposed.locator('button[data-action="thanks"]').click();
    const compose = page.locator('.demo-compose');
    await compose.waitFor({ timeout: 30_000 });
    expect(await compose.locator('input[name="subject"]').inputValue()).toBe('Facture ML-2026-0415 : règlement bien reçu, merci');
    expect(flat(await compose.locator('[data-testid="compose-body"]').innerText())).toContain('Nous avons bien reçu votre règlement de 960,00 € du 23 novembre 2026 pour notre facture n° ML-2026-0415');
    expect(await compose.locator('.demo-attachments li').count()).toBe(0);
    await page.screenshot({ path: artifact('demo-grouped-3-thanks.png') });
    await page.click('.demo-send');
    await expect.poll(async () => (await invoiceOf('15-fournier-0415')).thankYou, { timeout: 10_000 }).toBe('sent');
    await page.locator('.demo-side [data-testid="thanks-sent"]').waitFor();
    // The client still owes two overdue invoices: the panel still offers one reminder for both.
    await expect.poll(() => page.locator('.demo-side [data-testid="group"]').getAttribute('data-count')).toBe('2');
  });

  it('a named ladder and Tuesday-Thursday chase days from the settings page; the ladder assigned from the client list', async () => {
    await page.click('[data-testid="nav-settings"]');
    const form = page.locator('form.rl-settings');
    await form.waitFor();
    await form.locator('select[name="ladderPreset"]').selectOption('late-payer');
    await form.locator('button[data-action="add-ladder"]').click();
    expect(await form.locator('input[name="ladder-0-name"]').inputValue()).toBe('Retardataire chronique');
    for (const day of [1, 3, 5]) await form.locator(`input[name="chaseDay-${day}"]`).uncheck();
    await form.locator('input[name="chaseTo"]').fill('12');
    await form.locator('button[type="submit"]').click();
    await form.locator('p[role="status"]').waitFor();
    const settings = await send('settings.get', {});
    expect(settings.ladders).toEqual([{ id: 'retardataire-chronique', name: 'Retardataire chronique', preDueDays: 5, courteousAfterDays: 1, firmAfterDays: 7, formalAfterDays: 7, tone: 'firmer' }]);
    expect(settings.chase).toEqual({ days: [2, 4], hours: { from: 9, to: 12 }, holidays: 'FR' });
    // Roux's firm reminder, due Monday 23 November, falls on the next chase day.
    expect((await invoiceOf('01-roux')).nextAction).toMatchObject({ stage: 'firm', date: '2026-11-24' });

    await page.click('[data-testid="nav-clients"]');
    const row = page.locator('.rl-clients tr[data-client="fournier-renovation.fr"]');
    await row.waitFor();
    await row.locator('button[data-action="edit-client"]').click();
    await row.locator('select[name="ladderId"]').selectOption('retardataire-chronique');
    await row.locator('button[type="submit"]').click();
    await expect.poll(() => row.locator('[data-field="ladder"]').textContent(), { timeout: 10_000 }).toBe('Retardataire chronique');
    expect((await send('client.get', { clientId: 'fournier-renovation.fr' })).client?.ladderId).toBe('retardataire-chronique');
    // On the short ladder the formal notice comes 7 days after the grouped reminder, on a chase day: Tuesday 1 December.
    expect((await invoiceOf('14-fournier-0402')).nextAction).toMatchObject({ stage: 'formal', date: '2026-12-01' });
    await page.screenshot({ path: artifact('demo-grouped-4-clients.png'), fullPage: true });
  });

  it('made no request outside the page, and threw no error', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
