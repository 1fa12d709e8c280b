/**
 * `npm run dev:outlook`: the add-in's pages over https on localhost. The certificate is office-addin-dev-certs'
 * own kind (a development CA and a localhost certificate it signs), generated into a temporary folder and
 * handed to the server through OUTLOOK_DEV_CERTS, so the test installs nothing on the machine; the client
 * trusts only that CA, which checks the server's certificate chain for "localhost". The pages it serves carry
 * the add-in's content-security policy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCertificates } from 'office-addin-dev-certs';
import { MICROSOFT_AJAX, OFFICE_JS_ORIGIN, parsePolicy } from '../../scripts/csp-policies';

const ROOT = resolve(import.meta.dirname, '..', '..');
let dir = '';
let port = 0;
let server: ChildProcess | null = null;
let output = '';

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => res(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function get(path: string): Promise<{ status: number; type: string; body: Buffer }> {
  return new Promise((res, rej) => {
    const req = request({ host: 'localhost', port, path, ca: readFileSync(join(dir, 'ca.crt')), servername: 'localhost', timeout: 20_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => res({ status: response.statusCode ?? 0, type: String(response.headers['content-type'] ?? ''), body: Buffer.concat(chunks) }));
    });
    req.on('error', rej);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relance-dev-certs-'));
  await generateCertificates(join(dir, 'ca.crt'), join(dir, 'localhost.crt'), join(dir, 'localhost.key'), 2);
  port = await freePort();
  server = spawn(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), '--config', 'vite.outlook.config.ts', '--port', String(port), '--host', 'localhost'], {
    cwd: ROOT,
    // No colours: with CI set, Vite's colour library paints the URL even into a pipe.
    env: { ...process.env, OUTLOOK_DEV_CERTS: dir, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // eslint-disable-next-line no-control-regex -- strip any colour codes left
  const plain = (c: Buffer) => c.toString().replace(/\u001b\[[0-9;]*m/g, '');
  server.stdout!.on('data', (c: Buffer) => (output += plain(c)));
  server.stderr!.on('data', (c: Buffer) => (output += plain(c)));
  // Vite writes "ready in …" and its URL lines in separate writes: wait for the URL itself.
  const url = `https://localhost:${port}/`;
  for (let i = 0; i < 240 && !output.includes(url) && server.exitCode === null; i++) await new Promise((r) => setTimeout(r, 250));
  if (!/ready in|Local:/.test(output)) throw new Error(`the dev server did not start:\n${output}`);
}, 120_000);

afterAll(async () => {
  const child = server;
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run dev:outlook', { timeout: 120_000 }, () => {
  it('serves the task pane, the function file, the about page and the icons over https for localhost', async () => {
    expect(output).toContain(`https://localhost:${port}/`);
    const pane = await get('/taskpane.html');
    expect(pane.status).toBe(200);
    expect(pane.type).toMatch(/text\/html/);
    expect(pane.body.toString()).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(pane.body.toString()).toContain('/taskpane/main.tsx');
    // The pages' content-security policy, with Vite's own inline preamble allowed by its hash only.
    const policy = parsePolicy(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(pane.body.toString())?.[1] ?? '');
    expect(policy['script-src']?.slice(0, 3)).toEqual(["'self'", OFFICE_JS_ORIGIN, MICROSOFT_AJAX]);
    expect(policy['script-src']?.slice(3).every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s))).toBe(true);
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
    expect(policy['script-src']).not.toContain("'unsafe-eval'");
    const inline = [...pane.body.toString().matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((c) => c.trim());
    expect(policy['script-src']?.length).toBe(3 + inline.length);
    for (const path of ['/commands.html', '/about.html']) expect((await get(path)).status).toBe(200);
    const icon = await get('/assets/icon-80.png');
    expect(icon.status).toBe(200);
    expect(icon.body.readUInt32BE(16)).toBe(80);
    const script = await get('/taskpane/main.tsx');
    expect(script.status).toBe(200);
    expect(script.type).toMatch(/javascript/);
  });
});
