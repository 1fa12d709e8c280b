/** What the twenty-seventh session's batches of unseen mailboxes (QZZ–SXW) showed, and QYZ's two misses left before them, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { kindOfTitle } from '../../../shared/core/detect/document-kind';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { withoutPaperworkSentences } from '../../../shared/core/status/paperwork-hold';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));
const own = (text: string, subject = 'Re: Facture F-2026-0248') => classifyOwnFollowUp(mail({ text, subject, from: 'compta@cuisines.example' }));

describe('client replies', () => {
  it('« Notre logiciel refuse les factures sans IBAN » is a rule asking for paperwork, no dispute', () => {
    expect(reply("Bonjour,\nPouvez-vous me renvoyer la facture au format PDF ainsi qu'un RIB à jour ? Notre logiciel refuse les factures sans IBAN.\nMerci", '2026-11-05').kind).not.toBe('dispute');
  });

  it('« Nous refusons la facture : le montant ne correspond pas au devis » still disputes', () => {
    expect(reply('Bonjour,\nNous refusons la facture : le montant ne correspond pas au devis signé.', '2026-11-05').kind).toBe('dispute');
  });

  it('« Ik doe de overschrijving volgende vrijdag » promises', () => {
    expect(reply('Dag Sophie,\nExcuses voor de vertraging, ons bestuur moest de uitgave nog goedkeuren. Ik doe de overschrijving volgende vrijdag.', '2026-12-03').kind).toBe('promise');
  });

  it('« De factuur … werd goedgekeurd en zal uiterlijk vrijdag 4 december betaald worden » promises that day; « zal niet betaald worden zolang … » still disputes', () => {
    expect(reply('Dag mevrouw Vasseur,\nExcuses voor de vertraging. De factuur FLSF-2026-047 werd goedgekeurd en zal uiterlijk vrijdag 4 december betaald worden.', '2026-11-27')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-04' });
    expect(reply('De factuur zal niet betaald worden zolang de fout niet is rechtgezet.', '2026-11-27').kind).toBe('dispute');
  });

  it('a client away who pays all the same (« je suis en déplacement jusqu\'à dimanche. je te fais le virement lundi ») is no absence notice', () => {
    expect(reply("Hello Claire\ndsl j'ai complètement zappé, je suis en déplacement jusqu'à dimanche. je te fais le virement lundi sans faute\nJulien", '2026-12-03')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-07' });
  });

  it('an absence notice stays one', () => {
    expect(reply("Bonjour,\nJe suis en déplacement jusqu'au 14 décembre inclus, avec un accès limité à mes e-mails. Pour toute urgence, contactez l'accueil.", '2026-12-03').kind).toBe('auto-reply');
  });

  it('a bill of exchange « acceptée et domiciliée pour une échéance au 10/12/2026 » is promised for that day', () => {
    expect(reply('Bonjour Gaëlle,\nPetit décalage sur cette facture : la LCR n\'a pas pu être émise à temps pour le 30/11. Elle est acceptée et domiciliée pour une échéance au 10/12/2026.', '2026-11-26')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-10' });
  });
});

describe('our own follow-ups', () => {
  it('« On gèle la relance en attendant » calls chasing off: no reminder', () => {
    expect(own("Bonjour M. Mercier,\nToutes mes excuses, je n'avais pas eu l'info. Karim passe chez vous jeudi pour le diagnostic. On gèle la relance en attendant.\nBien à vous")).not.toBe('reminder');
  });

  it('« À la demande de votre expert-comptable, voici le duplicata de la facture … (reste à payer : 14 688,00 €) » is a copy asked for, no reminder', () => {
    expect(own('Bonjour,\nÀ la demande de votre expert-comptable, voici le duplicata de la facture F-2026-0248 du 15/09/2026 (reste à payer : 14 688,00 €).\nCordialement', 'Duplicata – Facture F-2026-0248')).not.toBe('reminder');
  });

  it('« Je reviens vers vous pour la facture une fois le rapport complété » is later, no reminder; « je reviens vers vous pour la facture F-2026-12 : avez-vous pu la régler ? » chases', () => {
    expect(own('Bonjour Monsieur Bosc,\nJe suis désolée pour ce contretemps. Je reviens vers vous pour la facture une fois le rapport complété.\nBien cordialement')).not.toBe('reminder');
    expect(own('Bonjour, je reviens vers vous pour la facture F-2026-12 : avez-vous pu la régler ?')).toBe('reminder');
  });
});

describe('notices', () => {
  it('a portal\'s « La facture F-2026-068 a été mise en litige par Ouest Vision » is a rejection of that invoice', () => {
    const notice = mail({ from: 'do_not_reply@ouestvision.coupahost.com', subject: 'Litige sur la facture F-2026-068 – Ouest Vision', text: 'La facture F-2026-068 a été mise en litige par Ouest Vision.\n\nCommande : 4500221409\nMotif du litige : Écart de quantité.\n\nCeci est un message automatique, merci de ne pas y répondre.', date: '2026-11-06' });
    expect(readPaymentNotice(notice)).toMatchObject({ rejected: true, invoiceNumbers: ['F-2026-068'] });
  });

  it('a bank\'s credit « Libellé : MANDAT 2026-08812 UPHF FLSF-2026-044 » names the invoice after the payer\'s name', () => {
    const notice = mail({ from: 'notifications@alertes.bank.example', subject: 'Virement reçu : +1 296,00 EUR', text: 'Bonjour,\n\nUn virement a été crédité sur votre compte professionnel.\n\nMontant : +1 296,00 EUR\nÉmetteur : DRFIP HAUTS DE FRANCE ET NORD\nLibellé : MANDAT 2026-08812 UPHF FLSF-2026-044\nDate de valeur : 19/11/2026', date: '2026-11-19' });
    expect(readPaymentNotice(notice)?.invoiceNumbers).toContain('FLSF-2026-044');
  });
});

describe('invoice fields', () => {
  it('an order\'s date (« ordine n. 2026/0453 del 02/09/2026 ») is not the invoice\'s', () => {
    const text = "vi trasmettiamo i dati della nostra fattura relativa all'ispezione (ordine n. 2026/0453 del 02/09/2026).\nFattura n. TSM-2026-047\nData: 28/09/2026\nTotale da pagare: 18.240,00 EUR";
    expect(extractTextFields(text, 'DMY').issueDate?.value).toBe('2026-09-28');
  });

  it('« Warenwert (Export, MWST-frei): CHF 7\'845.50 » is the amount, no tax', () => {
    const text = "Rechnung Nr. MAA-2026-0402 vom 01.09.2026\nBienen-Meier AG, Industriestrasse 14, 8304 Wallisellen\nWarenwert (Export, MWST-frei): CHF 7'845.50\nZahlungsbedingungen: 60 Tage netto";
    expect(extractTextFields(text, 'DMY').amount?.value).toEqual({ value: 7845.5, currency: 'CHF' });
  });

  it('« Acompte de 30 % sur un total de 5 400,00 € TTC » is the whole: the deposit is billed', () => {
    const text = "FACTURE D'ACOMPTE n° FLSF-2026-070\nDate d'émission : 18/11/2026\nAcompte de 30 % sur un total de 5 400,00 € TTC\nMontant de l'acompte : 1 620,00 € TTC (dont TVA 270,00 €)\nPaiement à réception.";
    expect(extractTextFields(text, 'DMY').amount?.value).toEqual({ value: 1620, currency: 'EUR' });
  });
});

describe('second and third batches (RWX–RXZ, RYV–RZW)', () => {
  it('« je passe le certificat de paiement au MO la semaine prochaine » passes a document on: no promise', () => {
    expect(reply('Bien reçu, je vérifie les quantités et je passe le certificat de paiement au MO la semaine prochaine.', '2026-10-02').kind).not.toBe('promise');
  });

  it('« Le paiement au 15 décembre est validé » still promises', () => {
    expect(reply('Bonjour, le paiement au 15 décembre est validé.', '2026-10-02')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
  });

  it('text-speak « c parti par virement ce matin » pays', () => {
    expect(reply("Hello Claire,\nc parti par virement ce matin (3600€), tu devrais l'avoir demain ou jeudi.", '2026-12-01').kind).toBe('paid');
  });

  it('« la coop a payé en retard. Je vous fais le virement vendredi » is someone else paying the client: a promise', () => {
    expect(reply('Bonjour Sandrine\nOui on a eu un trou de tréso, la coop a payé en retard. Je vous fais le virement vendredi, avec les frais.\nThomas', '2026-11-19')).toMatchObject({ kind: 'promise', promisedDate: '2026-11-20' });
  });

  it('« Le virement a été fait hier. Je vous envoie la preuve vendredi » still pays', () => {
    expect(reply('Bonjour, le virement a été fait hier. Je vous envoie la preuve vendredi.', '2026-11-19').kind).toBe('paid');
  });

  it('« je passe a l atelier lundi prochain deposer un cheque » promises that Monday', () => {
    expect(reply('bonjour madame\npas vu vos mails c ma fille qui les lit. je passe a l atelier lundi prochain deposer un cheque, je dois de toute facon recuperer la remorque.', '2026-12-03')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-07' });
  });

  it('« Die Anzahlung von CHF 1\'345.50 ist heute … überwiesen worden » pays a deposit invoice', () => {
    const m = mail({ text: "Liebe Camille\nDie Anzahlung von CHF 1'345.50 ist heute von unserem UBS-Konto überwiesen worden. Merci vielmal und bis bald!", date: '2026-05-13' });
    expect(classifyClientReply(m, { depositInvoice: true, invoiceAmount: 1345.5 }).kind).toBe('paid');
  });

  it('our « … era in scadenza l\'8 settembre e non risulta ancora pagata » chases', () => {
    expect(own("Buongiorno Laura,\nla fattura AM-2026-049 (8.750,00 EUR) era in scadenza l'8 settembre e non risulta ancora pagata. Può verificare per favore?", 'R: Fattura AM-2026-049')).toBe('reminder');
  });

  it('our « leider haben wir bis heute keine Zahlung für GLL-2026-0372 (21.450,00 EUR) erhalten » chases', () => {
    expect(own('Guten Tag Frau Weber,\nleider haben wir bis heute keine Zahlung für GLL-2026-0372 (21.450,00 EUR) erhalten, obwohl die Überweisung für Ende November angekündigt war. Könnten Sie bitte den Status prüfen?', 'AW: Rechnung GLL-2026-0372')).toBe('reminder');
  });

  it('a portal\'s rejection for « Le numéro de réception (GR) est absent » asks for paperwork', () => {
    const notice = mail({ from: 'ordersender-prod@ansmtp.ariba.com', subject: 'Facture SML-2026-0412 : statut Rejetée – Terminal de Normandie SAS', text: 'Terminal de Normandie SAS a mis à jour le statut de votre facture.\n\nNuméro de facture : SML-2026-0412\nStatut : Rejetée\nMotif : Le numéro de réception (GR) est absent. Merci de mentionner le numéro de bon de réception 5000443218 et de soumettre à nouveau.\n\nCeci est un message automatique, merci de ne pas y répondre.', date: '2026-09-22' });
    expect(readPaymentNotice(notice)).toMatchObject({ rejected: true, forPaperwork: true });
  });
});

describe('fourth and fifth batches (RZX–SVY, SVZ–SXW)', () => {
  it('a quote\'s amount in brackets after a description (« sur devis D-2026-0041 (insert Jøtul C 620 + tubage, 7 500,00 € TTC) ») is not billed', () => {
    const text = "Facture d'acompte FA-2026-0031 du 12/05/2026\nAcompte 30 % sur devis D-2026-0041 (insert Jøtul C 620 + tubage, 7 500,00 € TTC)\nMontant de l'acompte : 2 250,00 € TTC\nPayable à réception par virement";
    expect(extractTextFields(text, 'DMY').amount?.value).toEqual({ value: 2250, currency: 'EUR' });
  });

  it('our « Je vous rappelle simplement l\'échéance de fin octobre pour la facture … » chases', () => {
    expect(own("Bonjour Nadia,\nMerci pour votre retour. Je vous rappelle simplement l'échéance de fin octobre pour la facture TA-2026-052 (864,00 €).\nBonne journée", 'RE: facture traduction')).toBe('reminder');
  });

  it('our « Seguimos sin ver el pago de la factura … » chases', () => {
    expect(own('Hola Iñaki,\nSeguimos sin ver el pago de la factura PL-2026-0911 de 14.448,00 EUR, y ya han pasado dos viernes.', 'RE: Factura PL-2026-0911')).toBe('reminder');
  });

  it('our apology that « la relance est partie avant que je fasse le point » chases nothing', () => {
    expect(own("Marc,\nToutes mes excuses, la relance est partie avant que je fasse le point avec le technicien. J'ai ouvert un dossier RMA chez Lenovo pour le lot, je te confirme une date d'échange d'ici jeudi.", 'RE: Facture FA-2026-0445 — échéance dépassée')).not.toBe('reminder');
  });

  it('our threat « je serai obligée de suspendre tes parutions … et de t\'adresser une mise en demeure » chases; « nous suspendons les relances » does not', () => {
    expect(own("Bonjour Julien,\nSans règlement de la facture RPL-2026-036 (354,00 €) sous 8 jours, je serai obligée de suspendre tes parutions du samedi et de t'adresser une mise en demeure.", 'Re: Facture septembre')).toBe('reminder');
    expect(own('Bonjour, nous suspendons les relances le temps du contrôle.', 'Re: Facture septembre')).not.toBe('reminder');
  });

  it('our « merci de régler sur l\'IBAN … » (answering where to pay) is no chase; « merci de régler rapidement » is one', () => {
    expect(own("Bonjour Sylvie,\nOui, je vous confirme : depuis octobre nos factures sont cédées à BPI Factor Ouest, merci de régler sur l'IBAN FR76 1010 7001 1800 0220 3518 844 indiqué sur la facture.")).not.toBe('reminder');
    expect(own('Bonjour, la facture est échue, merci de régler rapidement.')).toBe('reminder');
  });

  it('our « la facture de septembre (216 €) nous a échappé à toutes les deux » chases', () => {
    expect(own('Coucou Inès,\nJe crois que la facture de septembre (216 €) nous a échappé à toutes les deux, tu peux jeter un œil ?\nBises', 'Re: Facture septembre')).toBe('reminder');
  });

  it('"it\'ll go to the committee on the 10th for sign-off" passes the invoice on, no promise; "it\'ll go on Friday" promises', () => {
    expect(reply("Thanks Thomas, received – it'll go to the committee on the 10th for sign-off.", '2026-11-21').kind).not.toBe('promise');
    expect(reply("Approved, it'll go on Friday.", '2026-11-21').kind).toBe('promise');
  });

  it('« hoy ha salido la transferencia de la factura … » pays', () => {
    expect(reply('Hola Sophie:\nTe confirmo que hoy ha salido la transferencia de la factura RPL-2026-020 por importe de 1.180,00 €. Perdona el retraso.', '2026-09-03').kind).toBe('paid');
  });

  it('« De betaling van factuur F-2026-0440 (4.210,00 EUR) staat ingepland voor 10 december » promises that day', () => {
    expect(reply('Goedemiddag,\nDe betaling van factuur F-2026-0440 (4.210,00 EUR) staat ingepland voor 10 december.', '2026-12-01')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-10' });
  });

  it('our « Avis de compensation » (« Facture F-2026-0412 … soldée par compensation ») pays the invoice and is no invoice', () => {
    const notice = mail({ from: 'comptabilite@coop.example', subject: 'Avis de compensation - EARL Dubreuil - octobre 2026', text: "Madame, Monsieur,\n\nNous vous informons de l'opération de compensation suivante :\n\nBordereau d'achat BA-2026-0811 (blé tendre août 2026) : 14 220,00 € à votre crédit\nFacture F-2026-0412 du 30/09/2026 : 2 845,20 € à votre débit – soldée par compensation\nSolde viré sur votre compte le 23/10/2026 : 11 374,80 €", date: '2026-10-20' });
    expect(readPaymentNotice(notice)?.invoiceNumbers).toContain('F-2026-0412');
    expect(kindOfTitle('Avis de compensation - EARL Dubreuil - octobre 2026')).toBe('receipt');
  });

  it('« Une facture envoyée par mail ne peut pas être payée » after the Chorus Pro instructions asks for paperwork, no dispute', () => {
    expect(withoutPaperworkSentences("Bonjour,\nPour pouvoir mandater, merci de déposer la facture sur Chorus Pro en indiquant le numéro d'engagement 2026-00781 et le code service ECOLES. Une facture envoyée par mail ne peut pas être payée.")).not.toContain('ne peut pas être payée');
  });
});

describe('sixth batch (SXX–SYZ)', () => {
  it('« la LCR relative à votre facture HB-2026-0412 (2 340,00 €) a été honorée à l\'échéance » pays', () => {
    expect(reply("Bonjour Madame Vuillemin,\nPour information, la LCR relative à votre facture HB-2026-0412 (2 340,00 €) a été honorée à l'échéance du 31/10.", '2026-11-04').kind).toBe('paid');
  });

  it('« je réglerai le solde par chèque à ce moment-là » (the noun « solde ») promises the Saturday named', () => {
    expect(reply("Bonjour Madame,\nDésolé pour le délai, j'étais en déplacement. Je passe récupérer la montre samedi prochain et je réglerai le solde par chèque à ce moment-là.", '2026-12-03').kind).toBe('promise');
  });

  it('« Wir sammeln gerade noch die letzten Beiträge … ein und überweisen den Betrag bis Ende nächster Woche » promises', () => {
    expect(reply('Hallo Frau Morin,\nEntschuldigung für die Verzögerung. Wir sammeln gerade noch die letzten Beiträge der Teilnehmer ein und überweisen den Betrag bis Ende nächster Woche.', '2026-12-02')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-11' });
  });

  it('« La facture est partie dans nos spams … pourrais-tu nous la renvoyer » is no payment', () => {
    expect(reply('Bonjour Claire,\nLa facture est partie dans nos spams et notre expert-comptable ne la retrouve pas, pourrais-tu nous la renvoyer à compta@agence.example stp ?', '2026-11-20').kind).not.toBe('paid');
  });

  it('our « … est en retard de plus d\'un mois. Merci de faire le virement cette semaine » chases', () => {
    expect(own('Bonjour Fanny,\nla facture CP-2026-0403 de 302,40 € est en retard de plus d\'un mois. Merci de faire le virement cette semaine, sinon je serai obligée de suspendre les livraisons du vendredi.', 'Re: Facture CP-2026-0403')).toBe('reminder');
  });

  it('« Total (export, hors TVA) … CHF 4\'215.50 » is the amount billed, not a line above it', () => {
    const text = "Facture n° HB-2026-0478\nDate : 10.11.2026\nRévision JR-210, 7 pièces à CHF 450.00 ........ CHF 3'150.00\nRemplacement glace saphir + joints, 3 pièces ... CHF 1'065.50\nTotal (export, hors TVA) ........................ CHF 4'215.50\nPaiement : 30 jours net.";
    expect(extractTextFields(text, 'DMY').amount?.value).toEqual({ value: 4215.5, currency: 'CHF' });
  });
});

describe('seventh batch (SZV–TVX)', () => {
  it('« wir haben die o.g. Rechnung am 22.09.2026 unter Abzug von 2 % Skonto … überwiesen » pays (an abbreviation\'s stops do not end the sentence)', () => {
    expect(reply('Sehr geehrte Frau Ferrand,\nwir haben die o.g. Rechnung am 22.09.2026 unter Abzug von 2 % Skonto mit 15.552,60 EUR an Sie überwiesen.', '2026-09-23').kind).toBe('paid');
  });

  it('a signature\'s title « Administration des ventes & recouvrement » chases nothing; « … confié à notre service de recouvrement. » does', () => {
    expect(own("Bonjour Madame Costa,\nVoici notre RIB en pièce jointe :\nIBAN FR76 1910 6000 1243 5678 9012 345\nBonne journée,\nClaire Ferrand\nAdministration des ventes & recouvrement")).not.toBe('reminder');
    expect(own('Bonjour, sans règlement sous 8 jours, le dossier sera confié à notre service de recouvrement.')).toBe('reminder');
  });

  it('« Ik zorg dat het bedrag uiterlijk vrijdag 4 december op je rekening staat » promises that day', () => {
    expect(reply('Dag Léa,\nSorry, die is er tussen gevallen door de verhuis van ons kantoor. Ik zorg dat het bedrag uiterlijk vrijdag 4 december op je rekening staat.', '2026-11-20')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-04' });
  });

  it('a portal\'s "… has recorded a payment for the following invoice. Invoice #: PID-2026-089" pays it', () => {
    const notice = mail({ from: 'do_not_reply@coupahost.com', subject: 'Groupe Hôtelier Lutèce: Payment notification – Invoice PID-2026-089', text: 'Hello Photo Immo Deauville,\n\nGroupe Hôtelier Lutèce has recorded a payment for the following invoice.\n\nInvoice #: PID-2026-089\nPO #: 4500118732\nInvoice total: 4,560.00 EUR\nPayment amount: 4,560.00 EUR\nPayment date: 09/08/2026 (MM/DD/YYYY)', date: '2026-09-09' });
    expect(readPaymentNotice(notice)?.invoiceNumbers).toContain('PID-2026-089');
  });

  it('our « Le prélèvement de la facture … n\'est pas passé. Pouvez-vous nous régler par virement … ? » chases', () => {
    expect(own('Bonjour Monsieur Muller,\nLe prélèvement de la facture FAC-2026-0999 (412,20 €) n\'est pas passé. Pouvez-vous nous régler par virement ou nous dire quand représenter le prélèvement ?', 'RE: Facture FAC-2026-0999')).toBe('reminder');
  });

  it('« Oui je sais, je régularise d\'ici la fin du mois » promises the month\'s end', () => {
    expect(reply('Bonjour\nOui je sais, je régularise d\'ici la fin du mois.', '2026-11-19')).toMatchObject({ kind: 'promise', promisedDate: '2026-11-30' });
  });

  it('"I\'ve just sent the deposit of £1,640 by bank transfer" pays a deposit invoice', () => {
    const m = mail({ text: "Hi Camille,\nThank you so much! I've just sent the deposit of £1,640 by bank transfer, reference F-2026-0052. Mum says hi :)", date: '2026-05-13' });
    expect(classifyClientReply(m, { depositInvoice: true, invoiceAmount: 1640 }).kind).toBe('paid');
  });

  it('« À régler au plus tard lors de l\'essayage final le 12/09/2026 » is the due date', () => {
    const text = "Facture n° F-2026-0098 – Toulouse, le 18/08/2026\nSolde à régler : 1 045,00 €\nÀ régler au plus tard lors de l'essayage final le 12/09/2026 (CB, espèces, chèque ou virement).";
    expect(extractTextFields(text, 'DMY').dueDate?.value).toBe('2026-09-12');
  });

  it('the payment named by a possessive pronoun (« C\'est noté : le vôtre partira en fin de semaine prochaine ») promises', () => {
    expect(reply("Bonjour Lucie,\nC'est noté : le vôtre partira en fin de semaine prochaine.", '2026-12-02')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-11' });
  });

  it('our « Je me permets de vous rappeler que le solde de 4 116,00 € (facture F2026-0440) … n\'a pas encore été reçu » chases', () => {
    expect(own('Bonjour Monsieur Dalmasso,\nJe me permets de vous rappeler que le solde de 4 116,00 € (facture F2026-0440), payable à réception, n\'a pas encore été reçu.', 'RE: Facture de solde F2026-0440')).toBe('reminder');
  });
});

describe('eighth batch (TVY–TXV)', () => {
  it('« Elle passe dans le virement groupé fournisseurs du 10 décembre » promises that day', () => {
    expect(reply('Bonjour,\noui désolé on a eu un retard de validation de la MOE. Elle passe dans le virement groupé fournisseurs du 10 décembre.', '2026-11-19')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-10' });
  });

  it('« Klopt dit bedrag wel? … Kun je de factuur aanpassen? Dan betalen we direct » disputes the amount', () => {
    expect(reply('Beste Claire,\nKlopt dit bedrag wel? Wij hebben maar 4 dagen geboekt (21 t/m 24 december), niet 5. Kun je de factuur aanpassen? Dan betalen we direct.', '2026-11-18').kind).toBe('dispute');
  });

  it('« la LCR est domiciliée, échéance au 15/12/2026 » promises its maturity; « la LCR a été acceptée » alone pays', () => {
    expect(reply("Bonjour Sophie,\ndésolée pour le retard. C'est débloqué : la LCR est domiciliée, échéance au 15/12/2026.", '2026-11-06')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
    expect(reply('Bonjour, la LCR a été acceptée.', '2026-11-26').kind).toBe('paid');
  });

  it('a question about a credit note we sent (« l\'avoir de 1 440 € que vous nous avez envoyé doit-il être déduit … ? ») is no dispute', () => {
    expect(reply("Bonjour Claire,\nBien reçu la facture, merci. Une question : l'avoir de 1 440 € que vous nous avez envoyé doit-il être déduit de celle-ci ou vous nous le remboursez ?", '2026-11-12').kind).not.toBe('dispute');
  });

  it('our « Les vendanges étant terminées, pourriez-vous régler la facture F-2026-063 ? » chases', () => {
    expect(own('Bonjour Pierre,\nLes vendanges étant terminées, pourriez-vous régler la facture F-2026-063 ?\nMerci', 'Re: Facture F-2026-063')).toBe('reminder');
  });
});

describe('review', () => {
  it('the payer\'s own people paying ("our finance team has paid it this morning") still pay, a later promise notwithstanding', () => {
    expect(reply('Hi, our finance team has paid it this morning. I will send you the remittance advice tomorrow.', '2026-11-19').kind).toBe('paid');
  });
});

describe('ninth batch (TXW–TYY)', () => {
  it('our « nous relançons une série la semaine 49. Je reviens vers vous pour la facture. » (production restarted, a later word) chases nothing', () => {
    expect(own("Bonjour Monsieur Lemaître,\nJe suis désolé pour l'absence de retour. Nous reprenons les 214 pièces : merci de nous les retourner, nous relançons une série la semaine 49. Je reviens vers vous pour la facture.\nCordialement", 'Re: Votre facture FA-2026-0395')).not.toBe('reminder');
  });

  it('our « Sauf erreur, la facture … n\'a pas encore été mise en paiement … Pourriez-vous vérifier ? » chases', () => {
    expect(own('Madame, Monsieur,\nSauf erreur, la facture FJ-2026-063 (3 240,00 € TTC) n\'a pas encore été mise en paiement, son statut Chorus Pro restant « Service fait ». Pourriez-vous vérifier ?', 'RE: Frais de justice')).toBe('reminder');
  });
});
