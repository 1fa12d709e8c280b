import type { MailMessage } from '../mail/model';
import { stripReplyPrefixes } from '../mail/subject';

/**
 * Messages no person wrote in answer to the invoice: out-of-office replies and delivery failures.
 * They say nothing about payment, whatever words the quoted invoice under them holds.
 */

const BOUNCE_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;
const BOUNCE_SUBJECT =
  /^(?:undeliverable|undelivered mail|delivery status notification|delivery (?:has )?failed|mail delivery (?:failed|failure|subsystem)|returned mail|failure notice|non remis|non distribu|[ée]chec de (?:la )?(?:remise|distribution)|unzustellbar|nicht zustellbar|no se puede entregar|mensaje no entregado|impossibile recapitare|onbestelbaar)/i;
const AUTO_SUBJECT =
  /^(?:absen(?:ce|t|te)|out of (?:the )?office|ooo\b|automatic reply|auto(?:matic)?[ -]?(?:reply|response)|autoreply|r[ée]ponse automatique|abwesen(?:d|heit)\w*|automatische antwort|fuera de (?:la )?oficina|respuesta autom[áa]tica|ausente|risposta automatica|fuori (?:sede|ufficio)|assente|afwezig\w*|automatisch antwoord|niet aanwezig)(?:\s*[:\-–]|\s*$|\s+(?:jusqu|until|till|bis|hasta|fino|tot)\b)/i;

export function isBounce(message: MailMessage): boolean {
  return BOUNCE_SENDER.test(message.from?.address ?? '') || BOUNCE_SUBJECT.test(message.subject.trim());
}

/** Auto-Submitted (other than "no"), X-Autoreply/X-Autorespond, Precedence auto_reply, an absence or bounce subject. */
export function isAutoReply(message: MailMessage): boolean {
  const h = message.headers;
  const autoSubmitted = h['auto-submitted']?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return true;
  if (h['x-autoreply'] !== undefined || h['x-autorespond'] !== undefined) return true;
  if (/auto[_-]?reply/i.test(h['precedence'] ?? '')) return true;
  if (isBounce(message)) return true;
  // "Absent : Re: Facture …" puts the marker first, followed by a colon; "Re: Automatic reply: …" after a prefix.
  return AUTO_SUBJECT.test(message.subject.trim()) || AUTO_SUBJECT.test(stripReplyPrefixes(message.subject));
}
