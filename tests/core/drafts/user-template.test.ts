import { describe, expect, it } from 'vitest';
import { buildDraft, builtInSource, validateUserTemplate, listVariables, draftViewShape } from '../../../shared/core/drafts';
import { rouxInput } from './fixtures';

const MINIMAL = `{{!-- subject --}}
Facture {{invoice.number}}
{{!-- opening --}}
Bonjour {{client.contactName}},
{{!-- body --}}
La facture {{invoice.number}} de {{invoice.amount}} est échue depuis le {{invoice.dueDate}}.
{{!-- conclusion --}}
Merci, {{company.signatoryName}}`;

describe('validating a template the user edited', () => {
  it('accepts known variables, #if/#unless/#each/#with, @index, ../ and @root', () => {
    const source = MINIMAL.replace('Merci,', '{{#each history.reminders}}{{@index}} {{date}} {{../invoice.number}} {{@root.today}}{{/each}}{{#with company}}{{name}}{{/with}}{{#unless law.b2b}}-{{/unless}} Merci,');
    expect(validateUserTemplate({ kind: 'courteous', lang: 'fr', source })).toMatchObject({ ok: true, problems: [] });
  });

  it('refuses an unknown variable and names it with its line', () => {
    const v = validateUserTemplate({ kind: 'courteous', lang: 'fr', source: MINIMAL.replace('{{client.contactName}}', '{{client.nmae}}') });
    expect(v.ok).toBe(false);
    expect(v.problems).toEqual([{ message: 'opening: unknown variable "client.nmae" (line 4)', line: 4 }]);
  });

  it('names unknown variables inside loops, and loop data outside them', () => {
    const v = validateUserTemplate({ kind: 'firm', lang: 'fr', source: MINIMAL.replace('Merci,', '{{#each history.reminders}}{{montant}}{{/each}}{{@index}} Merci,') });
    expect(v.problems.map((p) => p.message)).toEqual([
      'conclusion: unknown variable "montant" (line 8)',
      'conclusion: unknown variable "@index" (only inside {{#each}}) (line 8)',
    ]);
  });

  it('refuses helpers, partials, triple-stash and lists printed as values', () => {
    const source = MINIMAL.replace('Merci,', '{{formatDate invoice.dueDate}} {{> signature}} {{{client.name}}} {{history.reminders}} {{#lookup company}}x{{/lookup}} Merci,');
    const messages = validateUserTemplate({ kind: 'courteous', lang: 'fr', source }).problems.map((p) => p.message);
    expect(messages).toEqual([
      'conclusion: unknown helper "formatDate" (line 8)',
      'conclusion: partials ({{> …}}) are not supported in edited templates (line 8)',
      'conclusion: {{{client.name}}} is not allowed: templates are plain text, write {{client.name}} (line 8)',
      'conclusion: "history.reminders" is a list: use {{#each history.reminders}} (line 8)',
      'conclusion: unknown block helper "lookup" (allowed: #if, #unless, #each, #with) (line 8)',
    ]);
  });

  it('reports a syntax error with its line', () => {
    const v = validateUserTemplate({ kind: 'courteous', lang: 'fr', source: MINIMAL.replace('{{invoice.amount}}', '{{#if invoice.amount}}oops') });
    expect(v.ok).toBe(false);
    expect(v.problems[0]!.message).toMatch(/^body: /);
    expect(v.problems[0]!.message).toMatch(/if doesn't match|syntax error/);
  });

  it('requires the four parts', () => {
    const v = validateUserTemplate({ kind: 'courteous', lang: 'fr', source: MINIMAL.replace('{{!-- body --}}\n', '') });
    expect(v.problems[0]!.message).toBe('missing part {{!-- body --}}: a template has a subject, an opening, a body and a conclusion');
  });

  it('runs the formal checker on an edited mise en demeure and names each missing mention', () => {
    const builtIn = builtInSource('formal.fr')!;
    expect(validateUserTemplate({ kind: 'formal', lang: 'fr', source: builtIn }).ok).toBe(true);
    const noCourt = builtIn.replace(/À défaut de paiement[^\n]*\n/, '');
    const v = validateUserTemplate({ kind: 'formal', lang: 'fr', source: noCourt });
    expect(v.ok).toBe(false);
    expect(v.problems.map((p) => p.message)).toEqual(['missing mention "court": the statement that the court will be seized without payment']);
    const noWords = builtIn.replace(/nous vous mettons en demeure de nous régler/, 'nous vous demandons de nous régler').replace(/Cette lettre vaut mise en demeure[^\n]*\n/, '').replace(/\{\{!-- subject --\}\}\nMise en demeure de payer/, '{{!-- subject --}}\nDernier rappel');
    const w = validateUserTemplate({ kind: 'formal', lang: 'fr', source: noWords });
    expect(w.problems.map((p) => p.message)).toEqual(['missing mention "formal-notice-words": the words « mise en demeure »']);
    // The sample: 1 234,56 € due 15/01/2026, checked on 2/03/2026: 46 days × 12,15 % = 18,90 €
    const noPenalties = builtIn.replace(/\{\{#if law\.hasInterest\}\}[\s\S]*?\{\{\/if\}\}\n/, '');
    expect(validateUserTemplate({ kind: 'formal', lang: 'fr', source: noPenalties }).problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^missing mention "penalties": the late-payment penalties \(rate 12,15.%, amount 18,90.€, legal basis\)$/),
    ]);
  });

  it('lists the variables an editor can offer', () => {
    const vars = listVariables(draftViewShape());
    expect(vars).toContain('invoice.number');
    expect(vars).toContain('history.reminders[].date');
    expect(vars).toContain('law.indemnity');
  });
});

describe('using edited templates', () => {
  it('a valid edited template is used', () => {
    const r = buildDraft(rouxInput({ userTemplates: [{ kind: 'courteous', lang: 'fr', source: MINIMAL }] }));
    expect(r.template).toEqual({ key: 'courteous.fr', source: 'user' });
    expect(r.draft.subject).toBe('Facture ML-2026-0412');
    expect(r.draft.text).toBe('Bonjour Jean Roux,\n\nLa facture ML-2026-0412 de 4\u202f380,00\u00a0€ est échue depuis le 15 octobre 2026.\n\nMerci, Claire Lambert');
    expect(r.warnings.filter((w) => w.includes('template'))).toEqual([]);
  });

  it('a broken one gets a clear message and the built-in template is used', () => {
    const r = buildDraft(rouxInput({ userTemplates: [{ kind: 'courteous', lang: 'fr', source: MINIMAL.replace('{{invoice.amount}}', '{{invoice.montant}}') }] }));
    expect(r.template).toEqual({ key: 'courteous.fr', source: 'built-in' });
    expect(r.warnings.filter((w) => w.includes('template'))).toEqual(['your courteous.fr template was not used: body: unknown variable "invoice.montant" (line 6)']);
    expect(r.draft.text).toContain('Sauf erreur de notre part');
  });

  it('a formal template lacking a mention is refused, the built-in one is used', () => {
    const source = builtInSource('formal.fr')!.replace(/À défaut de paiement[^\n]*\n/, '');
    const r = buildDraft(rouxInput({ kind: 'formal', userTemplates: [{ kind: 'formal', lang: 'fr', source }] }));
    expect(r.template.source).toBe('built-in');
    expect(r.warnings[0]).toBe('your formal.fr template was not used: missing mention "court": the statement that the court will be seized without payment');
    expect(r.formalCheck!.complete).toBe(true);
  });

  it('a template for one tone is chosen only for that tone', () => {
    const firmerOnly = { kind: 'courteous' as const, lang: 'fr' as const, tone: 'firmer' as const, source: MINIMAL.replace('Bonjour', 'Bonjour (ferme)') };
    expect(buildDraft(rouxInput({ userTemplates: [firmerOnly] })).template).toEqual({ key: 'courteous.fr', source: 'built-in' });
    const late = buildDraft(rouxInput({ userTemplates: [firmerOnly], history: { pastLatePayments: 2 } }));
    expect(late.template).toEqual({ key: 'courteous.fr.firmer', source: 'user' });
    expect(late.draft.text).toMatch(/^Bonjour \(ferme\) Jean Roux/);
  });
});
