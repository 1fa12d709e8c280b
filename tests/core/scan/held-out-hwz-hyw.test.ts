/** What the twenty-fourth session's second batch of unseen mailboxes (HWZ–HYW) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { mail } from '../status/mail';

const reply = (text: string, date: string, invoiceNumber?: string, otherInvoiceNumbers?: string[]) =>
  classifyClientReply(mail({ text, date }), { invoiceNumber, otherInvoiceNumbers });
const own = (text: string, subject = 'RE: Facture') => classifyOwnFollowUp(mail({ text, subject, from: 'claire@us.example' }));

describe('client replies', () => {
  it('"Paid this morning … ref RA-2026-0447. The other one is still waiting on the corrected invoice" pays this one', () => {
    const text = 'Yann – paid this morning by BACS, £2,340 ref RA-2026-0447. The other one is still waiting on the corrected invoice, as discussed.';
    expect(reply(text, '2026-12-02').kind).toBe('paid');
    expect(reply(text, '2026-12-02', 'RA-2026-0447', ['RA-2026-0450']).kind).toBe('paid');
    // (after another invoice named, "the other one" is this one)
    expect(reply('Paid this morning by BACS, ref RA-2026-0447. The other one we refuse to pay, the amount is wrong.', '2026-12-02', 'RA-2026-0450', ['RA-2026-0447']).kind).toBe('dispute');
    // (not "the other day")
    expect(reply('The other day I paid it.', '2026-12-02').kind).toBe('paid');
  });

  it("« mon associé veut l'avoir pour la compta » asks for a copy, no credit note", () => {
    expect(reply("Salut Thomas, tu peux me la renvoyer en pdf stp ? mon associé veut l'avoir pour la compta, j'arrive pas a la retrouver", '2026-12-02').kind).not.toBe('dispute');
  });

  it("« Tant que ce n'est pas repris on préfère attendre pour le solde » disputes", () => {
    expect(reply("En enlevant le carton de protection ce soir on a vu une grosse rayure sur le plateau. Tant que ce n'est pas repris on préfère attendre pour le solde, j'espère que tu comprends.", '2026-09-09').kind).toBe('dispute');
  });
});

describe('our own mail', () => {
  it('« Notre prélèvement du 10/11 pour la facture GE-2026-0437 (216,00 €) a été rejeté » chases', () => {
    expect(own('Bonjour Monsieur Lacombe,\nNotre prélèvement du 10/11 pour la facture GE-2026-0437 (216,00 €) a été rejeté avec le motif « compte clôturé ».', 'TR: Votre facture GE-2026-0437 – prélèvement rejeté')).toBe('reminder');
  });

  it('« Voici à nouveau la facture … : total TTC …, reste à payer 4 200,00 € » sends a copy, it chases nothing', () => {
    expect(own('Bonjour Madame Lopes,\nVoici à nouveau la facture FIN-2026-080 du 28/08/2026 : total TTC 6 000,00 €, acompte déduit 1 800,00 €, reste à payer 4 200,00 €.')).not.toBe('reminder');
    expect(own('Bonjour, la facture FIN-2026-080 : reste à payer 4 200,00 €. Merci de régulariser.')).toBe('reminder');
  });
});

describe('invoice fields', () => {
  it('« Voici nos deux factures d\'octobre, datées du 31/10/2026 » dates them', () => {
    expect(extractTextFields("Voici nos deux factures d'octobre, datées du 31/10/2026 :\n1) F2026-0462 – contrat d'entretien : 1 950,00 € HT, TVA 390,00 €, soit 2 340,00 € TTC", 'DMY').issueDate?.value).toBe('2026-10-31');
  });
});
