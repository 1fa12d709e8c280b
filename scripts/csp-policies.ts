/**
 * The content-security policy of every page Relance ships, in one place: the Gmail extension's pages (popup,
 * options, and its service worker: the manifest's `content_security_policy.extension_pages`), the Outlook
 * add-in's pages (task pane, function file, about page) and the browser demo (both as a <meta> tag, see
 * vite-csp.ts).
 *
 * Scripts come from the page's own origin only: no inline script, no eval, no remote code. The one exception
 * is the Outlook pages' host code, Office.js, which Office requires from Microsoft's CDN — allowed there and
 * only there, with the MicrosoftAjax.js file Office.js itself loads from Microsoft's other CDN. Requests
 * (fetch, XHR, WebSocket) may go to the page's own origin only; images are the page's own or data:/blob:.
 */
export type Directives = Record<string, readonly string[]>;

/** Office.js, the host's code of every Office add-in (Office requires it from this CDN). */
export const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
/** Loaded by Office.js itself when the host has not loaded it (hard-coded in Office.js). */
export const MICROSOFT_AJAX = 'https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js';

const STRICT: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** Popup, options and the service worker. Chrome allows nothing but the extension's own scripts here anyway. */
export const EXTENSION_PAGES: Directives = { ...STRICT, 'frame-ancestors': ["'none'"] };

/** The browser demo (npm start): the page's own origin only. */
export const DEMO_PAGE: Directives = STRICT;

/**
 * The Outlook pages. Fluent UI and Office.js write <style> elements, hence 'unsafe-inline' for styles (never
 * for scripts); the draft preview is a sandboxed srcdoc frame (it inherits this policy and adds its own).
 */
export const OUTLOOK_PAGES: Directives = {
  ...STRICT,
  'script-src': ["'self'", OFFICE_JS_ORIGIN, MICROSOFT_AJAX],
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'", 'data:'],
  'frame-src': ["'self'"],
  // Office.js may fetch its own resources (locale strings, host scripts) from its CDN.
  'connect-src': ["'self'", OFFICE_JS_ORIGIN],
};

/**
 * A policy as a development server needs it (`npm run dev`, `npm run dev:outlook`): the code, its styles (injected
 * as <style> elements) and its hot-reload socket come from localhost, and Vite's inline preamble is allowed by
 * its hashes. Never in a build.
 */
export function forDevServer(directives: Directives, inlineScriptHashes: readonly string[] = []): Directives {
  const plus = (name: string, ...sources: string[]) => [...new Set([...(directives[name] ?? ["'self'"]), ...sources])];
  return {
    ...directives,
    'script-src': plus('script-src', ...inlineScriptHashes),
    'style-src': plus('style-src', "'unsafe-inline'", 'http://localhost:*'),
    'connect-src': plus('connect-src', 'http://localhost:*', 'ws://localhost:*', 'wss://localhost:*'),
    'img-src': plus('img-src', 'http://localhost:*'),
  };
}

export function serializePolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** A policy read back from its text (the tests read the built outputs with it). */
export function parsePolicy(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = sources;
  }
  return out;
}
