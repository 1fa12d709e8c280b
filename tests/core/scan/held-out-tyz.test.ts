/** What the twenty-eighth session's batches of unseen mailboxes (TYZ–…) showed, and TXV's miss left before them, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import type { MailMessage } from '../../../shared/core/mail/model';
import { mail } from '../status/mail';
import { answeredInvoice, answering } from './answered-invoice';

const ME = ['redaction-web.example'];
const own = (text: string, subject = 'Re: Facture F-2026-041') => classifyOwnFollowUp(mail({ text, subject, from: 'claire@redaction-web.example' }));
const reply = (text: string, date: string, depositInvoice = false) => classifyClientReply(mail({ text, date }), { depositInvoice });
const to = (m: MailMessage, address: string, from = 'claire@redaction-web.example'): MailMessage => ({ ...m, from: { name: 'Claire', address: from }, to: [{ name: '', address }] });

/** An invoice of ours and the client's answer to it, scanned together: the invoice's status and promised date. */
const answered = (answerText: string, answerDate: string) => answeredInvoice('claire@redaction-web.example', ME, answerText, answerDate);

describe('invoices named again', () => {
  const invoice = to(
    mail({ subject: 'Facture F-2026-072 – sous-traitance rédaction août', date: '2026-08-31', text: 'Bonjour,\nVeuillez trouver ci-dessous notre facture F-2026-072 du 31/08/2026.\nMontant TTC : 4 560,00 €\nÉchéance : 15/10/2026\nCordialement\nClaire' }),
    'compta@pixelsud.example',
  );

  it('our note to a subcontractor that the client has not paid an invoice (« … ta part (1 200 €) ») bills nothing', async () => {
    const note = to(
      mail({ subject: 'facture Pixel Sud + ta part', date: '2026-10-08', text: "Salut Julien,\n\nPixel Sud n'a toujours pas payé la F-2026-072, donc je ne peux pas encore te reverser ta part (1 200 €). Je te tiens au courant dès que ça tombe.\n\nBises\nClaire" }),
      'julien.redac@gmail.com',
    );
    const found = await scanMessages([invoice, note], { me: ME, today: '2026-12-07' });
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.debtorEmail, r.remindersSent])).toEqual([['F-2026-072', 4560, 'compta@pixelsud.example', 0]]);
  });

  it('a chase of ours to the client in a new thread, stating what is left (« il reste 1 200,00 € à régler »), is a reminder of it', async () => {
    const chase = to(
      mail({ subject: 'Solde facture F-2026-072', date: '2026-11-02', text: "Bonjour,\nSauf erreur de notre part, la facture F-2026-072 n'a toujours pas été réglée en totalité : il reste 1 200,00 € à régler. Merci de faire le nécessaire.\nCordialement\nClaire" }),
      'compta@pixelsud.example',
    );
    const found = await scanMessages([invoice, chase], { me: ME, today: '2026-12-07' });
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.remindersSent])).toEqual([['F-2026-072', 4560, 1]]);
  });
});

describe('deposit invoices', () => {
  const deposit = 'Invoice no.: VPT-2026-058\nInvoice date: May 4, 2026\nTour: Provence Wine & Bike, October 4-11, 2026 - 14 guests\nDeposit (40%): USD 12,480.00\nPayment terms: Net 30 (due June 3, 2026)';

  it('"Deposit (40%): USD 12,480.00" as the billed line is the amount of a deposit invoice', () => {
    const fields = extractTextFields(deposit, 'MDY');
    expect([fields.amount?.value, fields.depositInvoice]).toEqual([{ value: 12480, currency: 'USD' }, true]);
  });

  it('a deposit taken off ("Acompte (30 %) : -4 500,00 €") makes no deposit invoice', () => {
    const fields = extractTextFields('Facture FA-2026-201\nTotal TTC : 15 000,00 €\nAcompte (30 %) : -4 500,00 €\nReste à payer : 10 500,00 €', 'DMY');
    expect([fields.amount?.value, fields.depositInvoice]).toEqual([{ value: 10500, currency: 'EUR' }, false]);
  });

  it('"our accounting team wired the deposit today" pays a deposit invoice, and only part of any other', () => {
    const text = 'Hi Camille,\nJust a heads up - our accounting team wired the deposit today (USD 12,480.00, ref VPT-2026-058). Let me know once it lands!';
    expect(reply(text, '2026-05-29', true).kind).toBe('paid');
    expect(reply(text, '2026-05-29').kind).not.toBe('paid');
  });
});

