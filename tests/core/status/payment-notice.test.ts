import { describe, expect, it } from 'vitest';
import { readPaymentNotice } from '../../../shared/core/status/payment-notice';
import { mail } from './mail';

const notice = (subject: string, text: string, from = 'notifications@platform.example') => readPaymentNotice(mail({ subject, text, from, date: '2026-11-03' }));

describe('readPaymentNotice', () => {
  it('a public portal\'s status "mise en paiement" and a fee note paid by card are notices', () => {
    expect(notice('[Chorus Pro] Changement de statut de la facture 2027-026', 'Le statut de la facture suivante a été mis à jour :\n\nNuméro de facture : 2027-026\nMontant TTC : 6 312,00 €\nNouveau statut : MISE EN PAIEMENT\nDate de mise à jour : 30/03/2027', 'ne-pas-repondre@chorus-pro.gouv.fr')?.invoiceNumbers).toEqual(['2027-026']);
    expect(notice('Paiement de 1 740,00 € reçu de Thomas Dumas', 'Paiement reçu\n\nMontant : 1 740,00 €\nDescription : Règlement note d’honoraires NH-2027-012', 'notifications@stripe.com')?.invoiceNumbers).toEqual(['NH-2027-012']);
  });

  it("a freelance platform's payout and a bank's SWIFT credit alert are notices (held-out VC, VE)", () => {
    expect(notice('Votre paiement a été versé', 'Bonjour Julien,\n\nVotre paiement a été versé !\n\nFacture : 2026-0058\nClient : Occitanie Bio Distribution\nMontant versé : 5 190,00 €\nVirement vers le compte se terminant par 5678, disponible sous 1 à 2 jours ouvrés.', 'paiements@freelanz.com')).toMatchObject({ invoiceNumbers: ['2026-0058'], amount: 5190 });
    expect(
      notice('Alerte compte : réception d’un virement SWIFT', 'Nous vous informons que votre compte n° ****5870 a été crédité le 08/05/2026 d’un virement international.\nDonneur d’ordre  ANNABA SHIP SERVICES\nMontant  28 795,28 EUR\nRéférence / motif  REGLEMENT FACT MRS/2026/331', 'ne-pas-repondre@cyberplus-alertes.fr'),
    ).toMatchObject({ invoiceNumbers: ['MRS/2026/331'], amount: 28795.28 });
    // The platform's copy of an invoice says when the user will be paid out: no notice.
    expect(notice('Copie de votre facture FLZ-202604-31333 envoyée à Northgate Apps Ltd', 'Votre facture FLZ-202604-31333 a bien été envoyée.\nMontant TTC : £1,150.00\nLe client règle via Freelanz ; les fonds vous seront versés sous 2 jours ouvrés après réception.', 'no-reply@freelanz.com')).toBeNull();
  });

  it('reads every number of a list after the first ("FACT 2027-006 ET 2027-007"), not an amount or a count', () => {
    expect(notice('Alerte : opération au crédit de votre compte', 'Un virement de 1 200,00 € a été crédité sur votre compte le 12/01/2027.\nMotif : FACT 2027-006 ET 2027-007', 'alertes@banque.fr')?.invoiceNumbers).toEqual(['2027-006', '2027-007']);
    expect(notice('Payment received', 'You received a payment of €980.00. Reference: INV-41, INV-42 & INV-43', 'noreply@wise.com')?.invoiceNumbers).toEqual(['INV-41', 'INV-42', 'INV-43']);
    expect(notice('Payment received', 'You received a payment. Reference: INV-2027-41, 12 items, 980.00 EUR', 'noreply@wise.com')?.invoiceNumbers).toEqual(['INV-2027-41']);
    expect(notice('You received £3,941.00 GBP from Kelvin Biosciences Ltd', 'KELVIN BIOSCIENCES LTD sent you £3,941.00 GBP.\n\nReference: FA-2027-0342 FA-2027-0349', 'noreply@wise.com')?.invoiceNumbers).toEqual(['FA-2027-0342', 'FA-2027-0349']);
  });

  it("a bank's « Paiement LCR encaissé » names the invoice it pays (the means of payment between the words)", () => {
    expect(
      notice("Avis d'opération sur votre compte", "Nous vous informons de l'opération suivante :\n\nPaiement LCR encaissé\nTireur : Boulangerie Martin\nRéférence : FC-2026-0356\nMontant : 1 845,60 EUR", 'alertes@banque-populaire.fr'),
    ).toMatchObject({ invoiceNumbers: ['FC-2026-0356'], amount: 1845.6 });
  });

  it('an invoicing tool marking the invoice paid after matching the bank is a notice', () => {
    expect(
      notice('Paiement rapproché – facture F-2026-0433', "La facture F-2026-0433 adressée à Cave Saint-Émilion Distribution SAS (1 740,00 €) a été rapprochée d'une transaction bancaire du 29 novembre 2026 et est désormais marquée comme payée.", 'notifications@pennylane.com'),
    ).toMatchObject({ invoiceNumbers: ['F-2026-0433'], amount: 1740 });
    expect(notice('Payment made by Tallaght Tech Hub DAC', 'A payment of €369.00 was made by Tallaght Tech Hub DAC for invoice 2026-0006.\n\nGateway: GoCardless')).toMatchObject({ invoiceNumbers: ['2026-0006'], amount: 369 });
    expect(
      notice('Alerte : remise de chèque créditée sur votre compte', 'Nous avons crédité ce jour votre compte n° ****4426 d’une remise de chèque(s).\nMontant : 3 780,00 EUR\nLibellé saisi : REGLT FACT F2026-115 HUGO BERNARD', 'alertes@caisse-epargne.fr'),
    ).toMatchObject({ invoiceNumbers: ['F2026-115'], amount: 3780 });
    expect(
      notice('Prêt habitat – règlement facture NH-2026-069', 'Les fonds du prêt ont été débloqués. Un virement de 8 040,00 € a été émis ce jour à votre profit en règlement de votre note d’honoraires NH-2026-069.', 'credits.habitat@banque.fr'),
    ).toMatchObject({ invoiceNumbers: ['NH-2026-069'], amount: 8040 });
    expect(notice('Your ACH credit has posted', 'An ACH credit was posted to your account ending in 8833.\n\nAmount: $8,960.00\nOriginator: KESTREL ROBOTICS CORP.\nAddenda / remittance info: INV 1094 PMT', 'no.reply.alerts@chase.com')).toMatchObject({ invoiceNumbers: ['1094'], amount: 8960 });
    expect(
      notice("Avis d'encaissement – Vins & Terroirs du Var – FA26-1394", "Nous vous informons de l'encaissement suivant sur votre compte d'affacturage :\n\nDébiteur : Vins & Terroirs du Var\nFacture : FA26-1394\nMontant encaissé : 6 013,42 EUR", 'avis@factor.example'),
    ).toMatchObject({ invoiceNumbers: ['FA26-1394'], amount: 6013.42 });
    expect(notice('RE : Facture CR-2026-043', "Vous retenez le montant encaissé en euros à la date de l'encaissement (montant crédité sur votre compte). Facture CR-2026-043.", 'contact@expert.example')).toBeNull();
    expect(notice('Has recibido una transferencia', 'Te informamos de que has recibido una transferencia en tu cuenta.\nImporte: 6.454,50 EUR\nConcepto: PAGO FRA F-2026-0250', 'notificaciones@caixabank.com')).toMatchObject({ invoiceNumbers: ['F-2026-0250'], amount: 6454.5 });
    expect(
      notice('Easy Banking Business – Avis de crédit', "Nous vous informons qu'un montant de 5 356,07 € a été crédité sur votre compte le 14/12/2026.\n\nDonneur d'ordre : TRANSPORTS COLLIGNON\nCommunication : +++697/9256/51004+++ EH-2026-0397", 'noreply@bnpparibasfortis.be'),
    ).toMatchObject({ invoiceNumbers: ['EH-2026-0397'], amount: 5356.07 });
    expect(notice('Invoice INV-88 marked as paid', 'Invoice INV-88 (€1,200.00) was marked as paid on 3 Nov 2026.')?.invoiceNumbers).toEqual(['INV-88']);
  });

  it('a PayPal "sent you" notice, and a Portuguese series kept with its number', () => {
    expect(notice("You've got money – Fjord Studio AS sent you €2,400.00 EUR", 'Fjord Studio AS sent you €2,400.00 EUR\n\nNote from Fjord Studio AS: "Invoice F270012 – thanks!"', 'service@paypal.es')?.invoiceNumbers).toEqual(['F270012']);
    expect(notice('Pagamento recebido – Fatura FT A2027/26', 'Foi registado um pagamento por Referência Multibanco.\n\nDocumento: Fatura FT A2027/26\nValor: 1 377,60 €', 'noreply@moloni.pt')?.invoiceNumbers).toContain('FT A2027/26');
  });

  it('a German PayPal notice, and a bank credit whose reference repeats the invoice abbreviation', () => {
    expect(
      notice('Sie haben eine Zahlung über 8.389,50 € EUR von Kraftwerk Fitness GmbH erhalten', 'Tim Schuster (tim@kraftwerk-fitness.de) hat Ihnen 8.389,50 € EUR gesendet.\n\nMitteilung: „Rechnung RE-2026-0449, danke!"', 'service@paypal.de'),
    ).toMatchObject({ invoiceNumbers: ['RE-2026-0449'], amount: 8389.5 });
    expect(
      notice('Kontowecker: Gutschrift auf Ihrem Konto', 'auf Ihrem Konto ist eine Gutschrift eingegangen.\n\nBuchungstag: 01.10.2026\nVerwendungszweck: RE RE-2026-0425 KD-NR 98653\nBetrag: +2.284,80 EUR', 'noreply@sskm.de'),
    ).toMatchObject({ invoiceNumbers: ['RE-2026-0425'], amount: 2284.8, currency: 'EUR' });
    expect(notice('Pagamento ricevuto', 'Mario Rossi ti ha inviato 450,00 € EUR.\nNota: fattura FT-2026-77', 'service@paypal.it')?.invoiceNumbers).toEqual(['FT-2026-77']);
    expect(notice('Je hebt een betaling ontvangen', 'Bakkerij Jansen heeft je € 750,00 EUR gestuurd.\nBericht: factuur 2026-0032', 'service@paypal.nl')?.invoiceNumbers).toEqual(['2026-0032']);
  });

  it('a reply names what was paid in its sentence of payment, not every invoice of its subject', () => {
    const reply = readPaymentNotice(
      mail({
        subject: 'RE : Factures OL-2026-0152 et OL-2026-0153',
        text: 'La facture OL-2026-0152 a été réglée le 14/12/2026 par virement.\nLa facture OL-2026-0153 est toujours en attente de validation.',
        from: 'ap@hexalis.example',
        date: '2026-12-16',
      }),
    );
    expect(reply?.invoiceNumbers).toEqual(['OL-2026-0152']);
  });

  it('an approval notice that says it is no payment is no notice', () => {
    expect(notice('Banque Reuter S.A. approved invoice LU26/041', 'Banque Reuter S.A. has approved your invoice.\n\nInvoice number: LU26/041\nAmount: €13,104.00\nStatus: Approved\n\nApproval does not mean the invoice has been paid. Payment will follow the payment terms agreed with your customer.', 'ordersender-prod@ansmtp.ariba.com')).toBeNull();
  });

  it('reads a French platform notice with its invoice number and amount', () => {
    expect(notice('Paiement reçu pour la facture F-2026-0144', 'Garage Martin a payé 1 250,00 € le 03/11/2026.\n\nFacture F-2026-0144')).toEqual({
      messageId: expect.any(String),
      date: '2026-11-03',
      invoiceNumbers: ['F-2026-0144'],
      amount: 1250,
      currency: 'EUR',
    });
  });

  it.each([
    ['en Stripe-like', 'Payment received for invoice INV-0042', 'Oakridge Ltd paid £2,400.00 on 3 Nov 2026.\nInvoice number INV-0042', 'INV-0042'],
    ['en GoCardless-like', 'Payment confirmed', 'A payment of €980.00 from Client SA has been confirmed. Reference: 2026/118. Payment confirmed and collected.', '2026/118'],
    ['en PayPal-like', "You've received a payment", 'You received a payment of $1,540.00 USD from Pinecrest Software for invoice #1042.', '1042'],
    ['fr bank', 'Virement reçu', 'Vous avez reçu un virement de 3 276,00 € de BARBIER ELEC. Libellé : FAC-26-0342', 'FAC-26-0342'],
    ['de bank', 'Zahlungseingang auf Ihrem Konto', 'Zahlungseingang: 11.100,00 EUR von Müller & Söhne GmbH, Verwendungszweck: Rechnung F-2026-0147', 'F-2026-0147'],
    ['es', 'Pago recibido', 'Hemos recibido su pago. Pago recibido de Mirador Sóller por la factura 2026/339: 6.298,00 €', '2026/339'],
    ['it', 'Pagamento ricevuto', 'Pagamento ricevuto da Rossi Srl per la fattura FT-2026-77, importo 450,00 €.', 'FT-2026-77'],
    ['nl', 'Betaling ontvangen', 'Betaling ontvangen voor factuur 2026-0031 van Bakkerij Jansen.', '2026-0031'],
    ['it bank credit, abbreviated', 'Avviso accredito bonifico', "È stato accreditato sul conto un bonifico SEPA.\nImporto: EUR 1.200,00\nCausale: SALDO FT 2026-77 DEL 04/11/2026", '2026-77'],
    ['de bank credit', 'Kontobewegung', 'Auf Ihrem Konto wurde ein Betrag von 980,00 EUR gutgeschrieben. Verwendungszweck: RG. 2026-114', '2026-114'],
    ['fr bank credit', 'Avis de crédit', 'Votre compte a été crédité de 1 500,00 €. Motif : FACT. F-2026-12', 'F-2026-12'],
    ['en bank credit', 'Account credited', 'Funds of £2,000.00 have been credited to your account. Reference: INV 4471', '4471'],
    ['es bank credit', 'Abono en cuenta', 'Se ha abonado en su cuenta una transferencia de 500,00 €. Concepto: FRA. 2026/33', '2026/33'],
    ['a payer\'s remittance advice', 'Remittance Advice – Penwick Retail Group', 'Please find below details of our BACS payment of £1,250.00.\nInvoice INV-0042  £1,250.00', 'INV-0042'],
    ['de Zahlungsavis', 'Zahlungsavis Nr. 8812', 'Wir haben folgende Posten ausgeglichen:\nRechnung RE-2026-12  980,00 EUR', 'RE-2026-12'],
    ['nl bank credit', 'Bijschrijving', 'Er is € 750,00 bijgeschreven op uw rekening. Omschrijving: factuur 2026-0032', '2026-0032'],
    ['fr bank alert, credit operation', 'Alerte : opération créditrice sur votre compte', 'Une opération a été enregistrée sur votre compte :\nLibellé : VIR SEPA OYAT LABS SAS / REF F-2026-118\nMontant : + 2 498,25 EUR', 'F-2026-118'],
    ['remittance advice table, number under its column', 'Remittance Advice – Payment 000457', 'Details of a payment made to your account today.\n\nInvoice No.   Invoice Date   Amount\nFF-1193       22/09/2026     €6,780.00\n1204          30/09/2026     €1,000.00\n\nTotal paid: €7,780.00', 'FF-1193'],
    ['it bank, a transfer ordered in your favour', 'Notifica bonifico disposto a tuo favore', 'Bottega Ferrari ha disposto un bonifico SEPA a favore di Maison Vaissière SAS.\nImporto: 1.087,39 EUR\nCausale: SALDO FATT. N. 9/2027 DEL 19/02/2027', '9/2027'],
    ['fr Qonto-like, a word between the label and the number', 'Virement reçu : +3 600,00 € de GROUPE ALTAIR', 'Vous avez reçu un virement.\nMontant : +3 600,00 €\nLibellé : ACOMPTE IFF-2027-017\nDate : 05/03/2027', 'IFF-2027-017'],
    ['nl bank, incoming payment with an end-to-end reference', 'Inkomende betaling op 4512 3601: + 29.163,72 EUR', 'KBC Business – melding inkomende betaling\nBedrag: + 29.163,72 EUR\nMededeling: +++918/3279/49345+++\nEnd-to-end referentie: F2027-0122', 'F2027-0122'],
    ['pt bank, transfer received', 'Alerta Millennium: transferência recebida', 'Movimento: Transferência recebida\nValor: +3357,90 €\nDescritivo: PAG FATURA IC-2027-016', 'IC-2027-016'],
    ['en Wave-like, a two-digit invoice number', 'Payment received for Invoice #58', 'Cobalt Ridge Ventures LP paid $6,400.00 USD for Invoice #58 on January 6, 2027.', '58'],
    ['en Zelle-like, the number in the memo', 'You received money with Zelle®', 'Red Mesa Coffee Roasters sent you money\n\nAmount: $2,706.25\nMemo: RD-2027-009\nDate: Apr 6, 2027', 'RD-2027-009'],
    ['remittance advice, "Your reference" column beside an invoice date', 'Remittance Advice - Northgate - Payment 7612816', 'Payment method: BACS\n\nYour reference    Invoice date    Amount\nSI-1043           08/04/2027      £1,116.00\n\nTotal paid: £1,116.00', 'SI-1043'],
    ['ch bank credit notification', 'Notification de crédit – compte CH56 0900 0000 1547 3820 6', "Un crédit a été comptabilisé sur votre compte d'affaires.\n\nDate de valeur : 23.12.2026\nMontant : CHF 2'796.55\nCommunication : Facture RE-00233", 'RE-00233'],
    ['fr avis de paiement table, number in the second column', 'Avis de paiement', 'Date | Facture | Montant\n12/11/2026 | FA-778 | 1 200,00 €', 'FA-778'],
  ])('%s', (_name, subject, text, number) => {
    expect(notice(subject, text)?.invoiceNumbers).toContain(number);
  });

  it('a client promising a payment is no notice of it', () => {
    expect(notice('RE: facture SR-27-016', 'Désolé pour le retard, la facture SR-27-016 sera payée le 30 juin.', 'jm@fondation.ch')).toBeNull();
    expect(notice('RE: Invoice INV-88', 'Invoice INV-88 will be paid on Friday.', 'ap@client.com')).toBeNull();
  });

  it('a failed direct debit is a payment taken back, not a payment', () => {
    expect(notice('Échec du paiement pour la facture F-1', 'Le prélèvement de 120,00 € pour la facture F-2026-0001 a échoué.')).toMatchObject({ reversed: true, invoiceNumbers: expect.arrayContaining(['F-2026-0001']) });
  });

  it('reads every row of a remittance advice table, and not the dates or amounts', () => {
    const read = notice('Remittance Advice – Payment 000457', 'Invoice No.   Invoice Date   Amount\nFF-1193       22/09/2026     €6,780.00\n1204          30/09/2026     €1,000.00\n\nThank you');
    expect(read?.invoiceNumbers).toEqual(['FF-1193', '1204']);
  });

  it.each([
    ['a refund', 'Refund processed', 'A refund of €50.00 for invoice INV-0042 was processed. Payment received earlier has been refunded.'],
    ['a receipt for something the user bought', 'Votre reçu TaskPilot n° 5082-8767', 'Merci pour votre paiement.\nReçu n° 5082-8767\nMontant payé 19,00 €\nFacture 2026-5082'],
    ['an invoice', 'Votre facture F-2026-0144', 'Bonjour, voici votre facture F-2026-0144 d’un montant de 3 898,80 €, à régler avant le 30/11/2026.'],
    ['a reminder', 'Rappel : facture F-2026-0144 impayée', 'La facture F-2026-0144 reste impayée.'],
    ['a notice naming no invoice', 'Payment received', 'You received a payment of €20.00.'],
    ['an invoicing platform telling the client it received an invoice (fr)', 'Vous avez reçu une facture de Atelier Dupont SARL', 'Atelier Dupont SARL vous a envoyé la facture FAC000231 d’un montant de 2 520,00 €.\n\nConditions de paiement : comptant.'],
    ['an invoice asking for a remittance advice', 'Invoice INV-0042 from Brightwater', 'Please pay £1,250.00 by 30 November and send remittance advice to accounts@brightwater.example.'],
    ['an invoicing platform telling the client it received an invoice (en)', "You've received an invoice from Brightwater Digital", 'Brightwater Digital sent you invoice INV-0042 for £1,200.00. Payment terms: cash on receipt.'],
  ])('is null for %s', (_name, subject, text) => {
    expect(notice(subject, text)).toBeNull();
  });

  it('reads a reply without what it quotes: an acknowledgement above a quoted reminder is no notice', () => {
    const reply = mail({
      subject: 'Re: Rechnung FC-2026-0618',
      from: 'client@client.example',
      text: 'Danke, ich gebe die Rechnung an unsere Buchhaltung weiter.\n\nAm 14.09.2026 schrieb Julien:\n> Wann dürfen wir mit dem Zahlungseingang für die Rechnung FC-2026-0618 rechnen?',
    });
    expect(readPaymentNotice(reply)).toBeNull();
  });

  it('still reads a forwarded notice whole', () => {
    const fwd = mail({
      subject: 'Fwd: Payment received',
      from: 'colleague@platform.example',
      text: '---------- Forwarded message ---------\nFrom: Stripe\nPayment received: Oakridge Ltd paid £2,400.00. Invoice INV-0042',
    });
    expect(readPaymentNotice(fwd)?.invoiceNumbers).toContain('INV-0042');
  });

  it('a cooperative\'s statement of the invoices it paid, and invoicing tools marking an invoice collected (fr, es)', () => {
    const releve = notice('Relevé de règlements CUMA - juin', 'Bonjour,\n\nCi-dessous le relevé des factures réglées par la CUMA ce mois-ci (virement groupé du 15/06/2026) :\n\n  Fournisseur          Facture        Montant\n  Ets Gosselin         FC261732     641,50\n  Garage Lemarchand    FC262624     2 769,38\n\nGérard, trésorier', 'cuma@coop.example');
    expect(releve?.invoiceNumbers).toContain('FC262624');
    expect(notice('Cobro registrado · Factura F260144', 'La factura F260144 de Hotel Baía Azul se ha marcado como cobrada. Importe cobrado: 28.035,80 €', 'notifications@holded.com')?.invoiceNumbers).toEqual(['F260144']);
    expect(notice('Facture F-88 encaissée', 'La facture F-88 a été marquée comme encaissée le 03/11.', 'notifications@tool.example')?.invoiceNumbers).toEqual(['F-88']);
  });

  it('reads a remittance table whose rows are paragraphs (an HTML table), and "pièces réglées"', () => {
    const table = notice('Avis de paiement / Remittance advice 2070580', 'Nous vous informons du règlement suivant par virement SEPA :\n\nFacture  Date  Montant\n\nUPG-0325/26  15/08/2026  €13,543.30\n\nUPG-0326/26  05/10/2026  €1,681.72\n\nTotal payé : €15,225.02', 'no-reply@remittance.example');
    expect(table?.invoiceNumbers).toEqual(['UPG-0325/26', 'UPG-0326/26']);
    const pieces = notice('Avis de paiement – Entreprise Rouvière', 'Avis de règlement fournisseur\n\nMode : LCR directe\n\nPièces réglées :\n  F26/0192    5 676,82 €\n\nTotal réglé : 5 676,82 €', 'compta@rouviere.example');
    expect(pieces?.invoiceNumbers).toEqual(['F26/0192']);
  });

  it('a card payment that succeeded after a retry, and a Belgian bank credit with its free communication', () => {
    expect(notice('Payment of $6,825.00 from Bluecairn succeeded', 'A payment of $6,825.00 from heather@bluecairn.example for invoice B7E24F1C-0050 succeeded after an automatic retry.', 'notifications@stripe.com')?.invoiceNumbers).toEqual(['B7E24F1C-0050']);
    // A failed payment is no payment: a notice of the payment taken back (it leaves the invoice due).
    expect(notice('Payment failed', 'The payment of $6,825.00 by heather@bluecairn.example for invoice B7E24F1C-0050 failed: card_declined.', 'notifications@stripe.com')).toMatchObject({ invoiceNumbers: ['B7E24F1C-0050'], reversed: true });
    expect(notice('Nieuwe creditering', 'Op 04-05-2026 werd een bedrag van € 3.342,02 op uw rekening BE47 7360 5512 3480 gecrediteerd.\n\nGestructureerde mededeling: +++202/6308/60340+++\nVrije mededeling: factuur INV/2026/00100', 'noreply@kbc.example')?.invoiceNumbers).toContain('INV/2026/00100');
  });

  it('Dutch bank credits and a Spanish confirming payment communication', () => {
    expect(notice('Bijschrijving', 'Er is een bijschrijving op uw rekening NL91 INGB…\n\nBedrag: € 1.760,00\nOmschrijving: Factuur JDW26020', 'notificaties@ing.example')?.invoiceNumbers).toEqual(['JDW26020']);
    expect(notice('€ 17.036,80 ontvangen', 'Je hebt € 17.036,80 ontvangen van BAKKERIJ VAN DONGEN.\nOmschrijving: JDW26019', 'no-reply@bunq.example')?.invoiceNumbers).toEqual(['JDW26019']);
    expect(notice('Comunicación de pago confirming - Conservas Portomar', 'Comunicación de pago a proveedor\n\nDocumentos incluidos en la orden:\n  Factura LUM-26-124   2.575,50 EUR', 'confirming@banco.example')?.invoiceNumbers).toEqual(['LUM-26-124']);
  });

  it('a bank credit line naming the reference without a label, a German "Gutschrift: …", an Italian reconciled collection', () => {
    expect(notice('Alerte : opération créditrice sur votre compte', 'Une opération créditrice a été enregistrée sur votre compte 0204186014 :\nVIR INST AGENCE LUMEN EVENTS 2026-05-0135  +7 524,00 €', 'alertes@banque.example')?.invoiceNumbers).toEqual(['2026-05-0135']);
    expect(notice('Kontowecker: Gutschrift 1.700,00 EUR', 'Gutschrift: 1.700,00 EUR\nZahlungspflichtiger: Transports Rivoire SARL\nVerwendungszweck: RECHNUNG RE-2026-0368 DANKE', 'info@bank.example')?.invoiceNumbers).toEqual(['RE-2026-0368']);
    expect(notice('Incasso registrato: fattura 60/2026', "La fattura 60/2026 intestata a Fiduciaria Lurati Sagl risulta saldata (CHF 5'980.00) in data 03/08/2026.", 'noreply@fatturo.example')?.invoiceNumbers).toEqual(['60/2026']);
  });

  it('an incoming international transfer, and a funder\'s advice whose column is headed "N° facture"', () => {
    expect(notice('Incoming international transfer', 'Incoming international transfer (MT103)\nAmount: JPY 1,531,300\nRemittance information: INV EXP-2026/047', 'alerts@bank.example')?.invoiceNumbers).toEqual(['EXP-2026/047']);
    const opco = notice('Avis de paiement AKTO – FORMAVIA', 'AKTO vous informe du règlement ci-dessous effectué par virement le 08/06/2026.\n\nN° facture     Dossier            Montants\nSUB26-061      PEC-2026672FB      facturé   3 920,00  réglé   3 920,00\n\nTotal réglé : 3 920,00 EUR', 'noreply@opco.example');
    expect(opco?.invoiceNumbers).toEqual(['SUB26-061']);
  });
});

