/**
 * The settings pages: templates editor (with the formal-mention checker's verdict), company profile,
 * chase delays and the user's addresses, import / export.
 */
import { useState } from 'react';
import type { CompanyProfile } from '../../shared/core/profile/company-profile';
import { DRAFT_LANGUAGES } from '../../shared/core/ladder/stages';
import type { Client, SettingsView, TemplateView, UiLanguage } from '../../shared/app/messages';
import type { Translate } from '../../shared/app/i18n';
import { useLoad } from './use-send';

type Props = { send: Client; t: Translate };

export function TemplatesEditor({ send, t }: Props) {
  const { data, reload } = useLoad(() => send('templates.list', {}), []);
  const [draft, setDraft] = useState<TemplateView | null>(null);
  const [verdict, setVerdict] = useState<{ ok: boolean; errors: string[] } | null>(null);
  if (!data) return <p className="rl-muted">…</p>;
  const key = (x: Pick<TemplateView, 'kind' | 'language'>) => `${x.kind}.${x.language}`;
  return (
    <section className="rl-templates">
      <select aria-label={t('templates')} value={draft ? key(draft) : ''} onChange={(e) => { setDraft(data.templates.find((x) => key(x) === e.target.value) ?? null); setVerdict(null); }}>
        <option value="" disabled>{t('templates')}</option>
        {data.templates.map((x) => <option key={key(x)} value={key(x)}>{x.kind} · {x.language.toUpperCase()}{x.custom ? ' *' : ''}</option>)}
      </select>
      {draft && (
        <form className="rl-form" onSubmit={(e) => {
          e.preventDefault();
          void send('templates.save', { kind: draft.kind, language: draft.language, source: draft.source }).then((v) => { setVerdict(v); if (v.ok) reload(); });
        }}>
          <label>{t('templateSource')} <textarea name="source" rows={22} value={draft.source} onChange={(e) => setDraft({ ...draft, source: e.target.value })} /></label>
          <div className="rl-buttons">
            <button type="submit" className="rl-primary">{t('save')}</button>
            <button type="button" onClick={() => void send('templates.reset', { kind: draft.kind, language: draft.language }).then(() => { reload(); setDraft(null); setVerdict(null); })}>{t('resetTemplate')}</button>
          </div>
          {verdict && (verdict.ok
            ? <p className="rl-muted" role="status">{t('templateSaved')}</p>
            : <p className="rl-error" role="alert">{t('templateRefused', verdict.errors.join('; '))}</p>)}
        </form>
      )}
    </section>
  );
}

const EMPTY_PROFILE: CompanyProfile = { companyName: '', address: '', email: '', phone: '', siren: '', iban: '', signatoryName: '', signatoryTitle: '', jurisdiction: 'FR', language: 'fr' };

export function SettingsForm({ send, t, onLanguage }: Props & { onLanguage?(l: UiLanguage): void }) {
  const { data } = useLoad(() => send('settings.get', {}), []);
  const [edit, setEdit] = useState<SettingsView | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const s = edit ?? data;
  if (!s) return <p className="rl-muted">…</p>;
  const profile = s.profile ?? EMPTY_PROFILE;
  const set = (patch: Partial<SettingsView>) => setEdit({ ...s, ...patch });
  const setProfile = (patch: Partial<CompanyProfile>) => set({ profile: { ...profile, ...patch } });
  const text = (k: keyof CompanyProfile, label: string, multiline = false) => (
    <label key={k}>{label} {multiline
      ? <textarea name={k} rows={3} value={String(profile[k] ?? '')} onChange={(e) => setProfile({ [k]: e.target.value })} />
      : <input name={k} value={String(profile[k] ?? '')} onChange={(e) => setProfile({ [k]: e.target.value })} />}</label>
  );
  return (
    <form className="rl-form rl-settings" onSubmit={(e) => {
      e.preventDefault();
      send('settings.set', { me: s.me, language: s.language, ladder: s.ladder, ...(s.profile ? { profile: s.profile } : {}) }).then(
        (saved) => { setEdit(saved); setStatus(t('saved')); onLanguage?.(saved.language); },
        (err: unknown) => setStatus(t('error', err instanceof Error ? err.message : String(err))),
      );
    }}>
      <h2>{t('myAddresses')}</h2>
      <input name="me" value={s.me.join(', ')} onChange={(e) => set({ me: e.target.value.split(',').map((x) => x.trim()).filter(Boolean) })} />
      <label>{t('language')} <select name="language" value={s.language} onChange={(e) => set({ language: e.target.value as UiLanguage })}><option value="fr">Français</option><option value="en">English</option></select></label>
      <h2>{t('ladderSettings')}</h2>
      <label>{t('firmAfterDays')} <input name="firmAfterDays" type="number" min={1} value={s.ladder.firmAfterDays} onChange={(e) => set({ ladder: { ...s.ladder, firmAfterDays: Number(e.target.value) } })} /></label>
      <label>{t('formalAfterDays')} <input name="formalAfterDays" type="number" min={1} value={s.ladder.formalAfterDays} onChange={(e) => set({ ladder: { ...s.ladder, formalAfterDays: Number(e.target.value) } })} /></label>
      <h2>{t('companyProfile')}</h2>
      {text('companyName', t('profile_companyName'))}
      {text('address', t('profile_address'), true)}
      {text('email', t('profile_email'))}
      {text('phone', t('profile_phone'))}
      {text('siren', t('profile_siren'))}
      {text('iban', t('profile_iban'))}
      {text('signatoryName', t('profile_signatoryName'))}
      {text('signatoryTitle', t('profile_signatoryTitle'))}
      <label>{t('profile_jurisdiction')} <select name="jurisdiction" value={profile.jurisdiction} onChange={(e) => setProfile({ jurisdiction: e.target.value as CompanyProfile['jurisdiction'] })}>
        {(['FR', 'EU', 'UK', 'OTHER'] as const).map((j) => <option key={j} value={j}>{j}</option>)}
      </select></label>
      <label>{t('profile_language')} <select name="profileLanguage" value={profile.language} onChange={(e) => setProfile({ language: e.target.value as CompanyProfile['language'] })}>
        {DRAFT_LANGUAGES.map((l) => <option key={l} value={l}>{l.toUpperCase()}</option>)}
      </select></label>
      <div className="rl-buttons"><button type="submit" className="rl-primary">{t('save')}</button></div>
      {status && <p role="status">{status}</p>}
    </form>
  );
}

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ImportExport({ send, t, onImported }: Props & { onImported?(): void }) {
  const [status, setStatus] = useState<string | null>(null);
  return (
    <section className="rl-import-export">
      <div className="rl-buttons">
        <button onClick={() => void send('ledger.export', {}).then(({ json }) => download('relance-backup.json', json, 'application/json'))}>{t('exportJson')}</button>
        <button onClick={() => void send('ledger.export', {}).then(({ csv }) => download('relance-receivables.csv', csv, 'text/csv'))}>{t('exportCsv')}</button>
      </div>
      <label>{t('importJson')} <input type="file" accept="application/json,.json" onChange={(e) => {
        const file = e.target.files?.[0];
        if (!file) return;
        void file.text().then((json) => send('ledger.import', { json })).then(
          (r) => { setStatus(t('imported', r.invoices, r.events)); onImported?.(); },
          (err: unknown) => setStatus(t('error', err instanceof Error ? err.message : String(err))),
        );
      }} /></label>
      {status && <p role="status">{status}</p>}
    </section>
  );
}
