/**
 * The task pane: on a read message the invoice and its drafts, on a message being written the insertion of a
 * reminder, and the desk (due today, aged balance, receivables, batch) — alone when no message is open, as
 * a tab beside the invoice otherwise. Pinned, the pane follows the selected message (ItemChanged). The due
 * follow-ups show as soon as it opens.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, FluentProvider, Tab, TabList, webLightTheme } from '@fluentui/react-components';
import type { FollowUpView } from '../../shared/app/messages';
import type { ItemMode } from '../office/outlook-host';
import type { Relance } from '../flow';
import { createPaneTranslate, paneLanguage } from './strings';
import { ReadView } from './ReadView';
import { ComposeView } from './ComposeView';
import { DeskView } from './DeskView';
import { SettingsView } from './SettingsView';
import { NoticeBar, useStyles } from './ui';
import { day } from '../../shared/app/format';

interface Props {
  relance: Relance;
  today: string;
}

type PaneTab = 'invoice' | 'desk' | 'settings';

export function App({ relance, today }: Props) {
  const s = useStyles();
  const { host, client } = relance;
  const language = paneLanguage(host.displayLanguage());
  // Stable across renders: the views' loaders depend on it.
  const t = useMemo(() => createPaneTranslate(language), [language]);
  const [mode, setMode] = useState<ItemMode>(host.mode());
  const [itemVersion, setItemVersion] = useState(0);
  const [ledgerVersion, setLedgerVersion] = useState(0);
  const [tab, setTab] = useState<PaneTab>(host.mode() === 'none' ? 'desk' : 'invoice');
  const [profileMissing, setProfileMissing] = useState(false);
  const [due, setDue] = useState<FollowUpView[] | null>(null);
  const [dueError, setDueError] = useState<string | null>(null);
  const onLedgerChanged = useCallback(() => setLedgerVersion((v) => v + 1), []);

  useEffect(() => {
    let remove: (() => Promise<void>) | null = null;
    let live = true;
    host
      .onItemChanged(() => {
        const next = host.mode();
        setMode(next);
        setItemVersion((v) => v + 1);
        if (next === 'none') setTab((current) => (current === 'invoice' ? 'desk' : current));
      })
      .then((r) => {
        if (live) remove = r;
        else void r();
      })
      .catch(() => undefined);
    return () => {
      live = false;
      void remove?.();
    };
  }, [host]);

  useEffect(() => {
    client('settings.get', {}).then(
      (settings) => setProfileMissing(settings.profile === null),
      () => undefined,
    );
  }, [client, ledgerVersion]);

  useEffect(() => {
    client('followups.due', {}).then(
      (r) => setDue(r.due),
      (e) => setDueError(e instanceof Error ? e.message : String(e)),
    );
  }, [client, ledgerVersion]);

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={s.pane} lang={language}>
        {due && due.length > 0 && (
          <NoticeBar
            testId="due-banner"
            notice={{
              intent: 'warning',
              title: t('dueBanner', due.length),
              text: due
                .slice(0, 3)
                .map((f) => `${f.invoiceNumber ?? '?'} (${f.stage ? t(`stage_${f.stage}`) : f.kind}, ${day(f.date, language)})`)
                .join(' · '),
            }}
          />
        )}
        {dueError && <NoticeBar notice={{ intent: 'error', text: t('loadError', dueError) }} testId="due-error" />}
        {profileMissing && tab !== 'settings' && (
          <NoticeBar
            testId="profile-missing"
            notice={{ intent: 'info', text: t('profileNeeded') }}
            action={
              <Button size="small" onClick={() => setTab('settings')}>
                {t('openSettings')}
              </Button>
            }
          />
        )}
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as PaneTab)}>
          {mode !== 'none' && (
            <Tab value="invoice" data-testid="tab-invoice">
              {t('tabInvoice')}
            </Tab>
          )}
          <Tab value="desk" data-testid="tab-desk">
            {t('tabDesk')}
          </Tab>
          <Tab value="settings" data-testid="tab-settings">
            {t('tabSettings')}
          </Tab>
        </TabList>
        {mode === 'read' && tab === 'invoice' && <ReadView relance={relance} t={t} language={language} today={today} itemVersion={itemVersion} onLedgerChanged={onLedgerChanged} />}
        {mode === 'compose' && tab === 'invoice' && <ComposeView relance={relance} t={t} language={language} itemVersion={itemVersion} />}
        {tab === 'desk' && <DeskView relance={relance} t={t} language={language} ledgerVersion={ledgerVersion} />}
        {tab === 'settings' && <SettingsView relance={relance} t={t} onSaved={onLedgerChanged} />}
      </main>
    </FluentProvider>
  );
}
