/** The service over the demo mailbox, as a host runs it: every conversation scanned and stored through the messages. */
import 'fake-indexeddb/auto';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { loadMessages } from '../../shared/cli/read-mailbox';
import { threadMessages } from '../../shared/core/mail/threading';
import type { MailThread } from '../../shared/core/mail/model';
import type { Receivable } from '../../shared/core/scan/receivable';
import { Ledger } from '../../shared/ledger/ledger';
import { createPdfjsReader } from '../../shared/pdf/pdfjs-reader';
import { createRelanceService, memoryStore, type ServiceDeps } from '../../shared/app/relance-service';
import { createClient, createRouter, directTransport, type Client, type ScannedReceivable } from '../../shared/app/messages';

const demo = path.resolve(__dirname, '../../demo');
export const config = JSON.parse(readFileSync(path.join(demo, 'demo-config.json'), 'utf8')) as { me: string[]; today: string };
export const profile = JSON.parse(readFileSync(path.join(demo, 'demo-profile.json'), 'utf8'));
const pdfReader = createPdfjsReader();

let threads: MailThread[] | null = null;
export async function demoThreads(): Promise<MailThread[]> {
  return (threads ??= threadMessages(await loadMessages(path.join(demo, 'mailbox'), () => {})));
}

export type DemoScan = (threads: MailThread[], opts: { me: string[]; today: string; pdfReader: typeof pdfReader }) => Promise<(Receivable | ScannedReceivable)[]>;

export async function demoService(name: string, scan: DemoScan, extra: Partial<ServiceDeps> = {}) {
  let today = config.today;
  let changes = 0;
  const ledger = new Ledger({ name, now: () => new Date(`${today}T10:00:00Z`) });
  const service = createRelanceService({ ledger, store: memoryStore(), today: () => today, source: 'mbox', defaults: { me: config.me, language: 'fr' }, onChange: () => changes++, ...extra });
  const send: Client = createClient(directTransport(createRouter(service.handlers)));
  await send('settings.set', { profile });
  // What a host does when a conversation is opened: the core scans it, the service stores the result.
  for (const thread of await demoThreads()) {
    const receivables = await scan([thread], { me: config.me, today, pdfReader });
    if (receivables.length) await send('thread.scanned', { threadId: thread.id, receivables });
  }
  return { send, service, ledger, setToday: (d: string) => (today = d), changes: () => changes };
}

export const threadOf = (all: MailThread[], number: string) => all.find((t) => t.messages.some((m) => m.subject.includes(number)))!.id;
