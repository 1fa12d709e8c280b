/**
 * The PDF thread of the CLI: the pdfjs reader runs here, beside the scan instead of inside it. Plain
 * JavaScript so that it starts under any loader (tsx, vitest, bare Node); the TypeScript reader is then
 * loaded through tsx's API.
 */
import process from 'node:process';
import { parentPort } from 'node:worker_threads';

// pdfjs's two modules are loaded first, by Node itself: through tsx's loader (registered below for the
// reader's TypeScript) these 3 MB of JavaScript take half a second more to load. Once loaded, every later
// import of them (the reader's, pdfjs's own of its worker code) gets these very modules.
// - Source maps are off meanwhile (the parent passes no tsx preload, which turns them on, but a
//   --enable-source-maps would): Node would read and parse pdfjs's 7.8 MB of maps, a third of a second of CPU.
// - pdfjs's polyfills replace Array.prototype.push with a slower one for the whole thread; the reader's
//   native-builtins.ts, loaded after pdfjs here, cannot keep the native one: it is kept and put back here.
const nativePush = Array.prototype.push;
const sourceMaps = process.sourceMapsEnabled;
process.setSourceMapsEnabled(false);
await import('pdfjs-dist/legacy/build/pdf.mjs');
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
process.setSourceMapsEnabled(sourceMaps);
Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true, enumerable: false });

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

async function answer({ id, bytes, opts }) {
  try {
    const { text, embeddedFiles } = await readerFor(opts).read(bytes);
    parentPort.postMessage({ id, ok: true, text, embeddedFiles });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, message: error?.message ?? String(error), reason: error?.reason ?? 'broken' });
  }
}

// (reads come one by one, or as a batch of those asked for in one turn of the parent's event loop: see pdf-thread.ts)
parentPort.on('message', (message) => {
  for (const request of message.batch ?? [message]) void answer(request);
});
