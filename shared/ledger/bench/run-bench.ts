/**
 * `npm run bench:ledger [-- --json] [--invoices N] [--events N] [--runs N]`: the ledger in real headless
 * Chromium (Debian's /usr/bin/chromium, driven by playwright-core; never a downloaded browser). Bundles
 * page.ts with vite, serves it on 127.0.0.1, fills a ledger of 50,000 invoices and 200,000 events in the
 * page's IndexedDB and prints the median time of the aged balance and of the due-today query
 * (goal: ≤ 150 ms each). The Node side of the bench: the only file of shared/ledger that uses Node APIs.
 */
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import type { BenchParams, BenchResult } from './page';

export { CHROMIUM, CHROMIUM_ARGS } from '../../../scripts/chromium';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../scripts/chromium';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Bundles the bench page into `dir` (one IIFE script). */
export async function bundlePage(dir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: here,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: dir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: { entry: path.join(here, 'page.ts'), formats: ['iife'], name: 'RelanceLedgerBench', fileName: () => 'bench.js' },
    },
  });
  return path.join(dir, 'bench.js');
}

/** Runs the bench page in a fresh headless Chromium profile. */
export async function runInChromium(params: BenchParams): Promise<BenchResult> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM} (apt-get install chromium)`);
  const work = await mkdtemp(path.join(os.tmpdir(), 'relance-ledger-bench-'));
  const server = createServer();
  try {
    const script = await readFile(await bundlePage(path.join(work, 'dist')));
    const html = '<!doctype html><meta charset="utf-8"><title>ledger bench</title><script src="/bench.js"></script>';
    server.on('request', (req, res) => {
      if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      else res.writeHead(200, { 'content-type': 'text/html' }).end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction(() => typeof (globalThis as { runLedgerBench?: unknown }).runLedgerBench === 'function');
      page.setDefaultTimeout(600_000);
      const result = await page.evaluate(
        (p) => (globalThis as unknown as { runLedgerBench: (p: BenchParams) => Promise<BenchResult> }).runLedgerBench(p),
        params,
      );
      if (errors.length) throw new Error(errors.join('\n'));
      return result;
    } finally {
      await context.close();
    }
  } finally {
    server.close();
    await rm(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      invoices: { type: 'string', default: '50000' },
      events: { type: 'string', default: '200000' },
      runs: { type: 'string', default: '9' },
      today: { type: 'string', default: '2026-11-20' },
    },
  });
  const params: BenchParams = { invoices: Number(values.invoices), events: Number(values.events), runs: Number(values.runs), today: values.today! };
  const r = await runInChromium(params);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ invoices: r.invoices, events: r.events, agedBalanceMs: r.agedBalanceMs, dueTodayMs: r.dueTodayMs })}\n`);
    return;
  }
  process.stdout.write(
    [
      `${r.userAgent}`,
      `ledger: ${r.invoices} invoices, ${r.events} events (filled in ${r.fillMs} ms); ${r.openInvoices} open, ${r.overdue} overdue, ${r.dueToday} due on ${params.today}`,
      `machine load average (1 min) at the end: ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
      `aged balance: median ${r.agedBalanceMs} ms over ${params.runs} runs (${r.samples.agedBalanceMs.join(', ')})`,
      `due today:    median ${r.dueTodayMs} ms over ${params.runs} runs (${r.samples.dueTodayMs.join(', ')})`,
      `profile: ${JSON.stringify(r.profile)}`,
      `goal ≤ 150 ms each: ${r.agedBalanceMs <= 150 && r.dueTodayMs <= 150 ? 'met' : 'NOT met'}`,
    ].join('\n') + '\n',
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
