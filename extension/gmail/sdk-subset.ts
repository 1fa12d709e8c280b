/**
 * The part of InboxSDK Relance uses, typed with @inboxsdk/core's own types (Pick of the real classes), so
 * the real SDK is assignable to it and a test fake must implement exactly this much.
 */
import type { ButterBar, Compose, ComposeView, Conversations, Lists, MessageView, Router, ThreadRowView, ThreadView, Toolbars } from '@inboxsdk/core';

export type SdkThreadRowView = Pick<ThreadRowView, 'getSubject' | 'getDateString' | 'getContacts' | 'getThreadIDIfStableAsync' | 'addLabel' | 'getElement'>;
export type SdkAttachmentCardView = Pick<ReturnType<MessageView['getFileAttachmentCardViews']>[number], 'getTitle' | 'getDownloadURL'>;
export type SdkMessageView = Pick<MessageView, 'getMessageIDAsync' | 'getSender' | 'getRecipientsFull' | 'getDateString' | 'getBodyElement' | 'getElement' | 'isLoaded' | 'addToolbarButton'> & {
  getFileAttachmentCardViews(): SdkAttachmentCardView[];
  getThreadView(): SdkThreadView;
};
export type SdkThreadView = Pick<ThreadView, 'getSubject' | 'getThreadIDAsync' | 'addSidebarContentPanel' | 'on'> & {
  getMessageViewsAll(): SdkMessageView[];
};
export type SdkComposeView = Pick<
  ComposeView,
  'setToRecipients' | 'setCcRecipients' | 'setSubject' | 'setBodyHTML' | 'attachFiles' | 'addButton' | 'on' | 'getComposeID' | 'getSubject' | 'getHTMLContent' | 'isReply'
>;

/** A list route as the handler of `handleListRoute` sees it (a search, the Sent folder…). */
export interface SdkListRoute {
  getRouteID(): string;
  getParams(): Record<string, string>;
}

export interface GmailSdk {
  Router: Pick<Router, 'goto'> & {
    NativeRouteIDs: Pick<Router['NativeRouteIDs'], 'SEARCH' | 'THREAD' | 'SENT'>;
    handleListRoute(routeID: string, handler: (route: SdkListRoute) => void): () => void;
  };
  Lists: { registerThreadRowViewHandler(handler: (row: SdkThreadRowView) => void): () => void };
  Conversations: {
    registerThreadViewHandler(handler: (thread: SdkThreadView) => void): () => void;
    registerMessageViewHandler(handler: (message: SdkMessageView) => void): () => void;
  };
  Toolbars: Pick<Toolbars, 'registerThreadButton'>;
  Compose: {
    openNewComposeView(): Promise<SdkComposeView>;
    registerComposeViewHandler(handler: (compose: SdkComposeView) => void): () => void;
  };
  ButterBar: Pick<ButterBar, 'showMessage' | 'showError'>;
}

// Compile-time proof that the real SDK's namespaces fit the subset (nothing runs here).
type Fits<Real, Subset> = Real extends Subset ? true : never;
export const REAL_SDK_FITS: [Fits<Lists, GmailSdk['Lists']>, Fits<Conversations, GmailSdk['Conversations']>, Fits<Compose, GmailSdk['Compose']>, Fits<Router, GmailSdk['Router']>] = [
  true,
  true,
  true,
  true,
];
