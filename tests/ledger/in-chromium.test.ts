import { describe, expect, it } from 'vitest';
import { runInChromium } from '../../shared/ledger/bench/run-bench';
import { generateLedger } from '../../shared/ledger/bench/generate';
import { newLedger } from './helpers';

/**
 * The ledger in real headless Chromium (Debian's /usr/bin/chromium; .ci/run installs it): the same
 * generated ledger gives the same answers in the browser's IndexedDB as in fake-indexeddb.
 */
describe('the ledger in headless Chromium', () => {
  it('fills, queries, claims follow-ups and backs up as in Node', async () => {
    const params = { invoices: 3000, events: 12000, runs: 3, today: '2026-11-20', answers: true, settleMs: 0 };
    const browser = await runInChromium(params);
    expect(browser).toMatchObject({ invoices: 3000, events: 12000 });
    expect(browser.userAgent).toMatch(/HeadlessChrome/);

    const node = newLedger();
    await node.restore(generateLedger(params));
    const today = await node.dueToday(params.today);
    expect(browser.answers!.agedBalance).toEqual(await node.agedBalance(params.today));
    expect(browser.answers!.due).toEqual(today.due.map((d) => `${d.invoice.id} ${d.action.kind} ${d.action.date}`));
    expect(browser.answers!.overdue).toEqual(today.overdue.map((d) => d.invoice.id));
    expect(browser.answers!.followUps).toEqual((await node.takeDueFollowUps(params.today)).map((f) => f.key));
    expect(browser.answers!.due.length).toBeGreaterThan(10);
    expect(browser.answers!.backupRows).toMatchObject({ invoices: 3000, events: 12000, followUps: browser.answers!.followUps.length });
    expect(browser.agedBalanceMs).toBeGreaterThan(0);
  }, 180_000);
});
