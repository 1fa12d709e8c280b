import { describe, expect, it } from 'vitest';
import { stripQuoted } from '../../../shared/core/status/strip-quoted';

describe('stripQuoted', () => {
  it('reads a reply written below the quotes (bottom-posting), without the attributions or the quotes', () => {
    const text = [
      'Le lun. 11 janv. 2027 à 09:48, Claire Vasseur <claire@passerelle.example> a écrit :',
      '> Bonjour,',
      '> la facture PL-2026-0412 n’est toujours pas réglée.',
      '>> Le 2 déc. 2026, Mathieu a écrit :',
      '>> Petit rappel au sujet de notre facture.',
      '',
      'Chère Madame,',
      '',
      'La PL-2026-0412 a été payée par virement ce jour.',
      '',
      'Envoyé de mon iPad',
    ].join('\n');
    expect(stripQuoted(text)).toBe('Chère Madame,\n\nLa PL-2026-0412 a été payée par virement ce jour.');
  });

  it('reads answers written between the quotes when the reply says so ("entre líneas", "see below")', () => {
    const text = 'Hola Claire, te contesto entre líneas.\n\nEl 5 ene 2027, Claire escribió:\n> ¿Está programado el pago?\n\nSí: ya hemos pagado ayer.\n\n> ¿Otra copia?\n\nNo hace falta.';
    const own = stripQuoted(text);
    expect(own).toContain('Sí: ya hemos pagado ayer.');
    expect(own).toContain('No hace falta.');
    expect(own).not.toContain('programado');
    expect(own).not.toContain('escribió');
  });

  it('keeps only the text above the quotes when there is some', () => {
    expect(stripQuoted('Payé hier.\n\nOn Mon, Jan 11, 2027, Claire wrote:\n> unpaid\n\nold footer')).toBe('Payé hier.');
  });

  it('keeps text without quotes as it is (trimmed)', () => {
    expect(stripQuoted('\nBonjour,\n\nVirement effectué.\n')).toBe('Bonjour,\n\nVirement effectué.');
  });

  it.each([
    ['"> " lines', 'Merci.\n> ancien texte\n> suite'],
    ['fr Gmail attribution', 'Merci.\n\nLe mer. 2 sept. 2026 à 12:40, Paul Martin <paul@x.fr> a écrit :\nancien texte'],
    ['fr attribution wrapped over two lines', 'Merci.\n\nLe mer. 2 sept. 2026 à 12:40, Paul Martin <paul@x.fr> a\nécrit :\nancien texte'],
    ['en attribution', 'Merci.\n\nOn Mon, Oct 12, 2026 at 7:01 PM Kyle <k@y.com> wrote:\nancien texte'],
    ['de attribution', 'Merci.\n\nAm Mi., 10. Jun. 2026 um 10:46 Uhr schrieb buchhaltung@firma.de <buchhaltung@firma.de>:\nancien texte'],
    ['es attribution', 'Merci.\n\nEl mar, 22 sep 2026 a las 13:04, Marie (<m@x.fr>) escribió:\nancien texte'],
    ['it attribution', 'Merci.\n\nIl giorno lun 12 ott 2026 alle ore 10:00 Marie <m@x.fr> ha scritto:\nancien texte'],
    ['nl attribution', 'Merci.\n\nOp ma 12 okt. 2026 om 10:00 schreef Marie <m@x.fr>:\nancien texte'],
    ['Original Message', 'Merci.\n\n-----Original Message-----\nFrom: X\nancien texte'],
    ['Message d’origine', "Merci.\n\n-------- Message d'origine --------\nancien texte"],
    ['Outlook fr header block', 'Merci.\n\n________________________________\nDe : Paul <p@x.fr>\nEnvoyé : lundi 9 novembre 2026 10:12\nÀ : Client\nObjet : Facture\n\nancien texte'],
    ['Outlook en header block without rule', 'Merci.\n\nFrom: Paul <p@x.fr>\nSent: Monday, 9 November 2026 10:12\nTo: Client\nSubject: Invoice\n\nancien texte'],
    ['Outlook de header block', 'Merci.\n\nVon: Paul <p@x.fr>\nGesendet: Montag, 9. November 2026 10:12\nAn: Kunde\nBetreff: Rechnung\n\nancien texte'],
    ['Outlook es header block', 'Merci.\n\nDe: Paul <p@x.fr>\nEnviado: lunes, 9 de noviembre de 2026 10:12\nPara: Cliente\nAsunto: Factura\n\nancien texte'],
    ['forwarded message', 'Merci.\n\n---------- Forwarded message ---------\nFrom: X\nancien texte'],
    ['signature delimiter', 'Merci.\n-- \nPaul Martin\nancien texte'],
    ['mobile footer', 'Merci.\n\nEnvoyé de mon iPhone\nancien texte'],
  ])('cuts at the %s', (_name, text) => {
    expect(stripQuoted(text)).toBe('Merci.');
  });

  it('keeps a line that only starts with "De :" when no header block follows', () => {
    expect(stripQuoted('Merci.\nDe : notre côté tout est réglé.')).toBe('Merci.\nDe : notre côté tout est réglé.');
  });

  it('keeps a sentence that starts like an attribution but is not one', () => {
    expect(stripQuoted('Le virement a été fait hier.\nMerci')).toBe('Le virement a été fait hier.\nMerci');
  });

  it('leaves out a legal disclaimer closing the reply', () => {
    expect(stripQuoted("Ciao Giulia,\nil bonifico parte venerdì.\n\nQuesta e-mail e gli eventuali allegati sono riservati e destinati esclusivamente al destinatario. Se l'avete ricevuta per errore vi preghiamo di cancellarla.")).toBe('Ciao Giulia,\nil bonifico parte venerdì.');
    expect(stripQuoted('Bien reçu.\n\nAVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario.')).toBe('Bien reçu.');
    expect(stripQuoted('Ce message confirme notre commande de 20 cartons.')).toBe('Ce message confirme notre commande de 20 cartons.');
  });
});

