/** The built-in templates: generated module up to date, every kind and language present, valid for the editor's checker, and the AST interpreter renders them exactly as the precompiled runtime does. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { generateTemplatesModule, GENERATED_FILE } from '../../../scripts/precompile-templates';
import { buildDraft, buildGroupedDraft, builtInSource, builtInTemplateKeys, DraftViewSchema, GroupViewSchema, templateShape, validateUserTemplate, type DraftInput } from '../../../shared/core/drafts';
import type { TemplateKind } from '../../../shared/core/ladder/stages';
import { parseUserTemplate, renderParsed } from '../../../shared/core/drafts/user-template';
import { builtInTemplate } from '../../../shared/core/drafts/precompiled';
import { renderAst } from '../../../shared/core/drafts/interpreter';
import { PROFILE, rouxInput } from './fixtures';

describe('built-in templates', () => {
  it('the generated module is the one templates/ would give now (run `npm run templates` after an edit)', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(generateTemplatesModule());
  });

  it('the generated module evaluates no code at run time', () => {
    const generated = readFileSync(GENERATED_FILE, 'utf8');
    expect(generated).not.toMatch(/new Function|eval\(/);
    const runtimeSource = readFileSync(require.resolve('handlebars/dist/cjs/handlebars.runtime.js'), 'utf8');
    expect(runtimeSource).not.toMatch(/new Function|\beval\(/);
  });

  it('the core bundles the Handlebars runtime and parser only, never its compiler', () => {
    const dir = path.resolve(__dirname, '../../../shared/core/drafts');
    const imports = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(path.join(dir, f), 'utf8').matchAll(/^import (?!type )[^;]*from '(handlebars[^']*)'/gm)].map((m) => m[1]));
    expect([...new Set(imports)].sort()).toEqual(['handlebars/dist/cjs/handlebars/compiler/base.js', 'handlebars/runtime']);
  });

  it('French and English for every kind; Spanish, German and Italian for pre-due, courteous, firm, thank-you and the grouped courteous and firm', () => {
    const keys = builtInTemplateKeys();
    for (const kind of ['pre-due', 'courteous', 'firm', 'formal', 'phone', 'plan', 'handover', 'thank-you', 'grouped-courteous', 'grouped-firm', 'grouped-formal']) {
      expect(keys).toContain(`${kind}.fr`);
      expect(keys).toContain(`${kind}.en`);
    }
    for (const kind of ['pre-due', 'courteous', 'firm', 'thank-you', 'grouped-courteous', 'grouped-firm']) for (const lang of ['es', 'de', 'it']) expect(keys).toContain(`${kind}.${lang}`);
    expect(keys.length).toBe(40);
  });

  it.each(builtInTemplateKeys())('%s passes the checks an edited template must pass', (key) => {
    const { problems } = parseUserTemplate(builtInSource(key)!, templateShape(key.split('.')[0] as TemplateKind));
    expect(problems).toEqual([]);
  });

  it.each(['formal.fr', 'formal.en'])('%s passes the mise en demeure checker, as an edited one must', (key) => {
    const [kind, lang] = key.split('.') as ['formal', 'fr' | 'en'];
    expect(validateUserTemplate({ kind, lang, source: builtInSource(key)! })).toMatchObject({ ok: true, problems: [], formal: { complete: true } });
    expect(validateUserTemplate({ kind, lang, source: builtInSource(key)! }, { ...PROFILE, jurisdiction: 'UK' }).ok).toBe(true);
    expect(validateUserTemplate({ kind, lang, source: builtInSource(key)! }, { ...PROFILE, jurisdiction: 'EU' }).ok).toBe(true);
  });

  const variants: [string, Partial<DraftInput>][] = [
    ['reminders, B2B France', {}],
    ['no reminder, no attachment, firmer', { history: { pastLatePayments: 3 }, invoiceAttachments: [] }],
    ['consumer, no address, no contact', { client: { kind: 'consumer', contactName: null, postalAddress: null } }],
    ['UK creditor, calls and promises', { profile: { ...PROFILE, jurisdiction: 'UK', iban: '', signatoryTitle: '' }, history: { reminders: [{ stage: null, date: '2026-10-20' }], promises: [{ date: '2026-11-01', promisedDate: '2026-11-10' }], calls: [{ date: '2026-11-05', outcome: 'promise', note: 'virement « la semaine prochaine »' }] } }],
  ];

  /** The view a template of this key renders: a single invoice's (paid for a thank-you, not yet due for a pre-due), or a group's. */
  function viewFor(key: string, over: Partial<DraftInput>): object {
    const [kind, lang] = key.split('.') as [TemplateKind, DraftInput['lang']];
    if (kind.startsWith('grouped-')) {
      const base = rouxInput(over);
      const second = { ...base.invoice, invoiceNumber: 'ML-2026-0419', amount: 620, issueDate: '2026-10-01', dueDate: '2026-10-31' };
      const { view } = buildGroupedDraft({
        stage: kind.slice('grouped-'.length) as 'courteous' | 'firm' | 'formal',
        lang,
        today: base.today,
        invoices: [
          { id: 'a', invoice: base.invoice, history: base.history, attachments: base.invoiceAttachments },
          { id: 'b', invoice: second, history: { promises: base.history?.promises ?? [] } },
          { id: 'c', invoice: { ...second, invoiceNumber: 'ML-2026-0450', dueDate: '2026-12-20' } },
        ],
        client: base.client,
        recipients: base.recipients,
        pastLatePayments: base.history?.pastLatePayments ?? 0,
        profile: base.profile,
      });
      GroupViewSchema.strict().parse(view);
      return view;
    }
    const base = rouxInput({ kind: kind as DraftInput['kind'], lang, ...over });
    const input =
      kind === 'pre-due'
        ? { ...base, invoice: { ...base.invoice, dueDate: '2026-11-27' } }
        : kind === 'thank-you'
          ? { ...base, invoice: { ...base.invoice, status: 'paid' as const }, payment: { date: '2026-11-20' } }
          : base;
    const { view } = buildDraft(input);
    DraftViewSchema.strict().parse(view);
    return view;
  }

  it.each(builtInTemplateKeys())('%s: interpreter and precompiled runtime give the same text', (key) => {
    const compiled = builtInTemplate(key)!;
    const { parsed } = parseUserTemplate(builtInSource(key)!, templateShape(key.split('.')[0] as TemplateKind));
    for (const [, over] of variants) {
      const view = viewFor(key, over);
      const byRuntime = { subject: compiled.subject(view), opening: compiled.opening(view), body: compiled.body(view), conclusion: compiled.conclusion(view) };
      expect(renderParsed(parsed!, view)).toEqual(byRuntime);
    }
  });
});

