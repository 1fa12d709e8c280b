import { describe, expect, it } from 'vitest';
import { buildGroupedDraft, GroupViewSchema, validateUserTemplate, builtInSource, type GroupDraftInput, type GroupMember } from '../../../shared/core/drafts';
import { DraftError } from '../../../shared/core/drafts/view';
import { PROFILE } from './fixtures';

/** Fournier Rénovation owes three overdue invoices (one already reminded) and one not yet due, on 23 November 2026. */
const debtor = { debtorEmail: 'paul@fournier-renovation.fr', debtorName: 'Fournier Rénovation SAS', status: 'open' as const, promisedDate: null, currency: 'EUR' };
const m0388: GroupMember = {
  id: 'ML20260388@fournier-renovation.fr',
  invoice: { ...debtor, invoiceNumber: 'ML-2026-0388', amount: 1850, issueDate: '2026-09-10', dueDate: '2026-10-10' },
  history: { reminders: [{ stage: 'courteous', date: '2026-10-12' }] },
  attachments: ['Facture_ML-2026-0388.pdf'],
};
const m0402: GroupMember = {
  id: 'ML20260402@fournier-renovation.fr',
  invoice: { ...debtor, invoiceNumber: 'ML-2026-0402', amount: 2400, issueDate: '2026-09-25', dueDate: '2026-10-25' },
  attachments: ['Facture_ML-2026-0402.pdf'],
};
const m0415: GroupMember = {
  id: 'ML20260415@fournier-renovation.fr',
  invoice: { ...debtor, invoiceNumber: 'ML-2026-0415', amount: 960, issueDate: '2026-10-09', dueDate: '2026-11-08' },
  attachments: ['Facture_ML-2026-0415.pdf'],
};
const m0440: GroupMember = {
  id: 'ML20260440@fournier-renovation.fr',
  invoice: { ...debtor, invoiceNumber: 'ML-2026-0440', amount: 1200, issueDate: '2026-11-20', dueDate: '2026-12-20' },
  attachments: ['Facture_ML-2026-0440.pdf'],
};

const input = (over: Partial<GroupDraftInput> = {}): GroupDraftInput => ({
  lang: 'fr',
  today: '2026-11-23',
  invoices: [m0415, m0440, m0402, m0388],
  client: { contactName: 'Paul Fournier', postalAddress: '14 rue des Artisans\n21000 Dijon' },
  recipients: { escalationCc: ['direction@fournier-renovation.fr'] },
  profile: PROFILE,
  ...over,
});
const flat = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ').replace(/\s+/g, ' ');

