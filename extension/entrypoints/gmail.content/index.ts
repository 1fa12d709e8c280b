/**
 * The content script on mail.google.com: loads InboxSDK and starts Relance's features. Everything that
 * stores data goes to the background by typed messages (IndexedDB here would belong to Gmail's origin).
 * Requests from this world may go to Gmail only (network-guard.ts). When the extension updates or is turned
 * off, the features stop (ctx.onInvalidated). `data-relance` on <html> tells how the start went.
 */
import '../../../shared/app/zod-jitless';
import { loadGmail } from '../../gmail/load';
import { createClient, createRouter, type Envelope } from '../../../shared/app/messages';
import { startContent } from '../../content/start-content';
import { lazyPdfReader } from '../../content/lazy-pdf-reader';
import { gmailOnly, guardNetwork } from '../../content/network-guard';
import '../../ui/relance.css';

/** Extension file URLs, including files the build adds (pdfjs worker) that WXT's path types do not list. */
const extensionUrl = (path: string): string => (browser.runtime.getURL as (p: string) => string)(path);

const APP_ID = import.meta.env.WXT_INBOXSDK_APP_ID || 'sdk_relance_dev_0';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_end',
  async main(ctx) {
    guardNetwork(globalThis, gmailOnly, (url) => console.warn('[Relance] request refused (Relance sends nothing anywhere):', url));
    const status = (s: string) => document.documentElement.setAttribute('data-relance', s);
    status('loading');
    const send = createClient((envelope: Envelope) => browser.runtime.sendMessage(envelope));
    const stop = new AbortController();
    ctx.onInvalidated(() => stop.abort());
    try {
      const fetchBytes = async (url: string) => new Uint8Array(await (await fetch(url, { credentials: 'include' })).arrayBuffer());
      const { host, userEmail } = await loadGmail(APP_ID, fetchBytes);
      const pdfReader = lazyPdfReader(
        () => import(/* @vite-ignore */ extensionUrl('/pdfjs/pdf.worker.min.mjs')),
        async () => (await import('../../../shared/pdf/pdfjs-reader')).createPdfjsReader(),
      );
      const running = await startContent({ host, send, pdfReader, userEmail, asset: (p) => extensionUrl(`/${p}`), stop: stop.signal });
      // What the extension's pages ask of Gmail itself, passed on by the background (tabs.sendMessage).
      const route = createRouter({ 'mail.scanRecent': (request) => running.scanRecent(request) });
      const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
        const reply = route(message);
        if (!reply) return undefined;
        void reply.then(sendResponse);
        return true;
      };
      browser.runtime.onMessage.addListener(onMessage);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
      status('started');
    } catch (error) {
      // InboxSDK or Gmail failed to load: Relance stays out of the way, Gmail keeps working.
      status('failed');
      console.error('[Relance] not started in Gmail:', error);
    }
  },
});
