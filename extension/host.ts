/**
 * The mail host as the features see it: Gmail through InboxSDK (extension/gmail/) or the browser demo's
 * mailbox page (demo/web/). Features are written once against this port; each host adapter is the only
 * code that touches its host's API and DOM. Host errors are the adapter's to log, never to throw at Gmail.
 */
import type { MailThread } from '../shared/core/mail/model';
import type { RowSummary } from '../shared/core/detect/thread-row';

export interface RowLabelSpec {
  text: string;
  foreground: string;
  background: string;
  tooltip?: string;
}

/** One row of a thread list. */
export interface HostRow {
  /** The host's thread id; null when the host cannot tell it yet. */
  threadId(): Promise<string | null>;
  summary(): RowSummary;
  /** Shows one Relance label on the row, replacing the previous one; null removes it. */
  setLabel(label: RowLabelSpec | null): void;
}

/** An opened conversation. */
export interface HostThread {
  threadId(): Promise<string>;
  subject(): string;
  /** The conversation as the core's model; attachments load their bytes on demand. */
  read(): Promise<MailThread>;
  /** A panel beside the conversation (Gmail's sidebar); the element is the feature's to render into. */
  addPanel(panel: { title: string; iconUrl: string; el: HTMLElement }): { remove(): void };
  onDestroy(callback: () => void): void;
}

export interface ComposeInit {
  to: string[];
  cc: string[];
  subject: string;
  html: string;
  attachments: { filename: string; bytes: Uint8Array; mimeType: string }[];
}

/** A compose window. */
export interface HostCompose {
  readonly id: string;
  /** A reply inside the conversation: its subject is the conversation's ("Re: …") and stays so. */
  readonly isReply: boolean;
  setSubject(subject: string): void;
  setBodyHtml(html: string): void;
  setRecipients(to: string[], cc: string[]): void;
  attach(files: ComposeInit['attachments']): Promise<void>;
  /** A tool in the compose window's toolbar whose dropdown the feature renders into. */
  addTool(tool: { title: string; iconUrl: string; render(el: HTMLElement, close: () => void): void }): void;
  onSent(callback: (sent: { threadId: string | null }) => void): void;
  onDestroy(callback: () => void): void;
}

/**
 * A search of the user's mailbox in host-neutral words; each host writes it in its own search syntax
 * (Gmail: `in:sent newer_than:90d (facture OR invoice OR has:attachment)`).
 */
export interface MailSearch {
  /** Mail the user sent within this many days. */
  sentWithinDays: number;
  /** Any of these words, or (with `orWithAttachment`) an attachment. */
  anyOf: readonly string[];
  orWithAttachment: boolean;
}

/** A conversation as a search result list shows it. */
export interface FoundThread {
  threadId: string;
  summary: RowSummary;
}

export interface MailHost {
  readonly name: 'gmail' | 'demo';
  onThreadRow(handler: (row: HostRow) => void): () => void;
  onThreadView(handler: (thread: HostThread) => void): () => void;
  /** A button in the opened conversation's toolbar. */
  addThreadButton(button: { title: string; iconUrl: string; onClick(thread: HostThread): void }): () => void;
  /** A button in each message's toolbar (Gmail: the message's "more" menu). */
  addMessageButton(button: { title: string; onClick(thread: HostThread): void }): () => void;
  /**
   * Opens a reply in the conversation filled with the draft (the host's own reply when it can, else a new
   * message with the draft's subject).
   */
  openReply(thread: HostThread, init: ComposeInit): Promise<HostCompose>;
  /** A short message to the user (Gmail's butter bar). */
  notify(text: string, kind?: 'info' | 'error'): void;
  /** Conversations a search finds, newest first, at most `limit`. */
  searchThreads(search: MailSearch, limit: number): Promise<FoundThread[]>;
  /** Shows one conversation and gives it once it is open; null when it did not open in time. */
  showThread(threadId: string): Promise<HostThread | null>;
}
