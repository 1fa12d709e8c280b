import { describe, expect, it } from 'vitest';
import { isDepositInvoice } from '../../../shared/core/status/deposit-invoice';
import { mail } from './mail';

const invoiceMail = (subject: string, text: string) => isDepositInvoice(mail({ subject, text, from: 'compta@atelier.example' }));

describe('isDepositInvoice', () => {
  it.each([
    ['fr title', "Facture d'acompte – rénovation", 'Veuillez trouver ci-joint notre facture.'],
    ['fr percentage in the subject', 'Facture F-12 – Acompte de 30 % pour le chantier', 'Bonjour, voici la facture.'],
    ['fr body', 'Facture F-12', "Suite à la signature du devis, voici l'appel d'acompte de 40 % du montant."],
    ['en', 'Invoice 88', 'Please find attached the deposit invoice for the kitchen project.'],
    ['en percentage', 'Invoice 88 – 50% deposit', 'Hello, attached is our invoice.'],
    ['de', 'Anzahlungsrechnung 2026-114', 'Anbei die Rechnung.'],
    ['de Abschlag', 'Rechnung 2026-114', 'Anbei die Abschlagsrechnung für den ersten Bauabschnitt.'],
    ['es', 'Factura ES26/0087 – Anticipo del 40 % del proyecto', 'Adjuntamos la factura.'],
    ['it', "Fattura d'acconto n. 14", 'In allegato la fattura.'],
    ['nl', 'Voorschotfactuur 2026-031', 'In de bijlage vindt u de factuur.'],
  ])('a deposit invoice: %s', (_name, subject, text) => {
    expect(invoiceMail(subject, text)).toBe(true);
  });

  it.each([
    ['fr deducted', 'Facture de solde F-13', "Après déduction de l'acompte de 30 % déjà versé, il reste 4 200,00 € à régler."],
    ['fr deposit paid', 'Facture F-13', "L'acompte de 30 % versé en mai est déduit."],
    ['fr final invoice naming the deposit invoice', 'Facture F-13', "Suite à notre facture d'acompte F-12, voici la facture finale."],
    ['en less deposit', 'Invoice 89', 'Total £10,000.00, less 30% deposit paid: £7,000.00 due.'],
    ['de', 'Schlussrechnung 2026-115', 'Abzüglich der Anzahlung von 30 % verbleiben 7.000,00 €.'],
    ['a plain invoice', 'Facture F-14', 'Veuillez trouver ci-joint la facture F-14.'],
  ])('not a deposit invoice: %s', (_name, subject, text) => {
    expect(invoiceMail(subject, text)).toBe(false);
  });
});
