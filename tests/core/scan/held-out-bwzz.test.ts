/** What the thirty-third session's batches of unseen mailboxes (BWZZ–…) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { readInvoices } from '../../../shared/core/scan/read-invoice';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { createIdentity } from '../../../shared/core/detect/identity';
import { statusAfter } from './answered-invoice';
import { numberKey } from '../../../shared/core/extract/fields/number-key';
import { mail } from '../status/mail';

/** How a client's reply of `date` reads: its kind and the day it promises. */
const reply = (text: string, date: string) => {
  const r = classifyClientReply(mail({ text, date }));
  return [r.kind, r.promisedDate];
};

/** How one of our messages in an invoice's thread reads (reminder, answer, thanks, other). */
const own = (text: string) => classifyOwnFollowUp(mail({ text, subject: 'Re: Facture ELN-2026-073', from: 'karim@enseignes.example', date: '2026-08-03' }));

describe('first batch (BWZZ–BXWV)', () => {
  it('« c est payer par virement hier » pays (the infinitive written for the participle, a means or a day after it)', () => {
    expect(reply('Yann\nc est payer par virement hier, tu devrais l avoir\nPatrick', '2026-12-03')).toEqual(['paid', null]);
    expect(reply("c'est payer deux fois la même chose, non ?", '2026-12-03')[0]).not.toBe('paid');
  });

  it('« Je te ferais un premier chèque de 1 200 € le 15 décembre » after asking to pay in three goes promises the first instalment', () => {
    const text =
      "Bonjour Sandrine,\n\nJe suis un peu juste en ce moment, la coopé ne nous a pas encore versé l'acompte sur la récolte. Est-ce que je peux te régler la facture en 3 fois ? Je te ferais un premier chèque de 1 200 € le 15 décembre, puis 1 200 € mi-janvier et le reste mi-février.\n\nDis-moi si ça te va.\nMartine";
    expect(reply(text, '2026-11-21')).toEqual(['promise', '2026-12-15']);
  });

  it('« Paiement à 30 jours (08/11/2026) » dates the invoice due on the day in brackets', () => {
    const fields = extractTextFields('Facture F-2026-0690 du 08/10/2026\nMontant TTC : 2 160,00 € (1 800,00 € HT + TVA 360,00 €)\nPaiement à 30 jours (08/11/2026) par mandat administratif.', 'DMY');
    expect(fields.dueDate?.value).toBe('2026-11-08');
    expect(fields.issueDate?.value).toBe('2026-10-08');
  });

  it('« Paiement par mandat administratif, délai 60 jours » gives 60 days', () => {
    const fields = extractTextFields('Facture NAT-2026-072 – 25 août 2026\nTotal TTC : 3 960,00 €\nPaiement par mandat administratif, délai 60 jours.', 'DMY');
    expect(fields.terms).toEqual({ kind: 'net', days: 60 });
    expect(extractTextFields('Délai : 45 jours', 'DMY').terms).toEqual({ kind: 'net', days: 45 });
  });
});

