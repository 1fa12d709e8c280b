/**
 * The Outlook add-in's pages (issue 6): the task pane, the function file of the ribbon commands and the
 * "about" page the manifests link to, built into .output/outlook/ (`npm run build:outlook`) or served over
 * https on localhost:3100 with Office's development certificate (`npm run dev:outlook`) for sideloading.
 * The manifests' icons are copied unhashed to assets/, where both manifests point, and the unified manifest
 * is packaged with its icons and strings (relance-outlook.zip) for "upload a custom app". Every page gets
 * the add-in's content-security policy (scripts/csp-policies.ts).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/vite-csp';
import { OUTLOOK_PAGES } from './scripts/csp-policies';

const ADDIN = resolve(import.meta.dirname, 'outlook-addin');
const OUT = resolve(import.meta.dirname, '.output', 'outlook');
export const OUTLOOK_DEV_PORT = 3100;

/** Icons to assets/ (the manifests name them by URL), the manifests beside the pages, the app package zipped. */
function addinFiles(): Plugin {
  let out = OUT;
  return {
    name: 'relance-outlook-files',
    apply: 'build',
    configResolved(config) {
      out = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      mkdirSync(join(out, 'assets'), { recursive: true });
      for (const file of readdirSync(join(ADDIN, 'assets'))) {
        if (file.endsWith('.png')) copyFileSync(join(ADDIN, 'assets', file), join(out, 'assets', file));
      }
      copyFileSync(join(ADDIN, 'manifest.json'), join(out, 'manifest.json'));
      copyFileSync(join(ADDIN, 'manifest.xml'), join(out, 'manifest.xml'));
      const { exportMetadataPackage } = await import('office-addin-manifest');
      await exportMetadataPackage(join(out, 'relance-outlook.zip'), join(ADDIN, 'manifest.json'));
    },
  };
}

/**
 * Office's development certificate for localhost, trusted on this machine: office-addin-dev-certs creates and
 * installs it the first time (it asks for the password of an administrator). OUTLOOK_DEV_CERTS=<folder> uses
 * localhost.crt and localhost.key from that folder instead (a certificate you trust some other way).
 */
async function devCertificate(): Promise<{ cert: Buffer; key: Buffer; ca?: Buffer }> {
  const dir = process.env.OUTLOOK_DEV_CERTS;
  if (dir) return { cert: readFileSync(join(dir, 'localhost.crt')), key: readFileSync(join(dir, 'localhost.key')) };
  return (await import('office-addin-dev-certs')).getHttpsServerOptions();
}

export default defineConfig(async ({ command }): Promise<UserConfig> => ({
  root: ADDIN,
  base: '/',
  publicDir: false,
  plugins: [react(), contentSecurityPolicy(OUTLOOK_PAGES), addinFiles()],
  build: {
    outDir: OUT,
    emptyOutDir: true,
    assetsDir: 'static',
    target: 'es2022',
    chunkSizeWarningLimit: 2048,
    rollupOptions: {
      input: {
        taskpane: join(ADDIN, 'taskpane.html'),
        commands: join(ADDIN, 'commands.html'),
        about: join(ADDIN, 'about.html'),
      },
    },
  },
  server: command === 'serve' ? { port: OUTLOOK_DEV_PORT, strictPort: true, https: await devCertificate() } : undefined,
}));
