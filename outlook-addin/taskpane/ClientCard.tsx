/**
 * The client of the open invoice, in the pane: the chase ladder it follows, who its reminders go to (the regular
 * recipient, the escalation contact copied on firm reminders and formal notices) and the language of its drafts.
 * Saved through the service into the add-in's ledger, as the Gmail panel does.
 */
import { useEffect, useState } from 'react';
import { Button, Field, Input, Select, Subtitle2 } from '@fluentui/react-components';
import { DRAFT_LANGUAGES, type DraftLanguage } from '../../shared/core/ladder/stages';
import type { ClientView, SettingsView } from '../../shared/app/messages';
import type { Relance } from '../flow';
import type { PaneTranslate } from './strings';
import { NoticeBar, useStyles, type Notice } from './ui';

const addresses = (text: string) => text.split(/[,;\s]+/).map((a) => a.trim().toLowerCase()).filter(Boolean);

export function ClientCard({ relance, clientId, t, onSaved }: { relance: Relance; clientId: string; t: PaneTranslate; onSaved(): void }) {
  const s = useStyles();
  const [client, setClient] = useState<ClientView | null>(null);
  const [ladders, setLadders] = useState<SettingsView['ladders']>([]);
  const [ladderId, setLadderId] = useState('');
  const [to, setTo] = useState('');
  const [escalation, setEscalation] = useState('');
  const [language, setLanguage] = useState<DraftLanguage | ''>('');
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([relance.client('client.get', { clientId }), relance.client('settings.get', {})]).then(([{ client: c }, settings]) => {
      if (!live || !c) return;
      setClient(c);
      setLadders(settings.ladders);
      setLadderId(c.ladderId ?? '');
      setTo(c.contacts.to.join(', '));
      setEscalation(c.contacts.escalation.join(', '));
      setLanguage(c.language ?? '');
    });
    return () => {
      live = false;
    };
  }, [relance, clientId]);

  if (!client) return null;
  const save = async () => {
    try {
      const { client: saved } = await relance.client('client.update', { clientId, ladderId: ladderId || null, contacts: { to: addresses(to), escalation: addresses(escalation) }, language: language || null });
      setClient(saved);
      setNotice({ intent: 'success', text: t('saved') });
      onSaved();
    } catch (e) {
      setNotice({ intent: 'error', text: t('error', e instanceof Error ? e.message : String(e)) });
    }
  };
  return (
    <form className={s.form} data-testid="client-card" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <Subtitle2>{t('clientSettings')} — {client.name ?? client.id}</Subtitle2>
      {notice && <NoticeBar notice={notice} testId="client-notice" />}
      <Field label={t('clientLadder')}>
        <Select name="ladderId" value={ladderId} onChange={(_, d) => setLadderId(d.value)}>
          <option value="">{t('ladder_default')}</option>
          {ladders.map((l) => <option key={l.id} value={l.id}>{l.name || l.id}</option>)}
        </Select>
      </Field>
      <Field label={t('clientRegular')}>
        <Input name="to" value={to} placeholder={client.emails[0] ?? ''} onChange={(_, d) => setTo(d.value)} />
      </Field>
      <Field label={t('clientEscalation')}>
        <Input name="escalation" value={escalation} onChange={(_, d) => setEscalation(d.value)} />
      </Field>
      <Field label={t('clientLanguage')}>
        <Select name="language" value={language} onChange={(_, d) => setLanguage(d.value as DraftLanguage | '')}>
          <option value="">{t('clientLanguageAuto', (client.detectedLanguage ?? '—').toUpperCase())}</option>
          {DRAFT_LANGUAGES.map((l) => <option key={l} value={l}>{l.toUpperCase()}</option>)}
        </Select>
      </Field>
      <div className={s.row}>
        <Button type="submit" size="small" appearance="primary" data-testid="client-save">{t('save')}</Button>
      </div>
    </form>
  );
}
