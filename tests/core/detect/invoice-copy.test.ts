import { describe, expect, it } from 'vitest';
import { announcedCopyRecipient } from '../../../shared/core/detect/invoice-copy';
import { copyToUs, createIdentity, speaksForUs } from '../../../shared/core/detect/identity';
import { message } from '../../fixtures/mail';

describe('announcedCopyRecipient: a text saying an invoice went to someone else', () => {
  it.each([
    ['Copie de votre facture FA-88 envoyée à Boulangerie Petit', { address: null, name: 'Boulangerie Petit' }],
    ['Votre facture n° 2027-004 a bien été envoyée à Garage Central (compta@garage-central.fr).', { address: 'compta@garage-central.fr', name: 'Garage Central' }],
    ["Nous confirmons l'envoi de votre facture FC-12 à Studio Nord (hello@studionord.io), le 4 mars 2027.", { address: 'hello@studionord.io', name: 'Studio Nord' }],
    ['Le document Facture F-9 a été envoyé par e-mail à : paie@ecole-vert.fr', { address: 'paie@ecole-vert.fr', name: null }],
    ['You sent this invoice to Harbour Films Ltd (ap@harbourfilms.co.uk) on 03/02/2027.', { address: 'ap@harbourfilms.co.uk', name: 'Harbour Films Ltd' }],
    ["Here's a copy of the invoice you sent to Dana Whitfield (dana@whitfield.com).", { address: 'dana@whitfield.com', name: 'Dana Whitfield' }],
    ['Copy of invoice 0042 sent to Pinewood Labs Inc.', { address: null, name: 'Pinewood Labs Inc' }],
    ['Ihre Rechnung RE-2027-11 wurde an Müller Bau GmbH versendet.', { address: null, name: 'Müller Bau GmbH' }],
    ['Kopie: Rechnung 2027-5 gesendet an buchhaltung@kraemer.de', { address: 'buchhaltung@kraemer.de', name: null }],
    ['Su factura F-33 ha sido enviada a Talleres Ruiz (admin@talleresruiz.es).', { address: 'admin@talleresruiz.es', name: 'Talleres Ruiz' }],
    ['Copia della fattura 17/2027 inviata a Studio Bianchi', { address: null, name: 'Studio Bianchi' }],
    ['Uw factuur 2027-08 is verzonden naar Bakkerij De Molen (info@demolen.nl).', { address: 'info@demolen.nl', name: 'Bakkerij De Molen' }],
    ['Se ha enviado la factura F-34 a Talleres Ruiz.', { address: null, name: 'Talleres Ruiz' }],
    ['We have sent invoice 2208 to Harbour Films Ltd.', { address: null, name: 'Harbour Films Ltd' }],
    ['Votre document a bien été envoyé par e-mail.\n\nDestinataire : Hôtel Le Pavillon <evenements@pavillon.fr>\nDocument : Facture FACT-0917', { address: 'evenements@pavillon.fr', name: 'Hôtel Le Pavillon' }],
    ['Invoice INV-77 sent.\nRecipient: Harbour Films Ltd <ap@harbourfilms.co.uk>', { address: 'ap@harbourfilms.co.uk', name: 'Harbour Films Ltd' }],
    ['Hallo Markus,\n\ndies ist eine Kopie der E-Mail, die an ap@kranich-partner.de versendet wurde:', { address: 'ap@kranich-partner.de', name: null }],
    ['Olá Inês Carvalho,\n\nEnviou uma fatura a Estudio Marlo SL (alejandro@estudiomarlo.es).', { address: 'alejandro@estudiomarlo.es', name: 'Estudio Marlo SL' }],
    ['Fatura n.º IC-2027-014 enviada para alejandro@estudiomarlo.es', { address: 'alejandro@estudiomarlo.es', name: null }],
    // the date and amount between the invoice and its recipient; an address that starts like Dutch "u"
    ['Ihre Rechnung OC-2026-1076 (6.300,00 €, fällig am 19.11.2026) wurde am 20.10.2026 an u.hofmann@hofmann-medtech.de gesendet.', { address: 'u.hofmann@hofmann-medtech.de', name: null }],
  ])('%s', (text, expected) => {
    expect(announcedCopyRecipient(text)).toEqual(expected);
  });

  it.each([
    'Votre facture Orange de mars est disponible dans votre espace client.',
    'Your invoice INV-5501 has been sent to you by Acme Hosting.',
    'Invoice INV-5502 was emailed to your email address on file.',
    'Votre facture a été envoyée à votre adresse e-mail.',
    'Ihre Rechnung wurde Ihnen per E-Mail zugestellt.',
    'Nous avons bien reçu votre facture, elle a été transmise à notre service comptable.',
    'Thanks, your invoice was forwarded to our accounts payable team.',
    'Virement de 1 470,00 € envoyé à Théo Marchand',
    'Peux-tu envoyer la facture à Roux ? 4 652,00 € TTC.',
    'Sent from my iPhone',
    'Votre facture a bien été envoyée.\nDestinataire : vous',
    'Facture FA-12 reçue.\nDestinataire : Atelier Nord <compta@atelier-nord.fr>',
    'Uw factuur 2027-08 is naar u verzonden.',
  ])('not a copy: %s', (text) => {
    expect(announcedCopyRecipient(text)).toBeNull();
  });
});

