/**
 * A template file (`templates/<kind>.<lang>.hbs`, or a user's edited copy) holds four parts, each introduced by
 * a Handlebars comment on its own line, so the whole file stays valid Handlebars:
 *
 * ```hbs
 * {{!-- subject --}}
 * Facture {{invoice.number}} : petit rappel
 * {{!-- opening --}}
 * Bonjour …            (the facts)
 * {{!-- body --}}
 * …                    (details, an offer to help or to agree a payment plan)
 * {{!-- conclusion --}}
 * …                    (what happens next, the signature)
 * ```
 * Anything before the first marker (a comment saying what the template is for) is ignored. Templates are plain
 * text: a blank line starts a paragraph, lines starting with "- " make a list; the HTML is made from the text.
 */
export const TEMPLATE_PARTS = ['subject', 'opening', 'body', 'conclusion'] as const;
export type TemplatePart = (typeof TEMPLATE_PARTS)[number];

export interface TemplateFilePart {
  source: string;
  /** 1-based line of the file where this part's first line is. */
  line: number;
}
export type TemplateFile = Record<TemplatePart, TemplateFilePart>;

const MARKER = /^\s*\{\{!--\s*(subject|opening|body|conclusion)\s*--\}\}\s*$/;

export class TemplateFileError extends Error {
  override name = 'TemplateFileError';
}

export function splitTemplateFile(source: string): TemplateFile {
  const fileLines = source.replace(/\r\n?/g, '\n').split('\n');
  const found: Partial<Record<TemplatePart, { start: number; lines: string[] }>> = {};
  let current: TemplatePart | null = null;
  fileLines.forEach((line, i) => {
    const m = MARKER.exec(line);
    if (m) {
      const part = m[1] as TemplatePart;
      if (found[part]) throw new TemplateFileError(`the part "${part}" appears twice (line ${i + 1})`);
      found[part] = { start: i + 2, lines: [] };
      current = part;
    } else if (current) {
      found[current]!.lines.push(line);
    }
  });
  const missing = TEMPLATE_PARTS.filter((p) => !found[p]);
  if (missing.length) {
    throw new TemplateFileError(`missing part${missing.length > 1 ? 's' : ''} ${missing.map((p) => `{{!-- ${p} --}}`).join(', ')}: a template has a subject, an opening, a body and a conclusion`);
  }
  const out = {} as TemplateFile;
  for (const part of TEMPLATE_PARTS) {
    const { start, lines } = found[part]!;
    let first = 0;
    while (first < lines.length && lines[first]!.trim() === '') first++;
    let last = lines.length;
    while (last > first && lines[last - 1]!.trim() === '') last--;
    out[part] = { source: lines.slice(first, last).join('\n'), line: start + first };
  }
  return out;
}
