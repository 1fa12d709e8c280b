/** What hosts hand the ledger: each receivable with the day its e-mail went out and its reminders' days. */
import { describe, expect, it } from 'vitest';
import { scanThreadsForLedger, ScannedReceivableSchema } from '../../../shared/core/scan/scanned-receivable';
import { message } from '../../fixtures/mail';

describe('scanThreadsForLedger', () => {
  it('adds the sending day and the reminders’ days to each receivable', async () => {
    const invoice = message({ id: '<f1@atelier-dupont.fr>', from: 'Claire <claire@atelier-dupont.fr>', to: ['Jean <jean@durand.fr>'], subject: 'Facture F-2026-101', text: 'Bonjour,\nFacture n° F-2026-101 du 02/10/2026, total TTC : 1 200,00 €, échéance le 01/11/2026.', date: '2026-10-02T09:00:00Z' });
    const r1 = message({ from: 'claire@atelier-dupont.fr', to: ['jean@durand.fr'], subject: 'Re: Facture F-2026-101', text: 'Bonjour, sauf erreur de notre part la facture F-2026-101 reste impayée. Merci de procéder au règlement.', date: '2026-11-03T09:00:00Z', inReplyTo: '<f1@atelier-dupont.fr>' });
    const r2 = message({ from: 'claire@atelier-dupont.fr', to: ['jean@durand.fr'], subject: 'Re: Facture F-2026-101', text: 'Bonjour, malgré notre relance, la facture F-2026-101 reste impayée. Merci de régulariser sous 8 jours.', date: '2026-11-18T09:00:00Z', inReplyTo: '<f1@atelier-dupont.fr>' });
    const [r] = await scanThreadsForLedger([{ id: 't1', messages: [invoice, r1, r2] }], { me: ['atelier-dupont.fr'], today: '2026-12-01' });
    expect(ScannedReceivableSchema.parse(r)).toMatchObject({ invoiceNumber: 'F-2026-101', remindersSent: 2, sentOn: '2026-10-02', reminderDates: ['2026-11-03', '2026-11-18'] });
  });
});
