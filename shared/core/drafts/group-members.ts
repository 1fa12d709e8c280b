import { daysBetween, type IsoDate } from '../calendar/iso-date';
import type { GroupStage } from '../ladder/stages';
import type { GroupMemberParsed } from './group-input';

/**
 * Which of a client's invoices one grouped reminder is about. Chased: overdue and still to chase. Listed as
 * coming up: not yet due. Left out, with the reason: paid, disputed (settle it first), a promise that still
 * stands, no due date (never chased), nothing owed.
 */
export interface GroupSelection {
  overdue: GroupMemberParsed[];
  upcoming: GroupMemberParsed[];
  excluded: { member: GroupMemberParsed; reason: string }[];
}

export const GROUP_STAGE_ORDER: Record<GroupStage, number> = { courteous: 1, firm: 2, formal: 3 };

export function selectGroup(members: readonly GroupMemberParsed[], today: IsoDate): GroupSelection {
  const selection: GroupSelection = { overdue: [], upcoming: [], excluded: [] };
  for (const member of members) {
    const { invoice } = member;
    const leave = (reason: string) => selection.excluded.push({ member, reason });
    if (invoice.status === 'paid') leave('paid');
    else if (invoice.status === 'disputed') leave('disputed: settle the dispute first');
    else if (invoice.status === 'promised' && invoice.promisedDate !== null && invoice.promisedDate >= today) leave(`promised for ${invoice.promisedDate}`);
    else if (invoice.amount === null || invoice.amount <= 0) leave('nothing owed');
    else if (!invoice.invoiceNumber) leave('no number: Relance cannot name it in a reminder');
    else if (!invoice.dueDate) leave('no due date: never chased');
    else if (daysBetween(invoice.dueDate, today) > 0) selection.overdue.push(member);
    else selection.upcoming.push(member);
  }
  // The oldest debt first, as a statement lists it.
  const byDue = (a: GroupMemberParsed, b: GroupMemberParsed) => (a.invoice.dueDate! < b.invoice.dueDate! ? -1 : a.invoice.dueDate! > b.invoice.dueDate! ? 1 : 0);
  selection.overdue.sort(byDue);
  selection.upcoming.sort(byDue);
  return selection;
}

/** The stage one invoice's chase is at: the one the host gave, else its count of reminders (1 → firm, 2+ → formal). */
export function memberStage(member: GroupMemberParsed): GroupStage {
  if (member.stage) return member.stage;
  const sent = member.history.reminders.filter((r) => r.stage !== 'pre-due').length;
  return sent === 0 ? 'courteous' : sent === 1 ? 'firm' : 'formal';
}

/** The stage of the most advanced invoice: a client is chased at the pace of its oldest debt. */
export function groupStage(members: readonly GroupMemberParsed[]): GroupStage {
  let best: GroupStage = 'courteous';
  for (const m of members) {
    const stage = memberStage(m);
    if (GROUP_STAGE_ORDER[stage] > GROUP_STAGE_ORDER[best]) best = stage;
  }
  return best;
}

/** Integer cents per currency, in the order the currencies first appear. */
export function totalsByCurrency(items: readonly { cents: number; currency: string }[]): { currency: string; cents: number }[] {
  const totals = new Map<string, number>();
  for (const { cents, currency } of items) totals.set(currency, (totals.get(currency) ?? 0) + cents);
  return [...totals].map(([currency, cents]) => ({ currency, cents }));
}
