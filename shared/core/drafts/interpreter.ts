/**
 * Templates the user edited are rendered here, without `eval`: Handlebars' parser alone (imported without the
 * compiler) builds an AST, then this small interpreter walks the AST. MV3 extension pages forbid
 * `new Function`, which `Handlebars.compile` needs; the built-in templates are precompiled at build time instead.
 *
 * The subset: text, comments, `{{path}}`, `{{#if}}`, `{{#unless}}`, `{{#each}}` (with `@index`, `@first`,
 * `@last`, `{{else}}`), `{{#with}}`, `{{else if …}}` chains, `../` and `@root`. Paths must name a variable of
 * DraftViewSchema; anything else (helpers, partials, triple-stash, block parameters) is refused by
 * `checkTemplateAst` with the offending name and its line. Output is plain text (the HTML is made from it,
 * escaping everything), so the semantics match the precompiled templates, compiled with `noEscape` and `strict`.
 */
import type {} from 'handlebars'; // the AST types (global `hbs` namespace)
import { parse as parseHandlebars } from 'handlebars/dist/cjs/handlebars/compiler/base.js';
import type { z } from 'zod';

type AstNode = hbs.AST.Node;
type Program = hbs.AST.Program;

export const BLOCK_HELPERS = ['if', 'unless', 'each', 'with'] as const;

export interface TemplateProblem {
  message: string;
  line: number | null;
}

export class TemplateSyntaxError extends Error {
  override name = 'TemplateSyntaxError';
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

/** Parses one part; `lineOffset` maps the part's lines to the file's. */
export function parsePart(source: string, lineOffset = 0): Program {
  try {
    return parseHandlebars(source);
  } catch (error) {
    const raw = (error as Error).message;
    const m = /line (\d+)/i.exec(raw);
    const line = m ? Number(m[1]) + lineOffset : null;
    const firstLine = raw.split('\n')[0]!.replace(/^Parse error on line \d+:?/i, '').trim();
    const expecting = /Expecting (.*), got '([^']+)'/.exec(raw);
    const detail = expecting ? `unexpected ${expecting[2]}` : firstLine || raw;
    throw new TemplateSyntaxError(`syntax error${line !== null ? ` on line ${line}` : ''}: ${detail}`, line);
  }
}

// ---------------------------------------------------------------------------------------------------------
// What the variables look like, from the zod schema of the view.

export type VarShape = { kind: 'object'; fields: Record<string, VarShape> } | { kind: 'array'; item: VarShape } | { kind: 'scalar'; type: string };

interface ZodDefLike {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
}

export function shapeOf(schema: z.ZodType): VarShape {
  const def = (schema as unknown as { def: ZodDefLike }).def;
  switch (def.type) {
    case 'object':
      return { kind: 'object', fields: Object.fromEntries(Object.entries(def.shape!).map(([k, v]) => [k, shapeOf(v)])) };
    case 'array':
      return { kind: 'array', item: shapeOf(def.element!) };
    case 'nullable':
    case 'optional':
    case 'default':
    case 'readonly':
      return shapeOf(def.innerType!);
    default:
      return { kind: 'scalar', type: def.type };
  }
}

/** Every path a template may name, for an editor's autocompletion ("invoice.number", "history.reminders[].date"). */
export function listVariables(shape: VarShape, prefix = ''): string[] {
  if (shape.kind === 'scalar') return [prefix];
  if (shape.kind === 'array') return [prefix, ...listVariables(shape.item, `${prefix}[]`).filter((p) => p !== `${prefix}[]`)];
  return Object.entries(shape.fields).flatMap(([k, v]) => listVariables(v, prefix ? (prefix.endsWith('[]') ? `${prefix}.${k}` : `${prefix}.${k}`) : k));
}

// ---------------------------------------------------------------------------------------------------------
// The static check.

interface Scope {
  shape: VarShape;
  /** Inside an {{#each}}: @index, @first, @last, @key are defined. */
  loop: boolean;
}

