/**
 * "Relancer" in the conversation's toolbar and in each message's menu: opens a reply with the draft of the
 * next stage for the thread's invoice, the invoice PDF re-attached; when the client owes several overdue
 * invoices, one grouped reminder for all of them instead (the side panel still chases one alone). Sending it
 * records the reminder and schedules the follow-up (see content/reminder-composer.ts).
 */
import { invoiceToChase } from '../content/thread-invoices';
import type { HostThread } from '../host';
import { defineFeature, type FeatureContext } from './feature';

async function relancer(ctx: FeatureContext, thread: HostThread): Promise<void> {
  const invoices = await ctx.invoices.of(thread);
  const invoice = invoiceToChase(invoices);
  if (!invoice) {
    ctx.host.notify(ctx.t('noInvoice'));
    return;
  }
  const { groupable } = await ctx.send('client.group', { invoiceId: invoice.id });
  if (groupable) await ctx.composer.openGroup(thread, invoice);
  else await ctx.composer.open(thread, invoice);
}

export default defineFeature({
  name: 'relancer-button',
  start(ctx) {
    const onClick = (thread: HostThread) =>
      relancer(ctx, thread).catch((error: unknown) => ctx.host.notify(ctx.t('error', error instanceof Error ? error.message : String(error)), 'error'));
    ctx.host.addThreadButton({ title: ctx.t('relancer'), iconUrl: ctx.asset('icon/32.png'), onClick });
    ctx.host.addMessageButton({ title: ctx.t('relancer'), onClick });
  },
});
