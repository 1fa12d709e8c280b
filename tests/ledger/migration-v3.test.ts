import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LEDGER_VERSION, STORES_V2, BACKUP_FORMAT } from '../../shared/ledger';
import { buildShards, openItemOf } from '../../shared/ledger/derive';
import { DEFAULT_SCHEDULE } from '../../shared/core/schedule/settings';
import { expectDerivedConsistent, newLedger } from './helpers';

const NAME = 'relance-ledger';
const stamp = '2026-10-01T08:00:00.000Z';

/** An invoice row exactly as version 2 wrote it: its folded state has no `thankedOn`. */
function v2Invoice(id: string, number: string, clientId: string, email: string, over: Record<string, unknown> = {}) {
  return {
    id,
    number,
    numberKey: number.replace(/-/g, ''),
    clientId,
    debtorEmail: email,
    debtorName: `${clientId} SAS`,
    amount: 1200,
    currency: 'EUR',
    issueDate: '2026-10-01',
    dueDate: '2026-11-10',
    sentOn: '2026-10-01',
    messageIds: [`<${number}@x>`],
    origins: ['gmail'],
    corrected: [],
    detected: {},
    createdAt: stamp,
    updatedAt: stamp,
    state: { status: 'open', paidAmount: 0, balance: 1200, settledOn: null, dispute: null, promisedDate: null, snoozedUntil: null, plan: null, reminders: [{ stage: 'courteous', on: '2026-11-12' }], preDueSentOn: null, remindersTotal: 1 },
    open: 1,
    nextDate: '2026-11-26',
    ...over,
  };
}
const v2Client = (id: string, email: string) => ({ id, name: `${id} SAS`, emails: [email], domain: id, createdAt: stamp, updatedAt: stamp });
const v2Schedule = { firmAfterDays: 14, formalAfterDays: 8, courteousAfterDays: 1, preDueDays: 3, minDaysAfterSending: 7, instalmentGraceDays: 2, instalmentChasesBeforeBroken: 2, holidays: 'FR' };

async function writeV2(factory: IDBFactory, invoices: ReturnType<typeof v2Invoice>[], extra: { clients?: unknown[]; settings?: unknown[] } = {}) {
  const v2 = new Dexie(NAME, { indexedDB: factory, IDBKeyRange });
  v2.version(2).stores(STORES_V2);
  await v2.table('invoices').bulkAdd(invoices);
  await v2.table('clients').bulkAdd(extra.clients ?? [v2Client('acme.fr', 'compta@acme.fr'), v2Client('bolt.fr', 'compta@bolt.fr')]);
  await v2.table('events').add({ id: 'e1', invoiceId: invoices[0]!.id, clientId: invoices[0]!.clientId, type: 'reminder-sent', stage: 'courteous', on: '2026-11-12', at: '2026-11-12T10:00:00.000Z', source: 'user' });
  await v2.table('settings').bulkAdd(extra.settings ?? [{ key: 'schedule', value: v2Schedule }]);
  // The shards as version 2 derived them (same plan: the defaults of version 3 change no date).
  const items = invoices.filter((i) => i.open === 1).map((i) => openItemOf({ ...i, state: { ...i.state, thankedOn: null } } as never, DEFAULT_SCHEDULE)!);
  await v2.table('openShards').bulkAdd(buildShards(items));
  v2.close();
}

