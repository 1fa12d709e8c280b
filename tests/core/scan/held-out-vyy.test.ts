/** What the twenty-ninth session's batches of unseen mailboxes (VYY–…) showed, and the misses left before them (VXW, VXY), each rule on its own. */
import { describe, expect, it } from 'vitest';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { kindOfTitle } from '../../../shared/core/detect/document-kind';
import type { MailMessage } from '../../../shared/core/mail/model';
import { mail } from '../status/mail';
import { answeredInvoice, answering } from './answered-invoice';

const ME = ['atelier-danse.example'];
const own = (text: string, subject = 'Re: Facture F-2026-041') => classifyOwnFollowUp(mail({ text, subject, from: 'claire@atelier-danse.example' }));
const to = (m: MailMessage, address: string, from = 'claire@atelier-danse.example'): MailMessage => ({ ...m, from: { name: 'Claire', address: from }, to: [{ name: '', address }] });

describe('a due day written without its year', () => {
  it('« À régler avant le 5 octobre. » under an invoice dated 21/09/2026 is due on 5 October 2026', () => {
    const fields = extractTextFields('Facture F-2026-120 du 21/09/2026\nSalsa cubaine adultes, trimestre 1 : 198,00 €\nÀ régler avant le 5 octobre.', 'DMY');
    expect(fields.dueDate?.value).toBe('2026-10-05');
  });

  it('"payable by October 5" and „zahlbar bis 5. Oktober" read the written month too; a day before the invoice is next year\'s', () => {
    expect(extractTextFields('Invoice INV-2026-120 dated 09/21/2026\nTotal: $198.00\nPayable by October 5.', 'MDY').dueDate?.value).toBe('2026-10-05');
    expect(extractTextFields('Rechnung RE-2026-120 vom 21.12.2026\nGesamtbetrag: 198,00 €\nZahlbar bis 5. Januar.', 'DMY').dueDate?.value).toBe('2027-01-05');
  });

  it('« à régler au plus tard le 14 novembre » in an e-mail that dates no invoice is due that day, after the e-mail', async () => {
    const invoice = to(
      mail({ subject: 'Votre journée du 14 novembre – facture', date: '2026-11-03', text: 'Madame,\n\nVoici votre facture n° OT-2026-129 : 8 x 120,00 € = 960,00 € TTC, à régler au plus tard le 14 novembre, par virement.\n\nCamille' }),
      'helene@free.example',
    );
    const [r] = await scanMessages([invoice], { me: ME, today: '2026-12-07' });
    expect([r?.invoiceNumber, r?.issueDate, r?.dueDate]).toEqual(['OT-2026-129', '2026-11-03', '2026-11-14']);
  });

  it('a day the month or the year does not have dates nothing: « avant le 31/02 », « avant le 29 février » in 2026', () => {
    expect(extractTextFields('Facture F-2026-120 du 21/01/2026\nMontant : 198,00 €\nÀ payer avant le 31/02.', 'DMY').dueDate).toBeNull();
    expect(extractTextFields('Facture F-2026-120 du 21/01/2026\nMontant : 198,00 €\nÀ régler avant le 29 février.', 'DMY').dueDate).toBeNull();
    expect(extractTextFields('Montant : 198,00 €\nÀ régler avant le 31 février.', 'DMY').dueDayAndMonth).toBeNull();
  });

  it('a day and month with a year after them is not taken for one without', () => {
    expect(extractTextFields('Facture F-2026-120 du 21/09/2026\nMontant : 198,00 €\nÀ régler avant le 5 octobre 2027.', 'DMY').dueDate?.value).toBe('2027-10-05');
  });
});

describe('our chases', () => {
  it('« je n\'ai pas vu passer le PayPal de 780 € pour la facture OT-2026-134 » is a reminder', () => {
    expect(own("Coucou Sophie,\n\nPetit message pour te dire que je n'ai pas vu passer le PayPal de 780 € pour la facture OT-2026-134 — tu peux y jeter un œil quand tu as deux minutes ?\n\nMerci et bises,\nCamille")).toBe('reminder');
  });
});

