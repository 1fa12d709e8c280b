/**
 * The one place where Office.js callbacks become promises. Office's `*Async` methods report through a
 * callback; an exception thrown inside that callback escapes every `try` of the caller, so each call is
 * wrapped here and settles exactly once: resolved with the value, or rejected with an OfficeCallError
 * naming the call, which the pane shows as a clear message.
 */

export class OfficeCallError extends Error {
  override name = 'OfficeCallError';
  constructor(
    /** The Office.js call that failed, e.g. "item.body.getAsync". */
    readonly call: string,
    /** Office's error code when it gave one (e.g. 9002 for an internal error). */
    readonly code: number | null,
    message: string,
  ) {
    super(`${call}: ${message}`);
  }
}

/** What Office passes to an `*Async` callback (the part we read). */
export interface AsyncResultLike<T> {
  status: unknown;
  value: T;
  error?: { code?: number; name?: string; message?: string } | null;
}

/** Office.js reports "succeeded" / "failed" (Office.AsyncResultStatus at run time). */
function succeeded(status: unknown): boolean {
  return String(status).toLowerCase() === 'succeeded';
}

/**
 * Runs one callback-style Office call as a promise. `start` receives the callback to hand to Office;
 * a synchronous throw (an API missing on this client, a bad argument) rejects too.
 */
export function officeAsync<T>(call: string, start: (callback: (result: AsyncResultLike<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result && succeeded(result.status)) resolve(result.value);
        else {
          const error = result?.error;
          reject(new OfficeCallError(call, typeof error?.code === 'number' ? error.code : null, error?.message || error?.name || 'the call failed'));
        }
      });
    } catch (error) {
      reject(new OfficeCallError(call, null, error instanceof Error ? error.message : String(error)));
    }
  });
}

/** A message for people: what failed, in the user's language, with Office's own words for support. */
export function describeOfficeError(error: unknown, lang: 'fr' | 'en' = 'fr'): string {
  if (error instanceof OfficeCallError) {
    return lang === 'fr'
      ? `Outlook a refusé l'opération (${error.call}${error.code !== null ? `, code ${error.code}` : ''}) : ${error.message.slice(error.call.length + 2)}`
      : `Outlook refused the operation (${error.call}${error.code !== null ? `, code ${error.code}` : ''}): ${error.message.slice(error.call.length + 2)}`;
  }
  return error instanceof Error ? error.message : String(error);
}
