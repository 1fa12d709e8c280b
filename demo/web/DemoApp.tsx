/** The demo's mailbox page: folders, conversation list, opened conversation, side panel, compose windows, dashboard. */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { MailMessage } from '../../shared/core/mail/model';
import type { Client } from '../../shared/app/messages';
import type { Translate } from '../../shared/app/i18n';
import { Dashboard } from '../../extension/ui/Dashboard';
import { RecentScan } from '../../extension/ui/RecentScan';
import type { DemoCompose, DemoHost } from './demo-host';
import { rowSummaryOf } from './demo-host';

interface Props {
  host: DemoHost;
  send: Client;
  t: Translate;
  today: string;
  version(): number;
  subscribe(listener: () => void): () => void;
  /** The visitor chose .eml files of their own. */
  onOpenFiles?(files: File[]): void;
}

/** Mounts an element a feature rendered into (panel, compose tool dropdown). */
function Slot({ el }: { el: HTMLElement }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    box.appendChild(el);
    return () => {
      if (el.parentNode === box) box.removeChild(el);
    };
  }, [el]);
  return <div ref={ref} />;
}

function ComposeTool({ tool }: { tool: DemoCompose['tools'][number] }) {
  const [el, setEl] = useState<HTMLElement | null>(null);
  return (
    <span className="demo-tool">
      <button type="button" title={tool.title} aria-label={tool.title} onClick={() => {
        if (el) return setEl(null);
        const box = document.createElement('div');
        box.className = 'demo-dropdown';
        tool.render(box, () => setEl(null));
        setEl(box);
      }}>
        <img src={tool.iconUrl} alt="" width={16} height={16} /> {tool.title}
      </button>
      {el && <Slot el={el} />}
    </span>
  );
}

function ComposeWindow({ host, compose, t }: { host: DemoHost; compose: DemoCompose; t: Translate }) {
  return (
    <section className="demo-compose" role="dialog" aria-label="compose" data-compose={compose.id}>
      <header>
        <span>{compose.subject || '(sans objet)'}</span>
        <button aria-label={t('close')} onClick={() => host.closeCompose(compose.id)}>×</button>
      </header>
      <label>À <input name="to" value={compose.to.join(', ')} onChange={(e) => host.updateCompose(compose.id, { to: e.target.value.split(',').map((x) => x.trim()).filter(Boolean) })} /></label>
      <label>Objet <input name="subject" value={compose.subject} onChange={(e) => host.updateCompose(compose.id, { subject: e.target.value })} /></label>
      <div className="demo-compose-body" data-testid="compose-body" dangerouslySetInnerHTML={{ __html: compose.html }} />
      <ul className="demo-attachments">
        {compose.attachments.map((a) => <li key={a.filename} data-attachment={a.filename}>{a.filename} ({Math.round(a.bytes.length / 1024)} Ko)</li>)}
      </ul>
      <footer>
        <button className="rl-primary demo-send" onClick={() => host.sendCompose(compose.id)}>{t('send')}</button>
        {compose.tools.map((tool, i) => <ComposeTool key={i} tool={tool} />)}
      </footer>
    </section>
  );
}

function Message({ message, host, threadId }: { message: MailMessage; host: DemoHost; threadId: string }) {
  const state = useSyncExternalStore(host.subscribe, host.state);
  return (
    <article className="demo-message" data-message={message.messageId}>
      <header>
        <strong>{message.from?.name || message.from?.address}</strong> <span className="rl-muted">&lt;{message.from?.address}&gt;</span>
        <span className="demo-date">{message.calendarDate}</span>
        {state.messageButtons.map((b) => (
          <button key={b.id} className="demo-message-button" onClick={() => b.onClick(host.thread(threadId))}>{b.title}</button>
        ))}
      </header>
      <div className="rl-muted">À : {message.to.map((a) => a.address).join(', ')}</div>
      <pre className="demo-text">{message.text}</pre>
      {message.attachments.filter((a) => !a.inline).map((a) => <div key={a.filename} className="demo-attachment">{a.filename}</div>)}
    </article>
  );
}

