/** What the twenty-fourth session's unseen mailboxes (HVW–HWY, and two misses left from the twenty-third) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { waitsOnlyForPaperwork } from '../../../shared/core/status/paperwork-hold';
import { mail } from '../status/mail';

const fields = (text: string) => extractTextFields(text, 'DMY');
const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it("« Je ne vais pas régler ce solde en l'état » disputes", () => {
    expect(reply("Bonsoir,\nJe ne vais pas régler ce solde en l'état. Sur les 35 photinias plantés, au moins 12 sont secs et marron depuis trois semaines.", '2026-07-02').kind).toBe('dispute');
  });

  it("« la facture doit mentionner le numéro d'ordre de service du syndic » waits for a document only", () => {
    expect(waitsOnlyForPaperwork(mail({ text: "Bonjour,\nPour être traitée la facture doit mentionner le numéro d'ordre de service du syndic (OS-118-2026). Pouvez-vous nous renvoyer une facture corrigée ?" }))).toBe(true);
  });

  it('"I\'ll move the euros across next Friday" promises next Friday', () => {
    expect(reply("Sorry Mathieu, completely slipped my mind – we've been back in Yorkshire. I'll move the euros across next Friday once my FX transfer clears.", '2026-12-02')).toMatchObject({ kind: 'promise' });
  });

  it('« libellée au nom de …, or c\'est notre holding … Peux-tu en réémettre une au bon nom ? On ne peut pas payer celle-ci » disputes', () => {
    expect(reply("Petit souci : la facture est libellée au nom de Ferment Studio SAS, or c'est notre holding Ferment Group SAS qui a signé le devis. Peux-tu l'annuler et en réémettre une au bon nom ? On ne peut pas payer celle-ci.", '2026-10-19').kind).toBe('dispute');
  });

  it('« wir haben heute den Betrag von 7.693,00 EUR (abzgl. 2 % Skonto) auf Ihr Konto überwiesen » pays', () => {
    expect(reply('Guten Morgen Frau Vernet,\nwir haben heute den Betrag von 7.693,00 EUR (abzgl. 2 % Skonto) auf Ihr Konto überwiesen.\nViele Grüße', '2026-06-24').kind).toBe('paid');
  });
});

describe('our own mail', () => {
  it('« notre responsable qualité va relancer un test au labo » chases nobody', () => {
    expect(classifyOwnFollowUp(mail({ text: "Merci pour votre retour, je transmets à notre responsable qualité qui va relancer un test au labo sur les échantillons conservés du lot 26-114. Oui, envoyez-nous les photos s'il vous plaît.", subject: 'RE: Facture FA-2026-0266', from: 'claire@semences.example' }))).not.toBe('reminder');
    expect(classifyOwnFollowUp(mail({ text: 'Je vous relance au sujet de la facture FA-2026-0266, échue le 19/09.', subject: 'RE: Facture FA-2026-0266', from: 'claire@semences.example' }))).toBe('reminder');
  });
});

describe('invoice fields', () => {
  it('« Voici la facture de novembre pour Inès :⏎F-2026-1101 du 02/11/2026 » numbers the invoice with no label', () => {
    expect(fields('Coucou Aurélie,\n\nVoici la facture de novembre pour Inès :\nF-2026-1101 du 02/11/2026\nCours collectif (4 séances) : 160,00 €').invoiceNumbers[0]?.value).toBe('F-2026-1101');
    // (not an order's reference under a line that names no invoice)
    expect(fields('Bonjour,\n\nVotre commande :\nCMD-2026-1101 du 02/11/2026\nTotal : 160,00 €').invoiceNumbers).toEqual([]);
  });

  it('« Retenue de garantie 5 % du marché TTC : 3 150,00 € » on a retention release bills the share', () => {
    expect(fields('Facture FA-2026-0470 du 20/10/2026\nRetenue de garantie 5 % du marché TTC : 3 150,00 €\nPayable à réception.').amount?.value.value).toBe(3150);
    // (a share's base after « de » is still the whole, not the amount billed)
    expect(fields("Facture d'acompte FA-2026-0470 du 20/10/2026\nAcompte 30 % du montant total de 5 000,00 €").amount).toBeNull();
  });

  it('« TVA 20 % : 458,00 €   Net à payer : 2 748,00 € TTC » on one line bills the net, not the tax', () => {
    expect(fields('N° BMA-2026-0455 – date : 28 mai 2026\nMontant HT : 2 290,00 €   TVA 20 % : 458,00 €   Net à payer : 2 748,00 € TTC').amount?.value.value).toBe(2748);
    // (a net closing its line is still the amount paid)
    expect(fields('Prestation : 1 200,00 € net à payer').amount?.value.value).toBe(1200);
  });

  it('a run of leader dots counts as one space: « Net à payer ......................................... 4 095,00 € »', () => {
    const text = ['Refonte packaging (8 références) ........ 5 850,00 € HT', 'TVA : autoliquidation', `Total facture ${'.'.repeat(43)} 5 850,00 €`, `Acompte versé le 02/04/2026 (facture FA2026-011) ........ -1 755,00 €`, `Net à payer ${'.'.repeat(45)} 4 095,00 €`].join('\n');
    expect(fields(text).amount?.value.value).toBe(4095);
  });
});
