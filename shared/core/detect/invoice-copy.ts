import { stripQuoted } from '../status/strip-quoted';
import type { MailMessage } from '../mail/model';
import { hasReplyPrefix, isForward } from '../mail/subject';
import { foldOnce } from '../text/fold';
import { isAutomatedSender } from './automated-sender';
import { execAll } from '../text/exec-all';
import type { Identity } from './identity';
import { wordStartRegExp } from '../text/word-start-regexp';

/**
 * An invoicing platform's copy to the user: the platform (Freebe, Pennylane, QuickBooks, FreshBooks, Evoliz…)
 * or the user's own address e-mails the user a copy of an invoice the user sent to a client ("Copie de votre
 * facture F-12 envoyée à Librairie X", "You sent this invoice to Y (y@client.com)", "Ihre Rechnung wurde an
 * Z versendet"). It is the only trace of that invoice in the mailbox, so it is the company's invoice — but
 * only when the invoice went to a THIRD party: "your invoice was sent to you" is a supplier's invoice.
 */

/**
 * The invoice words of a copy (a platform may say "document" for the invoice it sent; a payment platform's
 * request for money is the invoice it sends: "We've sent your request for €300.00 to X").
 */
const INVOICE = String.raw`(?:factures?|invoices?|notes?\s+d'honoraires|fee\s+notes?|(?:ausgangs|verkaufs)?rechnung(?:en)?|verkoopfactu+r(?:en)?|facturas?|faturas?|fattur[ae]|factu+r(?:en)?|faktur[aeyu]|documents?|dokument|documento|payment\s+requests?|requests?(?=\s+for\s+[€$£\d])|demandes?\s+de\s+paiement|betaalverzoek(?:en)?|zahlungsanforderung(?:en)?|solicitud(?:es)?\s+de\s+pago|richiest[ae]\s+di\s+pagamento)`;
/** "sent" in each language, as a participle ("envoyée", "sent", "versendet", "enviada", "inviata", "verzonden"). */
/** German and Dutch put the participle last ("an X versendet", "naar X verzonden"), or first in a title. */
const SENT_LAST = String.raw`(?:gesendet|versendet|verschickt|versandt|ubermittelt|zugestellt|verzonden|verstuurd|gestuurd)`;
// (and "remise via Peppol à X", a network's word for a delivery)
const SENT = String.raw`(?:envoye(?:e|s|es)?|adresse(?:e|s|es)?|transmise?s?|remise?s?|expedie(?:e|s|es)?|deposee?s?|soumise?s?|wyslan[aeyo]j?|przeslan[aeyo]j?|sent|e-?mailed|issued|delivered|submitted|uploaded|eingereicht|enviad[ao]s?|remitid[ao]s?|inviat[aoie]|spedit[aoie]|trasmess[aoie]|afgeleverd|${SENT_LAST})`;
/** "to" before the client: à, to, an, a, al, alla, naar, aan, para. */
const TO = String.raw`(?:a|to|an|al|alla|ad|naar|aan|para|do)`;
/**
 * Who the user is in the second person: "sent to you" is the user's own supplier invoice, not a copy. A word
 * that goes on past a dot is an address ("an u.hofmann@…"), not Dutch "u".
 */
const NOT_YOU = String.raw`(?=[^\s:])(?!(?:vous|toi|you|yourself|sie|ihnen|dich|dir|usted|ustedes|te|ti|voi|lei|u|jou|jij|me|moi|mir|mich|(?:votre|ton|ta|your|ihre?|su|tu|vostr[ao]|tuo|uw|je)\s+(?:adresse|address|e-?mail|mail|courriel|boite|inbox|compte|account|postfach|konto|correo|cuenta|casella|indirizzo|account))(?![\p{L}\p{N}]|[.\-_+][\p{L}\p{N}]))`;
/** The client's own people ("transmise à notre comptabilité"): a client telling where the invoice went. */
const NOT_OURS = String.raw`(?!(?:notre|nos|our|unser\w*|nuestr\w*|nostr\w*|onze|ons)(?![\p{L}\p{N}]))`;
/**
 * "par e-mail", "by email", "per E-Mail", "via mail", "au format EDI (INVOIC D96A)", "via Peppol" between the participle
 * and the client.
 */
