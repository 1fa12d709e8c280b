/**
 * The parse thread of the CLI: it turns raw messages into the mail model with the very parseMime of the
 * main thread, so that a big mailbox is parsed on two cores. Plain JavaScript so that it starts under any
 * loader; the TypeScript parser is loaded through tsx's API (a thread does not inherit its parent's hooks).
 */
import { parentPort } from 'node:worker_threads';

const { register } = await import('tsx/esm/api');
register();
const { parseMime } = await import('../core/mail/parse-mime.ts');

/** One message parsed: the model without its loaders (functions do not cross threads), bytes instead. */
async function parseOne(raw, keepHtml) {
  const warnings = [];
  try {
    const message = await parseMime(raw, { keepHtml, onWarning: (w) => warnings.push(w) });
    const attachments = await Promise.all(
      message.attachments.map(async ({ loadBytes, ...meta }) => ({ ...meta, bytes: await loadBytes() })),
    );
    return { ok: true, message: { ...message, attachments }, warnings };
  } catch (error) {
    return { ok: false, error: error?.message ?? String(error), warnings };
  }
}

parentPort.on('message', async ({ id, raws, keepHtml }) => {
  const results = [];
  for (const raw of raws) results.push(await parseOne(raw, keepHtml));
  // The attachments' bytes move to the main thread instead of being copied.
  const transfer = new Set();
  for (const r of results) if (r.ok) for (const a of r.message.attachments) transfer.add(a.bytes.buffer);
  parentPort.postMessage({ id, results }, [...transfer]);
});
