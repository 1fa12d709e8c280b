/**
 * The built outputs, read as they ship: every page has a content-security policy (the extension's pages and
 * service worker through the manifest, the Outlook pages and the demo page through their <meta> tag, first in
 * the head), scripts come from the page's own origin only — no inline script, no eval, no remote source but
 * Office.js's CDN on the Outlook pages and nowhere else —, requests go to the page's own origin only; no
 * bundle loads remote code; and the extension's manifest asks for exactly the permissions its code uses.
 * (That the policies are enforced at run time, with no violation, the e2e tests of each UI check.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildDemoOnce, buildExtensionOnce } from './gmail-build';
import { buildOutlookOnce } from './outlook-build';
import { MICROSOFT_AJAX, OFFICE_JS_ORIGIN, parsePolicy } from '../../scripts/csp-policies';

let extension = '';
let demo = '';
let outlook = '';

beforeAll(async () => {
  [extension, demo, outlook] = await Promise.all([buildExtensionOnce(), buildDemoOnce(), buildOutlookOnce()]);
}, 900_000);

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

const REMOTE = /^(https?:|wss?:|\*|\/\/)|^[a-z0-9.-]+\.[a-z]{2,}(\/|$)/i;

/** What every policy must hold, whatever the page. */
function expectStrict(policy: Record<string, string[]>, where: string, allowedScripts: string[] = [], allowedConnect: string[] = []) {
  for (const [name, sources] of Object.entries(policy)) {
    expect(sources, `${where}: ${name} allows eval`).not.toContain("'unsafe-eval'");
    expect(sources, `${where}: ${name} allows any host`).not.toContain('*');
  }
  expect(policy['script-src'], `${where}: script-src`).toEqual(["'self'", ...allowedScripts]);
  expect(policy['default-src'], `${where}: default-src`).toEqual(["'self'"]);
  expect(policy['object-src'], `${where}: object-src`).toEqual(["'none'"]);
  expect(policy['base-uri'], `${where}: base-uri`).toEqual(["'none'"]);
  expect(policy['connect-src'], `${where}: connect-src (requests to its own origin, or the host's code's)`).toEqual(["'self'", ...allowedConnect]);
  // No other directive names a remote source.
  for (const [name, sources] of Object.entries(policy)) {
    if (name !== 'script-src' && name !== 'connect-src') expect(sources.filter((s) => REMOTE.test(s)), `${where}: ${name} names a remote source`).toEqual([]);
  }
}

/** The policy of a built HTML page: its <meta> tag, which must come before any script. */
function pagePolicy(html: string, where: string): Record<string, string[]> {
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/gi)];
  expect(metas, `${where}: one content-security policy`).toHaveLength(1);
  const firstScript = html.search(/<script\b/i);
  if (firstScript >= 0) expect(metas[0]!.index!, `${where}: the policy comes before the first script`).toBeLessThan(firstScript);
  return parsePolicy(metas[0]![1]!);
}

/** Every <script> of a page: src (null for an inline one). */
const scriptsOf = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({ src: /\bsrc="([^"]+)"/.exec(m[1]!)?.[1] ?? null, inline: m[2]!.trim() }));

function expectNoInlineCode(html: string, where: string) {
  expect(scriptsOf(html).filter((s) => s.src === null), `${where}: inline scripts`).toEqual([]);
  expect(html.match(/\son[a-z]+\s*=/gi) ?? [], `${where}: inline event handlers`).toEqual([]);
  expect(html.match(/javascript:/gi) ?? [], `${where}: javascript: URLs`).toEqual([]);
}

