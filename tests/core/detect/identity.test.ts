import { describe, expect, it } from 'vitest';
import { createIdentity, namesCompany, speaksForUs } from '../../../shared/core/detect/identity';
import { message } from '../../fixtures/mail';
import { createMeMatcher } from '../../../shared/core/detect/me';

describe('createMeMatcher', () => {
  const isMe = createMeMatcher(['atelier-dupont.fr', 'James.Carter@brightwater.co.uk']);
  it('matches domains, their subdomains and exact addresses, case-insensitively', () => {
    expect(isMe('paul.martin@atelier-dupont.fr')).toBe(true);
    expect(isMe('compta@mail.atelier-dupont.fr')).toBe(true);
    expect(isMe('james.carter@Brightwater.co.uk')).toBe(true);
    expect(isMe('helen@brightwater.co.uk')).toBe(false);
    expect(isMe('x@notatelier-dupont.fr')).toBe(false);
    expect(isMe(null)).toBe(false);
  });
});

describe('company name from the user’s domains', () => {
  const identity = createIdentity(['atelier-dupont.fr', 'james.carter@brightwater.co.uk', 'me@gmail.com']);
  it('recognises platforms signing with the company name', () => {
    expect(namesCompany('Atelier Dupont SARL via Pennylane', identity)).toBe(true);
    expect(namesCompany('Brightwater Digital Ltd', identity)).toBe(true);
    expect(namesCompany('ATELIER-DUPONT', identity)).toBe(true);
  });
  it('does not take a public mail provider for a company', () => {
    expect(identity.companyKeys).not.toContain('gmail');
    expect(namesCompany('Gmail Team', identity)).toBe(false);
    expect(namesCompany('Stripe', identity)).toBe(false);
  });
});

describe('speaksForUs', () => {
  const identity = createIdentity(['menuiserie-lambert.fr']);
  const base = message({ from: 'x@y.fr', to: ['client@client.fr'], subject: 'Facture', text: '', date: '2026-11-02T07:00:00Z' });

  it('counts the user, a platform signing with the company name, or a platform with the user as Reply-To', () => {
    expect(speaksForUs({ ...base, from: { name: 'Claire', address: 'claire@menuiserie-lambert.fr' } }, identity)).toBe(true);
    expect(speaksForUs({ ...base, from: { name: 'Menuiserie Lambert via Facturio', address: 'no-reply@facturio.example' } }, identity)).toBe(true);
    expect(speaksForUs({ ...base, from: { name: 'Facturio', address: 'no-reply@facturio.example' }, replyTo: [{ name: '', address: 'claire@menuiserie-lambert.fr' }] }, identity)).toBe(true);
  });

  it('counts a platform writing to a client with the user in Cc or Bcc, not a client copying the user', () => {
    const platform = { name: 'Facturio', address: 'invoices@facturio.example' };
    const me = { name: '', address: 'compta@menuiserie-lambert.fr' };
    expect(speaksForUs({ ...base, from: platform, cc: [me] }, identity)).toBe(true);
    expect(speaksForUs({ ...base, from: platform, deliveredTo: [me.address] }, identity)).toBe(true);
    expect(speaksForUs({ ...base, from: { name: 'Jean', address: 'jean@client.fr' }, cc: [me] }, identity)).toBe(false);
    expect(speaksForUs({ ...base, from: platform }, identity)).toBe(false);
    // a platform's sending domain, the user in Bcc (held-out CO): "Maison Ametza <quickbooks@notification.intuit.com>"
    const quickbooks = { name: 'Maison Ametza', address: 'quickbooks@notification.intuit.example' };
    expect(speaksForUs({ ...base, from: quickbooks, deliveredTo: [me.address] }, identity)).toBe(true);
    expect(speaksForUs({ ...base, from: quickbooks }, identity)).toBe(false);
  });
});

describe('company names in another word order than the domain', () => {
  it('a display name holding every word of a hyphenated domain is the company', () => {
    const identity = createIdentity(['dupuis-paysages.fr']);
    expect(namesCompany('Paysages Dupuis SARL', identity)).toBe(true);
    expect(namesCompany('Paysages Martin SARL', identity)).toBe(false);
    expect(namesCompany('Dupuis Conseil', identity)).toBe(false);
  });
});

describe('speaksForUs: a merchant of record sending the invoice "on behalf of" the company (held-out GL)', () => {
  it('Paddle\'s help@ address, the company in Cc, "on behalf of Lingua Pro"', () => {
    const identity = createIdentity(['linguapro.io']);
    const m = message({ from: 'Paddle <help@paddle.com>', to: ['Mark <mark@client.example>'], cc: ['Billing <billing@linguapro.io>'], subject: 'Invoice PAD-2026-001201', text: 'Your invoice PAD-2026-001201 from Paddle.com on behalf of Lingua Pro is attached.\nTotal due: $7,392.00', date: '2026-07-07T10:00:00Z' });
    expect(speaksForUs(m, identity)).toBe(true);
    expect(speaksForUs({ ...m, text: 'Your invoice PAD-2026-001201 from Paddle.com on behalf of Acme Corp is attached.' }, identity)).toBe(false);
  });
});

describe('speaksForUs: a client answering the platform, the company in Cc, quoting its « pour le compte de » (held-out DPV)', () => {
  it('is the client, not us', () => {
    const identity = createIdentity(['datanord-conseil.fr']);
    const m = message({ from: 'm.caron@electroflandres.fr', to: ['Portalis Portage <factures@portalis-portage.fr>'], cc: ['julien.vandamme@datanord-conseil.fr'], subject: 'RE: Facture PP-2026-10545 - Portalis Portage / J. Vandamme', text: 'Bonjour,\n\nLe virement pour la facture PP-2026-10545 a été effectué ce jour.\n\n-----Original Message-----\n> FACTURE PP-2026-10545\n> Portalis Portage SAS pour le compte de Julien Vandamme (Datanord Conseil)', date: '2026-11-03T10:00:00Z' });
    expect(speaksForUs(m, identity)).toBe(false);
    expect(speaksForUs({ ...m, from: { name: 'Portalis Portage', address: 'factures@portalis-portage.fr' }, to: [{ name: '', address: 'factures@electroflandres.fr' }], subject: 'Facture PP-2026-10545', text: 'FACTURE PP-2026-10545\nPortalis Portage SAS pour le compte de Julien Vandamme (Datanord Conseil)' }, identity)).toBe(true);
  });
});
