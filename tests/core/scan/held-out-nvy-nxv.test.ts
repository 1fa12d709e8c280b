/** What the twenty-fifth session's ninth batch of unseen mailboxes (NVY–NXV) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { message } from '../../fixtures/mail';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it('"I\'ve asked our bookkeeper to send it on Friday 11 December" promises that day', () => {
    expect(reply("Hi Camille,\nApologies, this slipped through while we were in London for the harvest sales. I've asked our bookkeeper to send it on Friday 11 December, she does the GBP runs on Fridays.", '2026-12-02')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-11' });
  });

  it('« Unsere Buchhaltung hat die Rechnung erst jetzt freigegeben. Die Zahlung erfolgt bis spätestens 31.08.2026 »: approved and promised, not paid', () => {
    expect(reply('Hallo Frau Bénard,\nentschuldigen Sie bitte die Verzögerung. Unsere Buchhaltung hat die Rechnung erst jetzt freigegeben. Die Zahlung erfolgt bis spätestens 31.08.2026.', '2026-08-05')).toMatchObject({ kind: 'promise', promisedDate: '2026-08-31' });
  });

  it('« votre facture sera réglée ce jour-là avec celle de juin (ADG-2026-058) » is about both invoices', async () => {
    const us = 'camille@agro.example';
    const june = message({ from: `Camille <${us}>`, to: ['Compta <compta@cave.example>'], subject: 'Facture ADG-2026-058 – suivi de juin', text: 'Bonjour,\nFacture ADG-2026-058 du 10/06/2026\nTotal TTC : 7 860,00 €\nPaiement à 30 jours fin de mois.', date: '2026-06-10T10:00:00+02:00', id: '<june@agro.example>' });
    const training = message({ from: `Camille <${us}>`, to: ['Compta <compta@cave.example>'], subject: 'Facture ADG-2026-121 – formation adhérents', text: 'Bonjour,\nFacture ADG-2026-121 du 02/11/2026\nTotal TTC : 2 340,00 €\nPaiement à 30 jours fin de mois.', date: '2026-11-02T10:40:00+01:00', id: '<nov@agro.example>' });
    const answer = message({ from: 'Jean-Marc <compta@cave.example>', to: [`Camille <${us}>`], subject: 'RE: Facture ADG-2026-121 – formation adhérents', text: "Bonjour Madame Ferrand,\nBien reçu. Le conseil d'administration valide les paiements fournisseurs le 15 décembre, votre facture sera réglée ce jour-là avec celle de juin (ADG-2026-058), promis.", date: '2026-11-05T15:18:00+01:00', inReplyTo: '<nov@agro.example>' });
    const found = await scanMessages([june, training, answer], { me: ['agro.example'], today: '2026-12-07' });
    expect(found.map((r) => [r.invoiceNumber, r.status, r.promisedDate]).sort()).toEqual([
      ['ADG-2026-058', 'promised', '2026-12-15'],
      ['ADG-2026-121', 'promised', '2026-12-15'],
    ]);
  });
});
