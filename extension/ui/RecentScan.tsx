/**
 * "Scan recent sent mail" on the options page (and in the demo's dashboard): the user picks a period, the
 * mail host reads the conversations sent in it that may hold an invoice, and the dashboard shows the result.
 */
import { useState } from 'react';
import type { Client, RecentScanReport } from '../../shared/app/messages';
import type { Translate } from '../../shared/app/i18n';

const PERIODS = [30, 90, 180] as const;

export function RecentScan({ send, t, onScanned }: { send: Client; t: Translate; onScanned?(): void }) {
  const [days, setDays] = useState<number>(90);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<{ report: RecentScanReport } | { error: string } | null>(null);
  const run = () => {
    setRunning(true);
    setResult(null);
    send('mail.scanRecent', { days, limit: 100 }).then(
      (report) => {
        setResult({ report });
        onScanned?.();
      },
      (error: unknown) => setResult({ error: error instanceof Error ? error.message.replace(/^mail\.scanRecent: /, '') : String(error) }),
    ).finally(() => setRunning(false));
  };
  return (
    <section className="rl-recent-scan" data-testid="recent-scan">
      <h2>{t('scanRecentTitle')}</h2>
      <p className="rl-muted">{t('scanRecentHelp')}</p>
      <div className="rl-buttons">
        <label>
          {t('scanRecentDays')}{' '}
          <select value={days} onChange={(e) => setDays(Number(e.target.value))} disabled={running}>
            {PERIODS.map((p) => <option key={p} value={p}>{t('scanRecentDaysOption', p)}</option>)}
          </select>
        </label>
        <button className="rl-primary" onClick={run} disabled={running}>{running ? t('scanRecentRunning') : t('scanRecentTitle')}</button>
      </div>
      {result && 'report' in result && (
        <p role="status">
          {t('scanRecentDone', result.report.read, result.report.listed, result.report.invoices)}
          {result.report.skipped > 0 && ` ${t('scanRecentSkipped', result.report.skipped)}`}
        </p>
      )}
      {result && 'error' in result && <p className="rl-error" role="alert">{result.error}</p>}
    </section>
  );
}
