/** What the twenty-fifth session's last batch of unseen mailboxes (MZV–NVX) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { suppliesPaperwork, waitsOnlyForPaperwork } from '../../../shared/core/status/paperwork-hold';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it('« La mise en paiement par la trésorerie est prévue le 18/12 » promises', () => {
    expect(reply('Bonjour,\nVotre facture a été intégrée dans Chorus Pro et validée par le service fait. La mise en paiement par la trésorerie est prévue le 18/12.', '2026-12-01')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-18' });
  });

  it('« Elle sera versée avec notre ordre de paiement groupé du 15 décembre prochain » promises', () => {
    expect(reply('Chère Madame Roux,\nVotre facture a été validée par notre Conseil de fondation lors de sa séance de la semaine passée. Elle sera versée avec notre ordre de paiement groupé du 15 décembre prochain.', '2026-10-28')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-15' });
  });

  it('« Sie ist jetzt freigegeben und geht mit unserem Zahlungslauf nächsten Freitag raus » promises', () => {
    expect(reply('Hallo Herr Vandamme,\nsorry für die Verzögerung, die Rechnung hing in der Freigabe beim Einkauf. Sie ist jetzt freigegeben und geht mit unserem Zahlungslauf nächsten Freitag raus.', '2026-12-02')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-04' });
  });

  it('« Nous ne pouvons donc pas prendre en charge cette facture et la contestons dans son intégralité » disputes', () => {
    expect(reply('Monsieur,\nAprès vérification, le contrat de M. Pagès est une formule « Tiers » sans garantie bris de glace. Nous ne pouvons donc pas prendre en charge cette facture et la contestons dans son intégralité.', '2026-10-19').kind).toBe('dispute');
  });

  it('« merci de nous communiquer le numéro de sinistre … Sans ces éléments la facture ne pourra pas être mise en paiement » waits for paperwork, « … est jointe au dossier » supplies it', () => {
    expect(waitsOnlyForPaperwork(mail({ text: "Bonjour,\nAfin de traiter votre facture, merci de nous communiquer le numéro de sinistre ainsi que la cession de créance signée par l'assuré. Sans ces éléments la facture ne pourra pas être mise en paiement.", date: '2026-11-19' }))).toBe(true);
    expect(suppliesPaperwork(mail({ text: 'Bonjour,\nNuméro de sinistre : ASD-26-330912. La cession de créance signée est jointe au dossier sur votre extranet depuis ce matin.', from: 'karim@vitrage.example' }))).toBe(true);
  });
});

describe('invoice fields', () => {
  it('« FA-2026-0376 – 30/09/2026 – 1 744,50 € TTC » dates the invoice', () => {
    expect(extractTextFields('Salut Thomas,\n\nVoilà la facture de septembre :\nFA-2026-0376 – 30/09/2026 – 1 744,50 € TTC (floconné sport x 45)\n30 jours fin de mois.', 'DMY').issueDate?.value).toBe('2026-09-30');
  });
});