describe('migration from version 2 to 3', () => {
  it('keeps every row of a populated version-2 ledger and writes the version-3 fields at their defaults', async () => {
    const factory = new IDBFactory();
    const a = v2Invoice('F1@acme.fr', 'F-1', 'acme.fr', 'compta@acme.fr');
    const b = v2Invoice('F2@bolt.fr', 'F-2', 'bolt.fr', 'compta@bolt.fr', { amount: 800, state: { ...a.state, balance: 800 } });
    await writeV2(factory, [a, b]);

    const ledger = newLedger(factory);
    await ledger.open();
    expect(ledger.db.verno).toBe(LEDGER_VERSION);
    expect(LEDGER_VERSION).toBe(3);
    // Stored rows (not only read ones) carry the new fields.
    expect(await ledger.db.clients.get('acme.fr')).toEqual({ ...v2Client('acme.fr', 'compta@acme.fr'), ladderId: null, contacts: { to: [], escalation: [] }, language: null, detectedLanguage: null });
    expect(((await ledger.db.invoices.get('F1@acme.fr')) as { state: { thankedOn: unknown } }).state.thankedOn).toBeNull();
    const { state, ...rest } = (await ledger.db.invoices.get('F1@acme.fr'))!;
    const { state: oldState, ...oldRest } = a;
    expect(rest).toEqual(oldRest);
    expect(state).toEqual({ ...oldState, thankedOn: null });
    expect((await ledger.db.settings.get('schedule'))!.value).toEqual({ ...v2Schedule, tone: 'auto', chaseDays: [1, 2, 3, 4, 5], chaseHours: { from: 9, to: 18 }, thankYou: true });
    // The events are untouched and the plan is the same: same next date, same due list.
    expect(await ledger.events('F1@acme.fr')).toHaveLength(1);
    expect((await ledger.invoice('F1@acme.fr'))!.nextDate).toBe('2026-11-26');
    expect((await ledger.dueToday('2026-11-26')).due.map((d) => d.invoice.id).sort()).toEqual(['F1@acme.fr', 'F2@bolt.fr']);
    await expectDerivedConsistent(ledger);
    // The new index answers once a client is put on a ladder.
    await ledger.saveLadders([{ id: 'retard', name: 'Retardataires', courteousAfterDays: 1, firmAfterDays: 7, formalAfterDays: 7, preDueDays: 5, tone: 'firmer' }]);
    await ledger.updateClient('acme.fr', { ladderId: 'retard' });
    expect((await ledger.db.clients.where('ladderId').equals('retard').toArray()).map((c) => c.id)).toEqual(['acme.fr']);
    expect((await ledger.invoice('F1@acme.fr'))!.nextDate).toBe('2026-11-19'); // 7 days after the courteous one
    await expectDerivedConsistent(ledger);
  });

  it('stops on a bad version-2 row with a clear error and leaves the database at version 2, untouched', async () => {
    const factory = new IDBFactory();
    const bad = v2Client('bolt.fr', 'compta@bolt.fr');
    (bad as Record<string, unknown>).emails = 'compta@bolt.fr';
    await writeV2(factory, [v2Invoice('F1@acme.fr', 'F-1', 'acme.fr', 'compta@acme.fr')], { clients: [v2Client('acme.fr', 'compta@acme.fr'), bad] });
    const ledger = newLedger(factory);
    const error = await ledger.open().then(
      () => null,
      (e: unknown) => e,
    );
    expect(String(error)).toMatch(/clients\["bolt\.fr"\] is invalid: emails/);
    ledger.close();
    const v2 = new Dexie(NAME, { indexedDB: factory, IDBKeyRange });
    v2.version(2).stores(STORES_V2);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.table('clients').get('bolt.fr')).toEqual(bad);
    expect(await v2.table('clients').get('acme.fr')).toEqual(v2Client('acme.fr', 'compta@acme.fr'));
    v2.close();
  });

  it('a version-2 backup restores into version 3 with the same defaults', async () => {
    const a = v2Invoice('F1@acme.fr', 'F-1', 'acme.fr', 'compta@acme.fr');
    const backup = {
      format: BACKUP_FORMAT,
      schemaVersion: 2,
      exportedAt: stamp,
      tables: { invoices: [a], clients: [v2Client('acme.fr', 'compta@acme.fr')], events: [], followUps: [], templates: [], settings: [{ key: 'schedule', value: v2Schedule }] },
    };
    const ledger = newLedger();
    const report = await ledger.restore(backup);
    expect(report.upgradedFrom).toBe(2);
    expect((await ledger.client('acme.fr'))!.ladderId).toBeNull();
    expect((await ledger.invoice('F1@acme.fr'))!.state.thankedOn).toBeNull();
    expect((await ledger.scheduleSettings()).chaseDays).toEqual([1, 2, 3, 4, 5]);
    const exported = await ledger.exportBackup();
    expect(exported.schemaVersion).toBe(3);
    await expectDerivedConsistent(ledger);
  });
});