describe('second batch (BXWW–BXXX)', () => {
  it("our « L'échéance 2/3 (850,00 €) prévue le 15/07 n'est pas arrivée » chases; « pas encore arrivée » and a letter do not", () => {
    expect(own("Bonjour Lucas,\n\nL'échéance 2/3 (850,00 €) prévue le 15/07 n'est pas arrivée. Merci de faire le nécessaire.\n\nKarim")).toBe('reminder');
    expect(own("L'échéance n'est pas encore arrivée, rien ne presse.")).toBe('other');
    expect(own("Ma lettre n'est pas arrivée ?")).toBe('other');
  });

  it("our « Si je n'ai rien d'ici 15 jours je transmets au recouvrement » chases (the condition's negation is not the threat's)", () => {
    expect(own("Bernard,\nça fait 5 mois maintenant. 845,20 €. Je t'ai appelé deux fois sans réponse. Si je n'ai rien d'ici 15 jours je transmets au recouvrement, je n'aime pas faire ça entre voisins.\nPierre")).toBe('reminder');
    expect(own('Merci, nous ne transmettrons donc pas le dossier au recouvrement.')).not.toBe('reminder');
  });

  it("« je vous fais le cheque à la rentrée des vacances de la toussaint » promises the first Monday after 1 November", () => {
    const text = "Bonsoir\ndesolée pour le retard je suis la trésoriere et je viens de reprendre le dossier. je vous fais le cheque à la rentrée des vacances de la toussaint, je le déposerai moi même dans votre boite.\nCordialement";
    expect(reply(text, '2026-10-20')).toEqual(['promise', '2026-11-02']);
    // (1 November 2025 is a Saturday: schools open again on Monday 3rd)
    expect(reply('On vous règle après la Toussaint.', '2025-10-10')).toEqual(['promise', '2025-11-03']);
  });

  it("« tu peux me régler d'ici le 30 septembre » dates the invoice due that day", () => {
    const fields = extractTextFields("Facture F-2026-037 — 460 € TTC (menus calligraphiés x 38 + plan de table)\nDate : 28/08/2026\n\nAucune urgence, tu peux me régler d'ici le 30 septembre, par virement ou par chèque.", 'DMY');
    expect(fields.dueDate?.value).toBe('2026-09-30');
  });
});

describe('third batch (BXXY–BXYZ)', () => {
  it('« Nous avons reçu cette facture deux fois (une fois par courrier et une fois par mail…) » asks which is valid, it disputes nothing', () => {
    expect(reply('Bonjour,\nNous avons reçu cette facture deux fois (une fois par courrier et une fois par mail, avec un montant en EUR sur le papier ?). Pouvez-vous nous confirmer laquelle est valable et nous la renvoyer en PDF ?', '2026-10-19')[0]).toBe('question');
    expect(reply('Vous nous avez facturé deux fois la même intervention.', '2026-10-19')[0]).toBe('dispute');
    expect(reply('Cette prestation a été facturée 2 fois.', '2026-10-19')[0]).toBe('dispute');
  });

  it('"As promised, £2,340.00 sent this morning from my Barclays account" pays; "will be sent" does not', () => {
    expect(reply('Hi Marc,\nAs promised, £2,340.00 sent this morning from my Barclays account, reference HIV-2026-114. Should reach you Monday at the latest.\nCheers,\nRichard', '2026-11-20')).toEqual(['paid', null]);
    expect(reply('£2,340.00 will be sent this morning.', '2026-11-20')[0]).not.toBe('paid');
  });

  it('« Elle est validée et partira avec le prochain payment run, le 15 décembre » promises the 15th', () => {
    expect(reply('Bonjour Hélène,\nToutes mes excuses, elle a raté le payment run de fin octobre à cause du PO. Elle est validée et partira avec le prochain payment run, le 15 décembre.\nBien à vous,\nLéa', '2026-11-06')).toEqual(['promise', '2026-12-15']);
  });
});

describe('fourth batch (BXZV–BYVW)', () => {
  it('« Nous appliquons donc une déduction de 384,00 € TTC sur la facture » for goods missing disputes it; a deposit taken off does not', () => {
    const text =
      'Bonjour Monsieur Marty,\nNotre entrepôt de Lattes a réceptionné la livraison du 11/08 avec 48 caisses manquantes par rapport au bon de commande (écart constaté à la réception, réserve portée sur le BL n° 2026-1320).\nNous appliquons donc une déduction de 384,00 € TTC sur la facture FG-2026-0255, qui sera réglée à hauteur de 12 096,00 € lors de notre prochain cycle de paiement, sauf avoir de votre part.';
    expect(reply(text, '2026-10-15')[0]).toBe('dispute');
    expect(reply('Nous avons déduit 384 € pour les caisses manquantes, le solde sera réglé lors de notre prochain cycle de paiement.', '2026-10-15')[0]).toBe('dispute');
    expect(reply("Nous avons déduit 500 € d'acompte déjà versé.", '2026-10-15')[0]).not.toBe('dispute');
  });

  it('« Port : 29,00 € HT + TVA 20 % = 34,80 € » sums a costs line: the invoice bills « Total : 488,45 € TTC »', () => {
    const fields = extractTextFields('Facture PIL-2026-063 — 22/07/2026\n2 x 10 kg farine de grillon bio à 21,50 €/kg = 430,00 € HT\nTVA 5,5 % : 23,65 €\nPort : 29,00 € HT + TVA 20 % = 34,80 €\nTotal : 488,45 € TTC\nPayable à réception', 'DMY');
    expect(fields.amount?.value.value).toBe(488.45);
    // (the sum that writes the invoice's own total out is still its total)
    expect(extractTextFields('Facture F-1 — 22/07/2026\nHT 1 200 € + TVA 20 % = 1 440,00 €', 'DMY').amount?.value.value).toBe(1440);
  });
});

