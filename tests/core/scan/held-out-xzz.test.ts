/** What the thirtieth session's batches of unseen mailboxes (XZZ–…) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { answeredInvoice } from './answered-invoice';
import type { MailMessage } from '../../../shared/core/mail/model';
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
    const answer: MailMessage = {
      ...mail({
        subject: "RE: Facture d'acompte FA-2026-044 – BC-2026-118",
        date: '2026-07-29',
        from: 'comptabilite@musee.example',
        text: "Bonjour M. Vuillet,\n\nPour information, le mandat de l'acompte FA-2026-044 (3 744,00 €) a été pris en charge par la paierie départementale et réglé le 28/07.\n\nBonne journée,\nN. Girod",
      }),
      to: [{ name: '', address: 'julien@horlogerie.example' }],
      inReplyTo: invoice.messageId,
      references: [invoice.messageId],
    };
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

