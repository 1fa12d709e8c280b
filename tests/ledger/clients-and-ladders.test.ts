import { describe, expect, it } from 'vitest';
import { LADDER_PRESETS } from '../../shared/core/ladder/ladders';
import { expectDerivedConsistent, newLedger, receivable } from './helpers';

const acme = receivable(); // F-2026-340, 1 200 €, due Tuesday 10 November 2026, client acme.fr
const bolt = receivable({ messageId: '<b-77@x>', invoiceNumber: 'B-77', debtorEmail: 'compta@bolt.fr', debtorName: 'Bolt SA', amount: 800 });
const ACME = 'F2026340@acme.fr';
const BOLT = 'B77@bolt.fr';
const late = { id: 'retardataires', name: 'Retardataires', ...LADDER_PRESETS['late-payer'] };
const reliable = { id: 'fiables', name: 'Clients fiables', ...LADDER_PRESETS.reliable };

async function seeded() {
  const ledger = newLedger();
  await ledger.upsertFromScan([acme, bolt], { source: 'gmail', today: '2026-11-12' });
  // Both had a courteous reminder on Thursday 12 November.
  for (const id of [ACME, BOLT]) await ledger.record(id, { type: 'reminder-sent', stage: 'courteous', on: '2026-11-12' });
  return ledger;
}

describe('per-client ladders in the ledger', () => {
  it('a client on a ladder is planned with it; the others keep the default one', async () => {
    const ledger = await seeded();
    expect((await ledger.nextAction(ACME, '2026-11-13')).date).toBe('2026-11-26'); // firm 14 days later, by default
    await ledger.saveLadders([late, reliable]);
    await ledger.updateClient('acme.fr', { ladderId: 'retardataires' });
    await ledger.updateClient('bolt.fr', { ladderId: 'fiables' });
    expect(await ledger.nextAction(ACME, '2026-11-13')).toMatchObject({ kind: 'firm', date: '2026-11-19' }); // 7 days
    expect(await ledger.nextAction(BOLT, '2026-11-13')).toMatchObject({ kind: 'firm', date: '2026-12-03' }); // 21 days
    expect((await ledger.invoice(ACME))!.nextDate).toBe('2026-11-19');
    expect((await ledger.dueToday('2026-11-19')).due.map((d) => d.invoice.id)).toEqual([ACME]);
    expect((await ledger.ladderOfClient('acme.fr')).name).toBe('Retardataires');
    expect((await ledger.ladderOfClient('nobody')).id).toBe('default');
    await expectDerivedConsistent(ledger);
    // A new event on an invoice keeps its client's ladder.
    await ledger.record(ACME, { type: 'note', on: '2026-11-14', text: 'rappeler lundi' });
    expect((await ledger.invoice(ACME))!.nextDate).toBe('2026-11-19');
  });

  it('editing a ladder re-plans its clients; deleting it sends them back to the default ladder', async () => {
    const ledger = await seeded();
    await ledger.saveLadders([late]);
    await ledger.updateClient('acme.fr', { ladderId: 'retardataires' });
    await ledger.saveLadders([{ ...late, firmAfterDays: 10 }]);
    expect((await ledger.invoice(ACME))!.nextDate).toBe('2026-11-23'); // 22nd is a Sunday
    await ledger.saveLadders([]);
    expect((await ledger.client('acme.fr'))!.ladderId).toBeNull();
    expect((await ledger.invoice(ACME))!.nextDate).toBe('2026-11-26');
    await expectDerivedConsistent(ledger);
  });

  it('the global settings stay the default ladder: chase days apply to every client, delays only to those on the default', async () => {
    const ledger = await seeded();
    await ledger.saveLadders([late]);
    await ledger.updateClient('acme.fr', { ladderId: 'retardataires' });
    await ledger.saveScheduleSettings({ ...(await ledger.scheduleSettings()), firmAfterDays: 20, chaseDays: [2, 4] });
    expect((await ledger.invoice(ACME))!.nextDate).toBe('2026-11-19'); // Thursday, 7 days: its ladder
    expect((await ledger.invoice(BOLT))!.nextDate).toBe('2026-12-03'); // 20 days → Wednesday 2 Dec → Thursday 3 Dec
    await expectDerivedConsistent(ledger);
  });

  it('refuses an unknown ladder, a bad ladder list and bad contacts, and changes nothing', async () => {
    const ledger = await seeded();
    await expect(ledger.updateClient('acme.fr', { ladderId: 'nope' })).rejects.toThrow(/No ladder "nope"/);
    await expect(ledger.saveLadders([late, late])).rejects.toThrow(/same id/);
    await expect(ledger.updateClient('acme.fr', { contacts: { to: ['not an address'], escalation: [] } })).rejects.toThrow(/contacts/);
    await expect(ledger.updateClient('ghost', { language: 'en' })).rejects.toThrow(/No client ghost/);
    expect(await ledger.client('acme.fr')).toMatchObject({ ladderId: null, contacts: { to: [], escalation: [] }, language: null });
  });
});

