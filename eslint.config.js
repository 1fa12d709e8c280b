// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const PURE = 'shared/core is pure: it runs in the Gmail extension, the Outlook add-in, the browser demo and the CLI alike';

export default tseslint.config(
  { ignores: ['node_modules/**', '.output/**', '.wxt/**', 'coverage/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: `${PURE}: no Node API.` },
            {
              group: ['fs', 'fs/*', 'path', 'os', 'crypto', 'stream', 'buffer', 'child_process', 'url', 'util', 'http', 'https', 'net', 'zlib', 'worker_threads'],
              message: `${PURE}: no Node API.`,
            },
            { group: ['@inboxsdk/*', 'wxt', 'wxt/*', '@wxt-dev/*'], message: `${PURE}: no InboxSDK or WXT (they belong to extension/).` },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: `${PURE}: no UI.` },
            { group: ['dexie', 'dexie/*'], message: `${PURE}: the database lives in shared/ledger.` },
            { group: ['pdfjs-dist', 'pdfjs-dist/*'], message: `${PURE}: PDFs are read through the PdfReader port (shared/pdf).` },
            { group: ['office-*', '@microsoft/*'], message: `${PURE}: no Office.js (it belongs to outlook-addin/).` },
            {
              group: ['**/cli/**', '**/ledger/**', '**/extension/**', '**/outlook-addin/**', '**/shared/pdf/**'],
              message: `${PURE}: the core depends on no host.`,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'chrome', 'browser', 'Office', 'Buffer', 'process', 'require', '__dirname', 'localStorage', 'indexedDB', 'DOMParser', 'XMLHttpRequest', 'fetch'].map(
          (name) => ({ name, message: `${PURE}: "${name}" is a host API.` }),
        ),
      ],
    },
  },
  {
    // The application service and its typed messages run in the extension's background, the browser demo and the
    // Outlook pane: they may use the ledger and the core, never one host's API.
    files: ['shared/app/**/*.ts', 'shared/ledger/**/*.ts'],
    ignores: ['shared/ledger/bench/run-bench.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'shared/app and shared/ledger run in browsers: no Node API.' },
            { group: ['@inboxsdk/*', 'wxt', 'wxt/*', '@wxt-dev/*', 'office-*', '@microsoft/*'], message: 'no host API here: hosts call this code, not the reverse.' },
            { group: ['**/extension/**', '**/outlook-addin/**', '**/demo/**', '**/cli/**'], message: 'shared code depends on no host.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...['chrome', 'browser', 'Office'].map((name) => ({ name, message: `"${name}" is a host API.` }))],
    },
  },
);
