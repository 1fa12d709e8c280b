import type { IsoDate } from '../core/calendar/iso-date';
import type { CompanyProfile } from '../core/profile/company-profile';
import { daysOverdue } from '../core/ladder/next-stage';
import type { NextAction } from '../core/schedule/next-action';
import type { Ledger } from './ledger';
import type { ClientRow, EventRow, InvoiceRow } from './schemas';

/**
 * The recovery file of one invoice (dossier de recouvrement): the invoice, every event with its date, the
 * drafts sent. What a recovery agency, a commissaire de justice or an injonction de payer asks for.
 */
export interface RecoveryFile {
  format: 'relance-recovery-file';
  version: 1;
  generatedOn: IsoDate;
  creditor: CompanyProfile | null;
  client: ClientRow | null;
  invoice: Pick<InvoiceRow, 'id' | 'number' | 'amount' | 'currency' | 'issueDate' | 'dueDate' | 'sentOn' | 'debtorName' | 'debtorEmail' | 'messageIds'>;
  situation: {
    status: InvoiceRow['state']['status'];
    paidAmount: number;
    balance: number | null;
    daysOverdue: number | null;
    remindersSent: number;
    nextAction: NextAction;
  };
  timeline: { on: IsoDate; at: string; type: EventRow['type']; source: EventRow['source']; summary: string; event: EventRow }[];
  drafts: { on: IsoDate; stage: string; sent: boolean; subject: string | null; body: string | null }[];
}

const money = (x: number | null, currency: string | null) => (x === null ? '?' : `${x.toFixed(2)} ${currency ?? ''}`.trim());

/** One line saying what an event was. */
export function summarize(e: EventRow, currency: string | null): string {
  switch (e.type) {
    case 'detected':
      return e.changes?.length
        ? `Read again: ${e.changes.map((c) => `${c.field} ${String(c.from)} → ${String(c.to)}`).join(', ')}`
        : `Invoice found${e.messageId ? ` in message ${e.messageId}` : ''}`;
    case 'reminder-drafted':
      return `Draft prepared: ${e.stage}`;
    case 'reminder-sent':
      return `Reminder sent: ${e.stage}${e.group ? ' (one e-mail for several invoices of the client)' : ''}${e.dateUnknown ? ' (seen in the mailbox, date unknown)' : ''}`;
    case 'call-logged':
      return `Phone call: ${e.outcome}${e.note ? ` — ${e.note}` : ''}`;
    case 'promise':
      return `Promise to pay by ${e.promisedDate}${e.amount != null ? ` (${money(e.amount, currency)})` : ''}`;
    case 'dispute':
      return e.resolved ? `Dispute resolved: ${e.reason}` : `Dispute: ${e.reason}`;
    case 'payment-plan':
      return e.cancelled
        ? 'Payment plan cancelled'
        : `Payment plan: ${e.instalments.map((i) => `${money(i.amount, currency)} on ${i.dueDate}`).join(', ')}`;
    case 'payment':
      return `${e.amount < 0 ? 'Payment reversed' : 'Payment received'}: ${money(Math.abs(e.amount), currency)}${e.full ? ' (settled in full)' : ''}`;
    case 'note':
      return `Note: ${e.text}`;
    case 'status-changed-by-hand':
      return `Status set by hand: ${e.status}${e.note ? ` — ${e.note}` : ''}`;
    case 'snoozed':
      return `Follow-ups snoozed until ${e.until}`;
    case 'field-corrected':
      return `Corrected by hand: ${e.field} ${String(e.from)} → ${String(e.to)}`;
    case 'thanked':
      return 'Client thanked for the payment';
  }
}

