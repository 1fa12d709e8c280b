/** What the twenty-sixth session's seventh batch of unseen mailboxes (PYX–PZZ) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { message } from '../../fixtures/mail';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));
const own = (text: string, subject = 'RE: Facture F-2026-107') => classifyOwnFollowUp(mail({ text, subject, from: 'claire@dpo.example' }));

describe('client replies', () => {
  it('« La Direzione non intende pagare la fattura … finché non avremo chiarito » disputes', () => {
    expect(reply('Gentile Dott.ssa Vasseur,\nLa Direzione non intende pagare la fattura ARL-2026-045 finché non avremo chiarito le responsabilità e il costo della nuova sottomissione.', '2026-08-31').kind).toBe('dispute');
  });
});

describe('our own mail', () => {
  it('« toujours pas de règlement ni de retour … Pouvez-vous me donner une date ? » chases', () => {
    expect(own('Deux semaines plus tard, toujours pas de règlement ni de retour sur la validation de la facture F-2026-107 (6 300,00 €). Pouvez-vous me donner une date ?')).toBe('reminder');
  });

  it('« La facture … était payable fin août. Pouvez-vous vérifier ? » chases', () => {
    expect(own('Bonjour,\nLa facture F-2026-091 (3 168,00 €) était payable fin août. Pouvez-vous vérifier de votre côté ?')).toBe('reminder');
  });

  it('« Je regarde avec Sarah ce qu\'il en est » looks into it: no reminder; « Pouvez-vous regarder ce qu\'il en est ? » still chases', () => {
    expect(own("Bonjour Camille,\nMerci pour ton retour. Le rendez-vous était noté comme annulé le jeudi 29 au soir, d'où l'application des CGV. Je regarde avec Sarah ce qu'il en est des messages Insta et je reviens vers toi.")).not.toBe('reminder');
    expect(own("Pouvez-vous regarder ce qu'il en est ?")).toBe('reminder');
  });
});

describe('invoice fields', () => {
  it('« Facture illustration couv n°38 »: a magazine\'s issue number, weaker than the invoice\'s own « Facture F-2026-044 »', () => {
    expect(extractTextFields('Facture illustration couv n°38', 'DMY').invoiceNumbers[0]!.score).toBeLessThan(75);
    expect(extractTextFields("Facture d'acompte n° 12", 'DMY').invoiceNumbers[0]).toMatchObject({ value: '12' });
  });

  it("« (devis D-2026-140, 330,00 € TTC) » is the quote's total; « Montant de l'acompte : 100,00 € TTC » is billed", () => {
    expect(extractTextFields("Facture d'acompte N° F-2026-071\nObjet : Acompte 30 % — tatouage, rendez-vous du 12/12/2026 (devis D-2026-140, 330,00 € TTC)\nMontant de l'acompte : 100,00 € TTC\nÉchéance : à réception", 'DMY').amount?.value.value).toBe(100);
  });
});

describe('notices and notes', () => {
  const us = 'julien@piano.example';
  it('our note to the accountant saying another invoice « est contestée » disputes none of the invoices it lists', async () => {
    const invoice = message({ from: `Julien <${us}>`, to: ['CRR <finances@mairie.example>'], subject: 'Facture F-2026-088 – révision Steinway D', text: 'Bonjour,\nFacture n° F-2026-088 du 05/11/2026\nTotal TTC : 3 240,00 €\nDélai de paiement : 30 jours.', date: '2026-11-05T08:55:00+01:00', id: '<f88@piano.example>' });
    const note = message({ from: `Julien <${us}>`, to: ['cabinet@expertise.example'], subject: 'Factures novembre', text: 'Bonjour Agnès,\n\nJe te transmets mes factures émises en novembre pour la compta : F-2026-077, F-2026-088, F-2026-093 et FA-2026-0112. Les PDF sont dans le dossier partagé.\n\nLa facture de M. Lacombe (F-2026-071) est contestée, je te tiens au courant.\n\nJulien', date: '2026-12-01T17:40:00+01:00' });
    const found = await scanMessages([invoice, note], { me: ['piano.example'], today: '2026-12-07' });
    expect(found.map((r) => [r.invoiceNumber, r.status])).toEqual([['F-2026-088', 'open']]);
  });

  it('our « Facture d\'acompte FA-2026-012 – réglée, merci » (its payment received) is no invoice', async () => {
    const thanks = message({ from: 'Camille <camille@vintage.example>', to: ['Direction <direction@hotel.example>'], subject: "Facture d'acompte FA-2026-012 – réglée, merci", text: "Bonjour,\n\nJe vous confirme la bonne réception de votre virement de 3 528,00 € pour l'acompte (facture FA-2026-012). La fabrication est lancée, livraison prévue fin octobre.\n\nCordialement,\nCamille", date: '2026-09-08T10:05:00+02:00' });
    expect(await scanMessages([thanks], { me: ['vintage.example'], today: '2026-12-07' })).toEqual([]);
  });
});
