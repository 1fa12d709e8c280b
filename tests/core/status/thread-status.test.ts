import { describe, expect, it } from 'vitest';
import { threadStatus } from '../../../shared/core/status/thread-status';
import type { PaymentNotice } from '../../../shared/core/status/payment-notice';
import type { MailMessage } from '../../../shared/core/mail/model';
import { mail } from './mail';

const US = 'compta@atelier.example';
const invoice = () => mail({ text: 'Veuillez trouver ci-joint la facture F-7 de 1 200,00 €.', subject: 'Facture F-7', from: US, date: '2026-09-01' });
const us = (text: string, date: string, subject = 'Re: Facture F-7') => mail({ text, subject, from: US, date });
const client = (text: string, date: string) => mail({ text, from: 'client@client.example', date });
const ooo = (date: string) => mail({ text: 'Je suis absent.', subject: 'Absent : Re: Facture F-7', headers: { 'auto-submitted': 'auto-replied' }, date });

function statusOf(messages: MailMessage[], paymentNotices: PaymentNotice[] = []) {
  return threadStatus({
    thread: { id: 't', messages },
    invoiceMessageId: messages[0]!.messageId,
    invoiceNumber: 'F-7',
    sideOf: (m) => (m.from?.address === US ? 'us' : m.headers['auto-submitted'] ? 'other' : 'client'),
    paymentNotices,
    today: '2026-11-20',
  });
}

