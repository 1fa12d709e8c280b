/** Which source gives each field of an invoice e-mail: its body, its subject, its PDF, its file name. */
import { describe, expect, it } from 'vitest';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import type { PdfReader } from '../../../shared/core/pdf/pdf-reader';
import { message } from '../../fixtures/mail';

const me = ['studio-lumen.fr'];
const today = '2027-03-20';
/** The "PDF" of these tests is its text: the reader gives the bytes back as text. */
const reader: PdfReader = { read: async (bytes) => ({ text: new TextDecoder().decode(bytes), embeddedFiles: [] }) };
const pdf = (filename: string, text: string) => ({ filename, mimeType: 'application/pdf', bytes: new TextEncoder().encode(text) });

async function scanOne(subject: string, text: string, pdfText: string, filename = 'document.pdf') {
  const mail = message({ from: 'Studio Lumen <factu@studio-lumen.fr>', to: ['Marc Aubry <marc.aubry@cave-du-pont.fr>'], subject, text, date: '2027-02-01T10:00:00+01:00', attachments: [pdf(filename, pdfText)] });
  const found = await scanMessages([mail], { me, today, pdfReader: reader });
  expect(found).toHaveLength(1);
  return found[0]!;
}

const LETTERHEAD = 'Studio Lumen SARL\nFACTURE\n7 avenue Jean Jaurès\n69007 Lyon\n';

describe('the fields of an invoice e-mail', () => {
  it('takes the number the body, the subject and the PDF agree on', async () => {
    const r = await scanOne(
      'Votre facture FL-2027-031',
      'Bonjour,\nVeuillez trouver la facture FL-2027-031 en pièce jointe.\nCordialement',
      `${LETTERHEAD}Réf. FL-2027-031 du 01/02/2027\nTotal TTC  1 440,00 €\nPaiement à 30 jours`,
    );
    expect(r).toMatchObject({ invoiceNumber: 'FL-2027-031', amount: 1440, issueDate: '2027-02-01', dueDate: '2027-03-03' });
  });

  it('applies the 30 days of French law when "réception" is said of something else than the payment', async () => {
    const r = await scanOne(
      'Notre facture',
      'Bonjour Marc,\nSuite à la réception du chantier, je vous adresse la facture correspondante.\nBien à vous',
      `${LETTERHEAD}Facture n° FL-2027-032\nDate : 01/02/2027\nTotal TTC  2 400,00 €\nSARL au capital de 20 000 €`,
    );
    expect(r).toMatchObject({ invoiceNumber: 'FL-2027-032', amount: 2400, issueDate: '2027-02-01', dueDate: '2027-03-03' });
  });

  it('names the client from the buyer block of the PDF, not the person the e-mail went to', async () => {
    const r = await scanOne(
      'Facture FL-2027-033',
      'Bonjour Marc, voici notre facture.',
      `${LETTERHEAD}Facturé à  Émetteur\nCave du Pont SAS  Studio Lumen SARL\nFacture n° FL-2027-033 du 01/02/2027\nNet à payer  960,00 €`,
    );
    expect(r).toMatchObject({ invoiceNumber: 'FL-2027-033', debtorName: 'Cave du Pont SAS', debtorEmail: 'marc.aubry@cave-du-pont.fr' });
  });
});