describe("a platform's copy of a reminder it sent", () => {
  it('names the client the reminder went to', () => {
    expect(announcedCopyRecipient('Bonjour, Nous avons relancé Dr Hélène Ferrand (dr.ferrand@gmail.com) pour la facture 2026-00044 de 420,00€.')).toEqual({ address: 'dr.ferrand@gmail.com', name: 'Dr Hélène Ferrand' });
    expect(announcedCopyRecipient('La facture MALT-2026-10-003877 (4 080,00 €) est en retard de paiement. Nous avons envoyé une relance à Fintrack SAS (ap@fintrack.fr) en votre nom.')).toEqual({ address: 'ap@fintrack.fr', name: 'Fintrack SAS' });
  });
});

describe('copyToUs and speaksForUs: a platform’s copy of the user’s own invoice', () => {
  const identity = createIdentity(['atelier-dupont.fr']);
  const copy = (over: Partial<Parameters<typeof message>[0]> = {}) =>
    message({
      from: 'Facturo <notifications@facturo.example>',
      to: ['Paul Martin <paul@atelier-dupont.fr>'],
      subject: 'Copie de votre facture F-2027-031 envoyée à Cabinet Leroy',
      text: 'Bonjour Paul,\n\nVotre facture F-2027-031 a bien été envoyée à Cabinet Leroy (compta@cabinet-leroy.fr).\nMontant TTC : 960,00 €',
      date: '2027-02-01T10:00:00Z',
      ...over,
    });

  it('reads the client named in a platform’s copy, and counts the copy as the company speaking', () => {
    const m = copy();
    expect(copyToUs(m, identity)).toEqual({ address: 'compta@cabinet-leroy.fr', name: 'Cabinet Leroy' });
    expect(speaksForUs(m, identity)).toBe(true);
  });

  it('a copy the user’s own address sends says "copy" in its subject', () => {
    expect(copyToUs(copy({ from: 'paul@atelier-dupont.fr' }), identity)).not.toBeNull();
    const note = copy({ from: 'claire@atelier-dupont.fr', subject: 'F-2027-031', text: 'Facture F-2027-031 envoyée à Cabinet Leroy (compta@cabinet-leroy.fr), tu peux la saisir.' });
    expect(copyToUs(note, identity)).toBeNull();
  });

  it('is no copy when a client is among the recipients, when it answers something, or when it went to the company itself', () => {
    expect(copyToUs(copy({ to: ['paul@atelier-dupont.fr', 'compta@cabinet-leroy.fr'] }), identity)).toBeNull();
    // A person answering a copy writes no copy; a platform's next copy in the thread of its first is one.
    expect(copyToUs(copy({ from: 'Marc Leroy <marc@leroy-conseil.fr>', subject: 'Re: Copie de votre facture F-2027-031 envoyée à Cabinet Leroy', inReplyTo: '<x@y>' }), identity)).toBeNull();
    const reminderCopy = copy({ subject: 'Re: Copie – facture F-2027-031 envoyée à Cabinet Leroy', text: 'Copie de la relance automatique envoyée à Cabinet Leroy (compta@cabinet-leroy.fr) : « la facture F-2027-031 reste impayée. »', inReplyTo: '<x@y>' });
    expect(copyToUs(reminderCopy, identity)).toMatchObject({ address: 'compta@cabinet-leroy.fr' });
    // A client writing from its billing mailbox, answering the copy's subject: no copy (held-out DJ).
    const clientAnswer = copy({ from: 'Hugo Lemaire <facturation@cabinet-leroy.fr>', subject: 'Re: Copie de votre facture F-2027-031 envoyée à Cabinet Leroy', text: 'Bonjour,\nJe ne comprends pas cette facture : nous avions résilié l\'abonnement. Je ne la réglerai pas en l\'état.', inReplyTo: '<x@y>' });
    expect(copyToUs(clientAnswer, identity)).toBeNull();
    expect(speaksForUs(clientAnswer, identity)).toBe(false);
    const supplier = copy({
      from: 'Hébergeur Pro <billing@hebergeur.example>',
      subject: 'Facture H-5521 envoyée à Atelier Dupont SARL',
      text: 'Votre facture H-5521 a été envoyée à Atelier Dupont SARL (paul@atelier-dupont.fr).',
    });
    expect(copyToUs(supplier, identity)).toBeNull();
    expect(speaksForUs(supplier, identity)).toBe(false);
    const toUserByName = copy({ from: 'billing@hebergeur.example', subject: 'Facture H-5522', text: 'Votre facture H-5522 a été envoyée à Paul Martin.' });
    expect(copyToUs(toUserByName, identity)).toBeNull();
  });

  it('a copy may have the client\'s own people in Cc, not someone else', () => {
    const cc = copy({ cc: ['Service Achats <achats@cabinet-leroy.fr>'] });
    expect(copyToUs(cc, identity)).toEqual({ address: 'compta@cabinet-leroy.fr', name: 'Cabinet Leroy' });
    // someone else in Cc: a copy only when the platform's own text names the client's address (the client's surveyor
    // copied on Obat's copy, held-out AW)
    expect(copyToUs(copy({ cc: ['Service Achats <achats@autre-client.fr>'], text: 'Votre facture F-2027-031 a bien été envoyée à Cabinet Leroy.' }), identity)).toBeNull();
    expect(copyToUs(copy({ cc: ['"Geom. Laura Sala" <laura.sala@studiosala.it>'] }), identity)).toEqual({ address: 'compta@cabinet-leroy.fr', name: 'Cabinet Leroy' });
    expect(copyToUs(copy({ from: 'Paul Martin <paul@atelier-dupont.fr>', cc: ['laura.sala@studiosala.it'] }), identity)).toBeNull();
    // without "copy" in its subject, a message to the user with outsiders in Cc is no copy
    expect(copyToUs(copy({ cc: ['achats@cabinet-leroy.fr'], subject: 'Facture F-2027-031 envoyée à Cabinet Leroy' }), identity)).toBeNull();
  });

  it('a person writing to the user is no platform: a client saying where the invoice went is no copy', () => {
    const client = copy({ from: 'Marc Leroy <marc@cabinet-leroy.fr>', subject: 'Votre facture', text: 'Bonjour, votre facture F-2027-031 a été transmise à Sophie, notre comptable.' });
    expect(copyToUs(client, identity)).toBeNull();
  });
});