describe('threadStatus', () => {
  it('a silent thread is open with no reminder', () => {
    expect(statusOf([invoice()])).toEqual({ status: 'open', promisedDate: null, remindersSent: 0, lastReminderDate: null, reminderDates: [], reminders: [] });
  });

  it('counts reminders with their dates, not the RIB answer, the question or the out-of-office', () => {
    const s = statusOf([
      invoice(),
      client('Pourriez-vous nous envoyer votre RIB ?', '2026-09-10'),
      us('Voici notre RIB en pièce jointe.', '2026-09-11'),
      us('La facture F-7 est arrivée à échéance le 1er octobre et reste impayée.', '2026-10-05'),
      ooo('2026-10-05'),
      us('Malgré notre précédent rappel, la facture F-7 demeure impayée.', '2026-10-20'),
    ]);
    expect(s).toMatchObject({ status: 'open', promisedDate: null, remindersSent: 2, lastReminderDate: '2026-10-20', reminderDates: ['2026-10-05', '2026-10-20'] });
    expect(s.reminders.map((m) => m.text)).toEqual([
      'La facture F-7 est arrivée à échéance le 1er octobre et reste impayée.',
      'Malgré notre précédent rappel, la facture F-7 demeure impayée.',
    ]);
  });

  it('a later message overrides an earlier one: dispute then paid is paid', () => {
    expect(statusOf([invoice(), client('Nous contestons le montant.', '2026-09-05'), client('Finalement, le virement a été effectué ce jour.', '2026-09-20')]).status).toBe('paid');
  });

  it('a promise then "paid" is paid', () => {
    expect(statusOf([invoice(), client('We will pay on 30 September 2026.', '2026-09-05'), client('Paid today.', '2026-09-30')]).status).toBe('paid');
  });

  it('"Fait !" said alone in answer to a reminder or to the invoice is paid; "c’est fait" for a document is not', () => {
    const reminder = us('La facture F-7 est arrivée à échéance le 1er octobre et reste impayée.', '2026-10-05');
    expect(statusOf([invoice(), reminder, client('Fait ! Bonne journée.', '2026-10-06')]).status).toBe('paid');
    expect(statusOf([invoice(), reminder, client("C'est fait.", '2026-10-06')]).status).toBe('paid');
    expect(statusOf([invoice(), reminder, client("C'est fait pour le bon de commande, je vous le renvoie.", '2026-10-06')]).status).toBe('open');
    // (« c fait » answering the invoice itself: held-out CZY's label, paid)
    expect(statusOf([invoice(), client("C'est fait.", '2026-10-06')]).status).toBe('paid');
  });

  it('a promise stays a promise, with its date, after a later reminder', () => {
    const s = statusOf([invoice(), client('Nous réglerons le 15/10/2026.', '2026-10-01'), us('La facture F-7 reste impayée malgré votre engagement.', '2026-10-20')]);
    expect(s).toMatchObject({ status: 'promised', promisedDate: '2026-10-15', remindersSent: 1, lastReminderDate: '2026-10-20' });
  });

  it('a dispute makes it disputed; an acknowledgement after it changes nothing', () => {
    const s = statusOf([invoice(), client('The goods arrived damaged.', '2026-09-05'), client('Thanks, received.', '2026-09-06')]);
    expect(s).toMatchObject({ status: 'disputed', promisedDate: null });
  });

  it('messages before the invoice do not count', () => {
    const inv = invoice();
    const s = threadStatus({
      thread: { id: 't', messages: [client('Le virement a été effectué.', '2026-08-01'), inv] },
      invoiceMessageId: inv.messageId,
      invoiceNumber: 'F-7',
      sideOf: (m) => (m.from?.address === US ? 'us' : 'client'),
      paymentNotices: [],
      today: '2026-11-20',
    });
    expect(s.status).toBe('open');
  });

  it('our thanks for a payment means paid and is not a reminder', () => {
    expect(statusOf([invoice(), us('Merci pour votre règlement.', '2026-10-01')])).toMatchObject({ status: 'paid', remindersSent: 0 });
  });

  it('the invoice e-mail itself is never the notice of its own payment', () => {
    const inv = invoice();
    const own: PaymentNotice = { messageId: inv.messageId, date: '2026-09-01', invoiceNumbers: ['F-7'], amount: 1200, currency: 'EUR' };
    expect(statusOf([inv], [own]).status).toBe('open');
  });

  it('a deposit invoice is paid by "the deposit is paid", read from the invoice e-mail or told', () => {
    const deposit = mail({ text: "Voici la facture d'acompte F-7 (30 %) de 1 200,00 €.", subject: "Facture d'acompte F-7", from: US, date: '2026-09-01' });
    const paidDeposit = client("Le virement de l'acompte a été effectué ce jour.", '2026-09-05');
    expect(statusOf([deposit, paidDeposit]).status).toBe('paid');
    expect(statusOf([invoice(), paidDeposit]).status).toBe('open');
    // the scan may know it from the invoice's document (its title in the PDF) and say so
    const plain = invoice();
    const told = threadStatus({
      thread: { id: 't', messages: [plain, paidDeposit] },
      invoiceMessageId: plain.messageId,
      invoiceNumber: 'F-7',
      depositInvoice: true,
      sideOf: (m) => (m.from?.address === US ? 'us' : 'client'),
      paymentNotices: [],
      today: '2026-11-20',
    });
    expect(told.status).toBe('paid');
  });

  it('a part payment of the amount due, the rest promised, is a promise', () => {
    const messages = [invoice(), client('Nous avons viré 400,00 € ce jour ; le reste sera réglé le 15/12/2026.', '2026-10-01')];
    const s = threadStatus({
      thread: { id: 't', messages },
      invoiceMessageId: messages[0]!.messageId,
      invoiceNumber: 'F-7',
      invoiceAmount: 1200,
      sideOf: (m) => (m.from?.address === US ? 'us' : 'client'),
      paymentNotices: [],
      today: '2026-11-20',
    });
    expect(s).toMatchObject({ status: 'promised', promisedDate: '2026-12-15' });
  });

  it('a second reminder after a broken promise is counted', () => {
    const s = statusOf([
      invoice(),
      us('La facture F-7 est arrivée à échéance le 1er octobre et reste impayée.', '2026-10-05'),
      client('Nous réglerons fin octobre.', '2026-10-06'),
      us("Vous m'aviez indiqué un règlement fin octobre, mais je n'ai toujours rien reçu. Pouvez-vous me confirmer la date du virement ?", '2026-11-12'),
    ]);
    expect(s).toMatchObject({ remindersSent: 2, lastReminderDate: '2026-11-12' });
  });

  it('a payment notice naming the invoice number (any spelling) after the invoice means paid', () => {
    const notice: PaymentNotice = { messageId: '<n@x>', date: '2026-10-02', invoiceNumbers: ['f 7'], amount: 1200, currency: 'EUR' };
    expect(statusOf([invoice()], [notice]).status).toBe('paid');
    expect(statusOf([invoice()], [{ ...notice, date: '2026-08-01' }]).status).toBe('open');
    expect(statusOf([invoice()], [{ ...notice, invoiceNumbers: ['F-70'] }]).status).toBe('open');
  });

  it('a notice just before the invoice e-mail counts only for its very amount (a direct debit collected as the invoice is issued)', () => {
    const sent = invoice();
    const of = (date: string, amount: number) =>
      threadStatus({
        thread: { id: 't', messages: [sent] },
        invoiceMessageId: sent.messageId,
        invoiceNumber: 'F-7',
        invoiceAmount: 1200,
        sideOf: () => 'client',
        paymentNotices: [{ messageId: '<n@x>', date, invoiceNumbers: ['F-7'], amount, currency: 'EUR' }],
        today: '2026-11-20',
      }).status;
    expect(of('2026-08-30', 1200)).toBe('paid');
    expect(of('2026-08-30', 950)).toBe('open');
    expect(of('2026-08-10', 1200)).toBe('open');
  });

  it('someone answering the client’s auto-reply ("RE: Réponse automatique") is read; the auto-reply is not', () => {
    const auto = mail({ text: 'Je suis absente du bureau jusqu’au 16 décembre inclus.', subject: 'Réponse automatique : Facture F-7', date: '2026-09-01' });
    const answer = mail({
      text: 'Nous avons bien reçu votre facture F-7 transmise par le cabinet. Le règlement sera effectué après le 10 du mois prochain, date de notre prochaine campagne de paiement.',
      subject: 'RE: Réponse automatique : Facture F-7',
      from: 'compta@expert.example',
      date: '2026-09-12',
    });
    expect(statusOf([invoice(), auto, answer])).toMatchObject({ status: 'promised', promisedDate: '2026-10-10' });
    const autoAgain = mail({ text: 'I am out of the office until Monday 14 September.', subject: 'Re: Automatic reply: Facture F-7', date: '2026-09-12' });
    expect(statusOf([invoice(), autoAgain]).status).toBe('open');
  });

  it('after a promise, "c\'est fait" / "all done" means paid; said alone it is paid too, said with more it changes nothing', () => {
    const promise = client('Je fais le paiement lundi sans faute.', '2026-11-05');
    expect(statusOf([invoice(), promise, client('Voilà, c’est fait ! Tu devrais le voir passer demain.', '2026-11-09')]).status).toBe('paid');
    expect(statusOf([invoice(), client('Payment will go out on Friday.', '2026-11-05'), client('All done.', '2026-11-09')]).status).toBe('paid');
    expect(statusOf([invoice(), client('Voilà, c’est fait !', '2026-11-09')]).status).toBe('paid');
    expect(statusOf([invoice(), client('Voilà, c’est fait pour la commande de janvier, merci de livrer lundi.', '2026-11-09')]).status).toBe('open');
    expect(statusOf([invoice(), promise, client('Ce n’est pas encore fait, désolé.', '2026-11-09')]).status).toBe('promised');
  });

  it('a dispute withdrawn ("tout est clair") reopens the invoice; a promise without a day changes nothing', () => {
    const dispute = client('Nous contestons le prix unitaire appliqué, qui ne correspond pas au tarif négocié.', '2026-10-05');
    const withdrawn = client('Effectivement, je n’avais pas vu passer votre nouveau tarif. Tout est clair : la facture suit maintenant son circuit de validation.', '2026-10-08');
    expect(statusOf([invoice(), dispute]).status).toBe('disputed');
    expect(statusOf([invoice(), dispute, withdrawn]).status).toBe('open');
    expect(statusOf([invoice(), withdrawn]).status).toBe('open');
    expect(statusOf([invoice(), client('Bonne réception, elle sera traitée lors de notre prochaine campagne de paiements.', '2026-10-05')])).toMatchObject({ status: 'open', promisedDate: null });
  });

  it('a dispute withdrawn with a day to pay is a promise; a payment after a dispute settled by a credit note is paid', () => {
    const dispute = client('Nous contestons le nombre d’heures facturées.', '2026-10-05');
    const withdrawnWithDay = client('Au temps pour moi, tout est clair. Nous réglons le 26.', '2026-10-09');
    expect(statusOf([invoice(), dispute, withdrawnWithDay])).toMatchObject({ status: 'promised', promisedDate: '2026-10-26' });
    const paid = client('Merci pour l’avoir. Virement de 1 100 € effectué ce jour.', '2026-10-10');
    expect(statusOf([invoice(), dispute, paid]).status).toBe('paid');
  });

  it('a notice of a part of the amount leaves the invoice due; a grouped payment of several invoices is not read as a part', () => {
    const part: PaymentNotice = { messageId: '<n@x>', date: '2026-10-02', invoiceNumbers: ['F-7'], amount: 1000, currency: 'EUR' };
    const of = (notice: PaymentNotice) =>
      threadStatus({ thread: { id: 't', messages: [invoice()] }, invoiceMessageId: invoice().messageId, invoiceNumber: 'F-7', invoiceAmount: 2784, sideOf: () => 'client', paymentNotices: [notice], today: '2026-11-20' }).status;
    expect(of(part)).toBe('open');
    expect(of({ ...part, amount: 2784 })).toBe('paid');
    expect(of({ ...part, amount: 2780 })).toBe('paid'); // bank fees taken off
    expect(of({ ...part, amount: 1000, invoiceNumbers: ['F-7', 'F-8'] })).toBe('paid');
    expect(of({ ...part, amount: null })).toBe('paid');
  });
});

