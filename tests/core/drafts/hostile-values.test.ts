/**
 * Values that come from a hostile e-mail (the invoice number, the client's name and contact, the attachment's
 * name) or that a user typed (the company's own profile) carry markup and Handlebars syntax into every draft
 * of every kind and language: the text shows them literally, the HTML has them escaped (nothing but the
 * draft's own <p>, <br>, <ul>, <li> is markup), Handlebars expressions inside values are never rendered again,
 * and the formal notice's PDF letter prints them as text and carries no action or script of any kind. A user's
 * own template reaching for `constructor`, a helper or a partial is refused.
 */
import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFRawStream } from 'pdf-lib';
import { buildDraft, renderLetterPdf, validateUserTemplate, type DraftInput } from '../../../shared/core/drafts';
import type { DraftKind, DraftLanguage } from '../../../shared/core/ladder/stages';
import { createPdfjsReader } from '../../../shared/pdf/pdfjs-reader';
import { HOSTILE, LITERAL } from '../../fixtures/hostile-mail';
import { PROFILE, rouxInput } from './fixtures';

const NUMBER = `ML-2026-0999"><script>alert('number')</script>`;
const CONTACT = `Jean {{client.name}} <b onmouseover="alert('contact')">Roux</b>`;
const ADDRESS = `3 impasse <iframe src="javascript:alert('address')">\n21121 Fontaine`;
const SIGNATORY = `Claire {{#each this}}{{@key}}{{/each}} <svg onload="alert('me')">`;
const PROFILE_NAME = `Menuiserie <script>alert('company')</script> Lambert`;

function hostileInput(kind: DraftKind, lang: DraftLanguage): DraftInput {
  const base = rouxInput({ kind, lang });
  return {
    ...base,
    invoice: { ...base.invoice, invoiceNumber: NUMBER, debtorName: HOSTILE.name, ...(kind === 'pre-due' ? { dueDate: '2026-11-27' } : {}) },
    ...(kind === 'pre-due' ? { history: {} } : {}),
    client: { contactName: CONTACT, postalAddress: ADDRESS },
    invoiceAttachments: [HOSTILE.attachment],
    profile: { ...PROFILE, signatoryName: SIGNATORY, companyName: PROFILE_NAME },
  };
}

const KINDS: DraftKind[] = ['pre-due', 'courteous', 'firm', 'formal', 'phone', 'plan', 'handover'];
const CASES: [DraftKind, DraftLanguage][] = KINDS.flatMap((k) => (['fr', 'en', 'de', 'es', 'it'] as const).map((l) => [k, l] as [DraftKind, DraftLanguage]));

const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('hostile values in every draft', () => {
  it.each(CASES)('%s in %s: shown literally in the text, escaped in the HTML, never rendered again', (kind, lang) => {
    const r = buildDraft(hostileInput(kind, lang));
    const all = `${r.draft.subject}\n${r.draft.text}`;
    // What the templates print of the values is printed as it was written.
    expect(all).toContain(NUMBER);
    const shown = [HOSTILE.name, CONTACT, SIGNATORY].filter((v) => all.includes(v));
    expect(shown.length, 'the draft names the client or the signatory').toBeGreaterThan(0);
    // Handlebars and markup inside a value stay text: without the values, nothing of them is left, and
    // nothing of the view or of Object.prototype leaked in.
    const rest = [NUMBER, HOSTILE.name, CONTACT, SIGNATORY, ...ADDRESS.split('\n'), PROFILE_NAME, HOSTILE.attachment].reduce((text, value) => text.split(value).join(''), all);
    expect(rest).not.toMatch(/[<>]|\{\{|\}\}|constructor|\[object |function |native code|undefined/);
    // The HTML: only the draft's own tags are markup; everything else is escaped text that reads back as the text.
    const markup = r.draft.html.match(/<[^>]*>/g) ?? [];
    for (const tag of markup) expect(['<p>', '</p>', '<br>', '<ul>', '</ul>', '<li>', '</li>']).toContain(tag);
    const plain = decode(r.draft.html.replace(/<br>\n/g, '\n').replace(/<\/p>\n?<p>|<\/p>\n?<ul>\n|<\/ul>\n?<p>|<\/li>\n<li>/g, '\n').replace(/<\/?(p|ul|li)>/g, ''));
    expect(plain.replace(/\s+/g, ' ')).toBe(r.draft.text.replace(/^\s*[-•]\s+/gm, '').replace(/\s+/g, ' '));
    expect(r.draft.html).toContain(NUMBER.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    // The attachment keeps its name, as data.
    if (r.draft.attachments.length) expect(r.draft.attachments).toEqual([{ filename: HOSTILE.attachment }]);
  });
});

/** Every key of every dictionary of the PDF (object streams and their compressed dictionaries included), and the annotations of its pages. */
async function pdfKeys(bytes: Uint8Array): Promise<{ keys: Set<string>; annotations: number }> {
  const doc = await PDFDocument.load(bytes);
  const keys = new Set<string>();
  let annotations = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFDict ? object : object instanceof PDFRawStream ? object.dict : null;
    for (const [key, value] of dict?.entries() ?? []) {
      keys.add(key.asString());
      if (key.asString() === '/Annots') annotations += value instanceof PDFArray ? value.size() : 1;
    }
  }
  return { keys, annotations };
}

describe('the formal notice as a PDF letter, with hostile values', () => {
  it('prints them as text and carries no script, action or link', async () => {
    const r = buildDraft(hostileInput('formal', 'fr'));
    const letter = r.letter!;
    expect(letter.recipientLines.join('\n')).toContain(HOSTILE.name);
    const bytes = await renderLetterPdf(letter, { creationDate: new Date('2026-11-23T09:00:00Z') });
    const { text } = await createPdfjsReader().read(bytes);
    const read = text.replace(/\s+/g, ' ');
    for (const value of [NUMBER, PROFILE_NAME, SIGNATORY, ...ADDRESS.split('\n')]) expect(read).toContain(value);
    // The recipient's block is as wide as an envelope's window: the name is cut there, as written.
    expect(read).toContain(LITERAL.name.slice(0, 40));
    const { keys, annotations } = await pdfKeys(bytes);
    expect(keys.has('/Type')).toBe(true); // the walk sees the dictionaries
    for (const key of ['/JavaScript', '/JS', '/OpenAction', '/AA', '/A', '/Launch', '/URI', '/SubmitForm', '/GoToR', '/RichMedia', '/EmbeddedFile', '/AcroForm', '/Names']) expect(keys.has(key), key).toBe(false);
    expect(annotations, 'no link or other annotation on the pages').toBe(0);
  });
});

describe('a user template reaching past the variables is refused', () => {
  const attempts = [
    `{{constructor.constructor('alert(1)')()}}`,
    `{{invoice.constructor.constructor}}`,
    `{{#with invoice}}{{__proto__}}{{/with}}`,
    `{{lookup invoice 'constructor'}}`,
    `{{> evil}}`,
    `{{{invoice.number}}}`,
    `{{#each this}}{{@key}}{{/each}}`,
  ];
  it.each(attempts)('%s', (source) => {
    const template = `{{!-- subject --}}\nFacture\n{{!-- opening --}}\n${source}\n{{!-- body --}}\nx\n{{!-- conclusion --}}\ny\n`;
    const result = validateUserTemplate({ kind: 'courteous', lang: 'fr', source: template });
    expect(result.ok, JSON.stringify(result)).toBe(false);
  });
});
