/** What the twenty-third session's first batch of unseen mailboxes (EXX–EYZ) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { rejectedForMissingPaperwork, waitsOnlyForPaperwork } from '../../../shared/core/status/paperwork-hold';
import { threadStatus } from '../../../shared/core/status/thread-status';
import type { MailMessage } from '../../../shared/core/mail/model';
import { fold } from '../../../shared/core/text/fold';
import { mail } from './mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it('a day named in a clause of its own before the promise is not the one promised (« Le festival se termine le 13 décembre, je te fais le virement le lundi 14/12 »)', () => {
    expect(reply("Désolée on est sous l'eau avec la prépa du festival. Le festival se termine le 13 décembre, je te fais le virement le lundi 14/12 sans faute.", '2026-11-05')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-14' });
  });

  it('« fin de semaine prochaine » is the Friday of next week, not its Monday', () => {
    expect(reply("Oui pardon j'étais fermé en aout. La tréso est un peu juste avec la rentrée, je vous fais le virement fin de semaine prochaine sans faute.", '2026-09-03')).toMatchObject({ kind: 'promise', promisedDate: '2026-09-11' });
  });

  it('a funder that paid the client is no payment to us (« la Région a enfin versé … tu seras payé au plus tard le 31/10 »)', () => {
    expect(reply('Désolée Théo, la Région a enfin versé. Notre trésorière fait les virements fin octobre, tu seras payé au plus tard le 31/10.', '2026-09-12')).toMatchObject({ kind: 'promise', promisedDate: '2026-10-31' });
    expect(reply('La Région nous a versé la subvention hier, merci de patienter encore un peu.', '2026-09-12').kind).not.toBe('paid');
    expect(reply('La mairie vous a versé le solde hier.', '2026-09-12').kind).toBe('paid');
  });

  it.each([
    ['"I\'ve asked AP to put PL-2026-0297 on hold"', "Our Italian site flagged several issues in the IT back-translation. I've asked AP to put PL-2026-0297 on hold."],
    ['"We\'re not going to pay the full amount until the IT version is corrected"', "We're not going to pay the full amount until the IT version is corrected and we agree on a credit for the delay."],
    ['« a décidé de ne pas régler cette facture tant que ces défauts n\'auront pas été repris »', "Le conseil de fabrique a décidé de ne pas régler cette facture tant que ces défauts n'auront pas été repris."],
  ])('%s disputes', (_name, text) => {
    expect(reply(text, '2026-07-22').kind).toBe('dispute');
  });

  it('German with the verb before its subject promises (« Die Überweisung veranlasse ich nächste Woche »)', () => {
    expect(reply('Entschuldigung, die Rechnung ist bei uns untergegangen. Die Überweisung veranlasse ich nächste Woche.', '2026-11-12')).toMatchObject({ kind: 'promise', promisedDate: '2026-11-16' });
    expect(reply('Nächste Woche überweisen wir den Betrag.', '2026-11-12')).toMatchObject({ kind: 'promise', promisedDate: '2026-11-16' });
  });

  it('« Die Überweisung erfolgt fristgerecht » is a payment to come, not made', () => {
    expect(reply('vielen Dank, Ihre Rechnung ist bei uns eingegangen und zur Zahlung freigegeben. Die Überweisung erfolgt fristgerecht.', '2026-11-25').kind).not.toBe('paid');
    expect(reply('Die Überweisung erfolgt heute.', '2026-11-25').kind).toBe('paid');
  });

  it('« sera intégrée à notre campagne de paiement du 15/12/2026 » promises that day', () => {
    expect(reply('Votre facture FS-2026-0412 est validée et sera intégrée à notre campagne de paiement du 15/12/2026 (virements émis à J, réception sous 1 à 2 jours ouvrés).', '2026-11-23')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
  });
});

describe('payment notices', () => {
  it("a payer's reply saying how its runs work (« virements émis à J ») is no notice of a payment", () => {
    const m = mail({ subject: 'RE: Facture FS-2026-0412', text: 'Votre facture FS-2026-0412 sera payée le 15/12 (virements émis à J, réception sous 1 à 2 jours ouvrés).', from: 'reglements.fournisseurs@distrimarche-groupe.fr' });
    expect(readPaymentNotice(m)).toBeNull();
    expect(readPaymentNotice(mail({ subject: 'Avis de virement', text: 'Le virement émis le 14/12/2026 règle la facture FS-2026-0412.', from: 'reglements@distrimarche-groupe.fr' }))?.invoiceNumbers).toEqual(['FS-2026-0412']);
  });
});

describe('paperwork', () => {
  it('"A valid … purchase order number is required on the invoice document" rejects for want of a document only', () => {
    const text = 'Norbridge Pharma plc has rejected your emailed invoice.\n\nInvoice number: PL-2026-0342\nReason: A valid Norbridge purchase order number is required on the invoice document.';
    expect(rejectedForMissingPaperwork(fold(text))).toBe(true);
    expect(waitsOnlyForPaperwork(mail({ text }))).toBe(true);
    expect(rejectedForMissingPaperwork(fold('Invoice rejected. Reason: the quantities do not match; a credit note is required.'))).toBe(false);
  });

  it('our credit note cancelling the invoice is no missing paper sent: the dispute stands', () => {
    const US = 'claire@atelier.example';
    const messages: MailMessage[] = [
      mail({ text: 'Voici la facture FH-7 de 7 200,00 €.', subject: 'Facture FH-7', from: US, date: '2026-09-25' }),
      mail({ text: "Notre compta l'a bloquée : elle ne peut pas être payée par Foncière Bastide, l'opération est portée par la SCCV (SIREN 948 221 307). Il faut annuler et refaire la facture au nom de la SCCV, sinon on ne pourra pas la passer.", subject: 'RE: Facture FH-7', date: '2026-11-13' }),
      mail({ text: "Bonjour Olivier,\nComme convenu, voici l'avoir AV-4 de 7 200,00 € TTC qui annule la facture FH-7.", subject: 'Avoir AV-4 annulant la facture FH-7', from: US, date: '2026-11-26' }),
    ];
    const s = threadStatus({ thread: { id: 't', messages }, invoiceMessageId: messages[0]!.messageId, invoiceNumber: 'FH-7', sideOf: (m) => (m.from?.address === US ? 'us' : 'client'), paymentNotices: [], today: '2026-12-07' });
    expect(s.status).toBe('disputed');
  });
});

describe('our own follow-ups', () => {
  it('« Le solde … était attendu pour le 29/11. Tu peux regarder ça ? » chases', () => {
    expect(classifyOwnFollowUp(mail({ text: 'Salut Karim,\nLe solde de 5 200 € (TG-2026-041) était attendu pour le 29/11. Tu peux regarder ça ?\nMerci,\nThéo', subject: 'Re: Facture de solde TG-2026-041', from: 'theo@son.example' }))).toBe('reminder');
  });

  it("an invoicing tool's « DUPLICATA » sends the invoice again: its legal mentions chase nothing", () => {
    const text = 'DUPLICATA\n\nBonjour,\n\nVeuillez trouver ci-dessous votre facture FS-2026-0484.\n\nFACTURE N° FS-2026-0484\nDate : 15/10/2026\nTotal TTC : 435,60 €\nDate d\'échéance : 30/11/2026\n\nEn cas de retard de paiement, pénalités au taux de 3 fois le taux d\'intérêt légal et indemnité forfaitaire de 40 € pour frais de recouvrement (art. L441-10 C. com.).';
    expect(classifyOwnFollowUp(mail({ text, subject: 'Duplicata - Votre facture FS-2026-0484', from: 'no-reply@sage.example' }))).not.toBe('reminder');
  });
});
