/** What the twenty-seventh session's first batch of unseen mailboxes (QZZ–RWW) showed, and QYZ's two misses left before it, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
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
