/** What the twenty-sixth session's eighth batch of unseen mailboxes (QVV–QWX) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { message } from '../../fixtures/mail';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it('"Bank say the payment will be release not later than 15th December" promises (a learner\'s English)', () => {
    expect(reply('Dear Claire,\nSorry for late reply. We already accept discrepancy yesterday. Bank say the payment will be release not later than 15th December.', '2026-11-23')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
  });

  it('« hij maakt het uiterlijk vrijdag 11 december over » promises (someone else of the client pays)', () => {
    expect(reply('Hoi Camille,\nSorry, helemaal vergeten met de verhuizing. Joris is deze week in Rotterdam, hij maakt het uiterlijk vrijdag 11 december over.', '2026-12-02')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-11' });
  });

  it('« die Rechnung … wurde gestern (28.10.2026) per SEPA-Überweisung beglichen » pays', () => {
    expect(reply('Guten Tag Frau Klein,\ndie Rechnung F-2026-0355 wurde gestern (28.10.2026) per SEPA-Überweisung beglichen. Der Betrag sollte in den nächsten Tagen auf Ihrem Konto eingehen.', '2026-10-29').kind).toBe('paid');
  });
});

describe('our own mail', () => {
  it('« la facture … n\'est pas encore passée, elle était à régler hier. Tu peux jeter un œil ? » chases', () => {
    expect(classifyOwnFollowUp(mail({ text: "Hello Thomas,\nJe crois que la facture F-2026-057 n'est pas encore passée, elle était à régler hier. Tu peux jeter un œil ?\nBises", subject: 'RE: Facture F-2026-057', from: 'claire@musees.example' }))).toBe('reminder');
  });

  it('the invoice forwarded to the client\'s new address, the first having bounced, is a reminder (not a forward to a third party)', async () => {
    const us = 'compta@infogerance.example';
    const invoice = message({ from: `Sandrine <${us}>`, to: ['garage.collin@orange.fr'], subject: 'Facture FA-2026-0379 – Garage Collin', text: 'Bonjour Monsieur Collin,\nVeuillez trouver ci-dessous notre facture FA-2026-0379 du 05/10/2026 :\nTotal TTC : 960,00 €\nPaiement à 30 jours.', date: '2026-10-05T14:50:00+02:00', id: '<fa379@infogerance.example>' });
    const forward = message({ from: `Sandrine <${us}>`, to: ['Garage Collin <contact@garage-collin54.example>'], subject: 'TR: Facture FA-2026-0379 – Garage Collin', text: "Bonjour Monsieur Collin,\nNotre envoi du 5 octobre n'a pas pu vous parvenir (adresse orange.fr inactive). Je vous retransmets la facture FA-2026-0379 de 960,00 € TTC, arrivée à échéance le 04/11/2026, et vous remercie de bien vouloir procéder à son règlement.\n\n-----Message d'origine-----\nDe : Sandrine\nObjet : Facture FA-2026-0379 – Garage Collin\nBonjour Monsieur Collin,\nVeuillez trouver ci-dessous notre facture FA-2026-0379 du 05/10/2026 :\nTotal TTC : 960,00 €", date: '2026-11-12T11:20:00+01:00', inReplyTo: '<fa379@infogerance.example>' });
    const found = await scanMessages([invoice, forward], { me: ['infogerance.example'], today: '2026-12-07' });
    expect(found.map((r) => [r.invoiceNumber, r.remindersSent])).toEqual([['FA-2026-0379', 1]]);
  });
});
