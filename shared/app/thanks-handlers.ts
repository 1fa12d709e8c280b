/**
 * The thank-you on payment behind the messages: the draft (the core's, in the client's language, to its regular
 * contact) for an invoice paid in full, and the thanks recorded once sent, so it is proposed no more.
 */
import { buildDraft } from '../core/drafts/build-draft';
import { clientDraftContext, draftInvoiceOf } from './draft-context';
import type { Handlers } from './messages';
import type { ServiceContext } from './service-context';

export function thanksHandlers(ctx: ServiceContext): Pick<Handlers, 'draft.thanks' | 'thanks.sent'> {
  return {
    'draft.thanks': async ({ invoiceId, language }) => {
      const row = await ctx.invoice(invoiceId);
      if (row.state.status !== 'paid') throw new Error(`${row.number ?? invoiceId} is not paid: a thank-you comes with the payment`);
      const profile = await ctx.profile();
      const client = await clientDraftContext(ctx.ledger, row.clientId, profile);
      const paid = row.state.paidAmount > 0 ? row.state.paidAmount : row.amount;
      const result = buildDraft({
        kind: 'thank-you',
        lang: language ?? client.language,
        today: ctx.today(),
        // The invoice as sent (its balance is nil once paid).
        invoice: { ...draftInvoiceOf(row), amount: row.amount, status: 'paid', promisedDate: null },
        client: { contactName: row.debtorName },
        // Thanks go to whoever pays; the escalation contact is not copied.
        recipients: { to: client.recipients.to },
        payment: { date: row.state.settledOn, amount: paid },
        profile,
        userTemplates: await ctx.userTemplates(),
      });
      return { draft: { ...result.draft, language: result.lang, warnings: result.warnings } };
    },

    'thanks.sent': async ({ invoiceId, sentAt, threadId }) => {
      const today = ctx.today();
      await ctx.invoice(invoiceId);
      await ctx.ledger.record(invoiceId, { type: 'thanked', on: today, at: sentAt });
      if (threadId) await ctx.remember(threadId, invoiceId);
      ctx.changed();
      return { invoice: await ctx.viewById(invoiceId, today) };
    },
  };
}
