/**
 * The new text of a reply: everything from the first quote marker on is the quoted conversation.
 * Markers: "> " lines, "Le … a écrit :", "On … wrote:", "Am … schrieb", "El … escribió:", "Il … ha scritto:",
 * "-----Original Message-----", Outlook's "De : … Envoyé :" / "From: … Sent:" blocks, underscore rules.
 */
const MARKERS: RegExp[] = [
  /^\s*>/,
  /^\s*(?:le|on|am|el|il|op)\s.{0,200}(?:a\s+[ée]crit|wrote|schrieb|escribi[óo]|ha\s+scritto|schreef)\s*:?\s*$/i,
  /^\s*-{2,}\s*(?:original message|message d'origine|urspr[üu]ngliche nachricht|mensaje original|messaggio originale|oorspronkelijk bericht|forwarded message|message transf[ée]r[ée])/i,
  /^\s*_{10,}\s*$/,
  /^\s*(?:de|from|von|da)\s*:\s.*$/i,
];

export function stripQuoted(text: string): string {
  const lines = text.split(/\r?\n/);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const isHeaderBlock = /^\s*(?:de|from|von|da)\s*:\s/i.test(line) && /^\s*(?:envoy[ée]|sent|gesendet|enviado|inviato|date|datum|objet|subject|betreff|[àa]|to|an)\s*:/i.test(lines[i + 1] ?? '');
    if (MARKERS.slice(0, 4).some((re) => re.test(line)) || isHeaderBlock) break;
    // "Le lun. 5 oct. 2026 à 10:12, X <x@y> a\nécrit :" wraps over two lines.
    if (/^\s*(?:le|on|am|el|il)\s/i.test(line) && /^\s*(?:a\s+)?(?:[ée]crit|wrote|schrieb)\s*:/i.test(lines[i + 1] ?? '')) break;
    kept.push(line);
  }
  return kept.join('\n').trim();
}
