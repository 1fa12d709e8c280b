import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import os from 'node:os';
import { PDFDocument } from 'pdf-lib';
import { DraftSchema } from '../../shared/core/drafts';
import { createPdfjsReader } from '../../shared/pdf/pdfjs-reader';

const root = path.resolve(__dirname, '../..');
const execFileAsync = promisify(execFile);
const demo = JSON.parse(readFileSync(path.join(root, 'demo/demo-config.json'), 'utf8')) as { me: string[]; today: string };
const mailbox = path.join(root, 'demo/mailbox');
const profile = path.join(root, 'demo/profile.json');

async function relance(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'shared/cli/main.ts'), ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const draft = (messageId: string, stage: string, lang: string, ...extra: string[]) =>
  relance(['draft', mailbox, '--message-id', messageId, '--stage', stage, '--lang', lang, '--me', demo.me.join(','), '--today', demo.today, '--profile', profile, ...extra]);

const NBSP = '\u00a0';
const NNBSP = '\u202f';

// Each test starts the CLI (tsx, the core, pdfjs): seconds each on a loaded two-core CI machine.
describe('relance draft (CLI) on the demo mailbox', { timeout: 90_000 }, () => {
  it('prints one JSON object in the contract’s shape: the firm reminder to Roux, recalling the reminder found in the thread', async () => {
    const { code, stdout, stderr } = await draft('<ml-0412@menuiserie-lambert.fr>', 'firm', 'fr', '--json');
    expect(stderr).not.toMatch(/error|not a receivable/i);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const d = DraftSchema.strict().parse(JSON.parse(stdout));
    expect(d.to).toEqual(['jean@roux-batiment.fr']);
    expect(d.cc).toEqual([]);
    expect(d.subject).toBe(`Deuxième relance : facture ML-2026-0412 impayée – 4${NNBSP}380,00${NBSP}€`);
    expect(d.text).toMatch(/^Bonjour Jean Roux,/);
    expect(d.text).toContain(`Malgré notre relance du 30 octobre 2026, notre facture n° ML-2026-0412 du 15 septembre 2026, d’un montant de 4${NNBSP}380,00${NBSP}€, échue depuis le 15 octobre 2026`);
    expect(d.text).toContain('FR76 1027 8021 0000 0204 5670 182');
    expect(d.html).toContain('<p>Bonjour Jean Roux,</p>');
    expect(d.attachments).toEqual([]); // the invoice was written in the e-mail's body
  });

  it('re-attaches the invoice PDF of a platform-sent invoice (pre-due, Moulin)', async () => {
    const { code, stdout } = await draft('<fct-88231@facturio.example>', 'pre-due', 'fr', '--json');
    expect(code).toBe(0);
    const d = DraftSchema.parse(JSON.parse(stdout));
    expect(d.to).toEqual(['compta@moulin-hotel.fr']);
    expect(d.attachments).toEqual([{ filename: 'Facture_ML-2026-0431.pdf' }]);
    expect(d.text).toContain(`6${NNBSP}240,00${NBSP}€`);
    expect(d.subject).toBe('Facture ML-2026-0431 : échéance le 2 décembre 2026');
  });

  it('writes the formal notice as a PDF letter with --pdf (Hartley, in English)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'relance-draft-'));
    const out = path.join(dir, 'letter.pdf');
    const { code, stdout, stderr } = await draft('<ml-0377@menuiserie-lambert.fr>', 'formal', 'en', '--json', '--pdf', out, '--client-address', 'Hartley Interiors Ltd\\n12 King Street\\nBath BA1 1AA');
    expect(code).toBe(0);
    expect(stderr).toContain(`letter written to ${out}`);
    const d = DraftSchema.parse(JSON.parse(stdout));
    expect(d.to).toEqual(['tom@hartley-interiors.co.uk']);
    expect(d.text).toContain('- reminder of 15 September 2026\n- reminder of 20 October 2026');
    expect(d.text).toContain('This letter is a formal notice to pay the sum of £3,480.00 by 1 December 2026');
    const bytes = new Uint8Array(readFileSync(out));
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    const { text } = await createPdfjsReader().read(bytes);
    const read = text.replace(/\s+/g, ' ');
    expect(read).toContain('Hartley Interiors Ltd');
    expect(read).toContain('This letter is a formal notice to pay the sum of £3,480.00 by 1 December 2026');
  });

  it('a message that is not a receivable: a clear error and exit 1', async () => {
    const quote = await draft('<devis-118@menuiserie-lambert.fr>', 'courteous', 'fr', '--json');
    expect(quote.code).toBe(1);
    expect(quote.stdout).toBe('');
    expect(quote.stderr).toContain('relance: the message <devis-118@menuiserie-lambert.fr> ("Devis D-2026-118 – dressing sur mesure") is not a receivable');
    const reminder = await draft('<ml-0412-r1@menuiserie-lambert.fr>', 'firm', 'fr', '--json');
    expect(reminder.code).toBe(1);
    expect(reminder.stderr).toContain('it belongs to the conversation of invoice ML-2026-0412 (--message-id "<ml-0412@menuiserie-lambert.fr>")');
    const missing = await draft('<nope@example.com>', 'firm', 'fr', '--json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`no message with Message-ID <nope@example.com> in ${mailbox}`);
    const paid = await draft('<ml-0420@menuiserie-lambert.fr>', 'courteous', 'fr', '--json');
    expect(paid.code).toBe(1);
    expect(paid.stderr).toContain('ML-2026-0420 is paid: there is nothing to chase');
  });

  it('usage errors exit 2 and say what is wrong', async () => {
    const pdf = await draft('<ml-0412@menuiserie-lambert.fr>', 'firm', 'fr', '--pdf', '/tmp/x.pdf');
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('--pdf writes the formal notice: use it with --stage formal');
    const stage = await draft('<ml-0412@menuiserie-lambert.fr>', 'angry', 'fr');
    expect(stage.code).toBe(2);
    expect(stage.stderr).toContain('--stage must be one of pre-due, courteous, firm, formal, phone, plan, handover');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'relance-profile-'));
    const bad = path.join(dir, 'profile.json');
    writeFileSync(bad, JSON.stringify({ ...JSON.parse(readFileSync(profile, 'utf8')), companyNmae: 'x' }));
    const badProfile = await relance(['draft', mailbox, '--message-id', '<ml-0412@menuiserie-lambert.fr>', '--stage', 'firm', '--lang', 'fr', '--me', 'menuiserie-lambert.fr', '--profile', bad]);
    expect(badProfile.code).toBe(2);
    expect(badProfile.stderr).toMatch(/profile .*profile\.json: companyNmae: Unrecognized key/);
  });

  it('uses the user’s templates from --templates, and says why a broken one was not used', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'relance-templates-'));
    mkdirSync(path.join(dir, 't'));
    writeFileSync(path.join(dir, 't/firm.fr.hbs'), '{{!-- subject --}}\nRelance {{invoice.number}}\n{{!-- opening --}}\nBonjour,\n{{!-- body --}}\n{{invoice.amount}} dus depuis le {{invoice.dueDate}}.\n{{!-- conclusion --}}\n{{company.signatoryName}}\n');
    writeFileSync(path.join(dir, 't/courteous.fr.hbs'), '{{!-- subject --}}\n{{facture}}\n{{!-- opening --}}\n{{!-- body --}}\n{{!-- conclusion --}}\n');
    const firm = await draft('<ml-0412@menuiserie-lambert.fr>', 'firm', 'fr', '--json', '--templates', path.join(dir, 't'));
    expect(firm.code).toBe(0);
    expect(JSON.parse(firm.stdout)).toMatchObject({ subject: 'Relance ML-2026-0412', text: `Bonjour,\n\n4${NNBSP}380,00${NBSP}€ dus depuis le 15 octobre 2026.\n\nClaire Lambert` });
    const courteous = await relance(['draft', path.join(mailbox, '07-simon'), '--message-id', '<ml-0437@menuiserie-lambert.fr>', '--stage', 'courteous', '--lang', 'fr', '--me', 'menuiserie-lambert.fr', '--today', '2026-12-31', '--profile', profile, '--json', '--templates', path.join(dir, 't')]);
    expect(courteous.code).toBe(0);
    expect(courteous.stderr).toContain('relance: warning: your courteous.fr template was not used: subject: unknown variable "facture" (line 2)');
    expect(JSON.parse(courteous.stdout).text).toContain('Sauf erreur de notre part');
  });
});