describe('fifth batch (BYVX–BYWY)', () => {
  it('our « je ne vois toujours pas le solde de 220 € de la facture … » chases what is left of a part payment', () => {
    expect(own("Bonjour Sandrine,\nBien reçu les 200 € début novembre, merci. En revanche je ne vois toujours pas le solde de 220 € de la facture KSE-EC-2026-018 que vous pensiez régler fin novembre. Pouvez-vous me dire où vous en êtes ?")).toBe('reminder');
  });

  it('our « Je reviens encore vers toi pour les 950 € … J\'ai besoin que ce soit réglé rapidement » chases', () => {
    expect(own('Lucas,\nJe reviens encore vers toi pour les 950 € de la facture AC-2026-067, ça fait plus de 3 mois.')).toBe('reminder');
    expect(own("J'ai besoin que ce soit réglé rapidement.")).toBe('reminder');
  });

  it('« (40 % du devis D-2026-033 de 2 650,00 € TTC) » is the quote\'s amount: the deposit invoice bills « Montant : 1 060,00 € TTC »', () => {
    const fields = extractTextFields("Salut Sophie,\nje commence le réaccordage complet dès réception de l'acompte (40 % du devis D-2026-033 de 2 650,00 € TTC).\nFacture d'acompte AC-2026-104 du 12/11/2026\nMontant : 1 060,00 € TTC, payable à réception.", 'DMY');
    expect(fields.amount?.value.value).toBe(1060);
  });

  it('« Il vous poste le chèque de 680 € vendredi 9 octobre » promises that day', () => {
    expect(reply("Bonjour Monsieur Delpeuch\nnous avons bien recu la facture, excusez le retard, notre trésorier Gérard était en cure. Il vous poste le chèque de 680 € vendredi 9 octobre.\nPour le bureau, Henri Chassagnac", '2026-10-05')).toEqual(['promise', '2026-10-09']);
  });

  it("our note to the accountant « Pour la clôture du mois : factures émises en novembre AC-2026-101 (1 236,00 €), … » sends no invoice", async () => {
    const note = {
      ...mail({
      subject: 'Factures clients novembre',
      from: 'yannick@accordeons.example',
      date: '2026-11-30',
      text: "Bonjour Annie,\n\nPour la clôture du mois : factures émises en novembre AC-2026-101 (1 236,00 €), AC-2026-104 (1 060,00 € acompte Sophie Marcheix) et AC-2026-108 (345,00 €), plus l'avoir AV-2026-004.\nL'harmonie de Treignac et Lucas Faure ne m'ont toujours pas payé, je te tiens au courant.\n\nYannick",
      }),
      to: [{ name: 'Cabinet Vergne – Comptabilité', address: 'a.vergne@cabinet-vergne.example' }],
    };
    expect(await readInvoices(note, { identity: createIdentity(['accordeons.example']), knownNumbers: new Set() })).toEqual([]);
  });
});

