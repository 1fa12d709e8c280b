import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Ledger } from '../../shared/ledger';
import type { ScanInput } from '../../shared/ledger';

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