describe('relance draft --group: one reminder for everything the client of the message owes', { timeout: 90_000 }, () => {
  const group = (messageId: string, ...extra: string[]) =>
    relance(['draft', mailbox, '--message-id', messageId, '--group', '--lang', 'fr', '--me', demo.me.join(','), '--today', demo.today, '--profile', profile, '--json', ...extra]);
  const flat = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

  it('prints the grouped draft in the same JSON form: Fournier’s three overdue invoices, their total, their PDFs', async () => {
    const { code, stdout } = await group('<ml-0402@menuiserie-lambert.fr>', '--escalation-cc', 'direction@fournier-renovation.fr');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const d = DraftSchema.strict().parse(JSON.parse(stdout));
    expect(d).toMatchObject({ to: ['paul@fournier-renovation.fr'], cc: ['direction@fournier-renovation.fr'] }); // firm: the escalation contact in copy
    expect(flat(d.subject)).toBe('Relance : 3 factures impayées – 5 210,00 €');
    expect(d.attachments).toEqual([{ filename: 'Facture_ML-2026-0388.pdf' }, { filename: 'Facture_ML-2026-0402.pdf' }, { filename: 'Facture_ML-2026-0415.pdf' }]);
    const text = flat(d.text);
    expect(text).toContain('Malgré notre relance du 12 octobre 2026, les 3 factures suivantes restent impayées à ce jour :');
    expect(text).toContain('- n° ML-2026-0388 du 10 septembre 2026 : 1 850,00 €, échue le 10 octobre 2026 (44 jours de retard)');
    expect(text).toContain('Total dû : 5 210,00 €.');
    expect(d.html).toContain('<li>n° ML-2026-0415 du 9 octobre 2026');
  });

  it('at the stage asked for; the courteous one copies no one', async () => {
    const { code, stdout } = await group('<ml-0388@menuiserie-lambert.fr>', '--stage', 'courteous', '--escalation-cc', 'direction@fournier-renovation.fr');
    expect(code).toBe(0);
    const d = JSON.parse(stdout);
    expect(d.cc).toEqual([]);
    expect(flat(d.subject)).toBe('Factures ML-2026-0388, ML-2026-0402 et ML-2026-0415 – 5 210,00 € à régler');
  });

  it('a grouped formal notice as a PDF letter with --pdf, every mention in it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'relance-group-'));
    const out = path.join(dir, 'letter.pdf');
    const { code, stdout, stderr } = await group('<ml-0415@menuiserie-lambert.fr>', '--stage', 'formal', '--pdf', out, '--client-address', 'Fournier Rénovation SAS\\n14 rue des Artisans\\n21000 Dijon');
    expect(code).toBe(0);
    expect(stderr).not.toContain('lacks');
    const text = flat(JSON.parse(stdout).text);
    expect(text).toContain('nous vous mettons en demeure de nous régler la somme de 5 210,00 € au plus tard le 1er décembre 2026');
    expect(text).toContain('- relance du 12 octobre 2026 (ML-2026-0388)');
    const read = (await createPdfjsReader().read(new Uint8Array(readFileSync(out)))).text.replace(/\s+/g, ' ');
    expect(read).toContain('14 rue des Artisans');
    expect(read).toMatch(/mise en demeure/i);
  });

  it('a client with nothing overdue: a clear error; --group with a stage that cannot be grouped: a usage error', async () => {
    const simon = await group('<ml-0437@menuiserie-lambert.fr>');
    expect(simon.code).toBe(1);
    expect(simon.stderr).toContain('no invoice of this client is overdue');
    const stage = await group('<ml-0402@menuiserie-lambert.fr>', '--stage', 'pre-due');
    expect(stage.code).toBe(2);
    expect(stage.stderr).toContain('with --group, --stage is courteous, firm, formal');
    const noStage = await relance(['draft', mailbox, '--message-id', '<ml-0402@menuiserie-lambert.fr>', '--lang', 'fr', '--me', demo.me.join(','), '--profile', profile]);
    expect(noStage.code).toBe(2);
    expect(noStage.stderr).toContain('--stage must be one of');
  });

  it('--stage thank-you drafts the thanks for a paid invoice (Garnier), and refuses an unpaid one', async () => {
    const thanks = await draft('<ml-0420@menuiserie-lambert.fr>', 'thank-you', 'fr', '--json');
    expect(thanks.code).toBe(0);
    expect(JSON.parse(thanks.stdout)).toMatchObject({ subject: 'Facture ML-2026-0420 : règlement bien reçu, merci', attachments: [] });
    const unpaid = await draft('<ml-0412@menuiserie-lambert.fr>', 'thank-you', 'fr', '--json');
    expect(unpaid.code).toBe(1);
    expect(unpaid.stderr).toContain('ML-2026-0412 is not paid yet');
  });
});

