import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LEDGER_VERSION, LedgerDataError, STORES_V1, type InvoiceRowV1 } from '../../shared/ledger';
import { expectDerivedConsistent, newLedger, receivable } from './helpers';

const NAME = 'relance-ledger';

function v1Invoice(over: Partial<InvoiceRowV1> = {}): InvoiceRowV1 {
  return {
    id: 'F2026340@acme.fr',
    number: 'F-2026-340',
    numberKey: 'F2026340',
    clientId: 'acme.fr',
    debtorEmail: 'compta@acme.fr',
    debtorName: 'Acme SAS',
    amount: 1200,
    currency: 'EUR',
    issueDate: '2026-10-01',
    dueDate: '2026-11-10',
    sentOn: '2026-10-01',
    messageIds: ['<340@x>'],
    origins: ['gmail'],
    corrected: [],
    detected: {},
    createdAt: '2026-10-01T08:00:00.000Z',
    updatedAt: '2026-10-01T08:00:00.000Z',
    ...over,
  };
}
const ev = (id: string, invoiceId: string, over: Record<string, unknown>) => ({ id, invoiceId, clientId: 'acme.fr', at: `2026-11-${id.padStart(2, '0')}T10:00:00.000Z`, source: 'user', ...over });

async function writeV1(factory: IDBFactory, invoices: unknown[], events: unknown[]): Promise<void> {
  const v1 = new Dexie(NAME, { indexedDB: factory, IDBKeyRange });
  v1.version(1).stores(STORES_V1);
  await v1.table('invoices').bulkAdd(invoices);
  await v1.table('events').bulkAdd(events);
  await v1.table('clients').add({ id: 'acme.fr', name: 'Acme SAS', emails: ['compta@acme.fr'], domain: 'acme.fr', createdAt: '2026-10-01T08:00:00.000Z', updatedAt: '2026-10-01T08:00:00.000Z' });
  await v1.table('templates').add({ id: 't1', kind: 'courteous', language: 'fr', name: 'Douce', subject: 'Facture {{number}}', body: 'Bonjour', updatedAt: '2026-10-01T08:00:00.000Z' });
  await v1.table('settings').add({ key: 'schedule', value: { firmAfterDays: 10, formalAfterDays: 8, courteousAfterDays: 1, preDueDays: 0, minDaysAfterSending: 7, instalmentGraceDays: 2, instalmentChasesBeforeBroken: 2, holidays: 'FR' } });
  v1.close();
}