describe('isAutomatedSender', () => {
  it('knows platforms\' service mailboxes, not people', async () => {
    const { isAutomatedSender } = await import('../../../shared/core/detect/automated-sender');
    expect(isAutomatedSender('service@paypal.pt')).toBe(true);
    expect(isAutomatedSender('messaging-service@post.xero.com')).toBe(true);
    expect(isAutomatedSender('no-reply@lexoffice.de')).toBe(true);
    expect(isAutomatedSender('alejandro@estudiomarlo.es')).toBe(false);
  });
});

describe('a Peppol platform\'s copy in Dutch (held-out LM)', () => {
  it('"Uw verkoopfactuur … voor Stad Kortrijk (p@kortrijk.be) werd succesvol afgeleverd via het Peppol-netwerk" names the client', () => {
    expect(announcedCopyRecipient('Beste gebruiker,\n\nUw verkoopfactuur VF-BE-2026-0078 voor Stad Kortrijk (pieter.vanhoutte@kortrijk.be) werd succesvol afgeleverd via het Peppol-netwerk.')).toEqual({ address: 'pieter.vanhoutte@kortrijk.be', name: 'Stad Kortrijk' });
  });
  it('an invoice "for" someone with no sending said is no copy', () => {
    expect(announcedCopyRecipient('Votre facture F-12 pour Cabinet Leroy (compta@cabinet-leroy.fr) est prête.')).toBeNull();
  });
});

describe('a public portal\'s copy to the issuer (held-out LI)', () => {
  it('"déposé une facture sur Chorus Pro à destination de Opéra de Saint-Étienne" names the buyer', () => {
    expect(announcedCopyRecipient('Votre fournisseur LUMEN SCENE SARL a déposé une facture sur Chorus Pro à destination de Opéra de Saint-Étienne.')?.name).toBe('Opéra de Saint-Étienne');
  });
});

