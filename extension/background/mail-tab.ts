/**
 * What the extension's pages ask of Gmail itself ("scan recent sent mail"): only the content script in a
 * Gmail tab can read mail, so the background passes the request on to one (the one in front when the
 * user has several), brings it forward so the user sees Relance at work, and returns its answer.
 */
import type { z } from 'zod';
import { createClient, type Envelope, type RecentScanReport, type RecentScanRequestSchema } from '../../shared/app/messages';

const GMAIL_TABS = 'https://mail.google.com/*';

/** The part of the WebExtension API this uses (browser.* in the extension, a fake in tests). */
export interface MailTabBrowser {
  tabs: {
    query(query: { url: string }): Promise<{ id?: number; active: boolean; windowId: number; lastAccessed?: number }[]>;
    update(tabId: number, props: { active: boolean }): Promise<unknown>;
    sendMessage(tabId: number, message: Envelope): Promise<unknown>;
  };
  windows?: { update(windowId: number, props: { focused: boolean }): Promise<unknown> };
}

export function createMailTab(browser: MailTabBrowser, unavailable: () => Promise<string>) {
  return {
    async scanRecent(request: z.output<typeof RecentScanRequestSchema>): Promise<RecentScanReport> {
      const tabs = (await browser.tabs.query({ url: GMAIL_TABS })).filter((t) => t.id !== undefined);
      const tab = tabs.find((t) => t.active) ?? tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
      if (!tab) throw new Error(await unavailable());
      await browser.tabs.update(tab.id!, { active: true });
      await browser.windows?.update(tab.windowId, { focused: true }).catch(() => undefined);
      // A tab whose content script is not running (Gmail still loading, Relance off there) gives no answer.
      const send = createClient(async (envelope) => browser.tabs.sendMessage(tab.id!, envelope).catch(() => undefined));
      try {
        return await send('mail.scanRecent', request);
      } catch (error) {
        if (/no answer/.test((error as Error).message)) throw new Error(await unavailable());
        throw error;
      }
    },
  };
}
