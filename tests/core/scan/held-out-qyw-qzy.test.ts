/** What the twenty-sixth session's tenth batch of unseen mailboxes (QYW–QZY) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it('« wir haben die Rechnung … am 09.10.2026 unter Abzug von 2 % Skonto (146,90 EUR) überwiesen » pays (thirteen words between)', () => {
    expect(reply('Sehr geehrte Frau Vasseur,\nwir haben die Rechnung MBB-2026-0398 am 09.10.2026 unter Abzug von 2 % Skonto (146,90 EUR) überwiesen, Zahlbetrag 7.198,30 EUR.', '2026-10-10').kind).toBe('paid');
  });

  it("« C'est fait, je t'ai envoyé les 250 € par Lydia ce soir » pays", () => {
    expect(reply("Hello Léo !\nC'est fait, je t'ai envoyé les 250 € par Lydia ce soir. Jules parle encore du lapin", '2026-04-18').kind).toBe('paid');
  });

  it('« je te donne le reste en espèces samedi 12 quand tu passes …, ça te va ? » promises that Saturday', () => {
    expect(reply("oups désolée !! je te donne le reste en espèces samedi 12 quand tu passes pour le goûter de l'école, ça te va ?", '2026-11-30')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-12' });
  });
});
