/**
 * The invoices' documents (their PDFs) read in a conversation are kept through the background, so a grouped
 * reminder written from another of the client's conversations can re-attach them all. Best effort: a document
 * that cannot be read is left out, and a grouped draft names what it lacks.
 */
import type { MailThread } from '../../shared/core/mail/model';
import { bytesToBase64 } from '../../shared/core/text/base64';
import type { Client, InvoiceView } from '../../shared/app/messages';
import { attachmentsFor, documentsOf } from './reminder-composer';

export async function keepDocuments(send: Client, mail: MailThread, invoices: readonly InvoiceView[]): Promise<void> {
  for (const invoice of invoices) {
    if (invoice.status === 'paid') continue;
    const files = await attachmentsFor(mail, invoice, documentsOf(mail, invoice));
    if (files.length === 0) continue;
    await send('documents.keep', { invoiceId: invoice.id, files: files.map((f) => ({ filename: f.filename, mimeType: f.mimeType, base64: bytesToBase64(f.bytes) })) });
  }
}
