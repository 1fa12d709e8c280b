/** What the twenty-fifth session's seventh batch of unseen mailboxes (MXX–MYZ) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { message } from '../../fixtures/mail';
import { mail } from '../status/mail';

describe('invoice e-mails', () => {
  it('« Acompte déjà versé (facture DCP-2026-030 du 07/09/2026) : − 2 160,00 € » names the deposit invoice deducted, not a second invoice sent', async () => {
    const copy = message({ from: 'Camille Roux via Qonto <noreply@qonto.com>', replyTo: ['Camille Roux <camille.roux@data.example>'], to: ['Marc Aubry <marc@client.example>'], cc: ['camille.roux@data.example'], subject: 'Facture DCP-2026-035 de Data Conseil Paris', text: "Bonjour,\n\nCamille Roux (Data Conseil Paris) vous a envoyé la facture n° DCP-2026-035 d'un montant de 5 040,00 €.\n\nDate d'émission : 09/10/2026\nÉchéance : 08/11/2026\n\nMission : tableau de bord de pilotage & modèle de prévision des ventes\nTotal HT : 6 000,00 € – TVA 20 % : 1 200,00 € – Total TTC : 7 200,00 €\nAcompte déjà versé (facture DCP-2026-030 du 07/09/2026) : − 2 160,00 €\nReste à payer : 5 040,00 €\n\nConsulter la facture : https://app.qonto.com/invoices/shared/2b77e0c1-dcp-2026-035\n", date: '2026-10-09T10:05:00+02:00' });
    const found = await scanMessages([copy], { me: ['data.example'], today: '2026-12-07' });
    expect(found.map((r) => [r.invoiceNumber, r.amount])).toEqual([['DCP-2026-035', 5040]]);
  });

  it('« Facture situation n°3 (hors d’air) – F-2026-115 » over « Facture F-2026-115 – 16/11/2026 »: the situation’s rank is no number', async () => {
    const invoice = message({ from: 'Julien <julien@maisons.example>', to: ['Pascal <pascal@client.example>'], subject: "Facture situation n°3 (hors d'air) – F-2026-115", text: 'Bonjour Pascal,\n\nComme convenu, voici la facture de la situation 3 (hors d’air).\n\nFacture F-2026-115 – 16/11/2026\nMontant HT 34 816,67 €, TVA 20 % 6 963,33 €\nTotal TTC : 41 780,00 €\nPaiement : net 30 jours, soit le 16/12/2026 au plus tard.', date: '2026-11-16T08:55:00+01:00' });
    const [r] = await scanMessages([invoice], { me: ['maisons.example'], today: '2026-12-07' });
    expect(r?.invoiceNumber).toBe('F-2026-115');
  });
});

describe('payment notices', () => {
  it('GoCardless\'s « Le dernier prélèvement lié à la facture F-2026-0390 a été encaissé … entièrement réglée » settles the invoice, whatever the instalment', () => {
    const notice = readPaymentNotice(mail({ from: 'noreply@gocardless.com', subject: 'Paiement reçu : F-2026-0390 – Erwan Kerbrat', text: 'Bonjour Cours Particuliers Rennes,\n\nLe dernier prélèvement lié à la facture F-2026-0390 a été encaissé.\n\nClient : Erwan Kerbrat\nMontant : 354,00 €\nÉchéancier : 3/3 – facture F-2026-0390 entièrement réglée (1 062,00 €)\nVersement prévu sur votre compte le 05/11/2026.', date: '2026-11-03' }));
    expect(notice).toMatchObject({ invoiceNumbers: ['F-2026-0390'], balance: true });
  });
});

describe('client replies', () => {
  it("« Die Zahlung über CHF 84'250.00 habe ich heute bei der UBS ausgelöst » pays", () => {
    expect(classifyClientReply(mail({ text: "Grüezi Herr Thiriet\nBesten Dank. Die Zahlung über CHF 84'250.00 habe ich heute bei der UBS ausgelöst, Valuta 14.07.2026.\nFreundliche Grüsse", date: '2026-07-13' })).kind).toBe('paid');
    expect(classifyClientReply(mail({ text: 'Die Zahlung habe ich noch nicht ausgelöst.', date: '2026-07-13' })).kind).not.toBe('paid');
  });
});
