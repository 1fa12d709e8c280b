/** What the thirty-second session's batches of unseen mailboxes (AZWW–…) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { ours, statusAfter } from './answered-invoice';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { mail } from '../status/mail';

/** How a client's reply of `date` reads: its kind and the day it promises. */
const reply = (text: string, date: string) => {
  const r = classifyClientReply(mail({ text, date }));
  return [r.kind, r.promisedDate];
};

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

describe('third batch (BVVV–BVWW)', () => {
  it('« Je vous confirme avoir réglé la facture RL-2026-112 par virement hier » pays', () => {
    expect(reply('Bonsoir Claire,\nJe vous confirme avoir réglé la facture RL-2026-112 par virement hier (1 240 €). À la semaine prochaine !\nNadia', '2026-12-04')).toEqual(['paid', null]);
  });

  it('« Je ne peux pas payer le supplément de 280 €. Merci de corriger la facture, je réglerai dès réception de la bonne version » disputes', () => {
    // (« 280 €. Merci » ends a sentence: the negation before it does not deny the request after it)
    expect(
      reply(
        "Il y a une erreur : j'ai partagé la chambre avec Mme Ortiz toute la semaine, je n'ai donc pas eu de chambre individuelle. Je ne peux pas payer le supplément de 280 €. Merci de corriger la facture, je réglerai dès réception de la bonne version.",
        '2026-11-25',
      )[0],
    ).toBe('dispute');
  });

  it("a colleague's « Il dit qu'il a viré le 10 mais j'ai rien vu sur le compte » is no notice of payment", () => {
    const note = (text: string) => readPaymentNotice(mail({ subject: 'facture kevin ??', from: 'dario@atelier.example', date: '2026-10-12', text }));
    expect(note("Lisa, Kevin est passé ce soir pour un devis sur l'autre bras, je lui ai dit qu'on attendait d'abord le solde de la F-2026-064. Il dit qu'il a viré le 10 mais j'ai rien vu sur le compte. Tu peux checker ?\nDario")).toBeNull();
    expect(note("Lisa, Kevin a viré le solde de la F-2026-064 ce matin, c'est arrivé sur le compte.\nDario")?.invoiceNumbers).toEqual(['F-2026-064']);
  });
});

describe('fourth batch (BVWX–BVXY)', () => {
  it("« Pour la facture c'est la F2026-093 : … = 300,00 € TTC, à régler à réception » numbers the invoice", () => {
    const fields = extractTextFields("Coucou Pauline,\nLes tirages fine art sont prêts.\nPour la facture c'est la F2026-093 : 12 tirages 30x40 + 2 cadres = 300,00 € TTC, à régler à réception (virement ou Lydia).\nClaire", 'DMY');
    expect(fields.invoiceNumbers[0]?.value).toBe('F2026-093');
    // (not a day: « pour la facture c'est le 15 »)
    expect(extractTextFields("Pour la facture c'est le 15 qu'on la fait.", 'DMY').invoiceNumbers).toEqual([]);
  });

  it('our « Pour pouvoir bloquer la date d\'intervention du 14/12, nous avons besoin de l\'acompte de 2 700,00 € » chases', () => {
    expect(ours("Bonjour Monsieur Marchal,\nPour pouvoir bloquer la date d'intervention du 14/12, nous avons besoin de l'acompte de 2 700,00 € (facture FA-2026-0468). Merci de me tenir informé.\nCordialement,", "RE: Facture d'acompte FA-2026-0468")).toBe('reminder');
  });
});