describe('sixth batch (BYWZ–BYYV)', () => {
  it('our note « Comme chaque mois, les factures de vente de novembre : F2026-0419, …, plus l\'avoir AV2026-012 de 159,60 € » sends no invoice', async () => {
    const note = {
      ...mail({
        subject: 'Factures de novembre pour la compta',
        from: 'helene@volailles.example',
        date: '2026-11-30',
        text: "Bonjour Cécile,\n\nComme chaque mois, les factures de vente de novembre : F2026-0419, VLPA-2026-0426, F2026-0430, F2026-0441, VLPA-2026-0437 (total environ 10 000 € TTC), plus l'avoir AV2026-012 de 159,60 €.\nTout est dans le dossier partagé.\n\nBonne soirée,\nHélène",
      }),
      to: [{ name: 'Cabinet Lesgourgues Expertise', address: 'c.lesgourgues@expertise.example' }],
    };
    expect(await readInvoices(note, { identity: createIdentity(['volailles.example']), knownNumbers: new Set() })).toEqual([]);
  });

  it('our « je n\'ai reçu aucun des deux versements. Les 2 480,00 € sont donc toujours dus. Merci de me faire un virement au plus vite » chases', () => {
    expect(own("Je n'ai reçu aucun des deux versements.")).toBe('reminder');
    expect(own('Les 2 480,00 € sont donc toujours dus.')).toBe('reminder');
    expect(own('Merci de me faire un virement au plus vite.')).toBe('reminder');
    expect(own('Merci de nous faire un virement sur le compte ci-dessous.')).not.toBe('reminder');
  });

  it('our « Bitte überweisen Sie auf das oben genannte CHF-Konto » answers where to pay; « … umgehend auf unser Konto » chases', () => {
    expect(own('Guten Tag Herr Meier\nleider können wir als französische Firma keinen QR-Einzahlungsschein erstellen. Bitte überweisen Sie auf das oben genannte CHF-Konto, Referenz CDA-2026-0426.')).not.toBe('reminder');
    expect(own('Bitte überweisen Sie den offenen Betrag umgehend auf unser Konto.')).toBe('reminder');
  });
});

describe('seventh batch (BYYW–BYZX)', () => {
  it('"Payment has now been scheduled for December 15th" promises the 15th', () => {
    expect(reply('Hi Julien,\nApologies for the delay – our AP team had the invoice stuck in approval. Payment has now been scheduled for December 15th.\nBest,\nEmma', '2026-11-24')).toEqual(['promise', '2026-12-15']);
  });

  it('our « Je ne vois toujours rien passer pour la facture … » chases (its « ne » is no denial of the chase)', () => {
    expect(own('Salut Stéphane,\nJe ne vois toujours rien passer pour la facture PLA-2026-088 (1 980 €, échéance 30/10). Tu peux jeter un œil ?')).toBe('reminder');
  });

  it('« Le mandat … a été pris en charge et payé par le Service de Gestion Comptable de Gramat le 3 juin » pays', () => {
    expect(reply('Bonjour Madame Delmas,\nLe mandat n° 1874 correspondant à votre facture F2026-0039 a été pris en charge et payé par le Service de Gestion Comptable de Gramat le 3 juin. Le virement de 412,50 € doit apparaître sur votre compte.', '2026-06-05')).toEqual(['paid', null]);
  });

  it('« Le chèque sera signé à notre prochaine réunion de bureau, le jeudi 10 décembre, et je vous l\'envoie dans la foulée » promises the 10th', () => {
    expect(reply("Bonjour madame,\nJe suis la nouvelle trésorière. Le chèque sera signé à notre prochaine réunion de bureau, le jeudi 10 décembre, et je vous l'envoie dans la foulée.\nDésolée pour ce retard.", '2026-11-14')).toEqual(['promise', '2026-12-10']);
    expect(reply('Le chèque sera signé par le président.', '2026-11-14')[0]).not.toBe('promise');
  });

  it('Spanish « la transferencia de la F-2026-0379 se hará el próximo viernes » promises (the invoice named between)', () => {
    expect(reply('Hola Claire,\nPerdona el retraso, estamos cerrando el trimestre. Te confirmo que la transferencia de la F-2026-0379 se hará el próximo viernes.', '2026-11-26')).toEqual(['promise', '2026-11-27']);
  });

  it('« … liste nominative sur le bordereau TP-2610-02 » names a slip the invoice points to, not its number', () => {
    const fields = extractTextFields("Veuillez trouver ci-dessous notre facture de tiers payant (4 adhérents, cures d'octobre – liste nominative sur le bordereau TP-2610-02).\nFacture F-2026-0425 du 07/10/2026\nMontant total TTC : 1 146,80 €", 'DMY');
    expect(fields.invoiceNumbers.map((n) => n.value)).toEqual(['F-2026-0425']);
    // (an auction house's slip is its invoice)
    expect(extractTextFields('Votre bordereau BV-2026-1098 : 1 200 €', 'DMY').invoiceNumbers[0]?.value).toBe('BV-2026-1098');
  });

  it('"Balance (€3,668.00) will be invoiced 6 weeks before departure": the deposit invoice bills its deposit', () => {
    const fields = extractTextFields('Dear Sarah,\nPlease find your deposit invoice below.\nInvoice no.: PCB-2026-0845\nInvoice date: 3 November 2026\nCruise total: €5,240.00 (VAT incl.)\nDeposit 30% due now: €1,572.00\nBalance (€3,668.00) will be invoiced 6 weeks before departure.\nPayment due within 14 days', 'DMY');
    expect(fields.amount?.value.value).toBe(1572);
  });
});

