/**
 * Searching Gmail and showing a conversation through InboxSDK's router: Gmail can only be read as it is
 * shown, so a search is run as the user would (its result list is shown, its rows are collected as
 * InboxSDK reports them, page after page) and a conversation is read by showing it.
 */
import type { FoundThread, MailSearch } from '../host';
import type { GmailSdk, SdkThreadRowView, SdkThreadView } from './sdk-subset';
import type { RowSummary } from '../../shared/core/detect/thread-row';

export interface Timing {
  /** How long Gmail may take to show a list or a conversation. */
  showMs: number;
  /** A list is complete when no new row came for this long. */
  quietMs: number;
  /** How often the waits look again. */
  pollMs: number;
}

export const GMAIL_TIMING: Timing = { showMs: 15_000, quietMs: 1_500, pollMs: 100 };
/** Gmail's smallest page of results: a page with fewer rows is the last one. */
const SMALLEST_PAGE = 25;

/** The search in Gmail's own words: `in:sent newer_than:90d (facture OR invoice OR has:attachment)`. */
export function gmailQuery(search: MailSearch): string {
  const any = [...search.anyOf, ...(search.orWithAttachment ? ['has:attachment'] : [])];
  return `in:sent newer_than:${search.sentWithinDays}d${any.length ? ` (${any.join(' OR ')})` : ''}`;
}

async function waitFor(done: () => boolean, ms: number, pollMs: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() >= until) return false;
    await new Promise((r) => setTimeout(r, pollMs));
  }
  return true;
}

export async function searchGmail(sdk: GmailSdk, search: MailSearch, limit: number, summaryOf: (row: SdkThreadRowView) => RowSummary, timing: Timing = GMAIL_TIMING): Promise<FoundThread[]> {
  const query = gmailQuery(search);
  const found = new Map<string, RowSummary>();
  let shown = false;
  let lastRowAt = 0;
  // Only rows drawn once the search's own list is shown count: the list shown before may still be drawing.
  const offRoute = sdk.Router.handleListRoute(sdk.Router.NativeRouteIDs.SEARCH, (route) => {
    if (route.getParams().query === query) {
      shown = true;
      lastRowAt = Date.now();
    }
  });
  const offRows = sdk.Lists.registerThreadRowViewHandler((row) => {
    if (!shown) return;
    const summary = summaryOf(row);
    void row.getThreadIDIfStableAsync().then(
      (id) => {
        if (!id || found.has(id) || found.size >= limit) return;
        found.set(id, summary);
        lastRowAt = Date.now();
      },
      () => undefined,
    );
  });
  try {
    for (let page = 1; found.size < limit; page++) {
      const before = found.size;
      shown = false;
      await sdk.Router.goto(sdk.Router.NativeRouteIDs.SEARCH, page === 1 ? { query } : { query, page });
      if (!(await waitFor(() => shown, timing.showMs, timing.pollMs))) break;
      await waitFor(() => found.size >= limit || Date.now() - lastRowAt >= timing.quietMs, timing.showMs, timing.pollMs);
      if (found.size - before < SMALLEST_PAGE) break;
    }
  } finally {
    offRows();
    offRoute();
  }
  return [...found].map(([threadId, summary]) => ({ threadId, summary }));
}

/** Shows a conversation and gives its view once at least one message is loaded; null when Gmail did not in time. */
export async function showGmailThread(sdk: GmailSdk, threadId: string, timing: Timing = GMAIL_TIMING): Promise<SdkThreadView | null> {
  let view: SdkThreadView | null = null;
  const off = sdk.Conversations.registerThreadViewHandler((v) => {
    void v.getThreadIDAsync().then(
      (id) => {
        if (id === threadId) view = v;
      },
      () => undefined,
    );
  });
  try {
    await sdk.Router.goto(sdk.Router.NativeRouteIDs.THREAD, { threadID: threadId });
    const loaded = await waitFor(() => view !== null && view.getMessageViewsAll().some((m) => m.isLoaded()), timing.showMs, timing.pollMs);
    return loaded ? view : null;
  } finally {
    off();
  }
}