describe('one PDF holding several invoices, a page each', () => {
  it('reports each page\'s invoice with its own amount and due date', async () => {
    const page = (n: string, total: string, due: string) => `Studio Lumen SARL\nFACTURE ${n}\nDate de facture : 01/02/2027\nTotal TTC : ${total} €\nNet à payer : ${total} €\nÉchéance : ${due}`;
    const mail = message({
      from: 'Studio Lumen <factu@studio-lumen.fr>',
      to: ['Marc Aubry <marc.aubry@cave-du-pont.fr>'],
      subject: 'Factures FL-2027-041 et FL-2027-042',
      text: 'Bonjour Marc,\nVoici les factures du mois.\nCordialement',
      date: '2027-02-01T10:00:00+01:00',
      attachments: [pdf('Factures.pdf', `${page('FL-2027-041', '1 200,00', '03/03/2027')}\f\n${page('FL-2027-042', '540,00', '10/03/2027')}\f\nConditions générales de vente`)],
    });
    const found = await scanMessages([mail], { me, today, pdfReader: reader });
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.dueDate]).sort()).toEqual([
      ['FL-2027-041', 1200, '2027-03-03'],
      ['FL-2027-042', 540, '2027-03-10'],
    ]);
  });

  it('a second page of the same invoice is no second invoice', async () => {
    const r = await scanOne(
      'Facture FL-2027-043',
      'Bonjour,\nCi-joint la facture.\nCordialement',
      `${LETTERHEAD}Facture n° FL-2027-043\nDate : 01/02/2027\nPrestations (suite page 2)\f\nFacture FL-2027-043 (page 2/2)\nTotal TTC  3 000,00 €`,
    );
    expect(r).toMatchObject({ invoiceNumber: 'FL-2027-043', amount: 3000 });
  });
});

describe('several invoices listed in one body', () => {
  it("each keeps its own terms over a due date the subject gives for the first", async () => {
    const mail = message({
      from: 'Studio Lumen <factu@studio-lumen.fr>',
      to: ['Marc Aubry <marc.aubry@cave-du-pont.fr>'],
      subject: 'Invoice FL-2027-051 - 3.000,00 € - due 31/03/2027',
      text: 'Dear Marc,\n\nPlease note our invoices FL-2027-051 and FL-2027-052 for the February work.\n\nFL-2027-051 dated 01/02/2027: 3.000,00 €, Payment terms: 45 days end of month\nFL-2027-052 dated 01/02/2027: 480,00 €, Payment: due on receipt\n\nBest regards',
      date: '2027-02-01T10:00:00+01:00',
    });
    const found = await scanMessages([mail], { me, today, pdfReader: reader });
    expect(found.map((r) => [r.invoiceNumber, r.amount, r.dueDate]).sort()).toEqual([
      ['FL-2027-051', 3000, '2027-03-31'],
      ['FL-2027-052', 480, '2027-02-01'],
    ]);
  });
  it("names the client from a body that writes the invoice out, when no document is read", async () => {
    const mail = message({
      from: 'Studio Lumen <factu@studio-lumen.fr>',
      to: ['Marc Aubry <marc.aubry@cave-du-pont.fr>'],
      subject: 'Facture FL-2027-034',
      text: 'Bonjour Marc,\n\nFACTURE n° FL-2027-034\nDate : 01/02/2027\nClient : Cave du Pont SAS\n\nTotal TTC : 1 200,00 €\nÉchéance : 03/03/2027\n\nBien à vous',
      date: '2027-02-01T10:00:00+01:00',
    });
    const [r] = await scanMessages([mail], { me, today, pdfReader: reader });
    expect(r).toMatchObject({ invoiceNumber: 'FL-2027-034', amount: 1200, debtorName: 'Cave du Pont SAS' });
  });

  it("names the contact the e-mail went to when its body labels no client", async () => {
    const mail = message({
      from: 'Studio Lumen <factu@studio-lumen.fr>',
      to: ['Marc Aubry <marc.aubry@cave-du-pont.fr>'],
      subject: 'Facture FL-2027-035',
      text: 'Bonjour Marc,\n\nVoici la facture FL-2027-035 de 1 200,00 € TTC, payable au 03/03/2027.\n\nBien à vous',
      date: '2027-02-01T10:00:00+01:00',
    });
    const [r] = await scanMessages([mail], { me, today, pdfReader: reader });
    expect(r).toMatchObject({ invoiceNumber: 'FL-2027-035', debtorName: 'Marc Aubry' });
  });
});
