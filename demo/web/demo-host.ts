/**
 * The browser demo's host adapter: the MailHost port (extension/host.ts) over the demo's mailbox page,
 * as extension/gmail/ is over InboxSDK. The page (React) reads this store; the features write to it through
 * the port — labels on rows, buttons in the thread toolbar and message headers, a side panel, compose
 * windows — exactly as they do in Gmail.
 */
import type { MailMessage, MailThread } from '../../shared/core/mail/model';
import type { RowSummary } from '../../shared/core/detect/thread-row';
import { htmlToText } from '../../shared/core/mail/html-to-text';
import type { ComposeInit, HostCompose, HostRow, HostThread, MailHost, MailSearch, RowLabelSpec } from '../../extension/host';
import { fold } from '../../shared/core/text/fold';

export interface DemoCompose {
  id: string;
  threadId: string;
  to: string[];
  cc: string[];
  subject: string;
  html: string;
  attachments: ComposeInit['attachments'];
  tools: { title: string; iconUrl: string; render(el: HTMLElement, close: () => void): void }[];
  sent: boolean;
}

export interface DemoState {
  threads: MailThread[];
  labels: Record<string, RowLabelSpec>;
  openThreadId: string | null;
  threadButtons: { id: number; title: string; iconUrl: string; onClick(thread: HostThread): void }[];
  messageButtons: { id: number; title: string; onClick(thread: HostThread): void }[];
  panels: { id: number; threadId: string; title: string; el: HTMLElement }[];
  composes: DemoCompose[];
  toasts: { id: number; text: string; kind: 'info' | 'error' }[];
}

type Listener = () => void;

export interface DemoHost extends MailHost {
  state(): DemoState;
  subscribe(listener: Listener): () => void;
  openThread(threadId: string | null): void;
  /** Conversations the visitor opened from files: listed first, their rows drawn for the features. */
  addThreads(threads: MailThread[]): void;
  /** The conversation as the features see it (what a toolbar click hands them). */
  thread(threadId: string): HostThread;
  updateCompose(id: string, patch: Partial<Pick<DemoCompose, 'to' | 'subject' | 'html'>>): void;
  /** The visitor clicks "Send": the message joins the conversation as the user's, the features are told. */
  sendCompose(id: string): void;
  closeCompose(id: string): void;
  dismissToast(id: number): void;
}

/** The list shows the conversation's last message, as mail clients do. */
export function rowSummaryOf(thread: MailThread, isMe: (address: string) => boolean): RowSummary {
  const last = thread.messages[thread.messages.length - 1]!;
  const first = thread.messages[0]!;
  const sender = last.from ? (isMe(last.from.address) ? 'moi' : `${last.from.name} <${last.from.address}>`) : '';
  return { subject: first.subject, snippet: last.text.replace(/\s+/g, ' ').slice(0, 160), sender, date: last.calendarDate };
}

/** The demo's mailbox search, as Gmail's would answer it: mail the user sent lately with a word or an attachment. */
function matches(thread: MailThread, search: MailSearch, isMe: (address: string) => boolean, now: Date): boolean {
  const since = new Date(now.getTime() - search.sentWithinDays * 86_400_000).toISOString();
  const words = search.anyOf.map((w) => fold(w));
  return thread.messages.some((m) => {
    if (!m.from || !isMe(m.from.address) || (m.date ?? '') < since) return false;
    if (search.orWithAttachment && m.attachments.some((a) => !a.inline)) return true;
    const text = fold(`${m.subject} ${m.text}`);
    return words.some((w) => new RegExp(`(?<![a-z0-9])${w}(?![a-z0-9])`).test(text));
  });
}

