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
import type { MailMessage } from '../../core/mail/model';
import { scanMessages } from '../../core/scan/scan-mailbox';
import { createPdfjsReader } from '../../pdf/pdfjs-reader';
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

async function fullScan(file: string, me: string[], today: string): Promise<{ messages: number; receivables: number }> {
  const messages: MailMessage[] = [];
  for await (const item of readMailbox(file)) {
    if ('raw' in item) {
      const m = await parseMime(item.raw).catch(() => null);
      if (m) messages.push(m);
    }
  }
  const receivables = await scanMessages(messages, { me, today, pdfReader: createPdfjsReader() });
  return { messages: messages.length, receivables: receivables.length };
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, (performance.now() - start) / 1000];
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
  let count = 0;
  let receivables = 0;
  for (let i = 0; i < runs; i++) {
    const [n, t1] = await timed(() => parseOnly(file));
    const [scan, t2] = await timed(() => fullScan(file, me, today));
    parseTimes.push(t1);
    scanTimes.push(t2);
    count = n;
    receivables = scan.receivables;
  }
  const p = median(parseTimes);
  const s = median(scanTimes);
  process.stdout.write(`${count} messages, ${receivables} receivables\n`);
  process.stdout.write(`parse-only: ${(count / p).toFixed(0)} messages/s (${p.toFixed(2)} s)\n`);
  process.stdout.write(`full scan:  ${(count / s).toFixed(0)} messages/s (${s.toFixed(2)} s)\n`);
  process.stdout.write(`ratio full/parse-only: ${(s / p).toFixed(2)}x (goal <= 1.5x)\n`);
}

await main();
