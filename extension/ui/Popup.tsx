/** The toolbar popup: what is due today, the overdue totals, a link to the dashboard. */
import type { Client, UiLanguage } from '../../shared/app/messages';
import type { MessageKey, Translate } from '../../shared/app/i18n';
import { money } from '../../shared/app/format';
import { useLoad } from './use-send';

export function Popup({ send, t, language, dashboardUrl }: { send: Client; t: Translate; language: UiLanguage; dashboardUrl: string }) {
  const { data, error } = useLoad(() => send('dashboard.get', { status: 'overdue', query: '' }), []);
  if (error) return <div className="rl-popup"><p className="rl-error" role="alert">{t('error', error)}</p></div>;
  if (!data) return <div className="rl-popup">…</div>;
  const overdue = data.agedBalance.map((row) => ({ currency: row.currency, total: row.total - row.notDue })).filter((r) => r.total > 0);
  return (
    <div className="rl-popup">
      <h1>{t('dueToday')} <span className="rl-badge" data-testid="due-count">{data.due.length}</span></h1>
      {data.due.length === 0 ? <p className="rl-muted">{t('nothingDue')}</p> : (
        <ul className="rl-due">
          {data.due.map((f) => (
            <li key={f.key} data-invoice={f.invoiceNumber ?? ''}>
              <strong>{f.invoiceNumber}</strong> {f.debtorName} — {money(f.amount, f.currency, language)} ({f.stage ? t(`stage_${f.stage}` as MessageKey) : f.kind})
            </li>
          ))}
        </ul>
      )}
      <h2>{t('overdueTotal')}</h2>
      <ul className="rl-overdue">
        {overdue.map((o) => <li key={o.currency} data-currency={o.currency}>{money(o.total, o.currency, language)}</li>)}
      </ul>
      <p><a className="rl-primary rl-button" href={dashboardUrl} target="_blank" rel="noreferrer">{t('openDashboard')}</a></p>
    </div>
  );
}
