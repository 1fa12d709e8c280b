import type { Receivable } from '../core/scan/receivable';
import { agedBalance, AGE_BUCKETS } from '../core/aging/aged-balance';

const STATUS_FR: Record<Receivable['status'], string> = {
  open: 'ouverte',
  paid: 'payée',
  disputed: 'litige',
  promised: 'promesse',
};

function money(amount: number | null, currency: string | null): string {
  if (amount === null) return '—';
  const formatted = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
  return `${formatted.replace(/\u202f|\u00a0/g, ' ')} ${currency ?? ''}`.trim();
}

function pad(cells: string[], widths: number[], rightAligned: ReadonlySet<number>): string {
  return cells.map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
}

function table(header: string[], rows: string[][], rightAligned: ReadonlySet<number> = new Set()): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [pad(header, widths, rightAligned), rule, ...rows.map((r) => pad(r, widths, rightAligned))].join('\n');
}

/** The readable report of `relance scan` without --json: receivables, then the aged balance. */
export function formatReceivablesTable(receivables: readonly Receivable[]): string {
  const sorted = [...receivables].sort((a, b) => (b.daysOverdue ?? -1e9) - (a.daysOverdue ?? -1e9));
  const rows = sorted.map((r) => [
    r.invoiceNumber ?? '—',
    (r.debtorName || r.debtorEmail || '—').slice(0, 32),
    money(r.amount, r.currency),
    r.dueDate ?? '—',
    r.daysOverdue === null ? '—' : r.daysOverdue > 0 ? `J+${r.daysOverdue}` : `${-r.daysOverdue} j`,
    r.status === 'promised' && r.promisedDate ? `promesse ${r.promisedDate}` : STATUS_FR[r.status],
    String(r.remindersSent),
    r.nextStage,
  ]);
  const parts = [
    table(['Facture', 'Client', 'Montant', 'Échéance', 'Retard', 'Statut', 'Relances', 'Prochaine étape'], rows, new Set([2, 6])),
  ];
  const balance = agedBalance(receivables);
  if (balance.length > 0) {
    const header = ['Devise', 'Non échu', '1–30 j', '31–60 j', '61–90 j', '> 90 j', 'Total'];
    const balanceRows = balance.map((b) => [
      b.currency,
      ...AGE_BUCKETS.map((k) => money(b.buckets[k], null)),
      money(b.total, null),
    ]);
    parts.push(`Balance âgée (hors factures payées)\n${table(header, balanceRows, new Set([1, 2, 3, 4, 5, 6]))}`);
  }
  parts.push(`${receivables.length} facture(s) à recouvrer détectée(s).`);
  return parts.join('\n\n');
}
