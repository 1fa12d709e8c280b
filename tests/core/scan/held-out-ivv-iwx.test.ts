/** What the twenty-fourth session's fourth batch of unseen mailboxes (IVV–IWX) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import type { MailMessage } from '../../../shared/core/mail/model';
import { isPassedOnInvoice } from '../../../shared/core/detect/passed-on-invoice';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { threadStatus } from '../../../shared/core/status/thread-status';
import { mail } from '../status/mail';
import { message } from '../../fixtures/mail';

const own = (text: string, subject = 'RE: Facture') => classifyOwnFollowUp(mail({ text, subject, from: 'claire@us.example' }));

describe('our own mail', () => {
  it('"Following up again: … is still not paid, now three weeks past the October 31 deadline" chases', () => {
    expect(own('Hi Rob,\nFollowing up again: ten days after the corrected documents, the USD 58,200.00 under INV-2026-0401 is still not paid, now three weeks past the October 31 deadline. Please push this with your bank.', 'RE: Commercial invoice INV-2026-0401')).toBe('reminder');
  });

  it("« Je reviens vers toi pour l'acompte de 900 € (facture CG-2026-140) : je ne l'ai pas encore reçu » chases", () => {
    expect(own("Coucou Chloé,\nJe reviens vers toi pour l'acompte de 900 € (facture CG-2026-140) : je ne l'ai pas encore reçu. Tu peux me dire où vous en êtes ?", 'Re: Acompte pour votre mariage')).toBe('reminder');
    expect(own('Je reviens vers vous concernant votre question sur la TVA : voici le détail.')).not.toBe('reminder');
  });

  it("our forward to a colleague chases no one, though the invoicing tool's sending copied our own address", () => {
    const US = 'compta@fourrages.example';
    const invoice: MailMessage = { ...mail({ text: 'Facture n° : FN-2026-0479\nMontant TTC : 5 616,00 €', subject: 'Facture FN-2026-0479', from: 'notifications@axonaut.example', date: '2026-10-27' }), to: [{ name: '', address: 'compta@haras.example' }], cc: [{ name: '', address: US }] };
    const dispute = mail({ text: 'Nous contestons donc la facture FN-2026-0479 et ne la réglerons pas en l\'état.', subject: 'RE: Facture FN-2026-0479', from: 'a.gosselin@haras.example', date: '2026-11-06' });
    const forward: MailMessage = { ...mail({ text: 'Claire,\nTu as vu le mail de Gosselin ? Il conteste la 0479. Je bloque les relances en attendant que tu passes voir, ok ?', subject: 'TR: Facture FN-2026-0479 - litige luzerne moisie', from: US, date: '2026-11-09' }), to: [{ name: '', address: 'claire@fourrages.example' }] };
    const messages = [invoice, dispute, forward];
    const sideOf = (m: MailMessage) => (m.from?.address.endsWith('@fourrages.example') || m === invoice ? 'us' : 'client') as 'us' | 'client';
    const s = threadStatus({ thread: { id: 't', messages }, invoiceMessageId: invoice.messageId, invoiceNumber: 'FN-2026-0479', sideOf, paymentNotices: [], today: '2026-12-07' });
    expect(s.remindersSent).toBe(0);
    expect(s.status).toBe('disputed');
  });
});

describe('detection', () => {
  it('« la facture est adressée directement à votre entreprise » is ours, not passed on to another firm', () => {
    expect(isPassedOnInvoice("Le dossier de prise en charge AKTO n'ayant pas été accepté en subrogation, la facture est adressée directement à votre entreprise ; vous pourrez demander le remboursement à l'OPCO.")).toBe(false);
    expect(isPassedOnInvoice("Situation n°3 de l'entreprise Durand, à régler directement à l'entreprise.")).toBe(true);
  });

  it('« Relevé de factures octobre 2026 – facture récapitulative FN-2026-0488 » whose body calls its reference « Facture récapitulative n° » is that invoice', async () => {
    const statement = message({
      from: 'Hugo <compta@fourrages.example>',
      to: ['Centre Équestre <gestion@ce-falaises.example>'],
      subject: 'Relevé de factures octobre 2026 – facture récapitulative FN-2026-0488',
      text: "Bonjour,\n\nComme chaque mois, voici le relevé de vos livraisons d'octobre et la facture récapitulative correspondante.\n\nFacture récapitulative n° FN-2026-0488 – date : 31/10/2026\nTotal HT ........ 1 030,40 €\nTVA 20 % ........ 206,08 €\nTotal TTC ........ 1 236,48 €\nÉchéance de la LCR : 15/12/2026",
      date: '2026-10-31T11:05:00+01:00',
    });
    const [r] = await scanMessages([statement], { me: ['fourrages.example'], today: '2026-12-07' });
    expect(r).toMatchObject({ invoiceNumber: 'FN-2026-0488', amount: 1236.48 });
  });
});

describe('invoice fields', () => {
  it('« Anzahlung 40 % auf Gesamtpreis 6.250,00 EUR: 2.500,00 EUR » bills the deposit, though « Die Schlussrechnung folgt »', () => {
    const text = 'wie besprochen erhalten Sie anbei die Anzahlungsrechnung für den Schüleraustausch.\n\nRechnungsnummer: FAC-2026-0495\nDatum: 26.11.2026\nAnzahlung 40 % auf Gesamtpreis 6.250,00 EUR: 2.500,00 EUR\nFällig bis: 10.12.2026\n\nDie Schlussrechnung folgt nach dem Aufenthalt.';
    expect(extractTextFields(text, 'DMY').amount?.value.value).toBe(2500);
  });
});