describe('stripQuoted: a signature inserted under the greeting (held-out ZWW)', () => {
  const sig = '--\nJulien Martin\nGéomètre-expert – Géomètre Topo Alpes\n04 76 43 18 62\n';
  it('reads the paragraphs below the signature block when only a greeting stands above it', () => {
    expect(stripQuoted(`Bonjour Mathilde,\n${sig}\nLe virement annoncé pour le 21 septembre n'est jamais arrivé.\n\nJulien\n\nEnvoyé de mon iPhone\nvieux texte`)).toBe(
      "Bonjour Mathilde,\n\nLe virement annoncé pour le 21 septembre n'est jamais arrivé.\n\nJulien",
    );
  });
  it('still cuts at the signature below a written message', () => {
    expect(stripQuoted(`Bonjour Mathilde,\nVoici la facture.\n${sig}\nancien texte`)).toBe('Bonjour Mathilde,\nVoici la facture.');
    expect(stripQuoted(`Merci, c'est payé.\n${sig}\nancien texte`)).toBe("Merci, c'est payé.");
    expect(stripQuoted(`Cordialement,\n${sig}\nDécouvrez nos offres de fin d'année !`)).toBe('Cordialement,');
  });
});

describe('stripQuoted: keeping the signature on request', () => {
  it('cuts at « -- » by default, keeps what follows when asked', () => {
    const text = 'Bonjour,\nVoici la facture.\n--\nClaire\nFACTURE No F-12\nTotal TTC : 100,00 €';
    expect(stripQuoted(text)).toBe('Bonjour,\nVoici la facture.');
    expect(stripQuoted(text, { keepSignature: true })).toContain('FACTURE No F-12');
  });
});

describe('stripQuoted: attributions in other languages, with a time or an address (held-out ANV, AMX)', () => {
  it('recognises them above a quote and below the reply', () => {
    const hebrew = 'בתאריך 21.10.2026 בשעה 15:22, Claire Roustan <claire@atelier-olivia-bois.fr> כתב/ה:\n> Here are our bank details:\n\nהיי קלייר,\nהעברנו היום את התשלום עבור חשבונית AO-2026-0251\nרחל לוי';
    expect(stripQuoted(hebrew)).toBe('היי קלייר,\nהעברנו היום את התשלום עבור חשבונית AO-2026-0251\nרחל לוי');
    expect(stripQuoted('Szia Claire,\nbocs a csúszásért\nFri, 13 Nov 2026 11:00:00 +0100 időpontban Claire Weber <claire.weber@notices-rhenanes.fr> ezt írta:\n> Fizetési határidő: 2026.11.21')).toBe('Szia Claire,\nbocs a csúszásért');
    expect(stripQuoted('Ahoj,\nzaplaceno.\nDne 21. 10. 2026 v 15:22 Jan Novák <jan@firma.cz> napsal(a):\n> Faktura je po splatnosti')).toBe('Ahoj,\nzaplaceno.');
    expect(stripQuoted('Maksettu.\nMatti Virtanen kirjoitti 21.10.2026 klo 15.22:\n> Lasku erääntyi')).toBe('Maksettu.');
  });
  it('keeps a line of the reply that names a time but no one writing', () => {
    expect(stripQuoted('Le virement part demain à 10:30 :\nmontant 1 245,00 €')).toBe('Le virement part demain à 10:30 :\nmontant 1 245,00 €');
  });
});
