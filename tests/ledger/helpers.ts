import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Ledger } from '../../shared/ledger';
import type { OpenItemRow, ScanInput } from '../../shared/ledger';
import { buildShards, openItemOf, shardOf } from '../../shared/ledger/derive';
import { expect } from 'vitest';

/** A ledger on its own fake IndexedDB, with a clock that ticks one second per recorded instant. */
export function newLedger(factory: IDBFactory = new IDBFactory(), start = Date.UTC(2026, 10, 20, 9)): Ledger {
  let tick = 0;
  return new Ledger({ indexedDB: factory, IDBKeyRange, now: () => new Date(start + tick++ * 1000) });
}

export function receivable(over: Partial<ScanInput> = {}): ScanInput {
  return {
    messageId: '<inv-340@atelier-dupont.fr>',
    invoiceNumber: 'F-2026-340',
    amount: 1200,
    currency: 'EUR',
    issueDate: '2026-10-01',
    dueDate: '2026-11-10',
    debtorEmail: 'compta@acme.fr',
    debtorName: 'Acme SAS',
    status: 'open',
    promisedDate: null,
    remindersSent: 0,
    ...over,
  };
}

/** The derived dashboard rows are exactly what the invoices give: one per invoice still owed, none else. */
export async function expectDerivedConsistent(ledger: Ledger): Promise<void> {
  const settingsOf = await ledger.settingsResolver();
  const expected: OpenItemRow[] = [];
  for (const i of await ledger.allInvoices()) {
    // Each invoice is planned with its client's ladder.
    const item = openItemOf(i, await settingsOf(i.clientId));
    if (item) expected.push(item);
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  expect((await ledger.openItems()).sort(byId)).toEqual(expected.sort(byId));
  // Each item sits in its client's shard, once; no empty shard is kept.
  const shards = await ledger.db.openShards.toArray();
  expect(shards.every((s) => s.items.length > 0 && s.items.every((i) => shardOf(i.clientId) === s.shard))).toBe(true);
  expect(shards).toEqual(buildShards(expected));
}
