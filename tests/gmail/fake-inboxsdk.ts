/**
 * A fake of the InboxSDK API subset Relance uses (extension/gmail/sdk-subset.ts): thread rows, thread and
 * message views with attachments, the thread toolbar, compose views, the butter bar. It records what the
 * adapter did so tests can assert it, and lets tests drive Gmail: draw rows, open threads, click, send.
 */
import { parseHTML } from 'linkedom';
import type { ComposeButtonDescriptor, ContentPanelDescriptor, LabelDescriptor, MessageViewToolbarButtonDescriptor, ToolbarButtonDescriptor } from '@inboxsdk/core';
import type { GmailSdk, SdkAttachmentCardView, SdkComposeView, SdkListRoute, SdkMessageView, SdkThreadRowView, SdkThreadView } from '../../extension/gmail/sdk-subset';

const ROUTES = { SEARCH: 'search/:query/:page', THREAD: 'inbox/:threadID', SENT: 'sent/:page' } as const;

export const { document: fakeDocument } = parseHTML('<!doctype html><html><body></body></html>');

type Listener = (...args: never[]) => void;
class Emitter {
  private listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  emit(name: string, ...args: unknown[]) {
    for (const l of this.listeners.get(name) ?? []) (l as (...a: unknown[]) => void)(...args);
  }
}

export interface FakeRowInit {
  threadId: string;
  subject: string;
  snippet?: string;
  sender: { name: string; emailAddress: string };
  date?: string;
}

export class FakeThreadRowView {
  labels: LabelDescriptor[] = [];
  private el: HTMLElement;
  constructor(readonly init: FakeRowInit) {
    this.el = fakeDocument.createElement('tr') as unknown as HTMLElement;
    this.el.innerHTML = `<td><span class="bog">${init.subject}</span><span class="y2"> - ${init.snippet ?? ''}</span></td>`;
  }
  getSubject() { return this.init.subject; }
  getDateString() { return this.init.date ?? '12 nov.'; }
  getContacts() { return [{ name: this.init.sender.name, emailAddress: this.init.sender.emailAddress }]; }
  async getThreadIDIfStableAsync() { return this.init.threadId; }
  addLabel(label: LabelDescriptor | null) { if (label) this.labels.push(label); }
  getElement() { return this.el; }
}

export interface FakeAttachment { filename: string; bytes: Uint8Array }
export interface FakeMessageInit {
  id: string;
  from: { name: string; emailAddress: string };
  to: { name?: string; emailAddress: string }[];
  date: string;
  html: string;
  attachments?: FakeAttachment[];
  /** The label of Gmail's Reply button; '' for a Gmail whose reply button Relance cannot find. */
  replyLabel?: string;
}

export class FakeMessageView extends Emitter {
  buttons: MessageViewToolbarButtonDescriptor[] = [];
  thread!: FakeThreadView;
  private body: HTMLElement;
  private element: HTMLElement;
  constructor(readonly init: FakeMessageInit) {
    super();
    this.element = fakeDocument.createElement('div') as unknown as HTMLElement;
    // Gmail's message header with its own Reply button (aria-label in the account's language).
    this.element.innerHTML = `<div class="header"><div role="button" aria-label="${init.replyLabel ?? 'Répondre'}" data-tooltip="${init.replyLabel ?? 'Répondre'}"></div></div><div class="body"></div>`;
    this.body = this.element.querySelector('.body') as HTMLElement;
    this.body.innerHTML = init.html;
  }
  getElement() { return this.element; }
  replyButton(): HTMLElement | null { return this.element.querySelector('[role="button"]'); }
  async getMessageIDAsync() { return this.init.id; }
  getSender() { return { name: this.init.from.name, emailAddress: this.init.from.emailAddress }; }
  async getRecipientsFull() { return this.init.to; }
  getDateString() { return this.init.date; }
  getBodyElement() { return this.body; }
  isLoaded() { return true; }
  addToolbarButton(button: MessageViewToolbarButtonDescriptor) { this.buttons.push(button); }
  getFileAttachmentCardViews(): SdkAttachmentCardView[] {
    return (this.init.attachments ?? []).map((a) => ({ getTitle: () => a.filename, getDownloadURL: async () => `https://mail.google.com/mail/u/0/?attid=${encodeURIComponent(a.filename)}&th=${this.init.id}` }));
  }
  getThreadView(): SdkThreadView { return this.thread as unknown as SdkThreadView; }
}

