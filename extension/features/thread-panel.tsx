/**
 * A panel beside an opened conversation with the invoice's facts and history, and the actions: mark paid,
 * log a call, record a promise, open a dispute, propose a payment plan, snooze, correct a detected field.
 * Only conversations the row check finds likely get a panel once the scan finds an invoice in them. What the
 * scan could not read (an attachment over its budget, a broken PDF) is named in a note on the panel, or in
 * the host's notice when there is no panel.
 */
import { createRoot } from 'react-dom/client';
import { InvoicePanel } from '../ui/InvoicePanel';
import type { InvoiceView } from '../../shared/app/messages';
import { defineFeature } from './feature';

export default defineFeature({
  name: 'thread-panel',
  async start(ctx, signal) {
    const { today, language } = await ctx.send('rows.lookup', { threadIds: [] });
    ctx.host.onThreadView(async (thread) => {
      const threadId = await thread.threadId();
      const el = document.createElement('div');
      el.className = 'relance-root';
      const root = createRoot(el);
      let panel: { remove(): void } | null = null;
      const render = (invoices: InvoiceView[] | null, error: string | null = null) =>
        root.render(
          <InvoicePanel
            invoices={invoices}
            error={error}
            notes={ctx.invoices.warningsOf(threadId)}
            language={language}
            t={ctx.t}
            today={today}
            onAction={async (invoiceId, action) => {
              const { invoice } = await ctx.send('invoice.action', { invoiceId, action });
              ctx.invoices.update(threadId, invoice);
            }}
            onRelancer={(invoice) => void ctx.composer.open(thread, invoice).catch((e: unknown) => ctx.host.notify(ctx.t('error', String(e)), 'error'))}
          />,
        );
      const unsubscribe = ctx.invoices.subscribe(threadId, (invoices) => render(invoices));
      const cleanup = () => {
        unsubscribe();
        panel?.remove();
        root.unmount();
      };
      thread.onDestroy(cleanup);
      signal.addEventListener('abort', cleanup);
      const invoices = await ctx.invoices.of(thread);
      if (signal.aborted) return;
      // No panel without an invoice: what could not be read is then told in the host's own notice.
      if (invoices.length === 0) {
        for (const warning of ctx.invoices.warningsOf(threadId)) ctx.host.notify(ctx.t('readWarning', warning), 'error');
        return;
      }
      panel = thread.addPanel({ title: ctx.t('panelTitle'), iconUrl: ctx.asset('icon/32.png'), el });
      render(invoices);
    });
  },
});