describe('client contacts, language and the thank-you in the ledger', () => {
  it('keeps a regular and an escalation contact, and the language of the client', async () => {
    const ledger = await seeded();
    const c = await ledger.updateClient('acme.fr', { contacts: { to: ['Paiements@Acme.fr'], escalation: ['direction@acme.fr'] }, language: 'en' });
    expect(c).toMatchObject({ contacts: { to: ['paiements@acme.fr'], escalation: ['direction@acme.fr'] }, language: 'en' });
    // A later scan does not undo what the user set.
    await ledger.upsertFromScan([{ ...acme, amount: 1250 }], { source: 'gmail', today: '2026-11-20' });
    expect(await ledger.client('acme.fr')).toMatchObject({ contacts: { to: ['paiements@acme.fr'], escalation: ['direction@acme.fr'] }, language: 'en' });
  });

  it('remembers the language the client’s invoice e-mails are written in, the first one read', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([{ ...acme, language: 'de' }], { source: 'gmail', today: '2026-11-12' });
    expect((await ledger.client('acme.fr'))!.detectedLanguage).toBe('de');
    await ledger.upsertFromScan([{ ...acme, language: 'fr' }], { source: 'gmail', today: '2026-11-12' });
    expect((await ledger.client('acme.fr'))!.detectedLanguage).toBe('de');
  });

  it('records the thanks on the invoice once the client is thanked', async () => {
    const ledger = await seeded();
    await ledger.record(ACME, { type: 'payment', on: '2026-11-20', amount: 1200, full: true });
    expect((await ledger.invoice(ACME))!.state).toMatchObject({ status: 'paid', thankedOn: null });
    await ledger.record(ACME, { type: 'thanked', on: '2026-11-21' });
    expect((await ledger.invoice(ACME))!.state.thankedOn).toBe('2026-11-21');
  });

  it('a grouped reminder is one event per invoice, tied by its group', async () => {
    const ledger = newLedger();
    const second = receivable({ messageId: '<inv-351@x>', invoiceNumber: 'F-2026-351', amount: 300, dueDate: '2026-11-15' });
    await ledger.upsertFromScan([acme, second], { source: 'gmail', today: '2026-11-12' });
    for (const id of [ACME, 'F2026351@acme.fr']) await ledger.record(id, { type: 'reminder-sent', stage: 'firm', on: '2026-11-23', group: 'g-1' });
    for (const id of [ACME, 'F2026351@acme.fr']) {
      const sent = (await ledger.events(id)).filter((e) => e.type === 'reminder-sent');
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ stage: 'firm', group: 'g-1', on: '2026-11-23' });
      expect((await ledger.invoice(id))!.state.reminders).toEqual([{ stage: 'firm', on: '2026-11-23' }]);
    }
    expect((await ledger.recoveryFile(ACME, '2026-11-24')).timeline.map((t) => t.summary).join(' ')).toContain('one e-mail for several invoices');
  });

  it('a backup keeps the ladders and what was set per client', async () => {
    const ledger = await seeded();
    await ledger.saveLadders([late]);
    await ledger.updateClient('acme.fr', { ladderId: 'retardataires', contacts: { to: [], escalation: ['direction@acme.fr'] } });
    const other = newLedger();
    await other.restore(await ledger.exportJson());
    expect(await other.ladders()).toEqual([late]);
    expect(await other.client('acme.fr')).toMatchObject({ ladderId: 'retardataires', contacts: { escalation: ['direction@acme.fr'] } });
    expect((await other.invoice(ACME))!.nextDate).toBe('2026-11-19');
    await expectDerivedConsistent(other);
  });
});
