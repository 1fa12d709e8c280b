/** What the twenty-sixth session's first batch of unseen mailboxes (NYZ–OVW) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { findPaymentTerms } from '../../../shared/core/extract/locale/terms';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { message } from '../../fixtures/mail';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it('« wir werden die Zahlung Ende nächster Woche auslösen » promises the Friday of next week', () => {
    expect(reply('Grüezi Herr Kieffer\n\nEntschuldigen Sie die Verzögerung, die Rechnung lag beim Betriebsleiter zur Visierung. Sie ist jetzt freigegeben, wir werden die Zahlung Ende nächster Woche auslösen.', '2026-11-26')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-04' });
  });

  it('« De betaling volgt eind deze week » promises this week\'s Friday', () => {
    expect(reply('Dag Julien,\nNele is deze week met verlof. Excuses voor de vertraging, de goedkeuring zat vast bij onze boekhouder. De betaling volgt eind deze week.', '2026-11-18')).toMatchObject({ kind: 'promise', promisedDate: '2026-11-20' });
  });

  it('« die Rechnung … wurde heute unter Abzug von 2 % Skonto mit 3.381,00 EUR überwiesen » pays (an amount inside the sentence)', () => {
    expect(reply('Sehr geehrte Frau Morel,\n\ndie Rechnung TMG-2026-103 wurde heute unter Abzug von 2 % Skonto mit 3.381,00 EUR überwiesen.', '2026-10-29').kind).toBe('paid');
  });
});

describe('our own mail', () => {
  it('« Comme demandé au téléphone, je te renvoie la facture …, échue le 07/11. » answers a request: no reminder', () => {
    expect(classifyOwnFollowUp(mail({ text: 'Bonjour Claire,\n\nComme demandé au téléphone, je te renvoie la facture F-2026-0379 du 08/10 (845,00 €), échue le 07/11.\n\nBonne journée,\nHélène', subject: 'Duplicata facture F-2026-0379', from: 'helene@chevre.example' }))).toBe('answer');
  });

  it('« hier erneut die Rechnung (Duplikat): ⏎ Rechnungsnummer: … – fällig seit 30.07.2026 » sends a copy: no reminder', () => {
    expect(classifyOwnFollowUp(mail({ text: 'Guten Tag Frau Köhler,\n\nhier erneut die Rechnung (Duplikat):\nRechnungsnummer: UXL-2026-044 – Rechnungsdatum: 30.06.2026 – Betrag: 8.000,00 EUR (Reverse Charge) – fällig seit 30.07.2026.\nIBAN : FR76 1027 8073 0100 0209 4510 162\n\nViele Grüße\nCamille Roux', subject: 'Re: Rechnung UXL-2026-044 – Kopie erbeten', from: 'camille@ux.example' }))).toBe('answer');
  });

  it('an unasked copy that says the invoice is overdue still chases', () => {
    expect(classifyOwnFollowUp(mail({ text: 'Bonjour Claire,\n\nJe te renvoie la facture F-2026-0379 du 08/10 (845,00 €), échue le 07/11. Merci de la régler rapidement.\n\nHélène', subject: 'Facture F-2026-0379', from: 'helene@chevre.example' }))).toBe('reminder');
  });
});

describe('invoice fields', () => {
  it('« voilà la facture de la livraison de ce matin : F-2026-0405, 389,70 € TTC » numbers the invoice', () => {
    const fields = extractTextFields('Coucou Lucie,\nvoilà la facture de la livraison de ce matin : F-2026-0405, 389,70 € TTC, à régler à réception (virement ou chèque, comme tu préfères).\nBises\nHélène', 'DMY');
    expect(fields.invoiceNumbers[0]?.value).toBe('F-2026-0405');
  });

  it('« la facture de votre commande : CMD-2026-044 » gives the order\'s number, not the invoice\'s', () => {
    expect(extractTextFields('Bonjour,\nvoici la facture de votre commande : CMD-2026-044, 389,70 € TTC.', 'DMY').invoiceNumbers.map((n) => n.value)).not.toContain('CMD-2026-044');
  });

  it('« Paiement à la livraison » is due on the invoice\'s day, as « à réception »', () => {
    expect(findPaymentTerms('Reste à payer : 6 048,00 €\nPaiement à la livraison, par virement.')?.terms).toEqual({ kind: 'on-receipt' });
    expect(findPaymentTerms('Zahlung bei Lieferung.')?.terms).toEqual({ kind: 'on-receipt' });
  });
});

describe('threads', () => {
  it('a Chorus Pro rejection because « il manque le n° d\'engagement juridique » asks for paperwork: the invoice stays open', async () => {
    const us = 'julien@incendie.example';
    const invoice = message({ from: `Julien <${us}>`, to: ['Éducation <education@ville.example>'], subject: 'Facture CIA-2026-0471 - vérifications écoles', text: 'Bonjour,\nvoici notre facture :\nFacture CIA-2026-0471 – 20 octobre 2026\nTotal TTC 1 944,00 €\nPaiement par mandat administratif à 30 jours, soit au plus tard le 19/11/2026.', date: '2026-10-20T09:15:00+02:00', id: '<cia@incendie.example>' });
    const rejected = message({ from: 'N. Bensalem <education@ville.example>', to: [`Julien <${us}>`], subject: 'RE: Facture CIA-2026-0471 - vérifications écoles', text: "Bonjour,\nla facture a été rejetée sur Chorus car il manque le n° d'engagement juridique. Pouvez-vous nous le communiquer ou redéposer ? c'est le n° EJ qui figure sur le bon de commande.\nMerci", date: '2026-10-29T11:52:00+01:00', inReplyTo: '<cia@incendie.example>' });
    const found = await scanMessages([invoice, rejected], { me: ['incendie.example'], today: '2026-12-07' });
    expect(found.map((r) => [r.invoiceNumber, r.status])).toEqual([['CIA-2026-0471', 'open']]);
  });
});
