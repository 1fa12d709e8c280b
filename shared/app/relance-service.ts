/**
 * The receiving side of every message: the ledger (shared/ledger) and the core's drafts and scheduler behind
 * the typed messages of extension/messaging.ts. The extension runs it in the background (the ledger's
 * IndexedDB belongs to the extension there); the browser demo runs the very same service in its page.
 * It only translates: upserts, events, queries and drafts are the ledger's and the core's.
 */
import type { z } from 'zod';
import { CHASE_STAGES, type ChaseStage, type DraftKind, type DraftLanguage } from '../core/ladder/stages';
import { daysOverdue } from '../core/ladder/next-stage';
import { daysBetween } from '../core/calendar/iso-date';
import { followUpKey } from '../core/schedule/follow-ups';
import type { InvoiceEvent, NewInvoiceEvent } from '../core/schedule/events';
import type { NextAction } from '../core/schedule/next-action';
// Imported module by module: the drafts' barrel also exports the PDF letter (pdf-lib), which the extension does not need.
import { buildDraft, validateUserTemplate } from '../core/drafts/build-draft';
import { builtInSource, builtInTemplateKeys } from '../core/drafts/precompiled';
import type { DraftHistoryInput } from '../core/drafts/input';
import type { Ledger } from '../ledger/ledger';
import type { EventRow, InvoiceRow } from '../ledger/schemas';
import { upsertFromScan } from '../ledger/upsert';
import { agedBalanceOn, clientReport, dueToday } from '../ledger/queries';
import { exportJson, restoreBackup } from '../ledger/backup';
import { exportReceivablesCsv } from '../ledger/csv-export';
import type { EventSource } from '../core/schedule/events';
import { RecentScanRequestSchema, type FollowUpView, type Handlers, type HistoryItem, type InvoiceAction, type InvoiceView, type RecentScanReport, type RowRecordView, type SettingsView, type UiLanguage } from './messages';
import { createTranslate, type Translate } from './i18n';

/** A small key-value store the host provides: chrome.storage.local in the extension, localStorage in the demo. */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

export function memoryStore(): KeyValueStore {
  const map = new Map<string, unknown>();
  return {
    get: async <T,>(key: string) => structuredClone(map.get(key)) as T | undefined,
    set: async (key, value) => void map.set(key, structuredClone(value)),
  };
}

export interface ServiceDeps {
  ledger: Ledger;
  store: KeyValueStore;
  /** The user's calendar day (YYYY-MM-DD): the clock is passed in. */
  today(): string;
  /** Where scans come from: gmail in the extension, mbox for the demo's files. */
  source: Exclude<EventSource, 'user' | 'system' | 'restore'>;
  /** Told after every change of the ledger (timers and badge follow). */
  onChange?(): void;
  /** Default preferences (the demo's user). */
  defaults?: Partial<Prefs>;
  /**
   * Reads the user's recent sent mail in the mail host (the extension: in an open Gmail tab) and records the
   * invoices found; absent where the host cannot (the request is then refused with a message).
   */
  scanRecentMail?(request: z.output<typeof RecentScanRequestSchema>): Promise<RecentScanReport>;
}

interface Prefs {
  me: string[];
  language: UiLanguage;
}

const PREFS = 'prefs';
const threadKey = (threadId: string) => `thread:${threadId}`;
const invoiceThreadKey = (invoiceId: string) => `invoiceThread:${invoiceId}`;

/** The ledger's statuses as the UIs and the row labels name them. */
export function viewStatus(row: InvoiceRow): InvoiceView['status'] {
  switch (row.state.status) {
    case 'paid':
    case 'cancelled':
      return 'paid';
    case 'disputed':
      return 'disputed';
    case 'promised':
      return 'promised';
    default:
      return 'open';
  }
}

const isChaseStage = (kind: string): kind is ChaseStage => (CHASE_STAGES as readonly string[]).includes(kind);

