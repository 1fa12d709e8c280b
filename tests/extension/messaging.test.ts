import { describe, expect, it } from 'vitest';
import { createClient, createRouter, directTransport, MessageError } from '../../shared/app/messages';

const today = '2026-11-23';

describe('typed messaging between content script, pages and background', () => {
  it('round-trips a request through the router and checks both sides', async () => {
    const seen: unknown[] = [];
    const route = createRouter({
      ping: async () => ({ ok: true as const, today }),
      'rows.lookup': async ({ threadIds }) => {
        seen.push(threadIds);
        return {
          records: { t1: { invoiceId: 'i1', status: 'open' as const, amount: 10, amountPaid: 0, currency: 'EUR', dueDate: '2026-11-01', promisedDate: null } },
          today,
          language: 'fr' as const,
          me: ['x.fr'],
        };
      },
    });
    const send = createClient(directTransport(route));
    expect(await send('ping', {})).toEqual({ ok: true, today });
    const rows = await send('rows.lookup', { threadIds: ['t1', 't2'] });
    expect(rows.records.t1?.status).toBe('open');
    expect(seen).toEqual([['t1', 't2']]);
  });

  it('refuses a malformed request before sending it', async () => {
    let sent = 0;
    const send = createClient(async () => {
      sent++;
      return { ok: true, data: {} };
    });
    await expect(send('invoice.action', { invoiceId: 'i1', action: { type: 'promise', date: '05/12/2026' } } as never)).rejects.toThrow(/invoice\.action: bad request: action\.date/);
    expect(sent).toBe(0);
  });

  it('a handler answering the wrong shape is an error naming the message, not bad data', async () => {
    const route = createRouter({ ping: async () => ({ ok: 'yes' }) as never });
    const send = createClient(directTransport(route));
    await expect(send('ping', {})).rejects.toThrow(/ping: bad response/);
  });

  it('a throwing handler becomes an error reply; unknown and foreign messages are handled', async () => {
    const route = createRouter({ 'invoice.get': async () => { throw new Error('ledger closed'); } });
    const send = createClient(directTransport(route));
    await expect(send('invoice.get', { invoiceId: 'x' })).rejects.toBeInstanceOf(MessageError);
    await expect(send('invoice.get', { invoiceId: 'x' })).rejects.toThrow('invoice.get: ledger closed');
    expect(route({ type: 'inboxsdk-something' })).toBeNull();
    await expect(route({ relance: 1, name: 'nope', payload: {} })).resolves.toEqual({ ok: false, error: 'unknown message "nope"' });
    await expect(send('ping', {})).rejects.toThrow('ping: no handler for "ping"');
  });

  it('no answer at all (background asleep or missing) is a clear error', async () => {
    const send = createClient(async () => undefined);
    await expect(send('ping', {})).rejects.toThrow('ping: no answer');
  });
});
