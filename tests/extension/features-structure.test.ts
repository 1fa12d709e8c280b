import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FEATURES } from '../../extension/features';

const dir = path.resolve(__dirname, '../../extension/features');
const featureFiles = readdirSync(dir).filter((f) => /\.tsx?$/.test(f) && !['feature.ts', 'index.ts'].includes(f));

describe('every feature is wired (one file per feature)', () => {
  it('each feature file is listed in features/index.ts under its file name', () => {
    expect(featureFiles.length).toBeGreaterThanOrEqual(4);
    expect(FEATURES.map((f) => f.name).sort()).toEqual(featureFiles.map((f) => f.replace(/\.tsx?$/, '')).sort());
  });

  it('feature names are unique and features never call InboxSDK directly (only extension/gmail/ does)', () => {
    expect(new Set(FEATURES.map((f) => f.name)).size).toBe(FEATURES.length);
    for (const file of featureFiles) {
      const source = readFileSync(path.join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/@inboxsdk\/core|from '\.\.\/gmail\//);
      expect(source, file).toMatch(/export default defineFeature\(/);
    }
  });

  it('only extension/gmail/ (and the content entrypoint that loads it) import InboxSDK', () => {
    const root = path.resolve(__dirname, '../../extension');
    const offenders: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && /from '@inboxsdk\/core'|import\('@inboxsdk\/core'\)/.test(readFileSync(p, 'utf8'))) offenders.push(path.relative(root, p));
      }
    };
    walk(root);
    expect(offenders.filter((f) => !f.startsWith('gmail/'))).toEqual([]);
  });
});
