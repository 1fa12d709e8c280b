/**
 * The InboxSDK host adapter: the MailHost port (extension/host.ts) over InboxSDK. This folder is the only
 * code that calls InboxSDK or reads Gmail's DOM. Every call into InboxSDK that may fail is guarded so a
 * Gmail change costs one feature, never the page.
 */
import type { ComposeInit, HostCompose, HostRow, HostThread, MailHost, RowLabelSpec } from '../host';
import type { RowSummary } from '../../shared/core/detect/thread-row';
import { readGmailThread, type FetchBytes } from './read-thread';
import type { GmailSdk, SdkComposeView, SdkThreadRowView, SdkThreadView } from './sdk-subset';

/** Gmail's snippet cell in list rows (InboxSDK has no getter for it). */
const SNIPPET_SELECTOR = '.y2';

function rowOf(view: SdkThreadRowView): HostRow {
  // InboxSDK calls the row handler again whenever Gmail redraws a row, so a row gets its label once.
  let labelled = false;
  return {
    threadId: () => view.getThreadIDIfStableAsync(),
    summary(): RowSummary {
      const first = view.getContacts()[0];
      const snippet = view.getElement().querySelector(SNIPPET_SELECTOR)?.textContent ?? '';
      return {
        subject: view.getSubject(),
        snippet: snippet.replace(/^\s*[-–]\s*/, ''),
        sender: first ? (first.emailAddress ? `${first.name} <${first.emailAddress}>` : first.name) : '',
        date: view.getDateString(),
      };
    },
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

function composeOf(view: SdkComposeView): HostCompose {
  const id = (() => {
    try {
      return view.getComposeID();
    } catch {
      return `compose-${++composeCount}`;
    }
  })();
  return {
    id,
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
}

export function createGmailHost(sdk: GmailSdk, opts: GmailHostOptions): MailHost {
  const threads = new WeakMap<SdkThreadView, HostThread>();
  const hostThread = (view: SdkThreadView) => {
    let t = threads.get(view);
    if (!t) {
      t = threadOf(view, opts.fetchBytes);
      threads.set(view, t);
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
    async openReply(_thread, init: ComposeInit) {
      const view = await sdk.Compose.openNewComposeView();
      const compose = composeOf(view);
      compose.setRecipients(init.to, init.cc);
      compose.setSubject(init.subject);
      compose.setBodyHtml(init.html);
      await compose.attach(init.attachments);
      return compose;
    },
    notify(text, kind = 'info') {
      if (kind === 'error') sdk.ButterBar.showError({ text });
      else sdk.ButterBar.showMessage({ text, time: 4000 });
    },
  };
}