describe('our chases (2)', () => {
  it('« Le prélèvement de ta facture … (94,80 €) nous est revenu rejeté par la banque … tu peux régler ce mois-ci par virement » is a reminder', () => {
    expect(own('Salut Thomas,\n\nLe prélèvement de ta facture F-2026-1101 de novembre (94,80 €) nous est revenu rejeté par la banque, motif « compte clôturé ».\nTu as changé de banque ? Si oui, envoie-moi ton nouveau RIB. En attendant, tu peux régler ce mois-ci par virement.\n\nMerci !\nCamille')).toBe('reminder');
  });
});

describe('first batch (VYY–VZZ)', () => {
  it('« Je crois que l\'échéance de juillet (FA-2026-0240, 2 150,00 €) n\'est pas passée. Tu peux vérifier ? » is a reminder', () => {
    expect(own("Salut Jean-Marc,\nJe crois que l'échéance de juillet (FA-2026-0240, 2 150,00 €) n'est pas passée. Tu peux vérifier ?\nJulien")).toBe('reminder');
  });

  it('"I can\'t get this approved as is — can we talk about the hours before we pay?" disputes', () => {
    const text = "Hi Claire,\n\nHonestly I'm a bit surprised by the 12 hours of rewrites. Our understanding was that two rounds of revisions were included in the fixed fee. I can't get this approved as is — can we talk about the hours before we pay? Happy to pay the fixed part in the meantime.\n\nSam";
    expect(classifyClientReply(mail({ text, date: '2026-11-25' })).kind).toBe('dispute');
  });

  it('« la facture doit être établie au nom de l\'OGEC … et non de l\'école … Tu peux nous en refaire une à la bonne entité ? On la paiera dès réception. » disputes the invoice', async () => {
    const invoice = to(mail({ subject: 'Facture stage cirque', date: '2026-10-16', text: 'Bonjour Anne,\n\nFacture n° FA-2026-074 – date : 16/10/2026\nStage cirque 5 jours : 980,00 €\nConditions de règlement : 30 jours fin de mois\n\nClaire' }), 'direction@ecole.example');
    const answer = answering(invoice, {
      ...mail({
        subject: 'Re: Facture stage cirque',
        date: '2026-11-05',
        from: 'direction@ecole.example',
        text: "Bonjour Claire,\n\nnotre comptable me signale que la facture doit être établie au nom de l'OGEC Notre-Dame du Roucas (association gestionnaire, SIRET 782 456 123 00019) et non de l'école, sinon elle ne peut pas l'enregistrer. Tu peux nous en refaire une à la bonne entité ? On la paiera dès réception.\n\nAnne",
      }),
      to: [{ name: '', address: 'claire@atelier-danse.example' }],
    });
    const [r] = await scanMessages([invoice, answer], { me: ME, today: '2026-12-07' });
    expect(r?.status).toBe('disputed');
  });

  it('a copy of MBN-2026-0398 whose subject says « FA-MBN-2026-0398 » is the same invoice, not a second one', async () => {
    const invoice = to(
      mail({ subject: 'Facture FA-MBN-2026-0398 — Maraîchage', date: '2026-10-19', text: 'Bonjour,\nFACTURE N° MBN-2026-0398\nDate : 19/10/2026\nTotal TTC : 347,20 €\nConditions : paiement à réception' }),
      'contact@paulette.example',
    );
    const copy = answering(invoice, {
      ...to(mail({ subject: 'Re: Facture FA-MBN-2026-0398 — Maraîchage', date: '2026-10-28', text: 'Coucou Paulette,\n\nLa revoilà : facture MBN-2026-0398 du 19/10/2026, 347,20 € TTC, à régler à réception.\n\nBises' }), 'contact@paulette.example'),
    });
    const found = await scanMessages([invoice, copy], { me: ME, today: '2026-12-07' });
    expect(found.map((r) => [r.messageId, r.invoiceNumber])).toEqual([[invoice.messageId, 'MBN-2026-0398']]);
  });
});

