/**
 * XML bytes to text. Producers get the declaration wrong often enough ("UTF-8-W/O-BOM", ISO-8859-1 declared
 * over UTF-8 bytes) that the bytes decide: a byte-order mark first, then the UTF-16 shape of "<?", then
 * UTF-8 when the bytes are valid UTF-8, and only then the declared encoding (Windows-1252 when it is unknown).
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decode('utf-8', bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return decode('utf-16be', bytes.subarray(2));
  if (b0 === 0x3c && b1 === 0x00 && b3 === 0x00) return decode('utf-16le', bytes);
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00) return decode('utf-16be', bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decode(declaredEncoding(bytes) ?? 'windows-1252', bytes);
  }
}

function declaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1] ?? null;
}

function decode(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    // An encoding name the platform does not know: Windows-1252 maps every byte, so nothing is lost.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