describe('fifth batch (BVXZ–BVZV)', () => {
  it('Italian « Il pagamento è stato disposto per il 15 dicembre p.v. » promises the 15th; « disposto ieri » pays', () => {
    expect(reply("ci scusiamo per il ritardo: la fattura era stata registrata con un errore di anagrafica. Il pagamento è stato disposto per il 15 dicembre p.v., data del nostro prossimo ciclo di pagamenti fornitori.", '2026-11-19')).toEqual(['promise', '2026-12-15']);
    expect(reply('Il pagamento è stato disposto ieri.', '2026-11-19')).toEqual(['paid', null]);
  });

  it("« Je vous l'envoie dans la foulée, le 15 au plus tard » (the cheque named in the sentence before) promises the 15th", () => {
    expect(reply("Oui pardon, le chèque doit être co-signé par la présidente et notre prochaine réunion de bureau est le 15 décembre. Je vous l'envoie dans la foulée, le 15 au plus tard.", '2026-12-02')).toEqual(['promise', '2026-12-15']);
    expect(reply("Merci pour les photos. Je vous l'envoie lundi, le fichier complet.", '2026-12-02')[0]).not.toBe('promise');
  });

  it('a Portuguese Outlook header (« De: … Enviada: … Assunto: ») starts the quote: our invoice below it is not the reply', async () => {
    const text =
      'Bom dia Julien,\nPeço desculpa pela demora. A fatura foi aprovada pela nossa contabilidade e o pagamento será feito por transferência até ao dia 18 de dezembro.\nObrigado pela compreensão.\nRicardo Alves\n\nDe: Julien Marchand <julien@atelier.example>\nEnviada: quinta-feira, 5 de novembro de 2026 15:20\nAssunto: Facture F2026-0430\n\nBonjour Ricardo,\nSuite au retour des 4 peaux défectueuses, voici notre facture de refacturation.';
    expect(await statusAfter('350,00', text)).toEqual(['promised', '2026-12-18']);
  });

  it('« J\'ai réglé cette 2e échéance par carte bancaire » pays the instalment billed', async () => {
    expect(await statusAfter('1 050,00', "Bonjour,\n\nJ'ai réglé cette 2e échéance par carte bancaire à la capitainerie vendredi dernier, Yannick m'a fait un reçu.\n\nB. Ollivier")).toEqual(['paid', null]);
  });

  it('« Acompte de 35 % … : 1 190,00 € / Frais … : 10,00 € / Net à payer : 1 200,00 € TTC » bills 1 200,00', () => {
    const fields = extractTextFields(
      "FACTURE D'ACOMPTE n° RM-2026-031\nDate : 14/04/2026\nRobe Aurore sur mesure – prix total 3 400,00 € TTC\nAcompte de 35 % à la commande : 1 190,00 €\nFrais de prise de mesures et toile : 10,00 €\nNet à payer : 1 200,00 € TTC\nPaiement à réception, par virement.",
      'DMY',
    );
    expect(fields.amount?.value.value).toBe(1200);
  });

  it('« Ma banque bloque les virements au-dessus de 1000 € cette semaine (plafond), je vous fais le virement lundi » promises Monday', () => {
    expect(reply('Bonsoir Clémence,\nJe n\'ai pas oublié ! Ma banque bloque les virements au-dessus de 1000 € cette semaine (plafond), je vous fais le virement lundi.\nInès', '2026-12-03')).toEqual(['promise', '2026-12-07']);
    // (« cette semaine » dates a payment said for it, not another's errand: « le mandat part cette semaine, le paiement … d'ici la fin du mois »)
    expect(reply("C'est régularisé : le mandat part cette semaine, le paiement par la Trésorerie devrait intervenir d'ici la fin du mois de novembre.", '2026-11-23')).toEqual(['promise', '2026-11-30']);
  });
});

describe('sixth batch (BVZW–BWVX)', () => {
  it('Italian « Il bonifico di 7.800,00 EUR è stato autorizzato e sarà eseguito il 14 dicembre 2026 » promises the 14th', () => {
    expect(reply('mi scuso per il ritardo: la fattura doveva essere approvata dal Consiglio federale, che si è riunito solo la settimana scorsa. Il bonifico di 7.800,00 EUR è stato autorizzato e sarà eseguito il 14 dicembre 2026 con valuta fornitore.', '2026-11-18')).toEqual(['promise', '2026-12-14']);
  });

  it('"We are unable to process this invoice: no purchase order number is referenced" asks for paperwork: open, not disputed', async () => {
    expect((await statusAfter('6 240,00', 'Dear Supplier,\nWe are unable to process this invoice: no purchase order number is referenced. Please resend the invoice with a valid PO number (SS28 sampling: PO 4500131902).\nKind regards,\nAccounts Payable Team'))[0]).toBe('open');
  });
});

