import { describe, expect, it } from 'vitest';
import { checkRow, rowLabel, type RowRecord } from '../../../shared/core/detect/thread-row';
import { createMeMatcher } from '../../../shared/core/detect/me';
import { generateRowSummaries } from '../../../shared/cli/bench/row-summaries';

const isMe = createMeMatcher(['menuiserie-lambert.fr']);
const row = (subject: string, sender = 'moi', snippet = '') => ({ subject, snippet, sender, date: '12 nov.' });

describe('checkRow: is a list row likely one of our invoice threads?', () => {
  it('accepts invoices and reminders the company sent, in several languages', () => {
    for (const subject of ['Facture ML-2026-0412', 'Invoice INV-0042 from Brightwater', 'Rechnung Nr. 2026-17', 'Relance : facture ML-2026-0377', 'Fattura 12/2026']) {
      expect(checkRow(row(subject, 'claire@menuiserie-lambert.fr'), { isMe }).likely, subject).toBe(true);
    }
    expect(checkRow(row('Relance : facture ML-2026-0377'), { isMe }).reason).toBe('reminder-subject');
  });

  it('refuses quotes, credit notes, pro formas, receipts and orders even when they say "facture"', () => {
    for (const subject of ['Devis n° D-2026-051', 'Avoir sur facture ML-2026-0399', 'Facture pro forma PF-12', 'Reçu de paiement', 'Confirmation de commande 8812']) {
      const v = checkRow(row(subject), { isMe });
      expect(v.likely, subject).toBe(false);
      expect(v.reason).toBe('not-receivable-kind');
    }
  });

  it('refuses a supplier invoice sent to us, but keeps a client reply to our invoice', () => {
    expect(checkRow(row('Votre facture Bois & Dérivés n° 7781', 'facturation@bois-derives.fr'), { isMe })).toMatchObject({ likely: false, reason: 'supplier-invoice' });
    expect(checkRow(row('Re: Facture ML-2026-0405', 'Sarah Vidal <sarah@vidal-archi.fr>'), { isMe }).likely).toBe(true);
  });

  it('keeps a platform’s copy of our own invoice sent to a client, in any language', () => {
    expect(checkRow(row('Copie de votre facture F-2026-014 envoyée à Librairie Vidal', 'Facturo <notifications@facturo.example>'), { isMe }).likely).toBe(true);
    expect(checkRow(row('[Copy] Invoice 2207', 'Ledgerly', 'You sent this invoice to Harbour Films Ltd (ap@harbourfilms.co.uk)'), { isMe }).likely).toBe(true);
    expect(checkRow(row('Rechnung RE-11', 'no-reply@rechnungsprofi.example', 'Ihre Rechnung RE-11 wurde an Müller Bau GmbH versendet.'), { isMe }).likely).toBe(true);
    expect(checkRow(row('Votre facture H-55 vous a été envoyée', 'billing@hebergeur.example'), { isMe })).toMatchObject({ likely: false, reason: 'supplier-invoice' });
  });

  it('reads the snippet when the subject says nothing, only its opening', () => {
    expect(checkRow(row('Chantier rue des Lilas', 'moi', 'Bonjour, veuillez trouver ci-joint la facture ML-2026-0437'), { isMe })).toMatchObject({ likely: true, reason: 'invoice-snippet' });
    const late = `Bonjour, ${'x '.repeat(100)} facture`;
    expect(checkRow(row('Chantier rue des Lilas', 'moi', late), { isMe }).likely).toBe(false);
  });

  it('says no to newsletters and internal mail', () => {
    expect(checkRow(row('Les nouveautés de novembre', 'news@outillage.fr', 'Découvrez nos promotions'), { isMe }).likely).toBe(false);
    expect(checkRow(row('Planning de la semaine', 'moi', 'Lundi pose chez Roux'), { isMe })).toMatchObject({ likely: false, reason: 'no-cue' });
  });

  it('without a "me" matcher, the sender is not used', () => {
    expect(checkRow(row('Votre facture 7781', 'facturation@bois-derives.fr')).likely).toBe(true);
  });

  it('agrees with the generator used by the benchmark on what is an invoice row', () => {
    const rows = generateRowSummaries(2000, 7);
    const predicted = rows.map((r) => checkRow(r.summary, { isMe }).likely);
    const expected = rows.map((r) => r.expectLikely);
    const wrong = predicted.filter((p, i) => p !== expected[i]).length;
    expect(wrong).toBe(0);
    expect(expected.filter(Boolean).length).toBeGreaterThan(300);
  });
});

describe('rowLabel: the label of a row the ledger knows', () => {
  const base: RowRecord = { status: 'open', amount: 4380, currency: 'EUR', dueDate: '2026-10-15', promisedDate: null };
  const today = '2026-10-27';

  it('overdue: amount and days late', () => {
    const l = rowLabel(base, today, 'fr');
    expect(l.state).toBe('Impayée · J+12');
    expect(l.text).toBe('4\u00a0380\u00a0€ · Impayée · J+12');
    expect(l.tone).toBe('overdue');
    expect(rowLabel(base, today, 'en').state).toBe('Overdue · 12 d');
  });

  it('not yet due, due today', () => {
    expect(rowLabel(base, '2026-10-12', 'fr').state).toBe('Échéance dans 3 j');
    expect(rowLabel(base, '2026-10-12', 'en').state).toBe('Due in 3 d');
    expect(rowLabel(base, '2026-10-15', 'fr')).toMatchObject({ state: "Échéance aujourd'hui", tone: 'due' });
  });

  it('paid, promised, disputed', () => {
    expect(rowLabel({ ...base, status: 'paid' }, today, 'fr')).toMatchObject({ state: 'Payée', tone: 'paid' });
    expect(rowLabel({ ...base, status: 'promised', promisedDate: '2026-12-05' }, today, 'fr').state).toBe('Promesse 05/12');
    expect(rowLabel({ ...base, status: 'promised', promisedDate: '2026-12-05' }, today, 'en').state).toBe('Promised Dec 5');
    expect(rowLabel({ ...base, status: 'disputed' }, today, 'fr')).toMatchObject({ state: 'Litige', tone: 'disputed' });
    expect(rowLabel({ ...base, status: 'disputed' }, today, 'en').state).toBe('Disputed');
  });

  it('a partial payment shows what is still owed', () => {
    const l = rowLabel({ ...base, amountPaid: 1000.5 }, today, 'fr');
    expect(l.amount).toBe('3\u00a0379,50\u00a0€');
    expect(l.state).toBe('Impayée · J+12 · partiel');
    expect(rowLabel({ ...base, amount: 3480, currency: 'GBP' }, today, 'en').amount).toBe('£3,480');
  });

  it('no due date, no amount', () => {
    expect(rowLabel({ ...base, dueDate: null, amount: null }, today, 'fr')).toMatchObject({ text: 'Facture', tone: 'open', amount: null });
  });
});