describe('an EDI platform\'s copy (held-out FK)', () => {
  it('"transmise au format EDI (INVOIC D96A) à Groupement Provencia (…)" names the client', () => {
    expect(announcedCopyRecipient('Ceci est la copie de votre facture n° 88031 du 06/07/2026, transmise au format EDI (INVOIC D96A) à Groupement Provencia (factures@provencia-achats.fr).')).toEqual({ address: 'factures@provencia-achats.fr', name: 'Groupement Provencia' });
  });
});

describe('copyToUs: an EDI notice titled by the sending, its recipient a field (held-out EO)', () => {
  const identity = createIdentity(['biscuiterie.example']);
  const notice = (recipient: string) =>
    message({
      from: 'EDI Flux - Portail factures <notifications@ediflux.example>',
      to: ['adv@biscuiterie.example'],
      subject: '[INVOIC] Facture F26005521 transmise - Centrale Armor Ouest',
      text: `Transmission EDI INVOIC (EANCOM D96A) effectuée avec succès.\n\nÉmetteur : BISCUITERIE SAS\nDestinataire : ${recipient}\nN° facture : F26005521\nMontant TTC : 4901.95 EUR`,
      date: '2026-06-08T08:58:56+02:00',
    });

  it('names the client of the "Destinataire" field', () => {
    expect(copyToUs(notice('CENTRALE ARMOR OUEST - adresse de facturation dématérialisée : factures@caod.example'), identity)).toEqual({ address: 'factures@caod.example', name: 'CENTRALE ARMOR OUEST' });
  });

  it("is no copy when the field names the company itself (a supplier's invoice to it)", () => {
    expect(copyToUs(notice('Biscuiterie <adv@biscuiterie.example>'), identity)).toBeNull();
  });
});

describe("copyToUs: a platform's copy of its reminder, threaded under the invoice without a « Re: » (held-out BP)", () => {
  it('names the client the reminder went to', () => {
    const identity = createIdentity(['halo.example']);
    const spec = {
      from: 'Pennylane <notifications@pennylane.example>',
      to: ['Comptabilité <compta@halo.example>'],
      subject: 'Relance : facture HL-KSA-26-018',
      text: 'Bonjour,\n\nSauf erreur de notre part, la facture HL-KSA-26-018 (232 000,00 €) arrivée à échéance le 16/06/2026 reste impayée.\n\nCopie de la relance envoyée à f.alharbi@alnakheel.example.\n\nHALO Lumière',
      date: '2026-06-23T15:04:28+02:00',
      inReplyTo: '<invoice@pennylane.example>',
    };
    expect(copyToUs(message(spec), identity)).toMatchObject({ address: 'f.alharbi@alnakheel.example' });
    // a client's own billing mailbox answering in the thread says no such thing
    expect(copyToUs(message({ ...spec, from: 'Facturation <facturation@alnakheel.example>', subject: 'Re: Relance : facture HL-KSA-26-018', text: 'Bien reçu, nous regardons.' }), identity)).toBeNull();
  });
});

describe('copyToUs: a Peppol access point\'s delivery notice (held-out CN)', () => {
  it('"Votre facture électronique NTS-26-00390 a été remise via Peppol à Brasserie Lepers SARL (contact@…)" names the client', () => {
    const identity = createIdentity(['nordtech.example']);
    const notice = message({
      from: 'Hermes Peppol <noreply@hermes-belgium.example>',
      to: ['facturatie@nordtech.example'],
      subject: 'Hermes: document envoyé NTS-26-00390',
      text: 'Votre facture électronique NTS-26-00390 a été remise via Peppol à Brasserie Lepers SARL (contact@brasserie-lepers.example).\nDate de facture : 10/06/2026\nTotal : € 15.958,80',
      date: '2026-06-10T12:29:08+02:00',
    });
    expect(copyToUs(notice, identity)).toMatchObject({ address: 'contact@brasserie-lepers.example' });
  });
});