describe('readPaymentNotice: buyers\' portals, Chorus Pro wordings and SWIFT codewords (held-out HA–HG)', () => {
  it('a buyer\'s portal "has issued a payment for the following invoice"', () => {
    const n = notice('Payment issued for invoice TYD-2026-074', 'Hello,\n\nOrbital Cloud Services has issued a payment for the following invoice:\nInvoice #: TYD-2026-074\nAmount: 7,140.00 EUR\nPayment date: 2026-09-07\n\nCoupa Supplier Portal', 'do_not_reply@orbitalcs.coupahost.com');
    expect(n?.invoiceNumbers).toEqual(['TYD-2026-074']);
    expect(n?.amount).toBe(7140);
  });

  it('Chorus Pro: "est passée au statut « Mise en paiement »"', () => {
    const n = notice('Chorus Pro : mise en paiement de la facture H26.CAL.06', 'Bonjour, La facture n° H26.CAL.06 déposée le 09/09/2026 par SANTONI ARCHITECTES à destination de Ville de Calvi est passée au statut « Mise en paiement » le 01/10/2026. Montant : 11 790,00 €', 'ne-pas-repondre@chorus-pro.gouv.fr');
    expect(n?.invoiceNumbers).toEqual(['H26.CAL.06']);
  });

  it('a SWIFT codeword before the reference: "Motif /RFB/1042"', () => {
    const n = notice('Avis de crédit – virement reçu 911,50 USD', 'Type  Virement SWIFT reçu    Date de valeur  23/09/2026    Montant  911,50 USD    Donneur d’ordre  BAYOU TANKERS CORP.    Motif  /RFB/1042 MT BAYOU SPIRIT', 'avis-operations@bank.example');
    expect(n?.invoiceNumbers).toEqual(['1042']);
  });

  it('a SWIFT codeword and a space before the reference, and the SWIFT message type is no reference: "Référence : /INV/ 1043 … (MT103)"', () => {
    const n = notice('Avis de crédit - virement reçu 140 000,00 €', "Avis de crédit\n\nDate de valeur : 23/10/2026\nMontant : 140 000,00 €\nDonneur d'ordre : HUDSON & VAIL PARTNERS\nRéférence : /INV/ 1043\nType : Virement SWIFT reçu (MT103)", 'avis-operations@bank.example');
    expect(n?.invoiceNumbers).toEqual(['1043']);
    const bare = notice('Avis de crédit - virement reçu 140 000,00 €', "Avis de crédit\n\nMontant : 140 000,00 €\nDonneur d'ordre : HUDSON & VAIL PARTNERS\nType : Virement SWIFT reçu (MT103)", 'avis-operations@bank.example');
    expect(bare?.invoiceNumbers ?? []).not.toContain('MT103');
  });

  it('a payment app: "Chloé Vidal vous a envoyé 8 277,50 €", with the invoice in its message; not "vous a envoyé une facture"', () => {
    const n = notice('Chloé vous a envoyé 8 277,50 €', 'Chloé Vidal vous a envoyé 8 277,50 €.\n\nMessage : « Facture TO-2026-250 merci pour tout !! »\n\nL’argent est disponible sur votre compte Lydia Pro.', 'noreply@lydia-app.com');
    expect(n).toMatchObject({ invoiceNumbers: ['TO-2026-250'], amount: 8277.5 });
    expect(notice('Facture LTO-7C3C-0059', 'Les Toques d’Oc vous a envoyé une facture.\n\nN° de facture : LTO-7C3C-0059\nMontant TTC : 3 546,62 €', 'invoice@stripe.com')).toBeNull();
  });

  it('a payer\'s remittance advice sent as a reply: "N° facture  Montant … Total viré : 2.698,68 EUR"', () => {
    const n = readPaymentNotice(mail({ subject: 'Re: Facture F-2026-02402 de Nord Intérim Services', from: 'ap.france@client.example', date: '2026-09-08', text: 'AVIS DE PAIEMENT / REMITTANCE ADVICE\nDate de valeur : 08/09/2026\nBénéficiaire : NORD INTERIM SERVICES\nN° facture        Montant\nF-2026-02402      2.698,68 EUR\nTotal viré : 2.698,68 EUR' }));
    expect(n).toMatchObject({ invoiceNumbers: ['F-2026-02402'], amount: 2698.68 });
  });

  it('a Swiss bank\'s "Auf Ihrem Konto wurde folgende Gutschrift verbucht … Mitteilung: Rechnung RE-02421"', () => {
    const n = notice('Gutschrift auf Ihrem Konto CH44 3199 9123 0008 8901 2', "Guten Tag\n\nAuf Ihrem Konto wurde folgende Gutschrift verbucht:\n\nBuchungsdatum: 11.11.2026\nBetrag: CHF 1'470.16\nAuftraggeber: HORLOGERIE MONTANDON SA\nMitteilung: Rechnung RE-02421", 'noreply@ubs.com');
    expect(n?.invoiceNumbers).toEqual(['RE-02421']);
  });

  it('a payment to be issued is no notice', () => {
    expect(notice('Payment scheduled', 'A payment will be issued for invoice TYD-2026-080 on 2026-12-01.')).toBeNull();
  });
});

