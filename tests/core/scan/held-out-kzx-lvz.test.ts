/** What the twenty-fifth session's second batch of unseen mailboxes (KZX–LVZ) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('payment notices', () => {
  it("a bank's « Avis d'opération – Remise LCR encaissée » naming the drawer's reference pays that invoice", () => {
    const notice = readPaymentNotice(mail({ from: 'Crédit Agricole <ne-pas-repondre@notifications.banque.example>', subject: "Avis d'opération – Remise LCR encaissée", text: "Madame, Monsieur,\n\nNous vous informons de l'opération suivante sur votre compte n° ****1234 :\n\nDate de valeur : 02/11/2026\nNature : Encaissement LCR – remise n° 0000418\nTiré : MAREE RUNGIS DISTRIBUTION SAS\nRéférence tireur : FA-2026-0311\nÉchéance : 31/10/2026\nMontant : 8 760,72 EUR", date: '2026-11-02' }));
    expect(notice).toMatchObject({ invoiceNumbers: ['FA-2026-0311'], amount: 8760.72 });
  });
});

describe('client replies', () => {
  it('« le capital obsèques … a été versé ce jour par virement, …, en règlement de votre facture F-2026-0630 » pays', () => {
    expect(reply('Madame,\nNous vous informons que le capital obsèques du contrat PO-448172 a été versé ce jour par virement, pour un montant de 3 600,00 €, en règlement de votre facture F-2026-0630.', '2026-09-29').kind).toBe('paid');
  });

  it('« die Rechnung … wurde am 07.10.2026 unter Abzug von 2 % Skonto (249,60 EUR) überwiesen » pays', () => {
    expect(reply('Guten Morgen Herr Rabault,\ndie Rechnung F2026-0430 wurde am 07.10.2026 unter Abzug von 2 % Skonto (249,60 EUR) überwiesen, Zahlbetrag 12.230,40 EUR.', '2026-10-08').kind).toBe('paid');
  });

  it("« je m'occupe du virement en fin de semaine prochaine » promises the end of next week", () => {
    expect(reply("Bonjour Thierry,\nBien reçu merci. Je suis en audience toute la semaine, je m'occupe du virement en fin de semaine prochaine.", '2026-11-21')).toMatchObject({ kind: 'promise', promisedDate: '2026-11-27' });
  });
});
