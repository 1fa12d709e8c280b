/** What the twenty-third session's fifth batch of unseen mailboxes (FYZ–GVW) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { threadStatus } from '../../../shared/core/status/thread-status';
import type { MailMessage } from '../../../shared/core/mail/model';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it.each([
    ['de: « So können wir die Schlussrechnung nicht freigeben. Bitte erst nachbessern »', 'ehrlich gesagt bin ich mit der Lieferung nicht zufrieden. Unser QA hat über 140 Strings gefunden. So können wir die Schlussrechnung nicht freigeben. Bitte erst nachbessern, dann reden wir über die 4.480 €.', 'dispute'],
    ["fr: « J'ai mis le chèque de 2640 € au courrier lundi »", "Bonsoir,\nJ'ai mis le chèque de 2640 € au courrier lundi, vous devriez l'avoir cette semaine.\nBonne soirée", 'paid'],
    ['en: "Paid it this evening via Wise", after "I thought my wife had sorted it"', 'Apologies - I thought my wife had sorted it. Paid it this evening via Wise, should be with you in a day or two.', 'paid'],
  ])('%s', (_name, text, kind) => {
    expect(reply(text, '2026-11-19').kind).toBe(kind);
  });

  it.each([
    ['en: "the money will be sent on 10 December when my pension lump sum clears"', 'Apologies for the delay, we\'ve been moving house. As I told him, the money will be sent on 10 December when my pension lump sum clears.', '2026-11-27', '2026-12-10'],
    ['pt: « vamos processar o pagamento na próxima sexta-feira »', 'Peço desculpa pelo atraso, a fatura ficou pendente de aprovação do Rui. Já está aprovada, vamos processar o pagamento na próxima sexta-feira.', '2026-12-02', '2026-12-04'],
    ['nl: « We hebben deze factuur nu ingepland voor betaling via overschrijving op 15 december »', 'Door een probleem met onze SEPA-domiciliëring is de inning van oktober mislukt. We hebben deze factuur nu ingepland voor betaling via overschrijving op 15 december, samen met de andere leveranciers.', '2026-10-23', '2026-12-15'],
  ])('%s promises', (_name, text, date, promised) => {
    expect(reply(text, date)).toMatchObject({ kind: 'promise', promisedDate: promised });
  });
});

describe('our own mail', () => {
  it('"we still haven\'t received the £3,480.00 for invoice …" chases', () => {
    const text = "Dear Richard,\nI'm afraid we still haven't received the £3,480.00 for invoice INV-2026-0207, due since 13 June, despite your message of 2 July. I would be grateful if you could settle it without further delay.\nKind regards,";
    expect(classifyOwnFollowUp(mail({ text, subject: 'RE: Invoice INV-2026-0207', from: 'yann@yard.example' }))).toBe('reminder');
  });

  it("our forward to the accountant, answered by the accountant, chases no one", () => {
    const US = 'julien@arverne.example';
    const invoice = mail({ text: 'Invoice number: FA-7\nTotal: €3,480.00\nTerms: Net 45', subject: 'Invoice FA-7 - Nordvik', from: US, date: '2026-09-09' });
    invoice.to = [{ name: 'Erik', address: 'erik@nordvik.example' }];
    const forward = mail({ text: 'Bonjour Mathilde,\n\nPour ton suivi des créances clients : ci-dessous la facture Nordvik (3 480 €) toujours impayée malgré deux relances.\n\n-----Message d\'origine-----\nObjet : Invoice FA-7', subject: 'TR: Invoice FA-7 - Nordvik', from: US, date: '2026-11-25' });
    forward.to = [{ name: 'Mathilde', address: 'm.besson@expertise.example' }];
    const answer = mail({ text: "Bien noté, on l'ajoute à la liste pour la dépréciation éventuelle au 31/12.", subject: 'RE: TR: Invoice FA-7 - Nordvik', from: 'm.besson@expertise.example', date: '2026-11-25' });
    answer.inReplyTo = forward.messageId;
    const messages: MailMessage[] = [invoice, forward, answer];
    const s = threadStatus({ thread: { id: 't', messages }, invoiceMessageId: invoice.messageId, invoiceNumber: 'FA-7', debtorEmail: 'erik@nordvik.example', sideOf: (m) => (m.from?.address === US ? 'us' : 'client'), paymentNotices: [], today: '2026-12-07' });
    expect(s.remindersSent).toBe(0);
  });
});

describe('amounts', () => {
  it('a deposit line giving its own total with tax, under the quote\'s total in brackets', () => {
    const text = "Comme convenu, voici la facture d'acompte de 30 % sur le devis D-2026-061 accepté (15 000,00 € TTC).\nFacture d'acompte n° F-2026-0433 du 12/11/2026\nAcompte 30 % : 3 750,00 € HT – TVA 750,00 € – 4 500,00 € TTC\nPayable à réception.";
    expect(extractTextFields(text, 'DMY').amount?.value.value).toBe(4500);
  });
});
