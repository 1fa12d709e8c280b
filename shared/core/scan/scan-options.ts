import type { PdfReader } from '../pdf/pdf-reader';
import type { LadderSettings } from '../ladder/next-stage';
import type { MailMessage, MailThread } from '../mail/model';
import type { Receivable } from './receivable';

/** What the scan knows about a receivable beyond its JSON line (for drafts: the source e-mail, reminder dates). */
export interface ReceivableDetails {
  /** The e-mail that carried the invoice. */
  message: MailMessage;
  /** Its conversation, with related replies. */
  thread: MailThread;
  /** Calendar dates of the reminders counted in `remindersSent`, oldest first. */
  reminderDates: string[];
}

export interface ScanOptions {
  /** The user's addresses and domains ("me@x.fr", "x.fr"), lower case. */
  me: string[];
  /** Today's calendar date (YYYY-MM-DD): the clock is passed in. */
  today: string;
  /** Reads PDF attachments of candidate messages; without it PDFs are ignored. */
  pdfReader?: PdfReader;
  /** Ladder delays; the defaults when absent. */
  ladder?: LadderSettings;
  /** Told about attachments that could not be read; the scan goes on. */
  onWarning?: (message: string) => void;
  /** Told each receivable with its details, as it is reported. */
  onReceivable?: (receivable: Receivable, details: ReceivableDetails) => void;
}
