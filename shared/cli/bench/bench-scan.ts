/**
 * `npm run bench:scan -- <file.mbox> [--me …] [--today …]`: messages per second of a full scan, and its
 * ratio to a parse-only pass over the same file with the same MIME parser (goal: ≤ 1.5×). Without a file,
 * a 20,000-message mailbox is generated first.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readMailbox } from '../read-mailbox';
import { parseMime } from '../../core/mail/parse-mime';
import { scanPath } from '../scan-command';
import { BENCH_ME, BENCH_TODAY, writeMailbox } from './generate-mbox';

async function parseOnly(file: string): Promise<number> {
  let n = 0;
  for await (const item of readMailbox(file)) {
    if ('raw' in item) {
      await parseMime(item.raw).catch(() => null);
      n++;
    }
  }
  return n;
}

/** What `relance scan` does: read and parse the mailbox, then scan it (the CLI's own code). */
async function fullScan(file: string, me: string[], today: string): Promise<{ receivables: number }> {
  const { receivables } = await scanPath(
    { path: file, me, today, pdf: true },
    {
      onError: (source, error) => process.stderr.write(`${source}: ${error}\n`),
      onWarning: () => undefined,
    },
  );
  return { receivables: receivables.length };
}

/** Wall time and the CPU time of this thread's process (the PDF thread's included), in seconds. */
async function timed<T>(run: () => Promise<T>): Promise<[T, number, number]> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return [value, (performance.now() - start) / 1000, (used.user + used.system) / 1e6];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { me: { type: 'string' }, today: { type: 'string' }, runs: { type: 'string', default: '3' } } });
  let file = positionals[0];
  if (!file) {
    file = path.join(os.tmpdir(), 'relance-bench-20000.mbox');
    if (!existsSync(file)) {
      process.stdout.write(`generating ${file} (20,000 messages)…\n`);
      await writeMailbox(file, 20_000, 1);
    }
  }
  const me = (values.me ?? BENCH_ME).split(',');
  const today = values.today ?? BENCH_TODAY;
  const runs = Number(values.runs);
  const parseTimes: number[] = [];
  const scanTimes: number[] = [];
  const parseCpu: number[] = [];
  const scanCpu: number[] = [];
  let count = 0;
  let receivables = 0;
  for (let i = 0; i < runs; i++) {
    const [n, t1, c1] = await timed(() => parseOnly(file));
    const [scan, t2, c2] = await timed(() => fullScan(file, me, today));
    parseTimes.push(t1);
    scanTimes.push(t2);
    parseCpu.push(c1);
    scanCpu.push(c2);
    count = n;
    receivables = scan.receivables;
  }
  const p = median(parseTimes);
  const s = median(scanTimes);
  process.stdout.write(`${count} messages, ${receivables} receivables (median of ${runs} runs)\n`);
  process.stdout.write(`parse-only: ${(count / p).toFixed(0)} messages/s (${p.toFixed(2)} s)\n`);
  process.stdout.write(`full scan:  ${(count / s).toFixed(0)} messages/s (${s.toFixed(2)} s)\n`);
  process.stdout.write(`ratio full/parse-only: ${(s / p).toFixed(2)}x (goal <= 1.5x)\n`);
  // The scan reads PDFs in a second thread: its CPU time (all threads) says what the scan costs in all.
  process.stdout.write(`CPU time, all threads: parse-only ${median(parseCpu).toFixed(2)} s, full scan ${median(scanCpu).toFixed(2)} s (${(median(scanCpu) / median(parseCpu)).toFixed(2)}x)\n`);
}

await main();
