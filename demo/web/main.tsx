/**
 * The browser demo (`npm start`): a mailbox-like page with the bundled demo mailbox (demo/mailbox) running
 * the extension's own features, UI components, service and core through the demo host adapter. No account,
 * no network: the mailbox is bundled, the ledger is this page's IndexedDB, PDFs are read by pdfjs here; the
 * visitor may open .eml files of their own, read in the page too.
 */
import '../../shared/app/zod-jitless';
import { createRoot } from 'react-dom/client';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import pdfWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import { parseMime } from '../../shared/core/mail/parse-mime';
import { threadMessages } from '../../shared/core/mail/threading';
import { createMeMatcher } from '../../shared/core/detect/me';
import { scanThreadsForLedger } from '../../shared/core/scan/scanned-receivable';
import { memoryDocuments } from '../../shared/app/kept-documents';
import { keepDocuments } from '../../extension/content/kept-documents';
import { Ledger } from '../../shared/ledger/ledger';
import { createPdfjsReader } from '../../shared/pdf/pdfjs-reader';
import { createClient, createRouter, directTransport } from '../../shared/app/messages';
import { createRelanceService, type KeyValueStore } from '../../shared/app/relance-service';
import { startContent } from '../../extension/content/start-content';
import type { RecentSentScan } from '../../extension/content/recent-sent-scan';
import { createTranslate } from '../../shared/app/i18n';
import { createDemoHost } from './demo-host';
import { openEmlFiles } from './open-eml';
import { DemoApp } from './DemoApp';
import config from '../demo-config.json';
import profile from '../demo-profile.json';
import type { CompanyProfile } from '../../shared/core/profile/company-profile';
import '../../extension/ui/relance.css';
import './demo.css';

pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;

const files = import.meta.glob('../mailbox/*/*.eml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** The demo's clock: the day the demo mailbox is set on (demo-config.json), at the visitor's time of day. */
function demoNow(): Date {
  const now = new Date();
  const [y, m, d] = config.today.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, now.getHours(), now.getMinutes(), now.getSeconds());
}

const memory = new Map<string, string>();
const store: KeyValueStore = {
  get: async <T,>(key: string) => (memory.has(key) ? (JSON.parse(memory.get(key)!) as T) : undefined),
  set: async (key, value) => void memory.set(key, JSON.stringify(value)),
};

async function main() {
  const root = createRoot(document.getElementById('root')!);
  // Each visit starts from the mailbox as written: a fresh ledger.
  const ledger = new Ledger({ name: 'relance-demo', now: demoNow });
  await ledger.destroy();
  const fresh = new Ledger({ name: 'relance-demo', now: demoNow });
  let version = 0;
  const listeners = new Set<() => void>();
  // "Scan recent sent mail" is the content's (it reads the mailbox page); the content starts after the service.
  let scanRecent: RecentSentScan | null = null;
  const service = createRelanceService({
    ledger: fresh,
    store,
    documents: memoryDocuments(),
    source: 'mbox',
    today: () => config.today,
    defaults: { me: config.me, language: 'fr' },
    scanRecentMail: (request) => (scanRecent ? scanRecent(request) : Promise.reject(new Error('the demo is still starting'))),
    onChange: () => {
      version++;
      for (const l of listeners) l();
    },
  });
  const send = createClient(directTransport(createRouter(service.handlers)));
  await send('settings.set', { me: config.me, profile: profile as CompanyProfile });

  const messages = await Promise.all(
    Object.entries(files)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(async ([path, raw]) => {
        const folder = path.split('/').at(-2)!;
        const message = await parseMime(raw, { fallbackId: `<${folder}-${path.split('/').at(-1)}@demo>` });
        return { ...message, hostThreadId: folder };
      }),
  );
  // Conversations keep the host's id (the demo's folder name), as Gmail's keep their thread id.
  const threads = threadMessages(messages)
    .map((thread) => ({ ...thread, id: thread.messages[0]!.hostThreadId ?? thread.id }))
    .sort((a, b) => (b.messages.at(-1)!.date ?? '').localeCompare(a.messages.at(-1)!.date ?? ''));
  const isMe = createMeMatcher(config.me);
  const host = createDemoHost(threads, { me: 'claire@menuiserie-lambert.fr', isMe, now: demoNow });
  const pdfReader = createPdfjsReader();

  // "Scan recent sent mail": the demo reads its whole mailbox once, so the list and the dashboard show it.
  const scan = async (list: typeof threads) => {
    for (const thread of list) {
      const receivables = await scanThreadsForLedger([thread], { me: config.me, today: config.today, pdfReader });
      if (!receivables.length) continue;
      const { invoices } = await send('thread.scanned', { threadId: thread.id, receivables });
      // The invoices' PDFs are kept as Gmail's conversations keep them when opened: a grouped reminder re-attaches them all.
      await keepDocuments(send, thread, invoices);
    }
  };
  await scan(threads);
  // The visitor's own .eml files: read here, scanned the same way, then listed (their labels come from the ledger).
  const openFiles = async (files: File[]) => {
    const { threads: opened, failed, warnings } = await openEmlFiles(files);
    await scan(opened);
    host.addThreads(opened);
    for (const f of failed) host.notify(`${f.name} : ${f.reason}`, 'error');
    for (const w of warnings) host.notify(`${w.name} : ${t('readWarning', w.warning)}`, 'error');
  };

  const t = createTranslate('fr');
  scanRecent = (await startContent({ host, send, pdfReader, asset: (p) => `/${p}` })).scanRecent;
  root.render(
    <DemoApp
      host={host}
      send={send}
      t={t}
      today={config.today}
      onOpenFiles={(files) => void openFiles(files).catch((error: unknown) => host.notify(String(error), 'error'))}
      version={() => version}
      subscribe={(l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      }}
    />,
  );
  // The demo's console API (and the end-to-end tests'): the same typed messages the page uses.
  (window as unknown as { relanceDemo: { send: typeof send } }).relanceDemo = { send };
  document.body.dataset.ready = 'true';
}

main().catch((error: unknown) => {
  document.body.dataset.ready = 'error';
  document.getElementById('root')!.textContent = `Relance demo failed to start: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});
