/**
 * Data safety of the ledger, on a populated ledger (fixtures/populate.ts), comparing every table as stored
 * (the derived openShards included) before and after:
 * - a backup restores exactly, into an empty ledger or over another one;
 * - a write that fails validation is refused with a message naming the table, the row and the field, and
 *   leaves every table unchanged (through the ledger's API and through the service's messages);
 * - a bulk import (CSV import, restore, a scan's batch) that fails at any write, or on any row, leaves no
 *   half-imported state: the injected failure is swept over every write the import makes.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IDBObjectStore } from 'fake-indexeddb';
import { LedgerDataError, type Ledger, type LedgerBackup } from '../../shared/ledger';
import { createRelanceService, memoryStore } from '../../shared/app/relance-service';
import { createClient, createRouter, directTransport } from '../../shared/app/messages';
import { newLedger, receivable } from './helpers';
import { POPULATED_TODAY, populateLedger, rawTables } from './fixtures/populate';

let populated: LedgerBackup;
let populatedTables: Record<string, unknown[]>;

beforeAll(async () => {
  const ledger = newLedger();
  await populateLedger(ledger);
  populated = await ledger.exportBackup();
  populatedTables = await rawTables(ledger);
});

/** A fresh ledger holding the populated data. */
async function seeded(): Promise<Ledger> {
  const ledger = newLedger();
  await ledger.restore(populated);
  return ledger;
}

// ── fault injection at IndexedDB's level: the n-th write request of any object store throws ──────────
type StoreMethod = 'add' | 'put' | 'delete' | 'clear';
const METHODS: StoreMethod[] = ['add', 'put', 'delete', 'clear'];
const proto = IDBObjectStore.prototype as unknown as Record<StoreMethod, (...args: unknown[]) => unknown>;
const originals = Object.fromEntries(METHODS.map((m) => [m, proto[m]])) as Record<StoreMethod, (...args: unknown[]) => unknown>;
let writes = 0;
let failAt = 0;

function injectFailureAt(n: number) {
  writes = 0;
  failAt = n;
  for (const m of METHODS) {
    proto[m] = function (this: unknown, ...args: unknown[]) {
      writes++;
      if (failAt > 0 && writes === failAt) throw new DOMException(`injected failure at write ${writes}`, 'QuotaExceededError');
      return originals[m].apply(this, args);
    };
  }
}
/** Counts the writes of `work` (no failure). */
async function countWrites(work: () => Promise<unknown>): Promise<number> {
  injectFailureAt(0);
  await work();
  const n = writes;
  restoreStores();
  return n;
}
function restoreStores() {
  for (const m of METHODS) proto[m] = originals[m];
  failAt = 0;
}
afterEach(restoreStores);

/** Runs `work` on a seeded ledger failing at each of its writes in turn; each time nothing must have changed. */
async function sweepFailures(name: string, work: (ledger: Ledger) => Promise<unknown>, expected: (ledger: Ledger) => Promise<void>) {
  const probe = await seeded();
  const total = await countWrites(() => work(probe));
  await expected(probe);
  expect(total, `${name} writes something`).toBeGreaterThan(3);
  for (let n = 1; n <= total; n++) {
    const ledger = await seeded();
    const before = await rawTables(ledger);
    injectFailureAt(n);
    const error = await work(ledger).then(
      () => null,
      (e: unknown) => e,
    );
    restoreStores();
    expect(String(error), `${name}, failure at write ${n} of ${total}`).toMatch(/injected failure/);
    expect(await rawTables(ledger), `${name}, failure at write ${n} of ${total}: nothing changed`).toEqual(before);
  }
}

const CSV = [
  'Numéro;Client;E-mail;Montant TTC;Reste à payer;Date;Échéance;Statut;Date de paiement',
  'FA-1001;Garnier Frères;compta@garnier-freres.fr;2 150,40;2 150,40;2026-10-01;2026-10-31;Envoyée;',
  'FA-1002;Garnier Frères;compta@garnier-freres.fr;980,00;480,00;2026-10-03;2026-11-02;Partiellement payée;2026-11-10',
  'FA-1003;Vidal SA;contact@vidal-sa.fr;6 840,00;0,00;2026-09-15;2026-10-15;Payée;2026-11-02',
  'FA-1004;Vidal SA;contact@vidal-sa.fr;1 200,00;;2026-11-02;2026-12-02;Envoyée;',
  'FA-0902;Moulin Hôtel;compta@moulin-hotel.fr;1 500,00;0,00;2026-10-05;2026-11-04;Payée;2026-11-19',
  'DV-77;Vidal SA;contact@vidal-sa.fr;500,00;;2026-11-02;;Devis;',
].join('\r\n');

