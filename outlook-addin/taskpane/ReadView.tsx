/**
 * The pane on a read message: the detected invoice (read by the core from the message and its PDF), its
 * status, history and next step, the drafts of each stage, and "Ouvrir la réponse". When the client owes
 * several overdue invoices, one grouped reminder for all of them (or this invoice alone); once an invoice is
 * paid, the thank-you it proposes; and the client's ladder, contacts and language. Outlook's failures show as
 * messages; the pane keeps what it had so the user can retry.
 */
import { useCallback, useEffect, useState } from 'react';
import { Button, Caption1, Spinner, Tab, TabList } from '@fluentui/react-components';
import type { DraftView, GroupDraftView, InvoiceAction, InvoiceView, ResponseOf, UiLanguage } from '../../shared/app/messages';
import { describeOfficeError } from '../office/office-async';
import { draftsOf, groupDraftsOf, groupOf, INFO_BAR_KEY, infoBarText, openGroupReply, openInvoice, openReply, openThanksReply, proposedStage, thanksDraftOf, type OpenedInvoice, type Relance } from '../flow';
import type { PaneTranslate } from './strings';
import { InvoiceCard } from './InvoiceCard';
import { DraftsPanel } from './DraftsPanel';
import { ClientCard } from './ClientCard';
import { NoticeBar, RetryBar, useStyles, type Notice } from './ui';
import { day, money } from '../../shared/app/format';

interface Props {
  relance: Relance;
  t: PaneTranslate;
  language: UiLanguage;
  today: string;
  /** Changes when Outlook selects another message (pinned pane). */
  itemVersion: number;
  onLedgerChanged(): void;
}

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; opened: OpenedInvoice };

