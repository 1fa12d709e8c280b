/** Runs corpus messages through the real scan (MIME parsing, threading, PDFs read by pdfjs). */
import { scanMessages } from '../../shared/core/scan/scan-mailbox';
import type { Receivable } from '../../shared/core/scan/receivable';
import { createPdfjsReader } from '../../shared/pdf/pdfjs-reader';
import { eml, type EmlSpec } from './eml';

const pdfReader = createPdfjsReader();

/** The day the corpus is scanned on. */
export const TODAY = '2026-12-20';

export async function scan(specs: EmlSpec[], me: string[], today = TODAY): Promise<Receivable[]> {
  const messages = await Promise.all(specs.map(eml));
  return scanMessages(messages, { me, today, pdfReader });
}

/** The facts of an invoice a scan must read (the other fields depend on the thread). */
export type Facts = Pick<Receivable, 'invoiceNumber' | 'amount' | 'currency' | 'issueDate' | 'dueDate' | 'debtorEmail'>;

export function factsOf(r: Receivable): Facts {
  const { invoiceNumber, amount, currency, issueDate, dueDate, debtorEmail } = r;
  return { invoiceNumber, amount, currency, issueDate, dueDate, debtorEmail };
}
