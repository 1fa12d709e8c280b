import { CompanyProfileSchema, type CompanyProfile } from '../core/profile/company-profile';
import { DEFAULT_SCHEDULE, ScheduleSettingsSchema, type ScheduleSettings } from '../core/schedule/settings';
import { byRecordingOrder, type CorrectableField, type EventSource, type InvoiceEvent, type NewInvoiceEvent } from '../core/schedule/events';
import { actionFromState, actionOn, type NextAction } from '../core/schedule/next-action';
import { dueFollowUps, followUpKey, nextWakeUp, type FollowUp } from '../core/schedule/follow-ups';
import { daysOverdue } from '../core/ladder/next-stage';
import { numberKey } from '../core/extract/fields/number-key';
import type { IsoDate } from '../core/calendar/iso-date';
import { RelanceDb, type DbOptions } from './db';
import { buildShards, deriveInvoice, openItemOf, rescheduleInvoice, shardOf, withItem } from './derive';
import { clientKey, emailDomain } from './identity';
import { upsertFromScan, type ScanInput, type UpsertContext, type UpsertReport } from './upsert';
import { agedBalanceOn, clientReport, dso, dueToday, totals, type ClientReport, type CurrencyTotals, type Dso, type DueToday } from './queries';
import { recoveryFile, recoveryFileHtml, type RecoveryFile } from './recovery-file';
import { exportBackup, exportJson, restoreBackup, type LedgerBackup, type RestoreReport } from './backup';
import { exportReceivablesCsv, type CsvExportOptions } from './csv-export';
import { importInvoicesCsv, type CsvImportOptions, type CsvImportReport } from './csv-import';
import type { AgedBalance } from '../core/aging/aged-balance';
import {
  checkRow,
  ClientRowSchema,
  EventRowSchema,
  FollowUpRowSchema,
  InvoiceRowSchema,
  OpenItemRowSchema,
  OpenShardRowSchema,
  SettingRowSchema,
  TemplateRowSchema,
  type ClientRow,
  type EventRow,
  type InvoiceRow,
  type OpenItemRow,
  type OpenShardRow,
  type TemplateRow,
} from './schemas';

export interface LedgerOptions extends DbOptions {
  /** The clock for recording instants (`at`); tests pass a fixed one. Calendar days are always passed explicitly. */
  now?: () => Date;
}

let sequence = 0;
/**
 * Unique ids that sort in creation order within a session (events recorded in the same millisecond keep
 * their order): time, a counter, then randomness for uniqueness across devices and restores.
 */
export function newId(): string {
  sequence = (sequence + 1) % 36 ** 4;
  const random = globalThis.crypto.getRandomValues(new Uint32Array(2));
  return `${Date.now().toString(36).padStart(9, '0')}${sequence.toString(36).padStart(4, '0')}-${random[0]!.toString(36)}${random[1]!.toString(36)}`;
}

/**
 * The ledger: every receivable and everything that happened to it, in IndexedDB. All methods are async
 * and run in Dexie transactions; every row is zod-checked on the way in and on the way out.
 */
export class Ledger {
  readonly db: RelanceDb;
  private readonly clock: () => Date;

  constructor(opts: LedgerOptions = {}) {
    this.db = new RelanceDb(opts);
    this.clock = opts.now ?? (() => new Date());
  }

  /** Opens (and upgrades) the database. Other methods open it on first use too. */
  async open(): Promise<this> {
    await this.db.open();
    return this;
  }

  close(): void {
    this.db.close();
  }

  /** Deletes the whole database (the user's "erase everything"). */
  async destroy(): Promise<void> {
    await this.db.delete();
  }

  now(): string {
    return this.clock().toISOString();
  }

  // ── settings ────────────────────────────────────────────────────────────────────────────────────

  async scheduleSettings(): Promise<ScheduleSettings> {
    const row = await this.db.settings.get('schedule');
    if (!row) return DEFAULT_SCHEDULE;
    const checked = checkRow(SettingRowSchema, 'settings', row, 'read');
    return checked.key === 'schedule' ? checked.value : DEFAULT_SCHEDULE;
  }

