/** The client's name from the buyer block of a document, in the layouts PDF text comes in. */
import { describe, expect, it } from 'vitest';
import { billedTo, labelledBuyer } from '../../../shared/core/extract/fields/bill-to';

describe('billedTo', () => {
  it('reads the name after the label, on its line or below it', () => {
    expect(billedTo('Bill to: Kingfisher Foods Ltd\n3 Mill Lane')).toBe('Kingfisher Foods Ltd');
    expect(billedTo('FACTURE\nFacturé à\nBoulangerie Petit SARL\n5 rue Haute')).toBe('Boulangerie Petit SARL');
    expect(billedTo('Rechnungsempfänger:\nGärtnerei Lind GmbH\nHauptstr. 4')).toBe('Gärtnerei Lind GmbH');
  });

  it('reads the cell of the label’s column when blocks stand side by side', () => {
    expect(billedTo('Client  Fournisseur\nCave du Pont SAS  Atelier Marceau SARL\n8 quai Nord  2 rue Sud')).toBe('Cave du Pont SAS');
    expect(billedTo('Seller  Bill to\nNorthwind Studio Ltd  Harbour Cafés plc')).toBe('Harbour Cafés plc');
  });

  it('reads a label that ends a line of another block, and a name right of its label', () => {
    expect(billedTo('Votre référence : BC-2291  Adressée à\nMairie de Saint-Aubin\nPlace de la Mairie')).toBe('Mairie de Saint-Aubin');
    expect(billedTo('To: Northwind Studio Ltd  Customer  Harbour Cafés plc')).toBe('Harbour Cafés plc');
    expect(billedTo('Bill to  Account: C-20917\nHarbour Cafés plc  Your PO: 8812')).toBe('Harbour Cafés plc');
  });

  it('reads the labels of other languages', () => {
    expect(billedTo('Cliente\nDistribuciones Olmo S.L.\nCalle Mayor 3')).toBe('Distribuciones Olmo S.L.');
    expect(billedTo('Spett.le\nOfficine Rossi S.r.l.')).toBe('Officine Rossi S.r.l.');
    expect(billedTo('Factuuradres\nBakkerij De Molen bv')).toBe('Bakkerij De Molen bv');
  });

  it('reads an address block with no label, not the seller’s letterhead', () => {
    const be = 'Atelier Marceau SRL\nRue Haute 14 - 1000 Bruxelles - Tél. +32 2 555 12 12\nBrasserie du Canal\nService achats\nQuai des Péniches 9\n1000 Bruxelles\nBruxelles, le 4 mars 2027\nFACTURE N° 2027-044\nAtelier Marceau SRL – BCE 0712.000.111';
    expect(billedTo(be)).toBe('Brasserie du Canal');
    const de = 'Tischlerei Brandt GmbH  Rechnung\nMühlweg 3\n79100 Freiburg\nRechnungsdatum  04.03.2027\nGärtnerei Lind GmbH\nLindenallee 12\n10115 Berlin\nTischlerei Brandt GmbH · Amtsgericht Freiburg';
    expect(billedTo(de)).toBe('Gärtnerei Lind GmbH');
    const en = 'Northwind Studio Ltd  INVOICE\nInvoice No. 2231\nHarbour Cafés plc\n14 Quayside Way\nGloucester GL1 2EH';
    expect(billedTo(en)).toBe('Harbour Cafés plc');
  });

  it('takes no block the document opens with, whose name is written again, or the user’s own', () => {
    expect(billedTo('Atelier Marceau SRL\nRue Haute 14\n1000 Bruxelles\nFacture 2027-044')).toBeNull();
    expect(billedTo('FACTURE\nDate : 04/03/2027\nAtelier Marceau SRL\nRue Haute 14\nAtelier Marceau SRL – BCE 0712')).toBeNull();
    expect(billedTo('FACTURE\nDate : 04/03/2027\nAtelier Marceau SRL\nRue Haute 14', (name) => name.startsWith('Atelier Marceau'))).toBeNull();
  });

  it('takes no heading, number, address or field label for a name', () => {
    expect(billedTo('Client : C-000123')).toBeNull();
    expect(billedTo('Bill to\n12 Harbour Road')).toBeNull();
    expect(billedTo('Customer  Invoice Number  Date\nAcme  INV-2231  01/02/2026')).toBe('Acme');
    expect(billedTo('Client  Date\n')).toBeNull();
    expect(billedTo('Merci de votre confiance, cher client.')).toBeNull();
  });
});

describe("billedTo: a letter's address line ending with a comma (held-out CR)", () => {
  it("« Spett.le Magazzini Frigoriferi Aosta S.r.l., » names the company without the comma", () => {
    expect(billedTo('Spett.le Magazzini Frigoriferi Aosta S.r.l.,\nVia Roma 12, Aosta')).toBe('Magazzini Frigoriferi Aosta S.r.l.');
  });
});

describe("billedTo: a name followed by its address on the same line (held-out LT)", () => {
  it.each([
    ['Bill to: Meridian Energy plc, 1 Canada Square, London E14 5AB', 'Meridian Energy plc'],
    ['Bill to: Calder & Finch Ltd, 22 King Street, Manchester M2 6AZ', 'Calder & Finch Ltd'],
    ['Facturé à : Dupont, Martin et Associés', 'Dupont, Martin et Associés'],
  ])('%s → %s', (text, name) => {
    expect(billedTo(text)).toBe(name);
  });
});

describe("labelledBuyer: an Italian letter's greeting is no buyer block (held-out ZO)", () => {
  it("« Spett.le Ufficio, » opens an e-mail; « Spett.le Magazzini … S.r.l. » heads a document's buyer block", () => {
    expect(labelledBuyer('Spett.le Ufficio,\n\nsi trasmette in allegato la fattura n. 42/PA', { letter: true })).toBeNull();
    expect(labelledBuyer('Spett.le Magazzini Frigoriferi Aosta S.r.l.\nVia Roma 12, Aosta')).toBe('Magazzini Frigoriferi Aosta S.r.l.');
    expect(labelledBuyer('Spett.le Magazzini Frigoriferi Aosta S.r.l.,\n\nin allegato la fattura', { letter: true })).toBe('Magazzini Frigoriferi Aosta S.r.l.');
  });
});
