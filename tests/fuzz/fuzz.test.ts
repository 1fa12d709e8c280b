/**
 * The fuzz properties with a few cases each (the regular run stays fast); `npm run fuzz` runs the same
 * properties with 100,000 cases in all. FUZZ_RUNS sets the total here too.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { runsOf } from './properties';

const runs = runsOf(Number(process.env.FUZZ_RUNS ?? 2_000));

describe('fuzz properties', () => {
  for (const [p, numRuns] of runs) {
    it(`${p.name} (${numRuns} cases)`, async () => {
      await fc.assert(p.property, { numRuns });
    }, 120_000);
  }
});
