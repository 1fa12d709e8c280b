/**
 * HTML to readable text, for messages that have no text part. Pure and linear: a tag-stripping pass, not a
 * DOM (the core runs where there is none). Block elements become line breaks and table cells are parted by
 * two spaces, a column gap as in PDF text: "Total TTC</td><td>1 234,56 €" stays one readable line, and a row
 * of header cells above a row of values keeps its columns.
 */
import { execAll } from '../text/exec-all';

const NAMED: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", euro: '€', pound: '£', yen: '¥', cent: '¢', copy: '©', reg: '®',
  laquo: '«', raquo: '»', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', deg: '°', ordm: 'º',
  eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', acirc: 'â', ccedil: 'ç', ocirc: 'ô', ucirc: 'û', ugrave: 'ù', icirc: 'î', iuml: 'ï',
  euml: 'ë', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', Eacute: 'É', Agrave: 'À', Ccedil: 'Ç', ntilde: 'ñ', thinsp: '\u2009', nnbsp: '\u202f',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
  });
}

const BLOCK = /^(?:p|div|br|tr|li|ul|ol|h[1-6]|table|tbody|thead|section|article|header|footer|blockquote|pre|hr|dt|dd|center|address)$/i;
const CELL = /^(?:td|th)$/i;
/** A private-use character marks a cell boundary until the spaces of a line are collapsed. */
const CELL_GAP = '\ue000';
const CELL_GAPS = / ?\ue000[\ue000 ]*/g;
/**
 * Gaps at a line's start or end, in the whole text at once (no /m flag: that would also end lines at \r, \u2028 and
 * \u2029, which are no line breaks here). Once the gaps are collapsed a gap is one character, so each try is short.
 */
const EDGE_GAPS = /(^|\n)[\ue000 ]+|[\ue000 ]+(?=\n|$)/g;

/**
 * `text.replace(re, replacer)` on the part of `text` before `end`, the rest kept as is. A lazy or
 * `[^>]*` pattern that finds no end to its match rescans the rest of the text from every start it tries:
 * stopping the scan where the last possible end lies keeps every pass linear on unclosed tags and comments.
 */
function replaceBefore(text: string, end: number, re: RegExp, replacer: (whole: string, name: string) => string): string {
  if (end <= 0) return text;
  return text.slice(0, end).replace(re, replacer) + text.slice(end);
}

/** Where the last `needle` of a text ends (0 when there is none). */
function afterLast(text: string, needle: string): number {
  const at = text.lastIndexOf(needle);
  return at < 0 ? 0 : at + needle.length;
}

/** Where the last match of a global regex ends (0 when there is none). */
function lastMatchEnd(re: RegExp, text: string): number {
  let end = 0;
  for (const m of execAll(re, text)) end = m.index + m[0].length;
  return end;
}

/** Elements whose content is never shown: `<script>` … `</script>` and the like. */
const HIDDEN = ['head', 'style', 'script', 'title'].map((name) => ({
  element: new RegExp(`<${name}\\b[\\s\\S]*?<\\/${name}\\s*>`, 'gi'),
  closing: new RegExp(`<\\/${name}\\s*>`, 'gi'),
}));

export function htmlToText(html: string): string {
  let noHidden = html;
  for (const { element, closing } of HIDDEN) noHidden = replaceBefore(noHidden, lastMatchEnd(closing, noHidden), element, () => ' ');
  noHidden = replaceBefore(noHidden, afterLast(noHidden, '-->'), /<!--[\s\S]*?-->/g, () => ' ');
  const withBreaks = replaceBefore(noHidden, afterLast(noHidden, '>'), /<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (_tag, name: string) => {
    if (BLOCK.test(name)) return '\n';
    if (CELL.test(name)) return CELL_GAP;
    return '';
  });
  const text = decodeEntities(replaceBefore(withBreaks, afterLast(withBreaks, '>'), /<[^>]*>/g, () => ''));
  // (line by line, but over the whole text at once: no pass finds a match across a line break)
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(CELL_GAPS, '\ue000')
    .replace(EDGE_GAPS, '$1')
    .replace(/\ue000/g, '  ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
