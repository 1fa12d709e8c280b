/**
 * Every reader of hostile text stays linear: ten times the input costs about ten times as much, whatever the
 * text repeats (amounts, dates, cue words, unclosed tags). A super-linear scan on a message of a few hundred
 * kilobytes is a hang; these tests fail on one (a quadratic scan costs a hundred times as much).
 */
import { describe, it } from 'vitest';
import { expectLinear } from '../fixtures/growth';
import { message } from '../fixtures/mail';
import { extractTextFields } from '../../shared/core/extract/fields/text-fields';
import { findMoney, findBareNumbers } from '../../shared/core/extract/locale/amount';
import { findDates } from '../../shared/core/extract/locale/date';
import { findPaymentTerms } from '../../shared/core/extract/locale/terms';
import { htmlToText } from '../../shared/core/mail/html-to-text';
import { MboxSplitter } from '../../shared/core/mail/mbox-splitter';
import { classifyClientReply, classifyOwnFollowUp } from '../../shared/core/status/classify-reply';
import { stripQuoted } from '../../shared/core/status/strip-quoted';
import { readPaymentNotice } from '../../shared/core/status/payment-notice';
import { findKindCues } from '../../shared/core/detect/document-kind';
import { listedInvoices } from '../../shared/core/scan/listed-invoices';

const repeat = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length));

const reply = (text: string) => message({ from: 'marie@client-sas.fr', to: ['paul@atelier-dupont.fr'], subject: 'Re: Facture F-1', text, date: '2026-10-05T10:00:00Z' });

describe('linear time on hostile text', () => {
  it.each([
    ['amounts', '1 234,56 € '],
    ['numbers glued to punctuation', '1.'],
    ['numeric dates', '15/12/2026 '],
    ['written dates', '15 décembre 2026 '],
    ['dates that do not exist', '31/02/2026 30 février 2026 '],
    ['numbers too large for a float', '99999999999999999999,99 € '],
    ['labels', 'Total TTC 1 '],
    ['invoice numbers', 'Facture n° F-1 '],
    ['terms', 'net 30 jours '],
    ['hyphenated digits', '12-'],
    ['deposit shares of totals', "Facture d'acompte\nTotal TTC : 10,00 €\nAcompte 30 % : 3,00 €\n"],
    ['deposit lines after percentages that are no share of them', "Facture d'acompte\nTotal TTC : 10,00 €\nRemise 7 %\nAcompte : 4,00 €\n"],
  ])('extracts fields from tens of thousands of %s', (_name, unit) => {
    expectLinear(repeat(unit), (text) => extractTextFields(text, 'DMY'), 20_000);
  });

  it('finds amounts, dates, terms and document kinds linearly', () => {
    expectLinear(repeat('Total : 1 234,56 € le 15/12/2026 '), (text) => findBareNumbers(text, findMoney(text)), 20_000);
    expectLinear(repeat('15 déc. 2026, 2026-12-15 '), (text) => findDates(text, { referenceYear: 2026 }), 20_000);
    expectLinear(repeat('conditions de paiement '), (text) => findPaymentTerms(text), 20_000);
    expectLinear(repeat('facture devis avoir '), (text) => findKindCues(text), 20_000);
    expectLinear(repeat('Ft. 2026-1 Re.-Nr. 4 Inv. '), (text) => findKindCues(text), 20_000);
  });

  // A listing of invoices: every reference looked for its amount and its line's end.
  it('reads a body listing thousands of invoices linearly, on lines or on one line', () => {
    expectLinear(repeat('- F-2026-1 : 1 200,00 € TTC\n'), (text) => listedInvoices(text, new Set()), 20_000);
    expectLinear(repeat('F-2026-1 (1,00 €) und F-2026-2 '), (text) => listedInvoices(text, new Set()), 20_000);
    expectLinear(repeat('F-2026-1 F-2026-2 '), (text) => listedInvoices(text, new Set()), 20_000);
  });

  // Each clause and sentence around a cue was found by scanning from the text's start, once per cue; each
  // promise sentence was read for dates once per promise word in it.
  it.each([
    ['promises', 'nous réglerons '],
    ['payment claims', 'déjà payé, '],
    ['disputes', 'litige '],
    ['acknowledgements', 'merci '],
  ])('classifies a reply of thousands of %s', (_name, unit) => {
    expectLinear(repeat(unit), (text) => classifyClientReply(reply(text)), 10_000);
  });

  it('classifies the company’s own follow-ups and strips quoted text linearly', () => {
    expectLinear(repeat('relance impayée '), (text) => classifyOwnFollowUp(reply(text)), 10_000);
    expectLinear(repeat('> cité\n'), (text) => stripQuoted(`Bonjour\n${text}`), 20_000);
    expectLinear(repeat('Le 12 mai, X a écrit :\n'), (text) => stripQuoted(text), 20_000);
    expectLinear(repeat('paiement reçu facture F-1 '), (text) => readPaymentNotice(reply(text)), 20_000);
  });

  // An unclosed tag or comment made every later one scan to the end of the text.
  it.each([['<script '], ['<!-- '], ['<a '], ['<'], ['<td>1 234,56 €</td>']])('turns HTML with thousands of %s into text', (unit) => {
    expectLinear(repeat(unit), (html) => htmlToText(html), 20_000);
  });

  // A line was joined with what came before at every chunk: a long line cost its length times its chunks.
  it('splits an mbox whose one line is megabytes long, fed in small chunks', () => {
    const chunks = (n: number) => {
      const line = new Uint8Array(n).fill(0x61);
      return Array.from({ length: Math.ceil(n / 4096) }, (_, i) => line.slice(i * 4096, (i + 1) * 4096));
    };
    expectLinear(chunks, (parts) => {
      const splitter = new MboxSplitter();
      splitter.push(new TextEncoder().encode('From x\nSubject: a\n\n'));
      for (const part of parts) splitter.push(part);
      return splitter.end();
      // Both sizes past the CPU's caches (a 400 kB line fits them, 4 MB does not: that alone cost 10× more).
      // Megabyte buffers make the timing noisy on a loaded machine: 70× still fails the 100× of a quadratic join.
    }, 1_500_000, 70);
  });
});
