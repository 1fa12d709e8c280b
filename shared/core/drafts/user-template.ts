/**
 * Checks a template the user edited before it is stored or used: syntax (Handlebars' parser), only known
 * variables and the block helpers #if/#unless/#each/#with (the interpreter's subset), and for a formal notice
 * the mise en demeure checker on the template rendered with sample facts. Every problem names what is wrong
 * and where, so the editor can show it; a refused template is never used (the built-in one is).
 */
import type { FormalCheck } from '../law/formal-checker';
import { checkTemplateAst, parsePart, renderAst, shapeOf, TemplateSyntaxError, type TemplateProblem, type VarShape } from './interpreter';
import { splitTemplateFile, TEMPLATE_PARTS, TemplateFileError, type TemplatePart } from './template-file';
import { DraftViewSchema } from './view';

export type ParsedTemplate = Record<TemplatePart, hbs.AST.Program>;

export interface TemplateValidation {
  ok: boolean;
  problems: TemplateProblem[];
  /** The parsed parts, when ok. */
  parsed: ParsedTemplate | null;
  /** Formal notices: the checker's result on the template rendered with sample facts. */
  formal: FormalCheck | null;
}

let viewShape: VarShape | null = null;
export function draftViewShape(): VarShape {
  return (viewShape ??= shapeOf(DraftViewSchema));
}

/** Syntax and variables only: the variables of the single-invoice view, or of another view's shape (the grouped reminder's). */
export function parseUserTemplate(source: string, shape: VarShape = draftViewShape()): { parsed: ParsedTemplate | null; problems: TemplateProblem[] } {
  let file;
  try {
    file = splitTemplateFile(source);
  } catch (error) {
    if (error instanceof TemplateFileError) return { parsed: null, problems: [{ message: error.message, line: null }] };
    throw error;
  }
  const problems: TemplateProblem[] = [];
  const parsed = {} as ParsedTemplate;
  for (const part of TEMPLATE_PARTS) {
    const offset = file[part].line - 1;
    try {
      parsed[part] = parsePart(file[part].source, offset);
    } catch (error) {
      if (error instanceof TemplateSyntaxError) {
        problems.push({ message: `${part}: ${error.message}`, line: error.line });
        continue;
      }
      throw error;
    }
    for (const p of checkTemplateAst(parsed[part], shape, offset)) problems.push({ message: `${part}: ${p.message}${p.line !== null ? ` (line ${p.line})` : ''}`, line: p.line });
  }
  return { parsed: problems.length ? null : parsed, problems };
}

export interface RenderedParts {
  subject: string;
  opening: string;
  body: string;
  conclusion: string;
}

export function renderParsed(parsed: ParsedTemplate, view: object): RenderedParts {
  return {
    subject: renderAst(parsed.subject, view),
    opening: renderAst(parsed.opening, view),
    body: renderAst(parsed.body, view),
    conclusion: renderAst(parsed.conclusion, view),
  };
}

/** Hooks the draft builder provides, so this file does not depend on it (no cycle). */
export interface FormalSample {
  view: object;
  /** The full text a formal draft would have with these parts (letter header included), and where its body starts. */
  compose: (parts: RenderedParts) => { text: string; bodyStart: number };
  check: (composed: { text: string; bodyStart: number }) => FormalCheck;
}

export function validateParsedTemplate(source: string, formalSample: (() => FormalSample) | null, shape: VarShape = draftViewShape()): TemplateValidation {
  const { parsed, problems } = parseUserTemplate(source, shape);
  if (!parsed) return { ok: false, problems, parsed: null, formal: null };
  let formal: FormalCheck | null = null;
  if (formalSample) {
    const sample = formalSample();
    formal = sample.check(sample.compose(renderParsed(parsed, sample.view)));
    for (const m of formal.missing) problems.push({ message: `missing mention "${m.id}": ${m.message}`, line: null });
  }
  return { ok: problems.length === 0, problems, parsed: problems.length ? null : parsed, formal };
}