describe('second batch (WVV–WWW)', () => {
  it('« Reste 2 940,00 € à payer à la livraison » under « Tout est livré ! » is due on the invoice\'s day', () => {
    const fields = extractTextFields('Tout est livré ! Je t’envoie la facture du solde :\n\nCV-2026-062 — 30/06/2026\nTotal TTC 4 900,00 € – acompte de 1 960,00 € déjà réglé\nReste 2 940,00 € à payer à la livraison', 'DMY');
    expect(fields.terms).toEqual({ kind: 'on-receipt' });
  });

  it('a bank\'s « Betaaladvies / Payment advice » naming the invoice in its description is a payment notice', () => {
    const notice = mail({
      subject: 'Betaaladvies / Payment advice – Van den Berg Isolatie B.V.',
      from: 'noreply-betaaladvies@ing.example',
      date: '2026-08-25',
      text: 'Geachte relatie,\n\nNamens onze klant Van den Berg Isolatie B.V. informeren wij u over de volgende betaling.\nOn behalf of our client Van den Berg Isolatie B.V. we inform you of the following payment.\n\nUitvoeringsdatum / Execution date: 25-08-2026\nBegunstigde / Beneficiary: CALORIFUGEAGE DUNKERQUE SAS\nBedrag / Amount: EUR 4.356,00\nOmschrijving / Description: FACTUUR CDK-2026-0322\n',
    });
    const read = readPaymentNotice(notice);
    expect([read?.invoiceNumbers, read?.amount]).toEqual([['CDK-2026-0322'], 4356]);
  });

  it('« Facture F-2026-1015 – Aide au retour à domicile – Bon de commande » is an invoice, the order what it answers', () => {
    expect(kindOfTitle('Facture F-2026-1015 – Aide au retour à domicile – Bon de commande')).toBe('invoice');
    expect(kindOfTitle('Bon de commande – facture')).toBe('order');
  });

  it('« la facture pour le prêt des 8 PAR LED et de la petite console pour vos deux semaines : LSL-2026-0479, 640 € HT soit 768,00 € TTC » is numbered', () => {
    const fields = extractTextFields('Salut Léa,\n\nComme promis, la facture pour le prêt des 8 PAR LED et de la petite console pour vos deux semaines : LSL-2026-0479, 640 € HT soit 768,00 € TTC.\n\nBises', 'DMY');
    expect(fields.invoiceNumbers[0]?.value).toBe('LSL-2026-0479');
    expect(fields.amount?.value.value).toBe(768);
  });

  it('our note to the accountant « Pour la clôture de novembre : factures émises LSL-2026-0466 à LSL-2026-0503, l\'avoir AV-2026-007 … » bills nothing', async () => {
    const note = to(
      mail({ subject: 'Factures novembre pour la compta', date: '2026-11-30', text: "Bonjour Sophie,\n\nPour la clôture de novembre : factures émises LSL-2026-0466 à LSL-2026-0503, l'avoir AV-2026-007 et les factures fournisseurs. Tout est dans le dossier partagé.\n\nPoint d'attention : le litige avec les Funambules sur LSL-2026-0440 (2 856 €), à provisionner peut-être.\n\nMerci,\nJulien" }),
      's.ferrand@expertise.example',
    );
    expect(await scanMessages([note], { me: ME, today: '2026-12-07' })).toEqual([]);
  });
});

describe('third batch (WWX–WXY)', () => {
  it('« je t\'ai envoyé les 245 balles par Lydia ce matin 👍 » pays', () => {
    expect(classifyClientReply(mail({ text: "Hello Max, je t'ai envoyé les 245 balles par Lydia ce matin 👍 merci encore, le vélo roule nickel\n\nJulien", date: '2026-11-21' })).kind).toBe('paid');
  });
});

/** An invoice of ours and the client's answer to it, scanned together: the invoice's status and promised date. */
const answered = (answerText: string, answerDate: string) => answeredInvoice('claire@atelier-danse.example', ME, answerText, answerDate);

