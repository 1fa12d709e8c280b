import { describe, expect, it } from 'vitest';
import { createIdentity, namesCompany } from '../../../shared/core/detect/identity';
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
