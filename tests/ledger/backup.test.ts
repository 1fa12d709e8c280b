import { describe, expect, it } from 'vitest';
import { LedgerDataError, TABLE_NAMES } from '../../shared/ledger';
import { generateLedger } from '../../shared/ledger/bench/generate';
import { newLedger, receivable } from './helpers';

const sortById = (rows: unknown[]) =>
  [...rows].sort((a, b) => {
    const ka = String((a as { id?: string; key?: string }).id ?? (a as { key: string }).key);
    const kb = String((b as { id?: string; key?: string }).id ?? (b as { key: string }).key);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });

describe('JSON backup and restore', () => {
  it('round-trips a large ledger losslessly (5,000 invoices, 20,000 events) through JSON text', async () => {
    const generated = generateLedger({ invoices: 5000, events: 20000, today: '2026-11-20' });
    expect(generated.tables.events).toHaveLength(20000);
    const a = newLedger();
    const report = await a.restore(generated);
    expect(report.rows).toMatchObject({ invoices: 5000, events: 20000, clients: 200 });
    await a.saveCompanyProfile({ companyName: 'Atelier', address: 'Lyon', email: 'a@b.fr', phone: '', siren: '', iban: '', signatoryName: 'J', signatoryTitle: '', jurisdiction: 'FR', language: 'fr', penaltyRate: 12 });
    await a.saveTemplate({ kind: 'firm', language: 'fr', name: 'Ferme', subject: 'Facture {{number}} — « impayée »', body: 'Ligne 1\nLigne 2 ; "citée"' });
    await a.takeDueFollowUps('2026-11-20');

    const json = await a.exportJson();
    const b = newLedger();
    await b.restore(json);
    const [ea, eb] = [await a.exportBackup(), await b.exportBackup()];
    for (const t of TABLE_NAMES) expect(sortById(eb.tables[t]), t).toEqual(sortById(ea.tables[t]));
    expect(eb.tables.followUps.length).toBeGreaterThan(0);
    // Same answers from both.
    expect(await b.agedBalance('2026-11-20')).toEqual(await a.agedBalance('2026-11-20'));
    expect(await b.dueToday('2026-11-20')).toEqual(await a.dueToday('2026-11-20'));
    // The generated rows went in exactly as generated.
    expect(sortById(ea.tables.invoices)).toEqual(sortById(generated.tables.invoices));
  }, 120_000);

  it('refuses a bad backup and changes nothing', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable()], { source: 'gmail', today: '2026-11-20' });
    const good = await ledger.exportBackup();
    const before = await ledger.exportBackup();
    const broken = structuredClone(good);
    (broken.tables.events[0] as Record<string, unknown>).on = 'yesterday';
    const error = await ledger.restore(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LedgerDataError);
    expect(String(error)).toMatch(/events\[".*"\] is invalid: on/);
    await expect(ledger.restore({ format: 'something-else', tables: {} })).rejects.toThrow(LedgerDataError);
    await expect(ledger.restore('{"format": "relance-ledger-backup", "schemaVersion": 9, ')).rejects.toThrow(SyntaxError);
    expect((await ledger.exportBackup()).tables).toEqual(before.tables);
  });

  it('restores a version-1 backup, upgrading it the way the database is upgraded', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable()], { source: 'gmail', today: '2026-11-20' });
    await ledger.record('F2026340@acme.fr', { type: 'payment', on: '2026-11-20', amount: 200, full: false });
    const v2 = await ledger.exportBackup();
    const v1 = structuredClone(v2);
    v1.schemaVersion = 1;
    v1.tables.invoices = v1.tables.invoices.map((row) => {
      const { state: _s, open: _o, nextDate: _n, ...rest } = row as Record<string, unknown>;
      return rest;
    });
    const other = newLedger();
    expect((await other.restore(JSON.stringify(v1))).upgradedFrom).toBe(1);
    expect((await other.exportBackup()).tables.invoices).toEqual(v2.tables.invoices);
  });
});

describe('deleting a client', () => {
  it('removes the client, its invoices, their histories and follow-ups, and nothing else', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan(
      [receivable(), receivable({ invoiceNumber: 'F-2', messageId: '<2@x>' }), receivable({ invoiceNumber: 'F-3', messageId: '<3@x>', debtorEmail: 'a@beta.fr', debtorName: 'Beta' })],
      { source: 'gmail', today: '2026-11-20' },
    );
    await ledger.record('F2026340@acme.fr', { type: 'note', on: '2026-11-20', text: 'appelé' });
    await ledger.takeDueFollowUps('2026-11-20');
    expect(await ledger.db.followUps.where('clientId').equals('acme.fr').count()).toBe(2);
    expect(await ledger.deleteClient('acme.fr')).toEqual({ invoices: 2, events: 3, followUps: 2 });
    expect(await ledger.client('acme.fr')).toBeUndefined();
    expect((await ledger.allInvoices()).map((i) => i.id)).toEqual(['F3@beta.fr']);
    expect(await ledger.db.events.count()).toBe(1);
    expect(await ledger.db.followUps.count()).toBe(1);
    const json = await ledger.exportJson();
    expect(json).not.toMatch(/acme/i);
  });
});
