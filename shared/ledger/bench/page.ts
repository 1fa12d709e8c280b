import { Ledger } from '../ledger';
import { generateLedger } from './generate';

/**
 * The browser side of `npm run bench:ledger`: fills a fresh ledger in this page's IndexedDB (through the
 * same checked restore as a user's backup), then times the two dashboard queries several times. Bundled
 * by run-bench.ts and driven in headless Chromium.
 */
export interface BenchParams {
  invoices: number;
  events: number;
  runs: number;
  today: string;
  /** Pause between the fill and the measures (default 3 s). */
  settleMs?: number;
  /** Also return the queries' answers (the tests compare them with fake-indexeddb's). */
  answers?: boolean;
}

export interface BenchResult {
  invoices: number;
  events: number;
  agedBalanceMs: number;
  dueTodayMs: number;
  fillMs: number;
  openInvoices: number;
  dueToday: number;
  overdue: number;
  samples: { agedBalanceMs: number[]; dueTodayMs: number[] };
  userAgent: string;
  profile: { openRows: number; shards: number; readMs: number; parseMs: number; primaryKeysMs: number; keys: number };
  answers?: { agedBalance: unknown; due: string[]; overdue: string[]; followUps: string[]; backupRows: Record<string, number> };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round1 = (x: number) => Math.round(x * 10) / 10;

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
}

export async function runLedgerBench(p: BenchParams): Promise<BenchResult> {
  const name = `relance-bench-${Date.now()}`;
  let ledger = new Ledger({ name });
  // The generated backup (250,000 rows) is dropped once restored, so it does not weigh on the measures.
  const [report, fillMs] = await timed(() => ledger.restore(generateLedger({ invoices: p.invoices, events: p.events, today: p.today })));
  // Queries run on a database opened afresh, as after a service worker restart, once the storage has
  // settled from the bulk fill (LevelDB compacts 250,000 fresh rows in the background) and after one
  // warm-up run (not counted).
  ledger.close();
  await new Promise((resolve) => setTimeout(resolve, p.settleMs ?? 3000));
  ledger = await new Ledger({ name }).open();
  await ledger.agedBalance(p.today);
  await ledger.dueToday(p.today);
  const counted = { invoices: await ledger.db.invoices.count(), events: await ledger.db.events.count() };
  if (counted.invoices !== report.rows.invoices || counted.events !== report.rows.events) throw new Error('the ledger was not filled');
  const aged: number[] = [];
  const due: number[] = [];
  let last = { open: 0, due: 0, overdue: 0 };
  for (let k = 0; k < p.runs; k++) {
    const [balance, a] = await timed(() => ledger.agedBalance(p.today));
    const [today, d] = await timed(() => ledger.dueToday(p.today));
    aged.push(a);
    due.push(d);
    last = { open: balance.reduce((n, b) => n + b.count, 0), due: today.due.length, overdue: today.overdue.length };
  }
  let answers: BenchResult['answers'];
  if (p.answers) {
    const [balance, today] = [await ledger.agedBalance(p.today), await ledger.dueToday(p.today)];
    const followUps = await ledger.takeDueFollowUps(p.today);
    const again = await ledger.takeDueFollowUps(p.today);
    if (again.length) throw new Error('follow-ups claimed twice');
    const backup = await ledger.exportBackup();
    answers = {
      agedBalance: balance,
      due: today.due.map((d) => `${d.invoice.id} ${d.action.kind} ${d.action.date}`),
      overdue: today.overdue.map((d) => d.invoice.id),
      followUps: followUps.map((f) => f.key),
      backupRows: Object.fromEntries(Object.entries(backup.tables).map(([t, rows]) => [t, rows.length])),
    };
  }
  // Where the time goes: reading the open invoices out of IndexedDB, then checking them with zod.
  const [rows, readMs] = await timed(() => ledger.db.openShards.toArray());
  const [, parseMs] = await timed(async () => rows.map((r) => ledger.readShard(r)));
  const [keys, keysMs] = await timed(() => ledger.db.invoices.where('open').equals(1).primaryKeys());
  await ledger.destroy();
  return {
    invoices: counted.invoices,
    events: counted.events,
    agedBalanceMs: round1(median(aged)),
    dueTodayMs: round1(median(due)),
    fillMs: Math.round(fillMs),
    openInvoices: last.open,
    dueToday: last.due,
    overdue: last.overdue,
    samples: { agedBalanceMs: aged.map(round1), dueTodayMs: due.map(round1) },
    userAgent: navigator.userAgent,
    ...(answers ? { answers } : {}),
    profile: { openRows: rows.reduce((n, r) => n + r.items.length, 0), shards: rows.length, readMs: round1(readMs), parseMs: round1(parseMs), primaryKeysMs: round1(keysMs), keys: keys.length },
  };
}

(globalThis as { runLedgerBench?: typeof runLedgerBench }).runLedgerBench = runLedgerBench;