describe('a backup restores exactly', () => {
  it('into an empty ledger: every table, derived ones included, row for row', async () => {
    const source = newLedger();
    await populateLedger(source);
    const json = await source.exportJson();
    const target = newLedger();
    await target.restore(json);
    expect(await rawTables(target)).toEqual(await rawTables(source));
  });

  it('over another ledger: what was there is gone, the backup is all there is', async () => {
    const target = newLedger();
    await target.upsertFromScan([receivable({ invoiceNumber: 'X-1', messageId: '<x1@x>', debtorEmail: 'z@zeta.fr', debtorName: 'Zeta' })], { source: 'gmail', today: POPULATED_TODAY });
    await target.saveTemplate({ kind: 'formal', language: 'fr', name: 'Autre', subject: 's', body: 'b' });
    await target.restore(populated);
    expect(await rawTables(target)).toEqual(populatedTables);
  });
});

describe('a write that fails validation is refused with a message and changes nothing', () => {
  const cases: [string, (l: Ledger) => Promise<unknown>, RegExp][] = [
    ['an event with an impossible date', (l) => l.record('F2026340@acme.fr', { type: 'promise', on: POPULATED_TODAY, promisedDate: '2026-02-30' }), /Ledger write: events\[".+"\] is invalid: promisedDate: expected a date YYYY-MM-DD/],
    ['a payment that is not a number', (l) => l.record('F2026340@acme.fr', { type: 'payment', on: POPULATED_TODAY, amount: Number.NaN, full: false }), /events\[".+"\] is invalid: amount/],
    ['an event of an unknown type', (l) => l.record('F2026340@acme.fr', { type: 'wire-transfer', on: POPULATED_TODAY } as never), /events\[".+"\] is invalid: type/],
    ['an event on an invoice that does not exist', (l) => l.record('NOPE@nowhere.fr', { type: 'note', on: POPULATED_TODAY, text: 'x' }), /No invoice NOPE@nowhere\.fr/],
    ['a correction to a date that is not one', (l) => l.correctField('F2026340@acme.fr', 'dueDate', '31/12/2026', POPULATED_TODAY), /invoices\["F2026340@acme\.fr"\] is invalid: dueDate: expected a date YYYY-MM-DD/],
    ['a correction to an amount that is not finite', (l) => l.correctField('F2026340@acme.fr', 'amount', Number.POSITIVE_INFINITY, POPULATED_TODAY), /invoices\["F2026340@acme\.fr"\] is invalid: amount: .*Infinity/],
    ['a template without a name', (l) => l.saveTemplate({ kind: 'firm', language: 'fr', name: '', subject: 's', body: 'b' }), /templates\[".+"\] is invalid: name/],
    ['a template of an unknown kind', (l) => l.saveTemplate({ kind: 'threat', language: 'fr', name: 'x', subject: 's', body: 'b' } as never), /templates\[".+"\] is invalid: kind/],
    ['a company profile with an unknown jurisdiction', (l) => l.saveCompanyProfile({ ...(populated.tables.settings.find((s) => (s as { key: string }).key === 'company') as { value: object }).value, jurisdiction: 'XX' } as never), /jurisdiction/],
    ['scheduler settings out of range', (l) => l.saveScheduleSettings({ ...(populated.tables.settings.find((s) => (s as { key: string }).key === 'schedule') as { value: object }).value, firmAfterDays: 0 } as never), /firmAfterDays/],
    [
      'a scan batch whose third invoice is invalid (the first two are not written either)',
      (l) =>
        l.upsertFromScan(
          [
            receivable({ invoiceNumber: 'N-1', messageId: '<n1@x>' }),
            receivable({ invoiceNumber: 'N-2', messageId: '<n2@x>', debtorEmail: 'b@newco.fr', debtorName: 'NewCo' }),
            receivable({ invoiceNumber: 'N-3', messageId: '<n3@x>', currency: 'euros' }),
          ],
          { source: 'gmail', today: POPULATED_TODAY },
        ),
      /invoices\["N3@acme\.fr"\] is invalid: currency: expected an ISO 4217 code/,
    ],
    [
      'a backup whose last event is invalid',
      (l) => {
        const bad = structuredClone(populated);
        (bad.tables.events.at(-1) as Record<string, unknown>).on = 'hier';
        return l.restore(bad);
      },
      /Ledger restore: events\[".+"\] is invalid: on: expected a date YYYY-MM-DD/,
    ],
    ['a backup of an unknown format', (l) => l.restore({ format: 'other', schemaVersion: 2, tables: {} }), /Ledger restore: backup\[null\] is invalid/],
  ];
  for (const [name, write, message] of cases) {
    it(name, async () => {
      const ledger = await seeded();
      const before = await rawTables(ledger);
      const error = await write(ledger).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(message);
      if (!/No invoice/.test(String(error))) expect(error instanceof LedgerDataError || /jurisdiction|firmAfterDays/.test(String(error))).toBe(true);
      expect(await rawTables(ledger)).toEqual(before);
    });
  }

  it('through the service: the message is answered with the reason and the ledger is unchanged', async () => {
    const ledger = await seeded();
    const service = createRelanceService({ ledger, store: memoryStore(), today: () => POPULATED_TODAY, source: 'gmail', defaults: { me: ['atelier-dupont.fr'], language: 'fr' } });
    const send = createClient(directTransport(createRouter(service.handlers)));
    const before = await rawTables(ledger);
    await expect(send('invoice.action', { invoiceId: 'F2026340@acme.fr', action: { type: 'correct', field: 'dueDate', value: 'fin du mois' } })).rejects.toThrow(/dueDate: expected a date YYYY-MM-DD/);
    await expect(send('invoice.action', { invoiceId: 'F2026340@acme.fr', action: { type: 'correct', field: 'amount', value: 'beaucoup' } })).rejects.toThrow(/"beaucoup" is not an amount/);
    await expect(send('ledger.import', { json: '{"format":"relance-ledger-backup","schemaVersion":2,"exportedAt":"x","tables":{"invoices":[{"id":1}],"clients":[],"events":[],"followUps":[],"templates":[],"settings":[]}}' })).rejects.toThrow(/invoices\[1\] is invalid/);
    expect(await rawTables(ledger)).toEqual(before);
  });
});

