/**
 * The Relance ledger: every receivable and everything that happened to it, kept in IndexedDB (Dexie) on
 * the user's machine. Used by the extension's background service worker, the Outlook task pane and the
 * browser demo; it needs IndexedDB and nothing else (no DOM, no node:*).
 *
 * ```ts
 * import { Ledger } from '../shared/ledger';
 * const ledger = await new Ledger().open();            // tests: new Ledger({ indexedDB: new IDBFactory(), IDBKeyRange })
 * const today = localIsoDate(new Date());               // the user's calendar day; every query takes it explicitly
 * ```
 *
 * Writing
 * - `upsertFromScan(receivables, { source: 'gmail' | 'outlook' | 'mbox' | 'cli', today })`: merge scan results
 *   (one record per number + client; idempotent; hand-set values win). Pass `sentOn` (the message's day) when known.
 * - `record(invoiceId, event)`: append to the history — reminder-drafted, reminder-sent {stage, messageId},
 *   call-logged {outcome}, promise {promisedDate}, dispute {reason, resolved}, payment-plan {instalments},
 *   payment {amount, full}, note {text}, status-changed-by-hand {status}, snoozed {until}. Each with `on` (its day);
 *   `source` defaults to 'user', `at` to now. Repeats (same event id, same reminder message) are ignored.
 * - `correctField(invoiceId, field, value, on)`: a correction by hand; detection never overwrites it.
 * - `deleteClient(clientId)`: the client, its invoices, their histories and follow-ups.
 * - `saveScheduleSettings(s)`, `saveCompanyProfile(p)`, `saveTemplate(t)` / `deleteTemplate(id)`.
 *
 * Reading
 * - `invoice(id)`, `invoiceByMessageId(messageId)`, `invoicesByNumber(n)`, `invoicesOfClient(id)`, `events(id)`,
 *   `client(id)`, `clients()`, `scheduleSettings()`, `companyProfile()`, `templates(kind?)`.
 * - `nextAction(invoiceId, today)` → { kind: pre-due | courteous | firm | formal | instalment | none, date, reason, amountDue, key }.
 *
 * Timers (host adapters: chrome.alarms in the background, a check when the Outlook pane opens)
 * - `takeDueFollowUps(today)`: the follow-ups due today not fired yet, claimed at once (a second call gets
 *   none of them: register the alarm as often as you like, catch up at start freely).
 * - `isStillDue(key, today)`: ask just before opening a draft (a payment may have arrived since).
 * - `nextWakeUp(today)`: the next day to set the alarm for.
 *
 * Dashboards: `dueToday(today)` {due, overdue}, `agedBalance(today)`, `totals(today)`, `dso(today, days?)`,
 * `clientReport(clientId)`, `recoveryFile(invoiceId, today)` (JSON) and `recoveryFileHtml(invoiceId, today)`.
 *
 * Import / export: `exportJson()` / `exportBackup()` and `restore(backup)` (lossless, checked, all or
 * nothing); `exportCsv(today, { separator: ';' | ',' })` for the accountant; `importCsv(text, { today })`
 * → { imported, updated, unchanged, rejected: [{ line, reason }], warnings }.
 *
 * Errors: a row that fails its schema raises `LedgerDataError` (table, key, fields); nothing is written and
 * nothing stored is changed.
 */
export { Ledger, type LedgerOptions } from './ledger';
export { RelanceDb, LEDGER_VERSION, DEFAULT_DB_NAME, STORES_V1, STORES_V2, STORES_V3, type DbOptions } from './db';
export * from './schemas';
export { clientKey, invoiceKey, emailDomain } from './identity';
export type { ScanInput, UpsertContext, UpsertReport } from './upsert';
export type { DueItem, DueToday, CurrencyTotals, Dso, ClientReport } from './queries';
export { escapeHtml, recoveryFileHtml, type RecoveryFile } from './recovery-file';
export { BACKUP_FORMAT, type LedgerBackup, type RestoreReport } from './backup';
export type { CsvExportOptions } from './csv-export';
export type { CsvImportOptions, CsvImportReport } from './csv-import';
export { parseCsv, toCsv, type CsvSeparator } from './csv-format';
export type { NextAction } from '../core/schedule/next-action';
export type { FollowUp } from '../core/schedule/follow-ups';
export type { InvoiceEvent, NewInvoiceEvent, EventSource } from '../core/schedule/events';
export { DEFAULT_SCHEDULE, type ScheduleSettings } from '../core/schedule/settings';
export { localIsoDate } from '../core/schedule/business-days';
