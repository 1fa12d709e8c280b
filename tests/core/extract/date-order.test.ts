import { describe, expect, it } from 'vitest';
import { guessDateOrder, settledDateOrder } from '../../../shared/core/extract/fields/date-order';

describe('guessDateOrder: the day the mail was sent', () => {
  it('an ambiguous date that reads as the day of sending in one order settles the order, over the dollars of US mail', () => {
    const text = 'Invoice 7F3C29DA-0040\nAmount due: $7,350.65\nInvoice date: 02/07/2026\nTerms: Net 30';
    expect(guessDateOrder(text, { lang: 'en', currency: 'USD' })).toBe('MDY');
    expect(guessDateOrder(text, { lang: 'en', currency: 'USD', sentOn: '2026-07-02' })).toBe('DMY');
    expect(guessDateOrder(text, { lang: 'en', currency: 'USD', sentOn: '2026-02-07' })).toBe('MDY');
  });

  it('a date over 12 still settles it first', () => {
    expect(guessDateOrder('Invoice date: 25/07/2026, due 02/08/2026', { lang: 'en', currency: 'USD', sentOn: '2026-02-08' })).toBe('DMY');
  });
});

describe('guessDateOrder: dates plausible in one order only', () => {
  it('a date that is months before the sending in one order only is read in the other', () => {
    expect(guessDateOrder('Invoice date / Date : 02/06/2026\nTotal: USD 69,282.60', { lang: 'en', currency: 'USD', sentOn: '2026-06-04' })).toBe('DMY');
  });

  it('a due date shortly after the sending is as plausible as an invoice date before it: no vote', () => {
    expect(guessDateOrder('Fällig am 01.03.2027', { lang: 'de', sentOn: '2027-02-01' })).toBe('DMY');
    expect(guessDateOrder('Date de facture : 11/08/2026\nÉchéance : 10/09/2026', { lang: 'fr', sentOn: '2026-08-12' })).toBe('DMY');
  });
});

describe('settledDateOrder', () => {
  it('an invoice date labelled so is not after the sending: "Date de facture : 08/06/2026" in a mail of 11 June is 8 June', () => {
    expect(settledDateOrder('FACTURE N° TR26/131\nDate de facture : 08/06/2026\nTotal TTC : 212,40 USD', { lang: 'fr', sentOn: '2026-06-11' })).toBe('DMY');
    expect(settledDateOrder('INVOICE 77\nInvoice date: 06/08/2026\nTotal: $212.40', { lang: 'en', sentOn: '2026-06-11' })).toBe('MDY');
    // unlabelled, both readings stay plausible (a due date in August): nothing settled
    expect(settledDateOrder('Payable 08/06/2026', { lang: 'en', sentOn: '2026-06-11' })).toBeNull();
  });

  it('a US-style date that reads as the day of sending settles month first ("Date : 11/9/2026" sent on 9 November)', () => {
    expect(settledDateOrder('FEE NOTE / INVOICE N° FH26-1189\nDate : 11/9/2026\nTotal : €7,850.00', { lang: 'en', sentOn: '2026-11-09' })).toBe('MDY');
  });
  it('leaves open what its dates do not settle', () => {
    expect(settledDateOrder('Invoice date 05/06/2026', { lang: 'en', sentOn: '2026-10-01' })).toBeNull();
    expect(guessDateOrder('Invoice date 05/06/2026', { lang: 'fr', sentOn: '2026-10-01' })).toBe('DMY');
  });
});

describe('settledDateOrder: an invoice number shaped like a date (held-out LR)', () => {
  it('"12-26-0082" (no year 0082) settles nothing; "Date de facture : 06/07/2026" stays open', () => {
    expect(settledDateOrder('Copie de votre facture 12-26-0082 envoyée à Nordlicht Software AG.\n12-26-0082 – EN>FR/IT app strings – 13.242,25 €')).toBeNull();
    expect(guessDateOrder('Facture 12-26-0082\nDate de facture : 06/07/2026', { lang: 'fr', currency: 'EUR' })).toBe('DMY');
  });
});
