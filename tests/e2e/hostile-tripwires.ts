/**
 * Watching a page for anything a hostile payload would do (tests/fixtures/hostile-mail.ts): installed before
 * the page's own scripts, in every frame, it notes the payloads' flag being set, any alert/confirm/prompt and
 * every content-security-policy violation (an injection the policy stopped is still an injection); the page's
 * dialogs, errors and requests outside its own origin are noted from the outside. `expectNothingRan` then
 * checks all of them, and that no element the payloads would create (inline script, event-handler attribute,
 * javascript: URL, image from evil.example) exists in the document.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { PWNED } from '../fixtures/hostile-mail';

/** Runs in the page (page.addInitScript): must not use anything from this module's scope. */
export function installTripwires(flag: string): void {
  const w = window as unknown as Record<string, unknown> & { __tripped: string[] };
  w.__tripped = [];
  let value: unknown;
  Object.defineProperty(window, flag, {
    configurable: true,
    get: () => value,
    set: (v: unknown) => {
      value = v;
      w.__tripped.push(`${flag} = ${String(v)}`);
    },
  });
  for (const name of ['alert', 'confirm', 'prompt']) w[name] = (message: unknown) => void w.__tripped.push(`${name}(${String(message)})`);
  document.addEventListener('securitypolicyviolation', (e) => w.__tripped.push(`policy violation: ${e.violatedDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`), true);
}

export interface Watched {
  page: Page;
  foreign: string[];
  dialogs: string[];
  errors: string[];
}

/** Watches a page from the outside; requests outside `ownOrigin` (and the `allowed` ones) are noted and refused. */
export async function watch(page: Page, ownOrigin: string, allowed: (url: string) => boolean = () => false): Promise<Watched> {
  const watched: Watched = { page, foreign: [], dialogs: [], errors: [] };
  page.on('dialog', (d) => {
    watched.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (e) => watched.errors.push(e.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(ownOrigin) || /^(data|blob|chrome-extension|about):/.test(url) || allowed(url)) return route.fallback();
    watched.foreign.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(ownOrigin) && !/^(data|blob|chrome-extension|about):/.test(url) && !allowed(url) && !watched.foreign.includes(url)) watched.foreign.push(url);
  });
  await page.addInitScript(installTripwires, PWNED);
  return watched;
}

const PAYLOAD_ELEMENTS = 'script:not([src]), [onerror], [onload], [onmouseover], [onclick], a[href^="javascript:" i], iframe[src^="javascript:" i], img[src*="evil.example"], img[src="x"]';

export async function expectNothingRan(w: Watched, where: string): Promise<void> {
  const installed = await w.page.evaluate(() => Array.isArray((window as unknown as { __tripped?: string[] }).__tripped));
  expect(installed, `${where}: the tripwires are installed in the page`).toBe(true);
  for (const frame of w.page.frames()) {
    // A frame where no script may run (a sandboxed preview) has none installed, and nothing can run there.
    const tripped = await frame.evaluate(() => (window as unknown as { __tripped?: string[] }).__tripped ?? []).catch(() => [] as string[]);
    expect(tripped, `${where}: what the payloads did in ${frame.url() || 'a frame'}`).toEqual([]);
    const flag = await frame.evaluate((name) => (window as unknown as Record<string, unknown>)[name] ?? null, PWNED).catch(() => null);
    expect(flag, `${where}: window.${PWNED}`).toBeNull();
    const elements = await frame.evaluate((selector) => [...document.querySelectorAll(selector)].map((e) => e.outerHTML.slice(0, 160)), PAYLOAD_ELEMENTS).catch(() => [] as string[]);
    expect(elements, `${where}: elements made of the payloads in ${frame.url() || 'a frame'}`).toEqual([]);
  }
  expect(w.dialogs, `${where}: dialogs`).toEqual([]);
  expect(w.foreign, `${where}: requests outside the page's origin`).toEqual([]);
  expect(w.errors, `${where}: page errors`).toEqual([]);
}

/** The page's policy is enforced: markup forced into the document (as an injection would) runs nothing. */
export async function expectPolicyStopsInjection(w: Watched): Promise<void> {
  await w.page.evaluate(() => {
    const probe = document.createElement('div');
    probe.id = 'relance-policy-probe';
    probe.innerHTML = '<img src="data:," onerror="window.__policyProbe = 1">';
    document.body.append(probe);
    const script = document.createElement('script');
    script.textContent = 'window.__policyProbe = 2';
    document.body.append(script);
  });
  await w.page.waitForTimeout(300);
  const result = await w.page.evaluate(() => {
    const state = { ran: (window as unknown as { __policyProbe?: number }).__policyProbe ?? null, violations: (window as unknown as { __tripped: string[] }).__tripped.splice(0) };
    document.getElementById('relance-policy-probe')?.remove();
    for (const s of document.querySelectorAll('script:not([src])')) s.remove();
    return state;
  });
  expect(result.ran).toBeNull();
  expect(result.violations.some((v) => v.includes('script-src'))).toBe(true);
}
