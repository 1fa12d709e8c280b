/** Kept invoice documents behind the messages: bytes travel as base64 (a runtime message carries JSON). */
import { base64ToBytes, bytesToBase64 } from '../core/text/base64';
import type { Handlers } from './messages';
import type { ServiceContext } from './service-context';

export function documentHandlers(ctx: ServiceContext): Pick<Handlers, 'documents.keep' | 'documents.get'> {
  return {
    'documents.keep': async ({ invoiceId, files }) => {
      await ctx.invoice(invoiceId);
      await ctx.documents.keep(invoiceId, files.map((f) => ({ filename: f.filename, mimeType: f.mimeType, bytes: base64ToBytes(f.base64) })));
      return { ok: true as const };
    },
    'documents.get': async ({ invoiceIds }) => ({
      files: (await ctx.documents.get(invoiceIds)).map((d) => ({ invoiceId: d.invoiceId, filename: d.filename, mimeType: d.mimeType, base64: bytesToBase64(d.bytes) })),
    }),
  };
}