describe('readPaymentNotice: Polish and German banks, bills of exchange (held-out IA–IG)', () => {
  it('mBank "uznanie rachunku" with a payment title naming a Polish invoice number shaped like a date', () => {
    expect(notice('mBank: uznanie rachunku', 'Uznanie rachunku PL61...1032\nKwota: 9 461,16 PLN\nNadawca: CERAMIKA BOLESŁAWIEC S.A.\nTytuł: ZAPLATA ZA FV 2026/04/28', 'powiadomienia@mbank.pl')?.invoiceNumbers).toEqual(['FV 2026/04/28']);
    expect(notice('mBank: uznanie rachunku', 'Uznanie rachunku PL61...1032\nKwota: 14 233,56 PLN\nTytuł: ZAPLATA ZA 52/07/2026', 'powiadomienia@mbank.pl')?.invoiceNumbers).toEqual(['52/07/2026']);
  });

  it('"Eingehende Überweisung" passes the prefilter; "RE RE1050" is the number after an abbreviation', () => {
    expect(notice('Eingehende Überweisung: 4.200,00 €', 'Sie haben eine Überweisung von Wiener Bildwerk GmbH erhalten. Betrag: 4.200,00 € Verwendungszweck: RE-2026-02089 Wiener Bildwerk', 'notifications@bank.example')?.invoiceNumbers).toEqual(['RE-2026-02089']);
    expect(notice('Kontoalarm: Gutschrift eingegangen', 'Auf Ihrem Konto ist eine Gutschrift eingegangen.\nBetrag: 1.368,50 EUR\nVerwendungszweck: RE RE1050 DANKE', 'kontoalarm@bank.example')?.invoiceNumbers).toEqual(['RE1050']);
  });

  it('a bill of exchange paid at its due date: "Référence tireur : RLV2607-085 … Statut : PAYÉ"', () => {
    const n = notice('Remise LCR – effet payé à échéance 01/10/2026', "Nous vous informons du paiement à échéance de l'effet suivant :\n  Tiré : Intermarché Concarneau\n  Référence tireur : RLV2607-085\n  Montant : 4 758,30 €\n  Statut : PAYÉ\n\nLe montant a été porté au crédit de votre compte.", 'effets@bank.example');
    expect(n?.invoiceNumbers).toEqual(['RLV2607-085']);
  });
});

