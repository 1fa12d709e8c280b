import type { CompanyProfile } from '../profile/company-profile';

/** The company an edited formal notice is checked with when the user has not set a profile yet. */
export const SAMPLE_PROFILE: CompanyProfile = {
  companyName: 'Exemple Menuiserie SARL',
  address: '8 rue des Essais\n21000 Dijon',
  email: 'contact@exemple-menuiserie.fr',
  phone: '03 80 00 00 00',
  siren: '123456789',
  iban: 'FR76 0000 0000 0000 0000 0000 000',
  signatoryName: 'Camille Exemple',
  signatoryTitle: 'Gérante',
  jurisdiction: 'FR',
  language: 'fr',
};
