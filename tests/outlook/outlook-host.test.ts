import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOfficeHost, INVOICE_CATEGORY, type DraftAttachment } from '../../outlook-addin/office/outlook-host';
import { officeAsync, OfficeCallError, describeOfficeError } from '../../outlook-addin/office/office-async';
import { parseMime } from '../../shared/core/mail/parse-mime';
import { scanMessages } from '../../shared/core/scan/scan-mailbox';
import { createPdfjsReader } from '../../shared/pdf/pdfjs-reader';
import { facturxItem, itemFromEml, outlookMock } from './office-mock';

const ROOT = join(import.meta.dirname, '..', '..');
const DEMO = join(ROOT, 'demo', 'mailbox');

describe('officeAsync: callback-style calls as promises', () => {
  it('resolves with the value on "succeeded"', async () => {
    await expect(officeAsync('x.getAsync', (cb) => setTimeout(() => cb({ status: 'succeeded', value: 42 })))).resolves.toBe(42);
  });

  it('rejects with an OfficeCallError naming the call and Office code on "failed"', async () => {
    const error = await officeAsync<never>('item.body.getAsync', (cb) => cb({ status: 'failed', value: undefined as never, error: { code: 9002, message: 'Internal error' } })).catch((e: OfficeCallError) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error.call).toBe('item.body.getAsync');
    expect(error.code).toBe(9002);
    expect(describeOfficeError(error)).toBe("Outlook a refusé l'opération (item.body.getAsync, code 9002) : Internal error");
    expect(describeOfficeError(error, 'en')).toBe('Outlook refused the operation (item.body.getAsync, code 9002): Internal error');
  });

  it('rejects when the call throws before calling back (an API this client lacks)', async () => {
    const error = await officeAsync<never>('item.categories.getAsync', () => {
      throw new TypeError('item.categories is undefined');
    }).catch((e: OfficeCallError) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error.message).toBe('item.categories.getAsync: item.categories is undefined');
  });

  it('settles once even if Office calls back twice', async () => {
    const p = officeAsync<number>('twice', (cb) => {
      cb({ status: 'succeeded', value: 1 });
      cb({ status: 'failed', value: 0, error: { message: 'late' } });
    });
    await expect(p).resolves.toBe(1);
  });
});

describe('mode of the open item', () => {
  it('tells read, compose and none apart', async () => {
    const spec = await itemFromEml(join(DEMO, '01-roux', '01.eml'), { itemId: 'i1', conversationId: 'c1' });
    expect(createOfficeHost(outlookMock('read', spec).office).mode()).toBe('read');
    expect(createOfficeHost(outlookMock('compose', null).office).mode()).toBe('compose');
    expect(createOfficeHost(outlookMock('none', null).office).mode()).toBe('none');
  });

  it('knows the user, the display language and the requirement sets', () => {
    const host = createOfficeHost(outlookMock('none', null, { maxVersion: '1.9', displayLanguage: 'en-GB', user: { emailAddress: 'Claire@Menuiserie-Lambert.fr', displayName: 'Claire Lambert' } }).office);
    expect(host.userAddress()).toBe('claire@menuiserie-lambert.fr');
    expect(host.userName()).toBe('Claire Lambert');
    expect(host.displayLanguage()).toBe('en-GB');
    expect(host.supports('1.8')).toBe(true);
    expect(host.supports('1.9')).toBe(true);
    expect(host.supports('1.15')).toBe(false);
  });
});

