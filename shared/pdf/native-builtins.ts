/**
 * pdfjs-dist's legacy build (the one that runs on Node 20) carries core-js polyfills that replace some
 * built-ins for the whole process. One is `Array.prototype.push`: core-js swaps V8's for a JavaScript one to fix a
 * corner case (arrays whose length nears 2^32, or is read-only), which makes every `push` of the process — the
 * MIME parser's, the scan's — about twice as slow. This module is evaluated before pdfjs (import it first) and
 * keeps the natives, so that the reader puts them back once pdfjs and its worker code are loaded. The polyfills
 * that *add* what the runtime lacks (Promise.withResolvers, Uint8Array.fromBase64…) are left alone: pdfjs needs them.
 */
const NATIVE_PUSH = Array.prototype.push;

export function restoreNativeBuiltins(): void {
  if (Array.prototype.push !== NATIVE_PUSH) {
    Object.defineProperty(Array.prototype, 'push', { value: NATIVE_PUSH, writable: true, configurable: true, enumerable: false });
  }
}