describe('the wrong company billed', () => {
  it('« Auftraggeber ist die Wolkenwerk Cloud Services GmbH (USt-IdNr. DE318774520), nicht die Wolkenwerk GmbH » disputes the invoice, beside a missing order number', async () => {
    const invoice = to(
      mail({ subject: 'Rechnung F-2026-049 – Nutzerinterviews', date: '2026-10-05', text: 'Hallo Jonas,\nanbei meine Rechnung.\nRechnung Nr. F-2026-049\nRechnungsdatum: 05.10.2026\nRechnungsbetrag: 6.300,00 EUR\nZahlungsziel: 14 Tage netto\nViele Grüße\nCamille' }),
      'jonas@wolkenwerk.example',
      'camille@recherche-ux.example',
    );
    const answer = answering(invoice, {
      ...mail({
        subject: 'AW: Rechnung F-2026-049 – Nutzerinterviews',
        date: '2026-10-08',
        from: 'rechnungen@wolkenwerk.example',
        text: 'Sehr geehrte Frau Roussel,\nJonas hat uns Ihre Rechnung weitergeleitet. Leider können wir sie so nicht bearbeiten: Auftraggeber ist die Wolkenwerk Cloud Services GmbH (USt-IdNr. DE318774520), nicht die Wolkenwerk GmbH. Außerdem fehlt unsere Bestellnummer.\nBitte senden Sie uns eine korrigierte Rechnung. Bis dahin ist die Rechnung F-2026-049 bei uns gesperrt.',
      }),
      to: [{ name: '', address: 'camille@recherche-ux.example' }],
    });
    const [r] = await scanMessages([invoice, answer], { me: ['recherche-ux.example'], today: '2026-12-07' });
    expect([r?.invoiceNumber, r?.status]).toEqual(['F-2026-049', 'disputed']);
  });

  it('"our contracting entity is Brightline Ltd (company no. 0123), not Brightline Holdings" disputes; "the billing company is fine, not a problem" does not', () => {
    expect(reply('Hi,\nOur contracting entity is Brightline Ltd (company no. 0123), not Brightline Holdings.', '2026-10-08').kind).toBe('dispute');
    expect(reply('Hi, the billing company is fine, not a problem, we pay next week.', '2026-11-01').kind).toBe('promise');
  });
});

