import { z } from 'zod';
import { DEFAULT_SCHEDULE, ScheduleSettingsSchema } from '../core/schedule/settings';
import type { InvoiceEvent } from '../core/schedule/events';
import { LEDGER_VERSION } from './db';
import { buildShards, deriveInvoice, groupByInvoice, openItemOf } from './derive';
import type { Ledger } from './ledger';
import { checkRow, InvoiceRowV1Schema, LedgerDataError, OpenItemRowSchema, TABLE_NAMES, TABLE_SCHEMAS, type ClientRow, type InvoiceRow, type SettingRow, type TableName } from './schemas';
import { ladderFor, settingsWithLadder } from '../core/ladder/ladders';

/**
 * JSON backup of the whole ledger, lossless: every row of every table as stored, under the schema
 * version it was written with. Restore checks every row first and replaces the ledger in one
 * transaction: a bad backup changes nothing. A version-1 or version-2 backup is upgraded the way the database is
 * (version 2's rows read with version 3's defaults).
 */
export const BACKUP_FORMAT = 'relance-ledger-backup';

export interface LedgerBackup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  tables: Record<TableName, unknown[]>;
}

const BackupEnvelope = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.number().int().min(1).max(LEDGER_VERSION),
  exportedAt: z.string(),
  tables: z.object(Object.fromEntries(TABLE_NAMES.map((t) => [t, z.array(z.unknown())])) as Record<TableName, z.ZodArray<z.ZodUnknown>>),
});

export async function exportBackup(ledger: Ledger): Promise<LedgerBackup> {
  const db = ledger.db;
  return db.transaction('r', TABLE_NAMES.map((t) => db.table(t)), async () => {
    const tables = {} as Record<TableName, unknown[]>;
    for (const t of TABLE_NAMES) tables[t] = await db.table(t).toArray();
    return { format: BACKUP_FORMAT, schemaVersion: LEDGER_VERSION, exportedAt: ledger.now(), tables };
  });
}

export async function exportJson(ledger: Ledger): Promise<string> {
  return JSON.stringify(await exportBackup(ledger));
}

export interface RestoreReport {
  rows: Record<TableName, number>;
  upgradedFrom: number | null;
}

/** Replaces the ledger's content with a backup (an object or its JSON). Throws `LedgerDataError` on the first bad row. */
export async function restoreBackup(ledger: Ledger, backup: unknown): Promise<RestoreReport> {
  const parsed = BackupEnvelope.safeParse(typeof backup === 'string' ? JSON.parse(backup) : backup);
  if (!parsed.success) throw new LedgerDataError('backup', null, parsed.error.issues, 'restore');
  const { schemaVersion, tables } = parsed.data;
  const rows = {} as Record<TableName, unknown[]>;
  for (const t of TABLE_NAMES) {
    if (t === 'invoices' && schemaVersion === 1) continue;
    const schema = TABLE_SCHEMAS[t] as z.ZodType;
    rows[t] = tables[t].map((row, i) => checkIndexed(schema, t, row, i));
  }
  const settingRows = rows.settings as SettingRow[];
  const scheduleRow = settingRows.find((s) => s.key === 'schedule');
  const settings = scheduleRow ? ScheduleSettingsSchema.parse(scheduleRow.value) : DEFAULT_SCHEDULE;
  // Each client's invoices are planned with its own ladder, as the ledger plans them.
  const ladders = settingRows.flatMap((s) => (s.key === 'ladders' ? s.value : []));
  const ladderOf = new Map((rows.clients as ClientRow[]).map((c) => [c.id, c.ladderId]));
  const settingsOf = (clientId: string) => settingsWithLadder(settings, ladderFor(ladderOf.get(clientId), ladders, settings));
  if (schemaVersion === 1) {
    const byInvoice = groupByInvoice(rows.events as InvoiceEvent[]);
    rows.invoices = tables.invoices.map((row, i) => {
      const v1 = checkIndexed(InvoiceRowV1Schema, 'invoices', row, i);
      return checkRow(TABLE_SCHEMAS.invoices, 'invoices', deriveInvoice(v1, byInvoice.get(v1.id) ?? [], settingsOf(v1.clientId)), 'restore');
    });
  }
  // The dashboard rows are derived: rebuilt from the invoices, never taken from a file.
  const openItems = (rows.invoices as InvoiceRow[]).flatMap((row) => {
    const item = openItemOf(row, settingsOf(row.clientId));
    return item ? [checkRow(OpenItemRowSchema, 'openItems', item, 'restore')] : [];
  });
  const db = ledger.db;
  await db.transaction('rw', [...TABLE_NAMES.map((t) => db.table(t)), db.openShards], async () => {
    for (const t of TABLE_NAMES) {
      await db.table(t).clear();
      await db.table(t).bulkAdd(rows[t]);
    }
    await db.openShards.clear();
    await db.openShards.bulkAdd(buildShards(openItems));
  });
  return {
    rows: Object.fromEntries(TABLE_NAMES.map((t) => [t, rows[t].length])) as Record<TableName, number>,
    upgradedFrom: schemaVersion < LEDGER_VERSION ? schemaVersion : null,
  };
}

function checkIndexed<T>(schema: z.ZodType<T>, table: string, row: unknown, index: number): T {
  const r = schema.safeParse(row);
  if (r.success) return r.data;
  const key = row && typeof row === 'object' ? ((row as Record<string, unknown>).id ?? (row as Record<string, unknown>).key ?? `#${index}`) : `#${index}`;
  throw new LedgerDataError(table, key, r.error.issues, 'restore');
}
