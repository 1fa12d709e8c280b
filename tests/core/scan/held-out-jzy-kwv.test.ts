/** What the twenty-fourth session's tenth batch of unseen mailboxes (JZY–KWV) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { waitsOnlyForPaperwork } from '../../../shared/core/status/paperwork-hold';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('invoice numbers', () => {
  it('« Facture 2e échéance » is numbered by no ordinal', () => {
    expect(extractTextFields('Re: Facture 2e échéance - charpente Villiers', 'DMY').invoiceNumbers).toEqual([]);
  });
});

describe('our own mail', () => {
  it('« Je reviens vers toi pour la 2e échéance (FA-2026-070, 7 200 €), qui était à régler fin juillet » chases', () => {
    expect(classifyOwnFollowUp(mail({ text: 'Salut Arnaud,\n\nJe reviens vers toi pour la 2e échéance (FA-2026-070, 7 200 €), qui était à régler fin juillet. Tu me dis ?', subject: 'Re: Facture 2e échéance - charpente Villiers', from: 'etienne@charpente.example' }))).toBe('reminder');
  });
});

describe('client replies', () => {
  it('« Die Zahlung über CHF 42\'750.00 wurde heute, 30.10.2026, ausgeführt » pays', () => {
    expect(reply("Entschuldigen Sie die Verzögerung, die Sitzung wurde verschoben. Die Zahlung über CHF 42'750.00 wurde heute, 30.10.2026, ausgeführt (Valuta 2 Bankarbeitstage).", '2026-10-30').kind).toBe('paid');
  });

  it('« La facture a été rejetée par Ariba : il manque la référence de commande » waits for a document only', () => {
    expect(waitsOnlyForPaperwork(mail({ text: 'La facture a été rejetée par Ariba : il manque la référence de commande. Il faut la resoumettre avec le PO 4500891544 (ligne 20). Désolé pour le contretemps.' }))).toBe(true);
  });
});

describe('final review', () => {
  it('« je vais voir avec la compta pour faire le virement » names no day: no promise', () => {
    expect(reply('je vais voir avec la compta pour faire le virement.', '2026-12-03').kind).not.toBe('promise');
  });
});
