/**
 * The scan of ../shared/samples/mailbox, scored by ../shared/eval/score.mjs: the goal of issue 2 is
 * F1 ≥ 0.97 and every field ≥ 0.95. Runs the real CLI from source, as users and other tools do.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import os from 'node:os';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');
const samples = path.resolve(root, '../shared/samples/mailbox');
const scorer = path.resolve(root, '../shared/eval/score.mjs');
const here = existsSync(path.join(samples, 'all.mbox')) && existsSync(scorer);

describe.runIf(here)('scan of the sample mailbox', () => {
  it('reaches F1 ≥ 0.97 and every field ≥ 0.95', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        path.join(root, 'node_modules/tsx/dist/cli.mjs'),
        path.join(root, 'shared/cli/main.ts'),
        'scan',
        path.join(samples, 'all.mbox'),
        '--me',
        'atelier-dupont.fr,james.carter@brightwater.co.uk,accounts@brightwater.co.uk',
        '--today',
        '2026-11-20',
        '--json',
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    const predictions = path.join(mkdtempSync(path.join(os.tmpdir(), 'relance-score-')), 'preds.jsonl');
    writeFileSync(predictions, stdout);
    const { stdout: report } = await run(process.execPath, [scorer, samples, predictions]);
    const trimmed = report.trim();
    const last = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
    const json = JSON.parse(trimmed.slice(0, trimmed.lastIndexOf('\n')));
    expect(last).toMatch(/^F1 /);
    expect(json.detection.f1).toBeGreaterThanOrEqual(0.97);
    const fields = json.fields as Record<string, { accuracy: number; informational?: boolean }>;
    for (const [field, { accuracy, informational }] of Object.entries(fields)) {
      if (!informational) expect.soft(accuracy, field).toBeGreaterThanOrEqual(0.95);
    }
  }, 120_000);
});
