/**
 * Deterministic thread-row summaries for `npm run bench:rows` and its tests: what a mail list shows of
 * a conversation (subject, snippet, sender, date), a mix like a small company's mailbox — its own invoices
 * and reminders, client replies, quotes, credit notes, supplier invoices, newsletters, everyday mail —
 * each with whether the row check must call it a likely invoice thread.
 */
import type { RowSummary } from '../../core/detect/thread-row';

export interface GeneratedRow {
  summary: RowSummary;
  expectLikely: boolean;
}

/** A small linear congruential generator: the same rows on every machine. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const CLIENTS = ['Jean Roux <jean.roux@roux-renovation.fr>', 'Anne Petit <a.petit@petit-immo.fr>', 'Sarah Vidal <sarah@vidal-archi.fr>', 'Tom Hartley <tom@hartley.co.uk>', 'compta@moulin-hotel.fr', 'Julie Simon <julie.simon@gmail.com>'];
const OURS = ['moi', 'Claire Lambert <claire@menuiserie-lambert.fr>', 'Menuiserie Lambert via Facturation <no-reply@menuiserie-lambert.fr>'];
const OTHERS = ['news@outillage-pro.fr', 'Bois & Dérivés <facturation@bois-derives.fr>', 'Leroy Pro <contact@leroypro.fr>', 'notifications@banque-populaire.fr', 'Marc (atelier) <marc@menuiserie-lambert.fr>'];

type Maker = (n: string, pick: <T>(xs: readonly T[]) => T) => GeneratedRow;

const MAKERS: readonly Maker[] = [
  (n, pick) => ({ summary: { subject: `Facture ${n}`, snippet: 'Bonjour, veuillez trouver ci-joint notre facture pour les travaux réalisés.', sender: pick(OURS) }, expectLikely: true }),
  (n, pick) => ({ summary: { subject: `Invoice ${n} – Menuiserie Lambert`, snippet: 'Please find attached our invoice, payable within 30 days.', sender: pick(OURS) }, expectLikely: true }),
  (n, pick) => ({ summary: { subject: `Relance : facture ${n}`, snippet: 'Sauf erreur de notre part, la facture reste impayée à ce jour.', sender: pick(OURS) }, expectLikely: true }),
  (n, pick) => ({ summary: { subject: `Re: Facture ${n}`, snippet: 'Bonjour, le virement part vendredi. Cordialement', sender: pick(CLIENTS) }, expectLikely: true }),
  (n, pick) => ({ summary: { subject: `Chantier ${n}`, snippet: 'Bonjour, ci-joint la facture du chantier comme convenu.', sender: pick(OURS) }, expectLikely: true }),
  (n, pick) => ({ summary: { subject: `Devis ${n} – cuisine`, snippet: 'Voici notre devis, valable 3 mois. La facture suivra la pose.', sender: pick(OURS) }, expectLikely: false }),
  (n, pick) => ({ summary: { subject: `Avoir sur facture ${n}`, snippet: 'Suite à votre retour, voici un avoir.', sender: pick(OURS) }, expectLikely: false }),
  (n, pick) => ({ summary: { subject: `Facture pro forma ${n}`, snippet: 'Pour votre acompte.', sender: pick(OURS) }, expectLikely: false }),
  (n, pick) => ({ summary: { subject: `Votre facture ${n}`, snippet: 'Votre facture du mois est disponible dans votre espace client.', sender: pick(OTHERS.slice(0, 4)) }, expectLikely: false }),
  (_n, pick) => ({ summary: { subject: 'Les nouveautés outillage de la semaine', snippet: 'Découvrez nos promotions sur les scies à onglet et les visseuses.', sender: pick(OTHERS) }, expectLikely: false }),
  (_n, pick) => ({ summary: { subject: 'Planning chantier semaine prochaine', snippet: 'Lundi pose chez Roux, mardi atelier, mercredi métré rue des Lilas.', sender: pick([...OURS, ...CLIENTS]) }, expectLikely: false }),
  (n, pick) => ({ summary: { subject: `Re: Question sur le chantier ${n}`, snippet: 'Bonjour, pouvez-vous passer jeudi pour voir la porte du garage ?', sender: pick(CLIENTS) }, expectLikely: false }),
];

export function generateRowSummaries(count: number, seed = 1): GeneratedRow[] {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const rows: GeneratedRow[] = [];
  for (let i = 0; i < count; i++) {
    const n = `ML-2026-${String(100 + Math.floor(next() * 900)).padStart(4, '0')}`;
    const row = pick(MAKERS)(n, pick);
    row.summary.date = `${1 + Math.floor(next() * 28)} nov.`;
    rows.push(row);
  }
  return rows;
}
