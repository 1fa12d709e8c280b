/**
 * What the user sets per client: the chase ladder it follows, who its reminders go to (the regular recipient in
 * place of the invoices' address, the escalation contact copied on the firm reminder and the formal notice),
 * and the language of its drafts. One form, in the invoice panel for the client at hand and in the options'
 * client list for all of them.
 */
import { useState } from 'react';
import { DRAFT_LANGUAGES, type DraftLanguage } from '../../shared/core/ladder/stages';
import type { Client, ClientView, SettingsView, UiLanguage } from '../../shared/app/messages';
import type { Translate } from '../../shared/app/i18n';
import { money } from '../../shared/app/format';
import { useLoad } from './use-send';

const addresses = (text: string) => text.split(/[,;\s]+/).map((a) => a.trim().toLowerCase()).filter(Boolean);

/** The ladder's name as the user reads it: its own name, the default one translated. */
export function ladderName(ladderId: string | null, ladders: SettingsView['ladders'], t: Translate): string {
  return (ladderId && ladders.find((l) => l.id === ladderId)?.name) || t('ladder_default');
}

export function ClientForm({ client, ladders, send, t, onSaved }: { client: ClientView; ladders: SettingsView['ladders']; send: Client; t: Translate; onSaved?(client: ClientView): void }) {
  const [ladderId, setLadderId] = useState(client.ladderId ?? '');
  const [to, setTo] = useState(client.contacts.to.join(', '));
  const [escalation, setEscalation] = useState(client.contacts.escalation.join(', '));
  const [language, setLanguage] = useState<DraftLanguage | ''>(client.language ?? '');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <form
      className="rl-form rl-client-form"
      data-client={client.id}
      onSubmit={(e) => {
        e.preventDefault();
        send('client.update', { clientId: client.id, ladderId: ladderId || null, contacts: { to: addresses(to), escalation: addresses(escalation) }, language: language || null }).then(
          ({ client: saved }) => {
            setStatus({ ok: true, text: t('saved') });
            onSaved?.(saved);
          },
          (err: unknown) => setStatus({ ok: false, text: t('error', err instanceof Error ? err.message : String(err)) }),
        );
      }}
    >
      <label>{t('clientLadder')} <select name="ladderId" value={ladderId} onChange={(e) => setLadderId(e.target.value)}>
        <option value="">{t('ladder_default')}</option>
        {ladders.map((l) => <option key={l.id} value={l.id}>{l.name || l.id}</option>)}
      </select></label>
      <label>{t('clientRegular')} <input name="to" value={to} placeholder={client.emails[0] ?? ''} onChange={(e) => setTo(e.target.value)} /></label>
      <label>{t('clientEscalation')} <input name="escalation" value={escalation} onChange={(e) => setEscalation(e.target.value)} /></label>
      <label>{t('clientLanguage')} <select name="language" value={language} onChange={(e) => setLanguage(e.target.value as DraftLanguage | '')}>
        <option value="">{t('clientLanguageAuto', (client.detectedLanguage ?? '—').toUpperCase())}</option>
        {DRAFT_LANGUAGES.map((l) => <option key={l} value={l}>{l.toUpperCase()}</option>)}
      </select></label>
      <div className="rl-buttons"><button type="submit" className="rl-primary">{t('save')}</button></div>
      {status && <p role="status" className={status.ok ? 'rl-muted' : 'rl-error'}>{status.text}</p>}
    </form>
  );
}

/** The options page's list of clients: what each owes, and its settings. */
export function ClientsEditor({ send, t, language }: { send: Client; t: Translate; language: UiLanguage }) {
  const { data, reload } = useLoad(async () => ({ ...(await send('clients.list', {})), settings: await send('settings.get', {}) }), []);
  const [open, setOpen] = useState<string | null>(null);
  if (!data) return <p className="rl-muted">…</p>;
  if (data.clients.length === 0) return <p className="rl-muted">{t('noClients')}</p>;
  return (
    <section className="rl-clients">
      <table className="rl-table">
        <thead><tr><th>{t('client')}</th><th className="rl-num">{t('clientOpen')}</th><th className="rl-num">{t('clientOverdue')}</th><th className="rl-num">{t('amountDue')}</th><th>{t('clientLadder')}</th><th /></tr></thead>
        <tbody>
          {data.clients.map((c) => (
            <tr key={c.id} data-client={c.id}>
              <td>{c.name ?? c.id}<div className="rl-muted">{c.emails.join(', ')}</div>
                {open === c.id && <ClientForm client={c} ladders={data.settings.ladders} send={send} t={t} onSaved={() => reload()} />}
              </td>
              <td className="rl-num">{c.openCount}</td>
              <td className="rl-num">{c.overdueCount}</td>
              <td className="rl-num">{c.balance.map((b) => money(b.amount, b.currency, language)).join(' · ') || '—'}</td>
              <td data-field="ladder">{ladderName(c.ladderId, data.settings.ladders, t)}</td>
              <td><button type="button" data-action="edit-client" onClick={() => setOpen(open === c.id ? null : c.id)}>{open === c.id ? t('close') : t('edit')}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
