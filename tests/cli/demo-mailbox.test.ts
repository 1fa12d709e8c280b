import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { loadMessages } from '../../shared/cli/read-mailbox';
import { scanMessages } from '../../shared/core/scan/scan-mailbox';
import { createPdfjsReader } from '../../shared/pdf/pdfjs-reader';

const demo = path.resolve(__dirname, '../../demo');

describe('the bundled demo mailbox (npm start)', () => {
  it('finds the ten receivables its README lists, with their state, and nothing else', async () => {
    const config = JSON.parse(readFileSync(path.join(demo, 'demo-config.json'), 'utf8')) as { me: string[]; today: string };
    const errors: string[] = [];
    const messages = await loadMessages(path.join(demo, 'mailbox'), (source, error) => errors.push(`${source}: ${error}`));
    expect(errors).toEqual([]);
    const receivables = await scanMessages(messages, { ...config, pdfReader: createPdfjsReader() });
    const summary = Object.fromEntries(receivables.map((r) => [r.invoiceNumber, [r.amount, r.currency, r.dueDate, r.status, r.promisedDate, r.remindersSent, r.nextStage]]));
    expect(summary).toEqual({
      'ML-2026-0412': [4380, 'EUR', '2026-10-15', 'open', null, 1, 'firm'],
      'ML-2026-0398': [1920, 'EUR', '2026-10-31', 'promised', '2026-12-04', 0, 'none'],
      'ML-2026-0420': [2150.4, 'EUR', '2026-10-20', 'paid', null, 0, 'none'],
      'ML-2026-0405': [6840, 'EUR', '2026-10-05', 'disputed', null, 0, 'none'],
      'ML-2026-0431': [6240, 'EUR', '2026-12-02', 'open', null, 0, 'none'],
      'ML-2026-0377': [3480, 'GBP', '2026-09-09', 'open', null, 2, 'formal'],
      'ML-2026-0437': [890, 'EUR', '2026-12-16', 'open', null, 0, 'none'],
      // One client, three overdue invoices: the grouped reminder's case.
      'ML-2026-0388': [1850, 'EUR', '2026-10-10', 'open', null, 1, 'firm'],
      'ML-2026-0402': [2400, 'EUR', '2026-10-25', 'open', null, 0, 'courteous'],
      'ML-2026-0415': [960, 'EUR', '2026-11-08', 'open', null, 0, 'courteous'],
    });
    expect(new Set(receivables.filter((r) => r.invoiceNumber?.match(/0388|0402|0415/)).map((r) => r.debtorEmail))).toEqual(new Set(['paul@fournier-renovation.fr']));
    expect(receivables.find((r) => r.invoiceNumber === 'ML-2026-0431')?.debtorEmail).toBe('compta@moulin-hotel.fr');
  });
});
