/**
 * Status, promised date and reminder count of every labelled receivable of the sample mailbox, read from its
 * .eml files with the real MIME parser; the sides come from the `--me` of meta.json.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { threadStatus } from '../../../shared/core/status/thread-status';
import { readPaymentNotice, type PaymentNotice } from '../../../shared/core/status/payment-notice';
import { classifyClientReply, classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import type { MailThread } from '../../../shared/core/mail/model';
import { MAILBOX, accepted, labels, loadThread, meta, sideOfFor, threadEntries, type ThreadEntry } from './sample-mailbox';

const here = existsSync(path.join(MAILBOX, 'labels.jsonl'));

describe.runIf(here)('status of the sample mailbox receivables', () => {
  it('matches labels.jsonl (status, promisedDate, remindersSent, accepting alternatives) on every receivable', async () => {
    const { me, today } = meta();
    const sideOf = sideOfFor(me);
    const entries = threadEntries();
    const threads = new Map<string, MailThread>();
    const notices: PaymentNotice[] = [];
    for (const entry of entries) {
      const thread = await loadThread(entry);
      threads.set(entry.thread, thread);
      for (const m of thread.messages) {
        const notice = sideOf(m) === 'us' ? null : readPaymentNotice(m);
        if (notice) notices.push(notice);
      }
    }
    const byId = new Map(labels().map((l) => [l.messageId, l]));
    const misses: string[] = [];
    let checked = 0;
    for (const entry of entries.filter((e) => e.category === 'receivable')) {
      const invoiceIds = entry.messages.filter((m) => m.role === 'invoice').map((m) => m.messageId);
      for (const id of invoiceIds) {
        const label = byId.get(id);
        if (!label) continue;
        // Another invoice of the same thread is not a follow-up of this one.
        const thread = threads.get(entry.thread)!;
        const messages = thread.messages.filter((m) => m.messageId === id || !invoiceIds.includes(m.messageId));
        const s = threadStatus({ thread: { ...thread, messages }, invoiceMessageId: id, invoiceNumber: label.invoiceNumber, sideOf, paymentNotices: notices, today });
        checked++;
        const ok =
          accepted(label, 'status').includes(s.status) &&
          accepted(label, 'promisedDate').includes(s.promisedDate) &&
          accepted(label, 'remindersSent').includes(s.remindersSent);
        if (!ok) misses.push(`${entry.thread} ${label.invoiceNumber}: got ${s.status}/${s.promisedDate}/${s.remindersSent}, want ${label.status}/${label.promisedDate}/${label.remindersSent}`);
      }
    }
    expect(checked).toBe(labels().length);
    expect(misses).toEqual([]);
  });

  it('reads each message role of the receivable threads as threads.jsonl says', async () => {
    const { me } = meta();
    const sideOf = sideOfFor(me);
    const expectedKind: Record<string, string> = {
      reminder: 'us:reminder',
      'answer-rib': 'us:answer',
      'answer-duplicate': 'us:answer',
      'answer-dispute': 'us:answer',
      'reply-paid': 'client:paid',
      'reply-promise': 'client:promise',
      'reply-dispute': 'client:dispute',
      'reply-question': 'client:question',
      'reply-duplicate': 'client:question',
      'reply-ack': 'client:ack',
      ooo: 'other:-',
    };
    const wrong: string[] = [];
    const receivables = threadEntries().filter((e: ThreadEntry) => e.category === 'receivable');
    for (const entry of receivables) {
      const thread = await loadThread(entry);
      for (const role of entry.messages) {
        const want = role.role ? expectedKind[role.role] : undefined;
        if (!want) continue;
        const m = thread.messages.find((x) => x.messageId === role.messageId)!;
        const side = sideOf(m);
        const kind = side === 'us' ? classifyOwnFollowUp(m) : side === 'client' ? classifyClientReply(m).kind : '-';
        if (`${side}:${kind}` !== want) wrong.push(`${entry.thread}/${role.file} ${role.role}: ${side}:${kind}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
