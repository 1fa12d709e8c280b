/** The options page: dashboard, templates, settings, import / export. */
import { useState } from 'react';
import type { Client, UiLanguage } from '../../shared/app/messages';
import { createTranslate } from '../../shared/app/i18n';
import { Dashboard } from './Dashboard';
import { ImportExport, SettingsForm, TemplatesEditor } from './Settings';
import { RecentScan } from './RecentScan';

type Tab = 'dashboard' | 'templates' | 'settings' | 'importExport';

export function OptionsApp({ send, language: initial }: { send: Client; language: UiLanguage }) {
  const [language, setLanguage] = useState(initial);
  const [tab, setTab] = useState<Tab>(() => (location.hash.slice(1) as Tab) || 'dashboard');
  const [version, setVersion] = useState(0);
  const t = createTranslate(language);
  const tabs: [Tab, string][] = [['dashboard', t('dashboard')], ['templates', t('templates')], ['settings', t('companyProfile')], ['importExport', t('importExport')]];
  return (
    <main className="rl-page">
      <h1>Relance</h1>
      <nav className="rl-tabs" role="tablist">
        {tabs.map(([id, label]) => <button key={id} role="tab" aria-selected={tab === id} onClick={() => { setTab(id); location.hash = id; }}>{label}</button>)}
      </nav>
      {tab === 'dashboard' && (
        <>
          <RecentScan send={send} t={t} onScanned={() => setVersion((v) => v + 1)} />
          <Dashboard send={send} t={t} language={language} version={version} />
        </>
      )}
      {tab === 'templates' && <TemplatesEditor send={send} t={t} />}
      {tab === 'settings' && <SettingsForm send={send} t={t} onLanguage={setLanguage} />}
      {tab === 'importExport' && <ImportExport send={send} t={t} onImported={() => setVersion((v) => v + 1)} />}
    </main>
  );
}
