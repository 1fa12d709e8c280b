/** What the twenty-third session's eighth batch of unseen mailboxes (GYY–HVV) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { waitsOnlyForPaperwork } from '../../../shared/core/status/paperwork-hold';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it('« Ich habe die Zahlung heute im E-Banking erfasst, Ausführungsdatum 10.12.2026 » promises that day', () => {
    expect(reply('Ich habe die Zahlung heute im E-Banking erfasst, Ausführungsdatum 10.12.2026 (das ist mein Lohnkonto-Termin).', '2026-11-28')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-10' });
  });

  it("« Nous vous retournons cette facture : la commande a été passée par l'OP …, et non par la SA … » disputes", () => {
    // (what is left once the paperwork sentence « … faute de quoi nous ne pourrons pas la mettre en paiement » is set aside)
    expect(reply("Nous vous retournons cette facture : la commande a été passée par l'OP Pêcheurs de la Canche, et non par la SA Pêcheries de la Canche.", '2026-10-21').kind).toBe('dispute');
  });

  it('« a été efectué ce jour » (a typo) pays', () => {
    expect(reply('le réglement de votre facture F-2026-0187 a été efectué ce jour par virement.', '2026-06-29').kind).toBe('paid');
  });

  it('« la facture est bloquée faute de bon de réception signé » waits for a document only', () => {
    expect(waitsOnlyForPaperwork(mail({ text: 'Désolé pour le retard, la facture est bloquée faute de bon de réception signé par notre service technique. Je les relance et reviens vers vous.' }))).toBe(true);
  });
});

describe('invoice fields', () => {
  it('« Facture n° CONC-2026-034 - Nantes, le 05/07/2026 » dates the invoice', () => {
    expect(extractTextFields('Facture n° CONC-2026-034 - Nantes, le 05/07/2026\nConcert, 4 juillet 2026\nTotal TTC : 1 850,00 €', 'DMY').issueDate?.value).toBe('2026-07-05');
  });

  it('« Date limite de règlement : 20/11/2026 » and « Échéance : 50 jours, le 13/01/2027 » are due dates', () => {
    expect(extractTextFields('Facture n° FAM-2026-0401\nDate d\'émission : 20/10/2026\nTotal à payer : 620,00 €\nDate limite de règlement : 20/11/2026', 'DMY').dueDate?.value).toBe('2026-11-20');
    expect(extractTextFields('N° VLL-2026-0495 en date du 24/11/2026\nMontant TTC : 1 624,80 €\nÉchéance : 50 jours, le 13/01/2027.', 'DMY').dueDate?.value).toBe('2027-01-13');
  });

  it("a deposit invoice « de 5 400,00 € TTC (4 500,00 € HT + TVA 900,00 €) » bills 5 400", () => {
    expect(extractTextFields("je vous adresse la facture d'acompte n° ET-2026-121 de 5 400,00 € TTC (4 500,00 € HT + TVA 900,00 €), premier tiers de la recherche, payable à réception.", 'DMY').amount?.value.value).toBe(5400);
  });
});
