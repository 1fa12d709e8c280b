/** The part of a pdfjs text item that line building needs (marked-content items have no `str`). */
export interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
  transform?: number[];
  width?: number;
}

interface Placed {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number | null;
  order: number;
}

/**
 * Joins text items into lines as the page shows them: items on one baseline make one line, read left to right,
 * lines top to bottom — whatever order the PDF drew them in. Generators often draw a column of values before
 * its column of labels, or a value before its label ("993548900  Factuurnummer:"); laid out by position, each
 * label stands left of its value again. Within a line, runs that touch are glued (PDFs split "RE-20201121/508"
 * into pieces), a word gap is one space and a column gap two, so labels and values stay apart.
 * Items without a position keep the order they came in (`streamText`).
 */
export function pageText(items: TextItemLike[]): string {
  const placed: Placed[] = [];
  for (const item of items) {
    // Blank runs only fill gaps: the gap itself tells a word space from a column.
    if (!item.str || !item.str.trim()) continue;
    const t = item.transform;
    // Rotated or unplaced text has no left-to-right line: read it in stream order.
    if (!t || t.length < 6 || Math.abs(t[1] ?? 0) > 1e-6 || Math.abs(t[2] ?? 0) > 1e-6) return streamText(items);
    placed.push({ str: item.str, x: t[4]!, y: t[5]!, size: Math.abs(t[0]!) || 10, width: item.width ?? null, order: placed.length });
  }
  // Top to bottom; on one baseline, in drawing order until sorted by x below.
  placed.sort((a, b) => b.y - a.y || a.order - b.order);
  const lines: Placed[][] = [];
  for (const p of placed) {
    const line = lines[lines.length - 1];
    // Baselines within a fraction of the font size are one line (superscripts, mixed fonts).
    if (line && Math.abs(line[0]!.y - p.y) <= Math.max(2, 0.3 * Math.min(line[0]!.size, p.size))) line.push(p);
    else lines.push([p]);
  }
  return lines
    .map((line) => joinLine(line.sort((a, b) => a.x - b.x || a.order - b.order)))
    .filter((l) => l.trim())
    .map((l) => l.trim())
    .join('\n');
}

function joinLine(items: Placed[]): string {
  let line = '';
  let lastEnd: number | null = null;
  for (const item of items) {
    line += separator(line, item, lastEnd) + item.str;
    lastEnd = item.width !== null ? item.x + item.width : null;
  }
  return line;
}

/** Nothing between touching runs, a space for a word gap, two for a column gap. */
function separator(line: string, item: { str: string; x: number | null; size: number }, lastEnd: number | null): string {
  if (!line || line.endsWith(' ') || item.str.startsWith(' ')) return '';
  const gap = item.x !== null && lastEnd !== null ? item.x - lastEnd : null;
  // A number never runs into a word: "6669263" then "Klantnummer:" are two cells, however close.
  const touching = gap !== null && Math.abs(gap) < item.size * 0.06 && !(/\d$/.test(line) && /^\p{L}/u.test(item.str));
  if (touching) return '';
  return gap !== null && gap >= 0 && gap < item.size * 1.5 ? ' ' : '  ';
}

/** Lines in the order the items came: a change of baseline or an explicit end of line starts a new line. */
function streamText(items: TextItemLike[]): string {
  const lines: string[] = [];
  let line = '';
  let lastY: number | null = null;
  let lastEnd: number | null = null;
  for (const item of items) {
    const y: number | null = item.transform?.[5] ?? lastY;
    const x = item.transform?.[4] ?? null;
    const size = Math.abs(item.transform?.[0] ?? 10) || 10;
    if (lastY !== null && y !== null && Math.abs(y - lastY) > 2 && line.trim()) {
      lines.push(line.trim());
      line = '';
      lastEnd = null;
    }
    if (item.str) {
      line += separator(line, { str: item.str, x, size }, lastEnd) + item.str;
      lastEnd = x !== null && item.width !== undefined ? x + item.width : null;
    }
    if (item.hasEOL && line.trim()) {
      lines.push(line.trim());
      line = '';
      lastEnd = null;
    }
    lastY = y;
  }
  if (line.trim()) lines.push(line.trim());
  return lines.join('\n');
}