function lineOf(node: AstNode, offset: number): number | null {
  return node.loc ? node.loc.start.line + offset : null;
}

/** Names every construct outside the subset and every path the view does not have. */
export function checkTemplateAst(program: Program, root: VarShape, lineOffset = 0): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const report = (node: AstNode, message: string) => problems.push({ message, line: lineOf(node, lineOffset) });

  const resolve = (path: hbs.AST.PathExpression, scopes: Scope[]): VarShape | null => {
    if (path.data) {
      const [head, ...rest] = path.parts;
      if (head === 'root') return walk(path, root, rest);
      const loop = scopes[scopes.length - 1]!.loop;
      if (path.depth > 0 || rest.length > 0 || !loop || !['index', 'first', 'last', 'key'].includes(head ?? '')) {
        report(path, `unknown variable "${path.original}"${loop ? '' : ' (only inside {{#each}})'}`);
        return null;
      }
      return { kind: 'scalar', type: head === 'index' ? 'number' : 'boolean' };
    }
    const scope = scopes[scopes.length - 1 - path.depth];
    if (!scope) {
      report(path, `"${path.original}" goes up more levels than there are`);
      return null;
    }
    return walk(path, scope.shape, path.parts);
  };

  const walk = (path: hbs.AST.PathExpression, start: VarShape, parts: string[]): VarShape | null => {
    let shape = start;
    for (const part of parts) {
      if (shape.kind !== 'object' || !Object.prototype.hasOwnProperty.call(shape.fields, part)) {
        report(path, `unknown variable "${path.original}"`);
        return null;
      }
      shape = shape.fields[part]!;
    }
    return shape;
  };

  const visitProgram = (p: Program | undefined, scopes: Scope[]) => {
    if (!p) return;
    if (p.blockParams?.length) report(p, `block parameters (as |${p.blockParams.join(' ')}|) are not supported`);
    for (const s of p.body) visit(s, scopes);
  };

  const visit = (node: AstNode, scopes: Scope[]): void => {
    switch (node.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      case 'MustacheStatement': {
        const m = node as hbs.AST.MustacheStatement;
        if (m.path.type !== 'PathExpression') {
          if (m.params.length) report(m, 'a literal cannot take parameters');
          return;
        }
        const path = m.path as hbs.AST.PathExpression;
        if (m.params.length || m.hash?.pairs.length) {
          report(m, `unknown helper "${path.original}"`);
          return;
        }
        if (!m.escaped) report(m, `{{{${path.original}}}} is not allowed: templates are plain text, write {{${path.original}}}`);
        const shape = resolve(path, scopes);
        if (shape && shape.kind !== 'scalar') {
          report(m, `"${path.original}" is a ${shape.kind === 'array' ? 'list: use {{#each ' + path.original + '}}' : 'group of variables: name one of its fields'}`);
        }
        return;
      }
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        const name = b.path.original;
        if (b.path.type !== 'PathExpression' || !(BLOCK_HELPERS as readonly string[]).includes(name) || b.path.parts.length !== 1 || b.path.data) {
          report(b, `unknown block helper "${name}" (allowed: ${BLOCK_HELPERS.map((h) => `#${h}`).join(', ')})`);
          return;
        }
        if (b.params.length !== 1 || b.hash?.pairs.length) {
          report(b, `{{#${name}}} takes exactly one variable`);
          return;
        }
        const param = b.params[0]!;
        if (param.type !== 'PathExpression') {
          report(b, `{{#${name}}} needs a variable, not a literal`);
          return;
        }
        const shape = resolve(param as hbs.AST.PathExpression, scopes);
        if (name === 'each') {
          if (shape && shape.kind !== 'array') report(b, `{{#each ${(param as hbs.AST.PathExpression).original}}} needs a list`);
          visitProgram(b.program, shape && shape.kind === 'array' ? [...scopes, { shape: shape.item, loop: true }] : scopes);
        } else if (name === 'with') {
          if (shape && shape.kind !== 'object') report(b, `{{#with ${(param as hbs.AST.PathExpression).original}}} needs a group of variables`);
          visitProgram(b.program, shape && shape.kind === 'object' ? [...scopes, { shape, loop: false }] : scopes);
        } else {
          visitProgram(b.program, scopes);
        }
        visitProgram(b.inverse, scopes);
        return;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement':
        report(node, 'partials ({{> …}}) are not supported in edited templates');
        return;
      case 'Decorator':
      case 'DecoratorBlock':
        report(node, 'decorators ({{* …}}) are not supported');
        return;
      default:
        report(node, `unsupported construct ${node.type}`);
    }
  };

  visitProgram(program, [{ shape: root, loop: false }]);
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// The interpreter.

type Value = unknown;

interface Frame {
  context: Value;
  data: { index?: number; first?: boolean; last?: boolean; key?: string | number };
}

/** Handlebars' truthiness for #if/#unless/#with: false, null, undefined, '', 0 (unless includeZero) and [] are empty. */
function isEmpty(value: Value): boolean {
  if (!value && value !== 0) return true;
  if (Array.isArray(value) && value.length === 0) return true;
  return value === 0;
}

function lookup(value: Value, key: string): Value {
  if (value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key)) return (value as Record<string, Value>)[key];
  return undefined;
}

