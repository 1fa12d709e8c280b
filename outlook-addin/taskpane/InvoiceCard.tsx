/**
 * One invoice in the pane: its facts, status, next step and history, and the actions an accountant takes
 * on it — mark paid (full or partial), log a call, record a promise, open or close a dispute, propose a
 * payment plan (the core's plan: instalments that sum exactly), snooze, correct a detected field. Each
 * action goes to the ledger through the service; a failure leaves the form as it was, with the message.
 */
import { useState } from 'react';
import { Badge, Button, Caption1, Field, Input, Select, Subtitle2, Textarea } from '@fluentui/react-components';
import { proposePlan } from '../../shared/core/plan/payment-plan';
import { addDays } from '../../shared/core/calendar/iso-date';
import { CALL_OUTCOMES, CORRECTABLE_FIELDS, type CorrectableField } from '../../shared/core/schedule/events';
import type { InvoiceAction, InvoiceView, UiLanguage } from '../../shared/app/messages';
import { day, money } from '../../shared/app/format';
import type { PaneTranslate } from './strings';
import { NoticeBar, useStyles } from './ui';

type Form = null | 'payment' | 'call' | 'promise' | 'dispute' | 'plan' | 'snooze' | 'correct';

const STATUS_COLOR = { open: 'warning', paid: 'success', promised: 'informative', disputed: 'danger' } as const;

interface Props {
  invoice: InvoiceView;
  t: PaneTranslate;
  language: UiLanguage;
  today: string;
  onAction(action: InvoiceAction): Promise<void>;
}

function owedOf(invoice: InvoiceView): number {
  return Math.max(0, Math.round(((invoice.amount ?? 0) - invoice.amountPaid) * 100) / 100);
}