describe('threadStatus: a payment held for want of paperwork', () => {
  // A client asking us to print its order or commitment number ("could you add our PO number? AP won't process it
  // without") asks a question, as every held-out mailbox labels it (JH, KK, LM, NM, ZA, ZZ…): the invoice stays open,
  // and our answer keeps it so. So is a rejection for want of a document alone; one for another reason ("Our system
  // rejected the invoice as the PO is closed") is a dispute until answered.
  const pdf = { filename: 'Emargements.pdf', mimeType: 'application/pdf', size: 1000, inline: false, loadBytes: async () => new Uint8Array() };
  const withPdf = (m: MailMessage): MailMessage => ({ ...m, attachments: [pdf] });

  it('a hold for a document alone asks a question: the invoice stays open (held-out AAV, BIY)', () => {
    const hold = client("Votre facture F-7 ne peut pas être mise en paiement : il manque les attestations de présence signées. Merci de les déposer sur l'extranet.", '2026-09-10');
    expect(statusOf([invoice(), hold]).status).toBe('open');
    expect(statusOf([invoice(), client('Bonjour,\nbien reçu vos relances. La facture est bloquée chez nous : il nous manque le bon de livraison signé par le chantier. Dès réception on la passe.', '2026-11-21')]).status).toBe('open');
  });

  it('a rejection for want of a document alone asks a question: the invoice stays open (held-out AOV, ARW, CAY, KW, DHX)', () => {
    for (const text of [
      "Votre facture F-7 a été rejetée : il manque les attestations de présence signées. Merci de les déposer sur l'extranet.",
      'Votre facture F-7 a été rejetée : le numéro de bon de commande est manquant.',
      'Votre facture F-7 est rejetée : numéro de bon de commande absent. Merci de nous communiquer le n° de BC.',
      'Bonjour, votre facture a été rejetée : aucun numéro de bon de commande. Toutes les factures doivent être soumises via SAP Ariba.',
      'Your invoice F-7 has been rejected: no valid purchase order (PO) number is referenced. Please issue a new invoice.',
    ]) expect(statusOf([invoice(), client(text, '2026-09-10')]).status, text).toBe('open');
  });

  it('a rejection that also faults the order is a dispute until we send what is missing (said or attached)', () => {
    const hold = client("Votre facture F-7 a été rejetée : il manque les attestations de présence signées et les quantités ne correspondent pas. Merci de déposer les attestations sur l'extranet.", '2026-09-10');
    expect(statusOf([invoice(), hold]).status).toBe('disputed');
    expect(statusOf([invoice(), hold, us("C'est fait, les émargements et attestations de présence sont déposés sur votre extranet.", '2026-09-11')]).status).toBe('open');
    expect(statusOf([invoice(), hold, withPdf(us('Bonjour,\n\nBien cordialement,', '2026-09-11'))]).status).toBe('open');
    // a logo in the signature is no document
    expect(statusOf([invoice(), hold, { ...withPdf(us('Bonjour,\n\nBien cordialement,', '2026-09-11')), attachments: [{ ...pdf, inline: true }] }]).status).toBe('disputed');
  });

  it('a public buyer asking for its commitment number is answered by giving it', () => {
    const hold = client("Pourriez-vous nous indiquer le numéro d'engagement juridique à faire figurer sur Chorus Pro ? Sans ce numéro, le service facturier ne peut pas traiter la facture.", '2026-09-10');
    expect(statusOf([invoice(), hold]).status).toBe('open');
    expect(statusOf([invoice(), hold, us("Le numéro d'engagement est le EJ 2026-4989. La facture a été redéposée avec ce numéro.", '2026-09-11')]).status).toBe('open');
  });

  it('"Le BC est le n° 45039" gives the order number asked for (held-out LM)', () => {
    const hold = client('Bonjour,\n\nPourriez-vous nous indiquer le numéro de bon de commande à rappeler sur la facture F-7 ? Sans lui notre service comptable ne peut pas la traiter.', '2026-09-10');
    expect(statusOf([invoice(), hold]).status).toBe('open');
    expect(statusOf([invoice(), hold, us('Bonjour Antoine,\nLe BC est le n° 45039, je vous renvoie le RIB.', '2026-09-11')]).status).toBe('open');
  });

  it('"sans ça notre mandant ne peut pas la valider" after asking for the PO number asks a question (held-out LX)', () => {
    const hold = client("Bonjour Laurent,\n\npouvez-vous nous renvoyer la facture avec la référence de commande de l'armateur (PO 4500-2231) ? sans ça notre mandant ne peut pas la valider.", '2026-09-10');
    expect(statusOf([invoice(), hold]).status).toBe('open');
  });

  it('« ne comporte pas de numéro de commande … faute de quoi elle ne pourra pas être mise en paiement » is lifted by our « C\'est fait » (held-out NW)', () => {
    const hold = client('Votre facture ne comporte pas de numéro de commande Coupa. Merci de la soumettre via le portail Coupa en rappelant le PO 4500218876, faute de quoi elle ne pourra pas être mise en paiement.', '2026-09-10');
    expect(statusOf([invoice(), hold, us("C'est fait : la facture F-7 a été déposée ce matin sur le portail Coupa avec la référence PO 4500218876.", '2026-09-11')]).status).toBe('open');
  });

  it('a missing VAT number (« fehlt unsere UID-Nummer … korrigierte Rechnung ») is paperwork our corrected invoice lifts (held-out RW)', () => {
    const hold = client('Sehr geehrte Frau Morel,\nauf der Rechnung fehlt unsere UID-Nummer (ATU69912345). Für Reverse Charge brauchen wir die leider auf der Rechnung. Können Sie bitte eine korrigierte Rechnung schicken?', '2026-09-10');
    expect(statusOf([invoice(), hold, withPdf(us('Sehr geehrte Frau Mair,\nanbei die korrigierte Rechnung mit Ihrer UID-Nummer.', '2026-09-11'))]).status).toBe('open');
  });

  it('in German: "fehlt uns die Bestellnummer", then "hier die gewünschten Angaben"', () => {
    const hold = client('Guten Tag,\nzur Rechnung F-7 fehlt uns die Bestellnummer – ohne Bestellnummer kann SAP die Rechnung nicht verbuchen. Können Sie die Rechnung neu ausstellen?', '2026-09-10');
    expect(statusOf([invoice(), hold]).status).toBe('open');
    expect(statusOf([invoice(), hold, us('Guten Tag,\nhier die gewünschten Angaben: Bestellnummer 4532954068.', '2026-09-11')]).status).toBe('open');
  });

  it('in Dutch: "Zonder PO-nummer kan de boekhouding de factuur niet inboeken", then "Het PO-nummer is …"', () => {
    const hold = client('Dag,\n\nKunnen jullie het PO-nummer doorgeven? Zonder PO-nummer kan de boekhouding de factuur niet inboeken.\n\nDank', '2026-09-10');
    expect(statusOf([invoice(), hold]).status).toBe('open');
    expect(statusOf([invoice(), hold, us('Dag,\n\nHet PO-nummer is 4568174123.\n\nMvg', '2026-09-11')]).status).toBe('open');
  });

  it('a rejection that asks us to confirm the PO number is lifted when we give it', () => {
    const hold = client('Hi,\n\nCould you confirm the PO number? Our system rejected the invoice as the PO is closed.\n\nThanks', '2026-09-10');
    expect(statusOf([invoice(), hold]).status).toBe('disputed');
    expect(statusOf([invoice(), hold, us('Hi,\n\nThe PO is 4500065956 as shown on the invoice.\n\nBest regards', '2026-09-11')]).status).toBe('open');
  });

  it('"does not reference a valid SAP Ariba purchase order … resubmit quoting the PO number" asks for the number: the invoice stays open once we give it (held-out BAW)', () => {
    const hold = client('Hello,\nWe are unable to process this invoice as it does not reference a valid SAP Ariba purchase order. Could you please resubmit quoting the PO number (format 45000xxxxx)?', '2026-11-04');
    expect(statusOf([invoice(), hold]).status).toBe('open');
    expect(statusOf([invoice(), hold, us('Hello,\nApologies for that - the PO number is 4500193372. I have also uploaded the invoice to Ariba against that PO this morning.', '2026-11-05')]).status).toBe('open');
  });

  it('« Pourriez vous nous renvoyer votre RIB … + le numéro d\'engagement juridique ? sans ça la facture est bloquée chez nous » asks (held-out BBZ)', () => {
    const ask = client("Bonjour,\nPourriez vous nous renvoyer votre RIB sur papier à en-tête + le numéro d'engagement juridique ? sans ça la facture est bloquée chez nous.\nMerci", '2026-10-20');
    expect(statusOf([invoice(), ask]).status).toBe('open');
    expect(statusOf([invoice(), ask, us("Bonjour,\nVoici notre RIB (IBAN FR76 1130 6000 8012 3456 7890 123). Le n° d'EJ figure en haut de la facture.", '2026-10-21')]).status).toBe('open');
  });

  it('"to register invoice … we need our PO number on it … Can you please confirm or send corrected invoice?" asks (held-out BGY)', () => {
    const ask = client('Hello,\nto register invoice FA-2026-0412 we need our PO number on it (PO 4500018823). Can you please confirm or send corrected invoice?', '2026-11-18');
    expect(statusOf([invoice(), ask, us('Hello Andreea,\nConfirmed, PO 4500018823 applies to this invoice - amount and due date unchanged.', '2026-11-19')]).status).toBe('open');
  });

  it('« en la factura no aparece nuestro número de pedido … Sin eso no podemos tramitarla » asks (held-out DLW)', () => {
    expect(statusOf([invoice(), client('Hola Maialen,\nuna pregunta: en la factura no aparece nuestro número de pedido ni el NIF intracomunitario, nos lo podeis añadir? Sin eso no podemos tramitarla.\ngracias!!', '2026-11-16')]).status).toBe('open');
  });

  it('asking for the PO number, with a rejection only if it does not come, is a question', () => {
    expect(statusOf([invoice(), client('Hello,\n\nWhat is our PO number on this? Without it AP will reject the invoice.', '2026-09-10')]).status).toBe('open');
  });

  it('stays disputed when we only chase it, or when what is missing is the goods', () => {
    const hold = client('Votre facture F-7 a été rejetée : il manque le certificat de réalisation et la quantité facturée est erronée.', '2026-09-10');
    expect(statusOf([invoice(), hold, us('La facture F-7 reste impayée, merci de la régler.', '2026-10-11')]).status).toBe('disputed');
    const goods = client('Il manque deux cartons sur la livraison, nous ne pouvons pas régler cette facture en l’état.', '2026-09-10');
    expect(statusOf([invoice(), goods, withPdf(us('Ci-joint le bon de livraison signé.', '2026-09-11'))]).status).toBe('disputed');
  });
});

