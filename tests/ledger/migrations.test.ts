/**
 * Every schema version `RelanceDb` declares, read from the database class itself (a version added later is
 * covered without touching this file): a populated database written by each earlier version (the fixture
 * `fixtures/ledger-v<N>.json`, made by `fixtures/snapshot.ts` before version N+1 was added) opens at the
 * current version with nothing lost — every row kept, every field it had still there with the same value,
 * every row valid under today's schemas, the derived tables rebuilt, and the same answers (statuses,
 * balances, histories, outstanding totals) as before. The same file restored as a backup of that version
 * gives the same ledger as the database upgraded in place.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { BACKUP_FORMAT, LEDGER_VERSION, RelanceDb, TABLE_NAMES, TABLE_SCHEMAS } from '../../shared/ledger';
import { expectDerivedConsistent, newLedger } from './helpers';
import { meaningOf, type LedgerMeaning } from './fixtures/meaning';
import { rawTables } from './fixtures/populate';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const NAME = 'relance-ledger';

interface DeclaredVersion {
  version: number;
  stores: Record<string, string | null>;
}

/** The versions and stores RelanceDb declares (Dexie keeps them on the instance, in declaration order). */
function declaredVersions(): DeclaredVersion[] {
  const db = new RelanceDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const versions = (db as unknown as { _versions?: { _cfg: { version: number; storesSource: Record<string, string | null> } }[] })._versions;
  if (!Array.isArray(versions)) throw new Error('Dexie no longer exposes its declared versions as _versions: update declaredVersions()');
  return versions.map((v) => ({ version: v._cfg.version, stores: v._cfg.storesSource })).sort((a, b) => a.version - b.version);
}

interface Fixture {
  schemaVersion: number;
  today: string;
  meaning: LedgerMeaning;
  tables: Record<string, Record<string, unknown>[]>;
}

function fixtureOf(version: number): Fixture {
  const file = join(FIXTURES, `ledger-v${version}.json`);
  if (!existsSync(file)) {
    throw new Error(
      `No fixture for schema version ${version} (${file}). Check out the last commit at version ${version} and run ` +
        '`npx tsx tests/ledger/fixtures/snapshot.ts`, then commit the file it writes.',
    );
  }
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as Fixture;
  expect(fixture.schemaVersion).toBe(version);
  return fixture;
}

/** Writes the fixture's rows with the stores of versions 1..`version` only: the database that version left. */
async function writeAtVersion(factory: IDBFactory, version: number, fixture: Fixture): Promise<void> {
  const old = new Dexie(NAME, { indexedDB: factory, IDBKeyRange });
  for (const v of declaredVersions().filter((d) => d.version <= version)) old.version(v.version).stores(v.stores);
  await old.open();
  expect(old.verno).toBe(version);
  const names = old.tables.map((t) => t.name).sort();
  expect(Object.keys(fixture.tables).sort()).toEqual(names);
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  old.close();
}

const primaryKey = (table: string, row: Record<string, unknown>) => String(row[table === 'settings' || table === 'followUps' ? 'key' : table === 'openShards' ? 'shard' : 'id']);

describe('schema versions of the ledger', () => {
  const declared = declaredVersions();

  it('are declared 1, 2, … up to LEDGER_VERSION, each with its stores', () => {
    expect(declared.map((d) => d.version)).toEqual(Array.from({ length: LEDGER_VERSION }, (_, i) => i + 1));
    for (const d of declared) expect(Object.keys(d.stores).length, `version ${d.version}`).toBeGreaterThan(0);
  });

  for (const { version } of declared.filter((d) => d.version < LEDGER_VERSION)) {
    it(`a populated version-${version} database opens at version ${LEDGER_VERSION} with nothing lost and the same answers`, async () => {
      const fixture = fixtureOf(version);
      const factory = new IDBFactory();
      await writeAtVersion(factory, version, fixture);

      const ledger = newLedger(factory);
      await ledger.open();
      expect(ledger.db.verno).toBe(LEDGER_VERSION);
      const after = await rawTables(ledger);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        if (table === 'openShards') continue; // derived: checked below against the invoices
        expect(after[table], `table ${table} is still there`).toBeDefined();
        const byKey = new Map(after[table]!.map((r) => [primaryKey(table, r as Record<string, unknown>), r]));
        expect([...byKey.keys()].sort(), `${table}: same rows`).toEqual(rows.map((r) => primaryKey(table, r)).sort());
        // Every field a row had keeps its value (a migration may add fields, never drop or change one).
        for (const row of rows) expect(byKey.get(primaryKey(table, row)), `${table}[${primaryKey(table, row)}]`).toMatchObject(row);
      }
      const backup = await ledger.exportBackup();
      for (const t of TABLE_NAMES) for (const row of backup.tables[t]) expect(() => (TABLE_SCHEMAS[t] as { parse(x: unknown): unknown }).parse(row), `${t} row valid`).not.toThrow();
      await expectDerivedConsistent(ledger);
      expect(await meaningOf(ledger, fixture.today)).toEqual(fixture.meaning);
      // The dashboards and the timers answer on the upgraded database.
      await ledger.dueToday(fixture.today);
      await ledger.nextWakeUp(fixture.today);

      // The same rows restored as a backup of that version give the very same ledger.
      const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, fixture.tables[t] ?? []]));
      const restored = newLedger();
      expect((await restored.restore({ format: BACKUP_FORMAT, schemaVersion: version, exportedAt: '2026-11-20T09:00:00.000Z', tables })).upgradedFrom).toBe(version);
      expect(await rawTables(restored)).toEqual(after);
      ledger.close();
    });
  }

  it(`a database at the current version (${LEDGER_VERSION}) opens unchanged`, async () => {
    const file = join(FIXTURES, `ledger-v${LEDGER_VERSION}.json`);
    if (!existsSync(file)) return; // written by snapshot.ts before the next version is added
    const fixture = fixtureOf(LEDGER_VERSION);
    const factory = new IDBFactory();
    await writeAtVersion(factory, LEDGER_VERSION, fixture);
    const ledger = newLedger(factory);
    await ledger.open();
    expect(await rawTables(ledger)).toEqual(fixture.tables);
    expect(await meaningOf(ledger, fixture.today)).toEqual(fixture.meaning);
    await expectDerivedConsistent(ledger);
    ledger.close();
  });
});
