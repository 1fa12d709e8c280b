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
);
