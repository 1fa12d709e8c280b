/**
 * `npm run fuzz [-- --runs N] [-- --seed S]`: the fuzz properties with 100,000 cases in all (each its share),
 * printing for each the cases run, the time and any counterexample, with the seed to replay it. Exits 1 when a
 * property fails.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { runsOf } from './properties';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' } } });
  const total = Number(values.runs);
  const seed = values.seed === undefined ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(values.seed);
  process.stdout.write(`fuzz: ${total.toLocaleString('en')} cases, seed ${seed}\n`);
  let failed = 0;
  let cases = 0;
  const started = performance.now();
  for (const [p, numRuns] of runsOf(total)) {
    const t0 = performance.now();
    const details = await fc.check(p.property, { numRuns, seed });
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    cases += details.numRuns;
    if (details.failed) {
      failed++;
      process.stdout.write(`FAIL  ${p.name}: after ${details.numRuns} cases (${seconds} s)\n`);
      process.stdout.write(`      counterexample: ${fc.stringify(details.counterexample)}\n`);
      process.stdout.write(`      error: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}\n`);
      process.stdout.write(`      replay: npm run fuzz -- --seed ${details.seed} (path ${details.counterexamplePath})\n`);
    } else {
      process.stdout.write(`ok    ${p.name}: ${details.numRuns.toLocaleString('en')} cases, ${seconds} s\n`);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`fuzz: ${cases.toLocaleString('en')} cases in ${seconds} s, ${failed} propert${failed === 1 ? 'y' : 'ies'} failed\n`);
  return failed > 0 ? 1 : 0;
}

main().then((code) => (process.exitCode = code));