describe('migration from version 1 to 2', () => {
  it('keeps every row written by version 1 and adds the folded state and its indexes', async () => {
    const factory = new IDBFactory();
    const paid = v1Invoice({ id: 'F2026300@acme.fr', number: 'F-2026-300', numberKey: 'F2026300', dueDate: '2026-10-15', messageIds: ['<300@x>'] });
    const noDue = v1Invoice({ id: 'F2026350@acme.fr', number: 'F-2026-350', numberKey: 'F2026350', dueDate: null, messageIds: [] });
    const events = [
      ev('1', 'F2026340@acme.fr', { type: 'reminder-sent', stage: 'courteous', on: '2026-11-12' }),
      ev('2', 'F2026340@acme.fr', { type: 'payment', on: '2026-11-13', amount: 200, full: false }),
      ev('3', 'F2026300@acme.fr', { type: 'payment', on: '2026-11-02', amount: 1200, full: true }),
    ];
    await writeV1(factory, [v1Invoice(), paid, noDue], events);

    const ledger = newLedger(factory);
    await ledger.open();
    expect(ledger.db.verno).toBe(LEDGER_VERSION); // through version 2, up to the current one
    const inv = (await ledger.invoice('F2026340@acme.fr'))!;
    const { state, open, nextDate, ...v1Fields } = inv;
    expect(v1Fields).toEqual(v1Invoice());
    expect(state).toMatchObject({ status: 'open', paidAmount: 200, balance: 1000, reminders: [{ stage: 'courteous', on: '2026-11-12' }] });
    expect(open).toBe(1);
    expect(nextDate).toBe('2026-11-23'); // firm 10 days after (the v1 settings), 22 November is a Sunday
    expect((await ledger.invoice('F2026300@acme.fr'))!).toMatchObject({ state: { status: 'paid', settledOn: '2026-11-02' } });
    expect((await ledger.invoice('F2026300@acme.fr'))!.open).toBeUndefined();
    expect((await ledger.invoice('F2026350@acme.fr'))!.nextDate).toBeUndefined();
    // The other tables are as version 1 wrote them.
    expect(await ledger.events('F2026340@acme.fr')).toEqual(events.slice(0, 2));
    expect(await ledger.templates('courteous')).toHaveLength(1);
    expect((await ledger.scheduleSettings()).firmAfterDays).toBe(10);
    // The new indexes answer.
    expect((await ledger.invoiceByMessageId('<340@x>'))!.id).toBe('F2026340@acme.fr');
    expect((await ledger.dueToday('2026-11-23')).due.map((d) => d.invoice.id)).toEqual(['F2026340@acme.fr']);
    // Payments of the last 30 days through the new [type+on] index of events.
    expect((await ledger.totals('2026-11-23'))[0]).toMatchObject({ currency: 'EUR', collected30: 1400, outstanding: 1000 + 1200 });
    // The new derived table is filled: one row per invoice still owed.
    expect((await ledger.openItems()).map((i) => i.id).sort()).toEqual(['F2026340@acme.fr', 'F2026350@acme.fr']);
    await expectDerivedConsistent(ledger);
  });

  it('stops on a bad version-1 row with a clear error and leaves the database at version 1, untouched', async () => {
    const factory = new IDBFactory();
    const bad = { ...v1Invoice({ id: 'BAD@acme.fr' }), amount: '1 200,00' };
    await writeV1(factory, [v1Invoice(), bad], []);
    const ledger = newLedger(factory);
    const error = await ledger.open().then(
      () => null,
      (e: unknown) => e,
    );
    expect(String(error)).toMatch(/invoices\["BAD@acme\.fr"\] is invalid: amount/);
    ledger.close();
    const v1 = new Dexie(NAME, { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores(STORES_V1);
    await v1.open();
    expect(v1.verno).toBe(1);
    expect(await v1.table('invoices').get('BAD@acme.fr')).toEqual(bad);
    expect(await v1.table('invoices').count()).toBe(2);
    v1.close();
  });
});

describe('rows are checked on write and on read', () => {
  it('refuses a bad event before writing anything', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable()], { source: 'gmail', today: '2026-11-20' });
    const before = await ledger.exportBackup();
    await expect(ledger.record('F2026340@acme.fr', { type: 'promise', on: '2026-11-20', promisedDate: '2026-02-30' })).rejects.toThrow(LedgerDataError);
    await expect(ledger.record('F2026340@acme.fr', { type: 'payment', on: '2026-11-20', amount: Number.NaN, full: false })).rejects.toThrow(/amount/);
    await expect(ledger.record('F2026340@acme.fr', { type: 'snoozed', on: '20/11/2026', until: '2026-12-01' })).rejects.toThrow(/events\[.*\] is invalid: on: expected a date YYYY-MM-DD/);
    expect((await ledger.exportBackup()).tables).toEqual(before.tables);
  });

  it('refuses bad settings and a bad company profile', async () => {
    const ledger = newLedger();
    await expect(ledger.saveScheduleSettings({ firmAfterDays: 0 } as never)).rejects.toThrow();
    await expect(ledger.saveCompanyProfile({ companyName: 'X' } as never)).rejects.toThrow();
    expect(await ledger.companyProfile()).toBeNull();
  });

  it('reports a row damaged in the database (table, key, field) and leaves it there', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable()], { source: 'gmail', today: '2026-11-20' });
    const raw = await ledger.db.invoices.get('F2026340@acme.fr');
    await ledger.db.invoices.put({ ...raw!, dueDate: '10/11/2026' });
    const error = await ledger.invoice('F2026340@acme.fr').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LedgerDataError);
    expect(error).toMatchObject({ table: 'invoices', key: 'F2026340@acme.fr', when: 'read' });
    expect(String(error)).toMatch(/dueDate: expected a date YYYY-MM-DD/);
    expect((await ledger.db.invoices.get('F2026340@acme.fr'))!.dueDate).toBe('10/11/2026');
    // A write through the ledger does not happen on top of it either.
    await expect(ledger.record('F2026340@acme.fr', { type: 'note', on: '2026-11-20', text: 'x' })).rejects.toThrow(LedgerDataError);
    expect(await ledger.db.events.count()).toBe(1);
  });
});