describe('eighth batch (BYZY–BZVZ)', () => {
  it('« on a payé les bracelets et l\'agrainage » (other debts, told to explain the delay) pays nothing; « nous avons réglé la facture » still pays', () => {
    expect(reply("On a payé les bracelets et l'agrainage.", '2026-09-21')[0]).not.toBe('paid');
    expect(reply('Nous avons réglé la facture hier.', '2026-09-21')[0]).toBe('paid');
    expect(reply("J'ai payé la F-2026-001 hier.", '2026-09-21')[0]).toBe('paid');
    expect(reply("J'ai réglé le solde ce matin.", '2026-09-21')[0]).toBe('paid');
  });

  it('« 1 440 € sont partis ce jour par virement, et le solde de 1 440 € le 15 décembre »: half paid, the rest promised on the 15th', async () => {
    expect(reply('1 440 € sont partis ce jour par virement.', '2026-09-21')).toEqual(['paid', null]);
    expect(reply('et le solde de 1 440 € le 15 décembre.', '2026-09-21')).toEqual(['promise', '2026-12-15']);
    const text =
      "Bonsoir Thierry,\nDésolé pour le retard, la trésorerie de la société est un peu juste avant l'ouverture (on a payé les bracelets et l'agrainage). Le bureau a voté de régler en deux fois : 1 440 € sont partis ce jour par virement, et le solde de 1 440 € le 15 décembre, après encaissement des cotisations des actionnaires.\nJ'espère que ça vous convient.";
    expect(await statusAfter('2 880,00', text)).toEqual(['promised', '2026-12-15']);
  });

  it('Dutch « De overschrijving van 7.260,00 EUR voor factuur CES-2026-088 staat ingepland op 14 december 2026 » promises the 14th', () => {
    expect(reply('Geachte heer Gaudin,\nOnze excuses voor de vertraging. De overschrijving van 7.260,00 EUR voor factuur CES-2026-088 staat ingepland op 14 december 2026, wanneer een termijnrekening vrijkomt.', '2026-11-23')).toEqual(['promise', '2026-12-14']);
  });

  it('« … : € 2.679,50 net » closing a line that a tax and a total follow is before tax: the invoice bills its total', () => {
    const fields = extractTextFields('Invoice number: RPH-2026-0471\nDate: 23.10.2026\nTowage services 21.10.2026 – 2 tugs in / 1 tug out: € 2.679,50 net\nVAT 20 %: € 535,90\nTotal: € 3.215,40\nTerms: 30 days net (due 22.11.2026)', 'DMY');
    expect(fields.amount?.value.value).toBe(3215.4);
    // (a net closing its line with no tax after it is what is paid)
    expect(extractTextFields('Facture F-1\nHonoraires : CHF 4 385,77 net\nMerci', 'DMY').amount?.value.value).toBe(4385.77);
  });
});

