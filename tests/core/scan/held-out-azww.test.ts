/** What the thirty-second session's batches of unseen mailboxes (AZWW–…) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { answeredInvoice } from './answered-invoice';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
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

describe('second batch (AZYY–AZZZ)', () => {
  it('« Le chèque de 3 417,60 € a été signé par notre trésorier et posté ce matin » pays', () => {
    expect(reply('Les coffrets ont fait un tabac auprès des salariés, merci !\nLe chèque de 3 417,60 € a été signé par notre trésorier et posté ce matin (chèque n° 0004512, Crédit Mutuel).', '2026-12-02')).toEqual(['paid', null]);
  });

  it('« … je vous règle le solde (718,80 €) fin décembre, après les ventes de Noël » promises the 31st: Christmas sales are no day', async () => {
    expect(
      await statusAfter('1 318,80', 'La LCR a été rejetée par ma banque, je suis désolée. Je viens de faire un virement de 600 € et je vous règle le solde (718,80 €) fin décembre, après les ventes de Noël. Ça vous va ?'),
    ).toEqual(['promised', '2026-12-31']);
  });

  it('« Je passe le prendre jeudi et je t\'envoie un chèque cette semaine » promises that week\'s Friday', () => {
    expect(reply("Super merci Karim !! Je passe le prendre jeudi et je t'envoie un chèque cette semaine 😊", '2026-10-14')).toEqual(['promise', '2026-10-16']);
    expect(reply("I'll send the payment this week.", '2026-10-14')).toEqual(['promise', '2026-10-16']);
  });

  it('Dutch « De betaling zal uiterlijk op 18 december uitgevoerd worden » promises the 18th', () => {
    expect(reply('De ordonnancering van factuur F-2026-0479 is goedgekeurd. De betaling zal uiterlijk op 18 december uitgevoerd worden.', '2026-12-01')).toEqual(['promise', '2026-12-18']);
  });

  it("« c'est fait, 2240 € envoyés sur Lydia (en 2 fois car plafond) » pays", () => {
    expect(reply("Hello Julien, c'est fait, 2240 € envoyés sur Lydia (en 2 fois car plafond). Merci pour tout !!", '2026-09-15')).toEqual(['paid', null]);
  });

  it('"We sent a first transfer of €7,200.00 this morning … The remaining €7,200.00 will follow on 15 December" promises the 15th', async () => {
    expect(await statusAfter('14 400,00', 'Hi Julien,\nWe sent a first transfer of €7,200.00 this morning (ref. F2026-0430 partial). The remaining €7,200.00 will follow on 15 December once our client has paid the balance.\nSorry again,\nGiulia')).toEqual([
      'promised',
      '2026-12-15',
    ]);
  });

  it('German « Ich habe die Zahlung von CHF 18\'450.00 heute bei der ZKB ausgeführt » pays', () => {
    expect(reply("Der Tisch ist wunderbar geworden. Ich habe die Zahlung von CHF 18'450.00 heute bei der ZKB ausgeführt, Sie sollten das Geld in 1-2 Tagen erhalten.", '2026-07-09')).toEqual(['paid', null]);
  });

  it('« Je préfère passer par une LCR, mets la au 15 décembre stp » promises the 15th', () => {
    expect(reply("oui désolé c'est le bazar en ce moment avec les travaux de la terrasse. Je préfère passer par une LCR, mets la au 15 décembre stp, le compte sera approvisionné.", '2026-11-12')).toEqual(['promise', '2026-12-15']);
  });

  it('our « voici la copie de la facture BL-2026-047 (total 9 600,00 € TTC, acompte et solde réglés) » bills nothing', async () => {
    const copy = {
      ...mail({ subject: 'Copie de la facture BL-2026-047', date: '2026-11-30', text: 'Bonjour Julien,\n\nBien sûr, voici la copie de la facture BL-2026-047 (total 9 600,00 € TTC, acompte et solde réglés).\n\nBonne soirée,\nMarc' }),
      from: { name: 'Marc', address: 'marc@atelier.example' },
      to: [{ name: '', address: 'julien@client.example' }],
    };
    expect(await scanMessages([copy], { me: ['atelier.example'], today: '2026-12-07' })).toEqual([]);
    // (a copy whose balance is still to pay is still the invoice)
    const unpaid = { ...copy, subject: 'Copie de la facture BL-2026-047', text: 'Bonjour Julien,\n\nVoici la copie de la facture BL-2026-047 (total 9 600,00 € TTC, acompte réglé, reste à payer 6 720,00 €).\n\nMarc' };
    expect((await scanMessages([unpaid], { me: ['atelier.example'], today: '2026-12-07' })).map((r) => r.invoiceNumber)).toEqual(['BL-2026-047']);
  });
});