export function createDemoHost(threads: MailThread[], opts: { me: string; isMe(address: string): boolean; now(): Date }): DemoHost {
  let state: DemoState = { threads, labels: {}, openThreadId: null, threadButtons: [], messageButtons: [], panels: [], composes: [], toasts: [] };
  const listeners = new Set<Listener>();
  const rowHandlers = new Set<(row: HostRow) => void>();
  const threadHandlers = new Set<(thread: HostThread) => void>();
  const destroyCallbacks = new Map<string, (() => void)[]>();
  const composeCallbacks = new Map<string, { sent: ((s: { threadId: string | null }) => void)[]; destroy: (() => void)[] }>();
  let seq = 0;

  const set = (patch: Partial<DemoState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };
  const threadById = (id: string) => state.threads.find((t) => t.id === id);

  const hostThread = (id: string): HostThread => ({
    threadId: async () => id,
    subject: () => threadById(id)?.messages[0]?.subject ?? '',
    read: async () => {
      const thread = threadById(id);
      if (!thread) throw new Error(`no conversation ${id}`);
      return thread;
    },
    addPanel({ title, el }) {
      const panel = { id: ++seq, threadId: id, title, el };
      set({ panels: [...state.panels, panel] });
      return { remove: () => set({ panels: state.panels.filter((p) => p !== panel) }) };
    },
    onDestroy(callback) {
      destroyCallbacks.set(id, [...(destroyCallbacks.get(id) ?? []), callback]);
    },
  });

  const hostRow = (thread: MailThread): HostRow => ({
    threadId: async () => thread.id,
    summary: () => rowSummaryOf(thread, opts.isMe),
    setLabel(label) {
      const labels = { ...state.labels };
      if (label) labels[thread.id] = label;
      else delete labels[thread.id];
      set({ labels });
    },
  });

  const drawRows = (handler: (row: HostRow) => void) => {
    for (const thread of state.threads) handler(hostRow(thread));
  };

  const closeThread = (id: string) => {
    for (const cb of destroyCallbacks.get(id) ?? []) cb();
    destroyCallbacks.delete(id);
  };

  return {
    name: 'demo',
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onThreadRow(handler) {
      rowHandlers.add(handler);
      drawRows(handler);
      return () => rowHandlers.delete(handler);
    },
    onThreadView(handler) {
      threadHandlers.add(handler);
      if (state.openThreadId) handler(hostThread(state.openThreadId));
      return () => threadHandlers.delete(handler);
    },
    addThreadButton(button) {
      const entry = { ...button, id: ++seq };
      set({ threadButtons: [...state.threadButtons, entry] });
      return () => set({ threadButtons: state.threadButtons.filter((b) => b !== entry) });
    },
    addMessageButton(button) {
      const entry = { ...button, id: ++seq };
      set({ messageButtons: [...state.messageButtons, entry] });
      return () => set({ messageButtons: state.messageButtons.filter((b) => b !== entry) });
    },
    async openReply(thread, init) {
      const threadId = await thread.threadId();
      const id = `compose-${++seq}`;
      const compose: DemoCompose = { id, threadId, ...init, tools: [], sent: false };
      set({ composes: [...state.composes, compose] });
      composeCallbacks.set(id, { sent: [], destroy: [] });
      const update = (patch: Partial<DemoCompose>) => set({ composes: state.composes.map((c) => (c.id === id ? { ...c, ...patch } : c)) });
      const api: HostCompose = {
        id,
        isReply: false,
        setSubject: (subject) => update({ subject }),
        setBodyHtml: (html) => update({ html }),
        setRecipients: (to, cc) => update({ to, cc }),
        attach: async (files) => update({ attachments: [...(state.composes.find((c) => c.id === id)?.attachments ?? []), ...files] }),
        addTool: (tool) => update({ tools: [...(state.composes.find((c) => c.id === id)?.tools ?? []), tool] }),
        onSent: (cb) => composeCallbacks.get(id)?.sent.push(cb),
        onDestroy: (cb) => composeCallbacks.get(id)?.destroy.push(cb),
      };
      return api;
    },
    notify(text, kind = 'info') {
      const toast = { id: ++seq, text, kind };
      set({ toasts: [...state.toasts, toast] });
      // Like Gmail's butter bar, a message goes away by itself.
      setTimeout(() => set({ toasts: state.toasts.filter((t) => t !== toast) }), kind === 'error' ? 12_000 : 6_000);
    },
    async searchThreads(search, limit) {
      const newest = [...state.threads].sort((a, b) => (b.messages.at(-1)!.date ?? '').localeCompare(a.messages.at(-1)!.date ?? ''));
      return newest
        .filter((t) => matches(t, search, opts.isMe, opts.now()))
        .slice(0, limit)
        .map((t) => ({ threadId: t.id, summary: rowSummaryOf(t, opts.isMe) }));
    },
    async showThread(threadId) {
      if (!threadById(threadId)) return null;
      this.openThread(threadId);
      return hostThread(threadId);
    },
    thread: (threadId) => hostThread(threadId),
    openThread(threadId) {
      if (state.openThreadId && state.openThreadId !== threadId) closeThread(state.openThreadId);
      set({ openThreadId: threadId });
      if (threadId) for (const h of threadHandlers) h(hostThread(threadId));
      // Back to the list: the rows are drawn again, as Gmail redraws its list, and get fresh labels.
      else for (const h of rowHandlers) drawRows(h);
    },
    addThreads(added) {
      set({ threads: [...added, ...state.threads] });
      for (const h of rowHandlers) for (const thread of added) h(hostRow(thread));
    },
    updateCompose(id, patch) {
      set({ composes: state.composes.map((c) => (c.id === id ? { ...c, ...patch } : c)) });
    },
    sendCompose(id) {
      const compose = state.composes.find((c) => c.id === id);
      if (!compose || compose.sent) return;
      const thread = threadById(compose.threadId);
      if (thread) {
        const last = thread.messages[thread.messages.length - 1]!;
        const now = opts.now();
        // The core's reading of HTML (tags out, then every entity decoded): the draft's text, as written.
        const text = htmlToText(compose.html);
        const message: MailMessage = {
          messageId: `<demo-sent-${id}@menuiserie-lambert.fr>`,
          hostThreadId: thread.id,
          from: { name: 'Claire Lambert', address: opts.me },
          sender: null,
          replyTo: [],
          to: compose.to.map((address) => ({ name: '', address })),
          cc: compose.cc.map((address) => ({ name: '', address })),
          bcc: [],
          deliveredTo: [],
          date: now.toISOString(),
          calendarDate: now.toISOString().slice(0, 10),
          subject: compose.subject,
          text,
          html: compose.html,
          inReplyTo: last.messageId,
          references: [last.messageId],
          headers: {},
          attachments: compose.attachments.map((a) => ({ filename: a.filename, mimeType: a.mimeType, size: a.bytes.length, inline: false, loadBytes: async () => a.bytes })),
        };
        set({ threads: state.threads.map((t) => (t.id === thread.id ? { ...t, messages: [...t.messages, message] } : t)) });
      }
      set({ composes: state.composes.map((c) => (c.id === id ? { ...c, sent: true } : c)) });
      for (const cb of composeCallbacks.get(id)?.sent ?? []) cb({ threadId: compose.threadId });
      this.closeCompose(id);
    },
    closeCompose(id) {
      for (const cb of composeCallbacks.get(id)?.destroy ?? []) cb();
      composeCallbacks.delete(id);
      set({ composes: state.composes.filter((c) => c.id !== id) });
    },
    dismissToast(id) {
      set({ toasts: state.toasts.filter((t) => t.id !== id) });
    },
  };
}
