/**
 * The built-in templates, precompiled at build time (scripts/precompile-templates.ts) and turned into functions
 * by the Handlebars runtime, which evaluates nothing: safe under the MV3 extension CSP.
 */
import RuntimeModule from 'handlebars/runtime';
import type Handlebars from 'handlebars';
import { TEMPLATE_SOURCES, TEMPLATE_SPECS } from './generated/templates';
import { TEMPLATE_PARTS, type TemplatePart } from './template-file';

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];
type RuntimeApi = { create(): RuntimeApi; template(spec: TemplateSpecification): (context: unknown) => string };
const runtime = (RuntimeModule as unknown as RuntimeApi).create();

export type CompiledTemplate = Record<TemplatePart, (view: unknown) => string>;

const cache = new Map<string, CompiledTemplate>();

/** Keys of the built-in templates: "<kind>.<lang>" or "<kind>.<lang>.<tone>". */
export function builtInTemplateKeys(): string[] {
  return Object.keys(TEMPLATE_SPECS).sort();
}

export function builtInSource(key: string): string | null {
  return TEMPLATE_SOURCES[key] ?? null;
}

export function builtInTemplate(key: string): CompiledTemplate | null {
  const cached = cache.get(key);
  if (cached) return cached;
  const specs = TEMPLATE_SPECS[key];
  if (!specs) return null;
  const compiled = Object.fromEntries(
    TEMPLATE_PARTS.map((part) => [part, runtime.template(specs[part] as TemplateSpecification)]),
  ) as CompiledTemplate;
  cache.set(key, compiled);
  return compiled;
}
