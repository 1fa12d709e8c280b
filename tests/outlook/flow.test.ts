/**
 * The add-in's flows end to end in Node: Office.js mocked with office-addin-mock, everything else real — the
 * core reading the message and its PDF (pdfjs), the Relance service with its ledger (fake-indexeddb), drafts
 * and scheduler — asserting on what Outlook was asked to do and on what the ledger holds afterwards.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Ledger } from '../../shared/ledger/ledger';
import { createPdfjsReader } from '../../shared/pdf/pdfjs-reader';
import { memoryStore } from '../../shared/app/relance-service';
import { createRelanceClient } from '../../outlook-addin/service';
import { createOfficeHost } from '../../outlook-addin/office/outlook-host';
import { createMailCache } from '../../outlook-addin/mail-cache';
import { OfficeCallError } from '../../outlook-addin/office/office-async';
import {
  draftsOf,
  infoBarText,
  conversationOf,
  insertDraft,
  invoiceForCompose,
  meOf,
  openBatchReminder,
  openInvoice,
  openReply,
  quickRelance,
  replyModeOf,
  type Relance,
} from '../../outlook-addin/flow';
import { createPaneTranslate } from '../../outlook-addin/taskpane/strings';
import { FACTURX_PDF, facturxItem, itemFromEml, outlookMock, type MockOptions, type OfficeItemSpec } from './office-mock';

const DEMO = join(import.meta.dirname, '..', '..', 'demo', 'mailbox');
const t = createPaneTranslate('fr');
const pdfReader = createPdfjsReader();

async function setup(mode: 'read' | 'compose' | 'none', spec: OfficeItemSpec | null, today: string, options: MockOptions = {}, ledger?: Ledger) {
  const mock = outlookMock(mode, spec, options);
  const host = createOfficeHost(mock.office);
  const db = ledger ?? (await new Ledger({ indexedDB: new IDBFactory(), IDBKeyRange, name: `outlook-${Math.random()}` }).open());
  const client = await createRelanceClient({
    ledger: db,
    store: memoryStore(),
    today: () => today,
    defaults: { me: meOf({ me: [] }, host.userAddress()), language: 'fr' },
  });
  const relance: Relance = { host, client, pdfReader };
  if (!ledger) await client('settings.set', { profile: PROFILE });
  return { mock, host, client, relance, ledger: db };
}

const PROFILE = {
  companyName: 'Au bon moulin',
  address: '12 rue des Meuniers\n75011 Paris',
  email: 'facturation@aubonmoulin.fr',
  phone: '01 23 45 67 89',
  siren: '123456789',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  signatoryName: 'Claire Meunier',
  signatoryTitle: 'Gérante',
  jurisdiction: 'FR' as const,
  language: 'fr' as const,
};

const AU_BON_MOULIN = { user: { emailAddress: 'facturation@aubonmoulin.fr', displayName: 'Au bon moulin' } };

describe('who "we" are', () => {
  it('the signed-in user and their company domain, or only the address on a public mail service', () => {
    expect(meOf({ me: [] }, 'claire@menuiserie-lambert.fr')).toEqual(['claire@menuiserie-lambert.fr', 'menuiserie-lambert.fr']);
    expect(meOf({ me: [] }, 'jean.artisan@gmail.com')).toEqual(['jean.artisan@gmail.com']);
    expect(meOf({ me: ['atelier.fr'] }, 'claire@menuiserie-lambert.fr')).toEqual(['atelier.fr']);
  });
});

describe('a read invoice message (Factur-X in the PDF)', () => {
  it('reads the invoice, records it, marks the message and shows the next step in the info bar', async () => {
    const { mock, relance, ledger } = await setup('read', facturxItem(), '2017-12-20', AU_BON_MOULIN);
    const opened = await openInvoice(relance, '2017-12-20', t, 'fr');
    expect(opened.warnings).toEqual([]);
    expect(opened.replyMode).toBe('replyAll');
    expect(opened.invoices).toHaveLength(1);
    const [invoice] = opened.invoices;
    expect(invoice).toMatchObject({
      invoiceNumber: 'FA-2017-0010',
      amount: 470.15,
      currency: 'EUR',
      issueDate: '2017-11-13',
      dueDate: '2017-12-13',
      debtorEmail: 'alexandre.payet@majolieboutique.net',
      status: 'open',
      remindersSent: 0,
      daysOverdue: 7,
      nextAction: { stage: 'courteous', date: '2017-12-20' },
    });
    expect(await ledger.allInvoices()).toHaveLength(1);
    expect(mock.itemCategories.map((c) => c.displayName)).toEqual(['Relance · facture']);
    expect(mock.named('item.notificationMessages.replaceAsync')[0]!.args[1]).toMatchObject({ type: 'informationalMessage', message: 'Relance courtoise prévue le 20/12' });
  });

  it('drafts every stage with the invoice’s facts and the PDF to re-attach', async () => {
    const { relance } = await setup('read', facturxItem(), '2017-12-20', AU_BON_MOULIN);
    const opened = await openInvoice(relance, '2017-12-20', t, 'fr');
    const drafts = await draftsOf(relance, opened.invoices[0]!, opened.conversation);
    // The invoice fell due: the drafts refuse the "coming due" reminder, every other stage is there.
    expect(drafts.map((d) => d.stage)).toEqual(['courteous', 'firm', 'formal']);
    const courteous = drafts.find((d) => d.stage === 'courteous')!;
    expect(courteous.to).toEqual(['alexandre.payet@majolieboutique.net']);
    expect(courteous.subject).toContain('FA-2017-0010');
    expect(courteous.text).toMatch(/470,15\s€/);
    expect(courteous.attachments).toEqual([{ filename: 'Facture_FR_EN16931.pdf' }]);
  });

  it('"Ouvrir la réponse" opens the reply with the draft and the PDF, records the reminder, moves the info bar on', async () => {
    const { mock, relance, ledger } = await setup('read', facturxItem(), '2017-12-20', AU_BON_MOULIN);
    const opened = await openInvoice(relance, '2017-12-20', t, 'fr');
    const invoice = opened.invoices[0]!;
    const draft = (await draftsOf(relance, invoice, opened.conversation)).find((d) => d.stage === 'courteous')!;
    const { outcome, invoice: after } = await openReply(relance, opened, invoice, draft, t, 'fr', () => new Date('2017-12-20T09:00:00Z'));
    expect(outcome).toEqual({ attached: ['Facture_FR_EN16931.pdf'], notAttached: [] });
    const form = mock.named('item.displayReplyAllFormAsync')[0]!.args[0] as { htmlBody: string; attachments: { type: string; name: string; base64file: string }[] };
    expect(form.htmlBody).toBe(draft.html);
    expect(form.attachments).toEqual([{ type: 'base64', name: 'Facture_FR_EN16931.pdf', base64file: readFileSync(FACTURX_PDF).toString('base64') }]);
    expect(after.remindersSent).toBe(1);
    expect(after.history.map((h) => h.kind)).toContain('reminder-sent');
    expect(after.nextAction?.stage).toBe('firm');
    const events = await ledger.events(invoice.id);
    expect(events.filter((e) => e.type === 'reminder-sent')).toHaveLength(1);
    const bars = mock.named('item.notificationMessages.replaceAsync');
    expect((bars.at(-1)!.args[1] as { message: string }).message).toBe(infoBarText(after, t, 'fr'));
    expect((bars.at(-1)!.args[1] as { message: string }).message).toMatch(/^Relance ferme prévue le \d\d\/\d\d$/);
  });

  it('a refused reply form records nothing: the reminder is still to do', async () => {
    const { relance, ledger } = await setup('read', facturxItem(), '2017-12-20', { ...AU_BON_MOULIN, failures: { 'item.displayReplyAllFormAsync': { code: 9041, message: 'Form refused' } } });
    const opened = await openInvoice(relance, '2017-12-20', t, 'fr');
    const invoice = opened.invoices[0]!;
    const draft = (await draftsOf(relance, invoice, opened.conversation)).find((d) => d.stage === 'courteous')!;
    await expect(openReply(relance, opened, invoice, draft, t, 'fr')).rejects.toBeInstanceOf(OfficeCallError);
    expect((await ledger.events(invoice.id)).filter((e) => e.type === 'reminder-sent')).toHaveLength(0);
  });

  it('a refused category or info bar is a warning, not a failure', async () => {
    const { relance } = await setup('read', facturxItem(), '2017-12-20', {
      ...AU_BON_MOULIN,
      failures: { 'item.categories.addAsync': { code: 5000, message: 'Access denied' }, 'item.notificationMessages.replaceAsync': { code: 9999, message: 'Too many' } },
    });
    const opened = await openInvoice(relance, '2017-12-20', t, 'fr');
    expect(opened.invoices).toHaveLength(1);
    expect(opened.warnings).toEqual([
      "La catégorie n'a pas pu être posée : Outlook a refusé l'opération (item.categories.addAsync, code 5000) : Access denied",
      "La barre d'information n'a pas pu être affichée : Outlook a refusé l'opération (item.notificationMessages.replaceAsync, code 9999) : Too many",
    ]);
  });

  it('a PDF that cannot be read is named in the pane’s notices; the rest of the message is still read', async () => {
    const item = facturxItem();
    const broken = { ...item.attachments[0]!, content: { format: 'base64' as const, content: Buffer.from('<html>not a PDF</html>').toString('base64') } };
    const { relance } = await setup('read', { ...item, text: `${item.text}\nFacture FA-2017-0010, montant TTC : 100,00 €`, attachments: [broken] }, '2017-12-20', AU_BON_MOULIN);
    const opened = await openInvoice(relance, '2017-12-20', t, 'fr');
    expect(opened.warnings).toEqual([expect.stringMatching(/^Lecture incomplète : .*Facture_FR_EN16931\.pdf skipped: not a PDF/)]);
    expect(opened.invoices.map((i) => i.invoiceNumber)).toEqual(['FA-2017-0010']);
  });

  it('"Relance express" goes from the message to the reply in one command', async () => {
    const { mock, relance } = await setup('read', facturxItem(), '2017-12-20', AU_BON_MOULIN);
    const result = await quickRelance(relance, '2017-12-20', t, 'fr');
    expect(result?.invoice.remindersSent).toBe(1);
    expect((mock.named('item.displayReplyAllFormAsync')[0]!.args[0] as { htmlBody: string }).htmlBody).toContain('FA-2017-0010');
  });
});

describe('an invoice an invoicing platform sent on the company’s behalf (demo mailbox, 05-moulin)', () => {
  it('opens a new message to the client with the invoice attached (a reply would go to the platform)', async () => {
    const spec = await itemFromEml(join(DEMO, '05-moulin', '01.eml'), { itemId: 'AAMk-moulin', conversationId: 'AAQk-moulin' });
    const { mock, relance } = await setup('read', spec, '2026-12-20');
    const opened = await openInvoice(relance, '2026-12-20', t, 'fr');
    expect(opened.replyMode).toBe('new');
    expect(replyModeOf(opened.message, opened.me)).toBe('new');
    const invoice = opened.invoices[0]!;
    expect(invoice).toMatchObject({ invoiceNumber: 'ML-2026-0431', amount: 6240, debtorEmail: 'compta@moulin-hotel.fr' });
    const draft = (await draftsOf(relance, invoice, opened.conversation)).find((d) => d.stage === (invoice.nextAction?.stage ?? 'courteous'))!;
    await openReply(relance, opened, invoice, draft, t, 'fr');
    const form = mock.named('mailbox.displayNewMessageFormAsync')[0]!.args[0] as { toRecipients: string[]; subject: string; attachments: { name: string }[] };
    expect(form.toRecipients).toEqual(['compta@moulin-hotel.fr']);
    expect(form.subject).toBe(draft.subject);
    expect(form.attachments.map((a) => a.name)).toEqual(['Facture_ML-2026-0431.pdf']);
  });
});

describe('compose: "Insérer une relance"', () => {
  it('finds the invoice of the conversation and inserts the chosen draft, with the PDF kept from the invoice’s message', async () => {
    const mailCache = createMailCache({ name: `mail-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
    const read = await setup('read', facturxItem(), '2017-12-20', AU_BON_MOULIN);
    await openInvoice({ ...read.relance, mailCache }, '2017-12-20', t, 'fr');
    const compose = await setup('compose', { ...facturxItem(), conversationId: 'AAQkAGI2-conv-facturx' }, '2017-12-20', AU_BON_MOULIN, read.ledger);
    // The pane's service links conversations to invoices in its store: the compose pane shares the read pane's.
    const shared: Relance = { ...compose.relance, client: read.client, mailCache };
    const { invoice, attached } = await invoiceForCompose(shared);
    expect(invoice?.invoiceNumber).toBe('FA-2017-0010');
    expect(attached).toEqual([]);
    const conversation = await conversationOf(shared, invoice!);
    expect(conversation.map((m) => m.messageId)).toEqual(['<fa-2017-0010@aubonmoulin.fr>']);
    const draft = (await draftsOf(shared, invoice!, conversation)).find((d) => d.stage === 'firm')!;
    const outcome = await insertDraft(shared, draft, invoice!, conversation, attached);
    expect(outcome).toEqual({ subjectSet: true, recipientsSet: true, attached: ['Facture_FR_EN16931.pdf'] });
    expect(compose.mock.named('item.body.setSelectedDataAsync')[0]!.args).toEqual([draft.html, { coercionType: 'html' }]);
    expect(compose.mock.compose.to).toEqual(['alexandre.payet@majolieboutique.net']);
    expect(compose.mock.named('item.addFileAttachmentFromBase64Async')[0]!.args).toEqual([readFileSync(FACTURX_PDF).toString('base64'), 'Facture_FR_EN16931.pdf', { isInline: false }]);
    // Inserted again (another stage): the PDF the message already carries is not attached twice.
    const again = await insertDraft(shared, draft, invoice!, conversation, (await compose.host.readCompose()).attachments);
    expect(again.attached).toEqual([]);
  });

  it('without a known conversation, finds the invoice by its number in the subject', async () => {
    const read = await setup('read', facturxItem(), '2017-12-20', AU_BON_MOULIN);
    await openInvoice(read.relance, '2017-12-20', t, 'fr');
    const compose = await setup('compose', null, '2017-12-20', AU_BON_MOULIN, read.ledger);
    compose.mock.compose.subject = 'Relance facture FA-2017-0010';
    const { invoice } = await invoiceForCompose({ ...compose.relance, client: read.client });
    expect(invoice?.invoiceNumber).toBe('FA-2017-0010');
  });
});

describe('the desk: batch mode', () => {
  it('opens the next due reminder in a new message, with the PDF kept from the invoice’s message, and records it', async () => {
    const mailCache = createMailCache({ name: `mail-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
    const read = await setup('read', facturxItem(), '2017-12-20', AU_BON_MOULIN);
    await openInvoice({ ...read.relance, mailCache }, '2017-12-20', t, 'fr');
    const desk = await setup('none', null, '2017-12-20', AU_BON_MOULIN, read.ledger);
    const relance: Relance = { ...desk.relance, client: read.client, mailCache };
    const { due, invoices, agedBalance } = await relance.client('dashboard.get', { status: 'all', query: '' });
    expect(invoices.map((i) => i.invoiceNumber)).toEqual(['FA-2017-0010']);
    expect(agedBalance).toEqual([expect.objectContaining({ currency: 'EUR', d1to30: 470.15, total: 470.15 })]);
    expect(due.map((d) => [d.invoiceNumber, d.stage])).toEqual([['FA-2017-0010', 'courteous']]);
    const { invoice, outcome } = await openBatchReminder(relance, due[0]!.invoiceId, due[0]!.stage, due[0]!.threadId);
    expect(outcome).toEqual({ attached: ['Facture_FR_EN16931.pdf'], notAttached: [] });
    const form = desk.mock.named('mailbox.displayNewMessageFormAsync')[0]!.args[0] as { toRecipients: string[]; htmlBody: string; attachments: { name: string; base64file: string }[] };
    expect(form.toRecipients).toEqual(['alexandre.payet@majolieboutique.net']);
    expect(form.attachments).toEqual([{ type: 'base64', name: 'Facture_FR_EN16931.pdf', base64file: readFileSync(FACTURX_PDF).toString('base64') }]);
    expect(form.htmlBody).toContain('FA-2017-0010');
    expect(invoice.remindersSent).toBe(1);
    expect((await relance.client('dashboard.get', { status: 'all', query: '' })).due).toEqual([]);
  });
});

describe('a conversation read across openings (the add-in sees one message at a time)', () => {
  const user = { user: { emailAddress: 'claire@menuiserie-lambert.fr', displayName: 'Claire Lambert' } };
  const open = async (file: string, ledger: Ledger, client: Relance['client'], mailCache: ReturnType<typeof createMailCache>) => {
    const spec = await itemFromEml(join(DEMO, file), { itemId: `AAMk-${file}`, conversationId: `AAQk-${file.split('/')[0]}` });
    const ctx = await setup('read', spec, '2026-11-23', user, ledger);
    const relance: Relance = { ...ctx.relance, client, mailCache };
    return { ...ctx, opened: await openInvoice(relance, '2026-11-23', t, 'fr') };
  };

  for (const [folder, status, extra] of [
    ['03-garnier', 'paid', {}],
    ['02-petit', 'promised', { promisedDate: '2026-12-04' }],
    ['04-vidal', 'disputed', {}],
  ] as const) {
    it(`${folder}: the invoice opened, then the client's reply — the reply gives the status (${status})`, async () => {
      const first = await setup('read', null, '2026-11-23', user);
      const mailCache = createMailCache({ name: `mail-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
      const invoice = await open(`${folder}/01.eml`, first.ledger, first.client, mailCache);
      expect(invoice.opened.invoices).toHaveLength(1);
      expect(invoice.opened.invoices[0]!.status).toBe('open');
      expect(invoice.mock.itemCategories.map((c) => c.displayName)).toEqual(['Relance · facture']);
      const reply = await open(`${folder}/02.eml`, first.ledger, first.client, mailCache);
      expect(reply.opened.invoices).toHaveLength(1);
      expect(reply.opened.invoices[0]).toMatchObject({ invoiceNumber: invoice.opened.invoices[0]!.invoiceNumber, status, ...extra });
      // The reply is not the invoice: no category on it.
      expect(reply.mock.itemCategories).toEqual([]);
    });
  }

  it('without the cache, the reply alone names no invoice: the pane falls back to what the ledger knows of the conversation', async () => {
    const first = await setup('read', null, '2026-11-23', user);
    const mailCache = createMailCache({ name: `mail-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
    await open('03-garnier/01.eml', first.ledger, first.client, mailCache);
    const spec = await itemFromEml(join(DEMO, '03-garnier/02.eml'), { itemId: 'AAMk-x', conversationId: 'AAQk-03-garnier' });
    const ctx = await setup('read', spec, '2026-11-23', user, first.ledger);
    const opened = await openInvoice({ ...ctx.relance, client: first.client }, '2026-11-23', t, 'fr');
    expect(opened.invoices.map((i) => [i.invoiceNumber, i.status])).toEqual([['ML-2026-0420', 'open']]);
  });

  it('keeps the PDF of an opened invoice, so a platform-sent invoice is still read with its reply', async () => {
    const mailCache = createMailCache({ name: `mail-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
    const spec = await itemFromEml(join(DEMO, '05-moulin/01.eml'), { itemId: 'AAMk-m1', conversationId: 'AAQk-moulin' });
    const ctx = await setup('read', spec, '2026-11-23', user);
    await openInvoice({ ...ctx.relance, mailCache }, '2026-11-23', t, 'fr');
    const kept = await mailCache.conversation('AAQk-moulin');
    expect(kept).toHaveLength(1);
    const pdf = await kept[0]!.attachments[0]!.loadBytes();
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(ctx.mock.named('item.getAttachmentContentAsync')).toHaveLength(1);
  });

  it('replying from the client’s message re-attaches the invoice PDF kept from the invoice’s own message', async () => {
    const first = await setup('read', null, '2026-12-21', user);
    const mailCache = createMailCache({ name: `mail-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
    const open = async (file: string) => {
      const spec = await itemFromEml(join(DEMO, file), { itemId: `AAMk-${file}`, conversationId: 'AAQk-moulin' });
      const ctx = await setup('read', spec, '2026-12-21', user, first.ledger);
      const relance: Relance = { ...ctx.relance, client: first.client, mailCache };
      return { ...ctx, relance, opened: await openInvoice(relance, '2026-12-21', t, 'fr') };
    };
    await open('05-moulin/01.eml');
    const reply = await open('05-moulin/02.eml');
    expect(reply.opened.replyMode).toBe('reply');
    const invoice = reply.opened.invoices[0]!;
    expect(invoice.invoiceNumber).toBe('ML-2026-0431');
    const draft = (await draftsOf(reply.relance, invoice, reply.opened.conversation))[0]!;
    expect(draft.attachments).toEqual([{ filename: 'Facture_ML-2026-0431.pdf' }]);
    const { outcome } = await openReply(reply.relance, reply.opened, invoice, draft, t, 'fr');
    expect(outcome).toEqual({ attached: ['Facture_ML-2026-0431.pdf'], notAttached: [] });
    const form = reply.mock.named('item.displayReplyFormAsync')[0]!.args[0] as { attachments: { name: string; base64file: string }[] };
    expect(form.attachments.map((a) => a.name)).toEqual(['Facture_ML-2026-0431.pdf']);
    expect(Buffer.from(form.attachments[0]!.base64file, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    // The reply message has no attachment of its own: nothing was asked of Outlook for it.
    expect(reply.mock.named('item.getAttachmentContentAsync')).toHaveLength(0);
  });
});

