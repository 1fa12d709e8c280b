/**
 * Clients behind the messages: each with what it owes (from the dashboard items, no history read) and what the
 * user set for it — its chase ladder, its regular and escalation contacts, the language of its drafts.
 */
import { roundMoney } from '../core/schedule/history';
import type { ClientRow, OpenItemRow } from '../ledger/schemas';
import type { ClientView, Handlers } from './messages';
import type { ServiceContext } from './service-context';

function clientView(client: ClientRow, items: readonly OpenItemRow[], today: string): ClientView {
  const mine = items.filter((i) => i.clientId === client.id);
  const balance = new Map<string, number>();
  for (const i of mine) balance.set(i.currency ?? '?', roundMoney((balance.get(i.currency ?? '?') ?? 0) + (i.balance ?? 0)));
  return {
    id: client.id,
    name: client.name,
    emails: client.emails,
    ladderId: client.ladderId,
    contacts: client.contacts,
    language: client.language,
    detectedLanguage: client.detectedLanguage,
    openCount: mine.length,
    overdueCount: mine.filter((i) => i.dueDate !== undefined && i.dueDate < today).length,
    balance: [...balance].map(([currency, amount]) => ({ currency, amount })),
  };
}

export function clientHandlers(ctx: ServiceContext): Pick<Handlers, 'clients.list' | 'client.get' | 'client.update'> {
  const { ledger } = ctx;
  return {
    'clients.list': async () => {
      const [clients, items] = await Promise.all([ledger.clients(), ledger.openItems()]);
      const today = ctx.today();
      const views = clients.map((c) => clientView(c, items, today));
      // Those who owe the most first, then by name.
      const owed = (v: ClientView) => v.balance.reduce((n, b) => n + b.amount, 0);
      views.sort((a, b) => b.overdueCount - a.overdueCount || owed(b) - owed(a) || (a.name ?? a.id).localeCompare(b.name ?? b.id));
      return { clients: views };
    },

    'client.get': async ({ clientId }) => {
      const client = await ledger.client(clientId);
      return { client: client ? clientView(client, await ledger.openItems(), ctx.today()) : null };
    },

    'client.update': async ({ clientId, ladderId, contacts, language }) => {
      const updated = await ledger.updateClient(clientId, { ladderId, contacts, language });
      ctx.changed();
      return { client: clientView(updated, await ledger.openItems(), ctx.today()) };
    },
  };
}
