/**
 * One file per user-visible feature (as refined-github does): each registers itself on the mail host with
 * an abort signal. A feature that throws — at start or in any handler it registered — logs its name, turns
 * itself off (its handlers are removed) and the rest of Relance and of Gmail keeps working.
 */
import type { MailHost } from '../host';
import type { Client } from '../../shared/app/messages';
import type { ThreadInvoices } from '../content/thread-invoices';
import type { ReminderComposer } from '../content/reminder-composer';
import type { Translate } from '../../shared/app/i18n';

export interface FeatureContext {
  host: MailHost;
  send: Client;
  invoices: ThreadInvoices;
  composer: ReminderComposer;
  t: Translate;
  /** Extension file URL (icons); the demo serves the same files. */
  asset(path: string): string;
}

export interface Feature {
  name: string;
  start(ctx: FeatureContext, signal: AbortSignal): void | Promise<void>;
}

export function defineFeature(feature: Feature): Feature {
  return feature;
}

export interface FeatureLog {
  error(feature: string, error: unknown): void;
}

export const consoleLog: FeatureLog = {
  error: (feature, error) => console.error(`[Relance] feature "${feature}" failed and is turned off:`, error),
};

type AnyFn = (...args: never[]) => unknown;

/**
 * The host as one feature sees it: every handler the feature gives the host runs guarded, and every
 * registration is undone when the feature is turned off.
 */
function guardedHost(host: MailHost, fail: (error: unknown) => void, signal: AbortSignal): MailHost {
  const guard = <F extends AnyFn>(fn: F): F =>
    ((...args: Parameters<F>) => {
      if (signal.aborted) return undefined;
      try {
        const result = fn(...args);
        if (result instanceof Promise) result.catch(fail);
        return result;
      } catch (error) {
        fail(error);
        return undefined;
      }
    }) as F;
  const register = (unregister: () => void) => {
    signal.addEventListener('abort', () => {
      try {
        unregister();
      } catch {
        /* the host may already be gone */
      }
    });
    return unregister;
  };
  return {
    name: host.name,
    onThreadRow: (handler) => register(host.onThreadRow(guard(handler))),
    onThreadView: (handler) => register(host.onThreadView(guard(handler))),
    addThreadButton: (button) => register(host.addThreadButton({ ...button, onClick: guard(button.onClick) })),
    addMessageButton: (button) => register(host.addMessageButton({ ...button, onClick: guard(button.onClick) })),
    openReply: (thread, init) => host.openReply(thread, init),
    notify: (text, kind) => host.notify(text, kind),
    searchThreads: (search, limit) => host.searchThreads(search, limit),
    showThread: (threadId) => host.showThread(threadId),
  };
}

export interface RunningFeatures {
  /** Names of the features still on. */
  active(): string[];
  stopAll(): void;
}

export function startFeatures(features: readonly Feature[], ctx: FeatureContext, log: FeatureLog = consoleLog, stop?: AbortSignal): RunningFeatures {
  const controllers = new Map<string, AbortController>();
  for (const feature of features) {
    const controller = new AbortController();
    controllers.set(feature.name, controller);
    stop?.addEventListener('abort', () => controller.abort());
    const fail = (error: unknown) => {
      if (controller.signal.aborted) return;
      log.error(feature.name, error);
      controller.abort();
    };
    const featureCtx: FeatureContext = { ...ctx, host: guardedHost(ctx.host, fail, controller.signal) };
    try {
      const started = feature.start(featureCtx, controller.signal);
      if (started instanceof Promise) started.catch(fail);
    } catch (error) {
      fail(error);
    }
  }
  return {
    active: () => [...controllers].filter(([, c]) => !c.signal.aborted).map(([name]) => name),
    stopAll: () => controllers.forEach((c) => c.abort()),
  };
}
