/** The typed client of the extension's pages and content script: messages to the background. */
import { createClient, type Client } from '../../shared/app/messages';

export function extensionClient(): Client {
  return createClient((envelope) => browser.runtime.sendMessage(envelope));
}
