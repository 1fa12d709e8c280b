import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { MboxSplitter } from '../../../shared/core/mail/mbox-splitter';
import { parseMime, MailParseError } from '../../../shared/core/mail/parse-mime';
import { threadMessages, normalizeSubject } from '../../../shared/core/mail/threading';
import { htmlToText } from '../../../shared/core/mail/html-to-text';
import type { MailMessage } from '../../../shared/core/mail/model';
import { mail } from '../status/mail';

const samples = path.resolve(__dirname, '../../../../shared/samples/mailbox');
const here = existsSync(path.join(samples, 'all.mbox'));
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

function split(bytes: Uint8Array, chunk: number): string[] {
  const s = new MboxSplitter();
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += chunk) out.push(...s.push(bytes.slice(i, i + chunk)));
  out.push(...s.end());
  return out.map(dec);
}

describe('MboxSplitter', () => {
  const mbox = 'From a@x Mon Jan  1 00:00:00 2026\nSubject: one\n\nbody 1\n>From the start\n\nFrom b@x Mon Jan  1 00:00:00 2026\nSubject: two\n\nbody 2\n';
  it('splits messages, drops separators and unquotes mboxrd ">From " lines', () => {
    expect(split(enc(mbox), 1 << 20)).toEqual(['Subject: one\n\nbody 1\nFrom the start\n', 'Subject: two\n\nbody 2\n']);
  });
  it('gives the same messages whatever the chunk size', () => {
    const whole = split(enc(mbox), 1 << 20);
    for (const size of [1, 2, 7, 64]) expect(split(enc(mbox), size)).toEqual(whole);
  });
  it('reads CRLF line ends and a file without trailing newline', () => {
    const crlf = mbox.replace(/\n/g, '\r\n').replace(/\r\n$/, '');
    const got = split(enc(crlf), 5);
    expect(got).toHaveLength(2);
    expect(got[1]).toBe('Subject: two\r\n\r\nbody 2');
  });
});

