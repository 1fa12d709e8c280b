/**
 * The built task pane in real headless Chromium (Debian's, driven by playwright-core), with a scripted
 * `Office` global injected before the page loads: it reads a sample invoice message — the PDF's Factur-X XML
 * through getAttachmentContentAsync and pdfjs's worker —, shows its facts, and opens the reply form with the
 * right draft and the invoice attached; the ledger (the page's IndexedDB) records the reminder. No request
 * leaves the machine.
 */
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildOutlookOnce, serveFolder } from './outlook-build';
import { installOfficeFake, type FakeItem, type FakeSpec, type RecordedCall } from './outlook-office-fake';
import { FACTURX_PDF, facturxItem, itemFromEml, type OfficeItemSpec } from '../outlook/office-mock';

const DEMO = join(import.meta.dirname, '..', '..', 'demo', 'mailbox');
/** Screenshots of the pane, kept as test artifacts (test-results/ is not versioned). */
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-results', 'outlook');

/** Polls up to 30 s unless told otherwise (vitest's default is 1 s: too short on a busy machine). */
const poll = <T,>(fn: () => T | Promise<T>, options: { timeout?: number } = {}) => expect.poll(fn, { timeout: 30_000, interval: 100, ...options });
/** Clicks until `done` holds (three tries, five seconds each): for a button the page may be redrawing. */
async function clickUntil(button: { click: () => Promise<void> }, done: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await button.click();
    for (let waited = 0; waited < 5_000; waited += 100) {
      if (await done()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  const out = await buildOutlookOnce();
  server = await serveFolder(out);
  // Playwright gives each launch a fresh, temporary user-data-dir.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function fakeItem(spec: OfficeItemSpec): FakeItem {
  return { ...spec, dateTimeCreated: spec.dateTimeCreated.toISOString() };
}

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Requests the page tried to make outside the add-in's own server (Office.js's CDN aside). */
  outside: string[];
  errors: string[];
  calls(): Promise<RecordedCall[]>;
  named(name: string): Promise<RecordedCall[]>;
}

const PROFILE = {
  companyName: 'Au bon moulin',
  address: '12 rue des Meuniers\n75011 Paris',
  email: 'facturation@aubonmoulin.fr',
  signatoryName: 'Claire Meunier',
};

async function openPane(spec: Omit<FakeSpec, 'displayLanguage' | 'maxVersion' | 'failures'> & Partial<FakeSpec>, now: string, context?: BrowserContext, pagePath = '/taskpane.html'): Promise<Opened> {
  // A task pane's size in Outlook on the web.
  const ctx = context ?? (await browser.newContext({ viewport: { width: 360, height: 900 } }));
  const page = await ctx.newPage();
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    if (url === 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js') {
      // Office.js itself is replaced by the fake installed before the page's scripts.
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* Office.js: the test injects its own Office */' });
    }
    outside.push(url);
    return route.abort();
  });
  await page.clock.setFixedTime(new Date(now));
  await page.addInitScript(installOfficeFake, { displayLanguage: 'fr-FR', maxVersion: '1.15', failures: {}, ...spec } satisfies FakeSpec);
  await page.goto(`${server.origin}${pagePath}`);
  const calls = () => page.evaluate(() => (window as unknown as { __office: { calls: RecordedCall[] } }).__office.calls);
  return { context: ctx, page, outside, errors, calls, named: async (name) => (await calls()).filter((c) => c.name === name) };
}

/** The company profile, through the pane's settings tab (the drafts are signed with it). */
async function fillProfile(page: Page) {
  await page.getByTestId('tab-settings').click();
  const form = page.getByTestId('settings-view');
  await form.locator('input[name="companyName"]').fill(PROFILE.companyName);
  await form.locator('textarea[name="address"]').fill(PROFILE.address);
  await form.locator('input[name="email"]').fill(PROFILE.email);
  await form.locator('input[name="signatoryName"]').fill(PROFILE.signatoryName);
  await page.getByTestId('settings-save').click();
  await poll(() => page.getByTestId('settings-notice').textContent()).toContain('Réglages enregistrés');
  await page.getByTestId('tab-invoice').click();
}