describe('readPaymentNotice: Flemish and French banks (held-out JA–JG)', () => {
  it('"Ontvangen betaling" and Qonto\'s "Nouvelle transaction entrante"', () => {
    expect(notice('Ontvangen betaling – Scholengroep Leieland', 'ING Alert\n\nOntvangen: EUR 1.727,76\nTegenpartij: Scholengroep Leieland\nOmschrijving: 2026/0153', 'alerts@bank.example')?.invoiceNumbers).toEqual(['2026/0153']);
    expect(notice('Nouvelle transaction entrante', 'Bonjour Yanis,\n\n+338,00 € de Chloé Garnier\nRéférence : F2026-0035\nLe 11 juin 2026', 'noreply@bank.example')?.invoiceNumbers).toEqual(['F2026-0035']);
  });
});

describe('readPaymentNotice: the CESU refund centre paying a remittance (held-out DQ)', () => {
  it('"Centre de Remboursement du CESU" names its sender, no refund; a refund notice is still none', () => {
    const text = "Madame, Monsieur,\n\nNous vous informons du paiement de votre remise de titres CESU préfinancés.\nMontant crédité : 208,00 EUR\nRéférence indiquée par l'intervenant : facture CR-2026-168 – Gaëlle Laurent\nDate de valeur : 09/11/2026\n\nCentre de Remboursement du CESU";
    expect(notice('Avis de paiement CESU – remise n° 456287', text, 'ne-pas-repondre@crcesu.example')?.invoiceNumbers).toEqual(['CR-2026-168']);
    expect(notice('Avis de remboursement', 'Nous avons procédé au remboursement de votre paiement.\nRéférence : facture CR-2026-169', 'noreply@bank.example')).toBeNull();
  });
});

describe('readPaymentNotice: money received in yuan, yen or rupees (held-out CS)', () => {
  it('"You received ¥9,495.83" names its reference', () => {
    expect(notice('You received ¥9,495.83', 'Hi Julien,\n\nYou received 人民币 9,495.83 元 from 深圳华葡进出口有限公司.\nReference: CN26-302\nDate: 18 July 2026', 'noreply@wise.example')?.invoiceNumbers).toEqual(['CN26-302']);
    expect(notice('You received INR 48,000.00', 'You received INR 48,000.00 from Mehta Exports.\nReference: F-2026-044', 'noreply@wise.example')?.invoiceNumbers).toEqual(['F-2026-044']);
  });
});

describe('readPaymentNotice: payments taken back (held-out KA–KG)', () => {
  it('a chargeback names the invoice whose payment was taken back', () => {
    const n = notice('Paiement contesté (chargeback) par Chocolaterie Meurisse', "Chocolaterie Meurisse a contesté auprès de sa banque le paiement INV-2026-053 (€540.00). Les fonds ont été repris sur votre solde GoCardless.", 'help@gocardless.example');
    expect(n).toMatchObject({ invoiceNumbers: ['INV-2026-053'], reversed: true });
  });

  it("a client's reply disputing an invoice is no notice", () => {
    expect(notice('RE: Facture F-12', 'Nous contestons le paiement de la facture F-12 : la prestation est incomplète.', 'client@client.example')).toBeNull();
  });
});

describe('readPaymentNotice: a signed credit (held-out MD)', () => {
  it('"Gutschrift: +10.796,87 EUR" with the reference on its own line', () => {
    expect(notice('Kontowecker: Neuer Umsatz auf Ihrem Konto', 'auf Ihrem Konto wurde folgender Umsatz gebucht:\nBuchungstag: 22.06.2026\nGutschrift: +10.796,87 EUR\nAuftraggeber: IMMOBILIENVERWALTUNG DREISAM GMBH\nVerwendungszweck: RE-2026-0124', 'kontowecker@bank.example')?.invoiceNumbers).toEqual(['RE-2026-0124']);
  });
});

describe('readPaymentNotice: an amount received in dollars (held-out LA)', () => {
  it('"Vous avez reçu $1,624.00" and "Transfert entrant" with the invoice as reference', () => {
    expect(notice('Vous avez reçu $1,624.00', 'Transfert entrant  Cobblestone Books Inc. vous a envoyé  $1,624.00 .  Référence : Facture LEM8922', 'no-reply@bank.example')).toMatchObject({ invoiceNumbers: ['LEM8922'], amount: 1624, currency: 'USD' });
  });
});

describe('readPaymentNotice: a reference ending its sentence (held-out OD)', () => {
  it('"for request #CR-2026-133." with the full stop after the number', () => {
    expect(notice('Payment received from Voz & Tela Comunicação', 'Dear Camille,  You received a payment of R$1,902.00 from Voz & Tela Comunicação for request #CR-2026-133.', 'no-reply@payoneer.example')).toMatchObject({ invoiceNumbers: ['CR-2026-133'], amount: 1902 });
  });
});

describe('readPaymentNotice: a third party paying (held-out PC)', () => {
  it('a holding\'s or a leaser\'s advice with a "Pièce réglée" column names the invoices it pays', () => {
    const text = 'Madame, Monsieur,\n\nNous vous informons du règlement suivant par virement SEPA, valeur 18/11/2026 :\n\nBénéficiaire : Hauts-de-France IT Solutions SAS\nRéférence avis : AVP902277\n\nPièce réglée      Montant\nFA-20377          14 968,80 €\n';
    expect(notice('la holding - avis de règlement fournisseur', text, 'tresorerie@holding.example')?.invoiceNumbers).toContain('FA-20377');
  });
});

describe('readPaymentNotice: grouped transfers (held-out QB)', () => {
  it('"Avis de paiements groupés" lists the invoices it pays', () => {
    const n = notice('Avis de paiements groupés', 'Avis de virement groupé\nDate de valeur : 16/11/2026\n\nFacture            Montant\nRG26-00412         1 720,56\nRG26-00413         1 151,28\nTotal              2 871,84 EUR', 'remittance@buyer.example');
    expect(n?.invoiceNumbers).toEqual(expect.arrayContaining(['RG26-00412', 'RG26-00413']));
  });
});

describe('readPaymentNotice: a Czech bank\'s credit (held-out SE)', () => {
  it('"Příjem na konto" with the variable symbol "VS" naming the invoice', () => {
    expect(notice('Fio banka - příjem na konto', 'Příjem na konto: 2901447811\nČástka: 234 525,00 CZK\nVS: 20260125\nZpráva příjemci: uhrazeno fa 20260125', 'automat@bank.example')).toMatchObject({ invoiceNumbers: ['20260125'], amount: 234525, currency: 'CZK' });
  });
});

describe('readPaymentNotice: a direct debit collected (held-out TE)', () => {
  it('"Le prélèvement de … a été encaissé", "collecté avec succès" with the invoice as reference', () => {
    const n = notice('Le prélèvement de Librairie-Café Les Volets Verts a été encaissé', "Bonjour,  Le paiement de  1 447,46 €  de Librairie-Café Les Volets Verts (référence BDP-26-0401) a été collecté avec succès et sera versé sur votre compte sous 2 jours ouvrés.", 'notifications@debits.example');
    expect(n).toMatchObject({ invoiceNumbers: ['BDP-26-0401'], amount: 1447.46 });
  });
});

describe('readPaymentNotice: a payment planned is no notice (held-out TG)', () => {
  it('"the invoice to be paid by 17.06.2026 at the latest" announces a payment to come', () => {
    expect(notice('Re: Invoice CRX-26-0315', 'Dear colleagues, We expect the funds from the project account to be available and the invoice to be paid by 17.06.2026 at the latest.', 'admin@university.example')).toBeNull();
  });
});

describe('readPaymentNotice: lists after a word (held-out WA)', () => {
  it('"Libellé : VIR ES26-510, FAC-001210" and "Référence : PAIEMENT F2026-0368+2026/099" name every invoice', () => {
    expect(notice('Vous avez reçu 4 745,28 €', 'Virement reçu\n+4 745,28 €\nDe : CITÉ DES CONGRÈS ATLANTIQUE\nLibellé : VIR ES26-510, FAC-001210', 'notifications@shine.fr')?.invoiceNumbers).toEqual(['ES26-510', 'FAC-001210']);
    expect(notice("Virement reçu de CHF 9'402.50", "Vous avez reçu un virement de CHF 9'402.50.\nRéférence : PAIEMENT F2026-0368+2026/099", 'notifications@qonto.com')?.invoiceNumbers).toEqual(['F2026-0368', '2026/099']);
  });
});

