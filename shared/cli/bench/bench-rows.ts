/**
 * `npm run bench:rows [-- --json]`: the thread-row check over 10,000 generated row summaries (subject,
 * snippet, sender, date). Each row is timed on its own, over several passes after a warm-up; prints the
 * median time per row in microseconds (goal ≤ 20 µs: a Gmail list draws hundreds of rows at once).
 */
import { checkRow } from '../../core/detect/thread-row';
import { createMeMatcher } from '../../core/detect/me';
import { generateRowSummaries } from './row-summaries';

const ROWS = 10_000;
const PASSES = 5;
const json = process.argv.includes('--json');

const rows = generateRowSummaries(ROWS, 42).map((r) => r.summary);
const isMe = createMeMatcher(['menuiserie-lambert.fr']);

let likely = 0;
for (const row of rows) if (checkRow(row, { isMe }).likely) likely++; // warm-up (JIT, regex compilation)

const times = new Float64Array(ROWS * PASSES);
let k = 0;
for (let pass = 0; pass < PASSES; pass++) {
  for (const row of rows) {
    const t0 = process.hrtime.bigint();
    checkRow(row, { isMe });
    times[k++] = Number(process.hrtime.bigint() - t0) / 1000;
  }
}
times.sort();
const medianUs = Math.round(times[Math.floor(times.length / 2)]! * 100) / 100;
const p95Us = Math.round(times[Math.floor(times.length * 0.95)]! * 100) / 100;

if (json) process.stdout.write(`${JSON.stringify({ rows: ROWS, medianUs })}\n`);
else {
  process.stdout.write(`thread-row check: ${ROWS} rows × ${PASSES} passes, ${likely} likely invoice threads\n`);
  process.stdout.write(`median ${medianUs} µs per row, p95 ${p95Us} µs (goal ≤ 20 µs)\n`);
}
