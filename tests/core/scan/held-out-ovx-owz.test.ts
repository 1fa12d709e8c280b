/** What the twenty-sixth session's second batch of unseen mailboxes (OVX–OWZ) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it('« Ik maak het bedrag van € 3.240,00 volgende week vrijdag over » promises (an amount between the verb\'s parts)', () => {
    expect(reply('Hoi Julien,\nExcuses, het is erg druk geweest met de afsluiting van het seizoen en we zijn terug in Nederland. Ik maak het bedrag van € 3.240,00 volgende week vrijdag over, dan komt het geld van de laatste boekingen binnen.\nGroeten,\nPieter', '2026-12-02')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-11' });
  });
});

describe('our own mail', () => {
  it('« Comme demandé par téléphone, je vous renvoie le détail de la facture … :⏎ … reste à payer 1 020,00 € » answers a request (held-out NWY)', () => {
    expect(classifyOwnFollowUp(mail({ text: 'Bonjour Madame Durand,\n\nComme demandé par téléphone, je vous renvoie le détail de la facture FA-2026-176 du 12/10/2026 :\nSéjour « Toussaint bilingue » – Jules Durand : 1 320,00 € TTC, acompte reçu 300,00 €, reste à payer 1 020,00 €.\n\nIBAN : FR76 1558 9297 1800 0123 4567 890\n\nCordialement,', subject: 'Duplicata – facture FA-2026-176', from: 'gwenaelle@sejours.example' }))).toBe('answer');
  });

  it("« Dürfen wir Sie bitten, die Rechnung … über CHF 24'380.50 umgehend zu begleichen? » and « kein Betrag … eingegangen » chase (held-out NWX)", () => {
    expect(classifyOwnFollowUp(mail({ text: "Sehr geehrter Herr Zbinden\nSie hatten uns die Zahlung bis Ende September zugesagt. Bis heute ist jedoch kein Betrag auf unserem Konto eingegangen. Dürfen wir Sie bitten, die Rechnung RMS-2026-0478 über CHF 24'380.50 umgehend zu begleichen?\nBesten Dank und freundliche Grüsse", subject: 'AW: Rechnung RMS-2026-0478 – Revision Sesselbahn', from: 'julien@remontees.example' }))).toBe('reminder');
  });

  it('the same copy with a request to pay of its own still chases', () => {
    expect(classifyOwnFollowUp(mail({ text: 'Bonjour Madame Durand,\n\nComme demandé par téléphone, je vous renvoie le détail de la facture FA-2026-176 :\nreste à payer 1 020,00 €.\n\nMerci de procéder au règlement sous huitaine.', subject: 'Duplicata – facture FA-2026-176', from: 'gwenaelle@sejours.example' }))).toBe('reminder');
  });
});
