/** What the twenty-third session's fourth batch of unseen mailboxes (FXW–FYY) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));
const amountOf = (text: string) => extractTextFields(text, 'DMY').amount?.value.value ?? null;

describe('client replies', () => {
  it("« c'est réglé par virement ce jour (3456€), vous devriez le voir d'ici 48h » pays; « C'est réglé, le virement part demain » still promises", () => {
    expect(reply("bonjour, c'est réglé par virement ce jour (3456€), vous devriez le voir d'ici 48h. bonne soirée, Claire", '2026-09-24').kind).toBe('paid');
    expect(reply("C'est réglé, le virement part demain.", '2026-09-24')).toMatchObject({ kind: 'promise', promisedDate: '2026-09-25' });
  });

  it('Swiss German months as written: « spötischtens bis am 20. Dezämber »', () => {
    expect(reply('Sorry für d Verspätig, mir hei d GV erscht am 28. Novämber. I überwiise de Betrag spötischtens bis am 20. Dezämber, versproche.', '2026-11-05')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-20' });
  });

  it("« C'est parti par Paypal ce matin ✅ (900€) » pays", () => {
    expect(reply("Hello Camille,\nC'est parti par Paypal ce matin ✅ (900€)\nVivement l'année prochaine !!", '2026-06-05').kind).toBe('paid');
  });

  it('phone French « Je paierai pas 12, merci de me refaire la facture » disputes; « Je ne paierai pas avant le 15 » promises', () => {
    expect(reply("il y a une erreur, vous nous facturez 12 eprouvettes alors qu'on vous en a envoyé 9. Je paierai pas 12, merci de me refaire la facture avec le bon nombre", '2026-09-22').kind).toBe('dispute');
    expect(reply('Je ne paierai pas avant le 15, désolé.', '2026-09-22')).toMatchObject({ kind: 'promise', promisedDate: '2026-10-15' });
  });

  it('Polish « przelew za fakturę … na kwotę 2 340,00 EUR został dziś zrealizowany » pays', () => {
    expect(reply('informuję, że przelew za fakturę F2026-0415 na kwotę 2 340,00 EUR został dziś zrealizowany. Przepraszamy za kilkudniowe opóźnienie.', '2026-11-06').kind).toBe('paid');
  });
});

describe('our own follow-ups', () => {
  it("« Je reviens vers vous une troisième fois … pour convenir d'une date de règlement ? » chases", () => {
    const text = "Bonjour,\n\nJe reviens vers vous une troisième fois concernant la facture F2026-0409 de 1 728,00 € TTC. Pouvez-vous me rappeler pour convenir d'une date de règlement ?\n\nCordialement,";
    expect(classifyOwnFollowUp(mail({ text, subject: 'RE: 2e rappel : facture F2026-0409 échue', from: 'claire@labo.example' }))).toBe('reminder');
  });
});

describe('amounts', () => {
  it('a deposit invoice whose deposit line is before tax bills its total with tax', () => {
    expect(amountOf('Facture n° F-2026-079 émise le 20/11/2026\nAcompte de 30 % — Devis D-2026-019 (5 000,00 € HT)\nAcompte 30 % : 1 500,00 €\nTotal HT : 1 500,00 €\nTVA 20 % : 300,00 €\nTotal TTC : 1 800,00 €')).toBe(1800);
  });

  it('« Acompte à régler : 960,00 € TTC » is due, not the package « (3 200,00 € TTC) » it is a share of', () => {
    expect(amountOf('Facture n° F-2026-031 du 14/04/2026\nAcompte 30 % – Formule « Journée complète » (3 200,00 € TTC)\nMontant HT : 800,00 €\nTVA 20 % : 160,00 €\nAcompte à régler : 960,00 € TTC\nRèglement : à réception')).toBe(960);
  });

  it("« Montant du devis : 14 400,00 € TTC » on a deposit invoice names the quote's amount, not what is due", () => {
    expect(amountOf("Facture d'acompte n° EMA-2026-083\nDate : 02/07/2026\nMontant du devis : 14 400,00 € TTC\nAcompte 30 % : 3 600,00 € HT – TVA 20 % 720,00 € – Total TTC 4 320,00 €\nÉchéance : à réception")).toBe(4320);
  });

  it('« Total dû : 712,80 € » after « Total TTC 675,60 €, transport 37,20 € TTC »', () => {
    expect(amountOf('Facture F-2026-0478 – 18/11/2026\n20 bidons 5 L – 33,78 € TTC l\'unité\nTotal TTC 675,60 €, transport 37,20 € TTC\nTotal dû : 712,80 €\nPaiement à 30 jours.')).toBe(712.8);
    expect(amountOf('Total du mois : 1 200,00 €\nTotal TTC : 1 440,00 €')).toBe(1440);
  });
});