describe('the interpreter against Handlebars itself', () => {
  const view = {
    a: 'A & <b>',
    zero: 0,
    empty: '',
    none: null,
    list: [{ n: 'x', deep: { v: 1 } }, { n: 'y', deep: { v: 2 } }],
    nothing: [],
    group: { k: 'K', inner: { z: 'Z' } },
    flag: true,
  };
  it.each([
    'plain {{a}} text',
    '{{#if a}}yes{{else}}no{{/if}} {{#if zero}}z{{else}}not zero{{/if}} {{#if empty}}e{{/if}}{{#unless none}}none is empty{{/unless}}',
    '{{#each list}}{{@index}}:{{n}}{{#if @first}}(first){{/if}}{{#if @last}}(last){{/if}} {{deep.v}} {{../a}} {{@root.group.k}};{{/each}}',
    '{{#each nothing}}item{{else}}no items{{/each}}',
    '{{#with group}}{{k}}-{{inner.z}}-{{../a}}{{/with}}',
    '{{#if none}}1{{else if flag}}2{{else}}3{{/if}}',
    'line one\n{{#if flag}}\nstandalone block lines vanish\n{{/if}}\n{{!-- a comment --}}\nend',
    '{{~#if flag~}}  trimmed  {{~/if~}} |',
    '{{#each list}}\n- {{n}}\n{{/each}}\n',
  ])('%j', (source) => {
    const expected = Handlebars.compile(source, { noEscape: true, strict: false })(view);
    expect(renderAst(Handlebars.parse(source), view)).toBe(expected);
  });
});
