/** A document the mailbox holds several times (re-sent with a reminder, forwarded) is read once. */
import { describe, expect, it } from 'vitest';
import { createSameBytesPdfReader } from '../../../shared/core/pdf/same-bytes-pdf-reader';
import { PdfReadError, type PdfContent, type PdfReader } from '../../../shared/core/pdf/pdf-reader';

function countingReader(failFirst = false): PdfReader & { reads: Uint8Array[] } {
  const reads: Uint8Array[] = [];
  return {
    reads,
    read(bytes) {
      reads.push(bytes);
      if (failFirst && reads.length === 1) return Promise.reject(new PdfReadError('PDF not read within 15000 ms', 'timeout'));
      return Promise.resolve<PdfContent>({ text: `read #${reads.length}: ${[...bytes].join(',')}`, embeddedFiles: [] });
    },
  };
}

describe('same-bytes PDF reader', () => {
  it('reads the same bytes once, whatever object holds them, and different bytes separately', async () => {
    const inner = countingReader();
    const reader = createSameBytesPdfReader(inner);
    const a = await reader.read(new Uint8Array([1, 2, 3]));
    const again = await reader.read(new Uint8Array([1, 2, 3]));
    const b = await reader.read(new Uint8Array([1, 2, 4]));
    expect(again).toBe(a);
    expect(b.text).toBe('read #2: 1,2,4');
    expect(inner.reads).toHaveLength(2);
  });

  it('tells apart different bytes of the same hash', async () => {
    // Two inputs of one FNV-1a hash (3583089202).
    const inner = countingReader();
    const reader = createSameBytesPdfReader(inner);
    expect((await reader.read(new Uint8Array([9, 20, 177, 114, 195, 54]))).text).toBe('read #1: 9,20,177,114,195,54');
    expect((await reader.read(new Uint8Array([62, 70, 134, 79, 167, 217]))).text).toBe('read #2: 62,70,134,79,167,217');
    expect((await reader.read(new Uint8Array([9, 20, 177, 114, 195, 54]))).text).toBe('read #1: 9,20,177,114,195,54');
    expect(inner.reads).toHaveLength(2);
  });

  it('reads again a copy of a document whose read failed', async () => {
    const inner = countingReader(true);
    const reader = createSameBytesPdfReader(inner);
    await expect(reader.read(new Uint8Array([7]))).rejects.toMatchObject({ reason: 'timeout' });
    expect((await reader.read(new Uint8Array([7]))).text).toBe('read #2: 7');
  });

  it('remembers a bounded number of documents, the least recently used forgotten first', async () => {
    const inner = countingReader();
    const reader = createSameBytesPdfReader(inner, 2);
    await reader.read(new Uint8Array([1]));
    await reader.read(new Uint8Array([2]));
    await reader.read(new Uint8Array([1])); // 1 is the most recently used now
    await reader.read(new Uint8Array([3])); // forgets 2
    await reader.read(new Uint8Array([1]));
    expect(inner.reads.map((b) => b[0])).toEqual([1, 2, 3]);
    await reader.read(new Uint8Array([2]));
    expect(inner.reads.map((b) => b[0])).toEqual([1, 2, 3, 2]);
  });
});
