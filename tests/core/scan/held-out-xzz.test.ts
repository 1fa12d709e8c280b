/** What the thirtieth session's batches of unseen mailboxes (XZZ–…) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { answeredInvoice, answering } from './answered-invoice';
import type { MailMessage } from '../../../shared/core/mail/model';
import { kindOfTitle } from '../../../shared/core/detect/document-kind';
import { mail } from '../status/mail';

const ME = ['horlogerie.example'];
const to = (m: MailMessage, address: string, from = 'julien@horlogerie.example'): MailMessage => ({ ...m, from: { name: 'Julien', address: from }, to: [{ name: '', address }] });
const kind = (text: string) => classifyClientReply(mail({ text, date: '2026-11-18' })).kind;

describe('first batch (XZZ–YWV)', () => {
  it('« le mandat de l\'acompte FA-2026-044 (3 744,00 €) a été pris en charge par la paierie départementale et réglé le 28/07 » pays the deposit invoice', async () => {
    const invoice = to(
      mail({ subject: "Facture d'acompte FA-2026-044 – BC-2026-118", date: '2026-07-08', text: "Madame Girod,\n\nFACTURE D'ACOMPTE FA-2026-044\nDate : 08/07/2026\nMontant TTC de l'acompte : 3 744,00 €\nÉchéance : à réception\n\nJulien" }),
      'comptabilite@musee.example',
    );
    const answer = answering(invoice, {
      ...mail({
        subject: "RE: Facture d'acompte FA-2026-044 – BC-2026-118",
        date: '2026-07-29',
        from: 'comptabilite@musee.example',
        text: "Bonjour M. Vuillet,\n\nPour information, le mandat de l'acompte FA-2026-044 (3 744,00 €) a été pris en charge par la paierie départementale et réglé le 28/07.\n\nBonne journée,\nN. Girod",
      }),
      to: [{ name: '', address: 'julien@horlogerie.example' }],
    });
    const [r] = await scanMessages([invoice, answer], { me: ME, today: '2026-12-07' });
    expect(r?.status).toBe('paid');
    expect(kind("Bonjour,\n\nLe mandat de la facture FA-2026-066 (1 896,00 €) a été pris en charge par la trésorerie et réglé le 28/11.\n\nG. Mouget")).toBe('paid');
  });

  it('« La commune ne mandatera pas cette facture tant que le réglage n\'aura pas été repris » disputes', () => {
    const text =
      "Monsieur Vuillet,\n\nJe suis étonné de recevoir une relance. Depuis votre passage, l'horloge ne tient pas l'heure : elle prend 4 à 5 minutes par semaine.\nLa commune ne mandatera pas cette facture tant que le réglage n'aura pas été repris et que l'horloge n'aura pas tenu l'heure pendant au moins deux semaines.\n\nMerci de nous proposer une date d'intervention.\n\nG. Mouget";
    expect(kind(text)).toBe('dispute');
  });

  it('"We will not process invoice FA-2026-0440 until the wrong sizes are replaced" disputes (the number between invoice and until)', () => {
    expect(kind('Hi Sophie,\n\nWe unpacked the boxes yesterday and there is a problem: 18 of the chef jackets are size M and S while our list said L and XL.\nWe will not process invoice FA-2026-0440 until the wrong sizes are replaced. Can you send the correct ones and collect these?\n\nRegards,\nPieter')).toBe('dispute');
    expect(kind("Hi,\n\nWe won't approve the invoice until the missing units are delivered.\n\nPieter")).toBe('dispute');
  });

  it('nl: « … ontvangen maar kunnen ze niet boeken … Gelieve de factuur te crediteren … Tot dan wordt de factuur niet betaald » disputes', () => {
    expect(kind('Goedemiddag,\n\nWij hebben uw factuur EEL-2026-049 ontvangen maar kunnen ze niet boeken: de factuur is gericht aan Vlam Group NV, terwijl de overeenkomst werd afgesloten door Vlam Energy BV.\n\nMet vriendelijke groeten,\nAn Claes')).toBe('dispute');
    expect(kind('Goedemiddag,\n\nGelieve de factuur te crediteren en een nieuwe factuur op naam van Vlam Energy BV op te maken.\n\nAn Claes')).toBe('dispute');
    expect(kind('Goedemiddag,\n\nDe factuur staat op de verkeerde naam. Tot dan wordt de factuur niet betaald.\n\nAn Claes')).toBe('dispute');
  });

  it('a copy of an invoice already paid, « réglée le 15/10. Elle est déjà soldée, aucun paiement n\'est attendu », is no receivable', async () => {
    const copy = to(
      mail({
        subject: "Facture d'acompte GD83-2026-0801 – copie",
        date: '2026-11-20',
        text: "Bonjour Pierre,\n\nComme demandé par votre comptable, voici à nouveau le détail de la facture d'acompte GD83-2026-0801 du 08/10/2026 (4 266,00 €), réglée le 15/10. Elle est déjà soldée, aucun paiement n'est attendu.\n\nSandrine",
      }),
      'pierre@surfshop.example',
    );
    expect(await scanMessages([copy], { me: ME, today: '2026-12-07' })).toEqual([]);
  });

  it('an invoice that only says nothing is to be paid now (a direct debit follows) is still a receivable', async () => {
    const invoice = to(
      mail({
        subject: 'Facture GD83-2026-0802',
        date: '2026-11-20',
        text: "Bonjour Pierre,\n\nVoici la facture GD83-2026-0802 du 20/11/2026 : 1 266,00 € TTC. Aucun paiement n'est attendu de votre part : le prélèvement SEPA sera effectué le 20/12/2026.\n\nSandrine",
      }),
      'pierre@surfshop.example',
    );
    const [r] = await scanMessages([invoice], { me: ME, today: '2026-12-07' });
    expect([r?.invoiceNumber, r?.amount]).toEqual(['GD83-2026-0802', 1266]);
  });
});

describe('second batch (YWW–YXX)', () => {
  it('a bank\'s credit notice « Libellé : MANDAT 2026-004512 VILLE DE LYON CELESTINS FA-2026-044 BC-2026-118 » names FA-2026-044', () => {
    const notice = mail({
      subject: 'Avis de crédit sur votre compte ****0146',
      from: 'ne-pas-repondre@banque.example',
      date: '2026-08-04',
      text: "Madame, Monsieur,\n\nNous vous informons que votre compte professionnel n° ****0146 a été crédité le 03/08/2026 :\n\nMontant : + 7 356,00 EUR\nDonneur d'ordre : DRFIP AUVERGNE-RHONE-ALPES PAIERIE LYON\nLibellé : MANDAT 2026-004512 VILLE DE LYON CELESTINS FA-2026-044 BC-2026-118\n",
    });
    expect(readPaymentNotice(notice)?.invoiceNumbers).toContain('FA-2026-044');
  });

  it('« J\'ai passé l\'ordre de virement ce matin depuis mon e-banking (UBS), le montant … devrait vous parvenir d\'ici deux ou trois jours » pays', () => {
    expect(kind("Chère Madame,\n\nToutes mes excuses, votre facture était restée dans ma pile de courrier. J'ai passé l'ordre de virement ce matin depuis mon e-banking (UBS), le montant de CHF 3'535.00 devrait vous parvenir d'ici deux ou trois jours.\n\nOlivier Favre")).toBe('paid');
  });

  it('de: « Ich warte noch auf die Zahlung der Stadt Freiburg … und überweise dir den vollen Betrag spätestens bis zum 15. Dezember » promises that day', () => {
    const reply = classifyClientReply(mail({ text: 'Liebe Claire,\n\nentschuldige bitte, die Rechnung ist im Atelierumzug untergegangen. Ich warte noch auf die Zahlung der Stadt Freiburg für den Wettbewerb und überweise dir den vollen Betrag spätestens bis zum 15. Dezember.\n\nLiebe Grüße\nKatrin', date: '2026-11-05' }));
    expect([reply.kind, reply.promisedDate]).toEqual(['promise', '2026-12-15']);
  });

  it('« Merci d\'annuler cette facture et d\'en émettre une nouvelle au nom de la CC des Loges, déposée sur Chorus Pro » disputes it (the wrong party billed)', async () => {
    const text =
      "Bonjour,\n\nCette facture ne peut pas être payée par la commune : le stade est d'intérêt communautaire depuis janvier et c'est la Communauté de communes des Loges qui porte le marché (voir l'ordre de service). Merci d'annuler cette facture et d'en émettre une nouvelle au nom de la CC des Loges, déposée sur Chorus Pro (SIRET 200 005 932 00019).\n\nGilles Baudet";
    expect(await answeredInvoice('compta@forages.example', ['forages.example'], text, '2026-10-20')).toEqual(['disputed', null]);
  });

  it('« Voici la 2e échéance sur 3 du forage, comme prévu dans l\'échéancier signé au devis. Facture FL-2026-088 » is an invoice, not a quote', async () => {
    const invoice = to(
      mail({ subject: 'Forage de Chaingy - échéance 2/3', date: '2026-09-30', text: "Bonjour Pascal,\n\nVoici la 2e échéance sur 3 du forage de Chaingy, comme prévu dans l'échéancier signé au devis.\n\nFacture FL-2026-088 – échéance 2/3\nDate : 30/09/2026\nMontant : 6 480,00 € TTC\nÀ régler au plus tard le 31/10/2026.\n\nThierry" }),
      'earl.moreau@gmail.example',
    );
    const [r] = await scanMessages([invoice], { me: ME, today: '2026-12-07' });
    expect([r?.invoiceNumber, r?.amount, r?.dueDate]).toEqual(['FL-2026-088', 6480, '2026-10-31']);
  });
});

describe('third batch (YXY–YYZ)', () => {
  it('de: « Habe sie jetzt freigegeben, die Buchhaltung überweist bis Ende nächster Woche » promises (someone else pays, by a day)', () => {
    const reply = classifyClientReply(mail({ text: 'Hallo Yann,\n\nsorry, die Rechnung lag bei mir zur Freigabe und ist untergegangen. Habe sie jetzt freigegeben, die Buchhaltung überweist bis Ende nächster Woche.\n\nBeste Grüße\nJens', date: '2026-11-24' }));
    expect(reply.kind).toBe('promise');
    expect(reply.promisedCandidates).toContain('2026-12-04');
  });

  it('de: « wir können diese Rechnung leider nicht buchen … Bitte stornieren Sie die Rechnung und stellen Sie sie an die richtige Gesellschaft aus » disputes', () => {
    expect(kind('Sehr geehrte Damen und Herren,\n\nwir können diese Rechnung leider nicht buchen. Das Servicegeschäft läuft seit dem 01.07.2026 über die Fermtech Service GmbH, nicht über die Anlagenbau GmbH.\n\nMit freundlichen Grüßen\nSabine Wessels')).toBe('dispute');
    expect(kind('Sehr geehrte Damen und Herren,\n\nBitte stornieren Sie die Rechnung und stellen Sie sie an die richtige Gesellschaft aus.\n\nSabine Wessels')).toBe('dispute');
  });
});

describe('fourth batch (YZV–ZVW)', () => {
  const slip = (subject: string, text: string) => scanMessages([to(mail({ subject, date: '2026-11-12', text }), 'jm.lefort@orange.example', 'claire@drouot.example')], { me: ['drouot.example'], today: '2026-12-07' });

  it('an auction house\'s « Bordereau d\'adjudication n° BV-2026-1142 … Total à régler : 5 334,00 € TTC » is its invoice to the buyer', async () => {
    const [r] = await slip(
      "Bordereau d'adjudication n° BV-2026-1142 – vente du 12 novembre 2026",
      "Bonjour Monsieur Lefort,\n\nFélicitations pour votre acquisition lors de notre vente du jeudi 12 novembre 2026 à Drouot.\n\nVeuillez trouver ci-dessous votre bordereau d'adjudication :\n\nBordereau n° BV-2026-1142 du 12/11/2026\nLot 114 – Paire de bougeoirs en bronze doré\nPrix d'adjudication : 4 200,00 €\nFrais acheteur 22,5 % HT (27 % TTC) : 1 134,00 €\nTotal à régler : 5 334,00 € TTC\n\nLe règlement est exigible sous 8 jours, soit au plus tard le 20 novembre 2026.\n\nClaire Vasseur",
    );
    expect([r?.invoiceNumber, r?.amount, r?.dueDate]).toEqual(['BV-2026-1142', 5334, '2026-11-20']);
  });

  it('« Voici votre bordereau pour le lot 31 adjugé hier » is one too; a seller\'s « Décompte vendeur … Net vendeur à vous reverser » naming « les bordereaux acheteurs » is none', async () => {
    const [r] = await slip('Bordereau BV-2026-1120', 'Bonjour Monsieur Mercier,\n\nVoici votre bordereau pour le lot 31 adjugé hier (vente Livres anciens du 18/11/2026) :\n\nBV-2026-1120 – 19 novembre 2026\nLot 31 : Montaigne, Essais, Paris, 1652\nAdjudication 1 500 € + frais 27 % TTC 405 €\nTotal : 1 905,00 €\n\nÀ régler sous 8 jours (27/11/2026).\n\nClaire Vasseur');
    expect([r?.invoiceNumber, r?.amount]).toEqual(['BV-2026-1120', 1905]);
    expect(
      await slip('Décompte vendeur DC-2026-0412 – vente du 8 octobre', 'Monsieur Aubert,\n\nVoici le décompte de la vente de vos lots :\nProduit des adjudications : 14 200,00 €\nFrais vendeur 12 % TTC : -1 704,00 €\nNet vendeur à vous reverser : 12 496,00 €\n\nLe virement vous sera adressé après encaissement des bordereaux acheteurs.'),
    ).toEqual([]);
    expect(await slip('Bordereau de livraison BL-2026-0412', 'Bonjour,\n\nVoici le bordereau de livraison BL-2026-0412 des lots adjugés le 12/11 : 3 colis.\nMontant : 0,00 €')).toEqual([]);
  });

  it('de: « … wir haben sie zur Zahlung angewiesen – die Überweisung erfolgt Ende nächster Woche » promises, it does not pay', () => {
    const reply = classifyClientReply(mail({ text: 'Hallo Herr Le Goff,\n\nentschuldigen Sie bitte die Verzögerung. Die Rechnung ist jetzt freigegeben und wir haben sie zur Zahlung angewiesen – die Überweisung erfolgt Ende nächster Woche.\n\nMit freundlichen Grüßen\nJonas Brandt', date: '2026-10-29' }));
    expect(reply.kind).toBe('promise');
    expect(reply.promisedCandidates).toContain('2026-11-06');
  });

  it('« La situation 3 est validée, elle part en LCR avec notre échéance du 15/12/2026 » promises that day', () => {
    const reply = classifyClientReply(mail({ text: 'Bonjour Madame Vial,\n\nLa situation 3 est validée, elle part en LCR avec notre échéance du 15/12/2026 (on regroupe toutes les entreprises sur le 15).\nVous la recevrez via votre banque.\n\nCdlt,\nMathieu Garnier', date: '2026-12-02' }));
    expect([reply.kind, reply.promisedDate]).toEqual(['promise', '2026-12-15']);
  });

  it('a schedule of instalments stands until its last day: the day promised is the first not yet passed', async () => {
    const thread = (today: string) => {
      const invoice = to(mail({ subject: 'Votre facture BVA-2026-0455', date: '2026-11-09', text: 'Bonjour Monsieur Hirtz,\n\nN° BVA-2026-0455 – date : 09/11/2026\nTotal TTC : 940,00 €\nReste à charge : 640,00 €\nRèglement à réception.\n\nClaire' }), 'jp.hirtz@gmail.example');
      const answer = answering(invoice, {
        ...mail({ subject: 'Re: Votre facture BVA-2026-0455', date: '2026-11-12', from: 'jp.hirtz@gmail.example', text: "Bonsoir madame weber\nest ce que je peux vous payer en 2 fois ? je passe deposer un premier cheque de 320 euros la semaine prochaine et le 2e le 15 janvier quand j'ai ma pension.\nmerci\nJP Hirtz" }),
        to: [{ name: '', address: 'julien@horlogerie.example' }],
      });
      return scanMessages([invoice, answer], { me: ME, today });
    };
    const [before] = await thread('2026-11-13');
    expect([before?.status, before?.promisedDate]).toEqual(['promised', '2026-11-16']);
    const [later] = await thread('2026-12-07');
    expect([later?.status, later?.promisedDate, later?.nextStage]).toEqual(['promised', '2027-01-15', 'none']);
    const [after] = await thread('2027-01-20');
    expect([after?.status, after?.promisedDate, after?.nextStage]).toEqual(['promised', '2027-01-15', 'courteous']);
  });
});

describe('fifth batch (ZVX–ZWY)', () => {
  it('our colleague\'s « Rien reçu … Ils ont payé la GTA-2025-190 avec 4 mois de retard l\'an dernier » under « RE: … GTA-2026-058 » names only GTA-2025-190', () => {
    const note: MailMessage = {
      ...mail({ subject: 'RE: Isère Habitat – GTA-2026-058', from: 'compta@geometre.example', date: '2026-11-23', text: "Rien reçu, j'ai regardé jusqu'à hier. Ils ont payé la GTA-2025-190 avec 4 mois de retard aussi l'an dernier…\n\nNadia" }),
      inReplyTo: '<question@geometre.example>',
    };
    expect(readPaymentNotice(note)?.invoiceNumbers).toEqual(['GTA-2025-190']);
  });

  it('our "the transfer … has still not reached our account. Could you send us the bank confirmation or a new payment date?" is a reminder', () => {
    const text = 'Buongiorno Sig.ra Bassi,\n\nthank you for your message. We are now in December and the transfer of € 9.150,00 for invoice GTA-2026-097 has still not reached our account. Could you send us the bank confirmation (contabile) or a new payment date?\n\nJulien';
    expect(classifyOwnFollowUp(mail({ text, subject: 'R: Fattura / Invoice GTA-2026-097 – payment reminder', from: 'julien@geometre.example' }))).toBe('reminder');
  });

  it('« Les dépenses … doivent être validées par le conseil économique … Le virement sera donc effectué le 15 décembre 2026 » promises that day', () => {
    const reply = classifyClientReply(mail({ text: 'Chère Madame,\n\nMerci pour votre facture. Les dépenses de ce montant doivent être validées par le conseil économique, qui se réunit le 14 décembre. Le virement sera donc effectué le 15 décembre 2026.\n\nFrère Anselme', date: '2026-12-03' }));
    expect([reply.kind, reply.promisedDate]).toEqual(['promise', '2026-12-15']);
  });

  it('« la facture est à mon nom perso, alors que c\'est le Collectif … qui a commandé. Notre trésorière ne peut pas payer une facture qui n\'est pas au nom de l\'asso » disputes', () => {
    expect(kind("Hello Julien,\n\nMerci ! Par contre la facture est à mon nom perso, alors que c'est le Collectif Onde Courte (asso loi 1901, SIRET 901 552 004 00011) qui a commandé. Notre trésorière ne peut pas payer une facture qui n'est pas au nom de l'asso. Tu peux annuler et refaire ?\n\nSarah")).toBe('dispute');
  });

  it('"could you please reissue the invoice to our new address … Our accountant needs the correct address" leaves the invoice open', async () => {
    const text = 'Dear Julien-san,\n\nThank you. We moved our office last month – could you please reissue the invoice to our new address: 2-14-5 Kitazawa, Setagaya-ku, Tokyo 155-0031? Our accountant needs the correct address.\n\nBest regards,\nKenji';
    expect(await answeredInvoice('julien@guitares.example', ['guitares.example'], text, '2026-10-29')).toEqual(['open', null]);
  });
});

describe('sixth batch (ZWZ–ZYV)', () => {
  it('« Facture FC-2026-0388 – Convention de formation cynotechnique – 3e trimestre 2026 » is an invoice, the agreement what it bills', () => {
    expect(kindOfTitle('Facture FC-2026-0388 – Convention de formation cynotechnique – 3e trimestre 2026')).toBe('invoice');
    expect(kindOfTitle('Convention de formation – session de mars')).toBe('quote');
  });

  it('es: « Le haré la transferencia de los 834 € el 15 de diciembre, cuando cobre la paga extra. Se lo prometo. » promises that day', () => {
    const reply = classifyClientReply(mail({ text: 'Hola Sophie,\n\nPerdone el retraso, he tenido unos meses complicados con la mudanza. Le haré la transferencia de los 834 € el 15 de diciembre, cuando cobre la paga extra. Se lo prometo.\n\nCarmen', date: '2026-10-22' }));
    expect([reply.kind, reply.promisedDate]).toEqual(['promise', '2026-12-15']);
  });

  it('« C\'est bon, le chèque est dans ta boîte aux lettres depuis samedi » pays; our « Je crois que tu as oublié la facture des poneys (312 €) » chases', () => {
    expect(kind("Salut,\n\nOups oui désolé. C'est bon, le chèque est dans ta boîte aux lettres depuis samedi.\n\nJulien")).toBe('paid');
    expect(classifyOwnFollowUp(mail({ text: 'Salut Julien,\n\nJe crois que tu as oublié la facture des poneys (312 €), tu peux regarder ?\n\nMerci !\nThomas', subject: 'Re: Facture FMN-2026-0397', from: 'thomas@marechal.example' }))).toBe('reminder');
  });
});

describe('seventh batch (ZYW–ZZX)', () => {
  it('"sorry for the delay, sorted it this evening via Revolut — €1,140 sent" pays', () => {
    expect(kind('Hi Gwenaëlle, sorry for the delay, sorted it this evening via Revolut — €1,140 sent, ref HB-2026-068. Harps are back on the ferry Friday.\n\nPádraig')).toBe('paid');
  });

  it('« Cetelem m\'indique que les fonds vous seront versés directement au plus tard le 15 décembre » promises that day', () => {
    const reply = classifyClientReply(mail({ text: "Bonsoir,\n\nBonne nouvelle, le crédit est accepté ! Cetelem m'indique que les fonds vous seront versés directement au plus tard le 15 décembre. Désolé pour le petit retard.\n\nYann Morvan", date: '2026-12-01' }));
    expect([reply.kind, reply.promisedDate]).toEqual(['promise', '2026-12-15']);
  });

  it('« le solde de 6 600 € partira le 18 décembre, après la livraison des masters à la chaîne » promises that day; a payment on delivery with no day still holds it', () => {
    const reply = classifyClientReply(mail({ text: "Bonjour Claire,\n\nNous avons viré 6 000 € aujourd'hui sur la CDP-2026-048 ; le solde de 6 600 € partira le 18 décembre, après la livraison des masters à la chaîne.\n\nKarim", date: '2026-11-26' }), { invoiceNumber: 'CDP-2026-048', reminded: true, invoiceAmount: 12600 });
    expect([reply.kind, reply.promisedDate]).toEqual(['promise', '2026-12-18']);
    expect(kind('Bonjour,\n\nIl manque encore deux costumes. Nous réglerons le solde après la livraison, pas avant.\n\nKarim')).toBe('dispute');
  });
});

describe('eighth batch (ZZY–AVVZ)', () => {
  it('a monthly invoice listing delivery notes with tyre sizes (« BL 26-4411  4 x Michelin … 315/70 R22.5 … 1 596,00 € ») is one invoice, not one per size', async () => {
    const invoice = to(
      mail({
        subject: 'Relevé de factures septembre 2026 - Facture PAP-2026-0912',
        date: '2026-10-01',
        text: 'Bonjour,\n\nVeuillez trouver ci-dessous le relevé mensuel de vos interventions du mois de septembre 2026.\n\nFacture n° PAP-2026-0912 du 30/09/2026\n\n  BL 26-4411  4 x Michelin X Multi D 315/70 R22.5 + montage      1 596,00 €\n  BL 26-4468  2 x Bridgestone R-Steer 385/65 R22.5 + équilibrage  842,00 €\n  BL 26-4597  6 x Continental Conti Hybrid HD3 315/80 R22.5       2 450,00 €\n\nTotal HT : 4 073,33 €\nTVA 20 % : 814,67 €\nTotal TTC : 4 888,00 €\n\nConditions de règlement : 60 jours fin de mois, par LCR magnétique.\n\nSandrine',
      }),
      'compta@transports.example',
    );
    const found = await scanMessages([invoice], { me: ME, today: '2026-12-07' });
    expect(found.map((r) => [r.invoiceNumber, r.amount])).toEqual([['PAP-2026-0912', 4888]]);
  });

  it('"Sorry, we cannot process this one … The invoice has to be cancelled and reissued to the French entity" disputes', () => {
    expect(kind('Hi Julien,\n\nSorry, we cannot process this one. The Bordeaux hub is operated by our French subsidiary, not by the Portuguese Lda. The invoice has to be cancelled and reissued to the French entity with its VAT number, otherwise our auditors will reject it.\n\nRui')).toBe('dispute');
  });

  it('« … doivent obligatoirement être déposées sur le portail Chorus Pro … Une facture transmise par courriel ne peut pas être mise en paiement » asks for the portal: the invoice stays open', async () => {
    const text =
      "Bonjour,\n\nJe vous informe que les factures adressées à la collectivité doivent obligatoirement être déposées sur le portail Chorus Pro (SIRET de la Ville : 213 305 225 00017, code service PM-TECH). Une facture transmise par courriel ne peut pas être mise en paiement.\nPouvez-vous également me confirmer le numéro d'engagement juridique figurant sur le bon de commande ?\n\nChristine Bordes";
    expect(await answeredInvoice('compta@scooters.example', ['scooters.example'], text, '2026-11-02')).toEqual(['open', null]);
  });

  it('de: « … können wir den Betrag leider erst bis spätestens 18.12.2026 überweisen » promises that day', () => {
    const reply = classifyClientReply(mail({ text: 'Sehr geehrte Frau Rey,\n\nvielen Dank für Ihre Erinnerung. Aufgrund einer ausstehenden Budgetfreigabe können wir den Betrag leider erst bis spätestens 18.12.2026 überweisen. Wir bitten um Verständnis.\n\nJens Hartmann', date: '2026-10-29' }));
    expect([reply.kind, reply.promisedDate]).toEqual(['promise', '2026-12-18']);
  });
});

describe('ninth batch (AVWV–AVXW)', () => {
  it('« C\'est noté, nous payons cette facture pour la fin du mois (31/10) » promises: no negation, no dispute', () => {
    const reply = classifyClientReply(mail({ text: "Bonjour Madame,\n\nC'est noté, nous payons cette facture pour la fin du mois (31/10).\n\nP. Van Damme", date: '2026-10-14' }));
    expect([reply.kind, reply.promisedDate]).toEqual(['promise', '2026-10-31']);
    expect(kind("Bonjour,\n\nNous ne payons pas cette facture : la marchandise est arrivée abîmée.\n\nP. Van Damme")).toBe('dispute');
  });

  it('our reply under « RE: Facture FC-2026-0301 » offering « un avoir AV-2026-018 de 186,40 € TTC » is the credit note it offers, no new invoice', async () => {
    const invoice = to(mail({ subject: 'Facture FC-2026-0301', date: '2026-09-01', text: 'Bonjour,\n\nFacture FC-2026-0301 du 31/08/2026\nTotal TTC : 3 412,30 €\nÉchéance : 30/10/2026\n\nClaire' }), 'n.royer@distri.example');
    const answer = answering(invoice, {
      ...to(mail({ subject: 'RE: Facture FC-2026-0301', date: '2026-11-06', text: 'Bonjour Madame Royer,\n\nNous avons bien reçu votre relevé mais nos bons de livraison signés ne portent aucune réserve le 19/08. Je peux accepter la démarque du 12/08 seulement (186,40 €). Je vous propose un avoir AV-2026-018 de 186,40 € TTC, le reste de la facture restant dû.\n\nClaire' }), 'n.royer@distri.example'),
    });
    const found = await scanMessages([invoice, answer], { me: ME, today: '2026-12-07' });
    expect(found.map((r) => r.invoiceNumber)).toEqual(['FC-2026-0301']);
  });

  it('es: « Os confirmamos que la transferencia de la F-2026-0671 se realizó ayer » pays', () => {
    expect(kind('Hola Camille!\n\nOs confirmamos que la transferencia de la F-2026-0671 se realizó ayer, perdona el retraso.\n\nLucía')).toBe('paid');
  });

  it('« Nous ne pouvons pas traiter votre facture en l\'état : le numéro du bon de commande (BC) doit figurer sur la facture » asks for paperwork: open', async () => {
    const text = "Madame,\n\nNous ne pouvons pas traiter votre facture en l'état : le numéro du bon de commande (BC) doit figurer sur la facture. Il s'agit du BC n° 2026-0457 du 12 août. Merci de nous adresser une facture complétée.\n\nPôle budget";
    expect(await answeredInvoice('claire@vitrail.example', ['vitrail.example'], text, '2026-10-20')).toEqual(['open', null]);
  });

  it('« le bon de commande … a été émis par la DRAC … et non par l\'UDAP. La facture doit être libellée au nom de la DRAC et déposée sur Chorus Pro » disputes (the wrong party)', async () => {
    const text =
      "Madame,\n\nCette facture ne peut pas être acceptée : le bon de commande BC 2026-0512 a été émis par la DRAC Centre-Val de Loire (conservation régionale des monuments historiques) et non par l'UDAP. La facture doit être libellée au nom de la DRAC et déposée sur Chorus Pro avec le SIRET de la DRAC. Merci de l'annuler et d'en émettre une nouvelle.\n\nThomas Rigaud";
    expect(await answeredInvoice('claire@vitrail.example', ['vitrail.example'], text, '2026-11-05')).toEqual(['disputed', null]);
  });

  it('"I\'ll send the wire on Friday the 11th" promises the 11th, not the next Friday', () => {
    const reply = classifyClientReply(mail({ text: "Dear Claire,\n\nSo sorry for the delay - our vestry only approved the final restoration payment at Tuesday's meeting. I'll send the wire on Friday the 11th once the funds are moved from the endowment account.\n\nMargaret", date: '2026-12-03' }));
    expect([reply.kind, reply.promisedDate]).toEqual(['promise', '2026-12-11']);
  });
});

describe('tenth batch (AVXX–AVYY)', () => {
  it('« le cheque est parti hier par la poste (720€, banque populaire), tu devrai l\'avoir en fin de semaine » pays: « l\'avoir » is the cheque, not a credit note', () => {
    expect(kind("Salut julien\nle cheque est parti hier par la poste (720€, banque populaire), tu devrai l'avoir en fin de semaine.\na+\nJérôme")).toBe('paid');
  });
});

describe('eleventh batch (AVYZ–AVZY)', () => {
  it('"Owners have only just settled the FDA … Your invoice is approved and funds will be remitted with our next payment run on 15 December" promises, it does not pay', () => {
    const reply = classifyClientReply(mail({ text: 'Dear Yann,\n\nApologies for the delay. Owners have only just settled the FDA for the Atlantic Dawn call. Your invoice is approved and funds will be remitted with our next payment run on 15 December.\n\nKind regards\nRajesh Menon', date: '2026-11-27' }));
    expect([reply.kind, reply.promisedDate]).toEqual(['promise', '2026-12-15']);
  });
});
