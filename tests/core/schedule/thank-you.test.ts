import { describe, expect, it } from 'vitest';
import { thankYouProposed } from '../../../shared/core/schedule/thank-you';
import { foldHistory } from '../../../shared/core/schedule/history';
import { buildDraft } from '../../../shared/core/drafts';
import { rouxInput } from '../drafts/fixtures';
import { history } from './helpers';

const invoice = { amount: 4380, sentOn: '2026-09-15', dueDate: '2026-10-15' };
const on = { thankYou: true };

describe('a thank-you proposed when an invoice is paid', () => {
  it('paid in full, by hand or read from a reply or a payment notice: proposed once, while the payment is recent', () => {
    const paid = foldHistory(invoice, history({ type: 'payment', on: '2026-11-20', amount: 4380, full: true, source: 'gmail' }));
    expect(thankYouProposed(paid, '2026-11-23', on)).toBe(true);
    const byHand = foldHistory(invoice, history({ type: 'status-changed-by-hand', on: '2026-11-22', status: 'paid' }));
    expect(thankYouProposed(byHand, '2026-11-23', on)).toBe(true);
    // Thanked: no more proposal. Paid long ago (read for the first time today): none out of the blue.
    const thanked = foldHistory(invoice, history({ type: 'payment', on: '2026-11-20', amount: 4380, full: true }, { type: 'thanked', on: '2026-11-21' }));
    expect(thanked.thankedOn).toBe('2026-11-21');
    expect(thankYouProposed(thanked, '2026-11-23', on)).toBe(false);
    expect(thankYouProposed(paid, '2026-12-21', on)).toBe(false);
    expect(thankYouProposed(paid, '2026-12-20', on)).toBe(true);
  });

  it('never for what is not paid in full, nor when the user turned thank-you drafts off', () => {
    const partial = foldHistory(invoice, history({ type: 'payment', on: '2026-11-20', amount: 1000, full: false }));
    expect(thankYouProposed(partial, '2026-11-23', on)).toBe(false);
    const cancelled = foldHistory(invoice, history({ type: 'status-changed-by-hand', on: '2026-11-20', status: 'cancelled' }));
    expect(thankYouProposed(cancelled, '2026-11-23', on)).toBe(false);
    expect(thankYouProposed(foldHistory(invoice, []), '2026-11-23', on)).toBe(false);
    const paid = foldHistory(invoice, history({ type: 'payment', on: '2026-11-20', amount: 4380, full: true }));
    expect(thankYouProposed(paid, '2026-11-23', { thankYou: false })).toBe(false);
    // Payments that add up to the amount settle it: proposed too.
    const twoPayments = foldHistory(invoice, history({ type: 'payment', on: '2026-11-10', amount: 2000, full: false }, { type: 'payment', on: '2026-11-20', amount: 2380, full: false }));
    expect(thankYouProposed(twoPayments, '2026-11-23', on)).toBe(true);
  });
});

describe('the thank-you draft', () => {
  const paid = (over = {}) => rouxInput({ kind: 'thank-you', invoice: { ...rouxInput().invoice, status: 'paid' }, payment: { date: '2026-11-20' }, ...over });

  it('is short, in the client’s language, names the payment and the invoice, attaches nothing and copies no one', () => {
    const fr = buildDraft(paid());
    expect(fr.draft.subject).toBe('Facture ML-2026-0412 : règlement bien reçu, merci');
    expect(fr.draft.text.replace(/[\u202f\u00a0]/g, ' ')).toContain('Nous avons bien reçu votre règlement de 4 380,00 € du 20 novembre 2026 pour notre facture n° ML-2026-0412 du 15 septembre 2026');
    expect(fr.draft.text).not.toMatch(/pénalit|relance/i);
    expect(fr.draft).toMatchObject({ to: ['jean@roux-batiment.fr'], cc: [], attachments: [] });
    expect(fr.draft.text.length).toBeLessThan(600);
    const expected = { en: 'We have received your payment of €4,380.00 on 20 November 2026', es: 'Hemos recibido su pago de 4380,00 € del 20 de noviembre de 2026', de: 'wir haben Ihre Zahlung über 4.380,00 € vom 20. November 2026', it: 'abbiamo ricevuto il Suo pagamento di 4380,00 € del 20 novembre 2026' };
    for (const lang of ['en', 'es', 'de', 'it'] as const) {
      const d = buildDraft(paid({ lang }));
      expect(d.lang).toBe(lang);
      expect(d.warnings).toEqual([]);
      expect(d.draft.text.replace(/[\u202f\u00a0]/g, ' ')).toContain(expected[lang]);
    }
  });

  it('only for a paid invoice; the amount paid and an unknown day are written as known', () => {
    expect(() => buildDraft(rouxInput({ kind: 'thank-you' }))).toThrow(/not paid yet/);
    const noDay = buildDraft(paid({ payment: { amount: 4000 } }));
    expect(noDay.draft.text.replace(/[\u202f\u00a0]/g, ' ')).toContain('votre règlement de 4 000,00 € pour notre facture');
    // Without a due date, a thank-you is still possible (a reminder never is).
    expect(buildDraft(paid({ invoice: { ...rouxInput().invoice, status: 'paid', dueDate: null } })).draft.subject).toContain('ML-2026-0412');
  });
});
