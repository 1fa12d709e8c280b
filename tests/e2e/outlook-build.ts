/**
 * The Outlook add-in's pages, built once per test run for the e2e files that need them (whichever test
 * process gets there first builds; the others wait for it), into .output/outlook-e2e/<run>/ so a developer's
 * .output/outlook is left alone. Also a static server for the built pages (http on 127.0.0.1).
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** Test files of one `vitest run` share the parent process: its pid names the run. */
const RUN = String(process.ppid);
const RUNS = join(ROOT, '.output', 'outlook-e2e');
/** One folder per run: several runs on one machine (other sessions' full suites) never build over each other. */
export const OUTLOOK_E2E_OUT = join(RUNS, RUN);
const LOCK = `${OUTLOOK_E2E_OUT}.lock`;
const STAMP = join(OUTLOOK_E2E_OUT, '.built');

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Output of runs whose process is gone (and anything else there older than ten minutes). */
function removeFinishedRuns() {
  for (const entry of readdirSync(RUNS)) {
    const path = join(RUNS, entry);
    const run = /^(\d+)(\.lock)?$/.exec(entry);
    const stale = run ? Number(run[1]) !== Number(RUN) && !alive(Number(run[1])) : Date.now() - statSync(path).mtimeMs > 600_000;
    if (stale) rmSync(path, { recursive: true, force: true });
  }
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
  mkdirSync(RUNS, { recursive: true });
  for (let waited = 0; ; waited += 500) {
    if (existsSync(STAMP)) return OUTLOOK_E2E_OUT;
    try {
      mkdirSync(LOCK);
    } catch {
      // Another test file of this run builds.
      if (waited > 300_000) throw new Error('timed out waiting for the Outlook build');
      await sleep(500);
      continue;
    }
    try {
      removeFinishedRuns();
      if (!existsSync(STAMP)) await runBuild();
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
