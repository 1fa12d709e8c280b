/**
 * The accountant's desk (the pane pinned, or opened with no invoice message): what is due today, the aged
 * balance, the receivables, and a batch mode that opens the due reminders one after the other, each in a new
 * message form and recorded as it opens.
 */
import { useCallback, useEffect, useState } from 'react';
import {
  Button,
  Caption1,
  Input,
  Select,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { FollowUpView, InvoiceView, ResponseOf, UiLanguage } from '../../shared/app/messages';
import { day, money } from '../../shared/app/format';
import { describeOfficeError } from '../office/office-async';
import { openBatchReminder, type Relance } from '../flow';
import type { PaneTranslate } from './strings';
import { NoticeBar, RetryBar, useStyles, type Notice } from './ui';

type Dashboard = ResponseOf<'dashboard.get'>;
type Filter = 'all' | 'open' | 'overdue' | 'promised' | 'disputed' | 'paid';
const FILTERS: Filter[] = ['all', 'open', 'overdue', 'promised', 'disputed', 'paid'];
const BUCKETS = [
  ['notDue', 'bucket_notDue'],
  ['d1to30', 'bucket_d1to30'],
  ['d31to60', 'bucket_d31to60'],
  ['d61to90', 'bucket_d61to90'],
  ['over90', 'bucket_over90'],
] as const;

interface Props {
  relance: Relance;
  t: PaneTranslate;
  language: UiLanguage;
  /** Bumped when the ledger changed elsewhere in the pane. */
  ledgerVersion: number;
}

function DueList({ due, t, language }: { due: FollowUpView[]; t: PaneTranslate; language: UiLanguage }) {
  const s = useStyles();
  if (due.length === 0) return <Caption1 className={s.muted}>{t('nothingDue')}</Caption1>;
  return (
    <ol className={s.history} data-testid="due-list">
      {due.map((f) => (
        <li key={f.key} data-invoice={f.invoiceNumber ?? f.invoiceId}>
          {f.stage ? t(`stage_${f.stage}`) : f.kind} — {f.invoiceNumber ?? '?'} · {f.debtorName ?? '—'} · {money(f.amount, f.currency, language)}
        </li>
      ))}
    </ol>
  );
}

function Receivables({ invoices, t, language }: { invoices: InvoiceView[]; t: PaneTranslate; language: UiLanguage }) {
  const s = useStyles();
  return (
    <Table size="extra-small" className={s.table} data-testid="receivables">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('invoice')}</TableHeaderCell>
          <TableHeaderCell>{t('client')}</TableHeaderCell>
          <TableHeaderCell className={s.num}>{t('amountDue')}</TableHeaderCell>
          <TableHeaderCell>{t('dueDate')}</TableHeaderCell>
          <TableHeaderCell>{t('status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invoices.map((i) => (
          <TableRow key={i.id} data-invoice={i.invoiceNumber ?? i.id} data-status={i.status}>
            <TableCell>{i.invoiceNumber ?? '?'}</TableCell>
            <TableCell>{i.debtorName ?? i.debtorEmail ?? '—'}</TableCell>
            <TableCell className={s.num}>{money(i.amount === null ? null : Math.max(0, i.amount - i.amountPaid), i.currency, language)}</TableCell>
            <TableCell>
              {day(i.dueDate, language)}
              {i.daysOverdue !== null && i.daysOverdue > 0 && i.status !== 'paid' ? ` (J+${i.daysOverdue})` : ''}
            </TableCell>
            <TableCell>{t(`status_${i.status}`)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function DeskView({ relance, t, language, ledgerVersion }: Props) {
  const s = useStyles();
  const [filter, setFilter] = useState<Filter>('open');
  const [query, setQuery] = useState('');
  const [data, setData] = useState<Dashboard | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The due reminders opened one after the other; `covered` the invoices a grouped one already chased. */
  const [batch, setBatch] = useState<{ queue: FollowUpView[]; index: number; covered: string[] } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const describe = useCallback((e: unknown) => describeOfficeError(e, language), [language]);

  const load = useCallback(async () => {
    try {
      setError(null);
      setData(await relance.client('dashboard.get', { status: filter, query }));
    } catch (e) {
      setError(t('loadError', describe(e)));
    }
  }, [relance, filter, query, t, describe]);

  useEffect(() => {
    void load();
  }, [load, ledgerVersion]);

  if (error) return <RetryBar text={error} label={t('retry')} onRetry={() => void load()} />;
  if (!data) return <Spinner size="small" />;

  const openNext = async () => {
    const queue = batch?.queue ?? data.due;
    const index = batch?.index ?? 0;
    const covered = batch?.covered ?? [];
    const next = queue[index];
    if (!next) return;
    setBusy(true);
    try {
      const result = await openBatchReminder(relance, next.invoiceId, next.stage, next.threadId);
      const nowCovered = [...covered, ...result.covered];
      // One message per client: the due reminders of invoices a grouped one chased are skipped.
      let following = index + 1;
      while (following < queue.length && nowCovered.includes(queue[following]!.invoiceId)) following++;
      setBatch({ queue, index: following, covered: nowCovered });
      const attachment = result.outcome.attached.length ? t(result.outcome.attached.length > 1 ? 'attachedFiles' : 'attachedFile', result.outcome.attached.join(', ')) : t('batchNoAttachment');
      const what = result.covered.length > 1 ? t('batchGrouped', result.covered.length) : next.invoiceNumber ?? '?';
      setNotice({ intent: 'info', text: `${t('batchProgress', index + 1, queue.length)} — ${what}. ${attachment}` });
      void load();
    } catch (e) {
      setBatch({ queue, index, covered });
      setNotice({ intent: 'error', title: t('stillHere'), text: t('officeError', describe(e)) });
    } finally {
      setBusy(false);
    }
  };
  const queue = batch?.queue ?? data.due;
  const done = batch !== null && batch.index >= queue.length;

  return (
    <div className={s.section} data-testid="desk-view">
      <Subtitle2>{t('dueToday')}</Subtitle2>
      <DueList due={data.due} t={t} language={language} />
      <Subtitle2>{t('batch')}</Subtitle2>
      {notice && <NoticeBar notice={notice} testId="batch-notice" />}
      {done ? (
        <NoticeBar notice={{ intent: 'success', text: t('batchDone') }} testId="batch-done" />
      ) : (
        <div className={s.row}>
          <Button appearance="primary" disabled={busy || queue.length === 0} onClick={() => void openNext()} data-testid="batch-next">
            {batch ? t('batchNext') : t('batchStart')}
          </Button>
          {queue.length > 0 && <Caption1>{t('batchProgress', Math.min((batch?.index ?? 0) + 1, queue.length), queue.length)}</Caption1>}
        </div>
      )}
      <Subtitle2>{t('agedBalance')}</Subtitle2>
      {/* Buckets down, currencies across: a task pane is narrow and most books have one currency. */}
      <Table size="extra-small" className={s.table} data-testid="aged-balance">
        <TableHeader>
          <TableRow>
            <TableHeaderCell />
            {data.agedBalance.map((row) => (
              <TableHeaderCell key={row.currency} className={s.num}>
                {row.currency}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {[...BUCKETS, ['total', 'total'] as const].map(([field, key]) => (
            <TableRow key={field} data-bucket={field}>
              <TableCell>{t(key)}</TableCell>
              {data.agedBalance.map((row) => (
                <TableCell key={row.currency} className={s.num} data-currency={row.currency}>
                  {money(row[field], row.currency, language)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Subtitle2>{t('receivables')}</Subtitle2>
      <div className={s.row}>
        <Select value={filter} onChange={(_, d) => setFilter(d.value as Filter)} aria-label={t('status')}>
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {t(`filter_${f}`)}
            </option>
          ))}
        </Select>
        <Input value={query} placeholder={t('search')} onChange={(_, d) => setQuery(d.value)} aria-label={t('search')} />
        <Caption1>{t('count', data.invoices.length)}</Caption1>
      </div>
      <Receivables invoices={data.invoices} t={t} language={language} />
    </div>
  );
}
