/**
 * The invoice panel beside a conversation (Gmail's sidebar, the demo's side pane): the invoice's facts and
 * history, and the actions — mark paid (full or partial), log a call, record a promise, open or resolve a
 * dispute, propose a payment plan, snooze, correct a detected field. When the client owes several overdue
 * invoices, one grouped reminder for all of them; once an invoice is paid, the thank-you it proposes; and
 * the client's own settings (ladder, contacts, language).
 */
import { useState, type ReactNode } from 'react';
import type { InvoiceAction, InvoiceView, ResponseOf, UiLanguage } from '../../shared/app/messages';
import { CALL_OUTCOMES, CORRECTABLE_FIELDS, type CorrectableField } from '../../shared/core/schedule/events';
import type { MessageKey, Translate } from '../../shared/app/i18n';
import { day, money } from '../../shared/app/format';

export interface InvoicePanelProps {
  invoices: InvoiceView[] | null;
  error?: string | null;
  /** What the scan could not read (an attachment over its budget…), each shown as a note naming it. */
  notes?: readonly string[];
  language: UiLanguage;
  t: Translate;
  today: string;
  onAction(invoiceId: string, action: InvoiceAction): Promise<void>;
  onRelancer?(invoice: InvoiceView): void;
  /** The client's overdue invoices a grouped reminder would chase (shown when it has several). */
  group?: ResponseOf<'client.group'> | null;
  onRelancerGroup?(): void;
  /** A paid invoice's thank-you, when one is proposed. */
  onThanks?(invoice: InvoiceView): void;
  /** The client's settings form, rendered by the host feature. */
  client?: ReactNode;
}

type Form = null | 'payment' | 'call' | 'promise' | 'dispute' | 'plan' | 'snooze' | 'correct';

function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Equal instalments in cents, the remainder on the last one, a month apart from `start`. */
function splitPlan(total: number, count: number, start: string): { date: string; amount: number }[] {
  const cents = Math.round(total * 100);
  const base = Math.floor(cents / count);
  return Array.from({ length: count }, (_, i) => ({ date: addDaysIso(start, 30 * i), amount: (i === count - 1 ? cents - base * (count - 1) : base) / 100 }));
}