describe('one reminder for everything a client owes', () => {
  it('lists every overdue invoice with its date, amount, due date and days late, and the total', () => {
    const r = buildGroupedDraft(input());
    const text = flat(r.draft.text);
    expect(r.chased.map((c) => c.number)).toEqual(['ML-2026-0388', 'ML-2026-0402', 'ML-2026-0415']); // oldest first
    expect(text).toContain('n° ML-2026-0388 du 10 septembre 2026 : 1 850,00 €, échue le 10 octobre 2026 (44 jours de retard)');
    expect(text).toContain('n° ML-2026-0402 du 25 septembre 2026 : 2 400,00 €, échue le 25 octobre 2026 (29 jours de retard)');
    expect(text).toContain('n° ML-2026-0415 du 9 octobre 2026 : 960,00 €, échue le 8 novembre 2026 (15 jours de retard)');
    expect(text).toContain('Total dû : 5 210,00 €.');
    expect(r.totals).toEqual([{ currency: 'EUR', cents: 521_000 }]);
    expect(flat(r.draft.subject)).toBe('Relance : 3 factures impayées – 5 210,00 €');
    // The HTML lists the invoices as a list, escaped.
    expect(r.draft.html.match(/<li>/g)).toHaveLength(4); // three overdue, one coming up
    GroupViewSchema.strict().parse(r.view);
  });

  it('re-attaches every chased invoice PDF; the invoices not yet due are listed apart as coming up, not attached', () => {
    const r = buildGroupedDraft(input());
    expect(r.draft.attachments.map((a) => a.filename)).toEqual(['Facture_ML-2026-0388.pdf', 'Facture_ML-2026-0402.pdf', 'Facture_ML-2026-0415.pdf']);
    expect(r.upcoming).toEqual([{ id: m0440.id, number: 'ML-2026-0440' }]);
    const text = flat(r.draft.text);
    expect(text).toContain('À venir, pour information : - n° ML-2026-0440 : 1 200,00 €, à régler le 20 décembre 2026');
    expect(text.indexOf('ML-2026-0440')).toBeGreaterThan(text.indexOf('Total dû'));
    const without = buildGroupedDraft(input({ includeUpcoming: false }));
    expect(without.draft.text).not.toContain('ML-2026-0440');
    expect(without.upcoming).toEqual([]);
    // A chased invoice without a kept document is named in a warning.
    const missing = buildGroupedDraft(input({ invoices: [{ ...m0402, attachments: [] }, m0388] }));
    expect(missing.warnings.join(' ')).toContain('ML-2026-0402');
  });

  it('is written at the stage of the most advanced invoice, or the one asked for', () => {
    expect(buildGroupedDraft(input()).stage).toBe('firm'); // 0388 had one reminder
    expect(buildGroupedDraft(input({ invoices: [m0402, m0415] })).stage).toBe('courteous');
    // The host's stage for an invoice wins over the count of its reminders.
    expect(buildGroupedDraft(input({ invoices: [m0402, { ...m0415, stage: 'formal' }] })).stage).toBe('formal');
    const asked = buildGroupedDraft(input({ stage: 'courteous' }));
    expect(asked.stage).toBe('courteous');
    expect(flat(asked.draft.subject)).toBe('Factures ML-2026-0388, ML-2026-0402 et ML-2026-0415 – 5 210,00 € à régler');
    expect(asked.chased.map((c) => c.stage)).toEqual(['firm', 'courteous', 'courteous']);
  });

  it('a total per currency when the client owes in several', () => {
    const gbp: GroupMember = { id: 'gbp', invoice: { ...debtor, currency: 'GBP', invoiceNumber: 'ML-2026-0391', amount: 300, issueDate: '2026-09-15', dueDate: '2026-10-15' } };
    const r = buildGroupedDraft(input({ invoices: [m0388, gbp, m0402] }));
    expect(r.totals).toEqual([
      { currency: 'EUR', cents: 425_000 },
      { currency: 'GBP', cents: 30_000 },
    ]);
    expect(r.view.multiCurrency).toBe(true);
    expect(flat(r.draft.text)).toContain('Total dû : 4 250,00 € et 300,00 £GB.');
    expect(flat(buildGroupedDraft(input({ invoices: [m0388, gbp, m0402], lang: 'en' })).draft.text)).toContain('Total due: €4,250.00 and £300.00.');
  });

  it('leaves out what must not be chased, and says why', () => {
    const paid: GroupMember = { ...m0402, id: 'paid', invoice: { ...m0402.invoice, invoiceNumber: 'P-1', status: 'paid' } };
    const disputed: GroupMember = { ...m0402, id: 'disputed', invoice: { ...m0402.invoice, invoiceNumber: 'D-1', status: 'disputed' } };
    const promised: GroupMember = { ...m0402, id: 'promised', invoice: { ...m0402.invoice, invoiceNumber: 'R-1', status: 'promised', promisedDate: '2026-12-01' } };
    const broken: GroupMember = { ...m0402, id: 'broken', invoice: { ...m0402.invoice, invoiceNumber: 'B-1', status: 'promised', promisedDate: '2026-11-20' } };
    const undated: GroupMember = { ...m0402, id: 'undated', invoice: { ...m0402.invoice, invoiceNumber: 'U-1', dueDate: null } };
    const r = buildGroupedDraft(input({ invoices: [m0388, paid, disputed, promised, broken, undated] }));
    expect(r.chased.map((c) => c.number)).toEqual(['ML-2026-0388', 'B-1']); // a broken promise is chased again
    expect(Object.fromEntries(r.excluded.map((e) => [e.number, e.reason]))).toEqual({
      'P-1': 'paid',
      'D-1': 'disputed: settle the dispute first',
      'R-1': 'promised for 2026-12-01',
      'U-1': 'no due date: never chased',
    });
    expect(r.draft.text).not.toMatch(/P-1|D-1|R-1|U-1/);
    expect(() => buildGroupedDraft(input({ invoices: [paid, m0440] }))).toThrow(DraftError);
    expect(() => buildGroupedDraft(input({ invoices: [paid, m0440] }))).toThrow(/no invoice of this client is overdue/);
  });

  it('the firm and formal stages copy the escalation contact, the courteous one does not', () => {
    expect(buildGroupedDraft(input({ stage: 'courteous' })).draft).toMatchObject({ to: ['paul@fournier-renovation.fr'], cc: [] });
    expect(buildGroupedDraft(input({ stage: 'firm' })).draft).toMatchObject({ to: ['paul@fournier-renovation.fr'], cc: ['direction@fournier-renovation.fr'] });
    expect(buildGroupedDraft(input({ stage: 'formal' })).draft.cc).toEqual(['direction@fournier-renovation.fr']);
    // The regular contact, when the client has one, replaces the address the invoices went to.
    expect(buildGroupedDraft(input({ recipients: { to: ['compta@fournier-renovation.fr'] } })).draft.to).toEqual(['compta@fournier-renovation.fr']);
  });

  it('a grouped formal notice carries every mention, with each invoice’s penalties and indemnity', () => {
    const r = buildGroupedDraft(input({ stage: 'formal' }));
    expect(r.formalCheck).toEqual({ complete: true, missing: [] });
    const text = flat(r.draft.text);
    expect(text).toMatch(/^Menuiserie Lambert SARL 8 rue du Bois 21000 Dijon/);
    expect(text).toContain('Objet : Mise en demeure – ML-2026-0388, ML-2026-0402 et ML-2026-0415');
    expect(text).toContain('nous vous mettons en demeure de nous régler la somme de 5 210,00 € au plus tard le 1er décembre 2026');
    expect(text).toContain('- relance du 12 octobre 2026 (ML-2026-0388)');
    // 40 € per invoice (D441-5), and each invoice's interest.
    expect(text).toContain('soit 120,00 € :');
    expect(r.view.invoices.map((i) => i.indemnity)).toEqual(['40,00 €', '40,00 €', '40,00 €'].map((s) => s.replace(' ', '\u00a0')));
    expect(text).toMatch(/facture n° ML-2026-0388 : pénalités de \d+,\d\d € depuis le 11 octobre 2026, indemnité de 40,00 €/);
    expect(text).toContain('Le total dû à ce jour s’élève ainsi à 5 385,06 €.'); // 5 210 + 55,06 of interest + 3 × 40
    // Over 5 000 € in all: no small-claims procedure; two of the invoices (4 250 €) would have it.
    expect(text).not.toContain('petites créances');
    expect(flat(buildGroupedDraft(input({ stage: 'formal', invoices: [m0388, m0402] })).draft.text)).toContain('procédure simplifiée de recouvrement des petites créances');
    expect(r.letter?.subjectLine).toBe('Objet : Mise en demeure – ML-2026-0388, ML-2026-0402 et ML-2026-0415');
    expect(r.letter?.body).not.toContain('Menuiserie Lambert SARL\n8 rue du Bois');
  });
});

