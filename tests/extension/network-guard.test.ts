import { describe, expect, it } from 'vitest';
import { BlockedRequestError, gmailOnly, guardNetwork } from '../../extension/content/network-guard';

function fakeScope() {
  const opened: string[] = [];
  const fetched: string[] = [];
  class FakeXhr {
    open(_method: string, url: string | URL) {
      opened.push(String(url));
    }
  }
  const scope = {
    XMLHttpRequest: FakeXhr as unknown as typeof XMLHttpRequest,
    fetch: (async (input: RequestInfo | URL) => {
      fetched.push(String(input));
      return new Response('ok');
    }) as typeof fetch,
    location: { href: 'https://mail.google.com/mail/u/0/#inbox' },
  };
  return { scope, opened, fetched };
}

describe('the content script sends nothing anywhere but to the mail provider', () => {
  it('lets Gmail requests through and refuses the others before they leave', async () => {
    const { scope, opened, fetched } = fakeScope();
    const blocked: string[] = [];
    guardNetwork(scope, gmailOnly, (u) => blocked.push(u));
    new scope.XMLHttpRequest().open('GET', '/mail/u/0/?view=att&th=1');
    expect(() => new scope.XMLHttpRequest().open('POST', 'https://api.inboxsdk.com/api/v2/errors')).toThrow(BlockedRequestError);
    await scope.fetch('https://people-pa.clients6.google.com/$rpc/x');
    await expect(scope.fetch('https://tracker.example.com/pixel')).rejects.toThrow(/blocked a request to https:\/\/tracker\.example\.com/);
    await expect(scope.fetch('http://mail.google.com.evil.test/')).rejects.toThrow(BlockedRequestError);
    expect(opened).toEqual(['/mail/u/0/?view=att&th=1']);
    expect(fetched).toEqual(['https://people-pa.clients6.google.com/$rpc/x']);
    expect(blocked).toEqual(['https://api.inboxsdk.com/api/v2/errors', 'https://tracker.example.com/pixel', 'http://mail.google.com.evil.test/']);
  });
});
