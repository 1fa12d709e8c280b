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