const BY_MAIL = String.raw`(?:\s+(?:par|by|per|via|por)\s+(?:e-?mail|courriel|mail|correo|edi|peppol|chorus\s+pro)|\s+(?:au\s+format|en\s+format|in|as|im\s+format)\s+(?:edi|xml|ubl|factur-x|pdf|peppol)(?:\s+\([^()\n]{1,24}\))?)?`;
/** The day of the sending between the participle and the client: "la copie du message envoyé le 31/10/2026 à X", "sent on 31 October to X". */
const ON_DAY = String.raw`(?:\s+(?:le|on|am|el|il|op)\s+\d{1,4}[./-]\d{1,2}[./-]\d{1,4})?`;
/** What names the client after "to": up to the end of the line or sentence. */
const CLIENT = String.raw`([^\n!?]{2,120})`;

/** A platform's reminder (« Deuxième relance envoyée à finance@x.de pour la facture … »): sent, as an invoice is. */
const REMINDER = String.raw`(?:relances?|rappels?|reminders?|(?:zahlungs)?erinnerung(?:en)?|mahnung(?:en)?|solleciti|sollecito|recordatorios?|herinnering(?:en)?|aanmaning(?:en)?)`;
/** "facture F-12 envoyée à X", "invoice you sent to X", "copie de l'e-mail envoyé à X" (copy word or invoice word first). */
const INVOICE_SENT_TO = wordStartRegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${INVOICE}|${REMINDER}|copie|copy|kopie|copia)(?![\p{L}\p{N}])[^\n!?]{0,80}?(?<![\p{L}\p{N}])${SENT}${BY_MAIL}${ON_DAY}\s+${TO}(?![\p{L}\p{N}])\s*:?\s*${NOT_YOU}${NOT_OURS}${CLIENT}`,
  'du',
);
/**
 * "l'envoi de votre facture F-12 à X", "you sent this invoice to X", "se ha enviado la factura F-33 a X", « Facturio a envoyé la
 * relance n°1 pour la facture VP-2026-135 (5 700,00 € TTC, échue le 31/10/2026) à compta@studio-nebula.fr ».
 */
const SENDING_OF_INVOICE_TO = wordStartRegExp(
  String.raw`(?<![\p{L}\p{N}])(?:envoi|you(?:'ve| have)? sent|vous avez (?:bien )?envoye|sending|dispatch|versand|invio|envio|enviou|verzending|${SENT})(?![\p{L}\p{N}])[^\n!?]{0,30}?(?<![\p{L}\p{N}])${INVOICE}(?![\p{L}\p{N}])[^\n!?]{0,40}?(?:\([^()\n]{0,60}\)[^\n!?]{0,10}?)?\s${TO}\s+${NOT_YOU}${NOT_OURS}${CLIENT}`,
  'du',
);
/** "Ihre Rechnung RE-12 wurde an X versendet", "Uw factuur is naar X verzonden", "eine Kopie der E-Mail, die an X versendet wurde". */
const INVOICE_TO_SENT = wordStartRegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${INVOICE}|kopie|copie|copy|copia)(?![\p{L}\p{N}])[^\n!?]{0,120}?\s(?:an|naar|aan)\s+${NOT_YOU}${NOT_OURS}([^\n!?]{2,80}?)\s${SENT_LAST}(?![\p{L}\p{N}])`,
  'du',
);
/**
 * "Uw verkoopfactuur VF-12 voor Stad Kortrijk (p@kortrijk.be) werd afgeleverd via Peppol", "Your invoice 12 for Acme
 * (ap@acme.com) was delivered": the client after "for", with its address, then the sending.
 */
const INVOICE_FOR_CLIENT_SENT = wordStartRegExp(
  String.raw`(?<![\p{L}\p{N}])${INVOICE}(?![\p{L}\p{N}])[^\n!?]{0,40}?\s(?:voor|for|pour|fur|para|per)\s+${NOT_YOU}${NOT_OURS}([^\n!?()<>]{2,80}[(<][^\s()<>]+@[^\s()<>]+[)>])[^\n!?]{0,60}?(?<![\p{L}\p{N}])${SENT}(?![\p{L}\p{N}])`,
  'du',
);
/**
 * A platform's copy of a reminder it sent: "Nous avons relancé Dr Hélène Ferrand (x@y.fr) pour la facture 2026-00044", "We reminded X
 * about invoice 12", « Nous avons envoyé une relance à Fintrack SAS (ap@fintrack.fr) en votre nom ».
 */
const REMINDED = wordStartRegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:avons|avez|a|ont)\s+(?:bien\s+)?(?:relance|envoye\s+(?:une|un|la|le|votre)\s+(?:relance|rappel)(?:\s+automatique)?\s+a)|(?:we|you)(?:'ve|\s+have)?\s+(?:just\s+)?(?:reminded|sent\s+a\s+reminder\s+to)|(?:haben|hat)\s+(?:\S+\s+){0,2}?erinnert|(?:une|la|votre)\s+relance\s+(?:automatique\s+)?a\s+ete\s+envoyee\s+a|(?:an?\s+|the\s+|your\s+)?(?:automatic\s+)?reminder\s+(?:has\s+been|was)\s+sent\s+to)(?![\p{L}\p{N}])\s+${NOT_YOU}${NOT_OURS}${CLIENT}`,
  'du',
);
/**
 * "Document envoyé" / "Votre document a bien été envoyé", "Invoice sent", "Rechnung versendet", "Ihre Rechnung wurde
 * erfolgreich über die Zentrale Rechnungseingangsplattform des Bundes (ZRE) übermittelt": a sending, said without its recipient.
 */
