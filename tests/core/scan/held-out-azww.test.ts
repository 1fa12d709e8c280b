/** What the thirty-second session's batches of unseen mailboxes (AZWW–…) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { answeredInvoice } from './answered-invoice';
import { mail } from '../status/mail';

/** How a client's reply of `date` reads: its kind and the day it promises. */
const reply = (text: string, date: string) => {
  const r = classifyClientReply(mail({ text, date }));
  return [r.kind, r.promisedDate];
};
/** The status of 7 December 2026 of an invoice of `total` € and, in reply, the client's `text`. */
const statusAfter = (total: string, text: string) => answeredInvoice('claire@atelier.example', ['atelier.example'], text, '2026-11-20', total);

describe('the last batch of the session before (AZWW–AZXV)', () => {
  it('"Sent the transfer this morning, £3,450 — should be with you tomorrow" pays (the subject dropped, after another sentence)', () => {
    expect(reply("Hi Yann,\n\nCheers for the swift work. Sent the transfer this morning, £3,450 — should be with you tomorrow.\nSee you when we're back in September.", '2026-07-10')).toEqual(['paid', null]);
    // (the same start after a sentence, which the list's leading lookbehind refused: « work. Just sent »)
    expect(reply('Thanks for the reminder. Just sent the payment via PayPal.', '2026-07-10')).toEqual(['paid', null]);
    expect(reply('Thanks. Sent the payment details to our bookkeeper.', '2026-07-10')[0]).not.toBe('paid');
  });

  it('« j\'ai fait le 2eme virement aujourd\'hui donc tout est réglé » pays the whole; a second of three transfers does not', async () => {
    expect(await statusAfter('3 168,00', "bonjour\nj'ai fait le 2eme virement aujourd'hui donc tout est réglé pour les 4 fûts\nsalutations\nB. Fontaine")).toEqual(['paid', null]);
    expect((await statusAfter('3 168,00', "bonjour, j'ai fait le 2eme virement aujourd'hui, le 3eme suivra en janvier"))[0]).toBe('open');
  });

  it("a bank's « Libellé : MANDAT 2026-48213 BORD 1877 FA-2026-0603 » names the invoice after the slip's number", () => {
    const notice = readPaymentNotice(
      mail({
        subject: "Avis d'opération : virement reçu sur votre compte",
        from: 'ne-pas-repondre@banque.example',
        date: '2026-12-03',
        text: "Bonjour,\n\nNous vous informons qu'un virement a été crédité sur votre compte professionnel n° ****4403.\n\nDate d'opération : 02/12/2026\nMontant : + 12 460,80 EUR\nÉmetteur : DRFIP OCCITANIE PAIERIE DEPARTEMENTALE HERAULT\nLibellé : MANDAT 2026-48213 BORD 1877 FA-2026-0603\n\nCe message est envoyé automatiquement.",
      }),
    );
    expect(notice?.invoiceNumbers).toContain('FA-2026-0603');
  });

  it('« Je passerai a votre agence vendredi prochain pour vous regler par cheque » promises that Friday', () => {
    expect(reply('bonjour madame\nexcusez moi ma pension est arrivée en retard ce mois ci. Je passerai a votre agence vendredi prochain pour vous regler par cheque.\ncordialement', '2026-11-17')).toEqual(['promise', '2026-11-20']);
  });
});

describe('first batch (AZXW–AZYX)', () => {
  it('"I\'ve asked her to send it next Friday together with the gallery payments" promises', () => {
    expect(reply("Happy Thanksgiving from this side! My assistant Dana handles the wires now, I've asked her to send it next Friday together with the gallery payments.", '2026-11-26')).toEqual(['promise', '2026-11-27']);
  });

  it('« Le mandat … a été émis le 20 novembre ; le virement … devrait vous parvenir au plus tard le 4 décembre » promises the 4th', () => {
    expect(reply('Le service fait a enfin été validé. Le mandat n° 2026-18842 a été émis le 20 novembre ; le virement de la Paierie départementale devrait vous parvenir au plus tard le 4 décembre.', '2026-11-23')).toEqual(['promise', '2026-12-04']);
  });

  it('« Le reste serait versé le 10 janvier, après le marché de Noël » promises 10 January: a Christmas market is no day', () => {
    const [kind, day] = reply("mille excuses, changement de trésorier à l'APE et tout a pris du retard. On n'a pas toute la somme en caisse : on pourrait régler en deux fois ? Le reste serait versé le 10 janvier, après le marché de Noël. Dites-moi si c'est ok.", '2026-09-15');
    expect([kind, day]).toEqual(['promise', '2027-01-10']);
    expect(reply('Je vous règle avant Noël, promis.', '2026-11-20')).toEqual(['promise', '2026-12-24']);
  });
});
