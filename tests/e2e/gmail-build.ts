/**
 * The Chrome extension (.output/chrome-mv3) and the browser demo (.output/demo), built once per test run for
 * the e2e files that need them (whichever test process gets there first builds; the others wait), and the
 * Chromium launch used by these tests: Debian's /usr/bin/chromium driven by playwright-core, never a
 * downloaded browser, each test with a fresh profile.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const DEMO_DIR = join(ROOT, '.output', 'demo');
export const ARTIFACTS = join(ROOT, 'test-results', 'e2e');
export { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium';
const RUN = String(process.ppid);


const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function once(name: string, build: () => Promise<void>): Promise<void> {
  mkdirSync(join(ROOT, '.output'), { recursive: true });
  const lock = join(ROOT, '.output', `.${name}-e2e.lock`);
  const stamp = join(ROOT, '.output', `.${name}-e2e.built-for`);
  for (let waited = 0; ; waited += 500) {
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === RUN) return;
    try {
      mkdirSync(lock);
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) rmSync(lock, { recursive: true, force: true });
      if (waited > 400_000) throw new Error(`timed out waiting for the ${name} build`);
      await sleep(500);
      continue;
    }
    try {
      if (!(existsSync(stamp) && readFileSync(stamp, 'utf8') === RUN)) {
        await build();
        writeFileSync(stamp, RUN);
      }
      return;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

const run = (args: string[]) =>
  promisify(execFile)(process.execPath, args, { cwd: ROOT, timeout: 400_000, maxBuffer: 32 * 1024 * 1024 }).then(() => undefined);

export function buildExtensionOnce(): Promise<string> {
  return once('extension', () => run([join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'])).then(() => EXTENSION_DIR);
}

export function buildDemoOnce(): Promise<string> {
  return once('demo', () => run([join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'demo/serve.ts'), '--build-only'])).then(() => DEMO_DIR);
}

export function freshProfile(): string {
  return mkdtempSync(join(tmpdir(), 'relance-e2e-'));
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: false, args: CHROMIUM_ARGS });
}

/** Chromium with the built extension loaded (a persistent context: extensions need one). */
export async function launchWithExtension(dir: string): Promise<{ context: BrowserContext; profile: string }> {
  const profile = freshProfile();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    viewport: { width: 1280, height: 900 },
  });
  return { context, profile };
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
