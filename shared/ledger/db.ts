import { Dexie, type Table, type Transaction } from 'dexie';
import { DEFAULT_SCHEDULE, ScheduleSettingsSchema, type ScheduleSettings } from '../core/schedule/settings';
import type { InvoiceEvent } from '../core/schedule/events';
import { buildShards, deriveInvoice, openItemOf } from './derive';
import {
  checkRow,
  ClientRowSchema,
  EventRowSchema,
  SettingRowSchema,
  InvoiceRowSchema,
  InvoiceRowV1Schema,
  type ClientRow,
  type EventRow,
  type FollowUpRow,
  type InvoiceRow,
  type OpenItemRow,
  type OpenShardRow,
  OpenItemRowSchema,
  type SettingRow,
  type TemplateRow,
} from './schemas';

/**
 * The Dexie database. Each version's `stores()` is kept as it shipped; an upgrade turns the rows of version
 * N into rows of N+1 inside IndexedDB's upgrade transaction (if it throws, the database stays at N, untouched).
 *
 * Version 1: the six tables. Version 2: invoices carry their folded history (`state`) and the derived
 * keys `open` (indexed) and `nextDate`, plus a multi-entry index on `messageIds`; events get `[type+on]`
 * (payments of a period without reading the whole history); the derived `openShards`
 * table holds one small item per invoice still owed, in 64 rows (what the dashboards and timers read).
 * Version 3: clients carry their chase ladder (indexed: a ladder deleted sends its clients back to the
 * default), contacts and language; the schedule settings gain the chase days and hours and the thank-you
 * switch; an invoice's folded state knows the day its client was thanked.
 */
export const STORES_V1 = {
  invoices: 'id, clientId, numberKey, dueDate, issueDate',
  clients: 'id, domain',
  events: 'id, invoiceId, clientId, type',
  followUps: 'key, invoiceId, clientId, date',
  templates: 'id, kind',
  settings: 'key',
} as const;

export const STORES_V2 = {
  ...STORES_V1,
  invoices: 'id, clientId, numberKey, dueDate, issueDate, open, *messageIds',
  events: 'id, invoiceId, clientId, type, [type+on]',
  openShards: 'shard',
} as const;

export const STORES_V3 = {
  ...STORES_V2,
  clients: 'id, domain, ladderId',
} as const;

export const LEDGER_VERSION = 3;
export const DEFAULT_DB_NAME = 'relance-ledger';

export interface DbOptions {
  /** Database name (tests and the demo use their own). */
  name?: string;
  /** An IndexedDB implementation: the browser's by default, fake-indexeddb in Node tests. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class RelanceDb extends Dexie {
  invoices!: Table<InvoiceRow, string>;
  clients!: Table<ClientRow, string>;
  events!: Table<EventRow, string>;
  followUps!: Table<FollowUpRow, string>;
  templates!: Table<TemplateRow, string>;
  settings!: Table<SettingRow, string>;
  openShards!: Table<OpenShardRow, number>;

  constructor(opts: DbOptions = {}) {
    super(opts.name ?? DEFAULT_DB_NAME, {
      ...(opts.indexedDB ? { indexedDB: opts.indexedDB } : {}),
      ...(opts.IDBKeyRange ? { IDBKeyRange: opts.IDBKeyRange } : {}),
    });
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2).upgrade(upgradeV1toV2);
    this.version(3).stores(STORES_V3).upgrade(upgradeV2toV3);
  }
}

/** Version 1 → 2: fold each invoice's events into its state and fill the new indexed keys. */
export async function upgradeV1toV2(tx: Transaction): Promise<void> {
  const settingRow = (await tx.table('settings').get('schedule')) as { value?: unknown } | undefined;
  const settings: ScheduleSettings = settingRow ? ScheduleSettingsSchema.parse(settingRow.value) : DEFAULT_SCHEDULE;
  const byInvoice = new Map<string, InvoiceEvent[]>();
  await tx
    .table('events')
    .toCollection()
    .each((raw: unknown) => {
      const e = checkRow(EventRowSchema, 'events', raw, 'upgrade');
      const list = byInvoice.get(e.invoiceId);
      if (list) list.push(e);
      else byInvoice.set(e.invoiceId, [e]);
    });
  const openItems: OpenItemRow[] = [];
  await tx
    .table('invoices')
    .toCollection()
    .modify((raw: Record<string, unknown>, ref: { value: unknown }) => {
      const v1 = checkRow(InvoiceRowV1Schema, 'invoices', raw, 'upgrade');
      const v2 = checkRow(InvoiceRowSchema, 'invoices', deriveInvoice(v1, byInvoice.get(v1.id) ?? [], settings), 'upgrade');
      const item = openItemOf(v2, settings);
      if (item) openItems.push(checkRow(OpenItemRowSchema, 'openItems', item, 'upgrade'));
      ref.value = v2;
    });
  await tx.table('openShards').bulkAdd(buildShards(openItems));
}

/**
 * Version 2 → 3: every client, the schedule settings and every invoice's state written out with the fields
 * version 3 adds, at their defaults (the default ladder, no contacts, every weekday a chase day from 9 to 18,
 * thank-you drafts on, not thanked yet). Nothing is re-planned: with these defaults every date stays the same.
 */
export async function upgradeV2toV3(tx: Transaction): Promise<void> {
  await tx
    .table('clients')
    .toCollection()
    .modify((raw: unknown, ref: { value: unknown }) => {
      ref.value = checkRow(ClientRowSchema, 'clients', raw, 'upgrade');
    });
  await tx
    .table('settings')
    .toCollection()
    .modify((raw: unknown, ref: { value: unknown }) => {
      ref.value = checkRow(SettingRowSchema, 'settings', raw, 'upgrade');
    });
  await tx
    .table('invoices')
    .toCollection()
    .modify((raw: unknown, ref: { value: unknown }) => {
      ref.value = checkRow(InvoiceRowSchema, 'invoices', raw, 'upgrade');
    });
}
