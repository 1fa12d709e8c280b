import { describe, expect, it } from 'vitest';
import { isForward } from '../../../shared/core/mail/subject';

describe('isForward by the marker above the forwarded message', () => {
  it('finds the marker at the start of the text or of any line of its first 4,000 characters', () => {
    expect(isForward('Facture F-12', '---------- Forwarded message ---------\nFrom: a@b.fr')).toBe(true);
    expect(isForward('Facture F-12', 'Pour info.\n\n-- Message transféré --\nDe : a@b.fr')).toBe(true);
    expect(isForward('Facture F-12', 'Voir ci-dessous\r\n--Weitergeleitete Nachricht--')).toBe(true);
    expect(isForward('Facture F-12', `${'x'.repeat(3950)}\n-- mensaje reenviado --`)).toBe(true);
  });

  it('needs two dashes at a line start, within the first 4,000 characters', () => {
    expect(isForward('Facture F-12', '- Forwarded message -')).toBe(false);
    expect(isForward('Facture F-12', 'Voir le -- forwarded message')).toBe(false);
    expect(isForward('Facture F-12', 'Bonjour,\nveuillez trouver la facture F-12.\n-\n- forwarded message')).toBe(false);
    // (two dashes elsewhere in the text do not make it a forward)
    expect(isForward('Facture F-12', 'Montant -- voir PJ\nMerci')).toBe(false);
    // (a marker cut by the 4,000th character, or past it, is not read)
    expect(isForward('Facture F-12', `${'x'.repeat(3990)}\n-- forwarded message`)).toBe(false);
    expect(isForward('Facture F-12', `${'x'.repeat(4000)}\n-- forwarded message`)).toBe(false);
  });

  it('still reads the subject first', () => {
    expect(isForward('Fwd: Facture F-12', 'Bonjour')).toBe(true);
    expect(isForward('TR : Facture F-12', '')).toBe(true);
  });
});