describe('readPaymentNotice: Spanish platforms (held-out XB)', () => {
  it('Wise "Has recibido dinero … te ha enviado MXN 86,420.20" and PayPal "la factura nº INV2-…" are notices with their numbers', () => {
    expect(notice('Has recibido MXN 86,420.20', 'Has recibido dinero  Fundación Tierra Viva México te ha enviado MXN 86,420.20.  Referencia: LT26/189', 'noreply@wise.com')?.invoiceNumbers).toEqual(['LT26/189']);
    expect(notice('Pago recibido por la factura nº INV2-M7HW-7W5A-9YRC', 'Hola: Editorial Pampa Libros S.R.L. ha pagado la factura nº INV2-M7HW-7W5A-9YRC.  Importe: USD 3,049.08 USD', 'service@paypal.fr')?.invoiceNumbers).toEqual(['INV2-M7HW-7W5A-9YRC']);
  });
});

describe('held-out ZA–ZG: a marketplace payout, a bank\'s statement of bills paid at maturity', () => {
  it('"Your payout of €13,032.14 is on its way" lists the invoices it pays', () => {
    const text = 'Hello Alpinor Distribution,\n\nYour payout of €13,032.14 is on its way to your bank account ending in 2174.\n\nOrders included in this payout:\n- Order #WH-680857 – Alta Quota Sport S.r.l. – invoice ALP-2026-0415 – €6,384.13\n- Order #WH-948017 – Kärntner Alpinsport OG – invoice ALP-2026-0423 – €6,648.01\n\nPayouts usually arrive within 2–3 business days.';
    expect(notice('Your Wholeshelf payout of €13,032.14 is on its way', text, 'payouts@wholeshelf.example')).toMatchObject({ invoiceNumbers: ['ALP-2026-0415', 'ALP-2026-0423'] });
  });

  it('"Relevé des LCR payées à échéance … Réf. tireur : FC26-01041 … PAYE" pays that invoice', () => {
    const text = 'Relevé des LCR payées à échéance du 11/07/2026\n\nTiré : GAEC du Pech Blanc  Réf. tireur : FC26-01041  Montant : 6 944,52 €  PAYE\n\nTotal remise : 6 944,52 €';
    expect(notice('Remise LCR - effets payés', text, 'ne-pas-repondre@banque.example')).toMatchObject({ invoiceNumbers: ['FC26-01041'], amount: 6944.52 });
  });
});

describe('held-out ZO–ZU: a German bank\'s credit advice, a reverse-factoring notice', () => {
  it('"Gutschriftsanzeige … Verwendungszweck: RE F26-2295" pays that invoice', () => {
    const text = 'Gutschriftsanzeige\n\nBuchungstag: 04.11.2026\nWertstellung: 04.11.2026\nAuftraggeber: BODENSEE AERO SYSTEMS GMBH\nVerwendungszweck: RE F26-2295 KD-NR 100678\nBetrag: 738,72 EUR';
    expect(notice('Gutschriftsanzeige – Konto DE21 5004 0000 0654 3210 00', text, 'kontoinformation@bank.example')).toMatchObject({ invoiceNumbers: ['F26-2295'], amount: 738.72 });
  });

  it('a confirming notice announces a payment at a due date to come: no payment yet', () => {
    const text = 'Estimado proveedor:\n\nComponentes Aeronáuticos Getafe S.A. nos ha remitido para su pago mediante confirming las siguientes facturas:\n\n  Factura FA-2026-0420   Importe 13.400,00 EUR   Vencimiento 25/12/2026\n\nSi desea anticipar el cobro, acceda a Santander Confirming Net.';
    expect(notice('Comunicación de pago confirming – Componentes Aeronáuticos Getafe S.A.', text, 'confirming@bank.example')).toBeNull();
  });
});


describe('held-out TH, TN, TL: a Dutch promise, Payconiq in Luxembourgish, Wise', () => {
  it('a client\'s "De factuur VDM-26-129 wordt betaald op 8 december 2026" promises: no notice', () => {
    expect(readPaymentNotice(mail({ subject: 'Re: Factuur VDM-26-129', text: 'Beste,\nDe factuur VDM-26-129 wordt betaald op 8 december 2026.\nMet vriendelijke groeten', from: 'pieter@dekaai.example', date: '2026-11-18' }))).toBeNull();
  });

  it('"Bezuelung kritt – Payconiq … Message: Rechnung LAV-2026-0153" pays that invoice', () => {
    const text = 'Payconiq by Bancontact\n\nDir hutt eng Bezuelung vun EUR 3.196,44 kritt.\nVun: Nadine Kieffer\nMessage: Rechnung LAV-2026-0153\nDatum: 02.06.2026';
    expect(notice('Bezuelung kritt – Payconiq', text, 'no-reply@payconiq.lu')).toMatchObject({ invoiceNumbers: ['LAV-2026-0153'], amount: 3196.44 });
  });

  it('Wise\'s "You\'ve received USD 6,650.00 from … Reference: 1191" pays invoice 1191', () => {
    const text = 'Hi Kapteo SAS,\n\nMaple & Finch Retail sent you USD 6,650.00 by ACH.\n\nReference: 1191\nReceived: October 14, 2026\n\nThe money is now in your USD balance.';
    expect(notice("You've received USD 6,650.00 from Maple & Finch Retail", text, 'noreply@wise.com')).toMatchObject({ invoiceNumbers: ['1191'], amount: 6650, currency: 'USD' });
  });
});

describe('held-out SK, SH: a vendor portal\'s status change; a reminder is no notice', () => {
  it('"The status of your invoice F202610-140 (120,00 EUR) has been changed to: Paid." pays it', () => {
    const text = 'Dear Léa Marchetti,\n\nThe status of your invoice F202610-140 (120,00 EUR) has been changed to: Paid.\nPayment date: 2026-10-26\n\nThis is an automatic message from the XTRF vendor portal.';
    expect(notice('Invoice F202610-140 – status changed to PAID', text, 'noreply@agency.example')).toMatchObject({ invoiceNumbers: ['F202610-140'], amount: 120 });
  });
  it('"la fattura … non è stata pagata" (a reminder) is no notice', () => {
    const text = 'Spett.le ditta,\n\nnonostante i solleciti la fattura 2026/931-A3 (12.942,00 €) non è stata pagata. In mancanza di pagamento entro 8 giorni procederemo per vie legali.';
    expect(readPaymentNotice(mail({ subject: 'RE: Fattura 2026/931-A3', text, from: 'claire@standandco.example', date: '2026-11-17' }))).toBeNull();
  });
});

describe('held-out ON: Chorus Pro "est passé à « MISE EN PAIEMENT »"', () => {
  it('pays the invoice it names', () => {
    const text = 'Bonjour,\n\nLe statut de la facture n° FV-26-04375 déposée par BIO SEINE DISTRIBUTION (SIRET 81244709300026) à destination de MAIRIE DE BOIS-GUILLAUME est passé à « MISE EN PAIEMENT » le 18/09/2026.\nMontant : 7 340,50 €';
    expect(notice('[Chorus Pro] Changement de statut de la facture FV-26-04375 : Mise en paiement', text, 'ne-pas-repondre@chorus-pro.gouv.fr')).toMatchObject({ invoiceNumbers: ['FV-26-04375'], amount: 7340.5 });
  });
});

describe('held-out NL: a developer paying a subcontractor directly', () => {
  it('"vous informe avoir procédé ce jour au virement de 10.419,17 EUR" pays the invoice its subject names', () => {
    const text = "Madame, Monsieur,\n\nEn application de l'article 6 de la loi n°75-1334 du 31 décembre 1975 (paiement direct du sous-traitant), SCCV Confluence Rive Gauche vous informe avoir procédé ce jour au virement de 10.419,17 EUR au titre de vos travaux en régie.";
    const n = notice('Paiement direct sous-traitant – FA26-1176', text, 'i.roux@confluence.example');
    expect(n).toMatchObject({ amount: 10419.17 });
    expect(n?.invoiceNumbers).toContain('FA26-1176');
  });
});

describe('readPaymentNotice: a SWIFT codeword as the reference\'s only label (held-out MM)', () => {
  it('"Remittance information: /INV/RCS-26-0450" names the invoice', () => {
    const text = 'CREDIT ADVICE\nValue date: 16/11/2026\nAmount credited: 9 575,00 €\nIntermediary bank charges deducted: 25.00 EUR\nOrdering customer: RIVA OCEAN MANAGEMENT SARL\nRemittance information: /INV/RCS-26-0450';
    expect(notice('Avis de crédit – virement international reçu', text, 'alertes@bank.example')).toMatchObject({ invoiceNumbers: ['RCS-26-0450'], amount: 9575, currency: 'EUR' });
    expect(notice('Avis de crédit', 'CREDIT ADVICE\nAmount credited: 6 575,00 USD\nRemittance information: /INV/1199', 'alertes@bank.example')?.invoiceNumbers).toEqual(['1199']);
  });
});

describe('readPaymentNotice: another invoice paid is no notice of this one (held-out BL)', () => {
  it('"Cette facture fait doublon avec une facture déjà payée en juin" is none', () => {
    expect(notice('RE: Formalp – facture FA-FR-26049', 'Bonjour,\nCette facture fait doublon avec une facture déjà payée en juin. Nous la bloquons en attendant vos explications.', 'pharmacie@client.example')).toBeNull();
  });
  it('"La facture FA-FR-26049 a été payée" still is one', () => {
    expect(notice('Paiement', 'Bonjour,\nLa facture FA-FR-26049 a été payée ce jour.')?.invoiceNumbers).toEqual(['FA-FR-26049']);
  });
});

describe('readPaymentNotice: a payer portal\'s "Payment sent" (held-out VR)', () => {
  it('"A payment has been sent to Pixel Garrigue SAS … Invoices included: PG-2026-0327" is a notice', () => {
    expect(
      notice('Payment sent: USD 25,000.00 from Harborlight Games Inc.', 'A payment has been sent to Pixel Garrigue SAS.\n\nPayer: Harborlight Games Inc.\nPayment amount: USD 25,000.00\nPayment method: Wire transfer\n\nInvoices included:\n  PG-2026-0327   USD 25,000.00\n\nTipalti Supplier Hub', 'noreply@tipalti.com'),
    ).toMatchObject({ invoiceNumbers: ['PG-2026-0327'], amount: 25000 });
  });
});

