import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslate } from '../../shared/app/i18n';

const root = path.resolve(__dirname, '../../extension');
const app = path.resolve(__dirname, '../../shared/app');
const catalog = (lang: string) => JSON.parse(readFileSync(path.join(app, `locales/${lang}.json`), 'utf8')) as Record<string, { message: string }>;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

describe('UI strings (_locales fr and en)', () => {
  it('message names are valid for chrome.i18n (else Chrome refuses to load the extension) and both languages have the same', () => {
    const fr = catalog('fr');
    const en = catalog('en');
    for (const key of Object.keys(fr)) expect(key, key).toMatch(/^[A-Za-z0-9_@]+$/);
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const [key, { message }] of Object.entries(en)) expect(message.trim(), key).not.toBe('');
  });

  it('every literal key the extension asks for exists', () => {
    const fr = catalog('fr');
    const used = new Set<string>();
    for (const file of [...sources(root), ...sources(app)]) for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_-]+)'/g)) used.add(m[1]!.replace(/-/g, '_'));
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => !(k in fr))).toEqual([]);
  });

  it('translates with substitutions and accepts names written with dashes', () => {
    expect(createTranslate('fr')('missingMentions', 'date')).toBe('Mentions manquantes : date');
    expect(createTranslate('en')('stage_pre-due')).toBe('before due date');
    expect(createTranslate('en')('outcome_no-answer')).toBe('no answer');
  });
});
