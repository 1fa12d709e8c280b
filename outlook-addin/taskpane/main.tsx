/**
 * The task pane's entry: once Office is ready, the Office.js adapter, the Relance service (ledger and drafts
 * in the add-in's IndexedDB) and the PDF reader are handed to the React pane.
 */
import '../../shared/app/zod-jitless';
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../office/outlook-host';
import { browserPdfReader } from '../pdf-reader';
import { createMailCache } from '../mail-cache';
import { createRelanceClient } from '../service';
import { localIsoDate } from '../../shared/core/schedule/business-days';
import { meOf } from '../flow';
import { paneLanguage } from './strings';
import { App } from './App';

const root = createRoot(document.getElementById('root')!);

Office.onReady(async () => {
  const host = createOfficeHost(Office);
  try {
    const client = await createRelanceClient({ defaults: { me: meOf({ me: [] }, host.userAddress()), language: paneLanguage(host.displayLanguage()) } });
    root.render(<App relance={{ host, client, pdfReader: browserPdfReader(), mailCache: createMailCache() }} today={localIsoDate(new Date())} />);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.style.cssText = 'font:14px Segoe UI,system-ui,sans-serif;color:#b10e1c;margin:12px';
    p.textContent = `Relance n'a pas pu ouvrir son registre : ${message}`;
    document.body.replaceChildren(p);
  }
});