describe('second batch (UVW–UWX)', () => {
  it('« c\'est parti ce soir par virement, tu devrais l\'avoir d\'ici jeudi » pays', () => {
    expect(reply("oups dsl !! c'est parti ce soir par virement, tu devrais l'avoir d'ici jeudi 👍\nCamille", '2026-12-02').kind).toBe('paid');
  });

  it('« Notre logiciel rejette la facture … car le n° de BC n\'apparaît pas sur le PDF » asks for paperwork: the invoice stays open', async () => {
    expect(await answered("Bonjour,\nNotre logiciel rejette la facture F2026-0430 car le n° de BC n'apparaît pas sur le PDF (seulement dans le mail). Pourriez-vous nous la renvoyer avec la mention BC-SP-2026-118 sur la facture elle-même ?\nCordialement", '2026-10-21')).toEqual(['open', null]);
  });

  it('« bloquée dans Ariba : le numéro de ligne de commande (10) n\'est pas renseigné et le goods receipt n\'a pas été fait » asks for paperwork', async () => {
    expect(await answered("Bonjour,\nLa facture est bloquée dans Ariba : le numéro de ligne de commande (10) n'est pas renseigné et le goods receipt n'a pas été fait par le demandeur. Pouvez-vous la resoumettre avec la ligne de PO ? Je relance de mon côté M. Carré pour la réception.\nCordialement", '2026-10-21')).toEqual(['open', null]);
  });

  it('the invoice refused for its goods (« la livraison n\'a pas été faite en entier ») is still disputed', async () => {
    expect((await answered("Bonjour,\nNous refusons la facture F2026-0430 : la livraison n'a pas été faite en entier, il manque deux couronnes.", '2026-10-21'))[0]).toBe('disputed');
  });

  it('a day named after the payer\'s payments in general is its routine: the day said of this payment is promised', async () => {
    expect(await answered('Bonjour,\nLe trésorier signe les chèques jeudi, le vôtre partira par courrier la semaine prochaine.\nBonne journée', '2026-12-02')).toEqual(['promised', '2026-12-07']);
    expect(await answered('Hello Claire,\npetit retard de notre côté, notre expert-comptable valide les paiements le vendredi... le virement partira lundi prochain sans faute.', '2026-12-03')).toEqual(['promised', '2026-12-07']);
    expect(await answered('Bonjour Lucie,\nOui pardon, notre gérant signe les virements le vendredi : le vôtre partira en fin de semaine prochaine.', '2026-12-02')).toEqual(['promised', '2026-12-11']);
  });

  it('« le gérant signe les virements le vendredi, ce sera fait vendredi prochain » still promises that Friday', async () => {
    expect(await answered('Bonjour Claire,\nOui désolée, le gérant signe les virements le vendredi, ce sera fait vendredi prochain.', '2026-12-02')).toEqual(['promised', '2026-12-04']);
  });
});

