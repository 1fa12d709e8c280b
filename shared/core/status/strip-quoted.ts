/**
 * The new text of a reply: what its author wrote, without the conversation it quotes, without a
 * forwarded message and without the "-- " signature or mobile footer. Status cues must only be read
 * in the new text: a quoted reminder says "unpaid", a quoted invoice says "payment by transfer".
 */
import { rememberRecent } from '../text/recent-results';

/** "Le … a écrit :", "On … wrote:", "Am … schrieb …:", "El … escribió:", "Il … ha scritto:", "Op … schreef …:". */
const ATTRIBUTION_OPENER = /^\s*(?:le|on|am|el|il|il giorno|op|den|w dniu|em|no dia)\s/i;
const ATTRIBUTION_VERB = /(?:a\s+[ée]crit|wrote|schrieb|escribi[óo]|ha\s+scritto|scrisse|schreef|skrev|napisa[łl]|escreveu)(?:\s+[^:\n]{0,120})?\s*:\s*$/i;
/** "X <x@y> wrote:" without an opener, as some clients write it. */
const BARE_ATTRIBUTION = /^[^\n:]{1,160}\s(?:a\s+[ée]crit|wrote|schrieb|escribi[óo]|ha\s+scritto|schreef)\s*:\s*$/i;
/**
 * The attributions other mail apps and languages write, with a time or an address in them (so with colons of their own):
 * "בתאריך 21.10.2026 בשעה 15:22, Claire <claire@…> כתב/ה:", "Dne 21. 10. 2026 v 15:22 X <x@…> napsal(a):",
 * "X <x@…> ezt írta (időpont: 2026. okt. 21., Sze, 15:22):", "X kirjoitti 21.10.2026 klo 15.22:", "… tarihinde şunu yazdı:".
 */
const WROTE_IN_OTHER_LANGUAGES =
  /(?:a\s+[ée]crit|wrote|schrieb|escribi[óo]|ha\s+scritto|scrisse|schreef|skrev|skriver|napisa[łl]|escreveu|כתב(?:\/ה|ה)?|كتب|пишет|пише|написал[аи]?|написа|napsal|nap[ií]sal|napisao|napisala|napisal|kirjoitti|[ií]rta|yazd[ıi]|έγραψε|a\s+scris|skrifa[ðd]i|kirjutas|ra[šs][eė]|rakst[īi]ja|写道|작성)(?:\([a-zа-я]{1,3}\))?(?:\s+[^\n]{0,80}?|\s*\([^()\n]{0,80}\))?\s*[:：]\s*$/i;
const TIME_OR_ADDRESS = /\d{1,2}[:.]\d{2}|@/;

