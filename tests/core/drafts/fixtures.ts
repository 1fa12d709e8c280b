import type { CompanyProfile } from '../../../shared/core/profile/company-profile';
import type { DraftInput } from '../../../shared/core/drafts';

export const PROFILE: CompanyProfile = {
  companyName: 'Menuiserie Lambert SARL',
  address: '8 rue du Bois\n21000 Dijon',
  email: 'claire@menuiserie-lambert.fr',
  phone: '03 80 41 27 90',
  siren: '812 345 678',
  iban: 'FR76 1027 8021 0000 0204 5670 182',
  signatoryName: 'Claire Lambert',
  signatoryTitle: 'Gérante',
  jurisdiction: 'FR',
  language: 'fr',
};

/** The demo's Roux invoice: 4 380,00 € due 15/10/2026, reminded on 30/10 and 13/11, drafted on 23/11/2026. */
export function rouxInput(over: Partial<DraftInput> = {}): DraftInput {
  return {
    kind: 'courteous',
    lang: 'fr',
    today: '2026-11-23',
    invoice: {
      invoiceNumber: 'ML-2026-0412',
      amount: 4380,
      currency: 'EUR',
      issueDate: '2026-09-15',
      dueDate: '2026-10-15',
      debtorEmail: 'jean@roux-batiment.fr',
      debtorName: 'Roux Bâtiment SAS',
      status: 'open',
      promisedDate: null,
    },
    client: { contactName: 'Jean Roux', postalAddress: '3 impasse des Tilleuls\n21121 Fontaine-lès-Dijon' },
    recipients: { escalationCc: ['direction@roux-batiment.fr'], handoverTo: ['dossiers@recouvrement-exemple.fr'] },
    invoiceAttachments: ['Facture_ML-2026-0412.pdf'],
    history: {
      reminders: [
        { stage: 'courteous', date: '2026-10-30' },
        { stage: 'firm', date: '2026-11-13' },
      ],
    },
    profile: PROFILE,
    ...over,
  };
}

/** Narrow no-break space (French thousands) and no-break space (before €), as Intl writes them. */
export const NNBSP = '\u202f';
export const NBSP = '\u00a0';
