/**
 * Thread rows of invoice threads carry a label: amount and state ("4 380 € · Impayée · J+12", "Payée",
 * "Promesse 05/12", "Litige"), in the user's language. The core's cheap row check (subject, snippet,
 * sender) picks the candidate rows; the ledger is asked once per batch of rows, never per row; no message
 * or PDF is read here.
 */
import { checkRow, rowLabel, ROW_TONE_COLORS } from '../../shared/core/detect/thread-row';
import { createMeMatcher } from '../../shared/core/detect/me';
import type { HostRow } from '../host';
import { defineFeature } from './feature';

const BATCH_MS = 30;

export default defineFeature({
  name: 'thread-row-label',
  start(ctx, signal) {
    let queue: { row: HostRow; threadId: string }[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    let isMe: ReturnType<typeof createMeMatcher> | undefined;

    const flush = async () => {
      timer = null;
      const batch = queue;
      queue = [];
      if (batch.length === 0 || signal.aborted) return;
      const { records, today, language, me } = await ctx.send('rows.lookup', { threadIds: [...new Set(batch.map((b) => b.threadId))] });
      isMe ??= createMeMatcher(me);
      for (const { row, threadId } of batch) {
        const record = records[threadId];
        if (!record) continue;
        const label = rowLabel(record, today, language);
        const colors = ROW_TONE_COLORS[label.tone];
        row.setLabel({ text: label.text, foreground: colors.foreground, background: colors.background });
      }
    };

    ctx.host.onThreadRow(async (row) => {
      // Without the user's addresses yet, the sender is not used: the ledger still decides what gets a label.
      if (!checkRow(row.summary(), { isMe }).likely) return;
      const threadId = await row.threadId();
      if (!threadId) return;
      queue.push({ row, threadId });
      timer ??= setTimeout(() => {
        flush().catch((error) => console.warn('[Relance] row labels:', error));
      }, BATCH_MS);
    });
    signal.addEventListener('abort', () => {
      if (timer) clearTimeout(timer);
    });
  },
});