const INVOICE_WAS_SENT = wordStartRegExp(String.raw`(?<![\p{L}\p{N}])${INVOICE}(?![\p{L}\p{N}])[^\n!?]{0,100}?(?<![\p{L}\p{N}])${SENT}(?![\p{L}\p{N}])`, 'u');
/**
 * The recipient given as a field of the notice: "Destinataire : Hôtel X <x@y.fr>", "Recipient: …", "Empfänger: …",
 * "Rechnungsempfänger: …", "E-Mail Rechnungsempfänger: …".
 */
const RECIPIENT_FIELD = new RegExp(
  String.raw`^[ \t]*(?:destinataires?|recipients?|sent\s+to|envoyee?\s+a|(?:e-?mail[ \t]+)?(?:rechnungs)?empfanger|destinatari[oa]s?|ontvangers?)[ \t]*:[ \t]*${NOT_YOU}${NOT_OURS}([^\n]{2,120})`,
  'dgmu',
);

const INVOICE_WORD = wordStartRegExp(String.raw`(?<![\p{L}\p{N}])${INVOICE}(?![\p{L}\p{N}])`, 'u');
/**
 * The client as a field of a supplier portal's notice, with its address: "Client : Éolia Renouvelables
 * (invoices@eolia.example)", "Customer: Garonne Hydro SA (ap@…)" — the portal (Ariba, Coupa, Jaggaer…) took the
 * user's invoice to that client. Without an address the field may name anyone.
 */
const CLIENT_FIELD = new RegExp(
  String.raw`^[ \t]*(?:client|customer|kunde|cliente|klant|buyer|acheteur)[ \t]*:[ \t]*${NOT_YOU}${NOT_OURS}([^\n]{2,120}@[^\n]{2,60})`,
  'dmu',
);
/** A portal's notice of an invoice taken in: "Confirmation de dépôt de facture", "invoice has been sent to your customer". */
const DEPOSITED = wordStartRegExp(String.raw`(?<![\p{L}\p{N}])(?:depot|submission|deposited|submitted|uploaded|sent|envoyee?|deposee?|soumise?|eingereicht)(?![\p{L}\p{N}])`, 'u');

/** Cheap first test: no participle of sending, no copy. */
const QUICK = /relanc|remind|afgeleverd|remis|erinnert|envoy|envoi|sent|d[ée]p[ôo]|soumi|submit|upload|eingereicht|wys[łl]an|przes[łl]an|adress|transmi|exp[ée]di|issued|e-?mailed|deliver|gesendet|versend|versand|verschickt|übermittelt|zugestellt|enviad|enviou|remitid|inviat|spedit|trasmess|verzonden|verstuurd|gestuurd/i;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
/** How much of a body the announcement is looked for in: it opens the copy. */
const OPENING = 1500;

/** The client a copy names: its address when written, and its name. */
export interface CopyRecipient {
  address: string | null;
  name: string | null;
}

function recipientOf(folded: string): { start: number; end: number } | null {
  // A portal's client field with its address is the most exact ("has been sent to your customer … Customer: X (x@y)").
  if (INVOICE_WORD.test(folded) && DEPOSITED.test(folded)) {
    const span = CLIENT_FIELD.exec(folded)?.indices?.[1];
    if (span) return { start: span[0], end: span[1] };
  }
  for (const re of [INVOICE_SENT_TO, SENDING_OF_INVOICE_TO, INVOICE_TO_SENT, INVOICE_FOR_CLIENT_SENT, REMINDED]) {
    // The client's words, where the group stands: folding keeps offsets, so the same span of the original.
    const span = re.exec(folded)?.indices?.[1];
    if (span) return { start: span[0], end: span[1] };
  }
  return INVOICE_WAS_SENT.test(folded) ? recipientFieldSpan(folded) : null;
}

