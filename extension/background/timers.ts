/**
 * Follow-up timers of the extension: chrome.alarms over the ledger's schedule. At start and after every
 * change the background re-checks: inside a chase slot (the user's chase days and hours), the follow-ups due
 * today that no timer fired yet are claimed in the ledger (each key once: an alarm registered twice, a
 * restarted service worker or a missed day never fire one twice) and shown as notifications; outside one they
 * wait for the next slot. The badge shows how many reminders are due today; one alarm wakes the worker at the
 * next slot that has something to notify, and an hourly one catches the change of day and missed wake-ups.
 */
import type { Ledger } from '../../shared/ledger/ledger';
import { dueToday } from '../../shared/ledger/queries';
import { localIsoDate } from '../../shared/core/schedule/business-days';
import { inChaseSlot, nextChaseSlot, type LocalMoment } from '../../shared/core/schedule/chase-days';
import type { FollowUp } from '../../shared/core/schedule/follow-ups';
import type { Translate } from '../../shared/app/i18n';

export const WAKE_ALARM = 'relance-wake';
export const TICK_ALARM = 'relance-tick';
const NOTIFICATION_PREFIX = 'relance|';

/** The part of the WebExtension API the timers use (browser.* in the extension, a fake in tests). */
export interface TimerBrowser {
  alarms: {
    create(name: string, info: { when?: number; periodInMinutes?: number; delayInMinutes?: number }): Promise<void> | void;
    get(name: string): Promise<{ name: string; scheduledTime: number } | undefined>;
  };
  notifications: {
    create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string; priority?: number }): Promise<string> | void;
  };
  action: {
    setBadgeText(details: { text: string }): Promise<void> | void;
    setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
  };
}

export interface TimersDeps {
  browser: TimerBrowser;
  ledger: Ledger;
  t(): Promise<Translate>;
  iconUrl: string;
  now?: () => Date;
}

export interface Timers {
  /** Re-checks everything: catch-up, notifications, badge, next alarm. Safe to call any number of times. */
  refresh(): Promise<{ notified: string[]; badge: number; wakeAt: number | null }>;
}

export function invoiceOfNotification(notificationId: string): string | null {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return null;
  const key = notificationId.slice(NOTIFICATION_PREFIX.length);
  return key.slice(0, key.lastIndexOf('|'));
}

export function createTimers(deps: TimersDeps): Timers {
  const now = deps.now ?? (() => new Date());
  let running: Promise<Awaited<ReturnType<Timers['refresh']>>> | null = null;

  const instant = (m: LocalMoment) => {
    const [y, mo, d] = m.date.split('-').map(Number) as [number, number, number];
    return new Date(y, mo - 1, d, m.hour, 0, 0).getTime();
  };

  const run = async () => {
    const at = now();
    const today = localIsoDate(at);
    const moment: LocalMoment = { date: today, hour: at.getHours() };
    const t = await deps.t();
    const settings = await deps.ledger.scheduleSettings();
    // Reminders fall due in the user's chase slots: outside one, what is due waits for the next.
    const open = inChaseSlot(moment, settings);
    const fresh: FollowUp[] = open ? await deps.ledger.takeDueFollowUps(today) : [];
    for (const f of fresh) {
      const invoice = await deps.ledger.invoice(f.invoiceId);
      await deps.browser.notifications.create(`${NOTIFICATION_PREFIX}${f.key}`, {
        type: 'basic',
        iconUrl: deps.iconUrl,
        title: t('notificationTitle'),
        message: t('notificationBody', invoice?.number ?? '?', invoice?.debtorName ?? invoice?.debtorEmail ?? '', t(`stage_${f.kind === 'instalment' ? 'courteous' : f.kind}`)),
        priority: 1,
      });
    }
    const { due } = await dueToday(deps.ledger, today);
    await deps.browser.action.setBadgeText({ text: due.length ? String(due.length) : '' });
    await deps.browser.action.setBadgeBackgroundColor({ color: '#c5221f' });
    const next = await deps.ledger.nextWakeUp(today);
    const slot = nextChaseSlot(moment, settings);
    // Something due and not notified yet (outside the slot): the next slot; else the first slot of the next planned day.
    const waiting = !open && due.length > 0;
    const target = waiting ? slot : next ? nextChaseSlot({ date: next, hour: 0 }, settings) : null;
    let wakeAt: number | null = null;
    if (target) {
      wakeAt = instant(target);
      await deps.browser.alarms.create(WAKE_ALARM, { when: wakeAt });
    }
    if (!(await deps.browser.alarms.get(TICK_ALARM))) await deps.browser.alarms.create(TICK_ALARM, { periodInMinutes: 60 });
    return { notified: fresh.map((f) => f.key), badge: due.length, wakeAt };
  };

  return {
    // One check at a time: an alarm and a ledger change arriving together run one after the other.
    refresh() {
      const next = (running ?? Promise.resolve()).catch(() => undefined).then(run);
      running = next;
      return next;
    },
  };
}
