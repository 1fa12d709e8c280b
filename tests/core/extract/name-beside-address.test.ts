/** The name an invoicing platform's copy writes beside the client's address. */
import { describe, expect, it } from 'vitest';
import { nameBesideAddress } from '../../../shared/core/extract/fields/name-beside-address';

describe('nameBesideAddress', () => {
  it('reads the name before the address in brackets', () => {
    expect(nameBesideAddress('This is a copy of the invoice you sent to Harbour Cafés plc (ap@harbourcafes.co.uk).', 'ap@harbourcafes.co.uk')).toBe('Harbour Cafés plc');
    expect(nameBesideAddress('Votre facture a été envoyée à Cave du Pont SAS <compta@caveдupont.fr>'.replace('д', 'd'), 'compta@cavedupont.fr')).toBe('Cave du Pont SAS');
    expect(nameBesideAddress('Die Rechnung wurde gesendet an Gärtnerei Lind GmbH (buchhaltung@lind.de)', 'buchhaltung@lind.de')).toBe('Gärtnerei Lind GmbH');
  });

  it('reads the name in brackets after the address', () => {
    expect(nameBesideAddress('Invoice INV-77 has been sent to ap@harbourcafes.co.uk (Harbour Cafés plc).', 'ap@harbourcafes.co.uk')).toBe('Harbour Cafés plc');
  });

  it('gives nothing when no name stands beside the address', () => {
    expect(nameBesideAddress('Has enviado la factura F-12 a jordi@olmo.es.', 'jordi@olmo.es')).toBeNull();
    expect(nameBesideAddress('Questions? Write to (billing@olmo.es)', 'billing@olmo.es')).toBeNull();
    expect(nameBesideAddress('no address here', 'x@y.z')).toBeNull();
  });
});
