import { describe, expect, it } from 'vitest';
import { createGmailHost } from '../../extension/gmail/gmail-host';
import { readGmailThread } from '../../extension/gmail/read-thread';
import { parseGmailDate } from '../../extension/gmail/gmail-date';
import { scanThreads } from '../../shared/core/scan/scan-mailbox';
import { FakeInboxSdk, FakeThreadRowView } from './fake-inboxsdk';
import { rouxThread } from './roux-thread';

describe('Gmail dates as the message tooltip writes them', () => {
  it('reads English and French forms, keeping the calendar date as shown', () => {
    expect(parseGmailDate('Tue, Sep 15, 2026, 9:12 AM')?.calendarDate).toBe('2026-09-15');
    expect(parseGmailDate('ven. 30 oct. 2026, 14:05')?.calendarDate).toBe('2026-10-30');
    expect(parseGmailDate('30 Oct 2026, 23:55')?.calendarDate).toBe('2026-10-30');
    const pm = parseGmailDate('Tue, Sep 15, 2026, 9:12 PM')!;
    expect(new Date(pm.instant).getHours()).toBe(21);
    expect(parseGmailDate('')).toBeNull();
    expect(parseGmailDate('yesterday')).toBeNull();
  });
});

describe('reading a Gmail conversation into the core model', () => {
  it('gives the core every message with sender, recipients, body, date and lazy attachments', async () => {
    const thread = rouxThread();
    const fetched: string[] = [];
    const mail = await readGmailThread(thread as never, async (url) => {
      fetched.push(url);
      return thread.bytesOf(url)!;
    });
    expect(mail.id).toBe('18f0a1');
    expect(mail.messages).toHaveLength(2);
    const [invoice, reply] = mail.messages;
    expect(invoice!.from).toEqual({ name: 'Claire Lambert', address: 'claire@menuiserie-lambert.fr' });
    expect(invoice!.to).toEqual([{ name: 'Jean Roux', address: 'jean@roux-batiment.fr' }]);
    expect(invoice!.calendarDate).toBe('2026-09-15');
    expect(invoice!.text).toContain('ML-2026-0412');
    expect(invoice!.hostThreadId).toBe('18f0a1');
    expect(reply!.subject).toBe('Re: Facture n° ML-2026-0412');
    expect(reply!.inReplyTo).toBe(invoice!.messageId);
    expect(invoice!.attachments[0]).toMatchObject({ filename: 'Facture_ML-2026-0412.pdf', mimeType: 'application/pdf', inline: false });
    expect(fetched).toEqual([]);
    const bytes = await invoice!.attachments[0]!.loadBytes();
    expect(new TextDecoder().decode(bytes)).toContain('%PDF');
    expect(fetched).toHaveLength(1);
  });

  it('the core scans what the adapter read: the invoice, its amount and due date', async () => {
    const thread = rouxThread();
    const mail = await readGmailThread(thread as never, async (url) => thread.bytesOf(url)!);
    const [r] = await scanThreads([mail], { me: ['menuiserie-lambert.fr'], today: '2026-11-23' });
    expect(r).toMatchObject({ invoiceNumber: 'ML-2026-0412', amount: 4380, currency: 'EUR', dueDate: '2026-10-15', debtorEmail: 'jean@roux-batiment.fr', status: 'open', nextStage: 'courteous' });
  });
});