function historyLine(e: EventRow, t: Translate, money: (x: number) => string): string {
  switch (e.type) {
    case 'detected':
      return e.changes?.length ? `${t('history_detected')} (${e.changes.map((c) => `${c.field}: ${String(c.to)}`).join(', ')})` : t('history_detected');
    case 'reminder-drafted':
      return t('history_reminder-drafted', e.stage);
    case 'reminder-sent':
      return t('history_reminder-sent', isChaseStage(e.stage) ? t(`stage_${e.stage}`) : e.stage);
    case 'call-logged':
      return t('history_call-logged', `${t(`outcome_${e.outcome}`)}${e.note ? ` — ${e.note}` : ''}`);
    case 'promise':
      return t('history_promise', e.promisedDate);
    case 'dispute':
      return e.resolved ? t('history_dispute-resolved') : t('history_dispute', e.reason);
    case 'payment-plan':
      return t('history_payment-plan', e.instalments.length);
    case 'payment':
      return t('history_payment', money(e.amount));
    case 'note':
      return t('history_note', e.text);
    case 'status-changed-by-hand':
      return t('history_status-changed-by-hand', e.status);
    case 'snoozed':
      return t('history_snoozed', e.until);
    case 'field-corrected':
      return t('history_field-corrected', `${t(`field_${e.field}`)} → ${String(e.to)}`);
  }
}

const CALL_FOR_DRAFT: Record<string, 'reached' | 'no-answer' | 'promise' | 'dispute' | 'plan-requested' | 'paid'> = {
  paid: 'paid',
  promise: 'promise',
  dispute: 'dispute',
  'plan-requested': 'plan-requested',
  'no-answer': 'no-answer',
  callback: 'reached',
  other: 'reached',
};

export interface RelanceService {
  handlers: Handlers;
  /** What a notification click needs: the conversation of an invoice. */
  threadOfInvoice(invoiceId: string): Promise<string | null>;
  prefs(): Promise<Prefs>;
}

