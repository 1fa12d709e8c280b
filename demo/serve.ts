/**
 * `npm start`: builds the browser demo and serves it on localhost, then builds the Chrome extension and says
 * where it is and how to load it. No account and no network: everything is bundled.
 *
 * Options: PORT (default 4173, the next free port if taken), `--no-extension` to skip the extension build,
 * `--build-only` to build and exit (the end-to-end tests use it).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.output/demo');
const extensionDir = path.join(root, '.output/chrome-mv3');
const args = new Set(process.argv.slice(2));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

export async function buildDemo(): Promise<void> {
  await build({ configFile: path.join(root, 'demo/vite.config.ts'), logLevel: 'warn' });
}

/** Ports Chromium and Firefox refuse to load a page from, in the range a local server may pick (SIP, X11, IRC…). */
const BROWSER_BLOCKED_PORTS: ReadonlySet<number> = new Set([3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);

/** A static server for the built demo, bound to localhost only. */
export function serveDemo(port: number): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.normalize(path.join(out, decodeURIComponent(url.pathname)));
    if (!file.startsWith(out)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    const tryPort = (p: number, attempts: number) => {
      // A browser refuses to open some ports (ERR_UNSAFE_PORT): the demo is served on the next one.
      if (BROWSER_BLOCKED_PORTS.has(p)) return tryPort(p + 1, attempts);
      server.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE' && attempts > 0) tryPort(p + 1, attempts - 1);
        else reject(error);
      });
      server.listen(p, '127.0.0.1', () => resolve({ server, url: `http://localhost:${p}/` }));
    };
    tryPort(port, 20);
  });
}

function buildExtension(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function main() {
  process.stdout.write('Relance — building the browser demo…\n');
  await buildDemo();
  if (args.has('--build-only')) return;
  const { url } = await serveDemo(Number(process.env.PORT ?? 4173));
  process.stdout.write(`\n  Demo: ${url}\n  Open it in a browser: the demo mailbox of Menuiserie Lambert SARL, no account, no network.\n  (Ctrl+C to stop.)\n\n`);
  if (args.has('--no-extension')) return;
  process.stdout.write('Building the Gmail extension…\n');
  const code = await buildExtension();
  if (code === 0) {
    process.stdout.write(
      `\n  Extension: ${extensionDir}\n  To load it: chrome://extensions → turn on "Developer mode" → "Load unpacked" → choose that folder;\n  then open https://mail.google.com. (InboxSDK app id: set WXT_INBOXSDK_APP_ID before building, see README.)\n\n`,
    );
  } else process.stdout.write(`\n  The extension build failed (exit ${code}); the demo keeps running.\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
