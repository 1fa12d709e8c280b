/**
 * The InboxSDK host adapter: the MailHost port (extension/host.ts) over InboxSDK. This folder is the only
 * code that calls InboxSDK or reads Gmail's DOM. Every call into InboxSDK that may fail is guarded so a
 * Gmail change costs one feature, never the page.
 */
import type { ComposeInit, HostCompose, HostRow, HostThread, MailHost, RowLabelSpec } from '../host';
import type { RowSummary } from '../../shared/core/detect/thread-row';
import { readGmailThread, type FetchBytes } from './read-thread';
import type { GmailSdk, SdkComposeView, SdkMessageView, SdkThreadRowView, SdkThreadView } from './sdk-subset';
import { GMAIL_TIMING, searchGmail, showGmailThread, type Timing } from './search-and-show';

/** Gmail's snippet cell in list rows (InboxSDK has no getter for it). */
const SNIPPET_SELECTOR = '.y2';

function summaryOf(view: SdkThreadRowView): RowSummary {
  const first = view.getContacts()[0];
  const snippet = view.getElement().querySelector(SNIPPET_SELECTOR)?.textContent ?? '';
  return {
    subject: view.getSubject(),
    snippet: snippet.replace(/^\s*[-–]\s*/, ''),
    sender: first ? (first.emailAddress ? `${first.name} <${first.emailAddress}>` : first.name) : '',
    date: view.getDateString(),
  };
}

function rowOf(view: SdkThreadRowView): HostRow {
  // InboxSDK calls the row handler again whenever Gmail redraws a row, so a row gets its label once.
  let labelled = false;
  return {
    threadId: () => view.getThreadIDIfStableAsync(),
    summary: () => summaryOf(view),
    setLabel(label: RowLabelSpec | null) {
      if (labelled || label === null) return;
      labelled = true;
      view.addLabel({ title: label.text, foregroundColor: label.foreground, backgroundColor: label.background, maxWidth: '240px' });
    },
  };
}

function threadOf(view: SdkThreadView, fetchBytes: FetchBytes): HostThread {
  return {
    threadId: () => view.getThreadIDAsync(),
    subject: () => view.getSubject(),
    read: () => readGmailThread(view, fetchBytes),
    addPanel({ title, iconUrl, el }) {
      const panel = view.addSidebarContentPanel({ title, iconUrl, el });
      return { remove: () => panel.remove() };
    },
    onDestroy(callback) {
      view.on('destroy', callback);
    },
  };
}

let composeCount = 0;

/** Gmail's own "Reply" button of a message, in the languages Relance's users write in. */
const REPLY_LABELS = /^(reply|répondre|antworten|responder|rispondi|beantwoorden)$/i;
const REPLY_WAIT_MS = 4000;

function replyButtonOf(message: SdkMessageView): HTMLElement | null {
  const buttons = message.getElement().querySelectorAll<HTMLElement>('[role="button"][aria-label], [role="button"][data-tooltip]');
  for (const b of buttons) if (REPLY_LABELS.test((b.getAttribute('aria-label') ?? b.getAttribute('data-tooltip') ?? '').trim())) return b;
  return null;
}

/** Gmail reacts to the mouse, not to click(): press and release the button as a user does. */
function press(el: HTMLElement) {
  // The element's own window's event classes (the content script's isolated world in Gmail).
  const View = el.ownerDocument.defaultView as (Window & { MouseEvent?: typeof MouseEvent; Event?: typeof Event }) | null;
  const EventClass = View?.MouseEvent ?? View?.Event ?? Event;
  const make = (type: string) => new EventClass(type, { bubbles: true, cancelable: true });
  for (const type of ['mousedown', 'mouseup', 'click']) el.dispatchEvent(make(type));
}

/**
 * Gmail's own reply to the conversation's last message: InboxSDK has no call for it, so the adapter presses
 * Gmail's Reply button and takes the reply compose InboxSDK then reports. Null when Gmail shows no such
 * button or no reply opens in time (the caller then opens a new message).
 */
