/**
 * Grouped reminders behind the messages: which of a client's invoices one reminder chases and lists (the core's
 * selection), the draft (the core's grouped builder, addressed as the client's single drafts are), and the
 * reminder recorded on each invoice it chased, tied by one group id.
 */
import { buildGroupedDraft } from '../core/drafts/build-grouped-draft';
import { GroupMemberSchema, type GroupMember } from '../core/drafts/group-input';
import { groupStage, selectGroup, totalsByCurrency } from '../core/drafts/group-members';
import type { GroupStage } from '../core/ladder/stages';
import { newId } from '../ledger/ledger';
import type { InvoiceRow } from '../ledger/schemas';
import { clientDraftContext, draftHistoryOf, draftInvoiceOf } from './draft-context';
import type { Handlers } from './messages';
import type { ServiceContext } from './service-context';

const GROUP_STAGE_OF: Partial<Record<string, GroupStage>> = { courteous: 'courteous', firm: 'firm', formal: 'formal' };

export function groupHandlers(ctx: ServiceContext): Pick<Handlers, 'client.group' | 'draft.group' | 'group.sent'> {
  const { ledger } = ctx;

  /**
   * The client's invoices still owed, as the grouped builder reads them. An invoice under a payment plan (its
   * instalments are chased on their own), snoozed, or never sent is not part of a grouped reminder.
   */
  const membersOf = async (clientId: string, today: string, names: Record<string, string[]>): Promise<{ rows: InvoiceRow[]; members: GroupMember[] }> => {
    const rows = (await ledger.invoicesOfClient(clientId)).filter(
      (r) => r.open === 1 && r.state.status !== 'plan' && r.sentOn !== null && !(r.state.snoozedUntil !== null && r.state.snoozedUntil > today),
    );
    const kept = await ctx.documents.get(rows.map((r) => r.id));
    const members: GroupMember[] = [];
    for (const row of rows) {
      const action = await ctx.actionOf(row, today);
      // The stage its own chase is at: its next ladder step, or the formal notice once it was sent.
      const stage = GROUP_STAGE_OF[action.kind] ?? (row.state.reminders.some((r) => r.stage === 'formal') ? 'formal' : null);
      const attachments = [...new Set([...(names[row.id] ?? []), ...kept.filter((d) => d.invoiceId === row.id).map((d) => d.filename)])];
      members.push({
        id: row.id,
        invoice: draftInvoiceOf(row),
        history: draftHistoryOf(await ledger.events(row.id)),
        attachments,
        stage,
      });
    }
    return { rows, members };
  };

  return {
    'client.group': async ({ invoiceId }) => {
      const today = ctx.today();
      const row = await ctx.invoice(invoiceId);
      const { rows, members } = await membersOf(row.clientId, today, {});
      const selection = selectGroup(members.map((m) => GroupMemberSchema.parse(m)), today);
      const t = await ctx.translate();
      const viewsOf = (ids: string[]) => Promise.all(rows.filter((r) => ids.includes(r.id)).map((r) => ctx.view(r, { history: false, t, today })));
      const chase = await viewsOf(selection.overdue.map((m) => m.id));
      const upcoming = await viewsOf(selection.upcoming.map((m) => m.id));
      const totals = totalsByCurrency(selection.overdue.map((m) => ({ cents: Math.round(m.invoice.amount! * 100), currency: m.invoice.currency ?? 'EUR' }))).map((x) => ({ currency: x.currency, amount: x.cents / 100 }));
      const stage = selection.overdue.length ? groupStage(selection.overdue) : null;
      return { clientId: row.clientId, chase, upcoming, totals, stage, groupable: chase.length >= 2 };
    },

    'draft.group': async ({ invoiceId, stage, tone, language, includeUpcoming, invoiceAttachments }) => {
      const today = ctx.today();
      const row = await ctx.invoice(invoiceId);
      const profile = await ctx.profile();
      const { members } = await membersOf(row.clientId, today, invoiceAttachments);
      const client = await clientDraftContext(ledger, row.clientId, profile, members.map((m) => m.id));
      const result = buildGroupedDraft({
        stage,
        lang: language ?? client.language,
        today,
        invoices: members,
        includeUpcoming,
        client: { contactName: row.debtorName },
        recipients: client.recipients,
        pastLatePayments: client.pastLatePayments(tone),
        profile,
        userTemplates: await ctx.userTemplates(),
      });
      return {
        draft: {
          ...result.draft,
          stage: result.stage,
          tone: result.tone,
          language: result.lang,
          missingMentions: result.formalCheck?.missing.map((m) => m.message) ?? [],
          warnings: result.warnings,
          invoices: result.chased.map((c) => ({ invoiceId: c.id, invoiceNumber: c.number, stage: c.stage })),
          upcoming: result.upcoming.map((u) => ({ invoiceId: u.id, invoiceNumber: u.number })),
          totals: result.totals.map((x) => ({ currency: x.currency, amount: x.cents / 100 })),
        },
      };
    },

    // The conversation it was sent in already knows the invoice it was opened from; the others keep their own.
    'group.sent': async ({ invoiceIds, stage, sentAt }) => {
      const today = ctx.today();
      const rows = await Promise.all([...new Set(invoiceIds)].map((id) => ctx.invoice(id)));
      if (new Set(rows.map((r) => r.clientId)).size > 1) throw new Error('a grouped reminder is for the invoices of one client');
      const group = `group-${newId()}`;
      for (const row of rows) await ledger.record(row.id, { type: 'reminder-sent', on: today, at: sentAt, stage, group });
      ctx.changed();
      return { invoices: await Promise.all(rows.map((r) => ctx.viewById(r.id, today))) };
    },
  };
}
