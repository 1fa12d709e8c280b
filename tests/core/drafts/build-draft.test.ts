import { describe, expect, it } from 'vitest';
import { buildDraft, DraftError, DraftSchema, checkFormalNotice, type DraftInput } from '../../../shared/core/drafts';
import type { DraftKind, DraftLanguage } from '../../../shared/core/ladder/stages';
import { NBSP, NNBSP, PROFILE, rouxInput } from './fixtures';

/** What each language must write, by hand: amount 4 380,00 €, due 15/10/2026 (27/11/2026 before the due date). */
const WRITTEN: Record<DraftLanguage, { amount: string; due: string; preDue: string }> = {
  fr: { amount: `4${NNBSP}380,00${NBSP}€`, due: '15 octobre 2026', preDue: '27 novembre 2026' },
  en: { amount: '€4,380.00', due: '15 October 2026', preDue: '27 November 2026' },
  de: { amount: `4.380,00${NBSP}€`, due: '15. Oktober 2026', preDue: '27. November 2026' },
  es: { amount: `4380,00${NBSP}€`, due: '15 de octubre de 2026', preDue: '27 de noviembre de 2026' },
  it: { amount: `4380,00${NBSP}€`, due: '15 ottobre 2026', preDue: '27 novembre 2026' },
};

const ALL_KINDS: DraftKind[] = ['pre-due', 'courteous', 'firm', 'formal', 'phone', 'plan', 'handover'];
const CASES: [DraftKind, DraftLanguage][] = [
  ...ALL_KINDS.flatMap((k) => (['fr', 'en'] as const).map((l) => [k, l] as [DraftKind, DraftLanguage])),
  ...(['pre-due', 'courteous', 'firm'] as const).flatMap((k) => (['es', 'de', 'it'] as const).map((l) => [k, l] as [DraftKind, DraftLanguage])),
];

function inputFor(kind: DraftKind, lang: DraftLanguage): DraftInput {
  const base = rouxInput({ kind, lang });
  if (kind === 'pre-due') return { ...base, invoice: { ...base.invoice, dueDate: '2026-11-27' }, history: {} };
  return base;
}

