/** What the twenty-eighth session's batches of unseen mailboxes (TYZ–…) showed, and TXV's miss left before them, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import type { MailMessage } from '../../../shared/core/mail/model';
import { mail } from '../status/mail';

const ME = ['redaction-web.example'];
const reply = (text: string, date: string, depositInvoice = false) => classifyClientReply(mail({ text, date }), { depositInvoice });
const to = (m: MailMessage, address: string, from = 'claire@redaction-web.example'): MailMessage => ({ ...m, from: { name: 'Claire', address: from }, to: [{ name: '', address }] });

/** An invoice of ours and the client's answer to it, scanned together: the invoice's status and promised date. */
async function answered(answerText: string, answerDate: string): Promise<[string | undefined, string | null | undefined]> {
  const invoice = to(
    mail({ subject: 'Facture F2026-0430', date: '2026-10-15', text: 'Bonjour,\nVeuillez trouver ci-dessous notre facture F2026-0430 du 15/10/2026.\nMontant TTC : 5 870,00 €\nÉchéance : 29/11/2026\nCordialement' }),
    'compta@client.example',
  );
  const answer: MailMessage = {
    ...mail({ subject: 'RE: Facture F2026-0430', date: answerDate, from: 'compta@client.example', text: answerText }),
    to: [{ name: '', address: 'claire@redaction-web.example' }],
    inReplyTo: invoice.messageId,
    references: [invoice.messageId],
  };
  const [r] = await scanMessages([invoice, answer], { me: ME, today: '2026-12-07' });
  return [r?.status, r?.promisedDate];
}

describe('invoices named again', () => {
  const invoice = to(
    mail({ subject: 'Facture F-2026-072 – sous-traitance rédaction août', date: '2026-08-31', text: 'Bonjour,\nVeuillez trouver ci-dessous notre facture F-2026-072 du 31/08/2026.\nMontant TTC : 4 560,00 €\nÉchéance : 15/10/2026\nCordialement\nClaire' }),
    'compta@pixelsud.example',
  );

  it('our note to a subcontractor that the client has not paid an invoice (« … ta part (1 200 €) ») bills nothing', async () => {
    const note = to(
      mail({ subject: 'facture Pixel Sud + ta part', date: '2026-10-08', text: "Salut Julien,\n\nPixel Sud n'a toujours pas payé la F-2026-072, donc je ne peux pas encore te reverser ta part (1 200 €). Je te tiens au courant dès que ça tombe.\n\nBises\nClaire" }),
      'julien.redac@gmail.com',
    );
    const found = await scanMessages([invoice, note], { me: ME, today: '2026-12-07' });
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.debtorEmail, r.remindersSent])).toEqual([['F-2026-072', 4560, 'compta@pixelsud.example', 0]]);
  });

  it('a chase of ours to the client in a new thread, stating what is left (« il reste 1 200,00 € à régler »), is a reminder of it', async () => {
    const chase = to(
      mail({ subject: 'Solde facture F-2026-072', date: '2026-11-02', text: "Bonjour,\nSauf erreur de notre part, la facture F-2026-072 n'a toujours pas été réglée en totalité : il reste 1 200,00 € à régler. Merci de faire le nécessaire.\nCordialement\nClaire" }),
      'compta@pixelsud.example',
    );
    const found = await scanMessages([invoice, chase], { me: ME, today: '2026-12-07' });
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.remindersSent])).toEqual([['F-2026-072', 4560, 1]]);
  });
});

describe('deposit invoices', () => {
  const deposit = 'Invoice no.: VPT-2026-058\nInvoice date: May 4, 2026\nTour: Provence Wine & Bike, October 4-11, 2026 - 14 guests\nDeposit (40%): USD 12,480.00\nPayment terms: Net 30 (due June 3, 2026)';

  it('"Deposit (40%): USD 12,480.00" as the billed line is the amount of a deposit invoice', () => {
    const fields = extractTextFields(deposit, 'MDY');
    expect([fields.amount?.value, fields.depositInvoice]).toEqual([{ value: 12480, currency: 'USD' }, true]);
  });

  it('a deposit taken off ("Acompte (30 %) : -4 500,00 €") makes no deposit invoice', () => {
    const fields = extractTextFields('Facture FA-2026-201\nTotal TTC : 15 000,00 €\nAcompte (30 %) : -4 500,00 €\nReste à payer : 10 500,00 €', 'DMY');
    expect([fields.amount?.value, fields.depositInvoice]).toEqual([{ value: 10500, currency: 'EUR' }, false]);
  });

  it('"our accounting team wired the deposit today" pays a deposit invoice, and only part of any other', () => {
    const text = 'Hi Camille,\nJust a heads up - our accounting team wired the deposit today (USD 12,480.00, ref VPT-2026-058). Let me know once it lands!';
    expect(reply(text, '2026-05-29', true).kind).toBe('paid');
    expect(reply(text, '2026-05-29').kind).not.toBe('paid');
  });
});

