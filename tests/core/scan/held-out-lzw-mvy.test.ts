/** What the twenty-fifth session's fifth batch of unseen mailboxes (LZW–MVY) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { waitsOnlyForPaperwork } from '../../../shared/core/status/paperwork-hold';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));
const own = (text: string) => classifyOwnFollowUp(mail({ text, subject: 'RE: Facture FA-2026-0402', from: 'claire@tisanes.example' }));

describe('client replies', () => {
  it('« le déblocage des fonds est programmé pour le 15 décembre, ils vous versent directement » promises that day', () => {
    expect(reply("Bonsoir Marc,\nj'ai eu notre conseillère du Crédit Mutuel aujourd'hui, tout est bon, le déblocage des fonds est programmé pour le 15 décembre, ils vous versent directement.", '2026-11-27')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
    // (a release to the client, who pays the day after: that day is promised)
    expect(reply('Toutes mes excuses. Le déblocage du prêt Bpifrance est programmé au 10 décembre ; je vous ferai le virement du solde le 11 décembre sans faute.', '2026-11-18')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-11' });
  });

  it("« … la domiciliation n'a pas suivi... Je vous fais un virement lundi prochain » promises (an ellipsis before a capital ends a sentence)", () => {
    expect(reply("Bonjour,\noui désolée, on a changé de banque en novembre et la domiciliation n'a pas suivi... Je vous fais un virement lundi prochain, sur le RIB habituel.\nNadia", '2026-12-04')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-07' });
  });

  it('« Notre expert-comptable nous demande que le n° de bon de commande figure sur la facture … renvoyer la facture corrigée ? » waits for paperwork', () => {
    expect(waitsOnlyForPaperwork(mail({ text: 'Bonjour,\nNotre expert-comptable nous demande que le n° de bon de commande figure sur la facture (BC-2611-07). Pourriez-vous nous renvoyer la facture corrigée ?\nMerci,\nThomas', date: '2026-11-18' }))).toBe(true);
  });
});

describe('our own follow-ups', () => {
  it("« J'ai relancé Glasbouw pour l'expertise du lot de verre » chases someone else; « je vous ai relancé » chases the client", () => {
    expect(own("Bonjour Bernard,\nJe comprends. J'ai relancé Glasbouw pour l'expertise du lot de verre, leur technicien passe jeudi 12. On reprend les vitrages à nos frais si le défaut est confirmé.")).not.toBe('reminder');
    expect(own('Je vous ai relancé le 5 novembre, toujours sans réponse.')).toBe('reminder');
    expect(own("J'ai relancé votre service comptable la semaine dernière, toujours rien.")).toBe('reminder');
  });

  it("« Toutes mes excuses pour ce rappel automatique » and « je n'avais pas vu votre virement » apologise: no reminder", () => {
    expect(own("Bonjour Marc,\nToutes mes excuses pour ce rappel automatique, la compta n'avait pas l'info. J'ouvre un dossier litige chez Heppner avec vos photos.")).not.toBe('reminder');
    expect(own("Désolée pour cette relance, je n'avais pas vu votre virement.")).not.toBe('reminder');
    expect(own("Je n'ai toujours pas vu passer votre virement.")).toBe('reminder');
  });
});

describe('invoice fields', () => {
  it('« Libération retenue de garantie 5 % sur marché F2025-131 (72 240,00 € TTC) ⏎ Montant : 3 612,00 € » bills the retention, not the contract', () => {
    expect(extractTextFields("Facture F2026-118 du 02/11/2026\nLibération retenue de garantie 5 % sur marché F2025-131 (72 240,00 € TTC)\nMontant : 3 612,00 € (TVA déjà facturée sur la facture d'origine)\nPayable à réception.", 'DMY').amount?.value.value).toBe(3612);
  });
});