describe('threadStatus: a PO number asked in Norwegian (held-out VO)', () => {
  it('"Vi mangler innkjøpsordre (PO) … Vennligst oppgi PO-nummer" asks a question, answered by "Our PO reference is …"', () => {
    const hold = client('Hei,\n\nVi mangler innkjøpsordre (PO) på fakturaen og kan ikke registrere den. Vennligst oppgi PO-nummer.\n\nMed vennlig hilsen\nLeverandørreskontro', '2026-09-10');
    expect(statusOf([invoice(), hold]).status).toBe('open');
    expect(statusOf([invoice(), hold, us('Hello,\n\nOur PO reference is PO-457035. Thank you.', '2026-09-11')]).status).toBe('open');
    // a refusal in the same words stays a dispute
    expect(statusOf([invoice(), client('Hei,\n\nVi betaler ikke fakturaen: arbeidet er ikke levert.', '2026-09-10')]).status).toBe('disputed');
  });
});

describe('threadStatus: a thread that carries a second invoice', () => {
  // F-2026-007 is paid; later the thread carries F-2026-009, and our reminder and the client's answer are about F-2026-009.
  const thread = () => [
    invoice(),
    client('La facture F-2026-007 a été réglée ce jour par virement.', '2026-09-20'),
    us('Bonjour, ci-joint la facture suivante F-2026-009 de 300,00 €.', '2026-10-01'),
    us('Notre facture F-2026-009 est échue depuis le 31 octobre et reste impayée.', '2026-11-05'),
  ];
  const of = (messages: MailMessage[], invoiceNumber: string, otherInvoiceNumbers: string[]) =>
    threadStatus({
      thread: { id: 't', messages },
      invoiceMessageId: messages[0]!.messageId,
      invoiceNumber,
      otherInvoiceNumbers,
      sideOf: (m) => (m.from?.address === US ? 'us' : 'client'),
      paymentNotices: [],
      today: '2026-11-20',
    });

  it('a reply naming no invoice answers the one our last message spoke of', () => {
    const messages = [...thread(), client('Nous paierons le 30 novembre.', '2026-11-06')];
    // (the reminder of the other invoice is still one sent in this invoice's thread)
    expect(of(messages, 'F-2026-007', ['F-2026-009'])).toMatchObject({ status: 'paid', remindersSent: 1 });
    expect(of(messages.slice(2), 'F-2026-009', ['F-2026-007'])).toMatchObject({ status: 'promised', promisedDate: '2026-11-30', remindersSent: 1 });
  });

  it('a reply naming this invoice, or both, is still read for it', () => {
    const named = [...thread().slice(0, 1), us('Notre facture F-2026-009 est échue.', '2026-11-05'), client('Pour la F-2026-007, nous paierons le 30 novembre.', '2026-11-06')];
    expect(of(named, 'F-2026-007', ['F-2026-009'])).toMatchObject({ status: 'promised', promisedDate: '2026-11-30' });
    const both = [invoice(), us('Notre facture F-2026-009 est échue.', '2026-11-05'), client('Les deux factures sont réglées depuis hier.', '2026-11-06')];
    expect(of(both, 'F-2026-007', ['F-2026-009'])).toMatchObject({ status: 'paid' });
  });

  it('without a second invoice, every reply is about the one invoice', () => {
    const messages = [invoice(), us('Petit rappel : la facture reste impayée.', '2026-11-05'), client('Nous paierons le 30 novembre.', '2026-11-06')];
    expect(of(messages, 'F-2026-007', [])).toMatchObject({ status: 'promised', remindersSent: 1 });
  });
});