export class FakeThreadView extends Emitter {
  panels: ContentPanelDescriptor[] = [];
  removedPanels = 0;
  constructor(readonly threadId: string, readonly subject: string, readonly messages: FakeMessageView[]) {
    super();
    for (const m of messages) m.thread = this;
  }
  getSubject() { return this.subject; }
  async getThreadIDAsync() { return this.threadId; }
  getMessageViewsAll() { return this.messages as unknown as SdkMessageView[]; }
  addSidebarContentPanel(descriptor: ContentPanelDescriptor) {
    this.panels.push(descriptor);
    return { remove: () => { this.removedPanels++; } } as never;
  }
  /** Bytes of an attachment by its download URL (what Gmail would serve). */
  bytesOf(url: string): Uint8Array | null {
    for (const m of this.messages) for (const a of m.init.attachments ?? []) if (url.includes(encodeURIComponent(a.filename)) && url.includes(m.init.id)) return a.bytes;
    return null;
  }
}

export class FakeComposeView extends Emitter {
  to: string[] = [];
  cc: string[] = [];
  subject = '';
  html = '';
  files: File[] = [];
  buttons: ComposeButtonDescriptor[] = [];
  constructor(readonly id: string, readonly reply = false) { super(); }
  isReply() { return this.reply; }
  setToRecipients(to: string[]) { this.to = to; }
  setCcRecipients(cc: string[]) { this.cc = cc; }
  setSubject(s: string) { this.subject = s; }
  setBodyHTML(h: string) { this.html = h; }
  async attachFiles(files: Blob[]) { this.files.push(...(files as File[])); }
  addButton(b: ComposeButtonDescriptor) { this.buttons.push(b); return {} as never; }
  getComposeID() { return this.id; }
  getSubject() { return this.subject; }
  getHTMLContent() { return this.html; }
  /** The user clicks Send; Gmail confirms with the thread's id. */
  send(threadId: string) {
    this.emit('sent', { getMessageID: async () => 'sent-1', getThreadID: async () => threadId });
  }
}

export class FakeInboxSdk {
  rowHandlers: ((row: SdkThreadRowView) => void)[] = [];
  threadHandlers: ((thread: SdkThreadView) => void)[] = [];
  messageHandlers: ((message: SdkMessageView) => void)[] = [];
  threadButtons: ToolbarButtonDescriptor[] = [];
  composeHandlers: ((compose: SdkComposeView) => void)[] = [];
  composes: FakeComposeView[] = [];
  messages: { text?: string; kind: 'info' | 'error' }[] = [];
  unregistered = 0;
  /** Makes the next registration of this kind throw, as InboxSDK does when Gmail changed under it. */
  breakNext: 'rows' | 'threads' | null = null;
  listRouteHandlers: { routeID: string; handler: (route: SdkListRoute) => void }[] = [];
  /** Where the router was sent, in order. */
  gotos: { routeID: string; params: Record<string, unknown> }[] = [];
  /** What Gmail's search answers, by query: its rows, newest first, shown `pageSize` at a time. */
  searchResults = new Map<string, FakeRowInit[]>();
  pageSize = 50;
  /** Conversations Gmail can show by id; one not here never opens. */
  threadsById = new Map<string, FakeThreadView>();

  private reg<T>(list: T[], h: T) {
    list.push(h);
    return () => {
      const i = list.indexOf(h);
      if (i >= 0) list.splice(i, 1);
      this.unregistered++;
    };
  }

