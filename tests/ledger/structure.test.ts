import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../shared/ledger');
/** The Node side of the benchmark (launches Chromium) is the only file allowed Node APIs. */
const NODE_SIDE = new Set(['bench/run-bench.ts']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : []));
}

describe('the ledger runs in a service worker, a task pane and a web page', () => {
  const sources = files(root).filter((f) => !NODE_SIDE.has(path.relative(root, f).split(path.sep).join('/')));

  it('imports no Node API and no host API', () => {
    expect(sources.length).toBeGreaterThan(10);
    for (const f of sources) {
      const text = readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      expect(text, f).not.toMatch(/from ['"](node:|fs|path|os|crypto|buffer|stream|url|util)['"/]/);
      expect(text, f).not.toMatch(/from ['"](react|@inboxsdk|wxt|office)/);
      expect(text, f).not.toMatch(/\b(document|window|localStorage|chrome|Office)\./);
    }
  });

  it('exports its API from index.ts', () => {
    const index = readFileSync(path.join(root, 'index.ts'), 'utf8');
    for (const name of ['Ledger', 'RelanceDb', 'LedgerDataError', 'localIsoDate', 'DEFAULT_SCHEDULE']) expect(index).toContain(name);
  });
});