describe('threadStatus: a PO number already on the invoice lifts the hold (held-out SM)', () => {
  it('"Le numéro de bon de commande PO-46911 figure bien sur la facture" answers "indiquer notre numéro de bon de commande … sinon … ne pourra pas la traiter"', () => {
    const hold = client('Merci de bien vouloir indiquer notre numéro de bon de commande sur la facture, sinon notre service comptable ne pourra pas la traiter.', '2026-08-31');
    expect(statusOf([invoice(), hold]).status).toBe('open');
    expect(statusOf([invoice(), hold, us('Le numéro de bon de commande PO-46911 figure bien sur la facture (en haut à gauche).', '2026-09-01')]).status).toBe('open');
  });
});

describe('threadStatus: a reply naming one invoice of an e-mail that carried two speaks for both (held-out TN, RH, SL, QN)', () => {
  const two = () => mail({ text: 'Veuillez trouver ci-joint les factures F-2026-07 (1 200,00 €) et F-2026-08 (800,00 €).', subject: 'Factures F-2026-07 et F-2026-08', from: US, date: '2026-09-01' });
  const input = (messages: MailMessage[], invoiceNumber: string, other: string) => threadStatus({
    thread: { id: 't', messages }, invoiceMessageId: messages[0]!.messageId, invoiceNumber, otherInvoiceNumbers: [other],
    sideOf: (m) => (m.from?.address === US ? 'us' : 'client'), paymentNotices: [], today: '2026-11-20',
  });
  it('"We dispute invoice F-2026-07 …" disputes F-2026-08 too', () => {
    const msgs = [two(), client('We dispute invoice F-2026-07: the panel was faulty on delivery. We will not pay it as it stands.', '2026-09-10')];
    expect(input(msgs, 'F-2026-07', 'F-2026-08').status).toBe('disputed');
    expect(input(msgs, 'F-2026-08', 'F-2026-07').status).toBe('disputed');
  });
  it('a reply telling each invoice apart keeps each its own status', () => {
    const msgs = [two(), client('Nous avons réglé la F-2026-07 hier. La F-2026-08 partira fin décembre, le 31/12/2026.', '2026-09-10')];
    expect(input(msgs, 'F-2026-07', 'F-2026-08').status).toBe('paid');
    expect(input(msgs, 'F-2026-08', 'F-2026-07')).toMatchObject({ status: 'promised', promisedDate: '2026-12-31' });
  });
});

