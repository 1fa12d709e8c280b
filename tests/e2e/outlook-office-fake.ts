/**
 * A scripted `Office` global for the built task pane in a real browser, injected before the page loads
 * (page.addInitScript). It answers like Office.js — `*Async` methods call back later with
 * { status, value, error } — and records every call in `window.__office.calls` for the test to read.
 * `installOfficeFake` runs in the page: it must not use anything from this module's scope.
 */

export interface FakeAttachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  isInline: boolean;
  attachmentType: 'file' | 'item' | 'cloud';
  content: { format: 'base64' | 'url' | 'eml' | 'iCalendar'; content: string };
}

export interface FakeItem {
  itemId: string;
  internetMessageId: string;
  conversationId: string;
  subject: string;
  from: { displayName: string; emailAddress: string };
  to: { displayName: string; emailAddress: string }[];
  cc: { displayName: string; emailAddress: string }[];
  dateTimeCreated: string;
  text: string;
  html: string;
  headers: string;
  attachments: FakeAttachment[];
}

export interface FakeSpec {
  mode: 'read' | 'compose' | 'none';
  item: FakeItem | null;
  user: { emailAddress: string; displayName: string };
  displayLanguage: string;
  maxVersion: string;
  /** Calls that fail (name → Office error); the test may change it later through window.__office.failures. */
  failures: Record<string, { code: number; message: string }>;
}

export interface RecordedCall {
  name: string;
  args: unknown[];
}

