/** A house number beginning a street address is told from a value (an invoice number, an amount). */
import { describe, expect, it } from 'vitest';
import { startsWithStreetAddress } from '../../../shared/core/extract/fields/street-address';

describe('startsWithStreetAddress', () => {
  it.each([
    '7 avenue Jean Jaurès',
    '3 bis, rue du Moulin',
    '18-20 Bd Haussmann',
    '5 chemin des Vignes',
    '41 allée des Tilleuls',
    '9 impasse du Lavoir',
    '250 Chaussée de Louvain',
    '10 Downing Street',
    '42B Kingsway Road',
    '77 Sunset Boulevard',
    '15 Rosemary Lane',
    '8 Via Garibaldi',
    '3 Lindenstraße',
    '11 Hoofdstraat',
    '14 STATION ROAD',
  ])('%s is an address', (text) => {
    expect(startsWithStreetAddress(text)).toBe(true);
  });

  it.each([
    'F-2026-118',
    '2026-0042',
    '480,00 €',
    '15/12/2026',
    '30 jours fin de mois',
    '3 articles livrés',
    '12 units to the warehouse',
    '1045 Dr Hall',
    '250 heures de conseil',
    '',
  ])('%j is not', (text) => {
    expect(startsWithStreetAddress(text)).toBe(false);
  });
});