describe('third batch (UWY–UXZ)', () => {
  it('« la LCR est réémise avec échéance au 10/12/2026 » promises its maturity', () => {
    expect(reply("Bonjour,\nLa LCR a été rejetée par notre outil car le code fournisseur n'était pas à jour. C'est corrigé, la LCR est réémise avec échéance au 10/12/2026.\nCdlt", '2026-12-02')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-10' });
  });

  it('« le mandat a été émis … le paiement a été effectué ce matin. Vous devriez voir le virement d\'ici 2-3 jours » pays', () => {
    expect(reply("Bonjour Madame Morel,\nToutes mes excuses, le service fait n'avait pas été certifié avant mes congés. C'est régularisé : le mandat a été émis vendredi et la Trésorerie nous confirme que le paiement a été effectué ce matin. Vous devriez voir le virement d'ici 2-3 jours.", '2026-07-06').kind).toBe('paid');
  });

  it('« Je m\'en occupe en début de semaine prochaine, promis. » promises; without the word of promising it stays open', () => {
    expect(reply("Bonsoir Madame Morel,\nOh pardon, c'est totalement passé à la trappe avec le déménagement. Je m'en occupe en début de semaine prochaine, promis.", '2026-12-03')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-07' });
    expect(reply("Bonjour, je m'en occupe la semaine prochaine.", '2026-12-03').kind).not.toBe('promise');
  });

  it('« Die Rechnung ist jetzt freigegeben, die Überweisung erfolgt spätestens bis zum 15.12.2026 » promises that day', () => {
    expect(reply('Guten Tag Frau Le Goff,\nentschuldigen Sie bitte die Verzögerung — wir hatten eine Umstellung in der Buchhaltung. Die Rechnung ist jetzt freigegeben, die Überweisung erfolgt spätestens bis zum 15.12.2026.', '2026-11-13')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
  });

  it('« Deze (FA-2026-0423) maken we volgende week over » promises; « we maken ons zorgen over de kwaliteit » does not', () => {
    expect(reply('Hoi Camille,\nDe vorige factuur is inmiddels bij de boekhouder. Deze (FA-2026-0423) maken we volgende week over, samen met de andere.', '2026-12-03').kind).toBe('promise');
    expect(reply('Hoi Camille,\nWe maken ons zorgen over de kwaliteit van de laatste levering.', '2026-12-03').kind).not.toBe('promise');
  });

  it('« Je fais le premier virement de 500 € le 10 décembre, dès que ma paie tombe » promises that day', () => {
    expect(reply('Merci beaucoup Claire pour votre compréhension.\nJe fais le premier virement de 500 € le 10 décembre, dès que ma paie tombe, puis les suivants en janvier et février.', '2026-11-28')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-10' });
  });

  it('a penalty the client applied and keeps (« Nous avons réglé 3 060,00 € au lieu de 3 240,00 € : une pénalité de 180,00 € a été appliquée ») disputes', () => {
    expect(reply("Bonjour,\nNous avons réglé 3 060,00 € au lieu de 3 240,00 € sur votre facture TRL-2026-0371 : une pénalité de 180,00 € a été appliquée pour livraison hors créneau au magasin de Bron le 14/08, conformément à l'article 9 de nos conditions générales d'achat.\nNous ne reviendrons pas sur cette pénalité sauf justificatif de votre part.", '2026-10-20').kind).toBe('dispute');
    expect(reply('Bonjour Madame,\nNous maintenons la déduction : la palette est arrivée écrasée. Pour nous ces 420 € ne sont pas dus.', '2026-10-09').kind).toBe('dispute');
  });

  it('our chases: « no veo la transferencia de la FA-2026-041 », « nous n\'avons reçu aucune LCR acceptée de votre part »', () => {
    expect(own('Hola Marta,\nYa estamos en diciembre y no veo la transferencia de la FA-2026-041. ¿Puedes revisarlo con contabilidad, por favor?')).toBe('reminder');
    expect(own("Bonjour Madame Lambert,\nL'échéance du 26/11 de notre facture TRL-2026-0440 (9 873,60 €) n'a pas été présentée : nous n'avons reçu aucune LCR acceptée de votre part.\nPouvez-vous faire le point avec votre service trésorerie ?")).toBe('reminder');
  });

  it('our answer to a deduction made in a payment (« Votre avis de paiement … fait apparaître une déduction de 420,00 € ») is no reminder', () => {
    expect(own("Bonjour,\nVotre avis de paiement 2026-10-000418 fait apparaître une déduction de 420,00 € sur notre facture TRL-2026-0389 pour une palette endommagée (CMR 48812).\nAucune réserve n'a été portée sur la lettre de voiture. Nous vous remercions de nous régler le solde de 420,00 €.", 'Déduction 420 € sur facture TRL-2026-0389')).toBe('answer');
  });

  it('the paperwork missing: « le numéro d\'engagement juridique (bon de commande SIFAC) n\'y figure pas » leaves the invoice open', async () => {
    expect(await answered("Bonjour,\nNous ne pouvons pas traiter cette facture en l'état : le numéro d'engagement juridique (bon de commande SIFAC) n'y figure pas. Pouvez-vous nous le confirmer ? Il devrait commencer par 45000.", '2026-10-21')).toEqual(['open', null]);
  });

  it('a direct debit the client disputed with its bank, then a promise (« c\'est moi qui ai fait opposition par erreur … je vous fais le virement le 15 décembre ») is promised', async () => {
    const invoice = to(mail({ subject: 'Votre facture PLS-2026-0405', date: '2026-11-02', text: 'Bonjour,\nFacture PLS-2026-0405 du 02/11/2026\nMontant TTC : 684,00 €\nÉchéance : 10/11/2026, par prélèvement SEPA.' }), 'bonjour@atelier.example', 's.lefebvre@proprete.example');
    const bank = { ...mail({ subject: 'Rejet de prélèvement SEPA - ATELIER', date: '2026-11-13', from: 'ne-pas-repondre@banque.example', text: 'Un prélèvement SEPA émis par vos soins a été rejeté.\nDate de rejet : 12/11/2026\nDébiteur : ATELIER\nRéférence de bout en bout : PLS-2026-0405\nMontant : 684,00 EUR\nMotif : MD06 – contestation du débiteur (opération autorisée)' }), to: [{ name: '', address: 'compta@proprete.example' }] };
    const answer = answering(invoice, {
      ...mail({ subject: 'Re: Votre facture PLS-2026-0405', date: '2026-11-19', from: 'bonjour@atelier.example', text: "Bonsoir Sandrine,\nOui désolé c'est moi qui ai fait opposition par erreur en nettoyant mes prélèvements dans l'appli de la banque :/\nTrésorerie un peu juste ce mois ci, je vous fais le virement le 15 décembre sans faute, ça vous va ?\nJulien" }),
      to: [{ name: '', address: 's.lefebvre@proprete.example' }],
    });
    const [r] = await scanMessages([invoice, bank, answer], { me: ['proprete.example'], today: '2026-12-07' });
    expect([r?.status, r?.promisedDate]).toEqual(['promised', '2026-12-15']);
    const [alone] = await scanMessages([invoice, bank], { me: ['proprete.example'], today: '2026-12-07' });
    expect(alone?.status).toBe('disputed');
  });

  it('a remittance advice taking off a deduction, our answer in a new thread, and the client keeping the deduction: disputed, no reminder, one invoice', async () => {
    const me = ['transports.example'];
    const invoice = to(mail({ subject: 'Facture TRL-2026-0389 – relevé août', date: '2026-09-02', text: 'Bonjour,\nRelevé de prestations août 2026 – facture TRL-2026-0389 du 31/08/2026\nTotal HT : 5 598,50 € – TVA 20 % : 1 119,70 € – Total TTC : 6 718,20 €\nConditions : 30 jours fin de mois' }), 'compta@fromagerie.example', 'compta@transports.example');
    const advice = { ...mail({ subject: 'AVIS DE PAIEMENT N° 2026-10-000418', date: '2026-10-02', from: 'edi-noreply@fromagerie.example', text: 'AVIS DE PAIEMENT - REMITTANCE ADVICE\nEmetteur : FROMAGERIE\nBénéficiaire : TRANSPORTS\nDate de valeur : 02/10/2026   Mode : VIREMENT SEPA\n\nRéférence pièce      Date pièce   Montant brut   Déduction   Montant net\nTRL-2026-0389        31/08/2026       6718,20       420,00       6298,20\n  Motif déduction : LITIGE PALETTE ENDOMMAGEE\n\nTOTAL VIREMENT                                                   6298,20 EUR' }), to: [{ name: '', address: 'compta@transports.example' }] };
    const ours = to(mail({ subject: 'Déduction 420 € sur facture TRL-2026-0389', date: '2026-10-05', text: "Bonjour,\nVotre avis de paiement 2026-10-000418 fait apparaître une déduction de 420,00 € sur notre facture TRL-2026-0389 pour une palette endommagée.\nAucune réserve n'a été portée sur la lettre de voiture. Nous vous remercions de nous régler le solde de 420,00 €." }), 'compta@fromagerie.example', 'compta@transports.example');
    const theirs: MailMessage = {
      ...mail({ subject: 'RE: Déduction 420 € sur facture TRL-2026-0389', date: '2026-10-09', from: 'h.bard@fromagerie.example', text: 'Bonjour Madame,\nNous maintenons la déduction : la palette est arrivée écrasée, photos transmises à votre chauffeur. Pour nous ces 420 € ne sont pas dus.' }),
      to: [{ name: '', address: 'compta@transports.example' }],
      inReplyTo: ours.messageId,
      references: [ours.messageId],
    };
    const found = await scanMessages([invoice, advice, ours, theirs], { me, today: '2026-12-07' });
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.status, r.remindersSent])).toEqual([['TRL-2026-0389', 6718.2, 'disputed', 0]]);
  });
});

describe('fourth batch (UYV–UZW)', () => {
  it('« Tu peux me faire un virement de 150 € pour la FA-2026-088 quand tu as une minute ? » chases', () => {
    expect(own("Coucou Sophie,\nje crois qu'on s'est loupés samedi, je n'ai rien trouvé à l'atelier :) Tu peux me faire un virement de 150 € pour la FA-2026-088 quand tu as une minute ?\nBises")).toBe('reminder');
  });

  it('« Je ne vais pas payer cette selle en l\'état … Pas de paiement tant que ce n\'est pas réglé » disputes', () => {
    expect(reply("Bonjour Claire,\nJe ne vais pas payer cette selle en l'état. Votre vendeur l'a essayée à la va-vite, elle ne va pas du tout à ma jument.\nJe veux que vous veniez la reprendre. Pas de paiement tant que ce n'est pas réglé.", '2026-11-04').kind).toBe('dispute');
  });

  it('« Nous appliquons une réfaction qualité de 412,00 € sur la facture F26-0902. Le règlement sera donc limité à 7 523,20 € » disputes', () => {
    expect(reply('Bonjour,\nSuite au contrôle qualité à réception, le lot présentait 18 % de fruits hors calibre.\nNous appliquons une réfaction qualité de 412,00 € sur la facture F26-0902. Le règlement sera donc limité à 7 523,20 € à l\'échéance, sauf avoir de votre part.', '2026-10-20').kind).toBe('dispute');
  });

  it('« je leur ai demandé de vous régler ça en début de semaine prochaine » promises', () => {
    expect(reply("bonjour,\noui pardon c'est passé entre les mailles du filet, la compta est en sous effectif. je leur ai demandé de vous regler ça en debut de semaine prochaine.\ncdlt", '2026-12-03')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-07' });
  });

  it('« le paiement de la 0577 part vendredi prochain » promises; « le paiement de votre part » does not', () => {
    expect(reply('Bonjour Claire,\nJe reprends le sujet côté finance. Les fonds sont arrivés, le paiement de la 0577 part vendredi prochain avec le reste des fournisseurs.', '2026-12-03').kind).toBe('promise');
    expect(reply("Bonjour, nous attendons toujours le paiement de votre part pour la commande 4411, merci de regarder.", '2026-12-03').kind).not.toBe('promise');
  });

  it('"Less deposit invoice MCM-2026-074   -CAD 6,000.00" names the deposit\'s invoice, not this one', () => {
    const fields = extractTextFields('INVOICE MCM-2026-095\nDate: 25/11/2026\nDLC shoot — quote D-2026-098                 CAD 20,000.00\nLess deposit invoice MCM-2026-074           -CAD 6,000.00\nAdditional performer, 1 day                  CAD 1,250.00\nBalance due                                  CAD 15,250.00', 'DMY');
    expect([fields.invoiceNumbers[0]?.value, fields.amount?.value]).toEqual(['MCM-2026-095', { value: 15250, currency: 'CAD' }]);
  });
});

describe('fifth batch (UZX–VVY)', () => {
  it('« … mise en paiement dans Coupa et réglée par virement le 02/06. Vous devriez voir les fonds d\'ici un jour ou deux » pays (the short date\'s stop ends the sentence)', () => {
    expect(reply("Je vous confirme que la facture PEP-2026-041 a été mise en paiement dans Coupa et réglée par virement le 02/06. Vous devriez voir les fonds d'ici un jour ou deux.\nMerci encore pour les portraits.", '2026-06-03').kind).toBe('paid');
  });

  it('« Le virement est programé pour vendredi prochain, promis » (one m) promises', () => {
    expect(reply('Salut Karim\nDésolé pour le retard on a eu un souci de tréso avec la saison. Le virement est programé pour vendredi prochain, promis.\nThierry', '2026-12-02').kind).toBe('promise');
  });

  it('our chases: « ¿Podría indicarme si la factura … ya ha sido abonada? », « die angekündigte Zahlung … ist bis heute nicht bei uns eingegangen »', () => {
    expect(own('Hola Marta,\n¿Podría indicarme si la factura FIR-2026-0389 de 1.480,50 EUR ya ha sido abonada? No la encuentro en nuestros extractos.\nGracias')).toBe('reminder');
    expect(own('Guten Tag Frau Hoffmann,\nleider ist die angekündigte Zahlung für die Rechnung CEL-2026-0266 (2.400,00 EUR) bis heute nicht bei uns eingegangen. Bitte prüfen Sie dies.')).toBe('reminder');
  });

  it('a signed RIB asked for (« Notre système demande un RIB signé …, c\'est pour ça que la facture est bloquée ») leaves the invoice open', async () => {
    expect(await answered('Bonjour,\nPourriez-vous me renvoyer votre RIB sur papier à en-tête ? Notre système demande un RIB signé pour créer le fournisseur dans notre nouveau logiciel, c\'est pour ça que la facture est bloquée.\nMerci', '2026-12-02')).toEqual(['open', null]);
  });

  it('« solde payable à la pose » is due on the invoice\'s day', () => {
    expect(extractTextFields('FACTURE N° F-2026-0587 – 02/06/2026\nTotal TTC : 3 780,00 €\nAcompte versé (facture F-2026-0412) : - 1 890,00 €\nNet à payer : 1 890,00 €\nConditions : solde payable à la pose.', 'DMY').terms).toEqual({ kind: 'on-receipt' });
  });

  it('the month\'s invoices listed to the accountant, one per line, bill nothing', async () => {
    const list = to(mail({ subject: 'Factures clients novembre 2026', date: '2026-12-03', text: "Bonjour Stéphanie,\n\nComme chaque mois, voici la liste des factures clients émises en novembre :\nCEL-2026-0412 Entrepôts Nordis 2 880,00 €\nCEL-2026-0419 Stockal 1 740,00 €\nCEL-2026-0425 De Smet Logistics 3.150,00 € (autoliquidation)\nCEL-2026-0431 Entrepôts Garnier 2 376,00 € (contestée)\nCEL-2026-0433 Transport Mertens 14 400,00 € dont acompte 4 000,00 €\nCEL-2026-0440 Delcourt Logistique 7 956,00 €\nEt l'avoir AV-2026-007 Stockal -144,00 €.\n\nL'export Sellsy est dans le dossier partagé.\n\nBonne journée,\nSophie" }), 's.martin@expertise.example');
    expect(await scanMessages([list], { me: ME, today: '2026-12-07' })).toEqual([]);
  });
});

describe('sixth batch (VVZ–VXV)', () => {
  it('a bank\'s « Un virement international a été reçu sur votre compte … Référence : INV-2026-J07 » pays that invoice', () => {
    const notice = readPaymentNotice(mail({ subject: 'Virement international reçu', from: 'notification@banque.example', text: "Madame, Monsieur,\n\nUn virement international a été reçu sur votre compte ****1094.\n\nDate de valeur : 02/11/2026\nMontant d'origine : 1 485 000 JPY\nMontant crédité : 8 392,17 EUR (commission déduite 18,50 EUR)\nDonneur d'ordre : SAKURA FINE FOODS KK TOKYO\nRéférence : INV-2026-J07\n\nCe message est envoyé automatiquement." }));
    expect(notice?.invoiceNumbers).toContain('INV-2026-J07');
  });

  it('our « Je vous remercie de régler la facture CAM-2026-0501 de 1 464,00 € sous huitaine » chases; « merci de régler sur l\'IBAN … » does not', () => {
    expect(own("Monsieur Laplane,\n\nLe contrat d'entretien est un contrat annuel voté en assemblée générale. Je vous remercie de régler la facture CAM-2026-0501 de 1 464,00 € sous huitaine.\n\nCordialement")).toBe('reminder');
    expect(own("Bonjour Sylvie,\nOui, je vous confirme : depuis octobre nos factures sont cédées à BPI Factor Ouest, merci de régler sur l'IBAN FR76 1010 7001 1800 0220 3518 844 indiqué sur la facture.")).not.toBe('reminder');
  });

  it('« Le mandat a été émis ce jour … ; le virement du Trésor Public devrait vous parvenir autour du 15 décembre » promises that day; « sous 48h » pays', () => {
    expect(reply("Madame,\nJe vous prie de nous excuser pour ce délai. Le mandat a été émis ce jour et transmis au comptable public ; le virement du Trésor Public devrait vous parvenir autour du 15 décembre.", '2026-11-27')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
    expect(reply('Madame,\nLe mandat a été émis ce jour, vous devriez recevoir les fonds sous 48h.', '2026-11-27').kind).toBe('paid');
  });

  it('a client naming our earlier invoice of the same work (« vous a déjà été facturé sous le n° CAM-2026-0468 ») disputes the new one, not that one', async () => {
    const me = ['ascenseurs.example'];
    const first = to(mail({ subject: 'Facture CAM-2026-0468 – visite quinquennale', date: '2026-10-02', text: 'Bonjour Madame Roux,\nFacture n° CAM-2026-0468 du 02/10/2026\nNet à payer : 648,00 € TTC\nÉchéance : 30 jours' }), 'sandrine.roux@immo.example', 'sophie@ascenseurs.example');
    const second = to(mail({ subject: 'Facture CAM-2026-0512 – visite quinquennale', date: '2026-11-05', text: 'Bonjour Madame Roux,\nFacture n° CAM-2026-0512 du 05/11/2026\nNet à payer : 648,00 € TTC\nÉchéance : 30 jours' }), 'sandrine.roux@immo.example', 'sophie@ascenseurs.example');
    const answer: MailMessage = {
      ...mail({ subject: 'RE: Facture CAM-2026-0512 – visite quinquennale', date: '2026-11-09', from: 'sandrine.roux@immo.example', text: "Bonjour,\nJe pense qu'il y a une erreur : ce contrôle quinquennal vous a déjà été facturé sous le n° CAM-2026-0468 du 2 octobre, et nous l'avons réglé le 28/10. Il n'y a eu qu'une seule visite, je ne vois pas pourquoi on la paierait deux fois." }),
      to: [{ name: '', address: 'sophie@ascenseurs.example' }],
      inReplyTo: second.messageId,
      references: [second.messageId],
    };
    const found = await scanMessages([first, second, answer], { me, today: '2026-12-07' });
    expect(found.map((r) => [r.invoiceNumber, r.status])).toEqual([['CAM-2026-0468', 'open'], ['CAM-2026-0512', 'disputed']]);
  });
});

describe('seventh batch (VXW–VYX)', () => {
  const coupa = (cc: string, sentTo: string): MailMessage => ({
    ...mail({ subject: 'Invoice VSO-2026-073 submitted to Altheon Pharma SAS (PO 4500128876)', date: '2026-07-02', from: 'do_not_reply@coupahost.com', text: `Dear Supplier,\n\nInvoice VSO-2026-073 has been submitted through the Coupa Supplier Portal on behalf of Verrerie Scientifique d'Orsay.\n\nCustomer: Altheon Pharma SAS\nPO number: 4500128876\nInvoice number: VSO-2026-073\nInvoice date: 02/07/2026\nPayment terms: Net 60\nTotal (incl. VAT): 4 980,00 EUR\nSent to: ${sentTo}\n\nThis is an automated message from Coupa. Please do not reply to this email.` }),
    to: [{ name: '', address: 'claire@verrerie.example' }],
    cc: [{ name: '', address: cc }],
  });

  it('a portal\'s « Invoice … has been submitted … Sent to: ap.france@… » to us, the client in Cc, is the invoice\'s sending', async () => {
    const [r] = await scanMessages([coupa('ap.france@altheon.example', 'ap.france@altheon.example')], { me: ['verrerie.example'], today: '2026-12-07' });
    expect([r?.invoiceNumber, r?.amount, r?.debtorEmail]).toEqual(['VSO-2026-073', 4980, 'ap.france@altheon.example']);
  });

  it('the same notice whose Cc is not the address it says it sent to is not read as ours', async () => {
    expect(await scanMessages([coupa('compta@supplier.example', 'ap.france@altheon.example')], { me: ['verrerie.example'], today: '2026-12-07' })).toEqual([]);
  });
});