describe('readPaymentNotice: a bank\'s advice of cheques paid in (held-out UQ)', () => {
  it('"Avis de remise de chèques" names the invoices of its cheques', () => {
    expect(
      notice('Avis de remise de chèques du 28/11/2026', 'Avis de remise de chèques\n\nRemise n° 4286619 du 28/11/2026 – agence Lille Vauban\n\n1  Chèque n° 3436632  KVC Wervik Jeugd                        Fact. F2026-120  450,83 €\n2  Chèque n° 6098245  Gym Club Hazebrouck                     Fact. IDN-26-0242  277,38 €\n\nNombre de chèques : 2\nMontant total de la remise : 728,21 €', 'ne-pas-repondre@cmne.fr')?.invoiceNumbers,
    ).toEqual(['F2026-120', 'IDN-26-0242']);
  });
});

describe('readPaymentNotice: Portuguese notices (held-out TQ)', () => {
  it('Wise\'s "Você recebeu R$ 6.300,00 de …" is a notice', () => {
    expect(notice('Você recebeu R$ 6.300,00', 'Olá Tejo Digital,\n\nVocê recebeu R$ 6.300,00 de Clínica Carioca Saúde.\n\nReferência: FT 2026/360\nO valor já está disponível no seu saldo em BRL.', 'noreply@wise.com')).toMatchObject({ amount: 6300, currency: 'BRL' });
  });
});

describe('readPaymentNotice: Stripe in French (held-out RU)', () => {
  it('"Paiement de 93,00 € reçu de …" / "Paiement réussi" is a notice', () => {
    expect(notice('Paiement de 93,00 € reçu de Ioana Popescu', 'Paiement réussi\n\n93,00 € de ioana.popescu92@yahoo.com\nFacture TJP354C-0046\nMoyen de paiement : Visa •••• 4765', 'notifications@stripe.com')).toMatchObject({ invoiceNumbers: ['TJP354C-0046'], amount: 93 });
  });
});

describe('readPaymentNotice: buyer portals announcing a payment (held-out LR, LT)', () => {
  it('Tipalti\'s "… has initiated a payment of €13,883.80. Invoices paid: 10-26-0122" is a notice', () => {
    expect(notice('Payment sent by Kvarts Software Oy', 'Hello LinguaLyon SARL,\n\nKvarts Software Oy has initiated a payment of €13,883.80.\nInvoices paid: 10-26-0122\nExpected arrival: 2-4 business days.\n\nTipalti Supplier Hub', 'no-reply@tipalti.com')).toMatchObject({ invoiceNumbers: ['10-26-0122'], amount: 13883.8 });
  });
  it('Ariba\'s "Payment remittance from … for invoice 1263" / "has sent you a remittance advice" is a notice', () => {
    expect(notice('Payment remittance from Lumen Biotech SA for invoice 1263', 'Lumen Biotech SA has sent you a remittance advice.\n\nInvoice number: 1263\nPayment amount: CHF 11250.00\nPayment date: 2026-07-18\nPayment method: Wire transfer', 'ordersender-prod@ansmtp.ariba.com')).toMatchObject({ invoiceNumbers: ['1263'], amount: 11250 });
  });
});

describe('held-out KU: Chorus Pro « Statut : MISE_EN_PAIEMENT », « a été mise en paiement par la structure destinataire »', () => {
  it('reads the invoice and its amount', () => {
    const text = 'Bonjour,\n\nLa facture n° F-2026-00325 d’un montant de 470,83 € déposée sur Chorus Pro a été mise en paiement par la structure destinataire (Université Savoie Mont Blanc – Laboratoire LLSETI).\nStatut : MISE_EN_PAIEMENT\nDate : 21/11/2026\n\nCeci est un message automatique, merci de ne pas y répondre.';
    expect(notice('Chorus Pro – Mise en paiement de la facture F-2026-00325', text, 'ne-pas-repondre@chorus-pro.gouv.fr')).toMatchObject({ invoiceNumbers: ['F-2026-00325'], amount: 470.83 });
    expect(notice('Chorus Pro – facture F-2026-00325', 'Statut : MISE_EN_PAIEMENT\nFacture n° F-2026-00325', 'ne-pas-repondre@chorus-pro.gouv.fr')?.invoiceNumbers).toEqual(['F-2026-00325']);
  });
});

describe('held-out GU: a SEPA debit names the mandate and the end-to-end reference', () => {
  it('reads the end-to-end reference, not the mandate reference', () => {
    const text = 'Bonjour,\n\nVotre remise de prélèvements SEPA CORE a été exécutée.\n\nDébiteur : Hôtel-Restaurant Les Mouettes\nRéférence de mandat : RUM-ML-542\nRéférence de bout en bout : ML26-1460\nMontant : 6 555,09 €\nStatut : payé';
    expect(notice('Remise de prélèvements SEPA exécutée – échéance 24/08/2026', text, 'prelevements@cmb.fr')).toMatchObject({ invoiceNumbers: ['ML26-1460'], amount: 6555.09 });
  });
});

describe("readPaymentNotice: a practice tool's reconciliation and a portal's glued series (held-out XW, YV)", () => {
  it("« Un règlement de 1 920,80 ILS a été rapproché de la note d'honoraires NH26/0787 » is a payment of that note", () => {
    expect(notice('Règlement enregistré – NH26/0787', "Un règlement de 1 920,80 ILS a été rapproché de la note d'honoraires NH26/0787 (Negev Solar Ltd) le 22/11/2026.\nSolde restant dû : 0,00\n\nSecib Online", 'no-reply@secib.fr')).toMatchObject({ invoiceNumbers: ['NH26/0787'], amount: 1920.8, currency: 'ILS' });
  });
  it('« FAC02066 — 4 170,00 EUR — Statut : Payée » names FAC02066 whole', () => {
    expect(notice('Statut de vos factures : payée(s)', 'Le statut des factures suivantes déposées sur le portail fournisseurs de Groupe Radiologie Garonne a changé :\n\nFAC02066 — 4 170,00 EUR — Statut : Payée le 21/07/2026', 'noreply@esker.com')?.invoiceNumbers).toContain('FAC02066');
  });
});

describe('readPaymentNotice: Chorus Pro « est passé à : MISE EN PAIEMENT », an Ariba « Zahlungsavis » table (held-out WY, WW)', () => {
  it('a status « passé à : » with its colon is a payment', () => {
    expect(notice('[Chorus Pro] Changement de statut de votre facture FA26-00429', 'Le statut de la facture FA26-00429 déposée le 27/09/2026 à destination de VILLE D’ÉCHIROLLES est passé à : MISE EN PAIEMENT.\n\nMontant TTC : 32 245,87 EUR', 'ne-pas-repondre@chorus-pro.gouv.fr')?.invoiceNumbers).toEqual(['FA26-00429']);
  });
  it('« Rechnungsnummer » heading a column, or labelling its number, names the invoice', () => {
    expect(notice('Kessler Arzneimittel GmbH hat Ihnen eine Zahlungsavis gesendet', 'Zahlungsavis / Remittance Advice\n\nZahlungsdatum: 24.08.2026\n\nRechnungsnummer   Betrag\n26100235        42,865.00 EUR', 'ordersender-prod@ansmtp.ariba.com')).toMatchObject({ invoiceNumbers: ['26100235'], amount: 42865 });
    expect(notice('Kessler Arzneimittel GmbH hat Ihnen eine Zahlungsavis gesendet', 'Rechnungsnummer: 26100235\nBetrag: 42,865.00 EUR', 'ordersender-prod@ansmtp.ariba.com')?.invoiceNumbers).toEqual(['26100235']);
  });
});

describe('readPaymentNotice: a bank confirming notice pays at its maturity (held-out TV)', () => {
  const confirming = (due: string) =>
    notice('Aviso de pago confirming - Mercados Frescos del Norte SL', `Estimado proveedor:\nLe comunicamos que Mercados Frescos del Norte SL ha ordenado a través de BBVA Confirming el pago de las siguientes facturas a favor de COFRUIRO:\nFactura        Importe        Vencimiento\nCFR1235      18.534,35 €      ${due}\nEl abono se realizará en la cuenta FR76 **** **** 7890 142 en la fecha de vencimiento.`, 'avisos@notificaciones.bbva.es');
  it('is a payment dated on the maturity day', () => {
    expect(confirming('31/08/2026')).toMatchObject({ invoiceNumbers: ['CFR1235'], date: '2026-08-31', amount: 18534.35 });
    expect(confirming('25/12/2026')?.date).toBe('2026-12-25');
  });
});

describe("readPaymentNotice: an invoicing tool's logged payment, URSSAF's avance immédiate (held-out BW, CV)", () => {
  it("« Un paiement a été enregistré pour la facture INV-001085 » is a payment of it", () => {
    expect(notice('Paiement enregistré pour la facture INV-001085', 'Bonjour,\n\nUn paiement a été enregistré pour la facture INV-001085.\n\nMontant : 5 350,00 $\nSolde restant : 0,00', 'notifications@zohoinvoice.com')).toMatchObject({ invoiceNumbers: ['INV-001085'], amount: 5350 });
    expect(notice('Payment recorded for invoice INV-001085', 'A payment of $5,350.00 has been recorded for invoice INV-001085.')?.invoiceNumbers).toEqual(['INV-001085']);
  });
  it('a card kept on file is no payment', () => {
    expect(notice('Votre compte', 'Votre moyen de paiement enregistré pour la facture F-12 expire bientôt.')).toBeNull();
  });
  it("URSSAF's « demande de paiement … validée par votre client » pays the invoice", () => {
    expect(notice('Avance immédiate : paiement de la demande F2609-1042', 'Bonjour,\n\nLa demande de paiement relative à la facture F2609-1042 pour Mme Paulette Roux a été validée par votre client.\nLe montant de 594,00 € sera versé sur votre compte sous 4 jours ouvrés.', 'ne-pas-repondre@urssaf.fr')).toMatchObject({ invoiceNumbers: ['F2609-1042'], amount: 594 });
  });
  it('a client saying the invoice « quedará pagada el 5 de diciembre » sends no notice', () => {
    expect(notice('RE: Factura FA26-00641', 'Hola Julien,\n\nLa factura FA26-00641 quedará pagada el 5 de diciembre de 2026.', 'fcontreras@tierraroja.cl')).toBeNull();
  });
});

