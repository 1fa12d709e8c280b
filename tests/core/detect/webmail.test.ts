import { describe, expect, it } from 'vitest';
import { isWebmailDomain, sameParty } from '../../../shared/core/detect/webmail';

describe('sameParty', () => {
  it('a company domain stands for the company; a webmail address only for itself', () => {
    expect(sameParty('compta@client.fr', 'anna@client.fr')).toBe(true);
    expect(sameParty('ANNA@client.fr', 'anna@client.fr')).toBe(true);
    expect(sameParty('zoe@autre.fr', 'anna@client.fr')).toBe(false);
    expect(sameParty('someone@gmail.com', 'anna.client@gmail.com')).toBe(false);
    expect(sameParty('anna.client@gmail.com', 'anna.client@gmail.com')).toBe(true);
    expect(isWebmailDomain('hotmail.co.uk')).toBe(true);
    expect(isWebmailDomain('orange.fr')).toBe(true);
    expect(isWebmailDomain('client.fr')).toBe(false);
  });
});
