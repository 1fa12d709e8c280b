import { addDays, type IsoDate } from '../../core/calendar/iso-date';
import { numberKey } from '../../core/extract/fields/number-key';
import { DEFAULT_SCHEDULE } from '../../core/schedule/settings';
import type { InvoiceEvent, NewInvoiceEvent } from '../../core/schedule/events';
import { BACKUP_FORMAT, type LedgerBackup } from '../backup';
import { LEDGER_VERSION } from '../db';
import { deriveInvoice } from '../derive';
import { clientKey, emailDomain } from '../identity';
import type { ClientRow, InvoiceRow } from '../schemas';

/**
 * A deterministic ledger of any size, as a backup (restore it to fill a database): a business invoicing
 * over four years up to `today`. Old invoices are almost all paid (after 0–2 reminders), recent ones often
 * open, some partly paid, promised, disputed or under a payment plan; notes, calls and drafts make up the
 * exact number of events asked. Browser-safe: the bench page runs it in Chromium, the tests in Node.
 */
export interface GenerateOptions {
  invoices: number;
  events: number;
  today: IsoDate;
  seed?: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateLedger(opts: GenerateOptions): LedgerBackup {
  const rand = mulberry32(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const today = opts.today;
  const clientCount = Math.max(1, Math.round(opts.invoices / 25));
  const clients: ClientRow[] = [];
  const clientMail: { id: string; email: string; name: string }[] = [];
  const stamp = `${addDays(today, -1500)}T08:00:00.000Z`;
  for (let c = 0; c < clientCount; c++) {
    const name = `Client ${c} ${pick(['SAS', 'SARL', 'SA', 'EURL', 'Ltd', 'GmbH'])}`;
    const email = c % 20 === 7 ? `client.${c}@gmail.com` : `compta@client-${c}.fr`;
    const id = clientKey(email, name);
    clients.push({ id, name, emails: [email], domain: emailDomain(email), createdAt: stamp, updatedAt: stamp, ladderId: null, contacts: { to: [], escalation: [] }, language: null, detectedLanguage: null });
    clientMail.push({ id, email, name });
  }

  const invoices: InvoiceRow[] = [];
  const events: InvoiceEvent[] = [];
  const perInvoice: InvoiceEvent[][] = [];
  let eventSeq = 0;
  const push = (inv: InvoiceRow, list: InvoiceEvent[], e: NewInvoiceEvent) => {
    const n = eventSeq++;
    const at = `${e.on}T10:${String(Math.floor(list.length / 60) % 60).padStart(2, '0')}:${String(list.length % 60).padStart(2, '0')}.000Z`;
    const ev = { ...e, id: `e${n.toString(36).padStart(7, '0')}`, invoiceId: inv.id, clientId: inv.clientId, at, source: e.source ?? 'gmail' } as InvoiceEvent;
    list.push(ev);
  };

  for (let k = 0; k < opts.invoices; k++) {
    const client = clientMail[int(0, clientCount - 1)]!;
    const issueDate = addDays(today, -int(0, 1460));
    const terms = pick([30, 30, 30, 45, 60, 0]);
    const dueDate = rand() < 0.02 ? null : addDays(issueDate, terms);
    const sentOn = rand() < 0.005 ? null : issueDate;
    const amount = Math.round((50 + rand() * rand() * 20000) * 100) / 100;
    const r = rand();
    const currency = r < 0.95 ? 'EUR' : r < 0.98 ? 'GBP' : 'USD';
    const number = `F-${issueDate.slice(0, 4)}-${String(k).padStart(6, '0')}`;
    const id = `${numberKey(number)}@${client.id}`;
    const at = `${issueDate}T09:00:00.000Z`;
    const row = {
      id,
      number,
      numberKey: numberKey(number),
      clientId: client.id,
      debtorEmail: client.email,
      debtorName: client.name,
      amount,
      currency,
      issueDate,
      dueDate,
      sentOn,
      messageIds: [`<${number}@atelier.example>`],
      origins: ['gmail' as const],
      corrected: [],
      detected: {
        gmail: {
          messageId: `<${number}@atelier.example>`,
          number,
          amount,
          currency,
          issueDate,
          dueDate,
          sentOn,
          debtorEmail: client.email,
          debtorName: client.name,
          status: 'open',
          promisedDate: null,
          remindersSent: 0,
        },
      },
      createdAt: at,
      updatedAt: at,
    } as unknown as InvoiceRow;
    const list: InvoiceEvent[] = [];
    push(row, list, { type: 'detected', on: issueDate, messageId: row.messageIds[0]! });
    if (sentOn !== null && dueDate !== null) {
      const age = Math.max(0, Math.round((Date.parse(today) - Date.parse(dueDate)) / 86_400_000));
      const recent = dueDate > addDays(today, -120);
      const open = recent ? rand() < 0.5 : rand() < 0.03;
      const late = open ? age : int(-5, 40);
      const reminders = late <= 0 ? 0 : Math.min(3, Math.floor(late / 15) + (rand() < 0.3 ? 1 : 0));
      const stages = ['courteous', 'firm', 'formal'] as const;
      for (let m = 0; m < reminders; m++) {
        const on = addDays(dueDate, 1 + m * 14);
        if (on > today) break;
        push(row, list, { type: 'reminder-sent', stage: stages[m]!, on, messageId: `<r${k}-${m}@atelier.example>` });
      }
      if (!open) {
        const paidOn = addDays(dueDate, late);
        push(row, list, { type: 'payment', on: paidOn > today ? today : paidOn, amount, full: true });
      } else {
        const fate = rand();
        if (fate < 0.15) push(row, list, { type: 'payment', on: today > dueDate ? dueDate : today, amount: Math.round(amount * 0.4 * 100) / 100, full: false });
        else if (fate < 0.25) push(row, list, { type: 'promise', on: addDays(today, -int(1, 10)), promisedDate: addDays(today, int(-5, 20)) });
        else if (fate < 0.3) push(row, list, { type: 'dispute', on: addDays(today, -int(1, 30)), reason: pick(['quantité', 'retard de livraison', 'prix']), resolved: false });
        else if (fate < 0.33) {
          const third = Math.round((amount / 3) * 100) / 100;
          push(row, list, {
            type: 'payment-plan',
            on: addDays(today, -20),
            instalments: [
              { dueDate: addDays(today, -10), amount: third },
              { dueDate: addDays(today, 20), amount: third },
              { dueDate: addDays(today, 50), amount: Math.round((amount - 2 * third) * 100) / 100 },
            ],
          });
        }
      }
    }
    invoices.push(row);
    perInvoice.push(list);
  }

  // Notes, calls and drafts up to the exact number of events (or trim the last events when over).
  let total = perInvoice.reduce((n, l) => n + l.length, 0);
  while (total < opts.events) {
    const k = int(0, opts.invoices - 1);
    const inv = invoices[k]!;
    const list = perInvoice[k]!;
    const on = list[list.length - 1]!.on;
    const kind = rand();
    if (kind < 0.5) push(inv, list, { type: 'note', on, text: pick(['Relancé par téléphone', 'Comptable en congés', 'Voir avec M. Martin', 'Bon de commande demandé']), source: 'user' });
    else if (kind < 0.8) push(inv, list, { type: 'call-logged', on, outcome: pick(['no-answer', 'callback', 'other']), source: 'user' });
    else push(inv, list, { type: 'reminder-drafted', on, stage: pick(['courteous', 'firm', 'phone']), source: 'user' });
    total++;
  }
  for (let k = perInvoice.length - 1; total > opts.events && k >= 0; k--) {
    while (total > opts.events && perInvoice[k]!.length > 1) {
      perInvoice[k]!.pop();
      total--;
    }
  }
  for (let k = 0; k < invoices.length; k++) {
    invoices[k] = deriveInvoice(invoices[k]!, perInvoice[k]!, DEFAULT_SCHEDULE);
    for (const e of perInvoice[k]!) events.push(e);
  }
  return {
    format: BACKUP_FORMAT,
    schemaVersion: LEDGER_VERSION,
    exportedAt: `${today}T12:00:00.000Z`,
    tables: { invoices, clients, events, followUps: [], templates: [], settings: [] },
  };
}