describe('grouped reminders in every language, and the templates the user edits', () => {
  it('French and English for every stage; Spanish, German and Italian for the courteous and firm ones', () => {
    for (const stage of ['courteous', 'firm', 'formal'] as const) {
      for (const lang of ['fr', 'en'] as const) {
        const r = buildGroupedDraft(input({ stage, lang }));
        expect(r.template.key, `${stage}.${lang}`).toBe(`grouped-${stage}.${lang}`);
        expect(r.draft.text, `${stage}.${lang}`).toContain('ML-2026-0415');
        if (stage === 'formal') expect(r.formalCheck?.complete, `${stage}.${lang}`).toBe(true);
      }
    }
    const expected = { es: 'Total adeudado: 5210,00 €', de: 'Offener Gesamtbetrag: 5.210,00 €', it: 'Totale dovuto: 5210,00 €' };
    for (const lang of ['es', 'de', 'it'] as const) {
      const firm = buildGroupedDraft(input({ lang }));
      expect(firm.template.key).toBe(`grouped-firm.${lang}`);
      expect(firm.warnings.filter((w) => w.startsWith('no grouped'))).toEqual([]);
      expect(flat(firm.draft.text)).toContain(expected[lang]);
      expect(buildGroupedDraft(input({ lang, stage: 'courteous' })).template.key).toBe(`grouped-courteous.${lang}`);
      // No grouped formal notice in these languages yet: the English one, with a warning.
      const formal = buildGroupedDraft(input({ lang, stage: 'formal' }));
      expect(formal).toMatchObject({ lang: 'en', template: { key: 'grouped-formal.en' } });
      expect(formal.warnings).toContain(`no grouped-formal template in "${lang}": the English one is used`);
    }
  });

  it('the built-in grouped formal notices pass the mise en demeure checker under every jurisdiction', () => {
    for (const lang of ['fr', 'en'] as const) {
      const source = builtInSource(`grouped-formal.${lang}`)!;
      for (const jurisdiction of ['FR', 'EU', 'UK'] as const) {
        expect(validateUserTemplate({ kind: 'grouped-formal', lang, source }, { ...PROFILE, jurisdiction }), `${lang} ${jurisdiction}`).toMatchObject({ ok: true, formal: { complete: true } });
      }
    }
  });

  it('an edited grouped template is checked against the grouped view, and a formal one against the checker', () => {
    const source = builtInSource('grouped-courteous.fr')!;
    expect(validateUserTemplate({ kind: 'grouped-courteous', lang: 'fr', source }).ok).toBe(true);
    // A single invoice's variable means nothing in a grouped reminder.
    const single = validateUserTemplate({ kind: 'grouped-courteous', lang: 'fr', source: source.replace('{{numbers}}', '{{invoice.number}}') });
    expect(single.ok).toBe(false);
    expect(single.problems.map((p) => p.message).join(' ')).toContain('invoice.number');
    const withoutCourt = builtInSource('grouped-formal.fr')!.replace(/À défaut de paiement[^\n]*\n/, '');
    const formal = validateUserTemplate({ kind: 'grouped-formal', lang: 'fr', source: withoutCourt });
    expect(formal.ok).toBe(false);
    expect(formal.problems.map((p) => p.message).join(' ')).toContain('court');
    // A user's grouped template is used when valid.
    const mine = source.replace('Bien cordialement', 'Très cordialement');
    const r = buildGroupedDraft(input({ stage: 'courteous', userTemplates: [{ kind: 'grouped-courteous', lang: 'fr', source: mine }] }));
    expect(r.template).toEqual({ key: 'grouped-courteous.fr', source: 'user' });
    expect(r.draft.text).toContain('Très cordialement');
  });

  it('the firmer tone for a client often late, as for one invoice', () => {
    expect(buildGroupedDraft(input({ stage: 'courteous' })).tone).toBe('cordial');
    const firmer = buildGroupedDraft(input({ stage: 'courteous', pastLatePayments: 2 }));
    expect(firmer.tone).toBe('firmer');
    expect(firmer.draft.text).toContain('Pourriez-vous m’indiquer la date');
  });
});
