/** What the twenty-fourth session's fifth batch of unseen mailboxes (IWY–IYV) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { findPaymentTerms } from '../../../shared/core/extract/locale/terms';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { message } from '../../fixtures/mail';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));
const own = (text: string, subject = 'RE: Facture') => classifyOwnFollowUp(mail({ text, subject, from: 'marine@us.example' }));
const fields = (text: string) => extractTextFields(text, 'DMY');

describe('client replies', () => {
  it('« Les factures des magasins franchisés sont réglées par le service centralisé du groupe, uniquement sur présentation … » is how they pay, no payment', () => {
    expect(reply("Les factures des magasins franchisés sont réglées par le service centralisé du groupe, uniquement sur présentation d'un numéro de bon de commande. Votre facture F-2026-0371 ne comporte pas de n° de BC : pouvez-vous nous la renvoyer ?", '2026-11-25').kind).not.toBe('paid');
    expect(reply('Bonjour,\nLes factures sont réglées.\nCordialement', '2026-11-25').kind).toBe('paid');
  });

  it("« Virement de l'acompte de 4 284 € fait ce matin » is a payment made", async () => {
    const us = 'claire@veto.example';
    const invoice = message({ from: `Claire <${us}>`, to: ['Dr Guillou <sophie@clinique.example>'], subject: "Facture d'acompte VEO-2026-0496", text: "Facture d'acompte n° VEO-2026-0496 – 18/11/2026\nAcompte 30 % : 3 570,00 € HT + TVA 20 % 714,00 € = 4 284,00 € TTC\nÀ régler à réception.", date: '2026-11-18T11:25:00+01:00', id: '<a1@veto.example>' });
    const paid = message({ from: 'Dr Guillou <sophie@clinique.example>', to: [`Claire <${us}>`], subject: "Re: Facture d'acompte VEO-2026-0496", text: "Bonjour Claire,\nVirement de l'acompte de 4 284 € fait ce matin depuis notre compte CIC. Merci de confirmer la date de livraison.", date: '2026-11-20T12:58:00+01:00', inReplyTo: '<a1@veto.example>' });
    const [r] = await scanMessages([invoice, paid], { me: ['veto.example'], today: '2026-12-07' });
    expect(r).toMatchObject({ invoiceNumber: 'VEO-2026-0496', status: 'paid' });
  });

  it('« je vous confirme : règlement de la FA-2026-095 le 15 décembre » promises that day', () => {
    expect(reply('Suite à notre échange téléphonique de ce matin, je vous confirme : règlement de la FA-2026-095 le 15 décembre, dès l\'encaissement des recettes de notre spectacle de Noël.', '2026-12-03')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
  });

  it('« je la passe dans le virement de vendredi prochain avec les autres fournisseurs » promises', () => {
    expect(reply('Petit mot rapide : la facture est validée, je la passe dans le virement de vendredi prochain avec les autres fournisseurs.', '2026-12-02')).toMatchObject({ kind: 'promise' });
  });
});

describe('our own mail', () => {
  it("« Sauf erreur de notre part, nous n'avons pas reçu le solde de 1 680,00 € » chases", () => {
    expect(own("J'espère que la navigation se passe bien ! Sauf erreur de notre part, nous n'avons pas reçu le solde de 1 680,00 € (facture CA-2026-059), qui était à régler avant l'embarquement.")).toBe('reminder');
    expect(own("Bonjour, nous n'avons pas reçu votre bon de commande, pouvez-vous nous l'envoyer ?", 'Re: Devis D-12')).not.toBe('reminder');
  });
});

describe('invoice fields', () => {
  it("« Total (Lieferung ab Frankreich, MWST CH durch Empfänger) . CHF 8'940.50 » is the amount", () => {
    expect(fields("Rechnung Nr.: VEO-CH-2026-019\nDampfsterilisator (Autoklav STERI-23B) ... CHF 7'450.00\nWasseraufbereitung .......... CHF 820.00\nTransport und Verzollung ........ CHF 670.50\nTotal (Lieferung ab Frankreich, MWST CH durch Empfänger) . CHF 8'940.50").amount?.value).toEqual({ value: 8940.5, currency: 'CHF' });
  });

  it('« facture 0421 (PBR-2026-0421) » is numbered by the full reference', () => {
    expect(fields("Comme convenu voilà la facture des paniers resto d'octobre :\nfacture 0421 (PBR-2026-0421) – 486,30 € TTC, payable à réception.").invoiceNumbers[0]?.value).toBe('PBR-2026-0421');
  });

  it('« N° CA-2026-114 – 27/11/2026 » dates the invoice and « Échéance : 15 jours » gives its terms', () => {
    expect(fields('N° CA-2026-114 – 27/11/2026\nTotal : 890,00 € TTC\nÉchéance : 15 jours.').issueDate?.value).toBe('2026-11-27');
    expect(findPaymentTerms('Échéance : 15 jours.')?.terms).toEqual({ kind: 'net', days: 15 });
  });
});

describe('detection', () => {
  it('a note to the accountant listing invoices by number is none of them', async () => {
    const note = message({ from: 'Claire <claire@redaction.example>', to: ['Cabinet Armand <contact@armand-expertise.example>'], subject: 'Factures de novembre pour la compta', text: 'Bonjour Mme Armand,\n\nPour le dossier de novembre : factures émises FC-2026-037, FC-2026-038, FC-2026-040, FC-2026-041 et FC-2026-042. Le paiement de FC-2026-031 (7 380 €) est arrivé le 16/11. Les PDF sont dans le dossier partagé.', date: '2026-12-03T18:05:00+01:00' });
    expect(await scanMessages([note], { me: ['redaction.example'], today: '2026-12-07' })).toEqual([]);
  });
});
