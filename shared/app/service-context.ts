/**
 * What the service's handlers share: the ledger, the kept documents, the clock, the translations, and the
 * ledger's records turned into the views the UIs read. The handlers of each feature (grouped reminders,
 * thank-you, clients, documents) live in their own file and receive this.
 */
import type { CompanyProfile } from '../core/profile/company-profile';
import type { NextAction } from '../core/schedule/next-action';
import type { UserTemplate } from '../core/drafts/input';
import type { Ledger } from '../ledger/ledger';
import type { InvoiceRow } from '../ledger/schemas';
import type { Translate } from './i18n';
import type { DocumentStore } from './kept-documents';
import type { InvoiceView } from './messages';

export interface ServiceContext {
  ledger: Ledger;
  documents: DocumentStore;
  /** The user's calendar day. */
  today(): string;
  /** Tells the host the ledger changed (timers, badge). */
  changed(): void;
  translate(): Promise<Translate>;
  /** The company profile the drafts are signed with; a clear error when it is not set yet. */
  profile(): Promise<CompanyProfile>;
  userTemplates(): Promise<UserTemplate[]>;
  actionOf(row: InvoiceRow, today: string): Promise<NextAction>;
  view(row: InvoiceRow, opts: { history: boolean; t: Translate; today: string }): Promise<InvoiceView>;
  viewById(invoiceId: string, today?: string): Promise<InvoiceView>;
  remember(threadId: string, invoiceId: string): Promise<void>;
  /** The invoice, or an error naming it. */
  invoice(invoiceId: string): Promise<InvoiceRow>;
}
