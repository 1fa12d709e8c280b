import { describe, expect, it } from 'vitest';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { message } from '../../fixtures/mail';

const me = ['studio-nord.eu'];
const today = '2026-12-20';
const from = 'Lena Nord <lena@studio-nord.eu>';

async function one(subject: string, text: string, date = '2026-11-10T10:00:00+01:00') {
  const found = await scanMessages([message({ from, to: ['Client <ap@client.example>'], subject, text, date })], { me, today });
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('invoices written in other languages and styles', () => {
  it('US English: month-first dates, dollars, "Amount Due"', async () => {
    const r = await one('Invoice INV-2044 from Studio Nord', 'Hi,\n\nInvoice #: INV-2044\nInvoice Date: 11/10/2026\nDue Date: 12/10/2026\nSubtotal: $2,000.00\nSales Tax: $170.00\nAmount Due: $2,170.00\n\nThanks!');
    expect(r).toMatchObject({ invoiceNumber: 'INV-2044', amount: 2170, currency: 'USD', issueDate: '2026-11-10', dueDate: '2026-12-10', daysOverdue: 10 });
  });

  it('German: Rechnungsbetrag, zahlbar bis', async () => {
    const r = await one('Ihre Rechnung 2026-0815', 'Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung Nr. 2026-0815 vom 10.11.2026.\nNettobetrag: 1.000,00 €\nUmsatzsteuer 19 %: 190,00 €\nRechnungsbetrag: 1.190,00 €\nZahlbar bis 24.11.2026 ohne Abzug.\n\nMit freundlichen Grüßen');
    expect(r).toMatchObject({ invoiceNumber: '2026-0815', amount: 1190, currency: 'EUR', issueDate: '2026-11-10', dueDate: '2026-11-24' });
  });

  it('Spanish: factura, importe total, vencimiento', async () => {
    const r = await one('Factura F-77/2026', 'Estimado cliente:\n\nLe enviamos la factura nº F-77/2026 con fecha 10/11/2026.\nBase imponible: 500,00 €\nIVA 21 %: 105,00 €\nTotal factura: 605,00 €\nVencimiento: 10/12/2026\n\nSaludos cordiales');
    expect(r).toMatchObject({ invoiceNumber: 'F-77/2026', amount: 605, issueDate: '2026-11-10', dueDate: '2026-12-10' });
  });

  it('Italian: fattura, totale documento, pagamento a 30 giorni', async () => {
    const r = await one('Fattura n. 118/2026', 'Gentile cliente,\n\nin allegato la fattura n. 118/2026 del 10/11/2026.\nImponibile: 800,00 €\nIVA 22%: 176,00 €\nTotale da pagare: 976,00 €\nPagamento: bonifico a 30 giorni data fattura.\n\nCordiali saluti');
    expect(r).toMatchObject({ invoiceNumber: '118/2026', amount: 976, issueDate: '2026-11-10', dueDate: '2026-12-10' });
  });

  it('French with a deposit deducted and "net à payer"', async () => {
    const r = await one('Facture de solde FS-2026-31', 'Bonjour,\n\nFacture n° FS-2026-31 du 10 novembre 2026\nTotal TTC : 9 600,00 €\nAcompte versé le 02/10 : 2 880,00 €\nNet à payer : 6 720,00 €\nÀ régler sous 45 jours fin de mois.\n\nCordialement');
    expect(r).toMatchObject({ invoiceNumber: 'FS-2026-31', amount: 6720, issueDate: '2026-11-10', dueDate: '2026-12-31' });
  });

  it('a subject alone: "Invoice 5521 – £1,250.00 – due 1 December 2026"', async () => {
    const r = await one('Invoice 5521 – £1,250.00 – due 1 December 2026', 'Hello, please see the subject line. Kind regards');
    expect(r).toMatchObject({ invoiceNumber: '5521', amount: 1250, currency: 'GBP', dueDate: '2026-12-01', issueDate: '2026-11-10' });
  });
});

describe('what is never a receivable, in other languages too', () => {
  it('quotes, supplier reminders, SaaS newsletters and a forward to the accountant of a known invoice', async () => {
    const invoice = message({ from, to: ['Client <ap@client.example>'], subject: 'Invoice INV-3001', text: 'Invoice number: INV-3001\nInvoice date: 01/11/2026\nAmount due: €4,000.00\nDue date: 01/12/2026', date: '2026-11-01T10:00:00+01:00' });
    const messages = [
      invoice,
      message({ from, to: ['Kunde <einkauf@kunde.example>'], subject: 'Angebot A-2026-12', text: 'Anbei unser Angebot A-2026-12 über 3.400,00 € netto.', date: '2026-11-02T10:00:00+01:00' }),
      message({ from, to: ['cliente@cliente.example'], subject: 'Presupuesto P-88', text: 'Adjunto el presupuesto P-88 por 1.200,00 €.', date: '2026-11-02T10:00:00+01:00' }),
      message({ from: 'Hosting Ltd <billing@hosting.example>', to: [from], subject: 'Payment reminder: invoice H-991 is overdue', text: 'Invoice H-991 for €49.00 was due on 01/11/2026.', date: '2026-11-05T10:00:00Z' }),
      message({ from: 'InvoiceApp <news@invoiceapp.example>', to: [from], subject: 'Get your invoices paid faster', text: 'Send an invoice in 2 clicks. Plans from €9.00/month.', date: '2026-11-05T10:00:00Z', headers: { 'list-unsubscribe': '<mailto:u@invoiceapp.example>' } }),
      message({ from, to: ['Cabinet Expert <dossiers@expert-comptable.example>'], subject: 'Fwd: Invoice INV-3001', text: 'Pour la compta.\n\n---------- Forwarded message ---------\nInvoice number: INV-3001\nAmount due: €4,000.00', date: '2026-11-03T10:00:00+01:00' }),
    ];
    const found = await scanMessages(messages, { me, today });
    expect(found.map((r) => [r.messageId, r.invoiceNumber])).toEqual([[invoice.messageId, 'INV-3001']]);
  });
});
