/**
 * The add-in's settings: the company profile every reminder is signed with (the core's CompanyProfileSchema
 * checks it), who "we" are (addresses and domains), and the chase (ChaseSettings.tsx: the default ladder, the
 * named ladders, chase days and hours, holidays, thank-you). Saved through the service into the add-in's ledger.
 */
import { useEffect, useState } from 'react';
import { Button, Field, Input, Select, Spinner, Subtitle2, Textarea } from '@fluentui/react-components';
import { CompanyProfileSchema, type CompanyProfile } from '../../shared/core/profile/company-profile';
import { DRAFT_LANGUAGES } from '../../shared/core/ladder/stages';
import type { SettingsView as Settings } from '../../shared/app/messages';
import type { Relance } from '../flow';
import type { OutlookKey, PaneTranslate } from './strings';
import { NoticeBar, useStyles, type Notice } from './ui';
import { ChaseSettings, chaseFormOf, type ChaseForm } from './ChaseSettings';

type ProfileForm = Record<Exclude<keyof CompanyProfile, 'penaltyRate'>, string> & { penaltyRate: string };

const EMPTY: ProfileForm = { companyName: '', address: '', email: '', phone: '', siren: '', iban: '', signatoryName: '', signatoryTitle: '', jurisdiction: 'FR', language: 'fr', penaltyRate: '' };
const TEXT_FIELDS = ['companyName', 'email', 'phone', 'siren', 'iban', 'signatoryName', 'signatoryTitle'] as const;

function toForm(profile: CompanyProfile | null, fallbackEmail: string): ProfileForm {
  if (!profile) return { ...EMPTY, email: fallbackEmail };
  return { ...profile, penaltyRate: profile.penaltyRate === undefined ? '' : String(profile.penaltyRate) };
}

interface Props {
  relance: Relance;
  t: PaneTranslate;
  onSaved(): void;
}

export function SettingsView({ relance, t, onSaved }: Props) {
  const s = useStyles();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [form, setForm] = useState<ProfileForm>(EMPTY);
  const [me, setMe] = useState('');
  const [chase, setChase] = useState<ChaseForm | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    relance.client('settings.get', {}).then(
      (loaded) => {
        setSettings(loaded);
        setForm(toForm(loaded.profile, relance.host.userAddress()));
        setMe(loaded.me.join(', '));
        setChase(chaseFormOf(loaded));
      },
      (e) => setNotice({ intent: 'error', text: t('loadError', e instanceof Error ? e.message : String(e)) }),
    );
  }, [relance, t]);

  if (!settings || !chase) return notice ? <NoticeBar notice={notice} /> : <Spinner size="small" />;

  const set = (key: keyof ProfileForm) => (_: unknown, d: { value: string }) => setForm((f) => ({ ...f, [key]: d.value }));

  const save = async () => {
    const rate = form.penaltyRate.trim().replace(',', '.');
    const profile = CompanyProfileSchema.safeParse({ ...form, penaltyRate: rate ? Number(rate) : undefined });
    if (!profile.success) {
      setNotice({ intent: 'error', text: t('settingsInvalid', profile.error.issues.map((i) => `${t(`p_${String(i.path[0])}` as OutlookKey)} : ${i.message}`).join(' ; ')) });
      return;
    }
    setBusy(true);
    try {
      const saved = await relance.client('settings.set', {
        profile: profile.data,
        me: me.split(/[,;\s]+/).map((x) => x.trim().toLowerCase()).filter(Boolean),
        ladder: chase.ladder,
        ladders: chase.ladders,
        chase: chase.chase,
        thankYou: chase.thankYou,
      });
      setSettings(saved);
      setChase(chaseFormOf(saved));
      setNotice({ intent: 'success', text: t('settingsSaved') });
      onSaved();
    } catch (e) {
      setNotice({ intent: 'error', text: t('settingsInvalid', e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={s.section}
      data-testid="settings-view"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {notice && <NoticeBar notice={notice} testId="settings-notice" />}
      <Subtitle2>{t('companyProfile')}</Subtitle2>
      {TEXT_FIELDS.slice(0, 1).map((k) => (
        <Field key={k} label={t(`p_${k}`)} required>
          <Input name={k} value={form[k]} onChange={set(k)} />
        </Field>
      ))}
      <Field label={t('p_address')} required>
        <Textarea name="address" value={form.address} onChange={set('address')} />
      </Field>
      {TEXT_FIELDS.slice(1).map((k) => (
        <Field key={k} label={t(`p_${k}`)} required={k === 'email' || k === 'signatoryName'}>
          <Input name={k} value={form[k]} onChange={set(k)} />
        </Field>
      ))}
      <Field label={t('p_jurisdiction')}>
        <Select name="jurisdiction" value={form.jurisdiction} onChange={set('jurisdiction')}>
          {['FR', 'EU', 'UK', 'OTHER'].map((j) => (
            <option key={j} value={j}>
              {j}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('p_language')}>
        <Select name="language" value={form.language} onChange={set('language')}>
          {DRAFT_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {l.toUpperCase()}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('p_penaltyRate')}>
        <Input name="penaltyRate" inputMode="decimal" value={form.penaltyRate} onChange={set('penaltyRate')} />
      </Field>
      <Subtitle2>{t('myAddresses')}</Subtitle2>
      <Field hint={t('meHint')}>
        <Input name="me" value={me} onChange={(_, d) => setMe(d.value)} />
      </Field>
      <ChaseSettings value={chase} t={t} onChange={setChase} />
      <div className={s.row}>
        <Button type="submit" appearance="primary" disabled={busy} data-testid="settings-save">
          {t('save')}
        </Button>
      </div>
    </form>
  );
}
