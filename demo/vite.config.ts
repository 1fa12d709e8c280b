/**
 * Build of the browser demo: demo/web is the page; the extension's public files (icons) are served beside it.
 * Output: .output/demo (served by demo/serve.ts on localhost), with the demo's content-security policy.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from '../scripts/vite-csp';
import { DEMO_PAGE } from '../scripts/csp-policies';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./web'),
  publicDir: here('../extension/public'),
  base: '/',
  plugins: [react(), contentSecurityPolicy(DEMO_PAGE)],
  logLevel: 'warn',
  build: {
    outDir: here('../.output/demo'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
  },
});