describe('threadStatus: a client asking for its order number to be printed asks a question (held-out JH, KK, LM)', () => {
  it.each([
    ['Bonjour,\nPouvez-vous nous indiquer le numéro de commande à reporter sur la facture ? Notre service achats ne peut pas la valider sans.'],
    ['Hi, could you add our PO number (PO-6429) to the invoice? Accounts won\'t process it without. Thanks'],
    ['Bonjour,\nPourriez-vous nous renvoyer la facture F-7 avec notre numéro de commande ZAM/15603 ? Sans lui notre service comptable ne peut pas la saisir.'],
  ])('%s leaves the invoice open', (text) => {
    expect(statusOf([invoice(), client(text, '2026-09-10')]).status).toBe('open');
  });
  it('an outright rejection disputes it; a missing number said without a request still only asks for it', () => {
    expect(statusOf([invoice(), client('Hi,\n\nCould you confirm the PO number? Our system rejected the invoice as the PO is closed.', '2026-09-10')]).status).toBe('disputed');
    expect(statusOf([invoice(), client('We cannot process invoice F-7: the PO number is missing.', '2026-09-10')]).status).toBe('open');
  });
});

describe('threadStatus: a bank naming the number without its series (held-out TQ)', () => {
  const notice = (invoiceNumbers: string[]): PaymentNotice => ({ messageId: '<n@bank>', date: '2026-09-05', invoiceNumbers, amount: 1200, currency: 'EUR' });
  const status = (numbers: string[], invoiceNumber: string) =>
    threadStatus({
      thread: { id: 't', messages: [invoice()] },
      invoiceMessageId: invoice().messageId,
      invoiceNumber,
      sideOf: (m) => (m.from?.address === US ? 'us' : 'client'),
      paymentNotices: [notice(numbers)],
      today: '2026-11-20',
    }).status;
  it('"PAG FT 2026/332" pays "FT 2026/332"; a short number or another series does not', () => {
    expect(status(['2026/332'], 'FT 2026/332')).toBe('paid');
    expect(status(['332'], 'FT332')).toBe('open');
    expect(status(['2026/332'], 'FT 2026/3329')).toBe('open');
    expect(status(['2026/332'], '12 2026/332')).toBe('open');
  });
});