const SEPARATORS = [
  /^\s*-{2,}\s*(?:original message|message d'origine|message original|urspr[üu]ngliche nachricht|originalnachricht|mensaje original|messaggio originale|oorspronkelijk bericht|forwarded message|message transf[ée]r[ée]|weitergeleitete nachricht|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht)/i,
  /^\s*(?:begin forwarded message|d[ée]but du message (?:r[ée]exp[ée]di[ée]|transf[ée]r[ée])|anfang der weitergeleiteten nachricht|inicio del mensaje reenviado|inizio messaggio inoltrato)\s*:?\s*$/i,
];

/** First line of an Outlook header block ("De : X", "From: X", "*From:* X"). */
const HEADER_FROM = /^\s*\*?(?:de|from|von|da|van|od|exp[ée]diteur|absender|remitente)\s*\*?\s*:\s*\S/i;
/** A line of the same block ("Envoyé :", "Sent:", "Gesendet:", "Enviado el:", "Enviada:", "Inviato:", "Verzonden:", "Objet :", "Assunto:", "To:"…). */
const HEADER_OTHER = /^\s*\*?(?:envoy[ée](?:\s+le)?|sent|gesendet|enviad[oa](?:\s+el|\s+em)?|assunto|wys[lł]ano|temat|inviato|verzonden|date|datum|fecha|data|objet|subject|betreff|asunto|oggetto|onderwerp|[àa]|to|an|para|aan|cc)\s*\*?\s*:/i;

/** Signature delimiter and the footers mobile mail apps append. */
const SIGNATURE = [
  /^--\s?$/,
  // a legal disclaimer closing the mail ("Se l'avete ricevuta per errore vi preghiamo di cancellarla" cancels no invoice)
  /^\s*(?:\*+\s*)?(?:aviso\s+legal|disclaimer|confidentiality\s+notice|avis\s+de\s+confidentialit|avertissement\s*:|(?:ce|le\s+present)\s+(?:message|courriel|mail|e-?mail)\b.{0,100}(?:confidenti|destin)|this\s+(?:e-?mail|message|communication)\b.{0,100}(?:confidential|intended|privileged)|quest[ao]\s+(?:e-?mail|messaggio|comunicazione)\b.{0,100}(?:riservat|destinat|confidenzial)|este\s+(?:mensaje|correo)\b.{0,100}(?:confidencial|destinatario)|diese\s+(?:e-?mail|nachricht)\b.{0,100}(?:vertraulich|bestimmt)|dit\s+(?:bericht|e-?mail(?:bericht)?)\b.{0,100}(?:vertrouwelijk|bestemd)|esta\s+mensagem\b.{0,100}(?:confidencia|destinat))/i,
  /^\s*(?:sent from my|envoy[ée] de mon|envoy[ée] depuis mon|von meinem .{0,30} gesendet|enviado desde mi|inviato da(?:l mio)?|verzonden (?:vanaf|met) mijn|get outlook for|obtenir outlook pour|outlook f[üu]r)/i,
];

function isHeaderBlock(lines: readonly string[], i: number): boolean {
  if (!HEADER_FROM.test(lines[i]!)) return false;
  for (let j = i + 1; j <= i + 4 && j < lines.length; j++) if (HEADER_OTHER.test(lines[j]!)) return true;
  return false;
}

/** Both attribution patterns end with a colon: a line that does not cannot end one (a cheap test first). */
const ENDS_WITH_COLON = /[:：]\s*$/;

function isAttribution(lines: readonly string[], i: number): boolean {
  const line = lines[i]!;
  if (ENDS_WITH_COLON.test(line) && BARE_ATTRIBUTION.test(line)) return true;
  if (ENDS_WITH_COLON.test(line) && line.length <= 300 && TIME_OR_ADDRESS.test(line) && WROTE_IN_OTHER_LANGUAGES.test(line)) return true;
  if (!ATTRIBUTION_OPENER.test(line)) return false;
  // Mail clients wrap a long attribution over two or three lines, never across a blank line: "Le virement
  // sera fait le 15 décembre." then a blank line then the attribution is the reply, not the attribution.
  for (let n = 1; n <= 3 && i + n <= lines.length; n++) {
    if (n > 1 && !lines[i + n - 1]!.trim()) break;
    if (!ENDS_WITH_COLON.test(lines[i + n - 1]!)) continue;
    const joined = lines.slice(i, i + n).join(' ');
    if (joined.length > 400) break;
    if (ATTRIBUTION_VERB.test(joined)) return true;
  }
  return false;
}

/** Where the quoted or forwarded part begins, as a line index (lines.length when there is none). */
function quoteStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*>/.test(line)) return i;
    if (SEPARATORS.some((re) => re.test(line))) return i;
    if (isAttribution(lines, i) || isHeaderBlock(lines, i)) return i;
    // Outlook draws a rule of underscores right above its header block.
    if (/^\s*_{8,}\s*$/.test(line)) {
      let next = i + 1;
      while (next < lines.length && !lines[next]!.trim()) next++;
      if (next < lines.length && isHeaderBlock(lines, next)) return i;
    }
  }
  return lines.length;
}

/**
 * A reply written below (or between) ">" quotes, with nothing above them: its own lines are those outside
 * the quotes, up to a forwarded or Outlook-quoted part. Attribution lines ("Le … a écrit :") are not its words.
 */
function bottomPosted(lines: readonly string[], start: number): string[] {
  const own: string[] = [];
  let quoted = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*>/.test(line)) {
      quoted = true;
      continue;
    }
    if (SEPARATORS.some((re) => re.test(line)) || isHeaderBlock(lines, i)) break;
    if (isAttribution(lines, i)) continue;
    own.push(line);
  }
  return quoted ? own : [];
}