describe('reading the open message (body.getAsync, getAllInternetHeadersAsync, getAttachmentContentAsync)', () => {
  it('gives the same message as the CLI reading the .eml file: addresses, subject, body, dates, threading headers', async () => {
    const path = join(DEMO, '01-roux', '02.eml');
    const spec = await itemFromEml(path, { itemId: 'AAMk-roux-2', conversationId: 'AAQk-roux' });
    const mock = outlookMock('read', spec);
    const fromOutlook = await createOfficeHost(mock.office).readMessage();
    const fromFile = await parseMime(readFileSync(path));
    // Outlook always has an HTML body (it renders plain text mail as HTML): everything else is the same.
    const { attachments: _a, hostThreadId, html, ...outlookFacts } = fromOutlook;
    const { attachments: _b, hostThreadId: _c, html: _d, ...fileFacts } = fromFile;
    expect(html).toContain('Sauf erreur de notre part');
    expect(outlookFacts).toEqual(fileFacts);
    expect(hostThreadId).toBe('AAQk-roux');
    expect(mock.named('item.body.getAsync').map((c) => c.args[0]).sort()).toEqual(['html', 'text']);
    expect(mock.named('item.getAllInternetHeadersAsync')).toHaveLength(1);
  });

  it('reads each attachment through getAttachmentContentAsync, base64 to the same bytes', async () => {
    const path = join(DEMO, '05-moulin', '01.eml');
    const spec = await itemFromEml(path, { itemId: 'AAMk-moulin-1', conversationId: 'AAQk-moulin' });
    const mock = outlookMock('read', spec);
    const message = await createOfficeHost(mock.office).readMessage();
    const fromFile = await parseMime(readFileSync(path));
    expect(message.attachments.map((a) => [a.filename, a.mimeType, a.size, a.inline])).toEqual(
      fromFile.attachments.map((a) => [a.filename, a.mimeType, a.size, a.inline]),
    );
    expect(mock.named('item.getAttachmentContentAsync')).toHaveLength(0); // lazily
    const bytes = await message.attachments[0]!.loadBytes();
    expect(Buffer.from(bytes).equals(Buffer.from(await fromFile.attachments[0]!.loadBytes()))).toBe(true);
    expect(mock.named('item.getAttachmentContentAsync').map((c) => c.args[0])).toEqual(['AAMk-att-0']);
  });

  it('lets the core read the Factur-X XML inside the PDF of the open message', async () => {
    const mock = outlookMock('read', facturxItem());
    const message = await createOfficeHost(mock.office).readMessage();
    const [receivable] = await scanMessages([message], { me: ['aubonmoulin.fr'], today: '2017-12-20', pdfReader: createPdfjsReader() });
    expect(receivable).toMatchObject({
      messageId: '<fa-2017-0010@aubonmoulin.fr>',
      invoiceNumber: 'FA-2017-0010',
      amount: 470.15,
      currency: 'EUR',
      issueDate: '2017-11-13',
      dueDate: '2017-12-13',
      debtorEmail: 'alexandre.payet@majolieboutique.net',
      daysOverdue: 7,
      nextStage: 'courteous',
    });
    expect(mock.named('item.getAttachmentContentAsync').map((c) => c.args[0])).toEqual(['AAMk-att-pdf']);
  });

  it('still reads a message whose headers Outlook refuses (sent items), from the item properties', async () => {
    const spec = facturxItem();
    const mock = outlookMock('read', spec, { failures: { 'item.getAllInternetHeadersAsync': { code: 9020, message: 'Generic error' } } });
    const message = await createOfficeHost(mock.office).readMessage();
    expect(message.messageId).toBe('<fa-2017-0010@aubonmoulin.fr>');
    expect(message.from).toEqual({ name: 'Au bon moulin', address: 'facturation@aubonmoulin.fr' });
    expect(message.to).toEqual([{ name: 'Alexandre Payet', address: 'alexandre.payet@majolieboutique.net' }]);
    expect(message.date).toBe('2017-11-13T09:30:00.000Z');
    expect(message.calendarDate).toMatch(/^2017-11-13$/);
    expect(message.inReplyTo).toBeNull();
  });

  it('fails with a named error when the body cannot be read', async () => {
    const mock = outlookMock('read', facturxItem(), { failures: { 'item.body.getAsync': { code: 9002, message: 'Internal error' } } });
    const error = await createOfficeHost(mock.office).readMessage().catch((e) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error.call).toMatch(/^item\.body\.getAsync/);
  });

  it('an attachment Outlook cannot give rejects its own loadBytes, not the message', async () => {
    const spec = facturxItem();
    spec.attachments[0]!.content = { format: 'url', content: 'https://onedrive.example/facture.pdf' };
    const message = await createOfficeHost(outlookMock('read', spec).office).readMessage();
    const error = await message.attachments[0]!.loadBytes().catch((e) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error.message).toMatch(/given as url/);
    const failing = outlookMock('read', facturxItem(), { failures: { 'item.getAttachmentContentAsync': { code: 9010, message: 'Attachment too large' } } });
    const m2 = await createOfficeHost(failing.office).readMessage();
    await expect(m2.attachments[0]!.loadBytes()).rejects.toThrow(/Attachment too large/);
  });

  it('refuses to read when no message is open for reading', async () => {
    await expect(createOfficeHost(outlookMock('compose', null).office).readMessage()).rejects.toThrow(/no message is open for reading/);
  });
});