// A real browser on a machine that may be busy (other suites run beside this one): generous time per test.
describe('Outlook task pane in Chromium (Office mocked)', { timeout: 180_000 }, () => {
  it('reads a Factur-X invoice message, shows its facts and opens the reply with the courteous draft and the PDF', async () => {
    const pane = await openPane({ mode: 'read', item: fakeItem(facturxItem()), user: { emailAddress: 'facturation@aubonmoulin.fr', displayName: 'Au bon moulin' } }, '2017-12-20T10:00:00');
    const { page } = pane;
    const invoice = page.getByTestId('invoice');
    await invoice.waitFor({ timeout: 90_000 });
    // The facts come from the XML inside the PDF (the e-mail itself gives no amount, no date).
    expect(await invoice.getAttribute('data-invoice')).toBe('FA-2017-0010');
    expect(await invoice.locator('[data-field="amount"]').textContent()).toBe('470,15\u00a0€');
    expect(await invoice.locator('[data-field="dueDate"]').textContent()).toBe('13 déc. 2017 (J+7)');
    expect(await invoice.locator('[data-field="client"]').textContent()).toContain('Ma jolie boutique');
    expect(await invoice.getByTestId('status').textContent()).toBe('ouverte');
    expect(await invoice.locator('[data-field="next"]').textContent()).toBe('relance courtoise — 20 déc. 2017');
    expect((await pane.named('item.getAttachmentContentAsync')).map((c) => c.args[0])).toEqual(['AAMk-att-pdf']);
    // Category and info bar on the message.
    expect((await pane.named('item.categories.addAsync')).map((c) => c.args[0])).toEqual([['Relance · facture']]);
    expect((await pane.named('item.notificationMessages.replaceAsync'))[0]!.args[1]).toMatchObject({ type: 'informationalMessage', message: 'Relance courtoise prévue le 20/12' });
    // The due follow-ups show when the pane opens.
    await poll(() => page.getByTestId('due-banner').textContent()).toContain('FA-2017-0010 (relance courtoise, 20 déc. 2017)');

    await fillProfile(page);
    const drafts = page.getByTestId('drafts');
    await drafts.waitFor({ timeout: 90_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-read.png'), fullPage: true });
    expect(await drafts.getByTestId('draft-action').getAttribute('data-stage')).toBe('courteous');
    expect(await drafts.getByTestId('draft-subject').textContent()).toContain('FA-2017-0010');
    expect(await drafts.getByTestId('draft-attachments').textContent()).toBe('Facture jointe : Facture_FR_EN16931.pdf');
    const preview = await drafts.getByTestId('draft-preview').getAttribute('srcdoc');
    expect(preview).toContain('470,15');

    await drafts.getByTestId('draft-action').click();
    await poll(async () => (await pane.named('item.displayReplyAllFormAsync')).length).toBe(1);
    const [form] = (await pane.named('item.displayReplyAllFormAsync'))[0]!.args as [{ htmlBody: string; attachments: { type: string; name: string; base64file: string }[] }];
    expect(form.htmlBody).toContain('FA-2017-0010');
    expect(form.htmlBody).toMatch(/470,15/);
    expect(form.htmlBody).toContain('Claire Meunier');
    expect(preview).toContain(form.htmlBody);
    expect(form.attachments).toEqual([{ type: 'base64', name: 'Facture_FR_EN16931.pdf', base64file: readFileSync(FACTURX_PDF).toString('base64') }]);

    // The reminder is recorded: one sent, the next step is the firm reminder, shown in the info bar.
    await poll(() => invoice.locator('[data-field="reminders"]').textContent()).toBe('1');
    expect(await invoice.locator('[data-field="next"]').textContent()).toMatch(/^relance ferme — /);
    expect(await page.getByTestId('notice-success').textContent()).toContain('Réponse ouverte (relance courtoise)');
    const bars = await pane.named('item.notificationMessages.replaceAsync');
    expect((bars.at(-1)!.args[1] as { message: string }).message).toMatch(/^Relance ferme prévue le \d\d\/\d\d$/);
    expect(await invoice.getByTestId('history').textContent()).toContain('Relance envoyée');
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-read-after-reply.png'), fullPage: true });

    expect(pane.outside).toEqual([]);
    expect(pane.errors).toEqual([]);
    await pane.context.close();
  });

  it('a refused reply form shows a clear message and loses nothing: the retry works and records once', async () => {
    const pane = await openPane(
      {
        mode: 'read',
        item: fakeItem(facturxItem()),
        user: { emailAddress: 'facturation@aubonmoulin.fr', displayName: 'Au bon moulin' },
        failures: { 'item.displayReplyAllFormAsync': { code: 9041, message: 'The reply form could not be opened' } },
      },
      '2017-12-20T10:00:00',
    );
    const { page } = pane;
    await page.getByTestId('invoice').waitFor({ timeout: 90_000 });
    await fillProfile(page);
    const drafts = page.getByTestId('drafts');
    await drafts.waitFor({ timeout: 90_000 });
    await drafts.getByTestId('draft-action').click();
    const error = page.getByTestId('notice-error');
    await error.waitFor();
    expect(await error.textContent()).toContain("Outlook a refusé : Outlook a refusé l'opération (item.displayReplyAllFormAsync, code 9041) : The reply form could not be opened");
    expect(await error.textContent()).toContain('Rien n’est perdu');
    expect(await page.getByTestId('invoice').locator('[data-field="reminders"]').textContent()).toBe('0');
    // Outlook accepts the second time: the same draft is still there.
    await page.evaluate(() => delete (window as unknown as { __office: { failures: Record<string, unknown> } }).__office.failures['item.displayReplyAllFormAsync']);
    await drafts.getByTestId('draft-action').click();
    await poll(() => page.getByTestId('invoice').locator('[data-field="reminders"]').textContent()).toBe('1');
    expect(await pane.named('item.displayReplyAllFormAsync')).toHaveLength(2);
    expect(pane.outside).toEqual([]);
    await pane.context.close();
  });

  it('a demo-mailbox invoice sent by a platform: a new message to the client, invoice attached; then the desk shows it', async () => {
    const spec = await itemFromEml(join(DEMO, '05-moulin', '01.eml'), { itemId: 'AAMk-moulin-1', conversationId: 'AAQk-moulin' });
    const user = { emailAddress: 'claire@menuiserie-lambert.fr', displayName: 'Claire Lambert' };
    const pane = await openPane({ mode: 'read', item: fakeItem(spec), user }, '2026-12-21T09:00:00');
    const { page } = pane;
    const invoice = page.getByTestId('invoice');
    await invoice.waitFor({ timeout: 90_000 });
    expect(await invoice.getAttribute('data-invoice')).toBe('ML-2026-0431');
    expect(await invoice.locator('[data-field="amount"]').textContent()).toBe('6\u00a0240,00\u00a0€');
    await fillProfile(page);
    const drafts = page.getByTestId('drafts');
    await drafts.waitFor({ timeout: 90_000 });
    await drafts.getByTestId('draft-action').click();
    await poll(async () => (await pane.named('mailbox.displayNewMessageFormAsync')).length).toBe(1);
    const [form] = (await pane.named('mailbox.displayNewMessageFormAsync'))[0]!.args as [{ toRecipients: string[]; subject: string; htmlBody: string; attachments: { name: string; base64file: string }[] }];
    expect(form.toRecipients).toEqual(['compta@moulin-hotel.fr']);
    expect(form.subject).toContain('ML-2026-0431');
    expect(form.attachments.map((a) => a.name)).toEqual(['Facture_ML-2026-0431.pdf']);
    expect(form.attachments[0]!.base64file).toBe(spec.attachments[0]!.content.content);
    await poll(() => invoice.locator('[data-field="reminders"]').textContent()).toBe('1');

    // The desk of the same add-in (same IndexedDB): the receivable, its aged balance, nothing due any more today.
    await page.getByTestId('tab-desk').click();
    const desk = page.getByTestId('desk-view');
    await desk.getByTestId('receivables').locator('[data-invoice="ML-2026-0431"]').waitFor();
    const aged = desk.getByTestId('aged-balance');
    expect(await aged.locator('[data-bucket="d1to30"] [data-currency="EUR"]').textContent()).toBe('6\u00a0240,00\u00a0€');
    expect(await aged.locator('[data-bucket="total"] [data-currency="EUR"]').textContent()).toBe('6\u00a0240,00\u00a0€');
    expect(await aged.locator('[data-bucket="notDue"] [data-currency="EUR"]').textContent()).toBe('0,00\u00a0€');
    expect(await desk.textContent()).toContain('Rien à relancer aujourd\'hui.');
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-desk.png'), fullPage: true });
    expect(pane.outside).toEqual([]);
    expect(pane.errors).toEqual([]);
    await pane.context.close();
  });

  it('compose: "Insérer une relance" finds the invoice of the conversation and inserts the chosen stage at the cursor', async () => {
    const user = { emailAddress: 'facturation@aubonmoulin.fr', displayName: 'Au bon moulin' };
    const read = await openPane({ mode: 'read', item: fakeItem(facturxItem()), user }, '2017-12-20T10:00:00');
    await read.page.getByTestId('invoice').waitFor({ timeout: 90_000 });
    await fillProfile(read.page);
    await read.page.getByTestId('drafts').waitFor({ timeout: 90_000 });
    // The user answers in the invoice's conversation: a new window, the pane opened from "Insérer une relance".
    const compose = await openPane({ mode: 'compose', item: fakeItem(facturxItem()), user }, '2017-12-20T10:05:00', read.context);
    const { page } = compose;
    await page.getByTestId('compose-view').waitFor({ timeout: 90_000 });
    const drafts = page.getByTestId('drafts');
    await drafts.waitFor({ timeout: 90_000 });
    await drafts.locator('[role="tab"][data-stage="firm"]').click();
    expect(await drafts.getByTestId('draft-action').getAttribute('data-stage')).toBe('firm');
    expect(await drafts.getByTestId('draft-action').textContent()).toBe('Insérer dans le message');
    await drafts.getByTestId('draft-action').click();
    await page.getByTestId('notice-success').waitFor();
    expect(await compose.named('item.body.setSelectedDataAsync')).toHaveLength(1);
    const [html, options] = (await compose.named('item.body.setSelectedDataAsync'))[0]!.args as [string, { coercionType: string }];
    expect(options).toEqual({ coercionType: 'html' });
    expect(html).toContain('FA-2017-0010');
    expect((await compose.named('item.to.setAsync'))[0]!.args[0]).toEqual(['alexandre.payet@majolieboutique.net']);
    expect((await compose.named('item.subject.setAsync'))[0]!.args[0]).toContain('FA-2017-0010');
    expect(await page.getByTestId('notice-success').textContent()).toBe('Relance insérée dans le message. Facture jointe : Facture_FR_EN16931.pdf');
    const [base64, name] = (await compose.named('item.addFileAttachmentFromBase64Async'))[0]!.args as [string, string];
    expect(name).toBe('Facture_FR_EN16931.pdf');
    expect(base64).toBe(readFileSync(FACTURX_PDF).toString('base64'));
    expect(compose.outside).toEqual([]);
    expect(compose.errors).toEqual([]);
    await read.context.close();
  });

  it('pinned: the pane follows the selected message, and becomes the desk when none is selected', async () => {
    const user = { emailAddress: 'claire@menuiserie-lambert.fr', displayName: 'Claire Lambert' };
    const demo = async (file: string, id: string) => fakeItem(await itemFromEml(join(DEMO, file), { itemId: `AAMk-${id}`, conversationId: `AAQk-${id}` }));
    const pane = await openPane({ mode: 'read', item: await demo('05-moulin/01.eml', 'moulin'), user }, '2026-11-23T10:00:00');
    const { page } = pane;
    await poll(() => page.getByTestId('invoice').getAttribute('data-invoice'), { timeout: 90_000 }).toBe('ML-2026-0431');
    expect((await pane.named('mailbox.addHandlerAsync'))[0]!.args[0]).toBe('olkItemSelectedChanged');
    const roux = await demo('01-roux/01.eml', 'roux');
    await page.evaluate((item) => (window as unknown as { __office: { select(i: unknown): void } }).__office.select(item), roux);
    await poll(() => page.getByTestId('invoice').getAttribute('data-invoice'), { timeout: 90_000 }).toBe('ML-2026-0412');
    expect(await page.getByTestId('invoice').locator('[data-field="amount"]').textContent()).toBe('4\u00a0380,00\u00a0€');
    await page.evaluate(() => (window as unknown as { __office: { select(i: unknown): void } }).__office.select(null));
    await page.getByTestId('desk-view').waitFor();
    expect(await page.getByTestId('tab-invoice').count()).toBe(0);
    const receivables = page.getByTestId('receivables');
    await receivables.locator('[data-invoice="ML-2026-0412"]').waitFor();
    await receivables.locator('[data-invoice="ML-2026-0431"]').waitFor();
    expect(pane.outside).toEqual([]);
    expect(pane.errors).toEqual([]);
    await pane.context.close();
  });

  it('"Relance express" (the function file): the reply with the next draft and the PDF, no pane; a failure goes to the info bar', async () => {
    const user = { emailAddress: 'facturation@aubonmoulin.fr', displayName: 'Au bon moulin' };
    const run = (p: Page) => p.evaluate(() => (window as unknown as { __office: { run(n: string): Promise<void> } }).__office.run('quickRelance'));
    // Without a company profile there is no draft: Office is told in an error bar, and the command completes.
    const bare = await openPane({ mode: 'read', item: fakeItem(facturxItem()), user }, '2017-12-20T10:00:00', undefined, '/commands.html');
    await poll(async () => (await bare.named('actions.associate')).map((c) => c.args[0])).toEqual(['quickRelance']);
    await run(bare.page);
    const bars = await bare.named('item.notificationMessages.replaceAsync');
    expect(bars.at(-1)!.args[1]).toMatchObject({ type: 'errorMessage' });
    expect((bars.at(-1)!.args[1] as { message: string }).message).toContain('profil');
    expect(await bare.named('event.completed')).toHaveLength(1);
    await bare.context.close();

    // With the profile (set in the pane of the same add-in), one click opens the reply.
    const pane = await openPane({ mode: 'read', item: fakeItem(facturxItem()), user }, '2017-12-20T10:00:00');
    await pane.page.getByTestId('invoice').waitFor({ timeout: 90_000 });
    await fillProfile(pane.page);
    const commands = await openPane({ mode: 'read', item: fakeItem(facturxItem()), user }, '2017-12-20T10:01:00', pane.context, '/commands.html');
    await poll(async () => (await commands.named('actions.associate')).length).toBe(1);
    await run(commands.page);
    const [form] = (await commands.named('item.displayReplyAllFormAsync'))[0]!.args as [{ htmlBody: string; attachments: { name: string; base64file: string }[] }];
    expect(form.htmlBody).toContain('FA-2017-0010');
    expect(form.attachments).toEqual([expect.objectContaining({ name: 'Facture_FR_EN16931.pdf', base64file: readFileSync(FACTURX_PDF).toString('base64') })]);
    const info = await commands.named('item.notificationMessages.replaceAsync');
    expect((info.at(-1)!.args[1] as { message: string }).message).toMatch(/^Relance ferme prévue le \d\d\/\d\d$/);
    expect(await commands.named('event.completed')).toHaveLength(1);
    expect(commands.outside).toEqual([]);
    expect(commands.errors).toEqual([]);
    await pane.context.close();
  });

  it('actions through the pane: partial payment, promise, payment plan, correction, paid — each recorded, the drafts follow', async () => {
    const user = { emailAddress: 'claire@menuiserie-lambert.fr', displayName: 'Claire Lambert' };
    const roux = fakeItem(await itemFromEml(join(DEMO, '01-roux', '01.eml'), { itemId: 'AAMk-roux', conversationId: 'AAQk-roux' }));
    const pane = await openPane({ mode: 'read', item: roux, user }, '2026-11-23T10:00:00');
    const { page } = pane;
    await page.getByTestId('invoice').waitFor({ timeout: 90_000 });
    await fillProfile(page);
    const invoice = page.getByTestId('invoice');
    await invoice.waitFor();
    const save = () => invoice.getByTestId('action-save').click();

    await invoice.locator('[data-action="payment"]').click();
    expect(await invoice.locator('input[name="amount"]').inputValue()).toBe('4380');
    await invoice.locator('input[name="amount"]').fill('1000');
    await save();
    await poll(() => invoice.locator('[data-field="owed"]').textContent()).toBe('3\u00a0380,00\u00a0€');

    await invoice.locator('[data-action="promise"]').click();
    await invoice.locator('input[name="date"]').fill('2026-12-04');
    await save();
    await poll(() => invoice.getByTestId('status').textContent()).toBe('promesse 4 déc. 2026');
    expect(await invoice.locator('[data-field="next"]').textContent()).not.toContain('2026-11-23');

    await invoice.locator('[data-action="plan"]').click();
    await invoice.locator('input[name="count"]').fill('3');
    const plan = invoice.getByTestId('plan-preview');
    await poll(() => plan.locator('li').count()).toBe(3);
    const amounts = (await plan.locator('li').allTextContents()).map((x) => Number(x.split('—')[1]!.replace(/[^\d,]/g, '').replace(',', '.')));
    expect(Math.round(amounts.reduce((a, b) => a + b, 0) * 100)).toBe(338000);
    await save();
    await poll(() => invoice.getByTestId('history').textContent()).toContain('3 échéances');

    await invoice.locator('[data-action="correct"]').click();
    await invoice.locator('select[name="field"]').selectOption('debtorName');
    await invoice.locator('input[name="text"]').fill('Roux Bâtiment SARL');
    await save();
    await poll(() => invoice.locator('[data-field="client"]').textContent()).toContain('Roux Bâtiment SARL');

    await invoice.locator('[data-action="paid"]').click();
    await poll(() => invoice.getByTestId('status').textContent()).toBe('payée');
    expect(await page.getByTestId('drafts').count()).toBe(0);
    expect(await page.getByTestId('notice-error').count()).toBe(0);
    const history = await invoice.getByTestId('history').locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')));
    expect(history).toEqual(expect.arrayContaining(['detected', 'payment', 'promise', 'payment-plan', 'field-corrected']));
    const bars = await pane.named('item.notificationMessages.replaceAsync');
    expect((bars.at(-1)!.args[1] as { message: string }).message).toBe('Relance : payée');
    expect(pane.errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-actions.png'), fullPage: true });
    await pane.context.close();
  });

  it('the desk’s batch mode opens the due reminders one after the other', async () => {
    const user = { emailAddress: 'claire@menuiserie-lambert.fr', displayName: 'Claire Lambert' };
    const demo = async (file: string, id: string) => fakeItem(await itemFromEml(join(DEMO, file), { itemId: `AAMk-${id}`, conversationId: `AAQk-${id}` }));
    const pane = await openPane({ mode: 'read', item: await demo('01-roux/01.eml', 'roux'), user }, '2026-11-23T10:00:00');
    const { page } = pane;
    await page.getByTestId('invoice').waitFor({ timeout: 90_000 });
    await fillProfile(page);
    await page.getByTestId('invoice').waitFor();
    await page.evaluate((item) => (window as unknown as { __office: { select(i: unknown): void } }).__office.select(item), await demo('06-hartley/01.eml', 'hartley'));
    await poll(() => page.getByTestId('invoice').getAttribute('data-invoice'), { timeout: 90_000 }).toBe('ML-2026-0377');
    await page.getByTestId('tab-desk').click();
    const desk = page.getByTestId('desk-view');
    await poll(() => desk.getByTestId('due-list').locator('li').count()).toBe(2);
    await desk.getByTestId('batch-next').click();
    await poll(async () => (await pane.named('mailbox.displayNewMessageFormAsync')).length).toBe(1);
    await desk.getByTestId('batch-next').click();
    await poll(async () => (await pane.named('mailbox.displayNewMessageFormAsync')).length).toBe(2);
    await desk.getByTestId('batch-done').waitFor();
    const forms = (await pane.named('mailbox.displayNewMessageFormAsync')).map((c) => c.args[0] as { toRecipients: string[]; subject: string });
    expect(forms.map((f) => f.toRecipients).sort()).toEqual([['jean@roux-batiment.fr'], ['tom@hartley-interiors.co.uk']]);
    expect(forms.map((f) => f.subject).join(' ')).toMatch(/ML-2026-0412[\s\S]*ML-2026-0377|ML-2026-0377[\s\S]*ML-2026-0412/);
    await poll(() => desk.getByTestId('due-list').locator('li').count()).toBe(0);
    expect(pane.outside).toEqual([]);
    expect(pane.errors).toEqual([]);
    await pane.context.close();
  });

  it('a conversation read across openings: the invoice, then the client’s reply — the pane shows it paid', async () => {
    const user = { emailAddress: 'claire@menuiserie-lambert.fr', displayName: 'Claire Lambert' };
    const garnier = async (file: string) => fakeItem(await itemFromEml(join(DEMO, '03-garnier', file), { itemId: `AAMk-garnier-${file}`, conversationId: 'AAQk-garnier' }));
    const pane = await openPane({ mode: 'read', item: await garnier('01.eml'), user }, '2026-11-23T10:00:00');
    const { page } = pane;
    const invoice = page.getByTestId('invoice');
    await poll(() => invoice.getAttribute('data-invoice'), { timeout: 90_000 }).toBe('ML-2026-0420');
    expect(await invoice.getByTestId('status').textContent()).toBe('ouverte');
    await page.evaluate((item) => (window as unknown as { __office: { select(i: unknown): void } }).__office.select(item), await garnier('02.eml'));
    await poll(() => invoice.getByTestId('status').textContent(), { timeout: 90_000 }).toBe('payée');
    expect(await invoice.getAttribute('data-invoice')).toBe('ML-2026-0420');
    expect(pane.outside).toEqual([]);
    expect(pane.errors).toEqual([]);
    await pane.context.close();
  });

  it('a client who owes three: one grouped reminder with every PDF, or this invoice alone; the thank-you once paid', async () => {
    const user = { emailAddress: 'claire@menuiserie-lambert.fr', displayName: 'Claire Lambert' };
    const item = async (file: string, conversation: string) => fakeItem(await itemFromEml(join(DEMO, file), { itemId: `AAMk-${file}`, conversationId: `AAQk-${conversation}` }));
    const select = async (page: Page, file: string, conversation: string) => page.evaluate((i) => (window as unknown as { __office: { select(i: unknown): void } }).__office.select(i), await item(file, conversation));
    const pane = await openPane({ mode: 'read', item: await item('13-fournier-0388/01.eml', 'f0388'), user }, '2026-11-23T10:00:00');
    const { page } = pane;
    const invoice = page.getByTestId('invoice');
    await poll(() => invoice.getAttribute('data-invoice'), { timeout: 90_000 }).toBe('ML-2026-0388');
    await fillProfile(page);
    // The user opens the reminder of 12 October, then the two other invoices: each PDF is kept by the add-in.
    await select(page, '13-fournier-0388/02.eml', 'f0388');
    await poll(() => invoice.getByTestId('status').count(), { timeout: 90_000 }).toBe(1);
    await select(page, '14-fournier-0402/01.eml', 'f0402');
    await poll(() => invoice.getAttribute('data-invoice'), { timeout: 90_000 }).toBe('ML-2026-0402');
    await select(page, '15-fournier-0415/01.eml', 'f0415');
    await poll(() => invoice.getAttribute('data-invoice'), { timeout: 90_000 }).toBe('ML-2026-0415');
    const group = page.getByTestId('group');
    await poll(() => group.getAttribute('data-count')).toBe('3');
    expect((await group.textContent())?.replace(/[\u202f\u00a0]/g, ' ')).toContain('Ce client doit 3 factures échues : 5 210,00 €.');
    // Grouped by default, at the stage of the most advanced invoice.
    await poll(async () => (await page.getByTestId('draft-subject').textContent())?.replace(/[\u202f\u00a0]/g, ' ')).toBe('Relance : 3 factures impayées – 5 210,00 €');
    expect(await page.getByTestId('draft-attachments').textContent()).toMatch(/Facture_ML-2026-0388\.pdf.*Facture_ML-2026-0402\.pdf.*Facture_ML-2026-0415\.pdf/);
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-grouped.png'), fullPage: true });
    await page.getByTestId('draft-action').click();
    await poll(async () => (await pane.named('item.displayReplyAllFormAsync')).length).toBe(1);
    const form = (await pane.named('item.displayReplyAllFormAsync'))[0]!.args[0] as { htmlBody: string; attachments: { name: string }[] };
    expect(form.attachments.map((a) => a.name).sort()).toEqual(['Facture_ML-2026-0388.pdf', 'Facture_ML-2026-0402.pdf', 'Facture_ML-2026-0415.pdf']);
    expect(form.htmlBody).toMatch(/ML-2026-0388[\s\S]*ML-2026-0402[\s\S]*ML-2026-0415/);
    await poll(() => page.getByTestId('notice-success').first().textContent()).toContain('Relance groupée ouverte (3 factures)');
    await poll(() => invoice.locator('[data-field="reminders"]').textContent()).toBe('1');
    // This invoice alone.
    await page.getByTestId('mode-single').click();
    await poll(async () => (await page.getByTestId('draft-subject').textContent()) ?? '').toContain('ML-2026-0415');
    expect(await page.getByTestId('draft-subject').textContent()).not.toContain('0388');
    // The client's card: an escalation contact.
    const card = page.getByTestId('client-card');
    await card.locator('input[name="escalation"]').fill('direction@fournier-renovation.fr');
    await card.getByTestId('client-save').click();
    await poll(() => card.getByTestId('client-notice').textContent()).toBe('Enregistré.');
    // Paid: the thank-you is proposed and opens in a reply, recorded.
    // (The pane redraws after the card is saved: a click on the row being redrawn may land on the old one.)
    await clickUntil(invoice.locator('[data-action="paid"]'), async () => (await invoice.getByTestId('status').textContent()) === 'payée');
    await poll(() => invoice.getByTestId('status').textContent()).toBe('payée');
    await page.getByTestId('thanks-open').click();
    await poll(async () => (await pane.named('item.displayReplyAllFormAsync')).length).toBe(2);
    const thanks = (await pane.named('item.displayReplyAllFormAsync'))[1]!.args[0] as { htmlBody: string };
    expect(thanks.htmlBody).toContain('Nous avons bien reçu votre règlement');
    await page.getByTestId('thanks-sent').waitFor();
    expect(pane.outside).toEqual([]);
    expect(pane.errors).toEqual([]);
    await pane.context.close();
  });
});
