import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { MboxSplitter } from '../core/mail/mbox-splitter';
import { parseMime } from '../core/mail/parse-mime';
import { MESSAGE_BUDGET } from '../core/mail/budget';
import type { MailMessage } from '../core/mail/model';

export type MailboxItem = { source: string; raw: Uint8Array } | { source: string; error: string };

const CHUNK = 1024 * 1024;

async function startsWithFromLine(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const buf = new Uint8Array(5);
    const { bytesRead } = await handle.read(buf, 0, 5, 0);
    return bytesRead === 5 && new TextDecoder().decode(buf) === 'From ';
  } finally {
    await handle.close();
  }
}

/** Streams an mbox message by message: a file of any size is read in 1 MiB chunks. */
async function* readMbox(file: string): AsyncGenerator<MailboxItem> {
  const splitter = new MboxSplitter();
  let n = 0;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
      for (const raw of splitter.push(chunk as Uint8Array)) yield { source: `${file}#${++n}`, raw };
    }
  } catch (error) {
    yield { source: file, error: (error as Error).message };
    return;
  }
  for (const raw of splitter.end()) yield { source: `${file}#${++n}`, raw };
}

/**
 * A file's bytes, at most `max` of them: a file over the message budget is read for its headers only (see
 * parseMime), so memory stays bounded whatever its size.
 */
async function readAtMost(handle: Awaited<ReturnType<typeof open>>, max: number): Promise<Uint8Array> {
  const { size } = await handle.stat();
  if (size <= max) return new Uint8Array(await handle.readFile());
  const bytes = new Uint8Array(max);
  const { bytesRead } = await handle.read(bytes, 0, max, 0);
  return bytes.subarray(0, bytesRead);
}

async function* readPath(target: string): AsyncGenerator<MailboxItem> {
  let info;
  try {
    info = await stat(target);
  } catch (error) {
    yield { source: target, error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message };
    return;
  }
  if (info.isDirectory()) {
    let entries;
    try {
      entries = (await readdir(target, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    } catch (error) {
      yield { source: target, error: (error as Error).message };
      return;
    }
    for (const entry of entries) {
      const child = path.join(target, entry.name);
      if (entry.isDirectory()) yield* readPath(child);
      else if (/\.(eml|mbox|mbx)$/i.test(entry.name)) yield* readPath(child);
    }
    return;
  }
  try {
    if (/\.(mbox|mbx)$/i.test(target) || (await startsWithFromLine(target))) {
      yield* readMbox(target);
      return;
    }
    const handle = await open(target, 'r');
    try {
      yield { source: target, raw: await readAtMost(handle, MESSAGE_BUDGET.maxBytes + 1) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    yield { source: target, error: (error as Error).message };
  }
}

/** Raw messages of an .mbox, an .eml or a folder of them (walked recursively, in name order). */
export function readMailbox(target: string): AsyncGenerator<MailboxItem> {
  return readPath(target);
}

/**
 * Reads and parses every message; unreadable files and messages are reported and skipped, a message read in
 * part (its body over the budget, say) is told to `onWarning` with its source. `onMessage` sees each message
 * as soon as it is parsed (to start work on it while the rest is read).
 */
export async function loadMessages(
  target: string,
  onError: (source: string, error: string) => void,
  onMessage?: (message: MailMessage, source: string) => void,
  onWarning?: (source: string, warning: string) => void,
): Promise<MailMessage[]> {
  const messages: MailMessage[] = [];
  for await (const item of readMailbox(target)) {
    if ('error' in item) {
      onError(item.source, item.error);
      continue;
    }
    try {
      // The commands scan and draft from `text`: the HTML bodies are not kept (see parseMime's keepHtml).
      const message = await parseMime(item.raw, { keepHtml: false, onWarning: onWarning && ((warning) => onWarning(item.source, warning)) });
      messages.push(message);
      onMessage?.(message, item.source);
    } catch (error) {
      onError(item.source, (error as Error).message);
    }
  }
  return messages;
}
