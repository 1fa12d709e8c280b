import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildDraft, renderLetterPdf } from '../../../shared/core/drafts';
import { sanitizeForFont, wrap } from '../../../shared/core/drafts/letter-pdf';
import { createPdfjsReader } from '../../../shared/pdf/pdfjs-reader';
import { rouxInput } from './fixtures';

/** Spaces of every kind made one, for comparing what pdfjs reads back with what was drawn. */
const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('the formal notice as a PDF letter', () => {
  const result = buildDraft(rouxInput({ kind: 'formal' }));
  const letter = result.letter!;

  it('has the letter’s blocks: sender, recipient, place and date, subject, body', () => {
    expect(letter.senderLines.slice(0, 3)).toEqual(['Menuiserie Lambert SARL', '8 rue du Bois', '21000 Dijon']);
    expect(letter.recipientLines).toEqual(['Roux Bâtiment SAS', 'Jean Roux', '3 impasse des Tilleuls', '21121 Fontaine-lès-Dijon', 'jean@roux-batiment.fr']);
    expect(letter.placeDate).toBe('Dijon, le 23 novembre 2026');
    expect(letter.subjectLine).toBe('Objet : Mise en demeure – ML-2026-0412');
    expect(result.draft.text.endsWith(letter.body)).toBe(true);
  });

  it('opens with pdf-lib, one A4 page, and pdfjs reads the same text back', async () => {
    const bytes = await renderLetterPdf(letter, { creationDate: new Date('2026-11-23T09:00:00Z') });
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(Math.round(doc.getPage(0).getWidth())).toBe(595);
    expect(doc.getTitle()).toBe('Objet : Mise en demeure – ML-2026-0412');

    const { text } = await createPdfjsReader().read(bytes);
    const read = squash(text);
    for (const line of [...letter.senderLines, ...letter.recipientLines, letter.placeDate, letter.subjectLine, letter.registered]) expect(read).toContain(squash(line));
    // Every word of the body, in order: the page carries the e-mail's text.
    expect(read.replace(/ /g, '')).toContain(squash(letter.body).replace(/ /g, ''));
    expect(read).toContain('Par la présente, nous vous mettons en demeure');
    expect(read).toContain('56,86 €');
    expect(read).toContain('article D441-5 du Code de commerce');
  });

  it('a long letter or characters the font lacks do not break it', async () => {
    const long = { ...letter, body: `${letter.body}\n\n${'Une ligne de plus pour remplir la page. '.repeat(400)}`, recipientLines: ['Client 😀 ✓ Ltd', ...letter.recipientLines.slice(1)] };
    const bytes = await renderLetterPdf(long);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThan(1);
    const { text } = await createPdfjsReader().read(bytes);
    expect(text).toContain('Client ? ? Ltd');
  });

  it('sanitizes and wraps for the standard font', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    expect(sanitizeForFont('4\u202f380,00\u00a0€ « ok » – l’été ≥ ŝ', font)).toBe('4\u00a0380,00\u00a0€ « ok » – l’été >= s');
    const lines = wrap('un deux trois quatre cinq six sept huit neuf dix', font, 10, 60);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe('un deux trois quatre cinq six sept huit neuf dix');
    expect(lines.every((l) => font.widthOfTextAtSize(l, 10) <= 60)).toBe(true);
  });
});
