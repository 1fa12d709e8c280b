/**
 * What every mail host's page runs: the features over a MailHost, with the background (or the demo's
 * in-page service) behind a typed client, and the core's scan for opened conversations.
 */
import { scanThreadsForLedger } from '../../shared/core/scan/scanned-receivable';
import type { PdfReader } from '../../shared/core/pdf/pdf-reader';
import type { MailHost } from '../host';
import type { Client } from '../../shared/app/messages';
import { FEATURES } from '../features';
import { startFeatures, type Feature, type FeatureLog, type RunningFeatures } from '../features/feature';
import { createThreadInvoices, type Scan, type ThreadInvoices } from './thread-invoices';
import type { MailThread } from '../../shared/core/mail/model';
import type { ScanOptions } from '../../shared/core/scan/scan-options';
import { createReminderComposer, type ReminderComposer } from './reminder-composer';
import { createTranslate } from '../../shared/app/i18n';
import { createRecentSentScan, type RecentSentScan } from './recent-sent-scan';

export interface ContentOptions {
  host: MailHost;
  send: Client;
  pdfReader?: PdfReader;
  asset(path: string): string;
  /** The signed-in account, used as "me" when the settings have none yet. */
  userEmail?: string;
  features?: readonly Feature[];
  log?: FeatureLog;
  stop?: AbortSignal;
}

export interface RunningContent {
  features: RunningFeatures;
  invoices: ThreadInvoices;
  composer: ReminderComposer;
  /** "Scan recent sent mail": the pages ask it through the background. */
  scanRecent: RecentSentScan;
}

/** The core's scan of one opened conversation, with what it could not read (for a note naming it). */
export async function scanConversation(mail: MailThread, opts: Omit<ScanOptions, 'onWarning' | 'onReceivable'>): Promise<Awaited<ReturnType<Scan>>> {
  const warnings: string[] = [];
  const receivables = await scanThreadsForLedger([mail], { ...opts, onWarning: (w) => warnings.push(w) });
  return { receivables, warnings };
}

export async function startContent(opts: ContentOptions): Promise<RunningContent> {
  let settings = await opts.send('settings.get', {});
  if (settings.me.length === 0 && opts.userEmail) settings = await opts.send('settings.set', { me: [opts.userEmail.toLowerCase()] });
  const scan: Scan = async (mail) => {
    const [{ today }, current] = await Promise.all([opts.send('ping', {}), opts.send('settings.get', {})]);
    return scanConversation(mail, { me: current.me, today, pdfReader: opts.pdfReader, ladder: current.ladder });
  };
  const invoices = createThreadInvoices(opts.send, scan);
  const t = createTranslate(settings.language);
  const composer = createReminderComposer(opts.host, opts.send, invoices, t);
  const features = startFeatures(
    opts.features ?? FEATURES,
    { host: opts.host, send: opts.send, invoices, composer, t, asset: opts.asset },
    opts.log,
    opts.stop,
  );
  const scanRecent = createRecentSentScan(opts.host, invoices, () => t);
  return { features, invoices, composer, scanRecent };
}