  readonly sdk: GmailSdk = {
    Router: {
      NativeRouteIDs: ROUTES,
      handleListRoute: (routeID, handler) => this.reg(this.listRouteHandlers, { routeID, handler }),
      goto: async (routeID, params) => {
        const p = (typeof params === 'object' && params ? params : {}) as Record<string, unknown>;
        this.gotos.push({ routeID, params: p });
        // Gmail shows the new view a moment later, as the real one does.
        setTimeout(() => this.show(routeID, p), 5);
      },
    },
    Lists: { registerThreadRowViewHandler: (h) => { if (this.breakNext === 'rows') { this.breakNext = null; throw new Error('Gmail row list not found'); } return this.reg(this.rowHandlers, h); } },
    Conversations: {
      registerThreadViewHandler: (h) => this.reg(this.threadHandlers, h),
      registerMessageViewHandler: (h) => this.reg(this.messageHandlers, h),
    },
    Toolbars: { registerThreadButton: (b) => this.reg(this.threadButtons, b) },
    Compose: {
      openNewComposeView: async () => this.newCompose(false),
      // As InboxSDK: compose windows already open are reported to a new handler, later ones as they open.
      registerComposeViewHandler: (h) => {
        for (const c of this.composes) setTimeout(() => h(c as unknown as SdkComposeView), 0);
        return this.reg(this.composeHandlers, h);
      },
    },
    ButterBar: {
      showMessage: (m) => { this.messages.push({ text: m.text, kind: 'info' }); return { destroy() {} }; },
      showError: (m) => { this.messages.push({ text: m.text, kind: 'error' }); return { destroy() {} }; },
    },
  };

  private newCompose(reply: boolean, subject = ''): SdkComposeView {
    const c = new FakeComposeView(`c${this.composes.length + 1}`, reply);
    c.subject = subject;
    this.composes.push(c);
    for (const h of [...this.composeHandlers]) h(c as unknown as SdkComposeView);
    return c as unknown as SdkComposeView;
  }

  /** Gmail shows a route: a search's list (its rows, page by page) or a conversation. */
  private show(routeID: string, params: Record<string, unknown>) {
    if (routeID === ROUTES.SEARCH) {
      const query = String(params.query ?? '');
      const page = Number(params.page ?? 1);
      for (const { routeID: r, handler } of [...this.listRouteHandlers]) if (r === routeID) handler({ getRouteID: () => routeID, getParams: () => ({ query, page: String(page) }) });
      const rows = (this.searchResults.get(query) ?? []).slice((page - 1) * this.pageSize, page * this.pageSize);
      for (const init of rows) this.drawRow(new FakeThreadRowView(init));
    } else if (routeID === ROUTES.THREAD) {
      const thread = this.threadsById.get(String(params.threadID));
      if (thread) this.openThread(thread);
    }
  }

  drawRow(row: FakeThreadRowView) { for (const h of [...this.rowHandlers]) h(row as unknown as SdkThreadRowView); }
  openThread(thread: FakeThreadView) {
    // Gmail opens its inline reply when its Reply button is pressed (mouse down and up).
    for (const m of thread.messages) {
      const button = m.replyButton();
      if (button && m.init.replyLabel !== '') button.addEventListener('mouseup', () => setTimeout(() => this.newCompose(true, `Re: ${thread.subject}`), 5));
    }
    for (const h of [...this.threadHandlers]) h(thread as unknown as SdkThreadView);
    for (const m of thread.messages) for (const h of [...this.messageHandlers]) h(m as unknown as SdkMessageView);
  }
  clickThreadButton(title: string, thread: FakeThreadView) {
    const b = this.threadButtons.find((x) => x.title === title);
    if (!b) throw new Error(`no thread button "${title}"`);
    b.onClick({ position: 'THREAD', selectedThreadViews: [thread as never], selectedThreadRowViews: [] });
  }
}
