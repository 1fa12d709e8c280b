/**
 * The invoices of an opened conversation, shared by the features that show or act on them (Relancer button,
 * thread panel, compose tool): the host reads the conversation, the core scans it (PDFs included), the
 * background upserts the result into the ledger and answers with the ledger's view. One scan per thread per
 * visit; features subscribe to changes (a reminder sent, a payment recorded).
 */
import type { MailThread } from '../../shared/core/mail/model';
import type { ScannedReceivable } from '../../shared/core/scan/scanned-receivable';
import type { HostThread } from '../host';
import type { Client, InvoiceView } from '../../shared/app/messages';
import { keepDocuments } from './kept-documents';

/** The core's scan of one conversation: its receivables, and what of it could not be read (named). */
export type Scan = (thread: MailThread) => Promise<{ receivables: ScannedReceivable[]; warnings: string[] }>;

export interface ThreadInvoices {
  of(thread: HostThread): Promise<InvoiceView[]>;
  /** What the last scan of a conversation could not read (an attachment over its budget…), for a note in the UI. */
  warningsOf(threadId: string): readonly string[];
  /** Replaces one invoice after an action and tells the subscribers. */
  update(threadId: string, invoice: InvoiceView): void;
  subscribe(threadId: string, callback: (invoices: InvoiceView[]) => void): () => void;
}

export function createThreadInvoices(send: Client, scan: Scan): ThreadInvoices {
  const cache = new Map<string, Promise<InvoiceView[]>>();
  const current = new Map<string, InvoiceView[]>();
  const warnings = new Map<string, string[]>();
  const listeners = new Map<string, Set<(invoices: InvoiceView[]) => void>>();
  const publish = (threadId: string, invoices: InvoiceView[]) => {
    current.set(threadId, invoices);
    for (const l of listeners.get(threadId) ?? []) l(invoices);
  };
  return {
    async of(thread) {
      const threadId = await thread.threadId();
      let pending = cache.get(threadId);
      if (!pending) {
        pending = (async () => {
          const mail = await thread.read();
          const scanned = await scan(mail);
          warnings.set(threadId, scanned.warnings);
          const receivables = scanned.receivables;
          const { invoices } = await send('thread.scanned', { threadId, receivables });
          publish(threadId, invoices);
          // Kept for a grouped reminder written from another of the client's conversations; never blocks this one.
          void keepDocuments(send, mail, invoices).catch(() => undefined);
          return invoices;
        })();
        cache.set(threadId, pending);
        pending.catch(() => cache.delete(threadId));
      }
      await pending;
      return current.get(threadId) ?? [];
    },
    warningsOf(threadId) {
      return warnings.get(threadId) ?? [];
    },
    update(threadId, invoice) {
      const list = current.get(threadId) ?? [];
      const next = list.some((i) => i.id === invoice.id) ? list.map((i) => (i.id === invoice.id ? invoice : i)) : [...list, invoice];
      cache.set(threadId, Promise.resolve(next));
      publish(threadId, next);
    },
    subscribe(threadId, callback) {
      let set = listeners.get(threadId);
      if (!set) listeners.set(threadId, (set = new Set()));
      set.add(callback);
      return () => set.delete(callback);
    },
  };
}

/** The invoice a "Relancer" click is about: the most urgent one still to chase, else the latest open one. */
export function invoiceToChase(invoices: readonly InvoiceView[]): InvoiceView | null {
  const open = invoices.filter((i) => i.status !== 'paid');
  const withAction = open.filter((i) => i.nextAction).sort((a, b) => a.nextAction!.date.localeCompare(b.nextAction!.date));
  return withAction[0] ?? open.sort((a, b) => (b.daysOverdue ?? -1e9) - (a.daysOverdue ?? -1e9))[0] ?? null;
}
