/** What the twenty-fifth session's third batch of unseen mailboxes (LWV–LXX) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { waitsOnlyForPaperwork } from '../../../shared/core/status/paperwork-hold';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it("« On ne peut pas payer 1440 en l'état, tu peux revoir ça ? » disputes (the invoice named by its amount)", () => {
    expect(reply("Salut Julien,\nJe tique un peu sur la facture : vous comptez 3 jours alors que la scène a été démontée le dimanche 2 à 18h. On ne peut pas payer 1440 en l'état, tu peux revoir ça ?\nThomas", '2026-08-10').kind).toBe('dispute');
    expect(reply("Nous ne pouvons pas régler 1 440,00 € en l'état.", '2026-08-10').kind).toBe('dispute');
  });

  it("a Chorus Pro rejection because « le numéro d'engagement juridique n'était pas renseigné » waits for paperwork only", () => {
    expect(waitsOnlyForPaperwork(mail({ text: "Bonjour,\nVotre facture a été rejetée par Chorus Pro car le numéro d'engagement juridique n'était pas renseigné. Pouvez-vous la redéposer en indiquant l'EJ 2026-00457 et le code service FIN-01 ?", date: '2026-11-12' }))).toBe(true);
  });

  it('"included in our payment run at the end of this month. The transfer will be executed on December 25." promises the 25th', () => {
    expect(reply('Dear Ms Meyer,\nWe apologize for the delay. The invoice was approved yesterday and has been included in our payment run at the end of this month. The transfer will be executed on December 25.', '2026-12-02')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-25' });
  });
});

describe('our own follow-ups', () => {
  it('« Toutes mes excuses pour le défaut de rappel » (a call back missed) chases no one', () => {
    expect(classifyOwnFollowUp(mail({ text: "Bonjour Monsieur Rochaix,\n\nToutes mes excuses pour le défaut de rappel, je n'avais pas eu l'information. Je passe moi-même vendredi 30/10 à 14h pour contrôler l'allumage.", subject: 'Re: Facture RS-2026-0298', from: 'julien@ramonage.example' }))).not.toBe('reminder');
  });
});

describe('invoice fields', () => {
  it("« Après déduction de l'acompte de 2 052,00 € déjà réglé, le montant restant à régler est de 4 788,00 € TTC » is already net", () => {
    expect(extractTextFields("Veuillez trouver ci-joint la facture de solde RS-2026-0298.\nAprès déduction de l'acompte de 2 052,00 € déjà réglé, le montant restant à régler est de 4 788,00 € TTC, à échéance du 24/10/2026.", 'DMY').amount?.value.value).toBe(4788);
  });

  it('« Date de la facture : 31/10/2026 » dates the invoice', () => {
    expect(extractTextFields('Traduction Brevets Alsace SARL vous a envoyé la facture n° TBA-2026-089.\n\nDate de la facture : 31/10/2026\nDate d’échéance : 30/11/2026\nMontant TTC : 5 274,00 €', 'DMY').issueDate?.value).toBe('2026-10-31');
  });
});
