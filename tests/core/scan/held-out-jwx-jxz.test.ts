/** What the twenty-fourth session's eighth batch of unseen mailboxes (JWX–JXZ) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it("« virement de 2232 € fait ce matin (facture 0380 moins l'avoir) » pays: the credit note was deducted, none is asked", () => {
    expect(reply("Bonjour,\nvirement de 2232 € fait ce matin (facture 0380 moins l'avoir). Bonne journée", '2026-11-02').kind).toBe('paid');
  });

  it('« Je programmerai le virement des 3 120 € le 15 décembre au plus tard » promises', () => {
    expect(reply('Nous attendons le versement du solde de la subvention de la Région, annoncé pour le 10 décembre. Je programmerai le virement des 3 120 € le 15 décembre au plus tard, j\'espère que ça vous convient.', '2026-11-26')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
  });
});

describe('invoice fields', () => {
  it('« Montant de la prise en charge : 3 150,00 € net de taxes » is what is billed (no tax charged)', () => {
    expect(extractTextFields("N° FSR-2026-0398 — date d'émission 01/09/2026\nMontant de la prise en charge : 3 150,00 € net de taxes\nÉchéance : 01/10/2026", 'DMY').amount?.value.value).toBe(3150);
  });
});
