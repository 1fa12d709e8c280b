/**
 * A Vite plugin that sets a page's content-security policy: a <meta http-equiv="Content-Security-Policy">
 * at the top of the <head> of every HTML page (after its charset), before any script. The built pages carry the policy as given. The
 * development server (npm run dev:outlook) runs the same policy plus what Vite's own development code needs:
 * its inline React Refresh preamble allowed by its sha256 hash (never 'unsafe-inline') and its hot-reload
 * WebSocket on localhost.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { forDevServer, serializePolicy, type Directives } from './csp-policies';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

function withDevServer(directives: Directives, html: string): Directives {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1]!).filter((code) => code.trim()).map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  return forDevServer(directives, hashes);
}

export function contentSecurityPolicy(directives: Directives): Plugin {
  let dev = false;
  return {
    name: 'relance-content-security-policy',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const policy = serializePolicy(dev ? withDevServer(directives, html) : directives);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        if (/<meta charset[^>]*>/i.test(html)) return html.replace(/<meta charset[^>]*>/i, (charset) => `${charset}\n    ${meta}`);
        if (!/<head[^>]*>/i.test(html)) throw new Error('content-security policy: the page has no <head>');
        return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${meta}`);
      },
    },
  };
}
