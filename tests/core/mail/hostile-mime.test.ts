/**
 * The hostile corpus through the core's own parse path, the one the browser hosts use (parseMime): a valid
 * mail model or a MailParseError, never anything else; what is read only in part is told.
 */
import { describe, expect, it } from 'vitest';
import { parseMime, MailParseError } from '../../../shared/core/mail/parse-mime';
import { MailMessageSchema } from '../../../shared/core/mail/model';
import { MboxSplitter } from '../../../shared/core/mail/mbox-splitter';
import { MESSAGE_BUDGET, overBudget } from '../../../shared/core/mail/budget';
import { GOOD, HOSTILE } from '../../fixtures/hostile-corpus';

function messagesOf(name: string, bytes: Uint8Array): Uint8Array[] {
  if (!name.endsWith('.mbox')) return [bytes];
  const splitter = new MboxSplitter();
  return [...splitter.push(bytes), ...splitter.end()];
}

describe('parseMime on the hostile corpus', () => {
  it.each([...GOOD, ...HOSTILE].map((f) => [f.name, f] as const))('%s', async (_name, file) => {
    for (const raw of messagesOf(file.name, file.bytes())) {
      const warnings: string[] = [];
      const outcome = await parseMime(raw, { onWarning: (w) => warnings.push(w) }).catch((error: unknown) => error);
      if (file.outcome === 'refused') {
        expect(outcome).toBeInstanceOf(MailParseError);
        expect((outcome as Error).message).toMatch(file.says!);
        continue;
      }
      expect(MailMessageSchema.safeParse(outcome).success).toBe(true);
      const m = MailMessageSchema.parse(outcome);
      expect(m.text.length).toBeLessThanOrEqual(MESSAGE_BUDGET.maxTextChars);
      // Body and subject problems are told by the parser; document-level ones by the scan (tests/cli/hostile-corpus).
      if (file.outcome === 'partial' && /body|subject/.test(String(file.says))) expect(warnings.join('\n')).toMatch(file.says!);
      else expect(warnings).toEqual([]);
    }
  }, 60_000);
});

describe('the message budget', () => {
  it('counts bytes and lines up to the limit only', () => {
    const budget = { ...MESSAGE_BUDGET, maxBytes: 100, maxLines: 3 };
    expect(overBudget(new TextEncoder().encode('a\nb\nc\n'), budget)).toBeNull();
    expect(overBudget(new TextEncoder().encode('a\nb\nc\nd\n'), budget)).toBe('message of more than 3 lines');
    expect(overBudget(new Uint8Array(101), budget)).toMatch(/^message larger than /);
    expect(overBudget(new Uint8Array(MESSAGE_BUDGET.maxBytes + 1))).toBe('message larger than 48 MiB');
  });

  it('keeps the headers of a message over the budget, and says why its body was not read', async () => {
    const raw = `From: a@x.fr\r\nSubject: Facture F-1\r\nMessage-ID: <big@x.fr>\r\n\r\n${'ligne\r\n'.repeat(MESSAGE_BUDGET.maxLines + 1)}`;
    const warnings: string[] = [];
    const m = await parseMime(raw, { onWarning: (w) => warnings.push(w) });
    expect(m).toMatchObject({ messageId: '<big@x.fr>', subject: 'Facture F-1', text: '' });
    expect(warnings).toEqual(['body not read: message of more than 600,000 lines']);
  });

  it('an mbox message over the splitter’s budget is handed on cut, and the next one is whole', () => {
    const splitter = new MboxSplitter(1_000);
    const mbox = `From a\nSubject: big\n\n${'x'.repeat(50_000)}\n${'y\n'.repeat(5_000)}From b\nSubject: next\n\nbody\n`;
    const bytes = new TextEncoder().encode(mbox);
    const out: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 777) out.push(...splitter.push(bytes.slice(i, i + 777)));
    out.push(...splitter.end());
    expect(out).toHaveLength(2);
    expect(out[0]!.length).toBeGreaterThan(1_000);
    expect(out[0]!.length).toBeLessThanOrEqual(2_002);
    expect(new TextDecoder().decode(out[1])).toBe('Subject: next\n\nbody\n');
  });
});
