/**
 * Relance sends nothing anywhere: in the content script's world (where Relance and InboxSDK run), requests
 * may go to the user's mail provider only (Gmail: mail.google.com and Google's own services it uses, e.g.
 * attachments and contacts). Anything else — InboxSDK's error and usage reports to its servers included —
 * is refused before it leaves, and told to `onBlocked`. The page's own world (Gmail) is not touched.
 */
export type UrlPolicy = (url: URL) => boolean;

export const gmailOnly: UrlPolicy = (url) =>
  url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:' || (url.protocol === 'https:' && (url.hostname === 'google.com' || url.hostname.endsWith('.google.com')));

export class BlockedRequestError extends Error {
  constructor(readonly url: string) {
    super(`Relance blocked a request to ${url}: only the mail provider is contacted`);
    this.name = 'BlockedRequestError';
  }
}

interface NetworkGlobals {
  XMLHttpRequest: typeof XMLHttpRequest;
  fetch: typeof fetch;
  location?: { href: string };
}

export function guardNetwork(scope: NetworkGlobals, allowed: UrlPolicy, onBlocked: (url: string) => void): void {
  const base = scope.location?.href ?? 'https://mail.google.com/';
  const check = (raw: string | URL) => {
    const url = new URL(String(raw), base);
    if (allowed(url)) return;
    onBlocked(url.href);
    throw new BlockedRequestError(url.href);
  };
  const open = scope.XMLHttpRequest.prototype.open;
  scope.XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    check(url);
    return (open as (...args: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof open;
  const originalFetch = scope.fetch;
  scope.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    try {
      check(typeof input === 'string' || input instanceof URL ? input : input.url);
    } catch (error) {
      return Promise.reject(error);
    }
    return originalFetch.call(scope, input, init);
  }) as typeof fetch;
}