describe('threadStatus: a PO number asked with « sinon » or « Anders » (held-out UY, VZ)', () => {
  it.each([
    'Bonjour,\nMerci de faire figurer notre numéro de bon de commande (BC-42440) sur la note, sinon elle ne pourra pas être traitée.',
    'Beste,\nKunnen jullie het bestelbonnummer vermelden? Anders kunnen we de factuur niet inboeken.',
  ])('%s leaves the invoice open', (text) => {
    expect(statusOf([invoice(), client(text, '2026-09-10')]).status).toBe('open');
  });
});

describe('threadStatus: our forward to someone outside the client (held-out BIZ)', () => {
  const to = (m: MailMessage, address: string): MailMessage => ({ ...m, to: [{ name: '', address }] });
  const withDebtor = (messages: MailMessage[]) =>
    threadStatus({
      thread: { id: 't', messages },
      invoiceMessageId: messages[0]!.messageId,
      invoiceNumber: 'F-7',
      debtorEmail: 'client@client.example',
      sideOf: (m) => (m.from?.address === US ? 'us' : 'client'),
      paymentNotices: [],
      today: '2026-11-20',
    });
  it('"Fwd: Facture F-7 … toujours en attente" to the accountant is no reminder; the same forward to the client is one', () => {
    const text = 'Bonjour Nathalie,\n\nPour info, facture de Me Roche toujours en attente.\n\n---------- Message transféré ----------\nObjet : Facture F-7';
    const forward = (address: string) => to(us(text, '2026-11-02', 'Fwd: Facture F-7'), address);
    expect(withDebtor([to(invoice(), 'client@client.example'), forward('dossiers@expert-comptable.example')]).remindersSent).toBe(0);
    expect(withDebtor([to(invoice(), 'client@client.example'), forward('compta@client.example')]).remindersSent).toBe(1);
  });
});

describe('threadStatus: a request for the order number that also contests the invoice (held-out BJZ)', () => {
  it('stays a dispute; the request alone leaves the invoice open', () => {
    const both = client('Grüezi Frau Vidal\n\nDie Rechnung F-7 können wir so nicht akzeptieren: gemäss Offerte waren 12 Pipetten vereinbart, verrechnet wurden 16. Zudem fehlt die Bestellnummer. Bitte senden Sie uns eine korrigierte Rechnung.', '2026-10-22');
    expect(statusOf([invoice(), both]).status).toBe('disputed');
    const onlyNumber = client('Hello, we are unable to process your invoice as it does not quote a valid purchase order number. Please resend it with the PO reference. Kind regards, AP', '2026-10-22');
    expect(statusOf([invoice(), onlyNumber]).status).toBe('open');
  });
});

describe('threadStatus: an order number that does not match, asked to be checked (held-out BPV)', () => {
  it('asks a question; the invoice stays open', () => {
    const ask = client('Bonjour,\n\nNotre compta me signale que le n° de commande sur la facture ne correspond pas à celui de la réception (PO-88127 vs PO-88172 dans SAP Ariba). Pouvez-vous vérifier et nous renvoyer une facture corrigée si besoin ?\n\nCdt,', '2026-11-17');
    expect(statusOf([invoice(), ask]).status).toBe('open');
  });
});