describe("copyToUs: a practice tool's copy of a « note d'honoraires » sent on a named day (held-out XW)", () => {
  const identity = createIdentity(['lefevre-aubry-avocats.fr']);
  it('names the client the note was sent to', () => {
    const m = message({
      from: 'Secib Online <no-reply@secib.fr>',
      to: ['Facturation <facturation@lefevre-aubry-avocats.fr>'],
      subject: "Copie – Note d'honoraires NH26/0519 – Redwood Crest Software Corp.",
      text: "Bonjour,\n\nVous trouverez ci-dessous la copie du message envoyé le 31/10/2026 à dana.kim@redwoodcrest.io (Redwood Crest Software Corp.).\n\nDocument : Note d'honoraires n° NH26/0519\nMontant : 4 200,80 USD\nÉchéance : 29/11/2026",
      date: '2026-10-31T09:31:56+01:00',
    });
    expect(copyToUs(m, identity)?.address).toBe('dana.kim@redwoodcrest.io');
  });
});

describe("copyToUs: a client answering a platform copy from its « facturacion@ » mailbox (held-out TV)", () => {
  it('is the client writing, whatever the copy it quotes says', () => {
    const identity = createIdentity(['cofruiro.cat']);
    const m = message({
      from: 'Josu Arrieta <facturacion@encurtidosbilbao.es>',
      to: ['Montserrat Vidal <montse.vidal@cofruiro.cat>'],
      subject: 'RE: Copia de su factura F26/01291 enviada a Aceites y Encurtidos Bilbao SA',
      text: 'Hola Montse:\n\nLa F26/01291 va en la remesa de pagos del 02/12/2026. Disculpa el retraso.\n\nJosu Arrieta\n\n> Esta es una copia de la factura F26/01291 enviada a facturacion@encurtidosbilbao.es (Aceites y Encurtidos Bilbao SA).',
      date: '2026-11-23T08:15:43+01:00',
      inReplyTo: '<500459123.87.3266@mailer.sage50.com>',
    });
    expect(copyToUs(m, identity)).toBeNull();
    expect(speaksForUs(m, identity)).toBe(false);
  });
});

describe('announcedCopyRecipient: a platform telling the user it sent a reminder (held-out AHX)', () => {
  it('« Une relance automatique a été envoyée à X <x@…> », "An automatic reminder was sent to X"', () => {
    expect(announcedCopyRecipient('Bonjour Claire,\n\nUne relance automatique a été envoyée à Giulia Ferri <giulia.ferri@tramontana.example> pour la facture F2026-125 (6 440,00 €), échue le 31/10/2026.')).toEqual({ address: 'giulia.ferri@tramontana.example', name: 'Giulia Ferri' });
    expect(announcedCopyRecipient('An automatic reminder was sent to Giulia Ferri <giulia.ferri@tramontana.example> for invoice F2026-125.')?.address).toBe('giulia.ferri@tramontana.example');
    // (held-out BBX) « Facturo a envoyé une relance automatique à duval.laurent@… pour la facture … »
    expect(announcedCopyRecipient('Bonjour Julien,\nFacturo a envoyé une relance automatique à duval.laurent@hotmail.example pour la facture ETA-2026-0440 (864,00 €), échue le 13/11/2026.')?.address).toBe('duval.laurent@hotmail.example');
  });
});

describe('announcedCopyRecipient: « Deuxième relance envoyée à X pour la facture … » (held-out BTW)', () => {
  it('names the client a platform says it sent a reminder to', () => {
    expect(announcedCopyRecipient('Bonjour Léa,\n\nDeuxième relance envoyée à finance@rotkehlchen.example pour la facture MUX-2026-060 (5 900,00 €).\n\n--\nTiime Facturation')?.address).toBe('finance@rotkehlchen.example');
    expect(announcedCopyRecipient('Second reminder sent to ap@acme.example for invoice 12.')?.address).toBe('ap@acme.example');
  });
});

describe("speaksForUs: a platform's notice that it sent a reminder (held-out CWY)", () => {
  it('« Facturio a envoyé la relance n°1 pour la facture VP-2026-135 (5 700,00 € TTC, échue le 31/10/2026) à compta@… » is the company speaking', () => {
    const identity = createIdentity(['verbatimpixel.fr']);
    const notice = message({
      from: 'Facturio <notifications@facturio.fr>',
      to: ['compta@verbatimpixel.fr'],
      subject: 'Relance 1 envoyée – facture VP-2026-135 (Studio Nébula SAS)',
      text: 'Bonjour Camille,\nFacturio a envoyé la relance n°1 pour la facture VP-2026-135 (5 700,00 € TTC, échue le 31/10/2026) à compta@studio-nebula.fr.\nFacturio',
      date: '2026-11-10T08:00:00Z',
    });
    expect(copyToUs(notice, identity)?.address).toBe('compta@studio-nebula.fr');
    expect(speaksForUs(notice, identity)).toBe(true);
  });
});
