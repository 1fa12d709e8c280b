/** The built add-in: every URL of both manifests is a file the build made, of the right kind. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildOutlookOnce } from './outlook-build';
import { DEV_ORIGIN, allManifestUrls, pngInfo } from '../outlook/manifests';

let out = '';
beforeAll(async () => {
  out = await buildOutlookOnce();
}, 300_000);

describe('npm run build:outlook', () => {
  it('makes a page or an image for every URL of manifest.json and manifest.xml', () => {
    // The XML manifest's AppDomain is the origin itself, not a page.
    const urls = allManifestUrls().filter((u) => new URL(u).pathname !== '/' || (expect(u).toBe(DEV_ORIGIN), false));
    const missing = urls.filter((u) => !existsSync(join(out, new URL(u).pathname)));
    expect(missing).toEqual([]);
    for (const u of urls) {
      const path = new URL(u).pathname;
      const bytes = readFileSync(join(out, path));
      if (path.endsWith('.html')) expect(bytes.toString('utf8')).toMatch(/^<!doctype html>/i);
      else if (path.endsWith('.png')) {
        const size = Number(/icon-(\d+)\.png$/.exec(path)?.[1]);
        if (size) expect(pngInfo(bytes)).toEqual({ width: size, height: size });
      } else throw new Error(`unexpected kind of URL: ${u}`);
    }
    expect(urls.map((u) => new URL(u).pathname)).toEqual(expect.arrayContaining(['/taskpane.html', '/commands.html', '/about.html']));
    expect(new URL(urls[0]!).origin).toBe(DEV_ORIGIN);
  });

  it('the pane and the function file load Office.js from Microsoft’s CDN and their own bundled script', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = readFileSync(join(out, page), 'utf8');
      expect(html).toContain('<script type="text/javascript" src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
      const scripts = [...html.matchAll(/<script type="module" crossorigin src="([^"]+)"/g)].map((m) => m[1]!);
      expect(scripts.length).toBe(1);
      expect(existsSync(join(out, scripts[0]!))).toBe(true);
    }
  });

  it('ships the pdfjs worker and packages the unified manifest for sideloading', () => {
    const workers = readdirSync(join(out, 'static')).filter((f) => /^pdf\.worker\.min-.*\.mjs$/.test(f));
    expect(workers).toHaveLength(1);
    expect(readFileSync(join(out, 'static', workers[0]!), 'utf8').length).toBeGreaterThan(500_000);
    const zip = readFileSync(join(out, 'relance-outlook.zip'));
    for (const name of ['manifest.json', 'assets/color.png', 'assets/outline.png', 'locales/en-us.json']) expect(zip.includes(Buffer.from(name)), name).toBe(true);
    expect(readFileSync(join(out, 'manifest.xml'), 'utf8')).toContain('<Id>9c0cb074-7837-4320-a277-fcaa207149bb</Id>');
  });
});
