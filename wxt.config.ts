import { defineConfig } from 'wxt';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { EXTENSION_PAGES, forDevServer, serializePolicy } from './scripts/csp-policies';

const require = createRequire(import.meta.url);

/**
 * The Gmail extension. Sources live in extension/. Build settings (environment variables):
 * - WXT_INBOXSDK_APP_ID: the InboxSDK app id registered for this extension (https://www.inboxsdk.com/register);
 *   without it a development id is used, which InboxSDK accepts with a console warning.
 */
export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  modules: ['@wxt-dev/module-react'],
  manifest: ({ command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // scripting: InboxSDK's background injects its page-world script with it. No other host than Gmail.
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    host_permissions: ['https://mail.google.com/'],
    // The extension's own scripts only, requests to itself only (scripts/csp-policies.ts); `npm run dev` also lets
    // the pages reach WXT's development server (WXT adds its script origin itself).
    content_security_policy: { extension_pages: serializePolicy(command === 'serve' ? forDevServer(EXTENSION_PAGES) : EXTENSION_PAGES) },
    web_accessible_resources: [
      // The PDF reader's worker code, loaded by the content script only when an opened thread has a PDF to read.
      { resources: ['pdfjs/pdf.worker.min.mjs', 'icon/*.png'], matches: ['https://mail.google.com/*'] },
    ],
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      // InboxSDK's page-world script must sit at the extension's root (its background injects "pageWorld.js").
      files.push({ absoluteSrc: require.resolve('@inboxsdk/core/pageWorld.js'), relativeDest: 'pageWorld.js' });
      files.push({ absoluteSrc: require.resolve('pdfjs-dist/legacy/build/pdf.worker.min.mjs'), relativeDest: 'pdfjs/pdf.worker.min.mjs' });
      // The UI strings are shared with the demo and the Outlook add-in (shared/app/locales); Chrome reads them as _locales.
      for (const lang of ['fr', 'en']) {
        files.push({ absoluteSrc: fileURLToPath(new URL(`shared/app/locales/${lang}.json`, import.meta.url)), relativeDest: `_locales/${lang}/messages.json` });
      }
    },
  },
});