  /** Saves the scheduler's settings and re-plans every open invoice with them. */
  async saveScheduleSettings(settings: ScheduleSettings): Promise<void> {
    const value = ScheduleSettingsSchema.parse(settings);
    await this.db.transaction('rw', this.db.settings, this.db.invoices, this.db.openShards, async () => {
      await this.db.settings.put(checkRow(SettingRowSchema, 'settings', { key: 'schedule', value }, 'write'));
      const open = (await this.db.invoices.where('open').equals(1).toArray()).map((r) => checkRow(InvoiceRowSchema, 'invoices', rescheduleInvoice(this.read(r), value), 'write'));
      await this.db.invoices.bulkPut(open);
      await this.db.openShards.clear();
      await this.db.openShards.bulkAdd(buildShards(open.map((r) => checkRow(OpenItemRowSchema, 'openItems', openItemOf(r, value), 'write'))));
    });
  }

  async companyProfile(): Promise<CompanyProfile | null> {
    const row = await this.db.settings.get('company');
    if (!row) return null;
    const checked = checkRow(SettingRowSchema, 'settings', row, 'read');
    return checked.key === 'company' ? checked.value : null;
  }

  async saveCompanyProfile(profile: CompanyProfile): Promise<void> {
    const value = CompanyProfileSchema.parse(profile);
    await this.db.settings.put(checkRow(SettingRowSchema, 'settings', { key: 'company', value }, 'write'));
  }

  // ── templates ───────────────────────────────────────────────────────────────────────────────────

  async templates(kind?: TemplateRow['kind']): Promise<TemplateRow[]> {
    const rows = kind ? await this.db.templates.where('kind').equals(kind).toArray() : await this.db.templates.toArray();
    return rows.map((r) => checkRow(TemplateRowSchema, 'templates', r, 'read'));
  }

  async saveTemplate(template: Omit<TemplateRow, 'updatedAt' | 'id'> & { id?: string }): Promise<TemplateRow> {
    const row = checkRow(TemplateRowSchema, 'templates', { ...template, id: template.id ?? newId(), updatedAt: this.now() }, 'write');
    await this.db.templates.put(row);
    return row;
  }

  async deleteTemplate(id: string): Promise<void> {
    await this.db.templates.delete(id);
  }

  // ── reading ─────────────────────────────────────────────────────────────────────────────────────

  /** Checks an invoice row read from the database. */
  read(raw: unknown): InvoiceRow {
    return checkRow(InvoiceRowSchema, 'invoices', raw, 'read');
  }

  async invoice(id: string): Promise<InvoiceRow | undefined> {
    const raw = await this.db.invoices.get(id);
    return raw === undefined ? undefined : this.read(raw);
  }

  /** The invoice a message carried (the extension's thread label, the add-in's reading pane). */
  async invoiceByMessageId(messageId: string): Promise<InvoiceRow | undefined> {
    const raw = await this.db.invoices.where('messageIds').equals(messageId).first();
    return raw === undefined ? undefined : this.read(raw);
  }

  /** Invoices by normalized number ("2026/340" finds "2026-340"), any client. */
  async invoicesByNumber(number: string): Promise<InvoiceRow[]> {
    return (await this.db.invoices.where('numberKey').equals(numberKey(number)).toArray()).map((r) => this.read(r));
  }

  async invoicesOfClient(clientId: string): Promise<InvoiceRow[]> {
    return (await this.db.invoices.where('clientId').equals(clientId).toArray()).map((r) => this.read(r));
  }

  async allInvoices(): Promise<InvoiceRow[]> {
    return (await this.db.invoices.toArray()).map((r) => this.read(r));
  }

  async client(id: string): Promise<ClientRow | undefined> {
    const raw = await this.db.clients.get(id);
    return raw === undefined ? undefined : checkRow(ClientRowSchema, 'clients', raw, 'read');
  }

  async clients(): Promise<ClientRow[]> {
    return (await this.db.clients.toArray()).map((r) => checkRow(ClientRowSchema, 'clients', r, 'read'));
  }

  /** An invoice's history, oldest first. */
  async events(invoiceId: string): Promise<EventRow[]> {
    const rows = await this.db.events.where('invoiceId').equals(invoiceId).toArray();
    return rows.map((r) => checkRow(EventRowSchema, 'events', r, 'read')).sort(byRecordingOrder);
  }

