/** What the twenty-fifth session's first batch of unseen mailboxes (KXZ–KZW) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));
const own = (text: string, subject: string) => classifyOwnFollowUp(mail({ text, subject, from: 'claire@atelier.example' }));

describe('invoice fields', () => {
  it('« Je te joins la facture pour … :⏎FA-2026-0395 — 05/10/2026 » numbers the invoice with no label', () => {
    const text = 'Bonjour Yves,\nJe te joins la facture pour la dépose de la petite Igo 21 à Clisson la semaine dernière :\nFA-2026-0395 — 05/10/2026\nDémontage + transport retour : 2 150,00 € HT\nTVA : 430,00 €\nSoit 2 580,00 € TTC, payable à réception.';
    expect(extractTextFields(text, 'DMY').invoiceNumbers[0]?.value).toBe('FA-2026-0395');
    expect(extractTextFields(text.replace(' — ', ', '), 'DMY').invoiceNumbers[0]?.value).toBe('FA-2026-0395');
  });
});

describe('client replies', () => {
  it('« La transferencia se ordenará ese mismo día, una vez aprobada » promises the day named before', () => {
    expect(reply('Disculpe la demora. Los pagos superiores a 15.000 euros deben ser aprobados por el Consejo de Asuntos Económicos del Cabildo, que se reúne el próximo 10 de diciembre. La transferencia se ordenará ese mismo día, una vez aprobada.', '2026-10-23')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-10' });
  });
});

describe('our own follow-ups', () => {
  it('« Petit message pour faire le point sur la facture FA-2026-058 (solde de 1 340,00 €) » chases', () => {
    expect(own('Bonjour Julien,\nPetit message pour faire le point sur la facture FA-2026-058 (solde de 1 340,00 €). Avez-vous des nouvelles de la subvention régionale ?\nMerci d’avance,\nClaire', 'Re: Facture solde FA-2026-058')).toBe('reminder');
  });

  it("« Je n'ai pas eu de retour de votre part concernant la facture FA-2026-103 » chases", () => {
    expect(own("Bonjour Anaïs,\nJe n'ai pas eu de retour de votre part concernant la facture FA-2026-103. Merci de me tenir informée.\nCordialement,\nClaire", 'Re: Facture FA-2026-103')).toBe('reminder');
  });

  it('« la relance est suspendue » and « nous suspendons nos relances » call chasing off: no reminder', () => {
    expect(own("Toutes nos excuses, l'information ne m'était pas parvenue. Je transmets à Julien qui voit avec le transporteur pour le remplacement ; la relance est suspendue.", 'RE: Relance : facture F-2026-0189')).not.toBe('reminder');
    expect(own('Bien noté : nous suspendons nos relances le temps du remplacement des ruches.', 'RE: Facture F-2026-0189')).not.toBe('reminder');
    expect(own('Je me permets de vous relancer pour la facture F-2026-0189, échue le 31 octobre.', 'RE: Facture F-2026-0189')).toBe('reminder');
  });
});
