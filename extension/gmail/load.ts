/** Loads InboxSDK in Gmail and wraps it in the MailHost port. The app id is a build setting (see wxt.config.ts). */
import * as InboxSDK from '@inboxsdk/core';
import type { MailHost } from '../host';
import { createGmailHost } from './gmail-host';
import type { FetchBytes } from './read-thread';

export interface LoadedGmail {
  host: MailHost;
  /** The signed-in account's address: the user's "me" until the settings say more. */
  userEmail: string;
}

export async function loadGmail(appId: string, fetchBytes: FetchBytes): Promise<LoadedGmail> {
  const sdk = await InboxSDK.load(2, appId, { appName: 'Relance' });
  return { host: createGmailHost(sdk, { fetchBytes }), userEmail: sdk.User.getEmailAddress() };
}
