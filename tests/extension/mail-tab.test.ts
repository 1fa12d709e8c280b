/** The background passes "scan recent sent mail" on to a Gmail tab, brought forward, and returns its answer. */
import { describe, expect, it } from 'vitest';
import { createMailTab, type MailTabBrowser } from '../../extension/background/mail-tab';
import { createRouter, type Envelope } from '../../shared/app/messages';

function fakeBrowser(tabs: { id: number; active: boolean; windowId: number; lastAccessed?: number }[], contentScript: ((tabId: number, e: Envelope) => Promise<unknown>) | null) {
  const activated: number[] = [];
  const sent: { tabId: number; envelope: Envelope }[] = [];
  const browser: MailTabBrowser = {
    tabs: {
      query: async ({ url }) => (url === 'https://mail.google.com/*' ? tabs : []),
      update: async (tabId) => activated.push(tabId),
      sendMessage: async (tabId, envelope) => {
        sent.push({ tabId, envelope });
        if (!contentScript) throw new Error('Could not establish connection. Receiving end does not exist.');
        return contentScript(tabId, envelope);
      },
    },
  };
  return { browser, activated, sent };
}

const unavailable = async () => 'Ouvrez Gmail dans un onglet';
const report = { listed: 4, read: 3, invoices: 2, skipped: 1 };
// The content script's side: the same router the Gmail content script runs.
const gmailTab = (tabId: number, e: Envelope) => createRouter({ 'mail.scanRecent': async (r) => ({ ...report, listed: r.limit + tabId }) })(e)!;

describe('mail tab', () => {
  it('asks the Gmail tab in front, brings it forward and returns its report', async () => {
    const fake = fakeBrowser([{ id: 7, active: false, windowId: 1, lastAccessed: 5 }, { id: 9, active: true, windowId: 1 }], gmailTab);
    const answer = await createMailTab(fake.browser, unavailable).scanRecent({ days: 30, limit: 50 });
    expect(answer).toEqual({ ...report, listed: 59 });
    expect(fake.activated).toEqual([9]);
    expect(fake.sent[0]!.envelope).toEqual({ relance: 1, name: 'mail.scanRecent', payload: { days: 30, limit: 50 } });
  });

  it('takes the Gmail tab used last when none is in front', async () => {
    const fake = fakeBrowser([{ id: 7, active: false, windowId: 1, lastAccessed: 5 }, { id: 8, active: false, windowId: 2, lastAccessed: 50 }], gmailTab);
    await createMailTab(fake.browser, unavailable).scanRecent({ days: 30, limit: 50 });
    expect(fake.activated).toEqual([8]);
  });

  it('says to open Gmail when no tab has it, or when Relance does not run in it', async () => {
    await expect(createMailTab(fakeBrowser([], gmailTab).browser, unavailable).scanRecent({ days: 30, limit: 50 })).rejects.toThrow('Ouvrez Gmail dans un onglet');
    await expect(createMailTab(fakeBrowser([{ id: 3, active: true, windowId: 1 }], null).browser, unavailable).scanRecent({ days: 30, limit: 50 })).rejects.toThrow('Ouvrez Gmail dans un onglet');
  });

  it('passes on the tab’s own refusal', async () => {
    const busy = (_: number, e: Envelope) => createRouter({ 'mail.scanRecent': async () => { throw new Error('Une analyse des envois récents est déjà en cours.'); } })(e)!;
    await expect(createMailTab(fakeBrowser([{ id: 3, active: true, windowId: 1 }], busy).browser, unavailable).scanRecent({ days: 30, limit: 50 })).rejects.toThrow('déjà en cours');
  });
});
