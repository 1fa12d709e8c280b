/**
 * The service worker: owns the ledger (IndexedDB of the extension's origin), answers the typed messages of
 * the content script and the pages, runs InboxSDK's background part (it injects Gmail's page-world script),
 * keeps the follow-up alarms, notifications and the toolbar badge. Listeners are registered synchronously
 * at start, as MV3 requires, so a message or an alarm that wakes the worker is never lost.
 */
import '../../shared/app/zod-jitless';
import '@inboxsdk/core/background.js';
import { Ledger } from '../../shared/ledger/ledger';
import { localIsoDate } from '../../shared/core/schedule/business-days';
import { createRouter } from '../../shared/app/messages';
import { createRelanceService, type KeyValueStore } from '../../shared/app/relance-service';
import { createTimers, invoiceOfNotification } from '../background/timers';
import { createMailTab } from '../background/mail-tab';
import { createTranslate } from '../../shared/app/i18n';

const store: KeyValueStore = {
  get: async <T,>(key: string) => (await browser.storage.local.get(key))[key] as T | undefined,
  set: async (key, value) => browser.storage.local.set({ [key]: value }),
};

export default defineBackground(() => {
  const ledger = new Ledger();
  let timers: ReturnType<typeof createTimers> | null = null;
  const refresh = () => void timers?.refresh().catch((error) => console.error('[Relance] timers:', error));
  const translate = async () => createTranslate((await service.prefs()).language);
  const mailTab = createMailTab(browser, async () => (await translate())('scanRecentUnavailable'));
  const service = createRelanceService({
    ledger,
    store,
    source: 'gmail',
    today: () => localIsoDate(new Date()),
    onChange: refresh,
    scanRecentMail: (request) => mailTab.scanRecent(request),
  });
  timers = createTimers({
    browser,
    ledger,
    t: translate,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
  });
  const route = createRouter(service.handlers);

  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const reply = route(message);
    if (!reply) return undefined; // not ours (InboxSDK's own messages have their listener)
    void reply.then(sendResponse);
    return true;
  });

  browser.alarms.onAlarm.addListener(() => refresh());
  browser.notifications.onClicked.addListener((id) => {
    const invoiceId = invoiceOfNotification(id);
    if (!invoiceId) return;
    void service.threadOfInvoice(invoiceId).then((threadId) =>
      browser.tabs.create({ url: threadId ? `https://mail.google.com/mail/u/0/#all/${threadId}` : browser.runtime.getURL('/options.html') }),
    );
    void browser.notifications.clear(id);
  });
  browser.runtime.onStartup.addListener(() => refresh());
  browser.runtime.onInstalled.addListener(() => refresh());
  // Every start of the worker re-checks: missed alarms are caught up, the badge is right.
  refresh();
});
