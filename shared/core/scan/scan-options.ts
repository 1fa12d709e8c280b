import type { PdfReader } from '../pdf/pdf-reader';
import type { LadderSettings } from '../ladder/next-stage';

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
}
