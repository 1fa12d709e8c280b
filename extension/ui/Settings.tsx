/**
 * The settings pages: templates editor (with the formal-mention checker's verdict), company profile, the
 * chase (the default ladder, the named ladders assigned to clients, the chase days and hours, the holidays,
 * the thank-you on payment), the user's addresses, import / export.
 */
import { useState } from 'react';
import type { CompanyProfile } from '../../shared/core/profile/company-profile';
import { DRAFT_LANGUAGES } from '../../shared/core/ladder/stages';
import { LADDER_PRESETS, ladderIdFor, type LadderPreset } from '../../shared/core/ladder/ladders';
import { LADDER_TONES, type LadderTone } from '../../shared/core/schedule/settings';
import { HOLIDAY_CALENDARS, type HolidayCalendar } from '../../shared/core/schedule/public-holidays';
import type { Client, SettingsView, TemplateView, UiLanguage } from '../../shared/app/messages';
import type { MessageKey, Translate } from '../../shared/app/i18n';
import { useLoad } from './use-send';

type Ladder = SettingsView['ladders'][number];
const WEEKDAYS = [1, 2, 3, 4, 5] as const;
/** A pre-due reminder switched back on starts at three days before the due date. */
const PRE_DUE_DEFAULT = 3;

/** Delays, pre-due on or off, and tone: the part of a ladder the user edits, for the default one and the named ones. */
function LadderFields({ value, prefix, t, onChange }: { value: Omit<Ladder, 'id' | 'name'>; prefix: string; t: Translate; onChange(patch: Partial<Ladder>): void }) {
  const num = (key: 'courteousAfterDays' | 'firmAfterDays' | 'formalAfterDays' | 'preDueDays', min: number) => (
    <label>{t(`ladder_${key}` as MessageKey)} <input name={`${prefix}${key}`} type="number" min={min} value={value[key]} onChange={(e) => onChange({ [key]: Math.max(min, Number(e.target.value) || min) })} /></label>
  );
  return (
    <>
      {num('courteousAfterDays', 1)}
      {num('firmAfterDays', 1)}
      {num('formalAfterDays', 1)}
      <label className="rl-check"><input type="checkbox" name={`${prefix}preDue`} checked={value.preDueDays > 0} onChange={(e) => onChange({ preDueDays: e.target.checked ? PRE_DUE_DEFAULT : 0 })} /> {t('ladder_preDue')}</label>
      {value.preDueDays > 0 && num('preDueDays', 1)}
      <label>{t('tone')} <select name={`${prefix}tone`} value={value.tone} onChange={(e) => onChange({ tone: e.target.value as LadderTone })}>
        {LADDER_TONES.map((tone) => <option key={tone} value={tone}>{t(`ladderTone_${tone}` as MessageKey)}</option>)}
      </select></label>
    </>
  );
}

