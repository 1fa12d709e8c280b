/**
 * A panel beside an opened conversation with the invoice's facts and history, and the actions: mark paid,
 * log a call, record a promise, open a dispute, propose a payment plan, snooze, correct a detected field; one
 * grouped reminder when the client owes several overdue invoices; the thank-you once an invoice is paid; the
 * client's ladder, contacts and language. Only conversations where the scan finds an invoice get a panel. What
 * the scan could not read (an attachment over its budget, a broken PDF) is named in a note on the panel, or in
 * the host's notice when there is no panel.
 */
import { createRoot } from 'react-dom/client';
import { InvoicePanel } from '../ui/InvoicePanel';
import { ClientForm } from '../ui/ClientSettings';
import type { ClientView, InvoiceView, ResponseOf, SettingsView } from '../../shared/app/messages';
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
      let invoices: InvoiceView[] = [];
      let group: ResponseOf<'client.group'> | null = null;
      let client: { view: ClientView; ladders: SettingsView['ladders'] } | null = null;
      const fail = (e: unknown) => ctx.host.notify(ctx.t('error', e instanceof Error ? e.message : String(e)), 'error');

      const render = () => {
        const first = invoices[0];
        root.render(
          <InvoicePanel
            invoices={invoices}
            notes={ctx.invoices.warningsOf(threadId)}
            language={language}
            t={ctx.t}
            today={today}
            group={group}
            onAction={async (invoiceId, action) => {
              const { invoice } = await ctx.send('invoice.action', { invoiceId, action });
              ctx.invoices.update(threadId, invoice);
            }}
            onRelancer={(invoice) => void ctx.composer.open(thread, invoice).catch(fail)}
            onRelancerGroup={() => first && void ctx.composer.openGroup(thread, invoices.find((i) => i.status !== 'paid') ?? first).catch(fail)}
            onThanks={(invoice) => void ctx.composer.openThanks(thread, invoice).catch(fail)}
            client={client && <ClientForm key={client.view.id} client={client.view} ladders={client.ladders} send={ctx.send} t={ctx.t} onSaved={() => void refresh()} />}
          />,
        );
      };

      // The client's group and settings follow every change of the thread's invoices (a reminder sent, a payment).
      const refresh = async () => {
        const open = invoices.find((i) => i.status !== 'paid') ?? invoices[0];
        if (!open) return;
        const [g, c, settings] = await Promise.all([
          // Even from a paid invoice's conversation: what the client still owes elsewhere.
          ctx.send('client.group', { invoiceId: open.id }),
          ctx.send('client.get', { clientId: open.clientId }),
          ctx.send('settings.get', {}),
        ]);
        group = g;
        client = c.client ? { view: c.client, ladders: settings.ladders } : null;
        render();
      };

      const unsubscribe = ctx.invoices.subscribe(threadId, (next) => {
        invoices = next;
        render();
        void refresh().catch(fail);
      });
      const cleanup = () => {
        unsubscribe();
        panel?.remove();
        root.unmount();
      };
      thread.onDestroy(cleanup);
      signal.addEventListener('abort', cleanup);
      invoices = await ctx.invoices.of(thread);
      if (signal.aborted) return;
      // No panel without an invoice: what could not be read is then told in the host's own notice.
      if (invoices.length === 0) {
        for (const warning of ctx.invoices.warningsOf(threadId)) ctx.host.notify(ctx.t('readWarning', warning), 'error');
        return;
      }
      panel = thread.addPanel({ title: ctx.t('panelTitle'), iconUrl: ctx.asset('icon/32.png'), el });
      render();
      await refresh();
    });
  },
});
