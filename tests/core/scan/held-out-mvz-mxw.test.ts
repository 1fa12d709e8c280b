/** What the twenty-fifth session's sixth batch of unseen mailboxes (MVZ–MXW) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { message } from '../../fixtures/mail';
import { mail } from '../status/mail';

describe('client replies', () => {
  it('« la LCR de la 041 est bien passée sur notre compte le 13, tout est réglé de notre côté » pays', () => {
    expect(classifyClientReply(mail({ text: 'Bonjour Claire,\n\nPetit mot pour vous dire que la LCR de la 041 est bien passée sur notre compte le 13, tout est réglé de notre côté.\nOn repasse commande pour l’été la semaine pro.', date: '2026-06-16' })).kind).toBe('paid');
    expect(classifyClientReply(mail({ text: 'La LCR est passée en impayé, je regarde avec la banque.', date: '2026-06-16' })).kind).not.toBe('paid');
  });

  it('« toujours en attente de votre avoir sur la 0521 » is about another invoice than WML-2026-0735', () => {
    const text = 'Bonjour,\nBien reçue, transmise à la compta pour paiement à échéance.\nAu passage toujours en attente de votre avoir sur la 0521.\nO. Marchal';
    expect(classifyClientReply(mail({ text, date: '2026-10-16' }), { invoiceNumber: 'WML-2026-0735', otherInvoiceNumbers: [] }).kind).not.toBe('dispute');
    expect(classifyClientReply(mail({ text: text.replace('0521', '0735'), date: '2026-10-16' }), { invoiceNumber: 'WML-2026-0735', otherInvoiceNumbers: [] }).kind).toBe('dispute');
  });
});

describe('payment notices', () => {
  it('Qonto\'s « Libellé : LCR ECH 04/12 FA-VBB-2026-121 » names the invoice, not the maturity', () => {
    const notice = readPaymentNotice(mail({ from: 'notifications@qonto.com', subject: 'Vous avez reçu 2 064,00 €', text: 'Bonjour Claire,\n\nVous avez reçu un paiement sur le compte VINS BIO BEAUNE.\n\nDe : LE PETIT SOMMELIER SARL\nMontant : +2 064,00 €\nLibellé : LCR ECH 04/12 FA-VBB-2026-121\nDate : 04/12/2026', date: '2026-12-04' }));
    expect(notice?.invoiceNumbers).toEqual(['FA-VBB-2026-121']);
  });
});

describe('our own mail', () => {
  it('« la F-2026-082 (318 €) est passée à échéance le 1er novembre. Tu peux regarder ? » chases', () => {
    expect(classifyOwnFollowUp(mail({ text: 'Salut Éric,\nTu as dû zapper, la F-2026-082 (318 €) est passée à échéance le 1er novembre. Tu peux regarder ?\nThierry', subject: 'Re: ta facture', from: 'thierry@fours.example' }))).toBe('reminder');
  });

  it('a note to the accountant listing the month\'s invoices and a credit note by number, with no amount, is none of them', async () => {
    const note = message({ from: 'Thierry <thierry@fours.example>', to: ['Cabinet Arnaud <dossiers@cabinet.example>'], subject: 'Factures de novembre', text: "Bonjour Sandrine,\n\nVoici les factures émises en novembre pour la saisie : F-2026-097, F-2026-101, F-2026-102 et F-2026-104, plus l'avoir A-2026-006. La facture fournisseur PFP-2026-18843 suit par courrier.\n\nBonne soirée,\nThierry", date: '2026-12-01T18:30:00+01:00' });
    expect(await scanMessages([note], { me: ['fours.example'], today: '2026-12-07' })).toEqual([]);
  });
});

describe('invoice fields', () => {
  it('Catalan « Bestreta ja pagada: -4.250,00 € ⏎ Import pendent: 10.000,00 € » is the amount due', () => {
    expect(extractTextFields('Factura núm. SR-2026-0668\nData: 09/10/2026\nBase imposable: 11.776,86 €\nIVA 21 %: 2.473,14 €\nTotal: 14.250,00 €\nBestreta ja pagada: -4.250,00 €\nImport pendent: 10.000,00 €\nVenciment: 30 dies (08/11/2026)', 'DMY').amount?.value.value).toBe(10000);
  });
});