/** Renders a checked program with a view; output is plain text (no escaping: the HTML is escaped as a whole). */
export function renderAst(program: Program, view: Value): string {
  const out: string[] = [];

  const evalPath = (path: hbs.AST.PathExpression, frames: Frame[]): Value => {
    if (path.data) {
      const [head, ...rest] = path.parts;
      if (head === 'root') return rest.reduce<Value>((v, k) => lookup(v, k), view);
      return frames[frames.length - 1]!.data[head as keyof Frame['data']];
    }
    const frame = frames[frames.length - 1 - path.depth];
    return path.parts.reduce<Value>((v, k) => lookup(v, k), frame?.context);
  };

  const evalExpr = (expr: hbs.AST.Expression, frames: Frame[]): Value => {
    switch (expr.type) {
      case 'PathExpression':
        return evalPath(expr as hbs.AST.PathExpression, frames);
      case 'StringLiteral':
      case 'NumberLiteral':
      case 'BooleanLiteral':
        return (expr as hbs.AST.StringLiteral).value;
      default:
        return undefined;
    }
  };

  const runProgram = (p: Program | undefined, frames: Frame[]) => {
    if (!p) return;
    for (const s of p.body) run(s, frames);
  };

  const run = (node: AstNode, frames: Frame[]): void => {
    switch (node.type) {
      case 'ContentStatement':
        out.push((node as hbs.AST.ContentStatement).value);
        return;
      case 'MustacheStatement': {
        const v = evalExpr((node as hbs.AST.MustacheStatement).path as hbs.AST.Expression, frames);
        if (v !== null && v !== undefined) out.push(String(v));
        return;
      }
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        const v = evalExpr(b.params[0]!, frames);
        const top = frames[frames.length - 1]!;
        switch (b.path.original) {
          case 'if':
            runProgram(isEmpty(v) ? b.inverse : b.program, frames);
            return;
          case 'unless':
            runProgram(isEmpty(v) ? b.program : b.inverse, frames);
            return;
          case 'with':
            if (isEmpty(v)) runProgram(b.inverse, frames);
            else runProgram(b.program, [...frames, { context: v, data: top.data }]);
            return;
          case 'each': {
            const items: [string | number, Value][] = Array.isArray(v)
              ? v.map((x, i) => [i, x])
              : v !== null && typeof v === 'object'
                ? Object.entries(v as Record<string, Value>)
                : [];
            if (items.length === 0) {
              runProgram(b.inverse, frames);
              return;
            }
            items.forEach(([key, item], i) => {
              runProgram(b.program, [...frames, { context: item, data: { index: i, first: i === 0, last: i === items.length - 1, key } }]);
            });
            return;
          }
        }
        return;
      }
      default:
        return;
    }
  };

  runProgram(program, [{ context: view, data: {} }]);
  return out.join('');
}
