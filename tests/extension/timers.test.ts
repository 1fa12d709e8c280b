import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../shared/ledger/ledger';
import { upsertFromScan } from '../../shared/ledger/upsert';
import { createTimers, invoiceOfNotification, TICK_ALARM, WAKE_ALARM, type TimerBrowser } from '../../extension/background/timers';
import { createTranslate } from '../../shared/app/i18n';
import type { Receivable } from '../../shared/core/scan/receivable';

function fakeBrowser() {
  const alarms = new Map<string, { name: string; scheduledTime: number; periodInMinutes?: number }>();
  const notifications = new Map<string, { title: string; message: string }>();
  let badge = '';
  const browser: TimerBrowser = {
    alarms: {
      create: (name, info) => void alarms.set(name, { name, scheduledTime: info.when ?? Date.now(), periodInMinutes: info.periodInMinutes }),
      get: async (name) => alarms.get(name),
    },
    notifications: { create: async (id, o) => (notifications.set(id, { title: o.title, message: o.message }), id) },
    action: { setBadgeText: ({ text }) => void (badge = text), setBadgeBackgroundColor: () => undefined },
  };
  return { browser, alarms, notifications, badge: () => badge };
}

const receivable = (n: string, dueDate: string, remindersSent = 0): Receivable => ({
  messageId: `<${n}@x>`, invoiceNumber: n, amount: 1000, currency: 'EUR', issueDate: '2026-09-01', dueDate, debtorEmail: `compta@client-${n}.fr`,
  debtorName: `Client ${n}`, status: 'open', promisedDate: null, remindersSent, daysOverdue: null, nextStage: 'none',
});

async function setup(name: string, day: string) {
  let now = new Date(`${day}T09:30:00`);
  const ledger = new Ledger({ name, now: () => now });
  await upsertFromScan(ledger, [receivable('F-1', '2026-11-10'), receivable('F-2', '2026-11-19'), receivable('F-3', '2026-12-20')], { source: 'gmail', today: day });
  const fake = fakeBrowser();
  const timers = createTimers({ browser: fake.browser, ledger, t: async () => createTranslate('fr'), iconUrl: 'icon.png', now: () => now });
  return { ledger, fake, timers, setNow: (d: Date) => (now = d) };
}

describe('follow-up timers of the background', () => {
  it('notifies what is due today once, with the badge at the count, and sets the next wake-up', async () => {
    const { fake, timers } = await setup('timers-1', '2026-11-23');
    const first = await timers.refresh();
    expect(first.notified.map(invoiceOfNotificationKey).sort()).toEqual(['F1', 'F2']);
    expect([...fake.notifications.values()][0]!.title).toBe('Relance à faire');
    expect(fake.badge()).toBe('2');
    expect(fake.alarms.get(TICK_ALARM)?.periodInMinutes).toBe(60);
    expect(fake.alarms.has(WAKE_ALARM)).toBe(true);
    expect(new Date(fake.alarms.get(WAKE_ALARM)!.scheduledTime).getHours()).toBe(9); // the chase slots' first hour
    // Refreshing again (an alarm registered twice, a worker restarted) notifies nothing again; the badge stays.
    const again = await Promise.all([timers.refresh(), timers.refresh()]);
    expect(again.flatMap((r) => r.notified)).toEqual([]);
    expect(fake.badge()).toBe('2');
  });

  it('catches up follow-ups whose day passed while the browser was closed', async () => {
    const { fake, timers, setNow } = await setup('timers-2', '2026-11-05');
    expect((await timers.refresh()).notified).toEqual([]);
    expect(fake.badge()).toBe('');
    // The worker wakes up weeks later: both overdue invoices are notified at once.
    setNow(new Date('2026-11-30T10:00:00'));
    const later = await timers.refresh();
    expect(later.notified.map(invoiceOfNotificationKey).sort()).toEqual(['F1', 'F2']);
  });

  it('notifies only inside the chase slots; outside, what is due waits for the next slot', async () => {
    const { ledger, fake, timers, setNow } = await setup('timers-slots', '2026-11-23');
    await ledger.saveScheduleSettings({ ...(await ledger.scheduleSettings()), chaseDays: [2, 4], chaseHours: { from: 9, to: 12 } });
    // Monday 23 November, 9:30: not a chase day. Nothing is due before Tuesday, the alarm is set for Tuesday 9:00.
    const monday = await timers.refresh();
    expect(monday).toMatchObject({ notified: [], badge: 0 });
    expect(new Date(monday.wakeAt!)).toEqual(new Date('2026-11-24T09:00:00'));
    // Tuesday 7:30: due today, but before the slot opens: the badge counts them, the notification waits for 9:00.
    setNow(new Date('2026-11-24T07:30:00'));
    const early = await timers.refresh();
    expect(early).toMatchObject({ notified: [], badge: 2 });
    expect(new Date(early.wakeAt!)).toEqual(new Date('2026-11-24T09:00:00'));
    // Tuesday 9:05: inside the slot, both are notified, once.
    setNow(new Date('2026-11-24T09:05:00'));
    expect((await timers.refresh()).notified.map(invoiceOfNotificationKey).sort()).toEqual(['F1', 'F2']);
    expect((await timers.refresh()).notified).toEqual([]);
    expect(fake.notifications.size).toBe(2);
  });

  it('a slot missed (the morning is over) moves what is due to the next chase day', async () => {
    const { ledger, timers, setNow } = await setup('timers-missed', '2026-11-24');
    await ledger.saveScheduleSettings({ ...(await ledger.scheduleSettings()), chaseDays: [2, 4], chaseHours: { from: 9, to: 12 } });
    setNow(new Date('2026-11-24T13:00:00'));
    const afternoon = await timers.refresh();
    expect(afternoon.notified).toEqual([]);
    expect(new Date(afternoon.wakeAt!)).toEqual(new Date('2026-11-26T09:00:00')); // Thursday morning
    setNow(new Date('2026-11-26T09:00:00'));
    expect((await timers.refresh()).notified.map(invoiceOfNotificationKey).sort()).toEqual(['F1', 'F2']);
  });

  it('names the invoice of a notification, ignores other notifications', () => {
    expect(invoiceOfNotification('relance|inv-1|courteous:2026-11-11')).toBe('inv-1');
    expect(invoiceOfNotification('other-extension')).toBeNull();
  });
});

/** The normalized invoice number in a follow-up key (the ledger's id is number@client). */
function invoiceOfNotificationKey(key: string): string {
  const invoiceId = key.slice(0, key.lastIndexOf('|'));
  return invoiceId.split('@')[0]!;
}
