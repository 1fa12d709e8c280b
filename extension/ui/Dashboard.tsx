/**
 * The dashboard: what is due, the aged balance per currency, the receivables with filters, and a client's
 * history (average delay, reminders needed). Used by the options page and the browser demo.
 */
import { useState } from 'react';
import type { Client, InvoiceView, UiLanguage } from '../../shared/app/messages';
import type { MessageKey, Translate } from '../../shared/app/i18n';
import { day, money } from '../../shared/app/format';
import { useLoad } from './use-send';

type Filter = 'all' | 'open' | 'overdue' | 'promised' | 'disputed' | 'paid';
const FILTERS: Filter[] = ['all', 'open', 'overdue', 'promised', 'disputed', 'paid'];
const BUCKETS = ['notDue', 'd1to30', 'd31to60', 'd61to90', 'over90'] as const;

export interface DashboardProps {
  send: Client;
  t: Translate;
  language: UiLanguage;
  /** Changes when the ledger changed elsewhere (the demo's actions): reloads. */
  version?: number;
  onOpenInvoice?(invoice: InvoiceView): void;
}

function ClientHistory({ send, t, language, email, onClose }: { send: Client; t: Translate; language: UiLanguage; email: string; onClose(): void }) {
  const { data } = useLoad(() => send('client.history', { debtorEmail: email }), [email]);
  if (!data) return null;
  return (
    <section className="rl-client" data-client={email}>
      <h2>{t('clientHistory')} — {data.debtorName ?? email}</h2>
      <p>{data.averageDaysLate === null ? '' : t('averageDaysLate', Math.round(data.averageDaysLate))} · {t('remindersNeeded', data.remindersNeeded)}</p>
      <table className="rl-table">
        <tbody>
          {data.invoices.map((i) => (
            <tr key={i.id} data-status={i.status}>
              <td>{i.invoiceNumber}</td>
              <td className="rl-num">{money(i.amount, i.currency, language)}</td>
              <td>{day(i.dueDate, language)}</td>
              <td>{t(`status_${i.status}` as MessageKey)}</td>
              <td>{i.history.map((h) => `${h.date.slice(0, 10)} ${h.summary}`).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button onClick={onClose}>{t('close')}</button>
    </section>
  );
}

export function Dashboard({ send, t, language, version = 0, onOpenInvoice }: DashboardProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const [query, setQuery] = useState('');
  const [client, setClient] = useState<string | null>(null);
  const { data, error } = useLoad(() => send('dashboard.get', { status: filter, query }), [filter, query, version]);
  if (error) return <p className="rl-error" role="alert">{t('error', error)}</p>;
  if (!data) return <p className="rl-muted">…</p>;
  return (
    <div className="rl-dashboard">
      <h2>{t('dueToday')}</h2>
      {data.due.length === 0 ? <p className="rl-muted" data-testid="nothing-due">{t('nothingDue')}</p> : (
        <ul className="rl-due">
          {data.due.map((f) => (
            <li key={f.key} data-invoice={f.invoiceNumber ?? ''}>
              <strong>{f.invoiceNumber}</strong> — {f.debtorName} — {money(f.amount, f.currency, language)} — {f.stage ? t(`stage_${f.stage}` as MessageKey) : f.kind}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('agedBalance')}</h2>
      <table className="rl-table rl-aged">
        <thead>
          <tr><th>{t('currency')}</th>{BUCKETS.map((b) => <th key={b} className="rl-num">{t(`bucket_${b}`)}</th>)}<th className="rl-num">{t('total')}</th></tr>
        </thead>
        <tbody>
          {data.agedBalance.map((row) => (
            <tr key={row.currency} data-currency={row.currency}>
              <td>{row.currency}</td>
              {BUCKETS.map((b) => <td key={b} className="rl-num" data-bucket={b}>{money(row[b], row.currency, language)}</td>)}
              <td className="rl-num" data-bucket="total">{money(row.total, row.currency, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('receivables')}</h2>
      <div className="rl-filters">
        {FILTERS.map((f) => (
          <button key={f} aria-pressed={filter === f} className={filter === f ? 'rl-primary' : ''} data-filter={f} onClick={() => setFilter(f)}>{t(`filter_${f}`)}</button>
        ))}
        <input type="search" placeholder={t('search')} aria-label={t('search')} value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <table className="rl-table rl-receivables">
        <thead>
          <tr><th>{t('invoice')}</th><th>{t('client')}</th><th className="rl-num">{t('amountDue')}</th><th>{t('dueDate')}</th><th className="rl-num">{t('daysLate')}</th><th>{t('status')}</th><th>{t('nextAction')}</th></tr>
        </thead>
        <tbody>
          {data.invoices.map((i) => (
            <tr key={i.id} data-invoice={i.invoiceNumber ?? i.id} data-status={i.status}>
              <td>{onOpenInvoice ? <a href="#" onClick={(e) => { e.preventDefault(); onOpenInvoice(i); }}>{i.invoiceNumber}</a> : i.invoiceNumber}</td>
              <td>{i.debtorEmail ? <a href="#" onClick={(e) => { e.preventDefault(); setClient(i.debtorEmail); }}>{i.debtorName ?? i.debtorEmail}</a> : i.debtorName}</td>
              <td className="rl-num">{money(i.amount === null ? null : i.status === 'paid' ? 0 : i.amount - i.amountPaid, i.currency, language)}</td>
              <td>{day(i.dueDate, language)}</td>
              <td className="rl-num">{i.daysOverdue !== null && i.daysOverdue > 0 && i.status !== 'paid' ? i.daysOverdue : ''}</td>
              <td data-field="status">{t(`status_${i.status}` as MessageKey)}</td>
              <td data-field="next">{i.nextAction ? `${i.nextAction.stage ? t(`stage_${i.nextAction.stage}` as MessageKey) : i.nextAction.kind} · ${day(i.nextAction.date, language)}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {client && <ClientHistory send={send} t={t} language={language} email={client} onClose={() => setClient(null)} />}
    </div>
  );
}
