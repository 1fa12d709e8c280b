/**
 * How much a PDF's compressed streams expand to, counted up to a limit before pdfjs reads the file: pdfjs
 * inflates a content stream whole, in one go, so a 1 MB "decompression bomb" (a gigabyte of spaces, deflated)
 * costs it gigabytes of memory and seconds no timeout can interrupt. Only streams pdfjs inflates to read text
 * count (contents, object streams, fonts): images are never decoded for text and are skipped.
 *
 * Web APIs only (DecompressionStream, Blob): it runs in Node and in the browser hosts alike.
 */
const STREAM = 'stream';
const END_STREAM = 'endstream';
/** How far back from "stream" its dictionary is looked for. */
const DICTIONARY_WINDOW = 2048;

/** The data of every stream that is not an image, as written in the file (still compressed). */
function textStreams(bytes: Uint8Array): Uint8Array[] {
  const text = new TextDecoder('latin1').decode(bytes);
  const out: Uint8Array[] = [];
  for (let at = text.indexOf(STREAM); at >= 0; at = text.indexOf(STREAM, at + STREAM.length)) {
    if (text.startsWith(END_STREAM, at - 3)) continue;
    let start = at + STREAM.length;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const end = text.indexOf(END_STREAM, start);
    if (end < 0) break;
    const dictionary = text.slice(Math.max(0, at - DICTIONARY_WINDOW), at);
    const opened = dictionary.lastIndexOf('obj');
    const own = opened >= 0 ? dictionary.slice(opened) : dictionary;
    if (/\/FlateDecode|\/Fl\b/.test(own) && !/\/Subtype\s*\/Image/.test(own)) out.push(bytes.subarray(start, end));
    at = end;
  }
  return out;
}

/** Bytes one zlib stream inflates to, read up to `limit` (then reading stops); a stream that is not zlib counts 0. */
async function inflatedBytes(data: Uint8Array, limit: number): Promise<number> {
  let total = 0;
  const reader = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate')).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.byteLength;
      if (total > limit) return total;
    }
  } catch {
    // Not zlib data, or cut short: pdfjs reads no more of it than was counted.
    return total;
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}

/** Deflate never expands more than this (its longest match, 258 bytes, written in two bits at best). */
const MAX_DEFLATE_RATIO = 1032;

/** Whether the PDF's text streams inflate to more than `limit` bytes in all. */
export async function inflatesBeyond(bytes: Uint8Array, limit: number): Promise<boolean> {
  const streams = textStreams(bytes);
  // Most PDFs are too small to hold a bomb: then nothing need be inflated.
  if (streams.reduce((n, s) => n + s.length, 0) * MAX_DEFLATE_RATIO <= limit) return false;
  let total = 0;
  for (const data of streams) {
    total += await inflatedBytes(data, limit - total);
    if (total > limit) return true;
  }
  return false;
}
