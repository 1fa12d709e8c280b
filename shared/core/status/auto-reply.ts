import type { MailMessage } from '../mail/model';
import { foldOnce } from '../text/fold';
import { PAY_PRESENT } from './reply-cues';
import { stripQuoted } from './strip-quoted';

/**
 * Messages no person wrote in answer to the invoice: out-of-office replies and delivery failures.
 * They say nothing about payment, whatever words the quoted invoice under them holds.
 */

const BOUNCE_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;
const BOUNCE_SUBJECT =
  /^(?:undeliverable|undelivered mail|delivery status notification|delivery (?:has )?failed|mail delivery (?:failed|failure|subsystem)|returned mail|failure notice|non remis|non distribu|[ée]chec de (?:la )?(?:remise|distribution)|unzustellbar|nicht zustellbar|no se puede entregar|mensaje no entregado|impossibile recapitare|onbestelbaar)/i;
const AUTO_SUBJECT =
  /^(?:absen(?:ce|t|te)|out of (?:the )?office|ooo\b|automatic reply|auto(?:matic)?[ -]?(?:reply|response)|autoreply|r[ée]ponse automatique|abwesen(?:d|heit)\w*|automatische antwort|fuera de (?:la )?oficina|respuesta autom[áa]tica|ausente|risposta automatica|fuori (?:sede|ufficio)|assente|afwezig\w*|automatisch antwoord|niet aanwezig|εκτός γραφείου|αυτόματη απάντηση|извън офиса|автоматичен отговор|otomatik yanıt|ofis dışında)(?:\s*[:\-–]|\s*$|\s+(?:jusqu|until|till|bis|hasta|fino|tot)\b)/i;

/**
 * An absence notice told only by its words (no header, a plain "Re:" subject): it opens by saying the writer is
 * away ("Ich bin bis einschließlich 13.07. nicht im Büro", "I am out of the office until Monday") and is short.
 */
const ABSENT = new RegExp(
  `(?<![a-z])(?:je\\s+suis|nous\\s+sommes|θα\\s+ειμαι|ειμαι|i\\s+am|i'm|we\\s+are|ich\\s+bin|wir\\s+sind|estoy|estamos|sono|siamo|ik\\s+ben|wij\\s+zijn)\\s+(?:\\S+\\s+){0,4}?` +
    `(?:absente?s?|out\\s+of\\s+(?:the\\s+)?office|away\\s+(?:from|until|till|on)|on\\s+(?:annual\\s+|parental\\s+|sick\\s+|maternity\\s+)?leave|on\\s+(?:holiday|vacation)|en\\s+(?:conge|vacances|deplacement)|` +
    `nicht\\s+im\\s+buro|abwesend|im\\s+urlaub|ausser\\s+haus|fuera\\s+de\\s+(?:la\\s+)?oficina|de\\s+vacaciones|ausente|fuori\\s+(?:ufficio|sede)|in\\s+ferie|assente|afwezig|met\\s+vakantie|niet\\s+op\\s+kantoor|εκτος\\s+γραφειου|σε\\s+αδεια)(?![a-z])`,
);
/** An absence notice says when the writer is back. */
const UNTIL_BACK = /(?<![a-z])(?:jusqu|until|till|through|back\s+on|return\w*|retour|bis|zuruck|hasta|regres\w*|fino\s+al|rientr\w*|tot|terug)(?![a-z])/;

function saysAbsent(message: MailMessage): boolean {
  const text = stripQuoted(message.text.slice(0, 4000));
  if (text.length > 800) return false;
  const opening = foldOnce(text.slice(0, 300));
  const m = ABSENT.exec(opening);
  // (a person who first apologises for the invoice, then says they are away, answers it: « Toutes mes excuses, votre facture était
  // restée sur la table du gîte … Je suis en déplacement … jusqu'à la mi-décembre ; le virement sera fait pour le 15 décembre »)
  return m !== null && UNTIL_BACK.test(opening.slice(m.index)) && !APOLOGY.test(opening.slice(0, m.index)) && !paysNow(foldOnce(text));
}

/** Apologies a person writes before explaining: « toutes mes excuses », « désolé », "sorry", « Entschuldigung », « disculpe ». */
const APOLOGY = /(?<![a-z])(?:excus\w*|desolee?s?|navree?s?|pardon|sorry|apologi\w*|entschuldig\w*|disculp\w*|perdon\w*|scus\w*)(?![a-z])/;

/** A person away who pays all the same (« je suis en déplacement jusqu'à dimanche. je te fais le virement lundi »): no notice. */
function paysNow(folded: string): boolean {
  PAY_PRESENT.lastIndex = 0;
  return PAY_PRESENT.exec(folded) !== null;
}

/** Words an automatic notice uses and a person answering an invoice does not. */
const NOTICE_WORDS = /(?<![a-z])(?:automati\w*|auto-?(?:reply|response)|ne\s+pas\s+repondre|do\s+not\s+reply|nicht\s+(?:darauf\s+)?antworten|bien\s+recu\s+votre|(?:have\s+)?received\s+your\s+(?:message|e-?mail)|eingegangen|will\s+(?:respond|reply|get\s+back|be\s+back)|repondr\w*|reviendr\w*|contacter|contact|wenden\s+sie\s+sich|vertretung|remplac\w*|urgen\w*|dringend\w*|absen\w*|abwesen\w*|urlaub|conge|vacances|holiday|vacation|leave|buro|bureau|office|oficina|ufficio|kantoor)(?![a-z])/;

/** A message under an auto-reply's subject with no header to say so: a notice if its words are a notice's, or if it has none. */
function readsAsNotice(message: MailMessage): boolean {
  const text = foldOnce(stripQuoted(message.text.slice(0, 4000)).slice(0, 600));
  return !/[a-z]{3}/.test(text) || NOTICE_WORDS.test(text) || UNTIL_BACK.test(text);
}

export function isBounce(message: MailMessage): boolean {
  return BOUNCE_SENDER.test(message.from?.address ?? '') || BOUNCE_SUBJECT.test(message.subject.trim());
}

/** Auto-Submitted (other than "no"), X-Autoreply/X-Autorespond, Precedence auto_reply, an absence or bounce subject, an absence notice's words. */
export function isAutoReply(message: MailMessage): boolean {
  const h = message.headers;
  const autoSubmitted = h['auto-submitted']?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return true;
  if (h['x-autoreply'] !== undefined || h['x-autorespond'] !== undefined) return true;
  if (/auto[_-]?reply/i.test(h['precedence'] ?? '')) return true;
  if (isBounce(message)) return true;
  // "Absent : Re: Facture …" puts the marker first, followed by a colon. After a prefix ("RE: Réponse automatique :
  // …") it is someone answering the auto-reply (the client's accountant: "nous avons bien reçu votre facture …"):
  // then only the words of an absence notice make it one.
  // Without a header, the subject's marker is believed unless the words under it are a person's: a notice's words
  // (away, back on, automatic, urgent matters, another contact) or none at all make it one; "sorry für die Verzögerung,
  // geht nächsten Freitag raus" under "Automatische Antwort: Zahlungserinnerung …" is the client answering.
  if (AUTO_SUBJECT.test(message.subject.trim())) return readsAsNotice(message);
  return saysAbsent(message);
}
