import { describe, expect, it } from 'vitest';
import { sameInvoice } from '../../../shared/core/scan/same-invoice';

const r = (invoiceNumber: string | null, amount: number | null, debtorEmail: string | null) => ({ invoiceNumber, amount, debtorEmail });

describe('sameInvoice: one invoice sent twice, or two invoices', () => {
  it('the same number and amount is one invoice, whoever it went to (a forward to the accountant)', () => {
    expect(sameInvoice(r('F-2027-12', 480, 'a@client.fr'), r('F 2027/12', 480, 'cabinet@expert-compta.fr'))).toBe(true);
    expect(sameInvoice(r('F-2027-12', 480, 'a@client.fr'), r('F-2027-12', null, 'a@client.fr'))).toBe(true);
  });

  it('the same number with other amounts is two invoices (two companies’ numbering, a misread number)', () => {
    expect(sameInvoice(r('2027-001', 1200, 'a@client-a.fr'), r('2027-001', 640, 'b@client-b.be'))).toBe(false);
    expect(sameInvoice(r('2027-001', 1200, 'a@client-a.fr'), r('2027-001', 640, 'a@client-a.fr'))).toBe(false);
  });

  it('a very short number also needs the same client; no number, no match', () => {
    expect(sameInvoice(r('12', 100, 'a@client-a.fr'), r('12', 100, 'b@client-b.fr'))).toBe(false);
    expect(sameInvoice(r('12', 100, 'a@client-a.fr'), r('12', 100, 'x@client-a.fr'))).toBe(true);
    expect(sameInvoice(r(null, 100, 'a@client-a.fr'), r(null, 100, 'a@client-a.fr'))).toBe(false);
  });
});