/** The notice's recipient field, the one that gives an address when the name and the address are two fields. */
function recipientFieldSpan(folded: string): { start: number; end: number } | null {
  const fields = [...execAll(RECIPIENT_FIELD, folded)];
  const span = (fields.find((f) => EMAIL.test(f[1]!)) ?? fields[0])?.indices?.[1];
  return span ? { start: span[0], end: span[1] } : null;
}

/** "Librairie La Mouette (librairie@x.fr), le 2 novembre" → name and address. */
function parseRecipient(phrase: string): CopyRecipient {
  const address = EMAIL.exec(phrase)?.[0].toLowerCase() ?? null;
  const name = phrase
    .split(/[(<[]|\s[-–—]\s|,\s|\.\s|\s(?:le|on|am|el|il|op|du|de|from|von|del|van|pour|for|fur|per|voor)\s+\d/)[0]!
    .replace(EMAIL, '')
    .replace(/^\s*:?\s*/, '')
    // "déposée … à destination de Opéra de Saint-Étienne", "envoyée à l'attention de M. Roux"
    .replace(/^(?:destination\s+d(?:e\s+|u\s+|es\s+|')|l'attention\s+d(?:e\s+|u\s+|es\s+|'))/i, '')
    .replace(/[\s.:;]+$/, '')
    // "to Joost van Leeuwen at joost@dutchdesk.nl": the word before the address is not the name's
    .replace(/\s+(?:at|à|a|an|bei|en|chez|op)$/i, '')
    .trim();
  return { address, name: name.length >= 2 && !/@/.test(name) ? name : null };
}

/**
 * The client a text announces an invoice was sent to ("… envoyée à Librairie X (x@y.fr)"), or null when it
 * announces no sending to someone else. Texts without any verb of sending cost one quick test.
 */
export function announcedCopyRecipient(text: string): CopyRecipient | null {
  const opening = text.length > OPENING ? text.slice(0, OPENING) : text;
  if (!QUICK.test(opening)) return null;
  const folded = foldOnce(opening);
  const span = recipientOf(folded);
  return span ? parseRecipient(opening.slice(span.start, span.end)) : null;
}

/**
 * A notice titled by the sending ("[INVOIC] Facture F-12 transmise - Centrale X") whose body gives the recipient only
 * as a field ("Destinataire : Centrale X - adresse de facturation : factures@x.fr"), after an EDI heading of its own.
 */
function recipientFieldOfTitledSending(subject: string, text: string): CopyRecipient | null {
  if (!INVOICE_WAS_SENT.test(foldOnce(subject))) return null;
  const opening = text.length > OPENING ? text.slice(0, OPENING) : text;
  const span = recipientFieldSpan(foldOnce(opening));
  return span ? parseRecipient(opening.slice(span.start, span.end)) : null;
}

const compact = (name: string) => foldOnce(name).replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The recipient of a copy is the company itself, or the user by name ("envoyée à Paul Martin" to Paul
 * Martin): a supplier telling the user it sent them an invoice.
 */
function isUs(recipient: CopyRecipient, message: MailMessage, identity: Identity, namesCompany: (name: string) => boolean): boolean {
  if (recipient.address && identity.isMe(recipient.address)) return true;
  if (!recipient.name) return false;
  const name = compact(recipient.name);
  return namesCompany(recipient.name) || message.to.some((a) => a.name && compact(a.name).length >= 4 && name.includes(compact(a.name)));
}

/** A copy's subject says so: "Copie de votre facture…", "[Copy] Invoice…", "Kopie: Rechnung…", "Copia fattura…". */
const COPY_WORD = wordStartRegExp(String.raw`(?<![\p{L}\p{N}])(?:copie|copy|kopie|c[oó]pia|kopia)(?![\p{L}\p{N}])`, 'iu');

/** "[Copie] Facture FACT1181 – Manon & Lucas Besson": a copy titled by its invoice and, after a dash, its client. */
const TITLED_COPY = wordStartRegExp(String.raw`(?<![\p{L}\p{N}])${INVOICE}(?![\p{L}\p{N}])[^\n]{0,60}?\s[–—-]\s+([^\n–—]{2,80})$`, 'iu');

/**
 * A platform's copy to the user that says only "copy" and names its invoice and client in the title: the client by
 * name (its address comes from the document). Null when the title names no client, or the company itself.
 */
function titledCopyRecipient(message: MailMessage, identity: Identity, namesCompany: (name: string) => boolean): CopyRecipient | null {
  const name = TITLED_COPY.exec(message.subject)?.[1]?.trim();
  if (!name) return null;
  const recipient = { address: null, name };
  return isUs(recipient, message, identity, namesCompany) ? null : recipient;
}

/**
 * The client a copy to the user names, body first (it gives the address), then the subject. Null when the
 * message is no such copy: it goes to the user only (no outside recipient), starts a conversation (a reply
 * is a person answering), comes from a platform's automated address or says "copy" in its subject (a copy
 * sent from the user's own address does), and announces that an invoice went to someone other than the user's company.
 */
export function invoiceCopyRecipient(
  message: MailMessage,
  identity: Identity,
  namesCompany: (name: string) => boolean,
): CopyRecipient | null {
  if (!message.from) return null;
  const recipients = [...message.to, ...message.cc];
  // The client's own people may be in Cc ("Cc: Service Achats <achats@client.fr>" on a copy naming isabelle@client.fr):
  // only when the subject says "copy", and they are checked against the client named below.
  if (message.to.some((a) => !identity.isMe(a.address))) return null;
  const outsiders = message.cc.filter((a) => !identity.isMe(a.address));
  if (outsiders.length > 0 && !COPY_WORD.test(message.subject)) return null;
  if (!recipients.some((a) => identity.isMe(a.address)) && !message.deliveredTo.some((a) => identity.isMe(a))) return null;
  // A reply is no copy, but for a platform's next copy in the thread of its first ("Re: Copie – facture F-414
  // envoyée à …": "Copie de la relance automatique envoyée à …").
  const platformCopy = isAutomatedSender(message.from.address) && COPY_WORD.test(message.subject);
  // (a platform threads its notices by In-Reply-To without a "Re:": "Relance : facture HL-KSA-26-018" over « Copie de la
  // relance envoyée à … »; its text must then say so, below)
  const platformNotice = isAutomatedSender(message.from.address) && !hasReplyPrefix(message.subject);
  const isReply = message.inReplyTo !== null || hasReplyPrefix(message.subject);
  if ((isReply && !platformCopy && !platformNotice) || isForward(message.subject, message.text)) return null;
  // A person (a colleague: "facture F-12 envoyée à Roux, tu peux la saisir") writes no "copy" in the subject.
  if (!isAutomatedSender(message.from.address) && !COPY_WORD.test(message.subject)) return null;
  // (a reply's own words only: a client answering the copy quotes its « … enviada a Aceites y Encurtidos Bilbao SA »)
  const ownText = isReply ? stripQuoted(message.text) : message.text;
  const inBody = announcedCopyRecipient(ownText) ?? recipientFieldOfTitledSending(message.subject, ownText);
  // The platform's next copy says in its own text what it sent to whom; a client answering the copy's subject
  // from its "facturation@" mailbox ("Re: Copie de votre facture F-2026-126 envoyée à Smile Clinic") says nothing of the kind.
  if (isReply && inBody === null) return null;
  const inSubject = announcedCopyRecipient(message.subject);
  const found = [inBody, inSubject].filter((r): r is CopyRecipient => r !== null && !isUs(r, message, identity, namesCompany));
  if (found.length === 0) return platformCopy && outsiders.length === 0 ? titledCopyRecipient(message, identity, namesCompany) : null;
  // The body gives the address; the subject names the client's company, the body often its contact person.
  const address = found.find((r) => r.address)?.address ?? null;
  // Sent by the very address it names ("Re: Copie de la facture 1239 envoyée à factures@orsay-luxe.com" from that
  // mailbox, answering in the copy's thread): the client writing, no copy.
  if (address && address === message.from.address) return null;
  const domain = address?.split('@')[1];
  // (a platform's copy whose own text names the client's address may copy the client's advisers too: "Cc: Geom. Laura
  // Sala <laura.sala@studiosala.it>" on Obat's copy of an invoice sent to elena.moretti@morettihome.it)
  const advisersInCopy = platformCopy && inBody?.address != null;
  if (outsiders.length > 0 && !advisersInCopy && (!domain || outsiders.some((a) => a.address.split('@')[1] !== domain))) return null;
  return { address, name: [...found].reverse().find((r) => r.name)?.name ?? null };
}