export function createRelanceService(deps: ServiceDeps): RelanceService {
  const { ledger, store } = deps;
  const changed = () => deps.onChange?.();

  const prefs = async (): Promise<Prefs> => ({ me: [], language: 'fr', ...deps.defaults, ...(await store.get<Partial<Prefs>>(PREFS)) });
  const translate = async () => createTranslate((await prefs()).language);

  const actionOf = async (row: InvoiceRow, today: string): Promise<NextAction> => ledger.nextAction(row.id, today);

  const view = async (row: InvoiceRow, opts: { history: boolean; t: Translate; today: string }): Promise<InvoiceView> => {
    const action = await actionOf(row, opts.today);
    const status = viewStatus(row);
    const locale = (await prefs()).language === 'fr' ? 'fr-FR' : 'en-GB';
    const money = (x: number) => {
      try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency: row.currency ?? 'EUR' }).format(x);
      } catch {
        return x.toFixed(2);
      }
    };
    const history: HistoryItem[] = opts.history
      ? (await ledger.events(row.id)).map((e) => ({ id: e.id, date: e.on, kind: e.type, summary: historyLine(e, opts.t, money) }))
      : [];
    return {
      id: row.id,
      threadId: (await store.get<string>(invoiceThreadKey(row.id))) ?? null,
      messageId: row.messageIds[0] ?? null,
      invoiceNumber: row.number,
      amount: row.amount,
      amountPaid: row.state.paidAmount,
      currency: row.currency,
      issueDate: row.issueDate,
      dueDate: row.dueDate,
      debtorName: row.debtorName,
      debtorEmail: row.debtorEmail,
      status,
      promisedDate: row.state.promisedDate,
      remindersSent: row.state.reminders.length,
      daysOverdue: status === 'paid' ? null : daysOverdue(row.dueDate, opts.today),
      nextAction: action.kind === 'none' || action.date === null ? null : { kind: action.kind, stage: isChaseStage(action.kind) ? action.kind : null, date: action.date },
      history,
    };
  };

  const viewById = async (id: string, today = deps.today()) => {
    const row = await ledger.invoice(id);
    if (!row) throw new Error(`no invoice ${id} in the ledger`);
    return view(row, { history: true, t: await translate(), today });
  };

  const invoicesOfThread = async (threadId: string) => {
    const ids = (await store.get<string[]>(threadKey(threadId))) ?? [];
    const t = await translate();
    const today = deps.today();
    const rows = (await Promise.all(ids.map((id) => ledger.invoice(id)))).filter((r): r is InvoiceRow => r !== undefined);
    return Promise.all(rows.map((r) => view(r, { history: true, t, today })));
  };

  const remember = async (threadId: string, invoiceId: string) => {
    const ids = (await store.get<string[]>(threadKey(threadId))) ?? [];
    if (!ids.includes(invoiceId)) await store.set(threadKey(threadId), [...ids, invoiceId]);
    await store.set(invoiceThreadKey(invoiceId), threadId);
  };

  const eventFor = async (row: InvoiceRow, action: InvoiceAction, today: string): Promise<NewInvoiceEvent | null> => {
    switch (action.type) {
      case 'payment': {
        const balance = row.state.balance ?? row.amount ?? 0;
        const amount = action.amount ?? balance;
        return { type: 'payment', on: action.date, amount, full: action.amount === null || amount >= balance };
      }
      case 'call':
        return { type: 'call-logged', on: today, outcome: action.outcome, ...(action.note ? { note: action.note } : {}) };
      case 'promise':
        return { type: 'promise', on: today, promisedDate: action.date };
      case 'dispute':
        return { type: 'dispute', on: today, reason: action.reason, resolved: false };
      case 'resolve-dispute':
        return { type: 'dispute', on: today, reason: row.state.dispute?.reason ?? '', resolved: true };
      case 'plan':
        return { type: 'payment-plan', on: today, instalments: action.instalments.map((i) => ({ dueDate: i.date, amount: i.amount })) };
      case 'snooze':
        return { type: 'snoozed', on: today, until: action.until };
      case 'correct':
        return null;
    }
  };

  const due = async (today: string): Promise<FollowUpView[]> => {
    const { due: items } = await dueToday(ledger, today);
    return Promise.all(
      items.map(async ({ invoice, action, balance }) => ({
        key: followUpKey(invoice.id, action) ?? invoice.id,
        invoiceId: invoice.id,
        threadId: (await store.get<string>(invoiceThreadKey(invoice.id))) ?? null,
        date: action.date ?? today,
        kind: action.kind,
        stage: isChaseStage(action.kind) ? action.kind : null,
        invoiceNumber: invoice.number,
        debtorName: invoice.debtorName,
        amount: balance,
        currency: invoice.currency,
      })),
    );
  };

  const settings = async (): Promise<SettingsView> => {
    const p = await prefs();
    const schedule = await ledger.scheduleSettings();
    return { me: p.me, language: p.language, profile: await ledger.companyProfile(), ladder: { firmAfterDays: schedule.firmAfterDays, formalAfterDays: schedule.formalAfterDays } };
  };

  const userTemplates = async () => (await ledger.templates()).map((t) => ({ kind: t.kind, lang: t.language, source: t.body, id: t.id }));

  const handlers: Handlers = {
    ping: async () => ({ ok: true as const, today: deps.today() }),

    'rows.lookup': async ({ threadIds }) => {
      const p = await prefs();
      const records: Record<string, RowRecordView> = {};
      for (const threadId of threadIds) {
        const ids = (await store.get<string[]>(threadKey(threadId))) ?? [];
        const rows = (await Promise.all(ids.map((id) => ledger.invoice(id)))).filter((r): r is InvoiceRow => r !== undefined);
        // The row shows the invoice that most needs attention: an open one before a settled one.
        const row = rows.find((r) => r.open === 1) ?? rows[0];
        if (!row) continue;
        records[threadId] = {
          invoiceId: row.id,
          status: viewStatus(row),
          amount: row.amount,
          amountPaid: row.state.paidAmount,
          currency: row.currency,
          dueDate: row.dueDate,
          promisedDate: row.state.promisedDate,
        };
      }
      return { records, today: deps.today(), language: p.language, me: p.me };
    },

    'thread.scanned': async ({ threadId, receivables }) => {
      const report = await upsertFromScan(ledger, receivables, { source: deps.source, today: deps.today() });
      for (const id of [...report.created, ...report.updated, ...report.unchanged]) await remember(threadId, id);
      if (report.created.length || report.updated.length) changed();
      return { invoices: await invoicesOfThread(threadId) };
    },

    'thread.invoices': async ({ threadId }) => ({ invoices: await invoicesOfThread(threadId) }),

    'invoice.get': async ({ invoiceId }) => {
      const row = await ledger.invoice(invoiceId);
      return { invoice: row ? await view(row, { history: true, t: await translate(), today: deps.today() }) : null };
    },

    'invoice.action': async ({ invoiceId, action }) => {
      const today = deps.today();
      const row = await ledger.invoice(invoiceId);
      if (!row) throw new Error(`no invoice ${invoiceId} in the ledger`);
      if (action.type === 'correct') {
        const value = action.field === 'amount' ? Number(action.value.replace(/\s/g, '').replace(',', '.')) : action.value.trim() || null;
        if (action.field === 'amount' && !Number.isFinite(value)) throw new Error(`"${action.value}" is not an amount`);
        await ledger.correctField(invoiceId, action.field, value, today);
      } else {
        const event = await eventFor(row, action, today);
        if (event) await ledger.record(invoiceId, event);
      }
      changed();
      return { invoice: await viewById(invoiceId, today) };
    },

    'draft.build': async ({ invoiceId, stage, tone, language, invoiceAttachments }) => {
      const today = deps.today();
      const row = await ledger.invoice(invoiceId);
      if (!row) throw new Error(`no invoice ${invoiceId} in the ledger`);
      const profile = await ledger.companyProfile();
      if (!profile) throw new Error((await translate())('profileMissing'));
      const action = await actionOf(row, today);
      const overdue = daysOverdue(row.dueDate, today);
      const reminders = row.state.reminders.length;
      const kind: ChaseStage =
        stage ?? (isChaseStage(action.kind) ? action.kind : overdue !== null && overdue <= 0 ? 'pre-due' : reminders === 0 ? 'courteous' : reminders === 1 ? 'firm' : 'formal');
      const events: InvoiceEvent[] = await ledger.events(invoiceId);
      const report = await clientReport(ledger, row.clientId);
      const lateBefore = report.invoices.filter((i) => i.id !== row.id && i.state.settledOn && i.dueDate && daysBetween(i.dueDate, i.state.settledOn) > 0).length;
      // The tone follows the client's history (2+ late payments: firmer); the compose tool may choose it.
      const pastLatePayments = tone === 'cordial' ? 0 : tone === 'firmer' ? Math.max(2, lateBefore) : lateBefore;
      const history: DraftHistoryInput = {
        // A reminder seen in the mailbox without its date is not quoted with a made-up one.
        reminders: events.flatMap((e) => (e.type === 'reminder-sent' && !e.dateUnknown ? [{ stage: isChaseStage(e.stage) ? e.stage : null, date: e.on }] : [])),
        promises: events.flatMap((e) => (e.type === 'promise' ? [{ date: e.on, promisedDate: e.promisedDate }] : [])),
        calls: events.flatMap((e) => (e.type === 'call-logged' ? [{ date: e.on, outcome: CALL_FOR_DRAFT[e.outcome] ?? 'reached', note: e.note ?? '' }] : [])),
        pastLatePayments,
      };
      const status = viewStatus(row);
      const result = buildDraft({
        kind,
        lang: language ?? profile.language,
        today,
        invoice: {
          invoiceNumber: row.number,
          // What is still owed: a partially paid invoice is chased for its balance, never the full amount.
          amount: row.state.balance ?? row.amount,
          currency: row.currency,
          issueDate: row.issueDate,
          dueDate: row.dueDate,
          debtorEmail: row.debtorEmail,
          debtorName: row.debtorName,
          status,
          promisedDate: row.state.promisedDate,
        },
        client: { contactName: row.debtorName },
        invoiceAttachments,
        history,
        profile,
        userTemplates: await userTemplates(),
      });
      return {
        draft: {
          ...result.draft,
          stage: isChaseStage(result.kind) ? result.kind : kind,
          tone: result.tone,
          language: result.lang,
          missingMentions: result.formalCheck?.missing.map((m) => m.message) ?? [],
          warnings: result.warnings,
        },
      };
    },

    'reminder.sent': async ({ invoiceId, stage, sentAt, threadId }) => {
      const today = deps.today();
      await ledger.record(invoiceId, { type: 'reminder-sent', on: today, at: sentAt, stage });
      if (threadId) await remember(threadId, invoiceId);
      changed();
      return { invoice: await viewById(invoiceId, today) };
    },

    'dashboard.get': async ({ status, query }) => {
      const today = deps.today();
      const t = await translate();
      const q = query.trim().toLowerCase();
      const rows = (await ledger.allInvoices()).filter((row) => {
        const s = viewStatus(row);
        const late = s !== 'paid' && (daysOverdue(row.dueDate, today) ?? 0) > 0;
        const byStatus = status === 'all' || (status === 'overdue' ? late : status === 'open' ? s === 'open' : s === status);
        const byQuery = !q || [row.number, row.debtorName, row.debtorEmail].some((x) => x?.toLowerCase().includes(q));
        return byStatus && byQuery;
      });
      const invoices = await Promise.all(rows.map((r) => view(r, { history: false, t, today })));
      invoices.sort((a, b) => (b.daysOverdue ?? -1e9) - (a.daysOverdue ?? -1e9));
      const aged = (await agedBalanceOn(ledger, today)).map((a) => ({
        currency: a.currency,
        notDue: a.buckets['not-due'],
        d1to30: a.buckets['1-30'],
        d31to60: a.buckets['31-60'],
        d61to90: a.buckets['61-90'],
        over90: a.buckets['90+'],
        total: a.total,
      }));
      return { today, agedBalance: aged, invoices, due: await due(today) };
    },

    'client.history': async ({ debtorEmail }) => {
      const today = deps.today();
      const t = await translate();
      const email = debtorEmail.toLowerCase();
      const any = (await ledger.allInvoices()).find((r) => r.debtorEmail?.toLowerCase() === email);
      if (!any) return { debtorEmail, debtorName: null, invoices: [], averageDaysLate: null, remindersNeeded: 0 };
      const report = await clientReport(ledger, any.clientId);
      return {
        debtorEmail,
        debtorName: report.client?.name ?? any.debtorName,
        invoices: await Promise.all(report.invoices.map((r) => view(r, { history: true, t, today }))),
        averageDaysLate: report.reliability.averageDaysLate,
        remindersNeeded: report.invoices.reduce((n, r) => n + r.state.remindersTotal, 0),
      };
    },

    'followups.due': async () => {
      const today = deps.today();
      return { today, due: await due(today) };
    },

    'settings.get': settings,

    'settings.set': async (patch) => {
      const p = await prefs();
      await store.set(PREFS, { me: patch.me ?? p.me, language: patch.language ?? p.language });
      if (patch.profile) await ledger.saveCompanyProfile(patch.profile);
      if (patch.ladder) await ledger.saveScheduleSettings({ ...(await ledger.scheduleSettings()), ...patch.ladder });
      changed();
      return settings();
    },

    'templates.list': async () => {
      const custom = await userTemplates();
      const builtIn = builtInTemplateKeys()
        .map((key) => key.split('.'))
        .filter((parts) => parts.length === 2)
        .map(([kind, lang]) => ({ kind, lang }));
      const templates = builtIn.map(({ kind, lang }) => {
        const mine = custom.find((c) => c.kind === kind && c.lang === lang);
        return { kind: kind as DraftKind, language: lang as DraftLanguage, source: mine?.source ?? builtInSource(`${kind}.${lang}`) ?? '', custom: !!mine };
      });
      return { templates };
    },

    'templates.save': async ({ kind, language, source }) => {
      const check = validateUserTemplate({ kind, lang: language, source }, (await ledger.companyProfile()) ?? undefined);
      if (!check.ok) return { ok: false, errors: check.problems.map((p) => (p.line ? `${p.message} (line ${p.line})` : p.message)) };
      for (const old of (await ledger.templates(kind)).filter((t) => t.language === language)) await ledger.deleteTemplate(old.id);
      await ledger.saveTemplate({ kind, language, name: `${kind}.${language}`, subject: '', body: source });
      return { ok: true, errors: [] };
    },

    'templates.reset': async ({ kind, language }) => {
      for (const old of (await ledger.templates(kind)).filter((t) => t.language === language)) await ledger.deleteTemplate(old.id);
      return { ok: true as const };
    },

    'ledger.export': async () => ({ json: await exportJson(ledger), csv: await exportReceivablesCsv(ledger, deps.today()) }),

    'ledger.import': async ({ json }) => {
      const report = await restoreBackup(ledger, json);
      changed();
      return { invoices: report.rows.invoices ?? 0, events: report.rows.events ?? 0 };
    },

    'thread.open': async () => ({ ok: false }),

    'mail.scanRecent': async (request) => {
      if (!deps.scanRecentMail) throw new Error((await translate())('scanRecentUnavailable'));
      const report = await deps.scanRecentMail(request);
      if (report.invoices > 0) changed();
      return report;
    },
  };

  return { handlers, threadOfInvoice: async (id) => (await store.get<string>(invoiceThreadKey(id))) ?? null, prefs };
}
