/**
 * Port: what the core needs from a PDF library. The CLI implements it with pdfjs-dist (Node build),
 * the browser hosts with pdfjs-dist's browser build. The core never imports pdfjs itself.
 */
export interface PdfEmbeddedFile {
  /** File name as stored in the PDF (e.g. "factur-x.xml"). */
  name: string;
  bytes: Uint8Array;
}

export interface PdfContent {
  /** Text of all pages, in reading order, lines separated by "\n", pages by "\f\n". */
  text: string;
  embeddedFiles: PdfEmbeddedFile[];
}

export class PdfReadError extends Error {
  constructor(
    message: string,
    readonly reason: 'not-a-pdf' | 'encrypted' | 'broken' | 'too-large' | 'timeout',
  ) {
    super(message);
    this.name = 'PdfReadError';
  }
}

export interface PdfReader {
  /** Reads text and embedded files. Rejects with PdfReadError when the bytes cannot be read. */
  read(bytes: Uint8Array): Promise<PdfContent>;
}
