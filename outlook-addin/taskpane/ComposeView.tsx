/**
 * The pane on a message being written ("Insérer une relance"): finds the invoice the message is about (its
 * conversation, an invoice number in its subject or quoted text, or its recipient), shows the drafts of each
 * stage and inserts the chosen one at the cursor — subject and recipients only where still empty.
 */
import { useCallback, useEffect, useState } from 'react';
import { Field, Select, Spinner } from '@fluentui/react-components';
import type { DraftView, InvoiceView, UiLanguage } from '../../shared/app/messages';
import { describeOfficeError } from '../office/office-async';
import { conversationOf, draftsOf, insertDraft, invoiceForCompose, proposedStage, type Relance } from '../flow';
import type { MailMessage } from '../../shared/core/mail/model';
import { money } from '../../shared/app/format';
import type { PaneTranslate } from './strings';
import { DraftsPanel } from './DraftsPanel';
import { NoticeBar, RetryBar, useStyles, type Notice } from './ui';

interface Props {
  relance: Relance;
  t: PaneTranslate;
  language: UiLanguage;
  itemVersion: number;
}

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; invoice: InvoiceView | null; candidates: InvoiceView[]; attached: string[] };

export function ComposeView({ relance, t, language, itemVersion }: Props) {
  const s = useStyles();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [drafts, setDrafts] = useState<DraftView[] | null>(null);
  const [conversation, setConversation] = useState<MailMessage[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const describe = useCallback((error: unknown) => describeOfficeError(error, language), [language]);

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    try {
      const found = await invoiceForCompose(relance);
      setState({ kind: 'ready', ...found });
    } catch (error) {
      setState({ kind: 'error', message: t('loadError', describe(error)) });
    }
  }, [relance, t, describe]);

  useEffect(() => {
    void load();
  }, [load, itemVersion]);

  const invoice = state.kind === 'ready' ? state.invoice : null;
  useEffect(() => {
    setDrafts(null);
    if (!invoice) return;
    let live = true;
    // The invoice's conversation as kept from earlier openings: where its PDF is.
    conversationOf(relance, invoice)
      .then(async (messages) => {
        const list = await draftsOf(relance, invoice, messages);
        if (live) {
          setConversation(messages);
          setDrafts(list);
        }
      })
      .catch((error) => live && setNotice({ intent: 'error', text: t('loadError', describe(error)) }));
    return () => {
      live = false;
    };
  }, [relance, invoice, t, describe]);

  if (state.kind === 'loading') return <Spinner size="small" label={t('reading')} />;
  if (state.kind === 'error') return <RetryBar text={state.message} label={t('retry')} onRetry={() => void load()} />;

  const choose = (id: string) => {
    const chosen = state.candidates.find((c) => c.id === id) ?? null;
    setState({ ...state, invoice: chosen });
  };

  const onInsert = async (draft: DraftView) => {
    setBusy(true);
    try {
      const outcome = await insertDraft(relance, draft, invoice ?? undefined, conversation, state.kind === 'ready' ? state.attached : []);
      setNotice({ intent: 'success', text: outcome.attached.length ? `${t('inserted')} ${t('attachedFile', outcome.attached.join(', '))}` : t('inserted') });
    } catch (error) {
      setNotice({ intent: 'error', title: t('stillHere'), text: t('officeError', describe(error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={s.section} data-testid="compose-view">
      {notice && <NoticeBar notice={notice} />}
      {!invoice && <NoticeBar notice={{ intent: 'info', text: t('composeNoInvoice') }} testId="compose-no-invoice" />}
      {state.candidates.length > 0 && (
        <Field label={t('chooseInvoice')}>
          <Select value={invoice?.id ?? ''} onChange={(_, d) => choose(d.value)} data-testid="compose-invoice">
            <option value="">—</option>
            {state.candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.invoiceNumber ?? '?'} · {c.debtorName ?? c.debtorEmail ?? '—'} · {money(c.amount, c.currency, language)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {invoice && (drafts ? <DraftsPanel key={invoice.id} drafts={drafts} initial={proposedStage(invoice)} t={t} actionLabel={t('insertDraft')} busy={busy} onAction={(d) => void onInsert(d)} /> : <Spinner size="tiny" />)}
    </div>
  );
}