  // ── writing ─────────────────────────────────────────────────────────────────────────────────────

  /** Builds a stored event from what a caller records. */
  makeEvent(invoice: Pick<InvoiceRow, 'id' | 'clientId'>, e: NewInvoiceEvent & { id?: string }): EventRow {
    const row = { ...e, id: e.id ?? newId(), invoiceId: invoice.id, clientId: invoice.clientId, at: e.at ?? this.now(), source: e.source ?? 'user' };
    return checkRow(EventRowSchema, 'events', row, 'write');
  }

  /**
   * Records an event on an invoice and updates its state. Idempotent where a retry is likely: an event
   * with an id already stored, or a reminder for a message already recorded, is not recorded twice.
   * Returns the stored event (the existing one on a repeat).
   */
  async record(invoiceId: string, event: NewInvoiceEvent & { id?: string }): Promise<EventRow> {
    return this.db.transaction('rw', [this.db.invoices, this.db.events, this.db.settings, this.db.openShards], async () => {
      const invoice = await this.invoice(invoiceId);
      if (!invoice) throw new Error(`No invoice ${invoiceId} in the ledger`);
      const history = await this.events(invoiceId);
      const repeat = history.find(
        (h) =>
          (event.id !== undefined && h.id === event.id) ||
          (event.type === 'reminder-sent' && h.type === 'reminder-sent' && !!event.messageId && h.messageId === event.messageId),
      );
      if (repeat) return repeat;
      const stored = this.makeEvent(invoice, event);
      await this.db.events.add(stored);
      await this.saveInvoice(invoice, [...history, stored]);
      return stored;
    });
  }

  /** Corrects a field by hand: the correction is an event, and no later detection overwrites it. */
  async correctField(invoiceId: string, field: CorrectableField, value: string | number | null, on: IsoDate): Promise<InvoiceRow> {
    return this.db.transaction('rw', [this.db.invoices, this.db.events, this.db.settings, this.db.clients, this.db.followUps, this.db.openShards], async () => {
      const invoice = await this.invoice(invoiceId);
      if (!invoice) throw new Error(`No invoice ${invoiceId} in the ledger`);
      const from = invoice[field];
      const next: InvoiceRow = { ...invoice, [field]: value, corrected: [...new Set([...invoice.corrected, field])], updatedAt: this.now() };
      if (field === 'number') next.numberKey = value === null ? '' : numberKey(String(value));
      // The corrected row is checked before anything is derived from it: a bad value is refused naming its field.
      checkRow(InvoiceRowSchema, 'invoices', next, 'write');
      if (field === 'debtorEmail' || field === 'debtorName') {
        const client = clientKey(next.debtorEmail, next.debtorName);
        if (client !== invoice.clientId) {
          next.clientId = client;
          await this.db.events.where('invoiceId').equals(invoiceId).modify({ clientId: client });
          await this.db.followUps.where('invoiceId').equals(invoiceId).modify({ clientId: client });
        }
        await this.touchClient(next, this.now());
      }
      const stored = this.makeEvent(next, { type: 'field-corrected', on, field, from, to: value });
      await this.db.events.add(stored);
      if (next.clientId !== invoice.clientId) await this.updateShard(invoice.clientId, invoice.id, null);
      return this.saveInvoice(next, await this.events(invoiceId));
    });
  }

  /**
   * Writes an invoice with its derived state recomputed from `history`, and its dashboard item (call inside
   * a transaction over invoices and openShards).
   */
  async saveInvoice(invoice: InvoiceRow, history: readonly InvoiceEvent[], settings?: ScheduleSettings): Promise<InvoiceRow> {
    const s = settings ?? (await this.scheduleSettings());
    const row = checkRow(InvoiceRowSchema, 'invoices', deriveInvoice(invoice, history, s), 'write');
    const item = openItemOf(row, s);
    await this.db.invoices.put(row);
    await this.updateShard(row.clientId, row.id, item && checkRow(OpenItemRowSchema, 'openItems', item, 'write'));
    return row;
  }

