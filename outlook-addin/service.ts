/**
 * The Relance service inside the add-in: the ledger in the add-in's IndexedDB (shared/ledger) and the very
 * service the Gmail extension runs in its background (extension/service/relance-service.ts: ledger, drafts
 * and scheduler behind typed messages), called in the page through the same typed client. The task pane and
 * the commands page share one origin, hence one ledger. Follow-ups are checked when the pane opens.
 */
import { Ledger } from '../shared/ledger/ledger';
import { createRelanceService, type KeyValueStore } from '../shared/app/relance-service';
import { createClient, createRouter, directTransport, type Client, type UiLanguage } from '../shared/app/messages';
import { localIsoDate } from '../shared/core/schedule/business-days';

/** The service's small key-value data (preferences, conversation ↔ invoice links) in the add-in's localStorage. */
export function localStore(storage: Storage = globalThis.localStorage, prefix = 'relance:'): KeyValueStore {
  return {
    async get<T>(key: string) {
      const raw = storage.getItem(prefix + key);
      return raw === null ? undefined : (JSON.parse(raw) as T);
    },
    async set(key, value) {
      storage.setItem(prefix + key, JSON.stringify(value));
    },
  };
}

export interface RelanceClientOptions {
  /** Default preferences until the user sets them: who "we" are and the pane's language. */
  defaults?: { me?: string[]; language?: UiLanguage };
  store?: KeyValueStore;
  ledger?: Ledger;
  today?: () => string;
}

export async function createRelanceClient(opts: RelanceClientOptions = {}): Promise<Client> {
  const ledger = opts.ledger ?? (await new Ledger().open());
  const service = createRelanceService({
    ledger,
    store: opts.store ?? localStore(),
    today: opts.today ?? (() => localIsoDate(new Date())),
    source: 'outlook',
    defaults: opts.defaults,
  });
  return createClient(directTransport(createRouter(service.handlers)));
}
