/**
 * The PDF thread of the CLI: the pdfjs reader runs here, beside the scan instead of inside it. Plain
 * JavaScript so that it starts under any loader (tsx, vitest, bare Node); the TypeScript reader is then
 * loaded through tsx's API.
 */
import { parentPort } from 'node:worker_threads';

// A thread does not inherit the loader hooks of its parent: register tsx's for this one.
const { register } = await import('tsx/esm/api');
register();

const { createPdfjsReader } = await import('../pdf/pdfjs-reader.ts');

/** One reader per set of options (limits), each reading one document at a time. */
const readers = new Map();
function readerFor(opts) {
  const key = JSON.stringify(opts ?? {});
  let reader = readers.get(key);
  if (!reader) readers.set(key, (reader = createPdfjsReader(opts ?? {})));
  return reader;
}

parentPort.on('message', async ({ id, bytes, opts }) => {
  try {
    const { text, embeddedFiles } = await readerFor(opts).read(bytes);
    parentPort.postMessage({ id, ok: true, text, embeddedFiles });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, message: error?.message ?? String(error), reason: error?.reason ?? 'broken' });
  }
});
