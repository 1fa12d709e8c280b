/**
 * The formal notice as a printable A4 letter, ready for a registered letter with acknowledgement of receipt:
 * sender block (top left), recipient block (right, where a window envelope shows it), place and date, subject,
 * the same text as the e-mail, signature. pdf-lib is pure JavaScript: this runs in the extension and the CLI.
 *
 * The standard Helvetica font writes WinAnsi: French accents, « », €, £ and ’ are there; a character it lacks
 * (a narrow no-break space, an emoji in a client's name) is replaced by its nearest equivalent or "?".
 * The text is set to fit one page, down to 8.5 pt; a longer letter goes on to a second page.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { LetterContent } from './build-draft';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { left: 62, right: 62, top: 56, bottom: 56 };
const RECIPIENT_X = 320;

const REPLACEMENTS: Record<string, string> = { '\u202f': '\u00a0', '\u2009': ' ', '\u2007': ' ', '\u2010': '-', '\u2011': '-', '\u2212': '-', '\u2192': '->', '\u2265': '>=', '\u2264': '<=' };

/** Text the font can draw. */
export function sanitizeForFont(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  const drawable = (t: string) => [...t].every((c) => supported.has(c.codePointAt(0)!));
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    if (ch === '\n') {
      out += ch;
      continue;
    }
    const replaced = REPLACEMENTS[ch] ?? ch;
    const plain = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += drawable(replaced) ? replaced : drawable(plain) && plain ? plain : '?';
  }
  return out;
}

/** Lines of at most `width` points, breaking at spaces (a word longer than the line is cut). */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    if (para.trim() === '') {
      out.push('');
      continue;
    }
    let line = '';
    for (const word of para.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) out.push(line);
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
        let n = rest.length - 1;
        while (n > 1 && font.widthOfTextAtSize(rest.slice(0, n), size) > width) n--;
        out.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
      line = rest;
    }
    out.push(line);
  }
  return out;
}

export interface LetterPdfOptions {
  /** Fixed creation date for reproducible files (tests); default now. */
  creationDate?: Date;
}

export async function renderLetterPdf(letter: LetterContent, options: LetterPdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  doc.setTitle(sanitizeForFont(letter.subjectLine, font));
  doc.setAuthor(sanitizeForFont(letter.senderLines[0] ?? '', font));
  doc.setSubject(sanitizeForFont(letter.subjectLine, font));
  doc.setLanguage(letter.lang);
  doc.setProducer('Relance');
  doc.setCreator('Relance');
  const date = options.creationDate ?? new Date();
  doc.setCreationDate(date);
  doc.setModificationDate(date);

  const s = (t: string) => sanitizeForFont(t, font);
  const textWidth = A4.width - MARGIN.left - MARGIN.right;
  const body = s(letter.body);

  // The largest size from 10.5 pt down to 8.5 pt at which everything fits one page.
  let size = 10.5;
  const heightAt = (sz: number) => {
    const lead = sz * 1.35;
    const header = Math.max(letter.senderLines.length, letter.recipientLines.length + 3) * lead + 4 * lead + 3 * lead;
    return header + wrap(body, font, sz, textWidth).length * lead;
  };
  while (size > 8.5 && heightAt(size) > A4.height - MARGIN.top - MARGIN.bottom) size -= 0.5;
  const lead = size * 1.35;

  let page: PDFPage = doc.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN.top;
  const draw = (text: string, x: number, f: PDFFont = font) => page.drawText(text, { x, y, size, font: f, color: rgb(0, 0, 0) });

  // Sender, top left; recipient, right, a few lines lower (window envelope).
  const top = y;
  letter.senderLines.forEach((line, i) => {
    y = top - i * lead;
    draw(s(line), MARGIN.left, i === 0 ? bold : font);
  });
  letter.recipientLines.forEach((line, i) => {
    y = top - (i + 3) * lead;
    draw(s(line), RECIPIENT_X, i === 0 ? bold : font);
  });
  y = top - (Math.max(letter.senderLines.length, letter.recipientLines.length + 3) + 1.5) * lead;
  draw(s(letter.placeDate), RECIPIENT_X);
  y -= 2 * lead;
  draw(s(letter.subjectLine), MARGIN.left, bold);
  y -= lead;
  draw(s(letter.registered), MARGIN.left);
  y -= 2 * lead;

  for (const line of wrap(body, font, size, textWidth)) {
    if (y < MARGIN.bottom) {
      page = doc.addPage([A4.width, A4.height]);
      y = A4.height - MARGIN.top;
    }
    if (line) draw(line, MARGIN.left);
    y -= lead;
  }
  return doc.save({ useObjectStreams: false });
}