const PDF: DraftAttachment = { filename: 'Facture_ML-2026-0431.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0x00]) };

describe('opening the reply form (displayReplyFormAsync / displayReplyForm)', () => {
  it('opens the reply with the draft HTML and the invoice attached as base64 (Mailbox 1.15)', async () => {
    const mock = outlookMock('read', facturxItem());
    const outcome = await createOfficeHost(mock.office).openReply({ html: '<p>Bonjour,</p>', attachments: [PDF] });
    expect(outcome).toEqual({ attached: ['Facture_ML-2026-0431.pdf'], notAttached: [] });
    expect(mock.named('item.displayReplyFormAsync')).toEqual([
      { name: 'item.displayReplyFormAsync', args: [{ htmlBody: '<p>Bonjour,</p>', attachments: [{ type: 'base64', name: 'Facture_ML-2026-0431.pdf', base64file: 'JVBERi3/AA==' }] }] },
    ]);
  });

  it('replies to all when asked (the open message is the company’s own invoice)', async () => {
    const mock = outlookMock('read', facturxItem());
    await createOfficeHost(mock.office).openReply({ html: '<p>x</p>', attachments: [], replyAll: true });
    expect(mock.named('item.displayReplyAllFormAsync')).toHaveLength(1);
    expect(mock.named('item.displayReplyFormAsync')).toHaveLength(0);
  });

  it('falls back to displayReplyForm before Mailbox 1.9, and says what it could not attach before 1.15', async () => {
    const mock = outlookMock('read', facturxItem(), { maxVersion: '1.8' });
    const outcome = await createOfficeHost(mock.office).openReply({ html: '<p>x</p>', attachments: [PDF] });
    expect(outcome).toEqual({ attached: [], notAttached: ['Facture_ML-2026-0431.pdf'] });
    expect(mock.named('item.displayReplyForm')).toEqual([{ name: 'item.displayReplyForm', args: [{ htmlBody: '<p>x</p>', attachments: [] }] }]);
    expect(mock.named('item.displayReplyFormAsync')).toHaveLength(0);
  });

  it('a refused reply form is an OfficeCallError', async () => {
    const mock = outlookMock('read', facturxItem(), { failures: { 'item.displayReplyFormAsync': { code: 9041, message: 'The reply form could not be opened' } } });
    await expect(createOfficeHost(mock.office).openReply({ html: '<p>x</p>', attachments: [] })).rejects.toMatchObject({ call: 'item.displayReplyFormAsync', code: 9041 });
    const old = outlookMock('read', facturxItem(), { maxVersion: '1.8', failures: { 'item.displayReplyForm': { code: 0, message: 'boom' } } });
    await expect(createOfficeHost(old.office).openReply({ html: '<p>x</p>', attachments: [] })).rejects.toMatchObject({ call: 'item.displayReplyForm' });
  });

  it('opens a new message form and a message by id (batch mode from the pinned pane)', async () => {
    const mock = outlookMock('none', null);
    const host = createOfficeHost(mock.office);
    await host.openNewMessage({ to: ['compta@moulin-hotel.fr'], cc: [], subject: 'Relance', html: '<p>x</p>', attachments: [PDF] });
    expect(mock.named('mailbox.displayNewMessageFormAsync')[0]!.args[0]).toMatchObject({
      toRecipients: ['compta@moulin-hotel.fr'],
      ccRecipients: [],
      subject: 'Relance',
      htmlBody: '<p>x</p>',
      attachments: [{ type: 'base64', name: 'Facture_ML-2026-0431.pdf' }],
    });
    await host.openMessage('AAMk-42');
    expect(mock.named('mailbox.displayMessageFormAsync')[0]!.args).toEqual(['AAMk-42']);
  });
});

describe('inserting a draft in compose (body.setSelectedDataAsync, subject/to setAsync, addFileAttachmentFromBase64Async)', () => {
  const insert = { subject: 'Relance : facture ML-2026-0412', html: '<p>Bonjour <b>M. Roux</b></p>', text: 'Bonjour M. Roux', to: ['j.roux@roux-btp.fr'], cc: ['compta@roux-btp.fr'], attachments: [PDF] };

  it('inserts HTML at the cursor, fills an empty subject and empty recipients, attaches the invoice', async () => {
    const mock = outlookMock('compose', null);
    const outcome = await createOfficeHost(mock.office).insertDraft(insert);
    expect(outcome).toEqual({ subjectSet: true, recipientsSet: true, attached: ['Facture_ML-2026-0431.pdf'] });
    expect(mock.named('item.body.setSelectedDataAsync')[0]!.args).toEqual(['<p>Bonjour <b>M. Roux</b></p>', { coercionType: 'html' }]);
    expect(mock.compose).toMatchObject({ subject: insert.subject, to: insert.to, cc: insert.cc, attachments: ['Facture_ML-2026-0431.pdf'] });
    expect(mock.named('item.addFileAttachmentFromBase64Async')[0]!.args).toEqual(['JVBERi3/AA==', 'Facture_ML-2026-0431.pdf', { isInline: false }]);
  });

  it('inserts plain text in a plain-text message and leaves a written subject and recipients alone', async () => {
    const mock = outlookMock('compose', null);
    mock.compose.bodyType = 'text';
    mock.compose.subject = 'RE: Facture ML-2026-0412';
    mock.compose.to = ['j.roux@roux-btp.fr'];
    const outcome = await createOfficeHost(mock.office).insertDraft({ ...insert, attachments: [] });
    expect(outcome).toEqual({ subjectSet: false, recipientsSet: false, attached: [] });
    expect(mock.named('item.body.setSelectedDataAsync')[0]!.args).toEqual(['Bonjour M. Roux', { coercionType: 'text' }]);
    expect(mock.compose.subject).toBe('RE: Facture ML-2026-0412');
    expect(mock.named('item.subject.setAsync')).toHaveLength(0);
  });

  it('reads what the message being written says (subject, recipients, quoted text, conversation)', async () => {
    const mock = outlookMock('compose', { ...facturxItem(), conversationId: 'AAQk-conv-1' });
    mock.compose.subject = 'RE: Votre facture FA-2017-0010';
    mock.compose.to = ['Alexandre.Payet@majolieboutique.net'];
    mock.compose.inserted.push('> Veuillez trouver ci-joint notre facture.');
    const state = await createOfficeHost(mock.office).readCompose();
    expect(state).toEqual({
      subject: 'RE: Votre facture FA-2017-0010',
      to: [{ name: '', address: 'alexandre.payet@majolieboutique.net' }],
      cc: [],
      conversationId: 'AAQk-conv-1',
      text: '> Veuillez trouver ci-joint notre facture.',
      attachments: [],
    });
    mock.compose.attachments.push('Facture_FR_EN16931.pdf');
    expect((await createOfficeHost(mock.office).readCompose()).attachments).toEqual(['Facture_FR_EN16931.pdf']);
  });

  it('a failed insertion is an OfficeCallError and inserts nothing else', async () => {
    const mock = outlookMock('compose', null, { failures: { 'item.body.setSelectedDataAsync': { code: 9030, message: 'The item is read-only' } } });
    await expect(createOfficeHost(mock.office).insertDraft(insert)).rejects.toMatchObject({ call: 'item.body.setSelectedDataAsync', code: 9030 });
    expect(mock.named('item.subject.setAsync')).toHaveLength(0);
    expect(mock.named('item.addFileAttachmentFromBase64Async')).toHaveLength(0);
  });
});

describe('info bar (notificationMessages.replaceAsync)', () => {
  it('shows an informational message with the manifest icon, replacing the previous one with the same key', async () => {
    const mock = outlookMock('read', facturxItem());
    await createOfficeHost(mock.office).notify('relance-next', 'Relance ferme prévue le 04/12');
    expect(mock.named('item.notificationMessages.replaceAsync')[0]!.args).toEqual([
      'relance-next',
      { type: 'informationalMessage', message: 'Relance ferme prévue le 04/12', icon: 'Icon.16x16', persistent: false },
    ]);
  });

  it('shows the bar without the icon when Outlook refuses the icon, and reports a refusal of both', async () => {
    const mock = outlookMock('read', facturxItem());
    let first = true;
    const it0 = (mock.office.context.mailbox.item as unknown as { notificationMessages: { replaceAsync: (...a: unknown[]) => void } }).notificationMessages;
    const original = it0.replaceAsync;
    it0.replaceAsync = (...args: unknown[]) => {
      if (first) {
        first = false;
        const cb = args.at(-1) as (r: unknown) => void;
        mock.calls.push({ name: 'refused', args: args.slice(0, -1) });
        return cb({ status: 'failed', error: { code: 9000, message: 'Invalid icon' } });
      }
      return original(...args);
    };
    await createOfficeHost(mock.office).notify('k', 'Relance ferme prévue le 04/12');
    expect(mock.named('item.notificationMessages.replaceAsync')[0]!.args).toEqual(['k', { type: 'informationalMessage', message: 'Relance ferme prévue le 04/12', persistent: false }]);
    const refused = outlookMock('read', facturxItem(), { failures: { 'item.notificationMessages.replaceAsync': { code: 9000, message: 'Mailbox busy' } } });
    await expect(createOfficeHost(refused.office).notify('k', 'x')).rejects.toMatchObject({ call: 'item.notificationMessages.replaceAsync', code: 9000 });
  });

  it('cuts a long message to Office’s 150 characters and shows errors as error bars', async () => {
    const mock = outlookMock('read', facturxItem());
    const host = createOfficeHost(mock.office);
    await host.notify('k', 'x'.repeat(200));
    expect((mock.named('item.notificationMessages.replaceAsync')[0]!.args[1] as { message: string }).message).toHaveLength(150);
    await host.notify('k', 'Impossible de lire la facture', 'error');
    expect(mock.named('item.notificationMessages.replaceAsync')[1]!.args[1]).toEqual({ type: 'errorMessage', message: 'Impossible de lire la facture' });
    await host.clearNotification('k');
    expect(mock.named('item.notificationMessages.removeAsync')[0]!.args).toEqual(['k']);
  });
});

describe('invoice category (masterCategories, item.categories)', () => {
  it('creates the category in the master list when missing, then puts it on the message', async () => {
    const mock = outlookMock('read', facturxItem());
    await createOfficeHost(mock.office).markInvoice();
    expect(mock.named('mailbox.masterCategories.addAsync')[0]!.args).toEqual([[{ displayName: 'Relance · facture', color: 'Preset1' }]]);
    expect(mock.named('item.categories.addAsync')[0]!.args).toEqual([['Relance · facture']]);
    expect(mock.itemCategories).toEqual([{ ...INVOICE_CATEGORY }]);
  });

  it('adds nothing twice', async () => {
    const mock = outlookMock('read', facturxItem(), { masterCategories: [{ ...INVOICE_CATEGORY }], itemCategories: [{ ...INVOICE_CATEGORY }] });
    await createOfficeHost(mock.office).markInvoice();
    expect(mock.named('mailbox.masterCategories.addAsync')).toHaveLength(0);
    expect(mock.named('item.categories.addAsync')).toHaveLength(0);
  });

  it('a refused category is an OfficeCallError', async () => {
    const mock = outlookMock('read', facturxItem(), { failures: { 'mailbox.masterCategories.getAsync': { code: 5000, message: 'Access denied' } } });
    await expect(createOfficeHost(mock.office).markInvoice()).rejects.toMatchObject({ call: 'mailbox.masterCategories.getAsync', code: 5000 });
  });
});

describe('pinned pane: ItemChanged (mailbox.addHandlerAsync)', () => {
  it('registers for the selection change and removes the handler', async () => {
    const mock = outlookMock('read', facturxItem());
    let changed = 0;
    const remove = await createOfficeHost(mock.office).onItemChanged(() => changed++);
    expect(mock.named('mailbox.addHandlerAsync')[0]!.args[0]).toBe('olkItemSelectedChanged');
    mock.handlers.get('olkItemSelectedChanged')!();
    expect(changed).toBe(1);
    await remove();
    expect(mock.handlers.size).toBe(0);
  });
});