describe('content-security policies of the built pages', () => {
  it('the extension: its pages and service worker under the manifest policy, own scripts only, own origin only', () => {
    const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.content_security_policy ?? {})).toEqual(['extension_pages']);
    const policy = parsePolicy(manifest.content_security_policy.extension_pages);
    expectStrict(policy, 'extension_pages');
    expect(policy['style-src']).toEqual(["'self'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    const pages = files(extension, /\.html$/);
    expect(pages.map((p) => relative(extension, p)).sort()).toEqual(['options.html', 'popup.html']);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      expectNoInlineCode(html, relative(extension, page));
      for (const { src } of scriptsOf(html)) {
        expect(src, `${page}: script ${src} is a file of the package`).toMatch(/^\/[^/]/);
        expect(existsSync(join(extension, src!))).toBe(true);
      }
    }
  });

  it('the Outlook pages: Office.js from Microsoft’s CDN and nothing else remote, on each page', () => {
    const pages = files(outlook, /\.html$/).filter((p) => !relative(outlook, p).includes('/'));
    expect(pages.map((p) => relative(outlook, p)).sort()).toEqual(['about.html', 'commands.html', 'taskpane.html']);
    for (const page of pages) {
      const where = relative(outlook, page);
      const html = readFileSync(page, 'utf8');
      const policy = pagePolicy(html, where);
      expectStrict(policy, where, [OFFICE_JS_ORIGIN, MICROSOFT_AJAX], [OFFICE_JS_ORIGIN]);
      expect(policy['script-src'], `${where}: inline scripts`).not.toContain("'unsafe-inline'");
      expectNoInlineCode(html, where);
      for (const { src } of scriptsOf(html)) {
        if (src!.startsWith('https://')) expect(src, `${where}: remote script`).toBe(`${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js`);
        else expect(existsSync(join(outlook, src!)), `${where}: ${src}`).toBe(true);
      }
    }
  });

  it('the browser demo: its own origin only', () => {
    const html = readFileSync(join(demo, 'index.html'), 'utf8');
    const policy = pagePolicy(html, 'demo');
    expectStrict(policy, 'demo');
    expect(policy['style-src']).toEqual(["'self'"]);
    expectNoInlineCode(html, 'demo');
    for (const { src } of scriptsOf(html)) expect(existsSync(join(demo, src!)), `demo: ${src}`).toBe(true);
  });

  it('no bundle loads remote code (no import, importScripts or script element of an http(s) URL)', () => {
    for (const dir of [extension, demo, outlook]) {
      for (const file of files(dir, /\.(m?js)$/)) {
        const code = readFileSync(file, 'utf8');
        expect(code.match(/(?:import\(|importScripts\()\s*["'`]https?:[^"'`]*/g) ?? [], relative(dir, file)).toEqual([]);
        expect(code.match(/\.src\s*=\s*["'`]https?:[^"'`]*/g) ?? [], relative(dir, file)).toEqual([]);
      }
    }
  });
});

/**
 * The extension APIs a permission gates, as the built code calls them. A call found in the code needs its
 * permission in the manifest; a permission in the manifest needs a call in the code.
 */
const GATED: Record<string, RegExp> = {
  alarms: /\.alarms\.(create|get|getAll|clear|clearAll|onAlarm)\b/,
  notifications: /\.notifications\.(create|update|clear|getAll|getPermissionLevel|onClicked|onClosed|onButtonClicked)\b/,
  scripting: /\.scripting\.(executeScript|insertCSS|removeCSS|registerContentScripts|unregisterContentScripts|updateContentScripts|getRegisteredContentScripts)\b/,
  storage: /\.storage\.(local|sync|session|managed|onChanged)\b/,
  unlimitedStorage: /unlimitedStorage/,
  cookies: /\.cookies\.(get|getAll|set|remove|getAllCookieStores|onChanged)\b/,
  downloads: /\.downloads\.(download|search|open|show|erase|cancel)\b/,
  history: /\.history\.(search|getVisits|addUrl|deleteUrl|deleteRange|deleteAll|onVisited)\b/,
  bookmarks: /\.bookmarks\.(getTree|getChildren|create|search|remove|onCreated)\b/,
  webRequest: /\.webRequest\.(onBeforeRequest|onBeforeSendHeaders|onSendHeaders|onHeadersReceived|onCompleted|onErrorOccurred)\b/,
  declarativeNetRequest: /\.declarativeNetRequest\.(updateDynamicRules|updateSessionRules|getDynamicRules|getSessionRules|updateEnabledRulesets)\b/,
  contextMenus: /\.contextMenus\.(create|update|remove|removeAll|onClicked)\b/,
  identity: /\.identity\.(getAuthToken|launchWebAuthFlow|getProfileUserInfo|removeCachedAuthToken)\b/,
  management: /\.management\.(getAll|getSelf|setEnabled|uninstall)\b/,
  offscreen: /\.offscreen\.(createDocument|closeDocument|hasDocument)\b/,
  sidePanel: /\.sidePanel\.(setOptions|open|setPanelBehavior|getOptions)\b/,
  webNavigation: /\.webNavigation\.(onBeforeNavigate|onCommitted|onCompleted|onHistoryStateUpdated|getFrame|getAllFrames)\b/,
  tabGroups: /\.tabGroups\.(get|query|update|move)\b/,
  idle: /\.idle\.(queryState|setDetectionInterval|onStateChanged)\b/,
  topSites: /\.topSites\.get\b/,
  debugger: /\.debugger\.(attach|detach|sendCommand)\b/,
  proxy: /\.proxy\.settings\b/,
  clipboardRead: /clipboard\.read(Text)?\(/,
};

describe('the extension asks exactly for the permissions its code uses', () => {
  it('API permissions: each one used by the built code, none used without being asked', () => {
    const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8'));
    const code = files(extension, /\.(m?js)$/).map((f) => readFileSync(f, 'utf8')).join('\n');
    const used = Object.entries(GATED)
      .filter(([, pattern]) => pattern.test(code))
      .map(([name]) => name)
      .sort();
    expect(used).toEqual(['alarms', 'notifications', 'scripting', 'storage']);
    expect([...manifest.permissions].sort()).toEqual(used);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('host permissions: Gmail only, where the content script runs and its resources are reachable', () => {
    const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toEqual(['https://mail.google.com/']);
    const origins = (patterns: string[]) => [...new Set(patterns.map((p) => new URL(p.replace('*', 'x')).origin + '/'))];
    expect(origins(manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches))).toEqual(manifest.host_permissions);
    expect(origins(manifest.web_accessible_resources.flatMap((w: { matches: string[] }) => w.matches))).toEqual(manifest.host_permissions);
    // The page-world script the scripting permission injects is a file of the package.
    expect(existsSync(join(extension, 'pageWorld.js'))).toBe(true);
  });
});