describe('fourth batch (WXZ–WZV)', () => {
  it('« Je te propose de faire en 3 chèques de 1 956 €, le premier encaissable le 15 décembre … Ca te va ? » promises the first cheque\'s day', async () => {
    expect(await answered("Julien,\nje sais je suis en retard. Je te propose de faire en 3 chèques de 1 956 €, le premier encaissable le 15 décembre, le 2eme le 15 janvier et le dernier le 15 février. Je te les depose la semaine prochaine. Ca te va ?\nJean-Marc", '2026-12-01')).toEqual(['promised', '2026-12-15']);
  });

  it('a part paid, then « Pour le solde (…) on s\'engage à le verser le 8 janvier 2027 », promises that day', async () => {
    expect(await answered("Yann,\nOn a fait un virement de 3 000 € aujourd'hui. Pour le solde (2 870 €) on attend la subvention de l'agglo : on s'engage à le verser le 8 janvier 2027.\nClaire", '2026-12-01')).toEqual(['promised', '2027-01-08']);
  });

  it('« Accusé de réception de commande CDE-2026-311 » is an order, not an invoice', () => {
    expect(kindOfTitle('Accusé de réception de commande CDE-2026-311')).toBe('order');
    expect(kindOfTitle('Order acknowledgement SO-2026-311')).toBe('order');
  });

  it('a deposit invoice bills « Montant de l\'acompte : 1 950,00 € TTC », not the « forfait de 6 500,00 € TTC » above it', () => {
    const fields = extractTextFields("Facture d'acompte n° CV-2026-079 – 22/10/2026\nAcompte 30 % sur forfait de 6 500,00 € TTC\nMontant de l'acompte : 1 950,00 € TTC (dont TVA 20 % : 325,00 €)\nRèglement à réception.", 'DMY');
    expect(fields.amount?.value.value).toBe(1950);
  });
});

describe('fifth batch (WZW–XVX)', () => {
  it('« À payer pour le 10/09 stp. » under an invoice of 28/08/2026 is due on 10 September 2026', () => {
    expect(extractTextFields('Facture n° ML-2026-0402 du 28/08/2026\nLocation piano numérique, septembre 2026 : 89,00 €\nÀ payer pour le 10/09 stp.', 'DMY').dueDate?.value).toBe('2026-09-10');
  });

  it('« paiement à 30 jours, règlement par Cetelem (prêt travaux) à réception de l\'attestation de livraison signée » is 30 days, not on receipt', () => {
    const fields = extractTextFields('Facture FA-2026-0490 du 27/11/2026\nMontant TTC : 11 220,00 €\nConditions : paiement à 30 jours, règlement par Cetelem (prêt travaux) à réception de l\'attestation de livraison signée.', 'DMY');
    expect(fields.terms).toEqual({ kind: 'net', days: 30 });
  });

  it('« le déblocage des fonds sera fait le 15 décembre directement sur votre compte » promises that day', async () => {
    expect(await answered("Bonsoir,\noui désolée, c'est signé depuis hier. J'ai eu Domofinance au tel, ils m'ont dit que le déblocage des fonds sera fait le 15 décembre directement sur votre compte.\nSandrine", '2026-11-18')).toEqual(['promised', '2026-12-15']);
  });

  it('a portal\'s « Avis de mise en paiement » naming « mémoire de frais M-2026-012 – RG 25/01873 » pays the memoire', () => {
    const notice = mail({
      subject: 'Avis de mise en paiement – mandat n° 2026-3318',
      from: 'regie.tj@justice.example',
      date: '2026-10-14',
      text: "TRIBUNAL JUDICIAIRE – RÉGIE D'AVANCES ET DE RECETTES\n\nAvis de mise en paiement\n\nBénéficiaire : M. MARTY Laurent – expert judiciaire\nMandat n° 2026-3318 émis le 13/10/2026\nObjet : mémoire de frais M-2026-012 – RG 25/01873\nMontant : 4 236,00 €\nLe virement sera crédité sur votre compte sous 3 à 5 jours ouvrés.",
    });
    expect(readPaymentNotice(notice)?.invoiceNumbers).toContain('M-2026-012');
  });

  it('a portal\'s rejection for "No valid PO number", then ours "has been resubmitted in Coupa against PO …", leaves the invoice open', async () => {
    const invoice = to(mail({ subject: 'Invoice TEL-2026-0351 – plant open day', date: '2026-10-12', text: 'Dear Sophie,\nPlease find below our invoice TEL-2026-0351 dated 12 October 2026.\nTotal due: €3,960.00\nPayment terms: Net 45' }), 'sophie@orvalys.example');
    const rejection: MailMessage = {
      ...mail({ subject: 'Invoice TEL-2026-0351 has been rejected', date: '2026-10-14', from: 'do_not_reply@orvalys.example', text: 'Hello,\nOrvalys Industries rejected your invoice TEL-2026-0351.\nReason: No valid PO number. Please resubmit the invoice referencing purchase order 4500123987 through the Coupa Supplier Portal.\nThis is an automated message from Coupa.' }),
      to: [{ name: '', address: 'claire@atelier-danse.example' }],
    };
    const resubmitted: MailMessage = {
      ...to(mail({ subject: 'Re: Invoice TEL-2026-0351 has been rejected', date: '2026-10-14', text: 'Hello,\nDone: TEL-2026-0351 has been resubmitted in Coupa against PO 4500123987, same amount (€3,960.00).\nBest regards' }), 'ap.france@orvalys.example'),
      inReplyTo: rejection.messageId,
      references: [rejection.messageId],
    };
    const [r] = await scanMessages([invoice, rejection, resubmitted], { me: ME, today: '2026-12-07' });
    expect([r?.invoiceNumber, r?.status]).toEqual(['TEL-2026-0351', 'open']);
  });
});