describe.runIf(here)('the sample mailbox', () => {
  it('splits all.mbox into the 424 messages of threads/*.eml, with the same Message-IDs', async () => {
    const parts = split(new Uint8Array(readFileSync(path.join(samples, 'all.mbox'))), 1 << 20);
    expect(parts).toHaveLength(424);
    const fromMbox = new Set(await Promise.all(parts.map(async (p) => (await parseMime(p)).messageId)));
    const fromFiles = new Set<string>();
    for (const t of readdirSync(path.join(samples, 'threads'))) {
      for (const f of readdirSync(path.join(samples, 'threads', t))) {
        fromFiles.add((await parseMime(new Uint8Array(readFileSync(path.join(samples, 'threads', t, f))))).messageId);
      }
    }
    expect(fromMbox).toEqual(fromFiles);
  });

  it('threads the mailbox as its ground truth does', async () => {
    const parts = split(new Uint8Array(readFileSync(path.join(samples, 'all.mbox'))), 1 << 20);
    const messages = await Promise.all(parts.map((p) => parseMime(p)));
    const threadOf = new Map<string, string>();
    threadMessages(messages).forEach((t) => t.messages.forEach((m) => threadOf.set(m.messageId, t.id)));
    const truth = readFileSync(path.join(samples, 'threads.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { thread: string; messages: { messageId: string }[] });
    let exact = 0;
    for (const t of truth) {
      const ids = new Set(t.messages.map((m) => threadOf.get(m.messageId)));
      const ours = [...threadOf.entries()].filter(([, id]) => ids.has(id)).length;
      if (ids.size === 1 && ours === t.messages.length) exact++;
    }
    // Platform invoices whose replies answer a message the user never had cannot be joined by headers;
    // the scan attaches those by invoice number. Everything else must match exactly.
    expect(exact).toBeGreaterThanOrEqual(truth.length - 2);
  });
});

describe('parseMime', () => {
  it('decodes encoded subjects and addresses, keeps the sender’s calendar date and PDF bytes', async () => {
    const raw = [
      'From: =?UTF-8?Q?Cl=C3=A9ment?= <Clement@Example.FR>',
      'To: a@b.fr, "Group": c@d.fr, e@f.fr;',
      'Subject: =?UTF-8?B?RmFjdHVyZSBuwrAgMTI=?=',
      'Date: Tue, 01 Dec 2026 00:30:00 +0100',
      'Message-ID: <x1@example.fr>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Bonjour',
      '--b',
      'Content-Type: application/pdf; name="f.pdf"',
      'Content-Disposition: attachment; filename="f.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      btoa('%PDF-1.4 test'),
      '--b--',
      '',
    ].join('\r\n');
    const m = await parseMime(raw);
    expect(m.from).toEqual({ name: 'Clément', address: 'clement@example.fr' });
    expect(m.to.map((a) => a.address)).toEqual(['a@b.fr', 'c@d.fr', 'e@f.fr']);
    expect(m.subject).toBe('Facture n° 12');
    expect(m.calendarDate).toBe('2026-12-01');
    expect(m.date).toBe('2026-11-30T23:30:00.000Z');
    expect(m.attachments).toHaveLength(1);
    expect(dec((await m.attachments[0]!.loadBytes()).slice(0, 5))).toBe('%PDF-');
  });

  it('turns an HTML-only body into readable text', async () => {
    const m = await parseMime('Subject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><head><style>p{}</style></head><body><p>Total&nbsp;TTC</p><table><tr><td>Montant</td><td>1&#8239;234,56 &euro;</td></tr></table></body></html>');
    // Table cells are parted by a column gap (two spaces), as PDF text parts its columns.
    expect(m.text).toBe('Total\u00a0TTC\n\nMontant  1\u202f234,56 €');
    expect(htmlToText('<script>alert(1)</script>ok')).toBe('ok');
  });

  it('keeps the HTML body unless told not to (a host that only scans reads the text made from it)', async () => {
    const raw = 'Subject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Facture F-12</p>';
    const kept = await parseMime(raw);
    const dropped = await parseMime(raw, { keepHtml: false });
    expect(kept.html).toContain('<p>Facture F-12</p>');
    expect(dropped.html).toBeNull();
    expect({ ...dropped, html: kept.html, attachments: [] }).toEqual({ ...kept, attachments: [] });
  });

  it('refuses empty input and input without an e-mail header with a MailParseError, reads the rest, and stays fast', async () => {
    await expect(parseMime('')).rejects.toBeInstanceOf(MailParseError);
    const garbage = new Uint8Array(200_000).map((_, i) => (i * 7919) % 256);
    await expect(parseMime(garbage)).rejects.toThrow(/not an e-mail/);
    await expect(parseMime('no headers at all')).rejects.toThrow(/not an e-mail/);
    const nested = `Content-Type: multipart/mixed; boundary="b0"\r\n\r\n${Array.from({ length: 200 }, (_, i) => `--b${i}\r\nContent-Type: multipart/mixed; boundary="b${i + 1}"\r\n\r\n`).join('')}text`;
    const unclosed = 'Content-Type: multipart/mixed; boundary="zz"\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nnever closed';
    const longLine = `Subject: ${'a'.repeat(5_000_000)}\r\n\r\nbody`;
    const start = performance.now();
    for (const input of [nested, unclosed, longLine, 'Subject: =?bogus?Q?=ZZ?=\r\n\r\nx']) {
      const m = await parseMime(input);
      expect(m.messageId).toMatch(/^<.+>$/);
    }
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});

describe('normalizeSubject', () => {
  it('strips reply and forward prefixes in several languages', () => {
    expect(normalizeSubject('RE : TR: AW: Fwd: Facture  n° 12')).toBe('facture n° 12');
    expect(normalizeSubject('Réf. : Rechnung 5')).toBe('rechnung 5');
  });
});

describe('threadMessages: two messages sharing a Message-ID (held-out SQ)', () => {
  const msg = (messageId: string, from: string, date: string, subject: string, inReplyTo: string | null = null) =>
    ({ ...mail({ text: 'x', from, date, subject }), messageId, inReplyTo }) as MailMessage;
  it('keeps a different message reusing an ID apart from the first, and one message met twice as one', () => {
    const question = msg('<q@client>', 'agnes@etude.fr', '2026-07-23', 'Lenteurs sur le serveur');
    const answer = msg('<dup@us>', 'julien@notalink.fr', '2026-07-23', 'RE: Lenteurs sur le serveur', '<q@client>');
    const invoice = msg('<dup@us>', 'claire@notalink.fr', '2026-10-01', 'Facture FA-2026-0684');
    const threads = threadMessages([question, answer, invoice, { ...answer }]);
    expect(threads.map((t) => t.messages.map((m) => m.subject))).toEqual([['Lenteurs sur le serveur', 'RE: Lenteurs sur le serveur'], ['Facture FA-2026-0684']]);
  });
});