describe('ninth batch (BZWV–BZXW)', () => {
  it('« Est-ce que vous pourriez présenter la LCR au 15 décembre plutôt qu\'au 30 novembre ? » promises the 15th', () => {
    expect(reply("Bonjour Claire,\nPetit souci de trésorerie avant les fêtes. Est-ce que vous pourriez présenter la LCR au 15 décembre plutôt qu'au 30 novembre ? Je vous garantis le paiement à cette date.", '2026-11-27')).toEqual(['promise', '2026-12-15']);
  });

  it('« la facture pour les 4 blouses brodées du salon : F-2026-0398 du 2 septembre, … » numbers the invoice', () => {
    const fields = extractTextFields('Coucou Nadia,\nVoilà la facture pour les 4 blouses brodées du salon : F-2026-0398 du 2 septembre, 220,00 € HT soit 264,00 € TTC, payable à réception.', 'DMY');
    expect(fields.invoiceNumbers.map((n) => n.value)).toEqual(['F-2026-0398']);
  });

  it('our reply « RE: Facture bulletin n°47 – … » saying « Aucun problème pour deux chèques de 725,00 € » bills nothing new', async () => {
    const answer = {
      ...mail({
        subject: 'RE: Facture bulletin n°47 – Les Amis de Rabelais',
        from: 'claire@imprimerie.example',
        date: '2026-09-11',
        text: 'Bonjour Madame Fournier,\n\nAucun problème pour deux chèques de 725,00 €.\n\nCordialement,\nClaire Moreau',
      }),
      inReplyTo: '<q@asso.example>',
      to: [{ name: 'Odile Fournier', address: 'tresorerie@asso.example' }],
    };
    const identity = createIdentity(['imprimerie.example']);
    expect(await readInvoices(answer, { identity, knownNumbers: new Set([numberKey('ITT-2026-0530')]) })).toEqual([]);
  });
});