export function ReadView({ relance, t, language, today, itemVersion, onLedgerChanged }: Props) {
  const s = useStyles();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [selected, setSelected] = useState(0);
  const [drafts, setDrafts] = useState<DraftView[] | null>(null);
  const [group, setGroup] = useState<ResponseOf<'client.group'> | null>(null);
  /** This invoice alone, or one reminder for every overdue invoice of its client. */
  const [mode, setMode] = useState<'single' | 'group'>('single');
  /** Bumped when the client's settings change: its drafts are addressed anew. */
  const [clientVersion, setClientVersion] = useState(0);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [busy, setBusy] = useState(false);
  const describe = useCallback((error: unknown) => describeOfficeError(error, language), [language]);

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    setDrafts(null);
    setNotices([]);
    setSelected(0);
    try {
      const opened = await openInvoice(relance, today, t, language);
      setState({ kind: 'ready', opened });
      setNotices(opened.warnings.map((text) => ({ intent: 'warning', text })));
      onLedgerChanged();
    } catch (error) {
      setState({ kind: 'error', message: t('loadError', describe(error)) });
    }
  }, [relance, today, t, language, describe, onLedgerChanged]);

  useEffect(() => {
    void load();
  }, [load, itemVersion]);

  const invoice: InvoiceView | undefined = state.kind === 'ready' ? state.opened.invoices[selected] : undefined;
  const invoiceId = invoice?.id;
  const invoiceKey = invoice ? `${invoice.id}|${invoice.status}|${invoice.amountPaid}|${invoice.remindersSent}|${invoice.nextAction?.date ?? ''}` : '';

  // The client's group, even from a paid invoice: what the client still owes elsewhere.
  useEffect(() => {
    setGroup(null);
    if (!invoice) return;
    let live = true;
    groupOf(relance, invoice).then(
      (g) => {
        if (!live) return;
        setGroup(g);
        setMode(g.groupable && invoice.status !== 'paid' ? 'group' : 'single');
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [relance, invoiceId, invoiceKey]);

  useEffect(() => {
    setDrafts(null);
    // A paid invoice has nothing to chase: no drafts to ask for.
    if (!invoice || invoice.status === 'paid' || (mode === 'group' && !group?.groupable)) return;
    let live = true;
    const conversation = state.kind === 'ready' ? state.opened.conversation : [];
    (mode === 'group' && group ? groupDraftsOf(relance, invoice, group, conversation) : draftsOf(relance, invoice, conversation)).then(
      (list) => live && setDrafts(list),
      (error) => live && setNotices((n) => [...n, { intent: 'error', text: t('loadError', describe(error)) }]),
    );
    return () => {
      live = false;
    };
    // Keyed on invoiceKey: the drafts are rebuilt when the invoice changes (a payment changes the amounts).
  }, [relance, invoiceId, invoiceKey, mode, group, clientVersion]);

  if (state.kind === 'loading') return <Spinner size="small" label={t('reading')} data-testid="loading" />;
  if (state.kind === 'error') return <RetryBar text={state.message} label={t('retry')} onRetry={() => void load()} />;
  const { opened } = state;

  const replace = (updated: InvoiceView) => {
    setState({ kind: 'ready', opened: { ...opened, invoices: opened.invoices.map((i) => (i.id === updated.id ? updated : i)) } });
    onLedgerChanged();
  };

  const onAction = async (action: InvoiceAction) => {
    if (!invoice) return;
    const { invoice: updated } = await relance.client('invoice.action', { invoiceId: invoice.id, action });
    replace(updated);
    await relance.host.notify(INFO_BAR_KEY, infoBarText(updated, t, language)).catch(() => undefined);
  };

  const onGroupReply = async (draft: GroupDraftView) => {
    setBusy(true);
    try {
      const { outcome, invoices } = await openGroupReply(relance, opened, draft, t, language);
      const here = invoices.find((i) => i.id === invoice?.id);
      const next = here?.nextAction;
      const notes: Notice[] = [{ intent: 'success', text: t('groupOpened', draft.invoices.length, next ? `${next.stage ? t(`stage_${next.stage}`) : next.kind} (${day(next.date, language)})` : t('nothingToDo')) }];
      if (outcome.notAttached.length) notes.push({ intent: 'warning', text: t('notAttached', outcome.notAttached.join(', ')) });
      setNotices(notes);
      if (here) replace(here);
      else onLedgerChanged();
    } catch (error) {
      setNotices([{ intent: 'error', title: t('stillHere'), text: t('officeError', describe(error)) }]);
    } finally {
      setBusy(false);
    }
  };

  const onThanks = async () => {
    if (!invoice) return;
    setBusy(true);
    try {
      const updated = await openThanksReply(relance, opened, invoice, await thanksDraftOf(relance, invoice));
      setNotices([{ intent: 'success', text: t('thanksOpened') }]);
      replace(updated);
    } catch (error) {
      setNotices([{ intent: 'error', title: t('stillHere'), text: t('officeError', describe(error)) }]);
    } finally {
      setBusy(false);
    }
  };

  const onReply = async (draft: DraftView) => {
    if (!invoice) return;
    if (mode === 'group' && 'invoices' in draft) return onGroupReply(draft as GroupDraftView);
    setBusy(true);
    try {
      const { outcome, invoice: updated } = await openReply(relance, opened, invoice, draft, t, language);
      const next = updated.nextAction;
      const notes: Notice[] = [{ intent: 'success', text: t('replyOpened', t(`stage_${draft.stage}`), next ? `${next.stage ? t(`stage_${next.stage}`) : next.kind} (${day(next.date, language)})` : t('nothingToDo')) }];
      if (outcome.notAttached.length) notes.push({ intent: 'warning', text: t('notAttached', outcome.notAttached.join(', ')) });
      setNotices(notes);
      replace(updated);
    } catch (error) {
      setNotices([{ intent: 'error', title: t('stillHere'), text: t('officeError', describe(error)) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={s.section} data-testid="read-view">
      {notices.map((n, i) => (
        <NoticeBar key={i} notice={n} />
      ))}
      {opened.invoices.length === 0 ? (
        <NoticeBar notice={{ intent: 'info', text: t('notInvoice') }} testId="not-invoice" />
      ) : (
        <>
          {opened.invoices.length > 1 && (
            <div className={s.row}>
              {opened.invoices.map((i, index) => (
                <Button key={i.id} size="small" appearance={index === selected ? 'primary' : 'secondary'} onClick={() => setSelected(index)}>
                  {i.invoiceNumber ?? i.id}
                </Button>
              ))}
            </div>
          )}
          {invoice && <InvoiceCard invoice={invoice} t={t} language={language} today={today} onAction={onAction} />}
          {invoice?.status === 'paid' && invoice.thankYou === 'proposed' && (
            <NoticeBar
              testId="thanks-proposed"
              notice={{ intent: 'success', text: t('thanksProposed') }}
              action={<Button size="small" appearance="primary" disabled={busy} data-testid="thanks-open" onClick={() => void onThanks()}>{t('thanksButton')}</Button>}
            />
          )}
          {invoice?.thankYou === 'sent' && <Caption1 data-testid="thanks-sent">{t('thanksSent')}</Caption1>}
          {invoice && group?.groupable && (
            <div className={s.section} data-testid="group" data-count={group.chase.length}>
              <Caption1>{t('groupSummary', group.chase.length, group.totals.map((x) => money(x.amount, x.currency, language)).join(' + '))}</Caption1>
              {invoice.status !== 'paid' && (
                <TabList size="small" selectedValue={mode} onTabSelect={(_, d) => setMode(d.value as 'single' | 'group')}>
                  <Tab value="group" data-testid="mode-group">{t('relancerGroup', group.chase.length)}</Tab>
                  <Tab value="single" data-testid="mode-single">{t('thisInvoiceAlone')}</Tab>
                </TabList>
              )}
            </div>
          )}
          {invoice && invoice.status !== 'paid' && (drafts ? <DraftsPanel key={`${invoice.id}|${mode}`} drafts={drafts} initial={mode === 'group' ? (group?.stage ?? drafts[0]!.stage) : proposedStage(invoice)} t={t} actionLabel={t('openReply')} busy={busy} onAction={(d) => void onReply(d)} /> : <Spinner size="tiny" />)}
          {invoice && <ClientCard key={invoice.clientId} relance={relance} clientId={invoice.clientId} t={t} onSaved={() => setClientVersion((v) => v + 1)} />}
        </>
      )}
    </div>
  );
}
