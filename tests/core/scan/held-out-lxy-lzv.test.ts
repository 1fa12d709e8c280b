/** What the twenty-fifth session's fourth batch of unseen mailboxes (LXY–LZV) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { waitsOnlyForPaperwork } from '../../../shared/core/status/paperwork-hold';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it("« Nous ne pouvons pas payer cette facture, elle doit être refaite au nom de l'agglo et déposée sur Chorus » bills the wrong party: more than paperwork", () => {
    const text = "Bonjour,\nLa zone artisanale du Ramier relève de la compétence de la Communauté de communes Le Muretain Agglo, pas de la commune. Nous ne pouvons pas payer cette facture, elle doit être refaite au nom de l'agglo et déposée sur Chorus à leur SIRET.";
    expect(waitsOnlyForPaperwork(mail({ text, date: '2026-09-02' }))).toBe(false);
    expect(reply(text, '2026-09-02').kind).toBe('dispute');
  });

  it('"Richard will do the transfer from our Lloyds account when we\'re back home next Friday" promises that Friday', () => {
    expect(reply("Hi Thomas,\nSo sorry, this completely slipped through the cracks with the move back to Shropshire. Richard will do the transfer from our Lloyds account when we're back home next Friday - we're still at the house until the weekend.", '2026-11-18')).toMatchObject({ kind: 'promise', promisedDate: '2026-11-20' });
  });

  it('« Nous avons procédé ce jour au règlement de votre facture FIR-2026-0705, déduction faite d’une pénalité … » pays', () => {
    expect(reply('Bonjour Madame Roux,\nNous avons procédé ce jour au règlement de votre facture FIR-2026-0705, déduction faite d’une pénalité de 612,00 € pour non-respect du délai d’intervention contractuel. Le montant viré est donc de 5 628,00 €.', '2026-11-04').kind).toBe('paid');
  });
});
