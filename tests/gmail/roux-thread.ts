/** A Gmail conversation as InboxSDK shows it: Menuiserie Lambert's invoice ML-2026-0412 and the client's answer. */
import { FakeMessageView, FakeThreadView } from './fake-inboxsdk';

const invoiceHtml = `<div>Bonjour Monsieur Roux,<br><br>Veuillez trouver ci-joint notre facture n° ML-2026-0412 du 15/09/2026 pour la pose des menuiseries.<br><br>
Montant TTC : 4&nbsp;380,00 €<br>Échéance : 15 octobre 2026.<br><br>Bien cordialement,<br>Claire Lambert<br>Menuiserie Lambert SARL</div>`;

export function rouxThread(opts: { replyLabel?: string } = {}): FakeThreadView {
  const pdf = new TextEncoder().encode('%PDF-1.4 not really read here');
  return new FakeThreadView('18f0a1', 'Facture n° ML-2026-0412', [
    new FakeMessageView({
      id: '18f0a1b2c3',
      from: { name: 'Claire Lambert', emailAddress: 'claire@menuiserie-lambert.fr' },
      to: [{ name: 'Jean Roux', emailAddress: 'Jean@Roux-Batiment.fr' }],
      date: 'Tue, Sep 15, 2026, 9:12 AM',
      html: invoiceHtml,
      attachments: [{ filename: 'Facture_ML-2026-0412.pdf', bytes: pdf }],
      replyLabel: opts.replyLabel,
    }),
    new FakeMessageView({
      id: '18f0a1b2d4',
      from: { name: 'Jean Roux', emailAddress: 'jean@roux-batiment.fr' },
      to: [{ name: 'Claire Lambert', emailAddress: 'claire@menuiserie-lambert.fr' }],
      date: 'ven. 30 oct. 2026, 14:05',
      html: '<div>Bonjour, je regarde cela avec mon comptable.</div>',
      replyLabel: opts.replyLabel,
    }),
  ]);
}