describe('sixth batch (XVY–XWZ)', () => {
  it('our note to the accountant « 4 factures émises (FA-2026-144 encaissée, FA-2026-148, FA-2026-151, FA-2026-160 en attente) » pays only FA-2026-144', () => {
    const note = mail({
      subject: 'Factures novembre + avoir',
      from: 'claire@atelier-danse.example',
      date: '2026-12-01',
      text: "Bonjour Sandrine,\n\nPour la clôture de novembre : 4 factures émises (FA-2026-144 encaissée, FA-2026-148, FA-2026-151, FA-2026-160 en attente), plus l'avoir AV-2026-006 à venir.\n\nCamille",
    });
    expect(readPaymentNotice(note)?.invoiceNumbers ?? []).toEqual(['FA-2026-144']);
  });

  it('« le sponsor principal a payé en retard. J\'ai fait partir un virement de 4 000 € ce matin, le reste (3 200) sera réglé fin novembre » promises the rest', async () => {
    const [status, date] = await answered("Salut,\nDésolé, trésorerie tendue, le sponsor principal a payé en retard. J'ai fait partir un virement de 4 000 € ce matin, le reste (1 870) sera réglé fin décembre quand on touche la 2e tranche.\nMaël", '2026-12-01');
    expect([status, date]).toEqual(['promised', '2026-12-31']);
  });

  it('„die Zahlung sollte bis Ende nächster Woche raus sein" promises', () => {
    const r = classifyClientReply(mail({ text: 'Hallo Herr Faure,\nsorry, die Rechnung lag bei mir zur Freigabe. Hab sie jetzt an die Buchhaltung weitergegeben, die Zahlung sollte bis Ende nächster Woche raus sein.\nGruß', date: '2026-11-20' }));
    expect([r.kind, r.promisedDate]).toEqual(['promise', '2026-11-27']);
  });

  it('"I can commit to paying the full balance by December 15" and "I\'ll push it through next friday, promise" promise', () => {
    const a = classifyClientReply(mail({ text: "Hi Léa,\nSo sorry, totally on me. Cash is tight for a couple of weeks. I can commit to paying the full balance by December 15. Hope that works!\nSam", date: '2026-11-18' }));
    expect([a.kind, a.promisedDate]).toEqual(['promise', '2026-12-15']);
    expect(classifyClientReply(mail({ text: "Hey Léa, sorry sorry, our finance tool migration ate everything. I'll push it through next friday, promise. Best, Clara", date: '2026-11-30' })).kind).toBe('promise');
  });

  it('a portal\'s rejection "Reason: PO number missing", then our « resubmitted in Coupa … with PO … » reminder, leaves the invoice open', async () => {
    const invoice = to(mail({ subject: 'Invoice FA-2026-0350', date: '2026-06-30', text: 'Hello,\nInvoice no.: FA-2026-0350\nInvoice date: 30/06/2026\nTotal incl. VAT: €8,214.60\nPayment terms: Net 60' }), 'invoices@biogenix.example');
    const rejection: MailMessage = {
      ...mail({ subject: 'Invoice FA-2026-0350 has been rejected', date: '2026-09-16', from: 'do_not_reply@biogenix.example', text: 'Biogénix Therapeutics has rejected your invoice FA-2026-0350.\nReason: PO number missing. Please resubmit your invoice referencing the purchase order and line numbers (PO 4500183742).\nLog in to the Coupa Supplier Portal to view the invoice.' }),
      to: [{ name: '', address: 'claire@atelier-danse.example' }],
    };
    const chase: MailMessage = {
      ...to(mail({ subject: 'RE: Invoice FA-2026-0350 – 2nd reminder', date: '2026-10-20', text: 'Hello,\nThe invoice was resubmitted in Coupa on 17/09 with PO 4500183742, line 10. It is now more than 50 days overdue. Please arrange payment of €8,214.60 at your earliest convenience.' }), 'invoices@biogenix.example'),
      inReplyTo: rejection.messageId,
      references: [rejection.messageId],
    };
    const [r] = await scanMessages([invoice, rejection, chase], { me: ME, today: '2026-12-07' });
    expect([r?.invoiceNumber, r?.status]).toEqual(['FA-2026-0350', 'open']);
  });
});

