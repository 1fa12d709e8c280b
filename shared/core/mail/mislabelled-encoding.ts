/**
 * Bodies whose sender declared the wrong Content-Transfer-Encoding, read as the sender meant them. Scripts that
 * write mail by hand make two mistakes a mail reader shows as gibberish: plain 8-bit text declared base64 (decoded
 * as base64 it becomes bytes of no charset), and base64 text declared quoted-printable (it reads as a blob of
 * letters). Neither can happen to a well-formed part, so each is mended only where it shows.
 */

/** A decoded text that is mostly U+FFFD: bytes that were no text in its charset (a part's base64 decoding of plain text). */
export function looksGarbled(text: string | undefined): boolean {
  if (!text || !text.includes('\uFFFD')) return false;
  const replaced = text.match(/\uFFFD/g)!.length;
  return replaced >= 4 && replaced >= text.replace(/\s+/g, '').length * 0.05;
}

/** Lines of base64 only, the longest at least 40 characters: a body still encoded. */
const BASE64_BLOB = /^(?:[A-Za-z0-9+/]+={0,2}[ \t]*(?:\r?\n|$))+$/;

/**
 * The text a base64 blob encodes, when a part declared quoted-printable holds base64 ("Qm9uam91ciBTYW5kcmluZSwK…"),
 * or null: not a blob, or not UTF-8 text once decoded.
 */
export function decodedBlob(text: string | undefined): string | null {
  // (most texts show a space or a punctuation mark in their first characters: looked at before anything is copied)
  if (!text || text.length < 40 || /[^A-Za-z0-9+/=\s]/.test(text.slice(0, 100))) return null;
  const blob = text.trim();
  if (blob.length < 40 || /[^A-Za-z0-9+/=\s]/.test(blob) || !BASE64_BLOB.test(blob)) return null;
  const compact = blob.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]{40}/m.test(blob)) return null;
  try {
    const binary = atob(compact);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // (text, not the bytes of a file: no control characters but line breaks and tabs)
    return /(?![\n\r\t\f])\p{Cc}/u.test(decoded) ? null : decoded;
  } catch {
    return null;
  }
}

const BASE64_HEADER = /^content-transfer-encoding:[ \t]*base64[ \t]*$/gim;
const BLANK_LINE = /\r?\n\r?\n/g;

/**
 * The raw message with each text part declared base64 whose body is no base64 (spaces inside lines, accents,
 * punctuation) declared 8bit instead, or null when no part is. Positions are the bytes' own: each byte decodes to one
 * character in windows-1252, so the text's indices are the bytes'.
 */
export function relabelPlainBase64(bytes: Uint8Array): Uint8Array | null {
  const text = new TextDecoder('windows-1252').decode(bytes);
  const cuts: { start: number; end: number }[] = [];
  for (const m of text.matchAll(BASE64_HEADER)) {
    BLANK_LINE.lastIndex = m.index;
    const blank = BLANK_LINE.exec(text);
    if (!blank) continue;
    const blockStart = Math.max(text.lastIndexOf('\n\n', m.index), text.lastIndexOf('\n\r\n', m.index), 0);
    const type = /^content-type:[ \t]*([\w.+-]+\/[\w.+-]+)/im.exec(text.slice(blockStart, blank.index));
    if (type && !/^text\//i.test(type[1]!)) continue;
    const bodyStart = blank.index + blank[0].length;
    const boundary = text.indexOf('\n--', bodyStart);
    const body = text.slice(bodyStart, boundary < 0 ? text.length : boundary);
    // A base64 body holds its alphabet and line breaks only; a line with spaces inside or accents is text.
    if (/[^A-Za-z0-9+/=\r\n]/.test(body.trim())) {
      const start = m.index + m[0].toLowerCase().indexOf('base64');
      cuts.push({ start, end: start + 'base64'.length });
    }
  }
  if (cuts.length === 0) return null;
  const parts: Uint8Array[] = [];
  let at = 0;
  const eightBit = new TextEncoder().encode('8bit');
  for (const cut of cuts) {
    parts.push(bytes.subarray(at, cut.start), eightBit);
    at = cut.end;
  }
  parts.push(bytes.subarray(at));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
