/** What the twenty-fourth session's seventh batch of unseen mailboxes (IZZ–JWW) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { waitsOnlyForPaperwork } from '../../../shared/core/status/paperwork-hold';
import { message } from '../../fixtures/mail';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));
const own = (text: string, subject = 'RE: Facture') => classifyOwnFollowUp(mail({ text, subject, from: 'claire@us.example' }));
const numbers = (text: string) => extractTextFields(text, 'DMY').invoiceNumbers.map((n) => n.value);

describe('client replies', () => {
  it("« la facture est au nom de … alors que l'entité juridique est …, et il manque notre n° de TVA » disputes: not paperwork alone", () => {
    const text = "Notre comptable l'a rejetée : la facture est au nom de \"Hôtel Le Panier\" alors que l'entité juridique est SAS PANIER HOTELLERIE (SIRET 812 345 678 00021), et il manque notre n° de TVA. Merci de nous refaire une facture correcte, nous ne pouvons pas payer celle-ci.";
    expect(waitsOnlyForPaperwork(mail({ text }))).toBe(false);
    expect(reply(text, '2026-10-27').kind).toBe('dispute');
  });

  it("« Les fonds du défunt ne sont pas encore débloqués par la banque, nous ne pouvons donc pas régler la facture » disputes nothing", () => {
    expect(reply("Le dossier de succession est en cours. Les fonds du défunt ne sont pas encore débloqués par la banque, nous ne pouvons donc pas régler la facture pour l'instant.", '2026-10-23').kind).not.toBe('dispute');
    expect(reply("Nous ne pouvons pas régler la facture en l'état : il manque deux cartons.", '2026-10-23').kind).toBe('dispute');
  });
});

describe('our own mail', () => {
  it('« wij hebben tot op heden niets ontvangen. Gelieve factuur … onverwijld te betalen » chases', () => {
    expect(own('Dag mevrouw Claeys,\nU had ons een betaling op 15 oktober toegezegd, maar wij hebben tot op heden niets ontvangen. Gelieve factuur F-2026-088 (€ 9.075,00) onverwijld te betalen.', 'RE: Factuur F-2026-088')).toBe('reminder');
  });

  it('« la facture … arrivait à échéance le 16 octobre. Pouvez-vous me confirmer sa mise en paiement ? » chases', () => {
    expect(own('Bonjour Julien,\nJe me permets de revenir vers vous : la facture GMBA-2026-102 (3 960,00 €) arrivait à échéance le 16 octobre. Pouvez-vous me confirmer sa mise en paiement ?')).toBe('reminder');
  });
});

describe('invoice fields', () => {
  it('« Mémoire TJA-2026-0402 » numbers a court interpreter\'s bill, « PV n° 2026/014872 » does not', () => {
    expect(numbers("Ci-dessous mon mémoire de frais pour la garde à vue du 29 octobre 2026 (réquisition OPJ, PV n° 2026/014872).\n\nMémoire TJA-2026-0402 — 03/11/2026\nTotal TTC : 1 048,80 €")).toEqual(['TJA-2026-0402']);
    expect(numbers('Je garde en mémoire 12 points.')).toEqual([]);
  });
});

describe('detection', () => {
  it("an invoicing tool's « Copie de votre facture AV-2026-004 » whose document is titled « AVOIR N° AV-2026-004 » sends a credit note", async () => {
    const copy = message({ from: 'Appli Atlantique via Axonaut <no-reply@axonaut.example>', to: ['compta@appli.example'], subject: 'Copie de votre facture AV-2026-004 envoyée à Kolibri Health', text: 'Bonjour,\n\nUne copie de votre facture AV-2026-004 a été envoyée à Kolibri Health (claire@kolibri.example).\n\nAVOIR N° AV-2026-004\nDate : 21/10/2026\nRéférence facture d\'origine : AA-2026-041\nTotal avoir TTC : − 216,00 €', date: '2026-10-21T09:44:00+02:00' });
    expect(await scanMessages([copy], { me: ['appli.example'], today: '2026-12-07' })).toEqual([]);
  });
});