describe('the Gmail host over InboxSDK', () => {
  const host = () => {
    const fake = new FakeInboxSdk();
    const h = createGmailHost(fake.sdk, { fetchBytes: async () => new Uint8Array([1, 2, 3]) });
    return { fake, h };
  };

  it('gives rows their summary (subject, snippet, sender) and adds one label per row', async () => {
    const { fake, h } = host();
    const seen: unknown[] = [];
    h.onThreadRow((row) => {
      seen.push(row.summary());
      row.setLabel({ text: '4 380 € · Impayée · J+39', foreground: '#fff', background: '#c00' });
      row.setLabel({ text: 'again', foreground: '#fff', background: '#c00' });
    });
    const row = new FakeThreadRowView({ threadId: 't1', subject: 'Facture ML-2026-0412', snippet: 'Veuillez trouver ci-joint', sender: { name: 'moi', emailAddress: 'claire@menuiserie-lambert.fr' } });
    fake.drawRow(row);
    expect(seen).toEqual([{ subject: 'Facture ML-2026-0412', snippet: 'Veuillez trouver ci-joint', sender: 'moi <claire@menuiserie-lambert.fr>', date: '12 nov.' }]);
    expect(row.labels).toEqual([{ title: '4 380 € · Impayée · J+39', foregroundColor: '#fff', backgroundColor: '#c00', maxWidth: '240px' }]);
  });

  it('puts buttons in the thread toolbar and the message menu, and resolves the thread they were clicked in', async () => {
    const { fake, h } = host();
    const clicked: string[] = [];
    h.addThreadButton({ title: 'Relancer', iconUrl: 'icon.png', onClick: (t) => void t.threadId().then((id) => clicked.push(`toolbar:${id}`)) });
    h.addMessageButton({ title: 'Relancer', onClick: (t) => void t.threadId().then((id) => clicked.push(`message:${id}`)) });
    const thread = rouxThread();
    fake.openThread(thread);
    fake.clickThreadButton('Relancer', thread);
    thread.messages[1]!.buttons[0]!.onClick({} as MouseEvent);
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.threadButtons[0]).toMatchObject({ positions: ['THREAD'], title: 'Relancer' });
    expect(thread.messages[0]!.buttons[0]).toMatchObject({ section: 'MORE', title: 'Relancer' });
    expect(clicked.sort()).toEqual(['message:18f0a1', 'toolbar:18f0a1']);
  });

  it("opens Gmail's own reply in the conversation (its Reply button), fills it and keeps the thread's subject", async () => {
    const { fake, h } = host();
    const thread = rouxThread();
    let opened: import('../../extension/host').HostThread | null = null;
    h.onThreadView((t) => { opened = t; });
    fake.openThread(thread);
    const compose = await h.openReply(opened!, {
      to: ['jean@roux-batiment.fr'],
      cc: ['compta@roux-batiment.fr'],
      subject: 'Relance : facture ML-2026-0412',
      html: '<p>Bonjour</p>',
      attachments: [{ filename: 'Facture_ML-2026-0412.pdf', bytes: new Uint8Array([37, 80, 68, 70]), mimeType: 'application/pdf' }],
    });
    expect(compose.isReply).toBe(true);
    const view = fake.composes[0]!;
    expect(view.isReply()).toBe(true);
    expect(view).toMatchObject({ to: ['jean@roux-batiment.fr'], cc: ['compta@roux-batiment.fr'], subject: 'Re: Facture n° ML-2026-0412', html: '<p>Bonjour</p>' });
    expect(view.files.map((f) => f.name)).toEqual(['Facture_ML-2026-0412.pdf']);
  });

  it('when Gmail shows no Reply button Relance knows, a new message with the draft opens instead', async () => {
    const { fake, h } = host();
    const thread = rouxThread({ replyLabel: '' });
    let opened: import('../../extension/host').HostThread | null = null;
    h.onThreadView((t) => { opened = t; });
    fake.openThread(thread);
    const compose = await h.openReply(opened!, {
      to: ['jean@roux-batiment.fr'],
      cc: [],
      subject: 'Relance : facture ML-2026-0412',
      html: '<p>Bonjour</p>',
      attachments: [{ filename: 'Facture_ML-2026-0412.pdf', bytes: new Uint8Array([37, 80, 68, 70]), mimeType: 'application/pdf' }],
    });
    expect(compose.isReply).toBe(false);
    const view = fake.composes[0]!;
    expect(view).toMatchObject({ to: ['jean@roux-batiment.fr'], subject: 'Relance : facture ML-2026-0412', html: '<p>Bonjour</p>' });
    expect(view.files.map((f) => [f.name, f.type, f.size])).toEqual([['Facture_ML-2026-0412.pdf', 'application/pdf', 4]]);
    const sent = new Promise<string | null>((resolve) => compose.onSent(({ threadId }) => resolve(threadId)));
    view.send('18f0a1');
    expect(await sent).toBe('18f0a1');
  });

  it('adds a sidebar panel to the thread and removes it', async () => {
    const { fake, h } = host();
    const thread = rouxThread();
    h.onThreadView((t) => {
      const p = t.addPanel({ title: 'Relance', iconUrl: 'i.png', el: {} as HTMLElement });
      p.remove();
    });
    fake.openThread(thread);
    expect(thread.panels.map((p) => p.title)).toEqual(['Relance']);
    expect(thread.removedPanels).toBe(1);
  });
});
