/**
 * The Outlook add-in's pages, built once per test run for the e2e files that need them (whichever test
 * process gets there first builds; the others wait for it), into .output/outlook-e2e so a developer's
 * .output/outlook is left alone. Also a static server for the built pages (http on 127.0.0.1).
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const OUTLOOK_E2E_OUT = join(ROOT, '.output', 'outlook-e2e');
const LOCK = join(ROOT, '.output', '.outlook-e2e.lock');
const STAMP = join(OUTLOOK_E2E_OUT, '.built-for');

/** Test files of one `vitest run` share the parent process: its pid names the run. */
const RUN = String(process.ppid);

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

async function runBuild(): Promise<void> {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  await promisify(execFile)(process.execPath, [vite, 'build', '--config', 'vite.outlook.config.ts', '--outDir', OUTLOOK_E2E_OUT, '--logLevel', 'warn'], {
    cwd: ROOT,
    timeout: 240_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  writeFileSync(STAMP, RUN);
}

/** Builds the add-in's pages unless this run already did; returns the output folder. */
export async function buildOutlookOnce(): Promise<string> {
  mkdirSync(join(ROOT, '.output'), { recursive: true });
  for (let waited = 0; ; waited += 500) {
    if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === RUN) return OUTLOOK_E2E_OUT;
    try {
      mkdirSync(LOCK);
    } catch {
      // Another test process builds; a lock older than 5 minutes was left by a run that died.
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true });
      if (waited > 300_000) throw new Error('timed out waiting for the Outlook build');
      await sleep(500);
      continue;
    }
    try {
      if (!(existsSync(STAMP) && readFileSync(STAMP, 'utf8') === RUN)) await runBuild();
      return OUTLOOK_E2E_OUT;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Serves a folder over http on 127.0.0.1 (a free port); resolves with its origin and a close function. */
export async function serveFolder(dir: string): Promise<{ origin: string; close(): Promise<void>; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, server, close: () => new Promise((r) => server.close(() => r())) };
}