async function openGmailReply(sdk: GmailSdk, thread: SdkThreadView): Promise<SdkComposeView | null> {
  const last = thread.getMessageViewsAll().filter((m) => m.isLoaded()).at(-1);
  const button = last ? replyButtonOf(last) : null;
  if (!button) return null;
  let armed = false;
  let off: (() => void) | null = null;
  const reply = new Promise<SdkComposeView>((resolve) => {
    off = sdk.Compose.registerComposeViewHandler((compose) => {
      if (armed && compose.isReply()) resolve(compose);
    });
  });
  // Compose windows already open are reported at registration: only one that opens after the press counts.
  await new Promise((r) => setTimeout(r, 0));
  armed = true;
  press(button);
  const timeout = new Promise<null>((r) => setTimeout(() => r(null), REPLY_WAIT_MS));
  try {
    return await Promise.race([reply, timeout]);
  } finally {
    (off as (() => void) | null)?.();
  }
}

function composeOf(view: SdkComposeView, isReply: boolean): HostCompose {
  const id = (() => {
    try {
      return view.getComposeID();
    } catch {
      return `compose-${++composeCount}`;
    }
  })();
  return {
    id,
    isReply,
    setSubject: (subject) => view.setSubject(subject),
    setBodyHtml: (html) => view.setBodyHTML(html),
    setRecipients(to, cc) {
      view.setToRecipients(to);
      view.setCcRecipients(cc);
    },
    async attach(files) {
      if (files.length === 0) return;
      await view.attachFiles(files.map((f) => new File([f.bytes as BlobPart], f.filename, { type: f.mimeType })));
    },
    addTool({ title, iconUrl, render }) {
      view.addButton({
        title,
        iconUrl,
        hasDropdown: true,
        onClick: (event) => {
          const dropdown = event.dropdown;
          if (!dropdown) return;
          render(dropdown.el, () => dropdown.close());
        },
      });
    },
    onSent(callback) {
      view.on('sent', (event) => {
        void event.getThreadID().then(
          (threadId) => callback({ threadId }),
          () => callback({ threadId: null }),
        );
      });
    },
    onDestroy(callback) {
      view.on('destroy', () => callback());
    },
  };
}

export interface GmailHostOptions {
  /** Downloads an attachment from Gmail (the content script's fetch with the user's session). */
  fetchBytes: FetchBytes;
  /** How long to wait for Gmail to show a list or a conversation (tests shorten it). */
  timing?: Timing;
}

export function createGmailHost(sdk: GmailSdk, opts: GmailHostOptions): MailHost {
  const threads = new WeakMap<SdkThreadView, HostThread>();
  const views = new WeakMap<HostThread, SdkThreadView>();
  const hostThread = (view: SdkThreadView) => {
    let t = threads.get(view);
    if (!t) {
      t = threadOf(view, opts.fetchBytes);
      threads.set(view, t);
      views.set(t, view);
    }
    return t;
  };
  return {
    name: 'gmail',
    onThreadRow: (handler) => sdk.Lists.registerThreadRowViewHandler((view) => handler(rowOf(view))),
    onThreadView: (handler) => sdk.Conversations.registerThreadViewHandler((view) => handler(hostThread(view))),
    addThreadButton({ title, iconUrl, onClick }) {
      return sdk.Toolbars.registerThreadButton({
        title,
        iconUrl,
        positions: ['THREAD'],
        threadSection: 'METADATA_STATE',
        onClick: (event) => {
          const view = event.selectedThreadViews[0];
          if (view) onClick(hostThread(view));
        },
      });
    },
    addMessageButton({ title, onClick }) {
      return sdk.Conversations.registerMessageViewHandler((message) => {
        message.addToolbarButton({ section: 'MORE', title, onClick: () => onClick(hostThread(message.getThreadView())) });
      });
    },
    async openReply(thread, init: ComposeInit) {
      const threadView = views.get(thread);
      const reply = threadView ? await openGmailReply(sdk, threadView).catch(() => null) : null;
      const view = reply ?? (await sdk.Compose.openNewComposeView());
      const compose = composeOf(view, reply !== null);
      compose.setRecipients(init.to, init.cc);
      // A reply keeps the conversation's subject, so the reminder stays in the invoice's thread.
      if (!compose.isReply) compose.setSubject(init.subject);
      compose.setBodyHtml(init.html);
      await compose.attach(init.attachments);
      return compose;
    },
    notify(text, kind = 'info') {
      if (kind === 'error') sdk.ButterBar.showError({ text });
      else sdk.ButterBar.showMessage({ text, time: 4000 });
    },
    searchThreads: (search, limit) => searchGmail(sdk, search, limit, summaryOf, opts.timing ?? GMAIL_TIMING),
    async showThread(threadId) {
      const view = await showGmailThread(sdk, threadId, opts.timing ?? GMAIL_TIMING);
      return view ? hostThread(view) : null;
    },
  };
}