describe('a bulk import that fails midway leaves no half-imported state', () => {
  it('CSV import: a failure at any of its writes leaves every table as before', async () => {
    await sweepFailures(
      'CSV import',
      (l) => l.importCsv(CSV, { today: POPULATED_TODAY }),
      async (l) => {
        // Without a failure the same import does what it says.
        expect((await l.allInvoices()).map((i) => i.id)).toEqual(expect.arrayContaining(['FA1001@garnier-freres.fr', 'FA1002@garnier-freres.fr', 'FA1003@vidal-sa.fr', 'FA1004@vidal-sa.fr']));
        expect((await l.invoice('FA1003@vidal-sa.fr'))!.state.status).toBe('paid');
        expect((await l.invoice('FA0902@moulin-hotel.fr'))!.state.status).toBe('paid');
      },
    );
  }, 120_000);

  it('CSV import: a row that throws while its payment is recorded undoes the rows before it', async () => {
    const ledger = await seeded();
    const before = await rawTables(ledger);
    const record = ledger.record.bind(ledger);
    let payments = 0;
    ledger.record = async (id, event) => {
      if (event.type === 'payment' && ++payments === 2) throw new Error('the page was closed');
      return record(id, event);
    };
    await expect(ledger.importCsv(CSV, { today: POPULATED_TODAY })).rejects.toThrow('the page was closed');
    expect(payments).toBe(2);
    expect(await rawTables(ledger)).toEqual(before);
  });

  it('restore: a failure at any of its writes leaves the ledger it was replacing', async () => {
    const other = newLedger();
    await other.upsertFromScan([receivable({ invoiceNumber: 'R-9', messageId: '<r9@x>', debtorEmail: 'r@rho.fr', debtorName: 'Rho' })], { source: 'outlook', today: POPULATED_TODAY });
    await other.record('R9@rho.fr', { type: 'note', on: POPULATED_TODAY, text: 'à remplacer' });
    const backup = await other.exportBackup();
    await sweepFailures(
      'restore',
      (l) => l.restore(backup),
      async (l) => expect((await l.allInvoices()).map((i) => i.id)).toEqual(['R9@rho.fr']),
    );
  }, 120_000);

  it("a scan's batch of receivables: a failure at any write stores none of them", async () => {
    const batch = [
      receivable({ invoiceNumber: 'S-1', messageId: '<s1@x>', remindersSent: 2 }),
      receivable({ invoiceNumber: 'S-2', messageId: '<s2@x>', debtorEmail: 'b@sigma.fr', debtorName: 'Sigma', status: 'paid' }),
      receivable({ invoiceNumber: 'F-2026-340', messageId: '<340@atelier-dupont.fr>', amount: 1250, dueDate: '2026-10-31', remindersSent: 2 }),
    ];
    await sweepFailures(
      'scan batch',
      (l) => l.upsertFromScan(batch, { source: 'mbox', today: POPULATED_TODAY }),
      async (l) => expect((await l.invoice('S2@sigma.fr'))!.state.status).toBe('paid'),
    );
  }, 120_000);
});