function ActionForm({ form, invoice, t, today, onSubmit, onCancel }: { form: Exclude<Form, null>; invoice: InvoiceView; t: Translate; today: string; onSubmit(a: InvoiceAction): void; onCancel(): void }) {
  const owed = Math.max(0, (invoice.amount ?? 0) - invoice.amountPaid);
  const [date, setDate] = useState(form === 'promise' || form === 'snooze' ? addDaysIso(today, 7) : today);
  const [amount, setAmount] = useState(String(owed));
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<(typeof CALL_OUTCOMES)[number]>('no-answer');
  const [count, setCount] = useState(3);
  const [field, setField] = useState<CorrectableField>('amount');
  const submit = () => {
    switch (form) {
      case 'payment':
        return onSubmit({ type: 'payment', amount: Number(amount) > 0 ? Number(amount) : null, date });
      case 'call':
        return onSubmit({ type: 'call', outcome, note: text });
      case 'promise':
        return onSubmit({ type: 'promise', date });
      case 'dispute':
        return onSubmit({ type: 'dispute', reason: text || '—' });
      case 'plan':
        return onSubmit({ type: 'plan', instalments: splitPlan(owed, count, date) });
      case 'snooze':
        return onSubmit({ type: 'snooze', until: date });
      case 'correct':
        return onSubmit({ type: 'correct', field, value: text });
    }
  };
  return (
    <form className="rl-form" data-form={form} onSubmit={(e) => { e.preventDefault(); submit(); }}>
      {(form === 'payment' || form === 'promise' || form === 'snooze' || form === 'plan') && (
        <label>{t('date')} <input name="date" type="date" value={date} onChange={(e) => setDate(e.target.value)} /></label>
      )}
      {form === 'payment' && <label>{t('amount')} <input name="amount" type="number" step="0.01" value={amount} onChange={(e) => setAmount(e.target.value)} /></label>}
      {form === 'call' && (
        <label>{t('outcome')}{' '}
          <select name="outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as typeof outcome)}>
            {CALL_OUTCOMES.map((o) => <option key={o} value={o}>{t(`outcome_${o}` as MessageKey)}</option>)}
          </select>
        </label>
      )}
      {form === 'plan' && <label>{t('instalmentCount')} <input name="count" type="number" min={2} max={12} value={count} onChange={(e) => setCount(Math.max(2, Number(e.target.value) || 2))} /></label>}
      {form === 'correct' && (
        <label>{t('field')}{' '}
          <select name="field" value={field} onChange={(e) => setField(e.target.value as typeof field)}>
            {CORRECTABLE_FIELDS.map((f) => <option key={f} value={f}>{t(`field_${f}` as MessageKey)}</option>)}
          </select>
        </label>
      )}
      {(form === 'call' || form === 'dispute' || form === 'correct') && (
        <label>{form === 'dispute' ? t('reason') : form === 'correct' ? t('value') : t('note')} <input name="text" value={text} onChange={(e) => setText(e.target.value)} /></label>
      )}
      <div className="rl-buttons">
        <button type="submit" className="rl-primary">{t('save')}</button>
        <button type="button" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}

export function InvoiceCard({ invoice, language, t, today, onAction, onRelancer, onThanks }: Omit<InvoicePanelProps, 'invoices' | 'error' | 'group' | 'client'> & { invoice: InvoiceView }) {
  const [form, setForm] = useState<Form>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = async (action: InvoiceAction) => {
    setBusy(true);
    setError(null);
    try {
      await onAction(invoice.id, action);
      setForm(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const owed = invoice.amount === null ? null : Math.max(0, invoice.amount - invoice.amountPaid);
  const next = invoice.nextAction;
  return (
    <section className="rl-invoice" data-invoice={invoice.invoiceNumber ?? invoice.id} data-status={invoice.status} aria-busy={busy}>
      <h3>{t('invoice')} {invoice.invoiceNumber ?? '?'}</h3>
      <dl className="rl-facts">
        <dt>{t('client')}</dt><dd>{invoice.debtorName ?? invoice.debtorEmail ?? '—'}</dd>
        <dt>{t('amount')}</dt><dd data-field="amount">{money(invoice.amount, invoice.currency, language)}</dd>
        {invoice.amountPaid > 0 && invoice.status !== 'paid' && (<><dt>{t('amountDue')}</dt><dd data-field="owed">{money(owed, invoice.currency, language)}</dd></>)}
        <dt>{t('issueDate')}</dt><dd>{day(invoice.issueDate, language)}</dd>
        <dt>{t('dueDate')}</dt><dd data-field="dueDate">{day(invoice.dueDate, language)}{invoice.daysOverdue !== null && invoice.daysOverdue > 0 && invoice.status !== 'paid' ? ` (J+${invoice.daysOverdue})` : ''}</dd>
        <dt>{t('status')}</dt><dd data-field="status">{t(`status_${invoice.status}` as MessageKey)}{invoice.promisedDate && invoice.status === 'promised' ? ` ${day(invoice.promisedDate, language)}` : ''}</dd>
        <dt>{t('remindersSent')}</dt><dd data-field="reminders">{invoice.remindersSent}</dd>
        <dt>{t('nextAction')}</dt>
        <dd data-field="next">{next ? `${next.stage ? t(`stage_${next.stage}` as MessageKey) : next.kind} — ${day(next.date, language)}` : t('nothingToDo')}</dd>
      </dl>
      {invoice.status === 'paid' && invoice.thankYou === 'proposed' && onThanks && (
        <p className="rl-thanks" data-testid="thanks-proposed">{t('thanksProposed')} <button className="rl-primary" data-action="thanks" onClick={() => onThanks(invoice)}>{t('thanksButton')}</button></p>
      )}
      {invoice.thankYou === 'sent' && <p className="rl-muted" data-testid="thanks-sent">{t('thanksSent')}</p>}
      {error && <p className="rl-error" role="alert">{t('error', error)}</p>}
      {form ? (
        <ActionForm form={form} invoice={invoice} t={t} today={today} onSubmit={(a) => void act(a)} onCancel={() => setForm(null)} />
      ) : (
        <div className="rl-actions">
          {onRelancer && invoice.status !== 'paid' && <button className="rl-primary" data-action="relancer" onClick={() => onRelancer(invoice)}>{t('relancer')}</button>}
          {invoice.status !== 'paid' && (
            <>
              <button data-action="paid" disabled={busy} onClick={() => void act({ type: 'payment', amount: null, date: today })}>{t('markPaid')}</button>
              <button data-action="payment" onClick={() => setForm('payment')}>{t('partialPayment')}</button>
              <button data-action="call" onClick={() => setForm('call')}>{t('logCall')}</button>
              <button data-action="promise" onClick={() => setForm('promise')}>{t('recordPromise')}</button>
              {invoice.status === 'disputed'
                ? <button data-action="resolve" onClick={() => void act({ type: 'resolve-dispute' })}>{t('resolveDispute')}</button>
                : <button data-action="dispute" onClick={() => setForm('dispute')}>{t('openDispute')}</button>}
              <button data-action="plan" onClick={() => setForm('plan')}>{t('proposePlan')}</button>
              <button data-action="snooze" onClick={() => setForm('snooze')}>{t('snooze')}</button>
            </>
          )}
          <button data-action="correct" onClick={() => setForm('correct')}>{t('correctField')}</button>
        </div>
      )}
      <h4>{t('history')}</h4>
      {invoice.history.length === 0 ? <p className="rl-muted">{t('noHistory')}</p> : (
        <ol className="rl-history">
          {invoice.history.map((h) => <li key={h.id} data-kind={h.kind}><time>{day(h.date, language)}</time> {h.summary}</li>)}
        </ol>
      )}
    </section>
  );
}

/** The client's overdue invoices, and the one reminder for all of them. */
function GroupBlock({ group, language, t, onRelancerGroup }: { group: ResponseOf<'client.group'>; language: UiLanguage; t: Translate; onRelancerGroup?(): void }) {
  return (
    <section className="rl-group" data-testid="group" data-count={group.chase.length}>
      <p>{t('groupSummary', group.chase.length, group.totals.map((x) => money(x.amount, x.currency, language)).join(' + '))}</p>
      <ul className="rl-history">
        {group.chase.map((i) => <li key={i.id} data-invoice={i.invoiceNumber ?? i.id}>{i.invoiceNumber} — {money(i.amount === null ? null : i.amount - i.amountPaid, i.currency, language)}{i.daysOverdue ? ` (J+${i.daysOverdue})` : ''}</li>)}
      </ul>
      {group.upcoming.length > 0 && <p className="rl-muted">{t('groupUpcoming', group.upcoming.map((i) => i.invoiceNumber ?? '?').join(', '))}</p>}
      {onRelancerGroup && <button className="rl-primary" data-action="relancer-group" onClick={onRelancerGroup}>{t('relancerGroup', group.chase.length)}</button>}
    </section>
  );
}

export function InvoicePanel(props: InvoicePanelProps) {
  const { invoices, error, t, group, client, notes = [] } = props;
  if (error) return <div className="rl-panel"><p className="rl-error" role="alert">{t('error', error)}</p></div>;
  if (invoices === null) return <div className="rl-panel"><p className="rl-muted">{t('scanning')}</p></div>;
  const noteList = notes.map((note, i) => <p key={i} className="rl-note" role="status" data-note="read-warning">{t('readWarning', note)}</p>);
  if (invoices.length === 0) return <div className="rl-panel">{noteList}<p className="rl-muted">{t('noInvoice')}</p></div>;
  return (
    <div className="rl-panel">
      {noteList}
      {group?.groupable && <GroupBlock group={group} language={props.language} t={t} onRelancerGroup={props.onRelancerGroup} />}
      {invoices.map((invoice) => <InvoiceCard key={invoice.id} invoice={invoice} {...props} />)}
      {client && <details className="rl-client-settings"><summary>{t('clientSettings')}</summary>{client}</details>}
    </div>
  );
}
