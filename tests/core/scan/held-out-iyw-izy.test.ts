/** What the twenty-fourth session's sixth batch of unseen mailboxes (IYW–IZY) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('payment notices', () => {
  it("« Référence : DDE-26-044817 FC-2026-0203 REGLEMENT DIRECT » names the insurer's claim and the invoice", () => {
    const notice = readPaymentNotice(mail({ subject: 'Alerte : virement reçu sur votre compte', text: 'Bonjour,\n\nUn virement a été crédité sur votre compte courant n° ****0139 :\n\nDate : 20/07/2026\nMontant : +1 990,00 EUR\nÉmetteur : MUTUELLE RHONE ASSURANCES\nRéférence : DDE-26-044817 FC-2026-0203 REGLEMENT DIRECT', from: 'alertes@banque.example' }));
    expect(notice?.invoiceNumbers).toContain('FC-2026-0203');
  });
});

describe('client replies', () => {
  it('« Die Zahlung ist in unserem Zahllauf für den 15.12. eingeplant » promises the 15th', () => {
    expect(reply('Guten Tag Frau Roux,\ndanke für die Rechnung. Die Zahlung ist in unserem Zahllauf für den 15.12. eingeplant.', '2026-11-26')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
  });

  it("« Nous ne pouvons donc pas mandater cette facture en l'état » disputes", () => {
    expect(reply("Nous ne pouvons donc pas mandater cette facture en l'état.", '2026-10-09').kind).toBe('dispute');
  });
});

describe('invoice fields', () => {
  it('« Acompte 30 % sur cachet total de 6 000,00 € HT » is the whole, the deposit is billed', () => {
    expect(extractTextFields("Facture d'acompte n° ERM-2026-108\nDate : 30/11/2026\nAcompte 30 % sur cachet total de 6 000,00 € HT : 1 800,00 € HT\nTVA 20 % : 360,00 €\nMontant TTC de l'acompte : 2 160,00 €\nPaiement : 30 jours fin de mois", 'DMY').amount?.value.value).toBe(2160);
  });
});