describe('readPaymentNotice: public payers and Swiss banks (held-out LY, LZ, MX)', () => {
  it('"MANDAT 2026-00871 COMMUNE GEISPOLSHEIM FAC/2026/0380" names the invoice with its series', () => {
    const text = "Nous vous informons qu'un virement a été crédité sur votre compte n° 00020456701.\n\nDate de valeur : 07/10/2026\nMontant : 1 800,00 EUR\nDonneur d'ordre : DRFIP GRAND EST - TRESORERIE ILLKIRCH\nLibellé : MANDAT 2026-00871 COMMUNE GEISPOLSHEIM FAC/2026/0380";
    expect(notice('Avis de crédit - Virement reçu DGFIP TRESORERIE ILLKIRCH', text, 'avis@creditmutuel.example')?.invoiceNumbers).toContain('FAC/2026/0380');
  });

  it('an account number after its currency in the subject is no amount (« compte CHF 0076 2011 6238 »)', () => {
    const text = "Avis de crédit\n\nCompte : CH93 0076 2011 6238 5295 7\nDate valeur : 03.12.2026\nMontant : CHF 2'150.40\nDonneur d'ordre : HELVETIA BIOTECH SA, GENEVE\nCommunication : Facture LY-2026-0333";
    expect(notice('Avis de crédit – compte CHF 0076 2011 6238', text, 'alertes@bank.example')).toMatchObject({ invoiceNumbers: ['LY-2026-0333'], amount: 2150.4, currency: 'CHF' });
  });

  it('a status change is no denial for a word cut off before it (« COMMUNE DE REZE (SIRET …), a changé de statut : MISE EN PAIEMENT »)', () => {
    const text = 'Bonjour,\n\nLa facture n° FA-2026-0402 déposée le 25/09/2026, destinataire : COMMUNE DE REZE (SIRET 214 401 432 00015), a changé de statut : MISE EN PAIEMENT.\nMontant : 133,04 € TTC';
    expect(notice('Chorus Pro - Mise en paiement de la facture FA-2026-0402', text, 'ne-pas-repondre@chorus-pro.example')).toMatchObject({ invoiceNumbers: ['FA-2026-0402'], amount: 133.04 });
  });
});

describe('readPaymentNotice: an auction house\'s vendor settlement advice (held-out PZ)', () => {
  it('"Vendor Settlement Advice … Invoice ref. VFA-26-0291 … Total remitted by wire" pays the invoice', () => {
    const text = 'MARLOWE HOUSE AUCTIONS\nVendor Settlement Advice\n\nPayee: Vernet Fine Art Transport SAS\nSettlement date: November 18, 2026\n\nInvoice ref.      Description                 Amount\nVFA-26-0291       Shipping lot 211           USD 6,420.00\n\nTotal remitted by wire: USD 6,420.00';
    expect(notice('Settlement advice - Vernet Fine Art Transport SAS - USD 6,420.00', text, 'no-reply@ap.auctions.example')).toMatchObject({ invoiceNumbers: ['VFA-26-0291'], amount: 6420, currency: 'USD' });
  });
});

describe('readPaymentNotice: "Invoices included:" (held-out OX)', () => {
  it('a Tipalti payment names the invoice it includes beside its own reference', () => {
    const text = 'Hello Babel Pixel Localisation SAS,\n\nRedwood Arcade Inc. has sent you a payment via Tipalti.\n\nPayment amount: USD 21,300.00\nPayment reference: TPL-88431207\nInvoices included: BP-2026-0446\nExpected arrival: 2-3 business days';
    expect(notice('You have received a payment from Redwood Arcade Inc.', text, 'no-reply@tipalti.example')?.invoiceNumbers).toContain('BP-2026-0446');
  });
});

describe('readPaymentNotice: a factor\'s notice, and questions (held-out AAV)', () => {
  it('« Nous avons reçu le règlement de votre débiteur … pour la facture F-2026-0471 » pays it', () => {
    const text = 'Bonjour,\n\nNous avons reçu le règlement de votre débiteur TRIER BAUSTOFFE GMBH pour la facture F-2026-0471 (3 780,00 €). Le solde de réserve correspondant sera libéré lors du prochain relevé.';
    expect(notice('Eurofactor – encaissement créance F-2026-0471', text, 'releves@factor.example')).toMatchObject({ invoiceNumbers: ['F-2026-0471'], amount: 3780 });
  });

  it('a payment asked about is no notice: « Est-ce que le client a payé la facture F-2026-0471 ? »', () => {
    expect(notice('Re: facture F-2026-0471', 'Est-ce que le client a payé la facture F-2026-0471 ?', 'sandrine@atelier.example')).toBeNull();
  });

  it('« a » before a town is no « a viré »: « je passe a Vire »', () => {
    expect(notice('RE: Votre facture FA2026-0352', 'ok je vous fais un cheque vendredi prochain quand je passe a Vire', 'gaec@orange.example')).toBeNull();
  });
});

describe('readPaymentNotice: « Vous avez reçu CHF 1\'485.00 » (held-out ACW)', () => {
  it('a sum received in a currency written by its code names the invoice of its reference', () => {
    const text = "Bonjour Claire,\n\nFondation Helvetica Santé vous a envoyé CHF 1'485.00.\nRéférence du paiement : MI-2026-081\n\nL'argent est disponible sur votre compte CHF.";
    expect(notice("Vous avez reçu CHF 1'485.00", text, 'noreply@wise.example')).toMatchObject({ invoiceNumbers: ['MI-2026-081'], amount: 1485, currency: 'CHF' });
  });
});

describe('readPaymentNotice: Nordic notices (held-out AEX)', () => {
  it('« Klarna har mottagit betalning för faktura CBS-2026-0266 » pays it', () => {
    const text = 'Hej Côte Basque Surf Académie,\n\nKlarna har mottagit betalning för faktura CBS-2026-0266 från Uppsala Idrottsgymnasium.\nBelopp: 2,064.00 EUR\nUtbetalning till ert konto sker inom 2 bankdagar.';
    expect(notice('Betalning mottagen – faktura CBS-2026-0266', text, 'settlements@klarna.example')).toMatchObject({ invoiceNumbers: ['CBS-2026-0266'], amount: 2064 });
  });
});

describe('readPaymentNotice: a portal relaying a dispute (held-out AFY)', () => {
  it('"Invoice AER-2026-0458 has been disputed by …" rejects that invoice only, though threaded under the portal\'s copy', () => {
    const text = 'Hello Élodie Marty,\n\nIbérica de Sistemas Aeronáuticos S.A. has disputed invoice AER-2026-0458.\nDispute reason: Price / amount exceeds PO remaining balance\nComments: The remaining balance on PO ISA-PO-2026-30417 is EUR 0.00 after invoice AER-2026-0421.';
    const n = readPaymentNotice({ ...mail({ subject: 'Invoice AER-2026-0458 has been disputed by Ibérica de Sistemas Aeronáuticos S.A.', text, from: 'do_not_reply@supplier.coupahost.example', date: '2026-11-18' }), inReplyTo: '<copy@coupahost.example>' });
    expect(n).toMatchObject({ invoiceNumbers: ['AER-2026-0458'], rejected: true });
  });
});

describe('readPaymentNotice: a client saying a payment is to come is no notice (held-out AKW)', () => {
  it('« faktura … zostanie opłacona do 30.11.2026 »', () => {
    expect(notice('Re: faktura BRA-2026-0480', 'faktura BRA-2026-0480 zostanie opłacona do 30.11.2026, czekamy na podpis kierownika.', 'mwojcik@uni.example')).toBeNull();
  });
});

describe('readPaymentNotice: Chorus Pro « a été mise en paiement le 21/10/2026 » (held-out AQV)', () => {
  it('names the invoice paid', () => {
    expect(notice('Chorus Pro - Mise en paiement de la facture NPS-2026-0841', "Bonjour,\nLa facture n° NPS-2026-0841 d'un montant de 5 820,00 € émise à destination de CHU de Rouen a été mise en paiement le 21/10/2026.\nCeci est un message automatique, merci de ne pas y répondre.", 'ne-pas-repondre@chorus-pro.gouv.fr')?.invoiceNumbers).toEqual(['NPS-2026-0841']);
  });
});

describe('readPaymentNotice: « Une remise de chèque a été créditée sur votre compte » (held-out AUX)', () => {
  it('names the invoice of its libellé paid', () => {
    expect(notice('Remise de chèque créditée sur votre compte', 'Bonjour,\nUne remise de chèque a été créditée sur votre compte professionnel ****6789.\nMontant : 1 180,00 €\nÉmetteur : DR ROUX BERNARD\nLibellé : REGLT FACT LM-2026-1015\nDate de valeur : 25/11/2026', 'notifications@bnpparibas.com')?.invoiceNumbers).toEqual(['LM-2026-1015']);
  });
});

describe('readPaymentNotice: where invoices are to be paid is no notice (held-out AYV)', () => {
  it('« depuis septembre nos factures sont payées au factor » names no payment; « vos factures … sont payées » does', () => {
    expect(notice('Re: Facture F2026-0640 - 806,40 € TTC', 'Bonjour Manuel,\nOui, depuis septembre nos factures sont payées au factor. Le RIB :\nFINAXO Affacturage\nIBAN FR76 3000 4012 8700 0104 5521 843', 'sylvie.fabre@rechapage-arverne.fr')).toBeNull();
    expect(notice('Paiement', 'Bonjour, vos factures F2026-0640 et F2026-0641 sont payées.')?.invoiceNumbers).toEqual(['F2026-0640', 'F2026-0641']);
  });
});

describe('readPaymentNotice: a platform naming the payer (held-out BAZ)', () => {
  it('"Polder AI B.V. paid invoice DL-7781203 (€3,000.00)" pays it; "has not yet paid invoice" does not', () => {
    expect(notice("You've been paid! 🎉", 'Hi Claire,\n\nPolder AI B.V. paid invoice DL-7781203 (€3,000.00). Funds are now available in your Deel balance.', 'notifications@deel.com')?.invoiceNumbers).toEqual(['DL-7781203']);
    expect(notice('Reminder', 'Reminder: Acme has not yet paid invoice DL-7781203.', 'notifications@deel.com')).toBeNull();
  });
});

describe("readPaymentNotice: Spain's FACe status change (held-out BFX)", () => {
  it('« ha cambiado al estado: 2600 - PAGADA » pays the invoice it names', () => {
    expect(notice('FACe - Cambio de estado de la factura F-2026-0389', 'Punto General de Entrada de Facturas Electrónicas (FACe)\n\nLe informamos de que la factura con número F-2026-0389 (registro REGAGE26e0004418211), emitida por PRISME 3D SAS a Universidad de Alicante, ha cambiado al estado:\n\n   2600 - PAGADA\n\nImporte: 1.560,00 EUR', 'no-reply@face.gob.es')?.invoiceNumbers).toEqual(['F-2026-0389']);
  });
});

describe('readPaymentNotice: money received as a condition (held-out CAW)', () => {
  it('"We will transfer on 15/12 once owners funds received" is no notice; "Funds received" is', () => {
    expect(readPaymentNotice(mail({ subject: 'RE: Invoice PSS-26-0452', text: 'Hi Marc\nWe will transfer on 15/12 once owners funds received.\nKind regards\nRita', from: 'rita@agents.example', date: '2026-11-30' }))).toBeNull();
    expect(notice('Funds received', 'Funds received for invoice PSS-26-0452: EUR 3,740.00.')?.invoiceNumbers).toEqual(['PSS-26-0452']);
  });
});

