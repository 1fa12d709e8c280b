import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import os from 'node:os';
import { ReceivableSchema } from '../../shared/core/scan/receivable';

const root = path.resolve(__dirname, '../..');
const execFileAsync = promisify(execFile);

async function relance(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'shared/cli/main.ts'), ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const INVOICE = [
  'From: Claire Lambert <claire@menuiserie-lambert.fr>',
  'To: Jean Roux <jean@roux-batiment.fr>',
  'Subject: =?UTF-8?Q?Facture_n=C2=B0_ML-2026-0412?=',
  'Date: Tue, 15 Sep 2026 09:00:00 +0200',
  'Message-ID: <inv-0412@menuiserie-lambert.fr>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: 8bit',
  '',
  'Bonjour,',
  '',
  'Facture n° ML-2026-0412, montant TTC : 4 380,00 €, échéance le 15/10/2026.',
  '',
].join('\r\n');

function mailbox(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'relance-cli-'));
  mkdirSync(path.join(dir, 'inbox'));
  writeFileSync(path.join(dir, 'inbox/01.eml'), INVOICE);
  writeFileSync(path.join(dir, 'inbox/02.eml'), '');
  return dir;
}

describe('relance scan (CLI)', () => {
  it('prints one JSON line per receivable in the contract’s shape', async () => {
    const dir = mailbox();
    const { stdout, stderr, code } = await relance(['scan', path.join(dir, 'inbox/01.eml'), '--me', 'menuiserie-lambert.fr', '--today', '2026-11-23', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const r = ReceivableSchema.strict().parse(JSON.parse(lines[0]!));
    expect(r).toMatchObject({ messageId: '<inv-0412@menuiserie-lambert.fr>', invoiceNumber: 'ML-2026-0412', amount: 4380, dueDate: '2026-10-15', daysOverdue: 39, nextStage: 'courteous' });
  });

  it('names a file it cannot read on stderr, goes on, and exits non-zero', async () => {
    const dir = mailbox();
    const { stdout, stderr, code } = await relance(['scan', dir, '--me', 'menuiserie-lambert.fr', '--today', '2026-11-23', '--json']);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/02\.eml: .*empty/);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it('reports a missing path and a malformed --today clearly', async () => {
    const missing = await relance(['scan', '/nonexistent/box.mbox', '--me', 'x.fr', '--today', '2026-11-23']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/\/nonexistent\/box\.mbox: no such file or folder/);
    const badDate = await relance(['scan', '/tmp', '--me', 'x.fr', '--today', '23/11/2026']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/--today must be a date written YYYY-MM-DD/);
  });

  it('prints a readable table with the aged balance without --json', async () => {
    const dir = mailbox();
    const { stdout } = await relance(['scan', path.join(dir, 'inbox/01.eml'), '--me', 'menuiserie-lambert.fr', '--today', '2026-11-23']);
    expect(stdout).toContain('ML-2026-0412');
    expect(stdout).toContain('4 380,00 EUR');
    expect(stdout).toContain('J+39');
    expect(stdout).toMatch(/Balance âgée[\s\S]*EUR\s+0,00\s+0,00\s+4 380,00/);
  });
});