describe('the wrong company billed', () => {
  it('« Auftraggeber ist die Wolkenwerk Cloud Services GmbH (USt-IdNr. DE318774520), nicht die Wolkenwerk GmbH » disputes the invoice, beside a missing order number', async () => {
    const invoice = to(
      mail({ subject: 'Rechnung F-2026-049 – Nutzerinterviews', date: '2026-10-05', text: 'Hallo Jonas,\nanbei meine Rechnung.\nRechnung Nr. F-2026-049\nRechnungsdatum: 05.10.2026\nRechnungsbetrag: 6.300,00 EUR\nZahlungsziel: 14 Tage netto\nViele Grüße\nCamille' }),
      'jonas@wolkenwerk.example',
      'camille@recherche-ux.example',
    );
    const answer: MailMessage = {
      ...mail({
        subject: 'AW: Rechnung F-2026-049 – Nutzerinterviews',
        date: '2026-10-08',
        from: 'rechnungen@wolkenwerk.example',
        text: 'Sehr geehrte Frau Roussel,\nJonas hat uns Ihre Rechnung weitergeleitet. Leider können wir sie so nicht bearbeiten: Auftraggeber ist die Wolkenwerk Cloud Services GmbH (USt-IdNr. DE318774520), nicht die Wolkenwerk GmbH. Außerdem fehlt unsere Bestellnummer.\nBitte senden Sie uns eine korrigierte Rechnung. Bis dahin ist die Rechnung F-2026-049 bei uns gesperrt.',
      }),
      to: [{ name: '', address: 'camille@recherche-ux.example' }],
      inReplyTo: invoice.messageId,
      references: [invoice.messageId],
    };
    const [r] = await scanMessages([invoice, answer], { me: ['recherche-ux.example'], today: '2026-12-07' });
    expect([r?.invoiceNumber, r?.status]).toEqual(['F-2026-049', 'disputed']);
  });

  it('"our contracting entity is Brightline Ltd (company no. 0123), not Brightline Holdings" disputes; "the billing company is fine, not a problem" does not', () => {
    expect(reply('Hi,\nOur contracting entity is Brightline Ltd (company no. 0123), not Brightline Holdings.', '2026-10-08').kind).toBe('dispute');
    expect(reply('Hi, the billing company is fine, not a problem, we pay next week.', '2026-11-01').kind).toBe('promise');
  });
});

describe('second batch (UVW–UWX)', () => {
  it('« c\'est parti ce soir par virement, tu devrais l\'avoir d\'ici jeudi » pays', () => {
    expect(reply("oups dsl !! c'est parti ce soir par virement, tu devrais l'avoir d'ici jeudi 👍\nCamille", '2026-12-02').kind).toBe('paid');
  });

  it('« Notre logiciel rejette la facture … car le n° de BC n\'apparaît pas sur le PDF » asks for paperwork: the invoice stays open', async () => {
    expect(await answered("Bonjour,\nNotre logiciel rejette la facture F2026-0430 car le n° de BC n'apparaît pas sur le PDF (seulement dans le mail). Pourriez-vous nous la renvoyer avec la mention BC-SP-2026-118 sur la facture elle-même ?\nCordialement", '2026-10-21')).toEqual(['open', null]);
  });

  it('« bloquée dans Ariba : le numéro de ligne de commande (10) n\'est pas renseigné et le goods receipt n\'a pas été fait » asks for paperwork', async () => {
    expect(await answered("Bonjour,\nLa facture est bloquée dans Ariba : le numéro de ligne de commande (10) n'est pas renseigné et le goods receipt n'a pas été fait par le demandeur. Pouvez-vous la resoumettre avec la ligne de PO ? Je relance de mon côté M. Carré pour la réception.\nCordialement", '2026-10-21')).toEqual(['open', null]);
  });

  it('the invoice refused for its goods (« la livraison n\'a pas été faite en entier ») is still disputed', async () => {
    expect((await answered("Bonjour,\nNous refusons la facture F2026-0430 : la livraison n'a pas été faite en entier, il manque deux couronnes.", '2026-10-21'))[0]).toBe('disputed');
  });

  it('a day named after the payer\'s payments in general is its routine: the day said of this payment is promised', async () => {
    expect(await answered('Bonjour,\nLe trésorier signe les chèques jeudi, le vôtre partira par courrier la semaine prochaine.\nBonne journée', '2026-12-02')).toEqual(['promised', '2026-12-07']);
    expect(await answered('Hello Claire,\npetit retard de notre côté, notre expert-comptable valide les paiements le vendredi... le virement partira lundi prochain sans faute.', '2026-12-03')).toEqual(['promised', '2026-12-07']);
    expect(await answered('Bonjour Lucie,\nOui pardon, notre gérant signe les virements le vendredi : le vôtre partira en fin de semaine prochaine.', '2026-12-02')).toEqual(['promised', '2026-12-11']);
  });

  it('« le gérant signe les virements le vendredi, ce sera fait vendredi prochain » still promises that Friday', async () => {
    expect(await answered('Bonjour Claire,\nOui désolée, le gérant signe les virements le vendredi, ce sera fait vendredi prochain.', '2026-12-02')).toEqual(['promised', '2026-12-04']);
  });
});