describe('readPaymentNotice: an order to pay issued, the payment said to come (held-out CLX)', () => {
  it('« Le mandat de paiement a été émis ce jour. Le virement … interviendra au plus tard le 20 novembre » is no notice', () => {
    const reply = mail({ subject: 'Re: Facture FA-2026-103 – phase APS', text: 'Madame,\nLe mandat de paiement a été émis ce jour. Le virement de la Trésorerie interviendra au plus tard le 20 novembre.\nBien cordialement,' });
    expect(readPaymentNotice(reply)).toBeNull();
    const done = mail({ subject: 'Re: Facture FA-2026-103 – phase APS', text: 'Madame,\nLe virement a été émis ce jour pour la facture FA-2026-103.\nBien cordialement,' });
    expect(readPaymentNotice(done)?.invoiceNumbers).toEqual(['FA-2026-103']);
  });
});

describe('readPaymentNotice: a bank\'s batch of direct debits (held-out COY)', () => {
  it('« Votre remise de prélèvements SEPA … a été exécutée » pays the invoices its lines say OK, not those rejected', () => {
    const ok = notice('Remise de prélèvements SEPA exécutée', 'Bonjour,\nVotre remise de prélèvements SEPA du 10/11/2026 a été exécutée.\nDétail :\n- Nordine Belkacem VTC - Facture BC-2026-229 - 108,00 EUR - OK\nCrédit Mutuel');
    expect(ok?.invoiceNumbers).toEqual(['BC-2026-229']);
    const mixed = notice('Remise de prélèvements SEPA exécutée', 'Bonjour,\nVotre remise de prélèvements SEPA du 10/11/2026 a été exécutée.\nDétail :\n- Nordine Belkacem VTC - Facture BC-2026-229 - 108,00 EUR - OK\n- Karim Lepanier - Facture BC-2026-231 - 288,00 EUR - KO\nCrédit Mutuel');
    // (the line that failed is not paid; the one that passed still is)
    expect(mixed?.invoiceNumbers).toEqual(['BC-2026-229']);
  });
});

describe('readPaymentNotice: a card payment ticket (held-out CSW)', () => {
  it('« Ticket de paiement - Transaction acceptée » pays the order reference it names; a refused one does not', () => {
    const text = 'Commerçant : RECHAPAGE ARVERNE CLERMONT\nType : Vente à distance (VAD)\nCarte : VISA ************4417\nMontant : 3 312,00 €\nRéférence commande : FA-2026-0901\nAutorisation : 584213\n\nTransaction ACCEPTÉE';
    const ok = notice('Ticket de paiement - Transaction acceptée - 3 312,00 €', text, 'noreply@monetico-services.com');
    expect(ok?.invoiceNumbers).toEqual(['FA-2026-0901']);
    expect(ok?.amount).toBe(3312);
    expect(notice('Ticket de paiement - Transaction refusée', text.replace('ACCEPTÉE', 'REFUSÉE'), 'noreply@monetico-services.com')).toBeNull();
    expect(notice('Card payment', 'Order reference: INV-2026-0412\nAmount: €450.00\nTransaction approved', 'noreply@psp.example')?.invoiceNumbers).toEqual(['INV-2026-0412']);
  });
});

describe('readPaymentNotice: a bill of exchange paid at maturity (held-out CTZ)', () => {
  it("« L'effet LCR n° 7731 de 7 488,00 EUR tiré sur EARL LEMAIRE a été payé à échéance » pays the reference; an unpaid one does not", () => {
    const text = "Bonjour,\n\nL'effet LCR n° 7731 de 7 488,00 EUR tiré sur EARL LEMAIRE a été payé à échéance.\nRéférence : FV-2026-0384\n\nVotre banque";
    expect(notice('LCR payée à échéance', text, 'ne-pas-repondre@ca-nord-est.fr')?.invoiceNumbers).toEqual(['FV-2026-0384']);
    // (an unpaid one pays nothing: no notice, or one that the payment was taken back)
    const unpaid = notice('LCR impayée', text.replace('a été payé à échéance', 'est revenu impayé'), 'ne-pas-repondre@ca-nord-est.fr');
    expect(unpaid === null || unpaid.reversed === true).toBe(true);
    expect(notice('Info', "En effet, la remise a été payée.\nRéférence : FV-2026-0384", 'ne-pas-repondre@ca-nord-est.fr')).toBeNull();
  });
});

describe('readPaymentNotice: a statement of several invoices, one held (held-out CWZ)', () => {
  it('« Facture LOC-2026-1020   0,00 EUR   en attente - prescription médicale manquante » is not paid beside the one « réglée »', () => {
    const text = 'Relevé de paiement tiers payant\nDate du virement : 04/12/2026\n\nFacture LOC-2026-1019   166,16 EUR   réglée\nFacture LOC-2026-1020   0,00 EUR   en attente - prescription médicale manquante\n\nTotal viré : 166,16 EUR';
    expect(notice('Relevé de paiement tiers payant n° RP-2026-12-0112', text, 'tierspayant@mutuelle.example')?.invoiceNumbers).toEqual(['LOC-2026-1019']);
  });
});

describe("readPaymentNotice: Chorus Pro's « Le statut de votre facture … a évolué : MISE EN PAIEMENT » (held-out CXY)", () => {
  it('pays the invoice it names', () => {
    const text = 'Le statut de votre facture n° F2026-074 a évolué : MISE EN PAIEMENT.\nMandat n° 429407 du 22/10/2026 - montant : 7 920,00 EUR.\nDestinataire : Région Auvergne-Rhône-Alpes\n\nCeci est un message automatique.';
    expect(notice('[Chorus Pro] Mise en paiement de la facture F2026-074', text, 'ne-pas-repondre@chorus-pro.gouv.fr')?.invoiceNumbers).toEqual(['F2026-074']);
    expect(notice('[Chorus Pro] Facture F2026-074', text.replace('MISE EN PAIEMENT', 'SUSPENDUE'), 'ne-pas-repondre@chorus-pro.gouv.fr')).toBeNull();
  });
});

describe('readPaymentNotice: a third party paying as the condition of a promise (held-out CZY)', () => {
  it('« ok vu. je vire le 10 qd la laiterie a payé » is no notice', () => {
    expect(readPaymentNotice(mail({ subject: 'RE: Facture FA-2026-0904 (495,00 € TTC)', text: 'ok vu. je vire le 10 qd la laiterie a payé\nPascal', from: 'earl.preneuf@wanadoo.fr', date: '2026-12-01' }))).toBeNull();
  });
});

describe('readPaymentNotice: money paid to the one who writes (held-out DGW)', () => {
  it('« Notre client Caviste Online nous a réglé la campagne ; nous vous reverserons … » is no notice', () => {
    expect(readPaymentNotice(mail({ subject: 'RE: Nouvelle facture SVT-2026-0122', text: 'Bonjour,\nNotre client Caviste Online nous a réglé la campagne ; nous vous reverserons le montant de la facture SVT-2026-0122 le 10/12/2026.', from: 'facturation@agence.example', date: '2026-11-20' }))).toBeNull();
  });
});

describe('readPaymentNotice: an advice titled in its first line or after the payer\'s name (held-out DGY)', () => {
  const text = 'AVIS DE PAIEMENT / REMITTANCE ADVICE (EDI)\nFournisseur : BISCUITERIE KERLOUAN SAS - code fournisseur 448210\nDate de valeur : 28/11/2026\n\nDocument        Type     Montant\nFA-2026-1064    FACT     21 602,18\nRFA-Q3-BISC     AVOIR    -1 260,00\n\nNet viré : 20 342,18 EUR';
  it('« ITM - Relevé de paiement fournisseur 448210 » over « AVIS DE PAIEMENT / REMITTANCE ADVICE (EDI) » names the invoice netted', () => {
    expect(notice('ITM - Relevé de paiement fournisseur 448210 - novembre 2026', text, 'edi-remittance@itm.example')?.invoiceNumbers).toContain('FA-2026-1064');
    expect(notice('Relevé de paiement fournisseur 448210', text.replace('AVIS DE PAIEMENT / REMITTANCE ADVICE (EDI)\n', ''), 'edi-remittance@itm.example')?.invoiceNumbers).toContain('FA-2026-1064');
  });
  it('an invoice asking for an advice in its text is none', () => {
    expect(notice('Facture FA-2026-1064', 'Bonjour,\nVeuillez trouver notre facture FA-2026-1064.\nMerci de nous envoyer votre avis de paiement.', 'compta@biscuiterie.example')).toBeNull();
  });
});

describe('readPaymentNotice: a Chorus Pro status still waiting on a step (held-out DHW)', () => {
  it('« est passée au statut : MISE EN PAIEMENT... En attente de service fait » pays nothing', () => {
    expect(notice('Chorus Pro – changement de statut de votre facture', 'Votre facture n° OM-2026-0470 déposée le 02/11/2026 est passée au statut : MISE EN PAIEMENT... En attente de service fait.', 'ne-pas-repondre@chorus-pro.gouv.fr')).toBeNull();
    expect(notice('Chorus Pro – changement de statut de votre facture', 'Votre facture n° OM-2026-0470 déposée le 02/11/2026 est passée au statut : MISE EN PAIEMENT.', 'ne-pas-repondre@chorus-pro.gouv.fr')?.invoiceNumbers).toEqual(['OM-2026-0470']);
  });
});

describe('readPaymentNotice: a portal rejecting the invoice for want of an order number (held-out DHX)', () => {
  it('is a rejection for paperwork; one for the amount is not', () => {
    expect(notice('Facture FA-2026-0276 rejetée', 'Bonjour,\nVotre facture FA-2026-0276 a été rejetée : numéro de bon de commande absent ou invalide. Merci de la déposer à nouveau sur le portail avec le PO.', 'do_not_reply@orsoni.coupahost.example')).toMatchObject({ rejected: true, forPaperwork: true });
    expect(notice('Facture FA-2026-0276 rejetée', 'Bonjour,\nVotre facture FA-2026-0276 a été rejetée : montant erroné, les quantités ne correspondent pas à la commande.', 'do_not_reply@orsoni.coupahost.example')?.forPaperwork).toBeUndefined();
    // a portal's reason code, « absent ou erroné » in one breath (held-out ARW)
    expect(notice('Chorus Pro - Facture FA-2026-0424 : statut REJETEE', 'Votre facture FA-2026-0424 (destinataire : CC Moselle et Madon) a changé de statut : REJETEE.\nMotif : Engagement juridique absent ou erroné.', 'ne-pas-repondre@chorus-pro.gouv.fr')).toMatchObject({ rejected: true, forPaperwork: true });
  });
});
