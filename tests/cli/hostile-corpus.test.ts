/**
 * `relance scan` on a folder of hostile mail beside good invoices: the good ones are still reported, each bad
 * file gets one stderr line naming it, and the exit code is non-zero only when a file could not be read at all.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { ReceivableSchema } from '../../shared/core/scan/receivable';
import { GOOD, HOSTILE, ME, TODAY, type HostileFile } from '../fixtures/hostile-corpus';

const root = path.resolve(__dirname, '../..');
const execFileAsync = promisify(execFile);

async function scan(dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'shared/cli/main.ts'), 'scan', dir, '--me', ME, '--today', TODAY, '--json'];
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function folder(files: HostileFile[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'relance-hostile-'));
  for (const f of files) writeFileSync(path.join(dir, f.name), f.bytes());
  return dir;
}

function reported(stdout: string): string[] {
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => ReceivableSchema.strict().parse(JSON.parse(line)).invoiceNumber ?? '');
}

describe('relance scan on hostile mail', () => {
  it('reports every good invoice, names each bad file once on stderr, and exits non-zero for the files it could not read', async () => {
    const files = [...GOOD, ...HOSTILE];
    const { code, stdout, stderr } = await scan(folder(files));
    const numbers = reported(stdout);
    for (const f of files) for (const n of f.invoices ?? []) expect(numbers, f.name).toContain(n);
    const lines = stderr.trim().split('\n');
    for (const f of files) {
      const naming = lines.filter((l) => l.includes(`${path.sep}${f.name}`));
      if (f.outcome === 'read') {
        expect(naming, f.name).toEqual([]);
        continue;
      }
      expect(naming, f.name).toHaveLength(1);
      expect(naming[0], f.name).toMatch(f.outcome === 'refused' ? /^relance: \S+: / : /^relance: warning: \S+: /);
      expect(naming[0], f.name).toMatch(f.says!);
    }
    // Nothing else is said: every line names one of the files.
    expect(lines.filter((l) => !files.some((f) => l.includes(f.name)))).toEqual([]);
    // No entity was expanded, no external entity read.
    expect(stdout).not.toMatch(/lollol|root:/);
    expect(code).toBe(1);
  }, 120_000);

  it('exits 0 when every file was read, even in part: a skipped document is a warning', async () => {
    const partial = HOSTILE.filter((f) => f.name === 'pdf-broken.eml' || f.name === 'megabyte-line.eml' || f.name === 'crlf.mbox');
    const { code, stdout, stderr } = await scan(folder([...GOOD, ...partial]));
    expect(reported(stdout)).toEqual(expect.arrayContaining(['F-2026-101', 'F-2026-102', 'F-2026-113', 'F-2026-107', 'F-2026-109', 'F-2026-110']));
    expect(stderr.trim().split('\n')).toHaveLength(2);
    expect(code).toBe(0);
  }, 60_000);
});