function ActionForm({ form, invoice, t, language, today, onSubmit, onCancel }: Omit<Props, 'onAction'> & { form: Exclude<Form, null>; onSubmit(action: InvoiceAction): Promise<boolean>; onCancel(): void }) {
  const s = useStyles();
  const owed = owedOf(invoice);
  const [date, setDate] = useState(form === 'promise' || form === 'snooze' ? addDays(today, 7) : form === 'plan' ? addDays(today, 7) : today);
  const [amount, setAmount] = useState(owed ? String(owed) : '');
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<(typeof CALL_OUTCOMES)[number]>('no-answer');
  const [count, setCount] = useState(3);
  const [field, setField] = useState<CorrectableField>('amount');
  const [busy, setBusy] = useState(false);
  const cents = Math.round(owed * 100);
  const plan = form === 'plan' && cents >= count ? proposePlan(cents, today, { count, firstDate: date }) : null;

  const action = (): InvoiceAction | null => {
    switch (form) {
      case 'payment': {
        const value = Number(amount.replace(',', '.'));
        return { type: 'payment', amount: Number.isFinite(value) && value > 0 ? value : null, date };
      }
      case 'call':
        return { type: 'call', outcome, note: text };
      case 'promise':
        return { type: 'promise', date };
      case 'dispute':
        return text.trim() ? { type: 'dispute', reason: text.trim() } : null;
      case 'plan':
        return plan ? { type: 'plan', instalments: plan.instalments.map((i) => ({ date: i.date, amount: i.cents / 100 })) } : null;
      case 'snooze':
        return { type: 'snooze', until: date };
      case 'correct':
        return text.trim() ? { type: 'correct', field, value: text.trim() } : null;
    }
  };
  const ready = action();

  return (
    <form
      className={s.form}
      data-form={form}
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        setBusy(true);
        void onSubmit(ready).finally(() => setBusy(false));
      }}
    >
      {(form === 'payment' || form === 'promise' || form === 'snooze' || form === 'plan') && (
        <Field label={form === 'plan' ? `${t('date')} (1)` : t('date')}>
          <Input type="date" name="date" value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
      )}
      {form === 'payment' && (
        <Field label={t('amount')} hint={`${t('amountDue')} : ${money(owed, invoice.currency, language)}`}>
          <Input name="amount" inputMode="decimal" value={amount} onChange={(_, d) => setAmount(d.value)} />
        </Field>
      )}
      {form === 'call' && (
        <Field label={t('outcome')}>
          <Select name="outcome" value={outcome} onChange={(_, d) => setOutcome(d.value as typeof outcome)}>
            {CALL_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`outcome_${o}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {form === 'plan' && (
        <>
          <Field label={t('instalmentCount')}>
            <Input type="number" name="count" min={2} max={24} value={String(count)} onChange={(_, d) => setCount(Math.min(24, Math.max(2, Number(d.value) || 2)))} />
          </Field>
          {plan && (
            <ol className={s.history} data-testid="plan-preview">
              {plan.instalments.map((i) => (
                <li key={i.index}>
                  {day(i.date, language)} — {money(i.cents / 100, invoice.currency, language)}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      {form === 'correct' && (
        <Field label={t('field')}>
          <Select name="field" value={field} onChange={(_, d) => setField(d.value as typeof field)}>
            {CORRECTABLE_FIELDS.map((f) => (
              <option key={f} value={f}>
                {t(`field_${f}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {(form === 'call' || form === 'dispute' || form === 'correct') && (
        <Field label={form === 'dispute' ? t('reason') : form === 'correct' ? t('value') : t('note')} required={form !== 'call'}>
          {form === 'call' ? <Textarea name="text" value={text} onChange={(_, d) => setText(d.value)} /> : <Input name="text" value={text} onChange={(_, d) => setText(d.value)} />}
        </Field>
      )}
      <div className={s.row}>
        <Button type="submit" appearance="primary" disabled={!ready || busy} data-testid="action-save">
          {t('save')}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}

export function InvoiceCard({ invoice, t, language, today, onAction }: Props) {
  const s = useStyles();
  const [form, setForm] = useState<Form>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const owed = owedOf(invoice);
  const next = invoice.nextAction;

  const act = async (action: InvoiceAction): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await onAction(action);
      setForm(null);
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={s.section} data-testid="invoice" data-invoice={invoice.invoiceNumber ?? invoice.id} data-status={invoice.status} aria-busy={busy}>
      <div className={s.row}>
        <Subtitle2>
          {t('invoice')} {invoice.invoiceNumber ?? '?'}
        </Subtitle2>
        <Badge appearance="tint" color={STATUS_COLOR[invoice.status]} data-testid="status">
          {t(`status_${invoice.status}`)}
          {invoice.status === 'promised' && invoice.promisedDate ? ` ${day(invoice.promisedDate, language)}` : ''}
        </Badge>
      </div>
      <dl className={s.facts}>
        <dt className={s.term}>{t('client')}</dt>
        <dd className={s.value} data-field="client">
          {invoice.debtorName ?? invoice.debtorEmail ?? '—'}
          {invoice.debtorName && invoice.debtorEmail ? <Caption1 className={s.muted}> {invoice.debtorEmail}</Caption1> : null}
        </dd>
        <dt className={s.term}>{t('amount')}</dt>
        <dd className={s.value} data-field="amount">
          {money(invoice.amount, invoice.currency, language)}
        </dd>
        {invoice.amountPaid > 0 && invoice.status !== 'paid' && (
          <>
            <dt className={s.term}>{t('amountDue')}</dt>
            <dd className={s.value} data-field="owed">
              {money(owed, invoice.currency, language)}
            </dd>
          </>
        )}
        <dt className={s.term}>{t('issueDate')}</dt>
        <dd className={s.value} data-field="issueDate">
          {day(invoice.issueDate, language)}
        </dd>
        <dt className={s.term}>{t('dueDate')}</dt>
        <dd className={s.value} data-field="dueDate">
          {day(invoice.dueDate, language)}
          {invoice.daysOverdue !== null && invoice.daysOverdue > 0 && invoice.status !== 'paid' ? ` (J+${invoice.daysOverdue})` : ''}
        </dd>
        <dt className={s.term}>{t('remindersSent')}</dt>
        <dd className={s.value} data-field="reminders">
          {invoice.remindersSent}
        </dd>
        <dt className={s.term}>{t('nextAction')}</dt>
        <dd className={s.value} data-field="next">
          {next ? `${next.stage ? t(`stage_${next.stage}`) : next.kind} — ${day(next.date, language)}` : t('nothingToDo')}
        </dd>
      </dl>
      {error && <NoticeBar notice={{ intent: 'error', text: t('error', error), title: t('stillHere') }} testId="action-error" />}
      {form ? (
        <ActionForm form={form} invoice={invoice} t={t} language={language} today={today} onSubmit={act} onCancel={() => setForm(null)} />
      ) : (
        <div className={s.row}>
          {invoice.status !== 'paid' && (
            <>
              <Button size="small" data-action="paid" disabled={busy} onClick={() => void act({ type: 'payment', amount: null, date: today })}>
                {t('markPaid')}
              </Button>
              <Button size="small" data-action="payment" onClick={() => setForm('payment')}>
                {t('partialPayment')}
              </Button>
              <Button size="small" data-action="call" onClick={() => setForm('call')}>
                {t('logCall')}
              </Button>
              <Button size="small" data-action="promise" onClick={() => setForm('promise')}>
                {t('recordPromise')}
              </Button>
              {invoice.status === 'disputed' ? (
                <Button size="small" data-action="resolve" onClick={() => void act({ type: 'resolve-dispute' })}>
                  {t('resolveDispute')}
                </Button>
              ) : (
                <Button size="small" data-action="dispute" onClick={() => setForm('dispute')}>
                  {t('openDispute')}
                </Button>
              )}
              <Button size="small" data-action="plan" disabled={owed <= 0} onClick={() => setForm('plan')}>
                {t('proposePlan')}
              </Button>
              <Button size="small" data-action="snooze" onClick={() => setForm('snooze')}>
                {t('snooze')}
              </Button>
            </>
          )}
          <Button size="small" data-action="correct" onClick={() => setForm('correct')}>
            {t('correctField')}
          </Button>
        </div>
      )}
      <Subtitle2>{t('history')}</Subtitle2>
      {invoice.history.length === 0 ? (
        <Caption1 className={s.muted}>{t('noHistory')}</Caption1>
      ) : (
        <ol className={s.history} data-testid="history">
          {invoice.history.map((h) => (
            <li key={h.id} data-kind={h.kind}>
              <time dateTime={h.date}>{day(h.date, language)}</time> {h.summary}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