  /** Replaces (or removes, item null) one invoice's item in its client's shard. */
  private async updateShard(clientId: string, invoiceId: string, item: OpenItemRow | null): Promise<void> {
    const shard = shardOf(clientId);
    const raw = await this.db.openShards.get(shard);
    const items = withItem(raw ? this.readShard(raw).items : [], invoiceId, item);
    if (items.length) await this.db.openShards.put({ shard, items });
    else if (raw) await this.db.openShards.delete(shard);
  }

  /** Checks a shard of dashboard items read from the database. */
  readShard(raw: unknown): OpenShardRow {
    return checkRow(OpenShardRowSchema, 'openShards', raw, 'read');
  }

  /** Every invoice still owed, as dashboard items (a few dozen rows read, whatever the size of the ledger). */
  async openItems(): Promise<OpenItemRow[]> {
    return (await this.db.openShards.toArray()).flatMap((raw) => this.readShard(raw).items);
  }

  /** Creates or updates the client row of an invoice (name, addresses). */
  async touchClient(invoice: Pick<InvoiceRow, 'clientId' | 'debtorEmail' | 'debtorName'>, at: string): Promise<void> {
    const existing = await this.db.clients.get(invoice.clientId);
    const email = invoice.debtorEmail?.trim().toLowerCase() || null;
    if (existing) {
      const client = checkRow(ClientRowSchema, 'clients', existing, 'read');
      const emails = email && !client.emails.includes(email) ? [...client.emails, email] : client.emails;
      const name = client.name ?? invoice.debtorName;
      if (emails === client.emails && name === client.name) return;
      await this.db.clients.put(checkRow(ClientRowSchema, 'clients', { ...client, emails, name, updatedAt: at }, 'write'));
      return;
    }
    const domain = email ? emailDomain(email) : null;
    const row = { id: invoice.clientId, name: invoice.debtorName, emails: email ? [email] : [], domain, createdAt: at, updatedAt: at };
    await this.db.clients.put(checkRow(ClientRowSchema, 'clients', row, 'write'));
  }

  /** Deletes a client and everything about it: invoices, their histories, fired follow-ups. */
  async deleteClient(clientId: string): Promise<{ invoices: number; events: number; followUps: number }> {
    return this.db.transaction('rw', [this.db.clients, this.db.invoices, this.db.events, this.db.followUps, this.db.openShards], async () => {
      // The client's items all sit in its shard.
      const shard = shardOf(clientId);
      const raw = await this.db.openShards.get(shard);
      if (raw) {
        const items = this.readShard(raw).items.filter((i) => i.clientId !== clientId);
        if (items.length) await this.db.openShards.put({ shard, items });
        else await this.db.openShards.delete(shard);
      }
      const invoices = await this.db.invoices.where('clientId').equals(clientId).delete();
      const events = await this.db.events.where('clientId').equals(clientId).delete();
      const followUps = await this.db.followUps.where('clientId').equals(clientId).delete();
      await this.db.clients.delete(clientId);
      return { invoices, events, followUps };
    });
  }

  // ── scheduling ──────────────────────────────────────────────────────────────────────────────────

  async nextAction(invoiceId: string, today: IsoDate): Promise<NextAction> {
    const invoice = await this.invoice(invoiceId);
    if (!invoice) throw new Error(`No invoice ${invoiceId} in the ledger`);
    return actionFromState(invoice, invoice.state, await this.scheduleSettings(), today);
  }

  /** Open invoices whose planned follow-up date is on or before `upTo`, with their action on `today`. */
  async scheduled(today: IsoDate, upTo: IsoDate = today): Promise<{ item: OpenItemRow; action: NextAction }[]> {
    const settings = await this.scheduleSettings();
    return (await this.openItems())
      .filter((item) => item.nextDate !== undefined && item.nextDate <= upTo)
      .map((item) => ({ item, action: actionOn(item.schedule, item.dueDate ?? null, today, settings) }));
  }

