/**
 * `npm run gen:mbox -- <out.mbox> [--messages 20000] [--seed 1]`: a deterministic, realistic mailbox for
 * benchmarks. About one message in eight is an invoice the company sent (a third of them with a PDF),
 * with client replies and reminders in their threads; the rest is the mail around it: newsletters in HTML,
 * notifications, meetings, supplier invoices, quotes, internal threads.
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { minimalPdf } from './minimal-pdf';

export const BENCH_ME = 'atelier-exemple.fr';
export const BENCH_TODAY = '2026-11-20';

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const CLIENTS = ['durand-renovation.fr', 'cabinet-moreau.fr', 'oakridge.co.uk', 'mueller-soehne.de', 'librairie-mercier.fr', 'bluebonnet.com', 'jardins-emilie.fr', 'brasserie-dubois.be'];
const FIRST = ['Sophie', 'Paul', 'Helen', 'Katrin', 'François', 'Chris', 'Émilie', 'Olivier'];

function b64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\n');
}

function dateHeader(day: number, hour: number): string {
  const d = new Date(Date.UTC(2026, 0, 1 + day, hour, 17, 0));
  return d.toUTCString().replace('GMT', '+0000');
}

interface Mail {
  from: string;
  to: string;
  subject: string;
  date: string;
  id: string;
  inReplyTo?: string;
  text?: string;
  html?: string;
  pdf?: { name: string; bytes: Uint8Array };
  extra?: string[];
}

function render(m: Mail): string {
  const head = [`From: ${m.from}`, `To: ${m.to}`, `Subject: ${m.subject}`, `Date: ${m.date}`, `Message-ID: ${m.id}`, 'MIME-Version: 1.0', ...(m.extra ?? [])];
  if (m.inReplyTo) head.push(`In-Reply-To: ${m.inReplyTo}`, `References: ${m.inReplyTo}`);
  const boundary = `b-${m.id.replace(/[^a-z0-9]/gi, '')}`;
  const body = m.html
    ? `Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${m.html}`
    : `Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${m.text ?? ''}`;
  if (!m.pdf) return `${head.join('\n')}\n${body}\n`;
  return `${head.join('\n')}\nContent-Type: multipart/mixed; boundary="${boundary}"\n\n--${boundary}\n${body}\n--${boundary}\nContent-Type: application/pdf; name="${m.pdf.name}"\nContent-Disposition: attachment; filename="${m.pdf.name}"\nContent-Transfer-Encoding: base64\n\n${b64(m.pdf.bytes)}\n--${boundary}--\n`;
}

/** mboxrd: a body line starting with ">*From " gets one more ">". */
function toMboxEntry(raw: string, date: string): string {
  const escaped = raw.replace(/^(>*From )/gm, '>$1');
  return `From bench@example ${date}\n${escaped}\n`;
}

export function* generateMailbox(count: number, seed: number): Generator<string> {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  let n = 0;
  while (n < count) {
    const day = Math.floor(random() * 320);
    const id = (k: string) => `<${k}-${seed}-${n}@bench.example>`;
    const r = random();
    const mails: Mail[] = [];
    if (r < 0.13) {
      const c = Math.floor(random() * CLIENTS.length);
      const client = `${FIRST[c]} <contact@${CLIENTS[c]}>`;
      const number = `FA-2026-${String(n).padStart(5, '0')}`;
      const amount = (Math.floor(random() * 900000) / 100).toFixed(2).replace('.', ',');
      const withPdf = random() < 0.35;
      const invoice: Mail = {
        from: `Comptabilité <compta@${BENCH_ME}>`,
        to: client,
        subject: withPdf ? 'Facture' : `Facture n° ${number}`,
        date: dateHeader(day, 9),
        id: id('inv'),
        text: withPdf
          ? 'Bonjour,\n\nVeuillez trouver ci-joint notre facture.\n\nCordialement'
          : `Bonjour,\n\nFacture n° ${number} du ${String((day % 27) + 1).padStart(2, '0')}/06/2026\nMontant HT : ${amount} €\nTotal TTC : ${amount} €\nÉchéance : 30 jours fin de mois.\n\nCordialement`,
        pdf: withPdf ? { name: `Facture_${number}.pdf`, bytes: minimalPdf(['FACTURE', `Facture n° ${number}`, 'Date : 15/06/2026', `Total TTC ${amount} EUR`, 'Conditions : 30 jours']) } : undefined,
      };
      mails.push(invoice);
      const story = random();
      if (story < 0.3) mails.push({ from: client, to: `compta@${BENCH_ME}`, subject: `Re: ${invoice.subject}`, date: dateHeader(day + 20, 10), id: id('paid'), inReplyTo: invoice.id, text: 'Bonjour,\n\nLe virement a été effectué ce matin.\n\nCordialement' });
      else if (story < 0.5) mails.push({ from: `compta@${BENCH_ME}`, to: client, subject: `Re: ${invoice.subject}`, date: dateHeader(day + 35, 10), id: id('rem'), inReplyTo: invoice.id, text: `Bonjour,\n\nSauf erreur de notre part, la facture ${number} reste impayée.\n\nCordialement` });
    } else if (r < 0.45) {
      mails.push({ from: 'Newsletter <news@media.example>', to: `contact@${BENCH_ME}`, subject: `Les nouvelles de la semaine ${n}`, date: dateHeader(day, 7), id: id('news'), extra: ['List-Unsubscribe: <mailto:unsubscribe@media.example>'], html: `<html><head><style>p{color:#333}</style></head><body>${'<p>Actualité &amp; conseils pour les PME : facture électronique, trésorerie.</p>'.repeat(12)}<table><tr><td>Offre</td><td>49,00 €</td></tr></table></body></html>` });
    } else if (r < 0.55) {
      mails.push({ from: 'EDF <factures@edf.example>', to: `compta@${BENCH_ME}`, subject: `Votre facture n° ${100000 + n}`, date: dateHeader(day, 6), id: id('supplier'), text: `Montant TTC : ${(n % 500) + 20},40 €\nPrélevé le 15/07/2026.` });
    } else if (r < 0.6) {
      mails.push({ from: `Paul <paul@${BENCH_ME}>`, to: pick(CLIENTS).replace(/^/, 'achat@'), subject: `Devis D-${n}`, date: dateHeader(day, 11), id: id('quote'), text: `Voici notre devis D-${n} pour 2 400,00 € HT.\nFrom the desk of Paul` });
    } else {
      mails.push({ from: `Colleague <team@${BENCH_ME}>`, to: `contact@${BENCH_ME}`, subject: `Réunion ${n % 50}`, date: dateHeader(day, 14), id: id('meet'), text: 'On se retrouve jeudi à 14 h ?\nFrom now on the room is B12.' });
    }
    for (const m of mails) {
      if (n >= count) break;
      n++;
      yield toMboxEntry(render(m), 'Mon Jun 15 09:00:00 2026');
    }
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { messages: { type: 'string', default: '20000' }, seed: { type: 'string', default: '1' } } });
  const out = positionals[0];
  if (!out) throw new Error('usage: generate-mbox <out.mbox> [--messages 20000] [--seed 1]');
  await writeMailbox(out, Number(values.messages), Number(values.seed));
  process.stderr.write(`wrote ${values.messages} messages to ${out} (use --me ${BENCH_ME} --today ${BENCH_TODAY})\n`);
}

export async function writeMailbox(file: string, count: number, seed: number): Promise<void> {
  const stream = createWriteStream(file);
  for (const entry of generateMailbox(count, seed)) {
    if (!stream.write(entry)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
