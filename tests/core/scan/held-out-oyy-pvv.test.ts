/** What the twenty-sixth session's fourth batch of unseen mailboxes (OYY–PVV) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { listedInvoices } from '../../../shared/core/scan/listed-invoices';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { message } from '../../fixtures/mail';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it('« Je ne vais pas payer 12 h, je n\'ai jamais validé ça » disputes', () => {
    expect(reply("Camille,\nJe suis un peu surprise : on s'était mis d'accord sur 8 heures max pour la refonte, pas 12. Je ne vais pas payer 12 h, je n'ai jamais validé ça. Tu peux me refaire la facture sur 8 h ?", '2026-11-05').kind).toBe('dispute');
  });

  it('« Ayer hicimos la transferencia de los 2.960 € » pays', () => {
    expect(reply('Hola Sylvie, perdona el retraso, se nos había quedado traspapelada. Ayer hicimos la transferencia de los 2.960 €, os tiene que llegar en 1-2 días.', '2026-09-23').kind).toBe('paid');
  });

  it("« … déjà facturée sur la facture 2026-0988 que j ai payée le mois dernier … Je ne paye pas cette facture » disputes this one", () => {
    const text = "Bonsoir,\nIl y a une erreur, la visite vaccination FCO du 8 octobre vous me l avez deja facturée sur la facture 2026-0988 que j ai payée le mois dernier. Ca fait deux fois. Je ne paye pas cette facture tant qu elle n est pas corrigée.";
    expect(classifyClientReply(mail({ text, date: '2026-10-22' }), { invoiceNumber: '2026-1056' }).kind).toBe('dispute');
  });

  it('a rejection « Sans lui elle est rejetée par notre outil » for want of an order number asks for paperwork', async () => {
    const us = 'claire@grains.example';
    const invoice = message({ from: `Claire <${us}>`, to: ['Fournisseurs <fournisseurs@malterie.example>'], subject: 'Facture SGM-2026-0502', text: 'Bonjour,\nFacture SGM-2026-0502 du 31/10/2026 – stockage orge.\nMontant HT 10 450,00 € – TVA 20 % 2 090,00 € – Total TTC 12 540,00 €\nPaiement : 60 jours date de facture.', date: '2026-10-31T10:00:00+01:00', id: '<sgm@grains.example>' });
    const asked = message({ from: 'Hélène <h.brunet@malterie.example>', to: [`Claire <${us}>`], subject: 'RE: Facture SGM-2026-0502', text: 'Bonjour Claire,\nPourriez-vous nous renvoyer cette facture avec notre n° de commande MC-PO-88412 ? Sans lui elle est rejetée par notre outil de dématérialisation.\nMerci,\nHélène', date: '2026-11-04T09:12:00+01:00', inReplyTo: '<sgm@grains.example>' });
    const found = await scanMessages([invoice, asked], { me: ['grains.example'], today: '2026-12-07' });
    expect(found.map((r) => [r.invoiceNumber, r.status])).toEqual([['SGM-2026-0502', 'open']]);
  });

  it('« De factuur werd … geblokkeerd omdat er geen bestelbonnummer (PO) op vermeld staat » asks for paperwork', async () => {
    const us = 'claire@grains.example';
    const invoice = message({ from: `Claire <${us}>`, to: ['Boekhouding <boekhouding@graan.example>'], subject: 'Facture SGM-2026-0467', text: 'Bonjour,\nFacture n° : SGM-2026-0467\nDate d\'émission : 22/09/2026\nDate d\'échéance : 22/10/2026\nMontant TTC : 9 874,20 €', date: '2026-09-22T15:40:00+02:00', id: '<gv@grains.example>' });
    const blocked = message({ from: 'Annelies <boekhouding@graan.example>', to: [`Claire <${us}>`], subject: 'RE: Facture SGM-2026-0467', text: 'Goedemorgen mevrouw Lefèvre,\nDe factuur werd door ons systeem geblokkeerd omdat er geen bestelbonnummer (PO) op vermeld staat. Kunt u ons het PO-nummer bezorgen of een aangepaste factuur sturen? Dan kan ik ze laten goedkeuren.', date: '2026-11-17T08:35:00+01:00', inReplyTo: '<gv@grains.example>' });
    const found = await scanMessages([invoice, blocked], { me: ['grains.example'], today: '2026-12-07' });
    expect(found.map((r) => [r.invoiceNumber, r.status])).toEqual([['SGM-2026-0467', 'open']]);
  });
});

describe('our own mail', () => {
  it('« La facture … était à échéance le 29/11. Pouvez-vous me confirmer sa date de mise en paiement ? » chases', () => {
    expect(classifyOwnFollowUp(mail({ text: 'Bonjour,\nLa facture SGM-2026-0478 (18 960,00 € TTC) était à échéance le 29/11. Pouvez-vous me confirmer sa date de mise en paiement ?\nMerci.', subject: 'RE: facture SGM-2026-0478', from: 'claire@grains.example' }))).toBe('reminder');
  });
});

describe('payment notices', () => {
  it('Chorus Pro\'s « La facture suivante a été mise en paiement : … Numéro de facture : MPN-2026-0151 » pays it', () => {
    const notice = mail({ from: 'ne-pas-repondre@chorus-pro.gouv.fr', subject: 'Chorus Pro - Avis de mise en paiement', text: 'Bonjour,\n\nLa facture suivante a été mise en paiement :\n\nFournisseur : METROLOGIE PESAGE NORMANDIE\nDestinataire : SYNDICAT MIXTE DU PORT DE DIEPPE\nNuméro de facture : MPN-2026-0151\nMontant TTC : 1 980,00 EUR\nDate de mise en paiement : 22/10/2026\n\nCeci est un message automatique, merci de ne pas y répondre.', date: '2026-10-23' });
    expect(readPaymentNotice(notice)).toMatchObject({ invoiceNumbers: ['MPN-2026-0151'], amount: 1980 });
  });
});

describe('invoice fields', () => {
  it('two invoices listed, each line followed by its indented total: the second keeps its own', () => {
    const body = "Voici nos deux factures, datées du 24/11/2026, payables à 60 jours (23/01/2027) :\n1) TBA-2026-095 – Avance sur droits de traduction T.1\n   2 500,00 € HT + TVA 5,5 % 137,50 € = 2 637,50 € TTC\n2) TBA-2026-096 – Relecture du lettrage, 12 planches x 40,00 €\n   480,00 € HT + TVA 20 % 96,00 € = 576,00 € TTC\nIBAN : FR76 1333 5000 4008 1234 5678 912";
    expect(listedInvoices(body, new Set()).map((l) => [l.number, l.segment.includes('576,00')])).toEqual([
      ['TBA-2026-095', false],
      ['TBA-2026-096', true],
    ]);
  });

  it("a monthly statement naming its invoice (« Ton relevé du mois d'août, facture 2026-0842 du 31/08/2026 : ») is that invoice", async () => {
    const us = 'sylvie@veto.example';
    const statement = message({ from: `Sylvie <${us}>`, to: ['Roger <roger@orange.example>'], subject: "Ton relevé d'août", text: "Salut Roger,\nTon relevé du mois d'août, facture 2026-0842 du 31/08/2026 :\n- 05/08 visite veau diarrhée + réhydratation : 95,00 € HT\n- 21/08 médicaments (antiparasitaires) : 177,92 € HT\nTVA : 54,58 €\nTotal à payer : 327,50 € TTC, payable à réception.\nSylvie", date: '2026-09-01T09:00:00+02:00' });
    const found = await scanMessages([statement], { me: ['veto.example'], today: '2026-12-07' });
    expect(found.map((r) => [r.invoiceNumber, r.amount])).toEqual([['2026-0842', 327.5]]);
  });
});