describe('a draft for each kind and language', () => {
  it.each(CASES)('%s in %s names the invoice, the amount and the due date in that language, to the right people', (kind, lang) => {
    const r = buildDraft(inputFor(kind, lang));
    const w = WRITTEN[lang];
    expect(r.lang).toBe(lang);
    expect(r.template).toEqual({ key: `${kind}.${lang}`, source: 'built-in' });
    expect(DraftSchema.strict().parse(r.draft)).toEqual(r.draft);
    const all = `${r.draft.subject}\n${r.draft.text}`;
    expect(all).toContain('ML-2026-0412');
    expect(all).toContain(w.amount);
    expect(all).toContain(kind === 'pre-due' ? w.preDue : w.due);
    expect(r.draft.html).toContain('ML-2026-0412');
    expect(r.draft.html).toContain(w.amount);
    expect(r.draft.text).not.toMatch(/[<>]|\{\{|undefined|null|\[object/);
    if (kind === 'phone') expect(r.draft.to).toEqual(['claire@menuiserie-lambert.fr']);
    else if (kind === 'handover') expect(r.draft.to).toEqual(['dossiers@recouvrement-exemple.fr']);
    else expect(r.draft.to).toEqual(['jean@roux-batiment.fr']);
    expect(r.draft.cc).toEqual(kind === 'firm' || kind === 'formal' ? ['direction@roux-batiment.fr'] : []);
    expect(r.draft.attachments).toEqual(kind === 'phone' ? [] : [{ filename: 'Facture_ML-2026-0412.pdf' }]);
  });

  it('the firm reminder recalls the earlier reminders with their dates, in each language', () => {
    const dates: Record<string, string[]> = {
      fr: ['30 octobre 2026', '13 novembre 2026'],
      en: ['30 October 2026', '13 November 2026'],
      de: ['30. Oktober 2026', '13. November 2026'],
      es: ['30 de octubre de 2026', '13 de noviembre de 2026'],
      it: ['30 ottobre 2026', '13 novembre 2026'],
    };
    for (const [lang, [first, second]] of Object.entries(dates)) {
      const text = buildDraft(rouxInput({ kind: 'firm', lang: lang as DraftLanguage })).draft.text;
      expect(text).toContain(first);
      expect(text).toContain(second);
      expect(text).toContain('39'); // days overdue
    }
  });

  it('the plan’s instalments sum exactly to the debt, off weekends and the host’s holidays, and are written in the draft', () => {
    const newYear = (d: string) => d.endsWith('-01-01');
    const r = buildDraft(rouxInput({ kind: 'plan', plan: { count: 3, firstDate: '2026-12-01' }, invoice: { ...rouxInput().invoice, amount: 1000 } }), { isHoliday: newYear });
    expect(r.plan.instalments.map((i) => [i.date, i.cents])).toEqual([
      ['2026-12-01', 33_334],
      ['2027-01-04', 33_333], // 1 January 2027, a Friday holiday → Monday 4th
      ['2027-02-01', 33_333],
    ]);
    expect(r.draft.text).toContain(`échéance 1 : 333,34${NBSP}€ le 1er décembre 2026`);
    expect(r.draft.text).toContain(`échéance 2 : 333,33${NBSP}€ le 4 janvier 2027`);
    expect(r.draft.text).toContain(`Total : 1${NNBSP}000,00${NBSP}€`);
    expect(r.draft.html).toContain(`<li>échéance 3 : 333,33${NBSP}€ le 1er février 2027</li>`);
    const noHolidays = buildDraft(rouxInput({ kind: 'plan', plan: { count: 3, firstDate: '2026-12-01' } }));
    expect(noHolidays.plan.instalments[1]!.date).toBe('2027-01-01');
  });
});

describe('the formal notice (mise en demeure), French, B2B', () => {
  const r = buildDraft(rouxInput({ kind: 'formal' }));
  const t = r.draft.text;

  it('carries every mention of the checker', () => {
    expect(r.formalCheck).toEqual({ complete: true, missing: [] });
    expect(t).toContain('mettons en demeure'); // the words
    expect(t.toLowerCase()).toContain('mise en demeure');
    expect(t).toContain('au plus tard le 1er décembre 2026'); // final payment date: 23/11 + 8 days
    expect(t).toMatch(/Menuiserie Lambert SARL\n8 rue du Bois\n21000 Dijon/); // sender
    expect(t).toMatch(/Roux Bâtiment SAS\nJean Roux\n3 impasse des Tilleuls\n21121 Fontaine-lès-Dijon/); // recipient
    expect(t).toContain('- relance du 30 octobre 2026\n- relance ferme du 13 novembre 2026'); // recap with dates
    expect(t).toContain('Dijon, le 23 novembre 2026'); // letter date
    expect(t).toMatch(/Claire Lambert\nGérante, Menuiserie Lambert SARL$/); // signature
    expect(t).toContain('nous saisirons sans autre avis la juridiction compétente'); // court
  });

  it('computes the penalties and the indemnity on the worked example', () => {
    // 4 380 € × 12,15 % (ECB 2,15 % + 10) × 39 days / 365 = 56,86 € ; + 40 € ; total 4 476,86 €
    expect(r.charges.interest.cents).toBe(5686);
    expect(t).toContain(`depuis le 16 octobre 2026 (article L441-10 du Code de commerce), au taux annuel de 12,15${NBSP}%`);
    expect(t).toContain(`taux de refinancement de la BCE de 2,15${NBSP}% majoré de 10 points`);
    expect(t).toContain(`soit 56,86${NBSP}€ au 23 novembre 2026`);
    expect(t).toContain(`indemnité forfaitaire pour frais de recouvrement de 40,00${NBSP}€ (article D441-5 du Code de commerce)`);
    expect(t).toContain(`soit un total de 4${NNBSP}476,86${NBSP}€ à ce jour`);
    expect(t).toContain('procédure simplifiée de recouvrement des petites créances'); // ≤ 5 000 €
  });

  it('uses the terms of sale’s rate when the profile sets one', () => {
    const withRate = buildDraft(rouxInput({ kind: 'formal', profile: { ...PROFILE, penaltyRate: 15 } }));
    // 4 380 × 15 % × 39 / 365 = 70,20 €
    expect(withRate.draft.text).toContain(`au taux annuel de 15,00${NBSP}% (taux prévu par nos conditions générales de vente), soit 70,20${NBSP}€`);
    expect(withRate.formalCheck!.complete).toBe(true);
  });

  it('the checker names what an edited final text lacks', () => {
    const cut = t.replace(/À défaut de paiement[^\n]*\n/, '').replace(/Des pénalités de retard[^\n]*\n/, '');
    const facts = checkFormalNotice(cut, {
      lang: 'fr',
      letterDate: '23 novembre 2026',
      finalPaymentDate: '1er décembre 2026',
      senderAddressLines: ['8 rue du Bois', '21000 Dijon'],
      senderName: 'Menuiserie Lambert SARL',
      recipient: { name: 'Roux Bâtiment SAS', email: 'jean@roux-batiment.fr', addressLines: [] },
      reminderDates: ['30 octobre 2026', '13 novembre 2026', '20 novembre 2026'],
      signatoryName: 'Claire Lambert',
      penalties: { rate: `12,15${NBSP}%`, amount: `56,86${NBSP}€`, basis: /l\.? ?441-10/ },
      indemnity: { amount: `40,00${NBSP}€`, basis: /d\.? ?441-5/ },
    });
    expect(facts.missing.map((m) => m.id)).toEqual(['reminders-recap', 'court', 'penalties']);
    expect(facts.missing[0]!.message).toContain('20 novembre 2026');
    expect(facts.missing[2]!.message).toMatch(/rate 12,15.*amount 56,86.*legal basis/);
  });

  it('France, consumer client: no indemnity, legal interest from the notice', () => {
    const c = buildDraft(rouxInput({ kind: 'formal', client: { contactName: 'Jean Roux', postalAddress: '3 impasse des Tilleuls\n21121 Fontaine-lès-Dijon', kind: 'consumer' } }));
    expect(c.charges.regime).toBe('FR-B2C');
    expect(c.charges.indemnity).toBeNull();
    expect(c.draft.text).not.toContain('40,00');
    expect(c.draft.text).toContain('Des intérêts au taux légal (article 1231-6 du Code civil, article 1344-1 du Code civil) courront');
    expect(c.formalCheck!.complete).toBe(true);
  });
});

describe('other jurisdictions', () => {
  it('UK: Bank of England rate + 8 % and £70, in English', () => {
    const r = buildDraft(
      rouxInput({
        kind: 'formal',
        lang: 'en',
        profile: { ...PROFILE, jurisdiction: 'UK', language: 'en', address: '4 Mill Lane\nBath BA1 1AA' },
        invoice: { ...rouxInput().invoice, currency: 'GBP', amount: 3480, dueDate: '2026-09-09' },
      }),
    );
    // £3,480 × 11.75 % × 75 / 365 = £84.02; + £70
    expect(r.draft.text).toContain('at the annual rate of 11.75% (Bank of England base rate of 3.75% plus 8%), that is £84.02 as of 23 November 2026');
    expect(r.draft.text).toContain('A fixed recovery compensation of £70.00 is also due (Late Payment of Commercial Debts (Interest) Act 1998), making a total of £3,634.02 to date.');
    expect(r.draft.text).toContain('Bath, 23 November 2026');
    expect(r.formalCheck!.complete).toBe(true);
  });

  it('EU: ECB + 8 points and 40 €', () => {
    const r = buildDraft(rouxInput({ kind: 'firm', lang: 'de', profile: { ...PROFILE, jurisdiction: 'EU' } }));
    expect(r.draft.text).toContain(`Verzugszinsen (10,15${NBSP}% jährlich) und eine Pauschale für Beitreibungskosten von 40,00${NBSP}€ geschuldet sind (Richtlinie 2011/7/EU)`);
  });

  it('elsewhere without a rate: no charges are claimed', () => {
    const r = buildDraft(rouxInput({ kind: 'firm', lang: 'en', profile: { ...PROFILE, jurisdiction: 'OTHER' } }));
    expect(r.draft.text).not.toMatch(/interest|compensation/i);
  });
});

describe('tone', () => {
  it('a reliable client gets the cordial variant, a client late several times the firmer one', () => {
    const cordial = buildDraft(rouxInput({ kind: 'courteous', history: { pastLatePayments: 0 } }));
    const firmer = buildDraft(rouxInput({ kind: 'courteous', history: { pastLatePayments: 2 } }));
    expect(cordial.tone).toBe('cordial');
    expect(cordial.draft.text).toContain('Elle a peut-être été égarée');
    expect(firmer.tone).toBe('firmer');
    expect(firmer.draft.text).toContain('Je vous remercie de bien vouloir procéder à son règlement dès réception');
    expect(firmer.draft.text).toContain('Pourriez-vous m’indiquer la date');
    expect(firmer.draft.text).toContain('Bonjour Jean Roux'); // still courteous
  });

  it('a broken promise makes the tone firmer and is recalled', () => {
    const r = buildDraft(rouxInput({ kind: 'firm', history: { promises: [{ date: '2026-11-02', promisedDate: '2026-11-10' }] } }));
    expect(r.tone).toBe('firmer');
    expect(r.draft.text).toContain('Vous nous aviez annoncé un règlement pour le 10 novembre 2026');
  });
});

describe('what is refused, and why', () => {
  const base = rouxInput();
  it.each([
    [{ invoice: { ...base.invoice, status: 'paid' as const } }, /ML-2026-0412 is paid/],
    [{ invoice: { ...base.invoice, status: 'disputed' as const } }, /disputed: settle the dispute/],
    [{ invoice: { ...base.invoice, dueDate: '2026-11-30' } }, /not overdue yet \(due 2026-11-30\)/],
    [{ kind: 'pre-due' as const }, /fell due 39 days ago: send the courteous reminder/],
    [{ invoice: { ...base.invoice, dueDate: null } }, /has no due date/],
    [{ invoice: { ...base.invoice, amount: null } }, /has no amount due/],
    [{ invoice: { ...base.invoice, invoiceNumber: null } }, /has no number/],
    [{ today: '23/11/2026' }, /invalid draft input: today: a date written YYYY-MM-DD/],
  ])('%#', (over, message) => {
    expect(() => buildDraft({ ...base, ...over })).toThrow(DraftError);
    expect(() => buildDraft({ ...base, ...over })).toThrow(message);
  });

  it('a disputed invoice can still get a phone sheet or a hand-over note', () => {
    expect(buildDraft({ ...base, kind: 'phone', invoice: { ...base.invoice, status: 'disputed' } }).draft.subject).toContain('Fiche d’appel');
  });

  it('a language without a template for the kind falls back to English, and says so', () => {
    const r = buildDraft(rouxInput({ kind: 'formal', lang: 'de' }));
    expect(r.lang).toBe('en');
    expect(r.template.key).toBe('formal.en');
    expect(r.warnings).toContain('no formal template in "de": the English one is used');
    expect(r.draft.text).toContain('15 October 2026');
  });
});

describe('escaping', () => {
  const evil = '<script>alert("x")</script> {{company.iban}} & Fils';
  const r = buildDraft(rouxInput({ kind: 'formal', invoice: { ...rouxInput().invoice, debtorName: evil, invoiceNumber: 'F-<b>1</b>' }, client: { contactName: '<img src=x onerror=alert(1)>' } }));

  it('escapes everything from an e-mail in the HTML', () => {
    expect(r.draft.html).not.toMatch(/<script|<img|<b>/);
    expect(r.draft.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; {{company.iban}} &amp; Fils');
    expect(r.draft.html).toContain('F-&lt;b&gt;1&lt;/b&gt;');
  });

  it('never renders template syntax found in the data, and the text has it as written', () => {
    expect(r.draft.text).toContain(evil);
    expect(r.draft.text).not.toContain(`<script>alert("x")</script> ${PROFILE.iban}`);
    expect(r.draft.subject).toContain('F-<b>1</b>');
  });
});
