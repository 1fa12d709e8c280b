/**
 * HTML to readable text, for messages that have no text part. Pure and linear: a tag-stripping pass, not a
 * DOM (the core runs where there is none). Block elements become line breaks and table cells are parted by
 * two spaces, a column gap as in PDF text: "Total TTC</td><td>1 234,56 €" stays one readable line, and a row
 * of header cells above a row of values keeps its columns.
 */
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
const EDGE_GAPS = /^[\ue000 ]+|[\ue000 ]+$/g;

export function htmlToText(html: string): string {
  const noHidden = html.replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
  const withBreaks = noHidden.replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (_tag, name: string) => {
    if (BLOCK.test(name)) return '\n';
    if (CELL.test(name)) return CELL_GAP;
    return '';
  });
  const text = decodeEntities(withBreaks.replace(/<[^>]*>/g, ''));
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').replace(CELL_GAPS, '\ue000').replace(EDGE_GAPS, '').replace(/\ue000/g, '  '))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
