import { describe, expect, it } from 'vitest';
import { kindOfTitle } from '../../../shared/core/detect/document-kind';

describe('kindOfTitle', () => {
  it.each([
    ['Facture n° FA-2026-12', 'invoice'],
    ['Invoice #INV-00391', 'invoice'],
    ['Rechnung FAC-26-0340 – 4.996,00 €', 'invoice'],
    ['Factura 2026/118', 'invoice'],
    ['Fattura n. 45/2026', 'invoice'],
    ['Facture pro forma PF-2026-021', 'proforma'],
    ['Proforma invoice 12', 'proforma'],
    ['Avoir AV-2026-007 – facture 1008', 'credit-note'],
    ['Credit note CN-12 for invoice 1042', 'credit-note'],
    ['Gutschrift 2026-4', 'credit-note'],
    ['Devis D-2026-044', 'quote'],
    ['Quote Q-1884 – Brightwater Digital', 'quote'],
    ['Angebot 2026-17', 'quote'],
    ['Votre reçu TaskPilot n° 5082-8767', 'receipt'],
    ['Confirmation de commande n° 7827948', 'order'],
    ['Relance : facture FA-12 impayée', 'reminder'],
    ['Payment reminder – invoice 1042 overdue', 'reminder'],
    ['Zahlungserinnerung Rechnung 77', 'reminder'],
  ])('%s → %s', (title, kind) => {
    expect(kindOfTitle(title)).toBe(kind);
  });

  it('says nothing about a title without cues', () => {
    expect(kindOfTitle('Déjeuner jeudi ?')).toBeNull();
    expect(kindOfTitle('Refacturation du projet')).toBeNull();
  });
});