describe('threadStatus: « Sans lui, le service facturier ne peut pas traiter la facture » after asking for the EJ number (held-out BRV)', () => {
  it('asks a question; the invoice stays open', () => {
    const ask = client("Bonjour,\n\nPouvez-vous nous indiquer le numéro d'engagement juridique à reporter ? Sans lui, le service facturier ne peut pas traiter la facture F-7.\n\nCordialement,", '2026-10-06');
    expect(statusOf([invoice(), ask]).status).toBe('open');
  });
});

describe('threadStatus: goods missing, the delivery note cited in brackets, and the invoice contested (held-out BUV)', () => {
  it('is a dispute, not a hold for paperwork', () => {
    const reply = client("Bonjour Lucie,\n\nLa livraison du 31/10 sur le Monte d'Oro était incomplète : 60 plateaux manquants sur 460 (voir bon de livraison annoté par le commissaire de bord). Nous contestons donc la facture F-7 en l'état, merci de nous adresser un avoir.\n\nPaul-Antoine Casanova", '2026-11-06');
    expect(statusOf([invoice(), reply]).status).toBe('disputed');
  });
  it('a contest before a request in one sentence, beside a missing order number, stays a dispute', () => {
    const reply = client('Bonjour,\n\nIl manque le numéro de commande sur la facture F-7. Nous contestons par ailleurs le nombre de jours facturés, merci de nous adresser un avoir.\n\nCordialement', '2026-11-06');
    expect(statusOf([invoice(), reply]).status).toBe('disputed');
  });
});

describe('threadStatus: an invoice to be filed on Chorus Pro, « nous ne pouvons pas la traiter par mail » (held-out CAX)', () => {
  it('asks for a way of sending: the invoice stays open', () => {
    const reply = client("Bonjour,\nla facture doit être déposée sur Chorus Pro avec le n° d'engagement 2026-004518, nous ne pouvons pas la traiter par mail. Merci de faire le dépôt.\nCordialement\nService facturier - DAF", '2026-11-13');
    expect(statusOf([invoice(), reply]).status).toBe('open');
    const portal = client('Hello, please submit the invoice through our Coupa portal; we cannot process invoices received by email. Thanks, AP team', '2026-11-13');
    expect(statusOf([invoice(), portal]).status).toBe('open');
  });
  it('a rejection that also contests the invoice stays a dispute', () => {
    const reply = client("Bonjour,\nNous contestons le nombre de jours facturés. Par ailleurs la facture doit être déposée sur Chorus Pro.\nCordialement", '2026-11-13');
    expect(statusOf([invoice(), reply]).status).toBe('disputed');
  });
});

describe('threadStatus: an invoice to be re-issued with the client\'s tax number, then re-issued (held-out BZW)', () => {
  it('asks for a document: the invoice stays open', () => {
    const ask = client('Hi Claire,\nCan you please re-issue the invoice showing our TRN 100384726500003? Our system rejects it without the TRN.\nThanks\nAnjali', '2026-11-02');
    expect(statusOf([invoice(), ask]).status).toBe('open');
  });
});

describe('threadStatus: a hold for a document, lifted in the same reply with a day (held-out CCX)', () => {
  it('« … bloquée faute de PV de réception ; le PV est désormais validé, paiement prévu le 30/11 » promises', () => {
    const reply = client('Bonjour,\nVotre facture est bloquée faute de PV de réception dans notre outil ; le PV est désormais validé, paiement prévu le 30/11.\nCordialement', '2026-11-19');
    expect(statusOf([invoice(), reply])).toMatchObject({ status: 'promised', promisedDate: '2026-11-30' });
  });
  it('« Nous vous confirmons le rejet de la facture : absence de PV de réception … » disputes', () => {
    const reply = client('Monsieur,\nNous vous confirmons le rejet de la facture : absence de PV de réception contradictoire et quantités non conformes à la ligne 30 du bon de commande. Merci de nous faire parvenir un avoir et une facture rectifiée.', '2026-11-12');
    expect(statusOf([invoice(), reply]).status).toBe('disputed');
  });
});

describe('threadStatus: a public buyer asking for its commitment number (held-out DBY)', () => {
  it('"Your invoice cannot be processed as it does not mention the commitment number … send us a corrected version" asks, the invoice stays open', () => {
    const reply = client('Dear Ms Weber,\nYour invoice cannot be processed as it does not mention the commitment number and the contract reference. Could you please send us a corrected version with commitment no. CDR.2026.3391 and contract 2026/FL/0219?\nThank you,', '2026-10-07');
    expect(statusOf([invoice(), reply]).status).toBe('open');
  });
});

describe('threadStatus: a commitment number that does not match, asked for (held-out DFV)', () => {
  it('« pourriez-vous nous confirmer le numéro d\'engagement juridique … ? Il ne correspond pas à celui du marché notifié » asks; the invoice stays open', () => {
    const reply = client("Madame,\nNous accusons réception de votre relance. Afin de permettre la mise en paiement, pourriez-vous nous confirmer le numéro d'engagement juridique figurant sur votre dépôt Chorus Pro ? Il ne correspond pas à celui du marché notifié.", '2026-11-06');
    expect(statusOf([invoice(), reply]).status).toBe('open');
  });
});