export async function recoveryFile(ledger: Ledger, invoiceId: string, today: IsoDate): Promise<RecoveryFile> {
  const invoice = await ledger.invoice(invoiceId);
  if (!invoice) throw new Error(`No invoice ${invoiceId} in the ledger`);
  const [events, client, creditor, nextAction] = await Promise.all([
    ledger.events(invoiceId),
    ledger.client(invoice.clientId),
    ledger.companyProfile(),
    ledger.nextAction(invoiceId, today),
  ]);
  const { id, number, amount, currency, issueDate, dueDate, sentOn, debtorName, debtorEmail, messageIds } = invoice;
  return {
    format: 'relance-recovery-file',
    version: 1,
    generatedOn: today,
    creditor,
    client: client ?? null,
    invoice: { id, number, amount, currency, issueDate, dueDate, sentOn, debtorName, debtorEmail, messageIds },
    situation: {
      status: invoice.state.status,
      paidAmount: invoice.state.paidAmount,
      balance: invoice.state.balance,
      daysOverdue: daysOverdue(dueDate, today),
      remindersSent: invoice.state.remindersTotal,
      nextAction,
    },
    // By the day things happened (a reminder recorded late still sits at its date), then as recorded.
    timeline: [...events].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0)).map((event) => ({ on: event.on, at: event.at, type: event.type, source: event.source, summary: summarize(event, currency), event })),
    drafts: events.flatMap((e) =>
      e.type === 'reminder-drafted' || e.type === 'reminder-sent'
        ? [{ on: e.on, stage: e.stage, sent: e.type === 'reminder-sent', subject: e.subject ?? null, body: e.body ?? null }]
        : [],
    ),
  };
}

/** Everything that came from mail or from the user is escaped: names, subjects, bodies, notes, ids. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The recovery file as a printable HTML page (a timeline), self-contained: no script, no external resource. */
export function recoveryFileHtml(file: RecoveryFile): string {
  const h = escapeHtml;
  const inv = file.invoice;
  const row = (label: string, value: unknown) => `<tr><th>${h(label)}</th><td>${h(value)}</td></tr>`;
  const creditor = file.creditor
    ? `<section class="party"><h2>Créancier</h2><p>${h(file.creditor.companyName)}<br>${h(file.creditor.address).replace(/\n/g, '<br>')}<br>${h(file.creditor.email)}${file.creditor.siren ? `<br>SIREN ${h(file.creditor.siren)}` : ''}</p></section>`
    : '';
  const debtor = `<section class="party"><h2>Débiteur</h2><p>${h(inv.debtorName ?? file.client?.name ?? '')}<br>${h(inv.debtorEmail ?? '')}</p></section>`;
  const timeline = file.timeline
    .map(
      (t) =>
        `<li><time datetime="${h(t.on)}">${h(t.on)}</time> <span class="type">${h(t.type)}</span> <span class="source">(${h(t.source)})</span><div>${h(t.summary)}</div></li>`,
    )
    .join('\n');
  const drafts = file.drafts
    .filter((d) => d.subject !== null || d.body !== null)
    .map((d) => `<article class="draft"><h3>${h(d.on)} — ${h(d.stage)}${d.sent ? ' (envoyée)' : ' (brouillon)'}</h3>${d.subject ? `<p><b>${h(d.subject)}</b></p>` : ''}<pre>${h(d.body ?? '')}</pre></article>`)
    .join('\n');
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Dossier de recouvrement — facture ${h(inv.number ?? inv.id)}</title>
<style>
body{font:11pt/1.4 system-ui,sans-serif;margin:2em;color:#111}h1{font-size:16pt}h2{font-size:12pt;margin:.2em 0}
table{border-collapse:collapse}th{text-align:left;padding-right:1em;font-weight:600}td,th{padding:.15em .5em .15em 0}
.parties{display:flex;gap:4em}ol.timeline{list-style:none;padding:0;border-left:2px solid #999}
ol.timeline li{margin:0 0 .6em;padding-left:1em}time{font-weight:600}.source{color:#555}
pre{white-space:pre-wrap;font:inherit;border:1px solid #ccc;padding:.5em}@media print{body{margin:0}.draft{break-inside:avoid}}
</style></head><body>
<h1>Dossier de recouvrement — facture ${h(inv.number ?? inv.id)}</h1>
<p>Établi le ${h(file.generatedOn)}</p>
<div class="parties">${creditor}${debtor}</div>
<h2>Facture</h2>
<table>
${row('Numéro', inv.number ?? '')}
${row('Montant', money(inv.amount, inv.currency))}
${row('Date de facture', inv.issueDate ?? '')}
${row("Date d'envoi", inv.sentOn ?? '')}
${row("Date d'échéance", inv.dueDate ?? '')}
${row('Déjà payé', money(file.situation.paidAmount, inv.currency))}
${row('Reste dû', money(file.situation.balance, inv.currency))}
${row('Jours de retard', file.situation.daysOverdue ?? '')}
${row('Relances envoyées', file.situation.remindersSent)}
${row('Statut', file.situation.status)}
</table>
<h2>Chronologie</h2>
<ol class="timeline">
${timeline}
</ol>
${drafts ? `<h2>Courriers</h2>\n${drafts}` : ''}
</body></html>
`;
}