/** The named ladders: each editable and removable, new ones from a preset or a copy of the default one. */
function LaddersEditor({ ladders, defaults, t, onChange }: { ladders: Ladder[]; defaults: Omit<Ladder, 'id' | 'name'>; t: Translate; onChange(ladders: Ladder[]): void }) {
  const [preset, setPreset] = useState<LadderPreset | 'default'>('late-payer');
  const add = () => {
    const name = preset === 'default' ? t('ladder_new') : t(`ladderPreset_${preset}` as MessageKey);
    const values = preset === 'default' ? defaults : LADDER_PRESETS[preset];
    onChange([...ladders, { id: ladderIdFor(name, ladders.map((l) => l.id)), name, ...values }]);
  };
  return (
    <div className="rl-ladders">
      {ladders.map((l, i) => (
        <fieldset key={l.id} className="rl-ladder" data-ladder={l.id}>
          <label>{t('ladder_name')} <input name={`ladder-${i}-name`} value={l.name} onChange={(e) => onChange(ladders.map((x, k) => (k === i ? { ...x, name: e.target.value } : x)))} /></label>
          <LadderFields value={l} prefix={`ladder-${i}-`} t={t} onChange={(patch) => onChange(ladders.map((x, k) => (k === i ? { ...x, ...patch } : x)))} />
          <div className="rl-buttons"><button type="button" data-action="delete-ladder" onClick={() => onChange(ladders.filter((_, k) => k !== i))}>{t('ladder_delete')}</button></div>
        </fieldset>
      ))}
      <div className="rl-buttons">
        <select aria-label={t('ladder_preset')} name="ladderPreset" value={preset} onChange={(e) => setPreset(e.target.value as LadderPreset | 'default')}>
          {(['late-payer', 'reliable'] as const).map((p) => <option key={p} value={p}>{t(`ladderPreset_${p}` as MessageKey)}</option>)}
          <option value="default">{t('ladderPreset_copy')}</option>
        </select>
        <button type="button" data-action="add-ladder" onClick={add}>{t('ladder_add')}</button>
      </div>
    </div>
  );
}

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
      send('settings.set', { me: s.me, language: s.language, ladder: s.ladder, ladders: s.ladders, chase: s.chase, thankYou: s.thankYou, ...(s.profile ? { profile: s.profile } : {}) }).then(
        (saved) => { setEdit(saved); setStatus(t('saved')); onLanguage?.(saved.language); },
        (err: unknown) => setStatus(t('error', err instanceof Error ? err.message : String(err))),
      );
    }}>
      <h2>{t('myAddresses')}</h2>
      <input name="me" value={s.me.join(', ')} onChange={(e) => set({ me: e.target.value.split(',').map((x) => x.trim()).filter(Boolean) })} />
      <label>{t('language')} <select name="language" value={s.language} onChange={(e) => set({ language: e.target.value as UiLanguage })}><option value="fr">Français</option><option value="en">English</option></select></label>
      <h2>{t('ladderSettings')}</h2>
      <p className="rl-muted">{t('ladderDefaultHint')}</p>
      <LadderFields
        value={{ courteousAfterDays: s.ladder.courteousAfterDays ?? 1, firmAfterDays: s.ladder.firmAfterDays, formalAfterDays: s.ladder.formalAfterDays, preDueDays: s.ladder.preDueDays ?? 0, tone: s.ladder.tone ?? 'auto' }}
        prefix=""
        t={t}
        onChange={(patch) => set({ ladder: { ...s.ladder, ...patch } })}
      />
      <h2>{t('laddersNamed')}</h2>
      <p className="rl-muted">{t('laddersNamedHint')}</p>
      <LaddersEditor
        ladders={s.ladders}
        defaults={{ courteousAfterDays: s.ladder.courteousAfterDays ?? 1, firmAfterDays: s.ladder.firmAfterDays, formalAfterDays: s.ladder.formalAfterDays, preDueDays: s.ladder.preDueDays ?? 0, tone: s.ladder.tone ?? 'auto' }}
        t={t}
        onChange={(ladders) => set({ ladders })}
      />
      <h2>{t('chaseSlots')}</h2>
      <p className="rl-muted">{t('chaseSlotsHint')}</p>
      <div className="rl-weekdays">
        {WEEKDAYS.map((d) => (
          <label key={d} className="rl-check"><input type="checkbox" name={`chaseDay-${d}`} checked={s.chase.days.includes(d)} onChange={(e) => set({ chase: { ...s.chase, days: e.target.checked ? [...s.chase.days, d].sort() : s.chase.days.filter((x) => x !== d) } })} /> {t(`weekday_${d}` as MessageKey)}</label>
        ))}
      </div>
      <label>{t('chaseFrom')} <input name="chaseFrom" type="number" min={0} max={23} value={s.chase.hours.from} onChange={(e) => set({ chase: { ...s.chase, hours: { ...s.chase.hours, from: Number(e.target.value) } } })} /></label>
      <label>{t('chaseTo')} <input name="chaseTo" type="number" min={1} max={24} value={s.chase.hours.to} onChange={(e) => set({ chase: { ...s.chase, hours: { ...s.chase.hours, to: Number(e.target.value) } } })} /></label>
      <label>{t('holidayCalendar')} <select name="holidays" value={s.chase.holidays} onChange={(e) => set({ chase: { ...s.chase, holidays: e.target.value as HolidayCalendar } })}>
        {HOLIDAY_CALENDARS.map((h) => <option key={h} value={h}>{t(`holidays_${h.replace(/-/g, '_')}` as MessageKey)}</option>)}
      </select></label>
      <label className="rl-check"><input type="checkbox" name="thankYou" checked={s.thankYou} onChange={(e) => set({ thankYou: e.target.checked })} /> {t('thankYouSetting')}</label>
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