describe('seventh batch (BWVY–BWWZ)', () => {
  it('« le tresorier a poster le cheque ce matin » (« posté ») pays', () => {
    expect(reply('Bonjour madame\nle tresorier a poster le cheque ce matin pour la facture AN-2026-047. Encore merci les enfants etaient ravis', '2026-07-09')).toEqual(['paid', null]);
  });

  it('« le 2eme et le 3eme cheque sont partis … normalement on est quittes » pays the whole', async () => {
    expect(
      await statusAfter('6 120,00', "Mathieu,\nle 2eme et le 3eme cheque sont partis ensemble par la poste hier (j'avais oublié celui d'aout desolé, la fenaison...). normalement on est quittes pour la bergerie.\ntu passes quand pour voir la calade devant la maison ?"),
    ).toEqual(['paid', null]);
  });

  it('Dutch « de betaling van factuur … (2.180,00 EUR) op 2 december 2026 werd uitgevoerd. Excuses voor de vertraging, het dossier was onvolledig » pays', () => {
    expect(reply('Wij bevestigen dat de betaling van factuur FA-2026-0421 (2.180,00 EUR) op 2 december 2026 werd uitgevoerd. Excuses voor de vertraging, het dossier was onvolledig bij ontvangst.', '2026-12-03')).toEqual(['paid', null]);
    // (an apology for the delay with no payment made does not lift a dispute)
    expect(reply('Désolé pour le retard : la facture est erronée, nous ne la paierons pas en l\'état.', '2026-12-03')[0]).toBe('dispute');
  });

  it('our German « Darf ich freundlich nachfragen, ob unsere Rechnung … bereits zur Zahlung angewiesen wurde? Bis heute ist leider kein Eingang zu verzeichnen » chases', () => {
    expect(ours("Guten Tag Frau Hasler\nDarf ich freundlich nachfragen, ob unsere Rechnung EMO-CH-2026-003 über CHF 6'480.00 (fällig am 28.10.2026) bereits zur Zahlung angewiesen wurde? Bis heute ist leider kein Eingang zu verzeichnen.\nFreundliche Grüsse", 'AW: Rechnung EMO-CH-2026-003')).toBe('reminder');
  });
});

describe('caught by the rescans of the earlier mailboxes', () => {
  it('a deposit invoice\'s "The balance (£8,680.00) will be due 30 days before the tour" is no sum payable now: the deposit is billed', () => {
    const fields = extractTextFields('Invoice: DEP-T2026-052 (deposit invoice)\nDate: 16/11/2026\nTour price: £12,400.00\nDeposit 30%: £3,720.00\nTerms: Net 14\n\nThe balance (£8,680.00) will be due 30 days before the tour.', 'DMY');
    expect(fields.amount?.value.value).toBe(3720);
  });

  it("« Vous recevrez l'acompte au plus tard le vendredi 11 décembre » promises the 11th (« les paiements au-delà de 2 500 € » names no day)", () => {
    expect(reply("Je suis la trésorière de la FEBECO. Les paiements au-delà de 2 500 € doivent être validés par notre conseil d'administration, qui se réunit le 10 décembre. Vous recevrez l'acompte au plus tard le vendredi 11 décembre.", '2026-12-03')).toEqual(['promise', '2026-12-11']);
  });
});