export function DemoApp({ host, send, t, today, version, subscribe, onOpenFiles }: Props) {
  const state = useSyncExternalStore(host.subscribe, host.state);
  const ledgerVersion = useSyncExternalStore(subscribe, version);
  const [view, setView] = useState<'inbox' | 'dashboard'>('inbox');
  const open = state.threads.find((th) => th.id === state.openThreadId) ?? null;
  const me = (a: string) => a.endsWith('@menuiserie-lambert.fr');
  return (
    <div className="demo">
      <aside className="demo-nav">
        <div className="demo-logo"><img src="/icon/48.png" alt="" width={28} height={28} /> Relance · démo</div>
        <button aria-pressed={view === 'inbox'} onClick={() => { setView('inbox'); host.openThread(null); }}>Boîte de réception</button>
        <button aria-pressed={view === 'dashboard'} data-testid="nav-dashboard" onClick={() => setView('dashboard')}>{t('dashboard')}</button>
        {onOpenFiles && (
          <label className="demo-open">
            Ouvrir mes e-mails (.eml)…
            <input type="file" accept=".eml,message/rfc822" multiple data-testid="open-eml" onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (files.length) { setView('inbox'); host.openThread(null); onOpenFiles(files); }
            }} />
          </label>
        )}
        <p className="rl-muted demo-note">Menuiserie Lambert SARL<br />{today}<br />Aucun compte, aucun réseau : tout se passe dans cette page, vos e-mails ouverts aussi.</p>
      </aside>
      <main className="demo-main">
        {view === 'dashboard' ? (
          <div className="rl-page" data-testid="dashboard"><RecentScan send={send} t={t} /><Dashboard send={send} t={t} language="fr" version={ledgerVersion} onOpenInvoice={(i) => { if (i.threadId) { setView('inbox'); host.openThread(i.threadId); } }} /></div>
        ) : open ? (
          <div className="demo-thread" data-thread={open.id}>
            <div className="demo-toolbar">
              <button onClick={() => host.openThread(null)}>← Retour</button>
              {state.threadButtons.map((b) => (
                <button key={b.id} className="rl-primary demo-thread-button" onClick={() => b.onClick(host.thread(open.id))}>
                  <img src={b.iconUrl} alt="" width={14} height={14} /> {b.title}
                </button>
              ))}
            </div>
            <h1>{open.messages[0]!.subject}</h1>
            {open.messages.map((m) => <Message key={m.messageId} message={m} host={host} threadId={open.id} />)}
          </div>
        ) : (
          <table className="demo-list" data-testid="thread-list">
            <tbody>
              {state.threads.map((th) => {
                const s = rowSummaryOf(th, me);
                const label = state.labels[th.id];
                return (
                  <tr key={th.id} data-thread={th.id} onClick={() => host.openThread(th.id)}>
                    <td className="demo-from">{s.sender.replace(/<.*>/, '').trim()}</td>
                    <td>
                      {label && <span className="demo-label" data-label={th.id} style={{ color: label.foreground, background: label.background }}>{label.text}</span>}
                      <strong>{s.subject}</strong> <span className="rl-muted">— {s.snippet.slice(0, 90)}</span>
                    </td>
                    <td className="demo-date">{s.date}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </main>
      {view === 'inbox' && open && (
        <aside className="demo-side" data-testid="side-panel">
          {state.panels.filter((p) => p.threadId === open.id).map((p) => (
            <section key={p.id}><h2>{p.title}</h2><Slot el={p.el} /></section>
          ))}
        </aside>
      )}
      <div className="demo-composes">{state.composes.map((c) => <ComposeWindow key={c.id} host={host} compose={c} t={t} />)}</div>
      <div className="demo-toasts" role="status">
        {state.toasts.slice(-3).map((toast) => (
          <div key={toast.id} className={`demo-toast demo-toast-${toast.kind}`} onClick={() => host.dismissToast(toast.id)}>{toast.text}</div>
        ))}
      </div>
    </div>
  );
}
