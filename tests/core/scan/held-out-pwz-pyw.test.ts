/** What the twenty-sixth session's sixth batch of unseen mailboxes (PWZ–PYW) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { message } from '../../fixtures/mail';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it('« Le mandat … a été émis hier. Le paiement sera effectué par le comptable public … sous une dizaine de jours » pays', () => {
    expect(reply('Bonjour,\nLe mandat n° 2026-1183 correspondant à votre facture a été émis hier. Le paiement sera effectué par le comptable public (SGC Angers) sous une dizaine de jours.', '2026-08-28').kind).toBe('paid');
  });

  it('« Le mandat a été émis. Le virement interviendra dans les délais réglementaires » still promises no day', () => {
    expect(reply('Le mandat a été émis. Le virement interviendra dans les délais réglementaires.', '2026-05-29')).toMatchObject({ kind: 'promise', promisedDate: null });
  });

  it('« die Rechnung … haben wir heute unter Abzug von 2 % Skonto überwiesen (22.947,29 EUR) » pays', () => {
    expect(reply('Guten Tag Herr Renaud,\n\ndie Rechnung FA-2026-0633 haben wir heute unter Abzug von 2 % Skonto überwiesen (22.947,29 EUR), Wertstellung voraussichtlich morgen.', '2026-08-10').kind).toBe('paid');
  });

  it('« il bonifico … è stato inserito nella distinta con data valuta 15 dicembre 2026 » promises that day', () => {
    expect(reply("Buongiorno Sig.ra Benoît,\nmi scuso per il ritardo nella risposta. Ora è approvata: il bonifico di 36.750,00 EUR è stato inserito nella distinta con data valuta 15 dicembre 2026.", '2026-11-23')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
  });

  it('« je transmets a notre tresorier qui fait les virements en general en fin de mois » is a payer\'s habit, no promise', () => {
    expect(reply('Bonsoir Julien\nbien recu merci, je transmets a notre tresorier qui fait les virements en general en fin de mois\nSophie', '2026-11-24').kind).not.toBe('promise');
  });
});

describe('our own mail', () => {
  it('« Sie hatten uns die Zahlung … zugesagt. Bis heute ist leider nichts eingegangen. Wir bitten Sie, die Zahlung … zu veranlassen » chases', () => {
    expect(classifyOwnFollowUp(mail({ text: "Guten Tag Herr Bürgi\nSie hatten uns die Zahlung der Rechnung AR-2026-0701 (CHF 48'960.00) bis Ende der Woche 43 zugesagt. Bis heute ist leider nichts eingegangen.\nWir bitten Sie, die Zahlung nun umgehend zu veranlassen, und danken für eine kurze Bestätigung.", subject: 'AW: Rechnung AR-2026-0701', from: 'claire@automatisme.example' }))).toBe('reminder');
  });
});

describe('payment notices', () => {
  it('a factor\'s « Nous avons enregistré les encaissements suivants » pays the invoices it lists', () => {
    const notice = mail({ from: 'notifications@eurofactor.example', subject: 'Eurofactor : encaissements du 12/11/2026', text: 'Bonjour,\n\nNous avons enregistré les encaissements suivants sur votre compte factoring n° 70-441829 (AUTOMATISME RHONE SAS) :\n\nDébiteur              | Facture       | Montant     | Date\nVERRERIE DE GIVORS    | AR-2026-0811  | 9 840,00 €  | 10/11/2026\n\nTotal encaissé : 9 840,00 €', date: '2026-11-12' });
    expect(readPaymentNotice(notice)?.invoiceNumbers).toEqual(['AR-2026-0811']);
  });
});

describe('invoice fields', () => {
  it('« le forfait de 5 séances (750 € TTC) est réglé en deux fois … Échéance 1/2 : 375,00 € TTC » bills the instalment', () => {
    expect(extractTextFields('Comme convenu, le forfait de 5 séances (750 € TTC) est réglé en deux fois.\nFacture CTN-2026-095 du 2 novembre 2026\nÉchéance 1/2 : 375,00 € TTC (312,50 € HT + TVA 62,50 €)\nMerci de régler avant le 15 novembre 2026.', 'DMY').amount?.value.value).toBe(375);
  });

  it('« Facture AUB-2026-134 (19/10/2026) » dates the invoice; "Please pay before 03/08/2026" is its due day', () => {
    expect(extractTextFields('Facture AUB-2026-134 (19/10/2026)\nJournée de cohésion 11 pers. — 1 749,00 € TTC\nRèglement à 30 jours date de facture.', 'DMY').issueDate?.value).toBe('2026-10-19');
    expect(extractTextFields('Invoice AUB-2026-097 — 20/07/2026\nTotal incl. VAT ........ 3.280,00 EUR\nPlease pay before 03/08/2026.', 'DMY').dueDate?.value).toBe('2026-08-03');
  });

  it('another document\'s date (« Zusatzauftrag ZA-03 vom 02.10.2026 », « votre commande CDE-PL-26-0087 du 02/04/2026 ») is not the invoice\'s', () => {
    expect(extractTextFields('Gerne senden wir Ihnen unsere Rechnung (Zusatzauftrag ZA-03 vom 02.10.2026).\nRechnung Nr. AR-2026-0893 vom 25.11.2026\nTotal zu bezahlen: CHF 12\'420.50', 'DMY').issueDate?.value).toBe('2026-11-25');
    expect(extractTextFields('(votre commande CDE-PL-26-0087 du 02/04/2026).\nFacture n° AR-2026-0412 du 15/04/2026\nTotal TTC : 15 120,00 €', 'DMY').issueDate?.value).toBe('2026-04-15');
  });
});

describe('not invoices', () => {
  it('« Je vous transmets le relevé des factures d\'octobre. Pour la facture AUB-2026-131 (Garnier, 2 640 €) … faut-il faire un avoir ? » sends none', async () => {
    const note = message({ from: 'Hélène <helene@auberge.example>', to: ['Cabinet Fontanel <s.fontanel@fontanel.example>'], subject: 'factures octobre + question AUB-2026-131', text: "Bonjour Sylvie,\n\nJe vous transmets le relevé des factures d'octobre. Pour la facture AUB-2026-131 (Garnier, 2 640 €) la cliente conteste une chambre, faut-il faire un avoir de 330 € ou refaire la facture ?\n\nMerci,\nHélène", date: '2026-11-16T12:05:00+01:00' });
    expect(await scanMessages([note], { me: ['auberge.example'], today: '2026-12-07' })).toEqual([]);
  });
});
