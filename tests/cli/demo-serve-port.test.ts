/** The demo's server never settles on a port browsers refuse to open (a test picking 5060 failed with ERR_UNSAFE_PORT). */
import { describe, expect, it } from 'vitest';
import { serveDemo } from '../../demo/serve';

describe('serveDemo', () => {
  it('skips the ports browsers block (5060 and 5061, SIP) and serves on the next one', async () => {
    const { server, url } = await serveDemo(5060);
    try {
      expect(new URL(url).port).toBe('5062');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