describe('eighth batch (BWXV–BWYW)', () => {
  it('our Catalan « Us recordo que la factura … va vèncer », « no hem rebut la transferència … Et prego que facis el pagament » chase', () => {
    expect(ours('Bon dia Jordi,\nUs recordo que la factura RP-2026-077 (1.980,00 EUR) va vèncer el 4 de setembre. Ens podeu dir quan fareu el pagament?', 'RE: Factura RP-2026-077')).toBe('reminder');
    expect(ours('Hola Jordi,\nJa som a desembre i no hem rebut la transferència que ens vas anunciar per a finals de novembre. Et prego que facis el pagament de la factura RP-2026-077 (1.980,00 EUR) al més aviat possible.', 'RE: Factura RP-2026-077')).toBe('reminder');
  });

  it('a client\'s « On a viré 3 000 € … Pour le solde … » is no notice that the balance is paid, under « Re: Facture de solde … »', () => {
    const notice = readPaymentNotice(
      mail({ subject: 'Re: Facture de solde FTN-2026-0377 – Les Beaux Jours', from: 'tresorerie@client.example', date: '2026-09-29', text: "Camille,\nOn a viré 3 000 € aujourd'hui. Pour le solde de 2 600 € il faut attendre la subvention de la métropole, ce sera fait fin octobre au plus tard.\nBenoît" }),
    );
    expect(notice?.balance).toBeUndefined();
  });

  it('« Pour le solde … il faut attendre la subvention, ce sera fait fin octobre au plus tard » after 3 000 € of 5 600 promises the rest', async () => {
    expect(await statusAfter('5 600,00', "Camille,\nOn a viré 3 000 € aujourd'hui. Pour le solde de 2 600 € il faut attendre la subvention de la métropole, ce sera fait fin décembre au plus tard.\nBenoît")).toEqual(['promised', '2026-12-31']);
  });

  it('"I\'m back Dec 8 and will have the wire sent on Thursday December 10th" promises the 10th', () => {
    expect(reply("Thomas, my apologies - I've been traveling (Geneva for the auctions) and it slipped. I'm back Dec 8 and will have the wire sent on Thursday December 10th, first thing.", '2026-11-17')).toEqual(['promise', '2026-12-10']);
  });

  it('German « … ist jetzt freigegeben. Die Zahlung erfolgt mit unserem nächsten Zahllauf, spätestens bis zum 15.12.2026 » promises the 15th', () => {
    expect(reply('entschuldigen Sie die Verzögerung – die Rechnung lag bei uns in der Freigabe durch den Kundendienst und ist jetzt freigegeben.\nDie Zahlung erfolgt mit unserem nächsten Zahllauf, spätestens bis zum 15.12.2026.', '2026-11-26')).toEqual(['promise', '2026-12-15']);
    expect(reply('Die Zahlung ist heute erfolgt.', '2026-11-26')).toEqual(['paid', null]);
  });
});

describe('ninth batch (BWYX–BWZY)', () => {
  it('« Le chèque est signé, je le poste lundi en allant à la banque » promises Monday', () => {
    expect(reply("Toutes mes excuses, le bureau ne s'est réuni que cette semaine. Le chèque est signé, je le poste lundi en allant à la banque.", '2026-12-03')).toEqual(['promise', '2026-12-07']);
  });

  it('« Nous ne réglerons donc pas cette facture ; merci de la refacturer au locataire » disputes', () => {
    expect(reply("Cette intervention n'a pas été commandée par nos services : aucun ordre de service n'a été émis pour le 17 rue Victor Hugo en juillet. Nous ne réglerons donc pas cette facture ; merci de la refacturer au locataire, M. Da Silva.", '2026-10-10')[0]).toBe('dispute');
  });

  it('« Nos règlements sont effectués à 60 jours date de facture, par virement le 10 et le 25 de chaque mois » is a routine: no promise', () => {
    expect(reply('Bonjour,\nNous accusons réception de votre facture. Nos règlements sont effectués à 60 jours date de facture, par virement le 10 et le 25 de chaque mois.\nCordialement', '2026-10-09')[0]).not.toBe('promise');
    expect(reply('Nos règlements sont effectués ce jour.', '2026-10-09')).toEqual(['paid', null]);
  });

  it('« Je t\'ai envoyé 3 000 € par PayPal … Le solde de 3 540 € suivra au plus tard le 15 décembre, promis » promises the 15th', async () => {
    expect(await statusAfter('6 540,00', 'Coucou Mathilde,\nDésolée pour le silence, grosse fin de saison… Je t\'ai envoyé 3 000 € par PayPal tout à l\'heure (les mariés ont payé une partie seulement 🙄). Le solde de 3 540 € suivra au plus tard le 15 décembre, promis.\nBises')).toEqual(['promised', '2026-12-15']);
  });
});
