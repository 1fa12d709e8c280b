/**
 * Reply and forward prefixes as mail clients write them in the languages Relance reads:
 * Re, RE :, Fwd, Fw, TR (fr), AW/WG (de), RV/RE (es), R/I/Rif (it), SV/VS (nordic), Antw/Doorst (nl), Réf.
 */
const PREFIX = /^\s*(?:\[[^\]]{0,40}\]\s*)?(?:re|fwd?|tr|aw|wg|sv|vs|rv|r|i|rif|antw|antwort|doorst|réf\.?|ref\.?|enc|odp|atb)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*/i;
const FORWARD = /^\s*(?:\[[^\]]{0,40}\]\s*)?(?:fwd?|tr|wg|i|enc|doorst)\s*[:：]/i;

/** The subject without any chain of reply/forward prefixes, case kept. */
export function stripReplyPrefixes(subject: string): string {
  let s = subject;
  for (let i = 0; i < 20; i++) {
    const next = s.replace(PREFIX, '');
    if (next === s) break;
    s = next;
  }
  return s.trim();
}

export function hasReplyPrefix(subject: string): boolean {
  return PREFIX.test(subject);
}

/** The marker a mail client writes above a forwarded message ("---------- Forwarded message ---------"). */
const FORWARD_MARKER = /^-{2,}\s*(?:forwarded message|message transf[ée]r[ée]|weitergeleitete nachricht|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht)/im;

/** A forward: by its subject, or by the marker a mail client writes above the forwarded message. */
export function isForward(subject: string, text: string): boolean {
  if (FORWARD.test(subject)) return true;
  const opening = text.slice(0, 4000);
  // (the marker opens on two dashes: a text without them, most mail, is not searched line by line)
  return opening.includes('--') && FORWARD_MARKER.test(opening);
}
