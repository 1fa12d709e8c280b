/** What the twenty-fourth session's ninth batch of unseen mailboxes (JYV–JZX) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { waitsOnlyForPaperwork } from '../../../shared/core/status/paperwork-hold';
import { mail } from '../status/mail';

const reply = (text: string, date: string, invoiceNumber?: string) => classifyClientReply(mail({ text, date }), { invoiceNumber });

describe('client replies', () => {
  it("« je paye pas une facture pour de la marchandise que j'ai pas eu » disputes", () => {
    expect(reply("bonsoir\nje paye pas une facture pour de la marchandise que j'ai pas eu. le transporteur a livré 3 cartons sur 5 le 27 mai.", '2026-09-03').kind).toBe('dispute');
  });

  it('« die Überweisung für MSL-2026-057 wird am 15.12. ausgeführt, zusammen mit der offenen MSL-2026-045 hoffe ich » promises the first, hopes for the second', () => {
    const text = 'Ich habe mit der Buchhaltung gesprochen: die Überweisung für MSL-2026-057 wird am 15.12. ausgeführt, zusammen mit der offenen MSL-2026-045 hoffe ich.';
    expect(reply(text, '2026-11-26', 'MSL-2026-057')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
    expect(reply(text, '2026-11-26', 'MSL-2026-045').kind).not.toBe('promise');
  });

  it("« je passe a l'agence debut de semaine prochaine pour faire le virement » promises", () => {
    expect(reply("dsl j'ai un souci de plafond sur mon appli bancaire, je passe a l'agence debut de semaine prochaine pour faire le virement.", '2026-12-03')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-07' });
  });

  it('« les fonds seront débloqués le 10 décembre, directement sur votre compte » promises', () => {
    expect(reply("La conseillère m'a confirmé aujourd'hui que les fonds seront débloqués le 10 décembre, directement sur votre compte.", '2026-11-30')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-10' });
  });

  it('« tout doit passer par Chorus Pro … Les factures par mail ne sont pas prises en compte » asks for the portal, no dispute', () => {
    expect(waitsOnlyForPaperwork(mail({ text: "Je ne peux pas traiter la facture, depuis 2020 tout doit passer par Chorus Pro (SIRET de l'hôpital 266 910 050 00018, code service CUISINE). Les factures par mail ne sont pas prises en compte par la trésorerie." }))).toBe(true);
  });
});

describe('invoice fields', () => {
  it('« Escompte 2 % pour règlement avant le 10/10/2026 : net à payer 1 157,24 € » is no amount due: the total is', () => {
    expect(extractTextFields('Facture FA-2026-0356 du 30/09/2026\nTotal HT : 984,05 €\nTVA 20 % : 196,81 €\nTotal TTC : 1 180,86 €\nÉchéance : 31/10/2026\nEscompte 2 % pour règlement avant le 10/10/2026 : net à payer 1 157,24 €', 'DMY').amount?.value.value).toBe(1180.86);
  });
});