const INLINE_ANSWERS =
  /(?:entre\s+l[ií]neas|inline|in\s+line|(?:see|answers?|replies|comments?)\s+(?:\w+\s+)?below|ci-dessous|dans\s+le\s+(?:texte|corps)|en\s+rouge|in\s+red|im\s+text|zwischen\s+den\s+zeilen|tra\s+le\s+righe|hieronder|in\s+de\s+tekst)/i;

/**
 * The same message's new text is wanted by several readers (the auto-reply test, the payment notice, the invoice's
 * own text, the reply classifiers): each text's last answers are remembered, with and without its signature.
 */
const recentWithoutSignature = rememberRecent(256, (text) => newText(text, false));
const recentWithSignature = rememberRecent(256, (text) => newText(text, true));

export function stripQuoted(text: string, opts: { keepSignature?: boolean } = {}): string {
  return opts.keepSignature ? recentWithSignature(text) : recentWithoutSignature(text);
}

function newText(text: string, keepSignature: boolean): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const start = quoteStart(lines);
  let kept = lines.slice(0, start);
  if (!kept.some((line) => line.trim())) kept = bottomPosted(lines, start);
  // "Te contesto entre líneas", "see my answers below": the answers stand between the quotes.
  else if (INLINE_ANSWERS.test(kept.join(' '))) kept = [...kept, ...bottomPosted(lines, start)];
  const signature = keepSignature ? -1 : signatureStart(kept);
  if (signature > 0 && onlyGreeting(kept.slice(0, signature))) kept = [...kept.slice(0, signature), ...textBelowSignature(kept, signature)];
  else if (signature > 0) kept = kept.slice(0, signature);
  return kept.join('\n').trim();
}

function signatureStart(lines: readonly string[]): number {
  return lines.findIndex((line, i) => i > 0 && SIGNATURE.some((re) => re.test(line)));
}

/** « Bonjour Mathilde, », "Hi Tom!": a salutation line and nothing else (not « Merci, », « Cordialement »: a message's end). */
const GREETING_LINE = /^(?:bonjour|bonsoir|salut|coucou|hello|hi|hey|dear|cher|ch[eè]re|madame|monsieur|guten\s+(?:tag|morgen|abend)|hallo|liebe[rs]?|sehr\s+geehrte[rs]?|hola|buenos\s+d[ií]as|buongiorno|ciao|beste|geachte|good\s+(?:morning|afternoon|evening))(?![\p{L}])[^.?\d\n]{0,50}[,!:]?$/iu;

function onlyGreeting(lines: readonly string[]): boolean {
  const written = lines.map((line) => line.trim()).filter(Boolean);
  return written.length === 1 && GREETING_LINE.test(written[0]!);
}

/**
 * A mail app that inserts the signature where the cursor stands leaves it under the greeting, the message below
 * it: « Bonjour Mathilde, / -- / Julien Martin / … / (blank) / Le virement annoncé … n'est jamais arrivé. » The
 * signature is the block of lines right under "--"; the paragraphs after it are the message (up to a footer).
 */
function textBelowSignature(lines: readonly string[], signature: number): string[] {
  if (!/^--\s?$/.test(lines[signature]!)) return [];
  let i = signature + 1;
  while (i < lines.length && lines[i]!.trim()) i++;
  const below = lines.slice(i);
  const footer = signatureStart(['', ...below]) - 1;
  return footer >= 0 ? below.slice(0, footer) : below;
}

/**
 * What a reply written below the message it quotes says ("> …" lines, then "Servus, hab grad überwiesen."): the
 * lines after the last quoted line, when the reply has nothing above its quote. Empty when there are none.
 */
export function bottomPostedText(text: string): string {
  const lines = text.split(/\r?\n/);
  let lastQuoted = -1;
  for (let i = 0; i < lines.length; i++) if (/^\s*>/.test(lines[i]!)) lastQuoted = i;
  if (lastQuoted < 0) return '';
  return stripQuoted(lines.slice(lastQuoted + 1).join('\n')).trim();
}
