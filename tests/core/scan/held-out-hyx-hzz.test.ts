/** What the twenty-fourth session's third batch of unseen mailboxes (HYX–HZZ) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { kindOfTitle } from '../../../shared/core/detect/document-kind';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { waitsOnlyForPaperwork } from '../../../shared/core/status/paperwork-hold';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));
const own = (text: string, subject = 'RE: Facture') => classifyOwnFollowUp(mail({ text, subject, from: 'claire@us.example' }));

describe('document kinds', () => {
  it('« Factura EMS-2026-121 – Mantenimiento preventivo semestral » is an invoice, not an Italian « preventivo »', () => {
    expect(kindOfTitle('Factura EMS-2026-121 – Mantenimiento preventivo semestral')).toBe('invoice');
    expect(kindOfTitle('Preventivo n. 2026/118 – impianto eolico')).toBe('quote');
  });
});

describe('client replies', () => {
  it('"my husband thought I\'d paid it and I thought he had! I\'ll transfer the £645.50 by the end of next week" promises', () => {
    expect(reply("Sophie, I'm so sorry – my husband thought I'd paid it and I thought he had! I'll transfer the £645.50 by the end of next week at the latest, we're just waiting for some money to come through.", '2026-12-02')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-11' });
    expect(reply("Je croyais l'avoir réglée, désolée.", '2026-12-02').kind).not.toBe('paid');
  });

  it("« per poter registrare la fattura … ci serve il numero d'ordine (PO) » waits for a document only", () => {
    expect(waitsOnlyForPaperwork(mail({ text: "Buongiorno,\nper poter registrare la fattura F-2026-0462 ci serve il numero d'ordine (PO) del nostro ufficio acquisti. Potete comunicarcelo o riemettere la fattura con il riferimento?" }))).toBe(true);
  });

  it('« Les paiements sont effectués par virement à 60 jours …, lors des campagnes du 10 et du 25 de chaque mois » is a routine, no payment', () => {
    expect(reply('Nous accusons réception de votre document. Il sera traité par notre service comptable fournisseurs dans les meilleurs délais. Les paiements sont effectués par virement à 60 jours date de facture, lors des campagnes du 10 et du 25 de chaque mois.', '2026-11-12').kind).not.toBe('paid');
    expect(reply('Le paiement est effectué ce matin par virement.', '2026-11-12').kind).toBe('paid');
  });
});

describe('our own mail', () => {
  it('"We have not received the JPY 642,000 for invoice …" chases', () => {
    expect(own('Dear Ms. Mori,\nWe have not received the JPY 642,000 for invoice MC-EXP-2026-011 that you planned to remit by the end of November. Could you please send us the remittance advice?', 'RE: Invoice MC-EXP-2026-011')).toBe('reminder');
  });

  it("« le délai de 30 jours est dépassé. Pourriez-vous m'indiquer l'état du mandatement ? » chases", () => {
    expect(own("La facture LDM-2026-071 (18 000,00 € TTC) déposée sur Chorus Pro le 30/09 apparaît toujours « mise à disposition » et le délai de 30 jours est dépassé. Pourriez-vous m'indiquer l'état du mandatement ?")).toBe('reminder');
    expect(own('Bonjour, voici notre RIB. Le délai de paiement est de 30 jours.')).not.toBe('reminder');
  });
});

describe('invoice fields', () => {
  it("« Acompte de 30 % sur devis DE-2026-112 accepté (14 400,00 € TTC) » is the quote's amount, not the deposit's", () => {
    expect(extractTextFields("FACTURE D'ACOMPTE N° FA-2026-0457\nDate : 25/11/2026\nAcompte de 30 % sur devis DE-2026-112 accepté (14 400,00 € TTC)\nMontant de l'acompte : 4 320,00 € TTC (dont TVA 720,00 €)\nPayable à réception", 'DMY').amount?.value.value).toBe(4320);
  });
});