describe('tenth batch (BZXX–BZYY)', () => {
  it('"James paid the €1,350 by bank transfer yesterday" pays; "Our customer paid the invoice by bank transfer" does not', () => {
    expect(reply('Hi Claire,\nThank you so much! James paid the €1,350 by bank transfer yesterday, reference EVS-2026-134.\nBest,\nEmma', '2026-11-19')).toEqual(['paid', null]);
    expect(reply('Our customer paid the invoice by bank transfer yesterday, so we will pay you next week.', '2026-11-19')[0]).not.toBe('paid');
  });

  it('« À régler au plus tard le jour du mariage (05/09/2026) » dates the invoice due that day', () => {
    const fields = extractTextFields('Facture EVS-2026-095 – 25/08/2026\nReste à payer : 1 600,00 €\nÀ régler au plus tard le jour du mariage (05/09/2026), par virement ou Lydia.', 'DMY');
    expect(fields.dueDate?.value).toBe('2026-09-05');
  });

  it('« Le virement du comptable public devrait vous parvenir au plus tard le 10 décembre » after a mandate issued promises the 10th', () => {
    expect(reply("Bonjour,\nLe mandat correspondant à votre facture LGV-2026-081 a été émis le 25/11/2026 et transmis au Service de Gestion Comptable d'Épinal. Le virement du comptable public devrait vous parvenir au plus tard le 10 décembre.", '2026-11-26')).toEqual(['promise', '2026-12-10']);
  });

  it('« je m\'en occupe en début de semaine prochaine » promises the Monday of next week', () => {
    expect(reply("Coucou Karim\nmille excuses j'avais zappé ton mail, c bien noté je m'en occupe en début de semaine prochaine dès que le bureau a signé le virement\nInès", '2026-12-03')).toEqual(['promise', '2026-12-07']);
    expect(reply("We'll pay early next week.", '2026-12-03')).toEqual(['promise', '2026-12-07']);
  });

  it('« voici la facture d\'acompte (40 %) :⏎⏎FA-2026-104 – acompte sur spectacle … » numbers the invoice on the line below', () => {
    const fields = extractTextFields("Pour bloquer la date du 19 décembre, voici la facture d'acompte (40 %) :\n\nFA-2026-104 – acompte sur spectacle arbre de Noël\nMontant total prestation : 3 200,00 € TTC\nAcompte à régler : 1 280,00 € TTC, payable à réception", 'DMY');
    expect(fields.invoiceNumbers.map((n) => n.value)).toEqual(['FA-2026-104']);
  });

  it("a platform's copy « ----- Message envoyé -----⏎De : Spectacles Lumière Lyon⏎… » is read whole: its amount and terms", async () => {
    const copy = {
      ...mail({
        subject: 'Copie de votre facture SLL-2026-108 envoyée à benoit@ubik.example',
        from: 'notifications@axonaut.example',
        date: '2026-11-24',
        text: "Copie de votre facture SLL-2026-108 envoyée à benoit@ubik.example\n\n----- Message envoyé -----\nDe : Spectacles Lumière Lyon\nÀ : benoit@ubik.example\nObjet : Votre facture SLL-2026-108\n\nBonjour,\n\nSpectacles Lumière Lyon vous a envoyé la facture SLL-2026-108 d'un montant de 2 880,00 € TTC.\nClient : Ubik Events SARL\nDate de facture : 24/11/2026\nMontant HT : 2 400,00 € — TVA 20 % : 480,00 € — Total TTC : 2 880,00 €\nConditions de paiement : à réception\n\nCordialement,\nSpectacles Lumière Lyon",
      }),
      from: { name: 'Spectacles Lumière Lyon via Axonaut', address: 'notifications@axonaut.example' },
      replyTo: [{ name: 'Julien Morel', address: 'julien@lumiere-lyon.example' }],
      to: [{ name: 'Julien Morel', address: 'julien@lumiere-lyon.example' }],
    };
    const [r] = await readInvoices(copy, { identity: createIdentity(['lumiere-lyon.example']), knownNumbers: new Set() });
    expect([r?.invoiceNumber, r?.amount, r?.dueDate]).toEqual(['SLL-2026-108', 2880, '2026-11-24']);
  });

  it("our note to the accountant listing the client's invoice among others (« le point sur les factures clients en attente : … ») chases no client", async () => {
    const invoice = {
      ...mail({ subject: 'Facture FA-2026-058 – Spectacles à bord', from: 'mathilde@illusion.example', date: '2026-07-03', text: 'Bonjour,\n\nFacture FA-2026-058 du 03/07/2026\nTotal TTC : 12 600,00 €\nÀ régler avant le 02/08/2026.\n\nMathilde' }),
      to: [{ name: 'Romain Vidal', address: 'r.vidal@croisieres.example' }],
    };
    const note = {
      ...mail({
        subject: 'Factures clients à fin novembre',
        from: 'mathilde@illusion.example',
        date: '2026-12-01',
        text: "Bonjour Stéphane,\n\nComme chaque mois, voici le point sur les factures clients en attente au 30/11 : FA-2026-045 (Château Borély, 5 280 €), FA-2026-058 (Croisières Azur, 12 600 €), FA-2026-063 (CSE Sainte-Baume, 2 160 €). Le litige Calanques Palace (FA-2026-086) n'est pas encore réglé, on prépare un avoir partiel.\n\nMerci,\nMathilde",
      }),
      to: [{ name: 'Cabinet Pelletier Expertise', address: 's.pelletier@expertise.example' }],
    };
    const [r] = await scanMessages([invoice, note], { me: ['illusion.example'], today: '2026-12-07' });
    expect([r?.invoiceNumber, r?.remindersSent]).toEqual(['FA-2026-058', 0]);
  });
});