  /**
   * The follow-ups due on `today` that no timer fired yet, claimed in one transaction: a second call (an
   * alarm registered twice, the service worker and the task pane together) gets none of them again.
   */
  async takeDueFollowUps(today: IsoDate): Promise<FollowUp[]> {
    return this.db.transaction('rw', this.db.openShards, this.db.followUps, this.db.settings, async () => {
      const items = await this.scheduled(today);
      const candidates = dueFollowUps(
        items.map(({ item, action }) => ({ invoiceId: item.id, action, daysOverdue: daysOverdue(item.dueDate ?? null, today) })),
        today,
      );
      const known = await this.db.followUps.bulkGet(candidates.map((c) => c.key));
      const fresh = candidates.filter((_, i) => known[i] === undefined);
      const at = this.now();
      const clientOf = new Map(items.map(({ item }) => [item.id, item.clientId]));
      await this.db.followUps.bulkAdd(
        fresh.map((f) =>
          checkRow(FollowUpRowSchema, 'followUps', { key: f.key, invoiceId: f.invoiceId, clientId: clientOf.get(f.invoiceId)!, kind: f.kind, date: f.date, firedAt: at }, 'write'),
        ),
      );
      return fresh;
    });
  }

  /**
   * Whether a follow-up is still to be acted on right now: the host asks just before opening a draft, so
   * a payment (or a reminder sent from another device) recorded since the timer fired cancels it.
   */
  async isStillDue(key: string, today: IsoDate): Promise<boolean> {
    const invoiceId = key.slice(0, key.lastIndexOf('|'));
    const invoice = await this.invoice(invoiceId);
    const shard = invoice && (await this.db.openShards.get(shardOf(invoice.clientId)));
    const item = shard && this.readShard(shard).items.find((i) => i.id === invoiceId);
    if (!item) return false;
    const action = actionOn(item.schedule, item.dueDate ?? null, today, await this.scheduleSettings());
    return action.date !== null && action.date <= today && followUpKey(item.id, action) === key;
  }

  /** The next day a timer should wake up for (after `today`), or null when nothing is planned. */
  async nextWakeUp(today: IsoDate): Promise<IsoDate | null> {
    const settings = await this.scheduleSettings();
    const items = await this.openItems();
    return nextWakeUp(
      items.map((item) => ({ invoiceId: item.id, action: actionOn(item.schedule, item.dueDate ?? null, today, settings) })),
      today,
    );
  }

  // ── scans and imports ───────────────────────────────────────────────────────────────────────────

  /** Merges a scan's receivables (see upsert.ts for the rules). */
  upsertFromScan(receivables: readonly ScanInput[], ctx: UpsertContext): Promise<UpsertReport> {
    return upsertFromScan(this, receivables, ctx);
  }

  importCsv(text: string, opts: CsvImportOptions): Promise<CsvImportReport> {
    return importInvoicesCsv(this, text, opts);
  }

  exportCsv(today: IsoDate, opts?: CsvExportOptions): Promise<string> {
    return exportReceivablesCsv(this, today, opts);
  }

  exportBackup(): Promise<LedgerBackup> {
    return exportBackup(this);
  }

  exportJson(): Promise<string> {
    return exportJson(this);
  }

  /** Replaces the whole ledger with a backup (object or JSON text); a bad backup changes nothing. */
  restore(backup: unknown): Promise<RestoreReport> {
    return restoreBackup(this, backup);
  }

  // ── dashboards ──────────────────────────────────────────────────────────────────────────────────

  dueToday(today: IsoDate): Promise<DueToday> {
    return dueToday(this, today);
  }

  agedBalance(today: IsoDate): Promise<AgedBalance[]> {
    return agedBalanceOn(this, today);
  }

  totals(today: IsoDate): Promise<CurrencyTotals[]> {
    return totals(this, today);
  }

  dso(today: IsoDate, periodDays?: number): Promise<Dso[]> {
    return dso(this, today, periodDays);
  }

  clientReport(clientId: string): Promise<ClientReport> {
    return clientReport(this, clientId);
  }

  recoveryFile(invoiceId: string, today: IsoDate): Promise<RecoveryFile> {
    return recoveryFile(this, invoiceId, today);
  }

  async recoveryFileHtml(invoiceId: string, today: IsoDate): Promise<string> {
    return recoveryFileHtml(await recoveryFile(this, invoiceId, today));
  }
}

export type { EventSource };
