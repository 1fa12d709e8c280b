/** The part of a pdfjs text item that line building needs (marked-content items have no `str`). */
export interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
  transform?: number[];
  width?: number;
}

/**
 * Joins text items into lines: a change of baseline or an explicit end of line starts a new line. Within a
 * line, runs that touch are glued (PDFs often split "RE-20201121/508" into pieces), a word gap is one space
 * and a column gap two, so labels and values stay apart.
 */
export function pageText(items: TextItemLike[]): string {
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
      const gap = x !== null && lastEnd !== null ? x - lastEnd : null;
      // A number never runs into a word: "6669263" then "Klantnummer:" are two cells, however close.
      const touching = gap !== null && Math.abs(gap) < size * 0.06 && !(/\d$/.test(line) && /^\p{L}/u.test(item.str));
      const separator = !line || line.endsWith(' ') || item.str.startsWith(' ') ? '' : touching ? '' : gap !== null && gap >= 0 && gap < size * 1.5 ? ' ' : '  ';
      line += separator + item.str;
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