describe('seventh batch (XXV–XYW)', () => {
  it('« merci de régler avant le 5 septembre » under an invoice e-mailed on 1 September is due on 5 September', async () => {
    const invoice = to(mail({ subject: 'Facture septembre – CB-2026-0350', date: '2026-09-01', text: 'Hello Sofia,\nVoici ta facture CB-2026-0350 pour ton poste fixe de septembre :\nTotal : 240,00 € TTC\nTu as demandé à passer au virement, donc merci de régler avant le 5 septembre.\nCamille' }), 'sofia@gmail.example');
    const [r] = await scanMessages([invoice], { me: ME, today: '2026-12-07' });
    expect([r?.invoiceNumber, r?.dueDate]).toEqual(['CB-2026-0350', '2026-09-05']);
  });

  it('a Wise notice "Tulpa Labs B.V. has sent you €960.00. Reference: INV-2026-0439" pays that invoice', () => {
    const notice = mail({ subject: 'Tulpa Labs B.V. sent you €960.00', from: 'noreply@wise.example', date: '2026-12-01', text: 'Hi Coworking Bordeaux SAS,\n\nTulpa Labs B.V. has sent you €960.00.\nReference: INV-2026-0439\nIt should arrive in your account ending 6039 by 2 December.\n\nThe Wise team' });
    expect(readPaymentNotice(notice)?.invoiceNumbers).toEqual(['INV-2026-0439']);
  });

  it('« o meu filho vai fazer a transferência no dia 10 de dezembro » promises that day', () => {
    const r = classifyClientReply(mail({ text: 'Boa tarde senhora,\ndesculpe o atraso, o meu filho vai fazer a transferência no dia 10 de dezembro quando receber o salário.\nObrigado', date: '2026-12-01' }));
    expect([r.kind, r.promisedDate]).toEqual(['promise', '2026-12-10']);
  });
});

describe('eighth batch (XYX–XZY)', () => {
  it('« La LCR a été émise ce jour avec une échéance au 10/12/2026 » promises the maturity', () => {
    const r = classifyClientReply(mail({ text: "Bonjour Madame Dubois,\nLa facture était bloquée en attente du PV de réception partielle, c'est réglé. La LCR a été émise ce jour avec une échéance au 10/12/2026, vous devriez la voir sur votre relevé LCR dans les prochains jours.\nCordialement", date: '2026-11-13' }));
    expect([r.kind, r.promisedDate]).toEqual(['promise', '2026-12-10']);
  });

  it('« … a été refusé par notre contrôle technique … nous ne pouvons pas régler cette échéance en l\'état » disputes', async () => {
    const [status] = await answered("Bonjour Madame Vernet,\nLe PAD de l'épisode 3 livré le 9 octobre a été refusé par notre contrôle technique (niveaux sonores hors norme R128). La livraison n'est donc pas validée au sens de l'article 8 du contrat et nous ne pouvons pas régler cette échéance en l'état.\nMerci de nous faire parvenir un PAD conforme ; la facture sera mise en paiement à réception du procès-verbal de recette.\nCordialement", '2026-11-20');
    expect(status).toBe('disputed');
  });
});
