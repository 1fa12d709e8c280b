/**
 * What every draft of an invoice needs from the ledger besides the invoice: its history as the drafts read it,
 * and what holds for its client — the language, the recipients (regular and escalation contacts), the tone its
 * ladder asks for, its earlier late payments. One place, so the single draft, the grouped reminder and the
 * thank-you address the client the same way.
 */
import { daysBetween } from '../core/calendar/iso-date';
import { toneOf } from '../core/ladder/ladders';
import { CHASE_STAGES, type ChaseStage, type DraftLanguage } from '../core/ladder/stages';
import type { DraftHistoryInput, DraftInput } from '../core/drafts/input';
import type { InvoiceRow } from '../ledger/schemas';
import { viewStatus } from './view-status';
import type { CompanyProfile } from '../core/profile/company-profile';
import type { InvoiceEvent } from '../core/schedule/events';
import type { Ledger } from '../ledger/ledger';
import { clientReport } from '../ledger/queries';
import type { Tone } from './messages';

const isChaseStage = (kind: string): kind is ChaseStage => (CHASE_STAGES as readonly string[]).includes(kind);

const CALL_FOR_DRAFT: Record<string, 'reached' | 'no-answer' | 'promise' | 'dispute' | 'plan-requested' | 'paid'> = {
  paid: 'paid',
  promise: 'promise',
  dispute: 'dispute',
  'plan-requested': 'plan-requested',
  'no-answer': 'no-answer',
  callback: 'reached',
  other: 'reached',
};

/** An invoice's facts as the drafts read them: what is still owed, never the full amount of a partly paid invoice. */
export function draftInvoiceOf(row: InvoiceRow): DraftInput['invoice'] {
  return {
    invoiceNumber: row.number,
    amount: row.state.balance ?? row.amount,
    currency: row.currency,
    issueDate: row.issueDate,
    dueDate: row.dueDate,
    debtorEmail: row.debtorEmail,
    debtorName: row.debtorName,
    status: viewStatus(row),
    promisedDate: row.state.promisedDate,
  };
}

/** An invoice's history as the drafts read it (without the client's late payments). */
export function draftHistoryOf(events: readonly InvoiceEvent[]): Omit<DraftHistoryInput, 'pastLatePayments'> {
  return {
    // A reminder seen in the mailbox without its date is not quoted with a made-up one.
    reminders: events.flatMap((e) => (e.type === 'reminder-sent' && !e.dateUnknown ? [{ stage: isChaseStage(e.stage) ? e.stage : null, date: e.on }] : [])),
    promises: events.flatMap((e) => (e.type === 'promise' ? [{ date: e.on, promisedDate: e.promisedDate }] : [])),
    calls: events.flatMap((e) => (e.type === 'call-logged' ? [{ date: e.on, outcome: CALL_FOR_DRAFT[e.outcome] ?? 'reached', note: e.note ?? '' }] : [])),
  };
}

export interface ClientDraftContext {
  /** The drafts' language: the one chosen for the client, else the one its invoices were written in, else the company's. */
  language: DraftLanguage;
  /** The regular recipients when the user set them (else the invoice's address); the escalation contacts. */
  recipients: { to: string[]; escalationCc: string[] };
  /** Earlier invoices of the client paid late, and the tone asked for, as `pastLatePayments` for the drafts. */
  pastLatePayments(tone: Tone | undefined): number;
}

export async function clientDraftContext(ledger: Ledger, clientId: string, profile: CompanyProfile, exceptInvoiceIds: readonly string[] = []): Promise<ClientDraftContext> {
  const [client, ladder, report] = await Promise.all([ledger.client(clientId), ledger.ladderOfClient(clientId), clientReport(ledger, clientId)]);
  const except = new Set(exceptInvoiceIds);
  const lateBefore = report.invoices.filter((i) => !except.has(i.id) && i.state.settledOn && i.dueDate && daysBetween(i.dueDate, i.state.settledOn) > 0).length;
  const ladderTone = toneOf(ladder.tone);
  return {
    language: client?.language ?? client?.detectedLanguage ?? profile.language,
    recipients: { to: client?.contacts.to ?? [], escalationCc: client?.contacts.escalation ?? [] },
    // The tone: chosen in the compose tool, else the client's ladder's, else its history (2+ late payments: firmer).
    pastLatePayments(tone) {
      const wanted = tone ?? ladderTone;
      return wanted === 'cordial' ? 0 : wanted === 'firmer' ? Math.max(2, lateBefore) : lateBefore;
    },
  };
}
