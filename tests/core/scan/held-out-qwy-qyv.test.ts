/** What the twenty-sixth session's ninth batch of unseen mailboxes (QWY–QYV) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { kindOfTitle } from '../../../shared/core/detect/document-kind';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));
const own = (text: string) => classifyOwnFollowUp(mail({ text, subject: 'Re: Facture F-2026-0350', from: 'sophie@automatique.example' }));

describe('client replies', () => {
  it("« j'avais pas vu le mail dans les spams... je fais le virement vendredi prochain » promises (the ellipsis ends the negated clause)", () => {
    expect(reply("bonjour, désolé pour le retard j'avais pas vu le mail dans les spams... je fais le virement vendredi prochain quand la paye sera tombée, vous pouvez garder les places svp ?", '2026-12-05')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-11' });
  });

  it('« je passe te déposer le chèque à la miellerie vendredi » promises', () => {
    expect(reply("oui pardon pardon !! j'ai complètement zappé. je passe te déposer le chèque à la miellerie vendredi en allant au marché de Montargis.", '2026-12-01')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-04' });
  });
});

describe('our own mail', () => {
  it('« Toujours pas de règlement de notre côté pour la F-2026-0350 » chases', () => {
    expect(own('Bonjour Lucie,\nToujours pas de règlement de notre côté pour la F-2026-0350. Pouvez-vous me tenir informée ?')).toBe('reminder');
  });

  it('« Toutes mes excuses, la relance est partie automatiquement » is no reminder', () => {
    expect(own("Bonjour Didier,\nToutes mes excuses, la relance est partie automatiquement, Sophie n'était pas au courant. Passe samedi avec les maillots, on regarde ensemble. On met la facture en attente d'ici là.")).not.toBe('reminder');
  });
});

describe('payment notices', () => {
  it('a remittance advice numbered by its payment reference pays the invoice its table lists', () => {
    const notice = mail({ from: 'ordersender-prod@ansmtp.ariba.com', subject: 'Laiterie du Bocage SAS – Avis de paiement / Remittance advice 2000391177', text: 'Avis de paiement / Remittance Advice\n\nPayeur / Payer : Laiterie du Bocage SAS\nRéférence de paiement : 2000391177\nDate de paiement : 23/11/2026\nMode : Virement SEPA\n\nFacture / Invoice        Date         Montant\nFN-2026-0455             05/10/2026   3 216,00 EUR\n\nTotal payé : 3 216,00 EUR', date: '2026-11-24' });
    expect(readPaymentNotice(notice)?.invoiceNumbers).toContain('FN-2026-0455');
  });
});

describe('documents', () => {
  it('« Total séjour : 850,00 € TTC – acompte 30 % : 255,00 € TTC » on a deposit invoice bills the deposit', () => {
    expect(extractTextFields("Facture d'acompte GP-2026-101 du 23 novembre 2026\nTotal séjour : 850,00 € TTC – acompte 30 % : 255,00 € TTC\nÀ régler avant le 3 décembre 2026 pour confirmer la réservation.", 'DMY').amount?.value.value).toBe(255);
  });

  it("« Proposition d'avoir – facture DS-2026-067 » is a credit note; « Merci d'avoir réglé » is not", () => {
    expect(kindOfTitle("Proposition d'avoir – facture DS-2026-067")).toBe('credit-note');
    expect(kindOfTitle("Merci d'avoir réglé la facture F-1")).not.toBe('credit-note');
  });
});