export function installOfficeFake(spec: FakeSpec): void {
  // Chromium may run an init script twice on one window (a document that reuses the window of the
  // initial about:blank one): the first fake stays, its records intact.
  if ('Office' in window) return;
  const calls: RecordedCall[] = [];
  const failures: Record<string, { code: number; message: string }> = { ...spec.failures };
  const master: { displayName: string; color: string }[] = [];
  const itemCategories: { displayName: string; color: string }[] = [];
  const handlers: Record<string, () => void> = {};
  const associated: Record<string, (event: { completed(): void }) => unknown> = {};
  const compose = { subject: '', to: [] as string[], cc: [] as string[], inserted: [] as string[], attachments: [] as string[] };

  const clone = (x: unknown) => JSON.parse(JSON.stringify(x ?? null)) as unknown;
  function asyncMethod(name: string, value: (args: unknown[]) => unknown = () => undefined) {
    return (...args: unknown[]) => {
      const callback = [...args].reverse().find((a) => typeof a === 'function') as ((r: unknown) => void) | undefined;
      const given = args.filter((a) => typeof a !== 'function' || name === 'mailbox.addHandlerAsync');
      calls.push({ name, args: clone(given.filter((a) => typeof a !== 'function')) as unknown[] });
      setTimeout(() => {
        const failure = failures[name];
        if (failure) callback?.({ status: 'failed', value: undefined, error: { ...failure, name: 'Error' } });
        else callback?.({ status: 'succeeded', value: value(given) });
      }, 5);
    };
  }
  const versionAtMost = (v: string, max: string) => {
    const [a1, a2] = v.split('.').map(Number);
    const [b1, b2] = max.split('.').map(Number);
    return a1! < b1! || (a1 === b1 && a2! <= b2!);
  };

  const notificationMessages = {
    replaceAsync: asyncMethod('item.notificationMessages.replaceAsync'),
    removeAsync: asyncMethod('item.notificationMessages.removeAsync'),
  };
  function readItem(it: FakeItem): Record<string, unknown> {
    return {
      itemId: it.itemId,
      internetMessageId: it.internetMessageId,
      conversationId: it.conversationId,
      subject: it.subject,
      from: it.from,
      sender: it.from,
      to: it.to,
      cc: it.cc,
      dateTimeCreated: new Date(it.dateTimeCreated),
      attachments: it.attachments.map((a) => ({ id: a.id, name: a.name, contentType: a.contentType, size: a.size, isInline: a.isInline, attachmentType: a.attachmentType })),
      body: { getAsync: asyncMethod('item.body.getAsync', ([type]) => (type === 'html' ? it.html : it.text)) },
      getAllInternetHeadersAsync: asyncMethod('item.getAllInternetHeadersAsync', () => it.headers),
      getAttachmentContentAsync: asyncMethod('item.getAttachmentContentAsync', ([id]) => it.attachments.find((a) => a.id === id)?.content),
      displayReplyFormAsync: asyncMethod('item.displayReplyFormAsync'),
      displayReplyAllFormAsync: asyncMethod('item.displayReplyAllFormAsync'),
      displayReplyForm: (form: unknown) => calls.push({ name: 'item.displayReplyForm', args: [clone(form)] }),
      displayReplyAllForm: (form: unknown) => calls.push({ name: 'item.displayReplyAllForm', args: [clone(form)] }),
      notificationMessages,
      categories: {
        getAsync: asyncMethod('item.categories.getAsync', () => itemCategories.slice()),
        addAsync: asyncMethod('item.categories.addAsync', ([names]) => {
          for (const n of names as string[]) itemCategories.push({ displayName: n, color: 'Preset1' });
        }),
      },
    };
  }
  function composeItem(conversationId: string): Record<string, unknown> {
    return {
      itemId: '',
      conversationId,
      subject: {
        getAsync: asyncMethod('item.subject.getAsync', () => compose.subject),
        setAsync: asyncMethod('item.subject.setAsync', ([s]) => void (compose.subject = s as string)),
      },
      to: {
        getAsync: asyncMethod('item.to.getAsync', () => compose.to.map((a) => ({ emailAddress: a, displayName: '' }))),
        setAsync: asyncMethod('item.to.setAsync', ([l]) => void (compose.to = l as string[])),
      },
      cc: {
        getAsync: asyncMethod('item.cc.getAsync', () => compose.cc.map((a) => ({ emailAddress: a, displayName: '' }))),
        setAsync: asyncMethod('item.cc.setAsync', ([l]) => void (compose.cc = l as string[])),
      },
      body: {
        getAsync: asyncMethod('item.body.getAsync', () => compose.inserted.join('\n')),
        getTypeAsync: asyncMethod('item.body.getTypeAsync', () => 'html'),
        setSelectedDataAsync: asyncMethod('item.body.setSelectedDataAsync', ([d]) => void compose.inserted.push(d as string)),
      },
      getAttachmentsAsync: asyncMethod('item.getAttachmentsAsync', () => compose.attachments.map((name, i) => ({ id: `att-${i}`, name, isInline: false }))),
      addFileAttachmentFromBase64Async: asyncMethod('item.addFileAttachmentFromBase64Async', ([, name]) => {
        compose.attachments.push(name as string);
        return `att-${compose.attachments.length}`;
      }),
      notificationMessages,
    };
  }
  const item = spec.mode === 'read' && spec.item ? readItem(spec.item) : spec.mode === 'compose' ? composeItem(spec.item?.conversationId ?? '') : null;

  const office = {
    onReady(callback?: (info: unknown) => void) {
      const info = { host: 'Outlook', platform: 'OfficeOnline' };
      return new Promise((resolve) =>
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 10),
      );
    },
    actions: {
      associate: (name: string, handler: (event: { completed(): void }) => unknown) => {
        calls.push({ name: 'actions.associate', args: [name] });
        associated[name] = handler;
      },
    },
    context: {
      displayLanguage: spec.displayLanguage,
      requirements: { isSetSupported: (name: string, version: string) => name === 'Mailbox' && versionAtMost(version, spec.maxVersion) },
      mailbox: {
        item: item as Record<string, unknown> | null,
        userProfile: spec.user,
        masterCategories: {
          getAsync: asyncMethod('mailbox.masterCategories.getAsync', () => master.slice()),
          addAsync: asyncMethod('mailbox.masterCategories.addAsync', ([list]) => void master.push(...(list as typeof master))),
        },
        addHandlerAsync: asyncMethod('mailbox.addHandlerAsync', ([type, handler]) => void (handlers[type as string] = handler as () => void)),
        removeHandlerAsync: asyncMethod('mailbox.removeHandlerAsync', ([type]) => void delete handlers[type as string]),
        displayNewMessageFormAsync: asyncMethod('mailbox.displayNewMessageFormAsync'),
        displayMessageFormAsync: asyncMethod('mailbox.displayMessageFormAsync'),
      },
    },
  };
  Object.defineProperty(window, 'Office', { value: office, writable: false, configurable: false });
  /** The user selects another message (or none) while the pane is pinned: Outlook fires ItemChanged. */
  function select(next: FakeItem | null) {
    office.context.mailbox.item = next ? readItem(next) : null;
    itemCategories.length = 0;
    handlers['olkItemSelectedChanged']?.();
  }
  /** The user clicks a function command's button: Office calls the associated function with an event. */
  function run(name: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const handler = associated[name];
      if (!handler) return reject(new Error(`no function associated with ${name}`));
      handler({
        completed() {
          calls.push({ name: 'event.completed', args: [name] });
          resolve();
        },
      });
    });
  }
  (window as unknown as { __office: unknown }).__office = { calls, failures, itemCategories, master, compose, handlers, select, run };
}
