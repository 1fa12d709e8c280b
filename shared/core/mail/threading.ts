import type { MailMessage, MailThread } from './model';
import { hasReplyPrefix, stripReplyPrefixes } from './subject';

/** Subject as threads compare it: without reply/forward prefixes, lower case, spaces collapsed. */
export function normalizeSubject(subject: string): string {
  return stripReplyPrefixes(subject).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Union-find over small integers: one per Message-ID and per host thread id, given as they come. */
class UnionFind {
  private parent: number[] = [];
  private readonly ids = new Map<string, number>();
  private readonly hosts = new Map<string, number>();
  private add(): number {
    const n = this.parent.length;
    this.parent.push(n);
    return n;
  }
  get size(): number {
    return this.parent.length;
  }
  /** The node of a Message-ID already met, without adding one. */
  nodeOf(messageId: string): number | undefined {
    return this.ids.get(messageId);
  }
  /** The node of a Message-ID (`host` false) or of a host thread id. */
  node(key: string, host = false): number {
    const map = host ? this.hosts : this.ids;
    let n = map.get(key);
    if (n === undefined) {
      n = this.add();
      map.set(key, n);
    }
    return n;
  }
  find(x: number): number {
    const parent = this.parent;
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    // Path compression keeps later look-ups flat.
    while (parent[x] !== root) {
      const next = parent[x]!;
      parent[x] = root;
      x = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[rb] = ra;
  }
}

function participants(m: MailMessage): Set<string> {
  const set = new Set<string>();
  for (const a of [m.from, m.sender, ...m.to, ...m.cc, ...m.replyTo]) if (a) set.add(a.address);
  return set;
}

/** The same message met twice (an mbox holding it twice): same sender, date and subject. */
function isSameMessage(a: MailMessage, b: MailMessage): boolean {
  return a.date === b.date && a.from?.address === b.from?.address && a.subject === b.subject;
}

function byDate(a: MailMessage, b: MailMessage): number {
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}

/**
 * Groups messages into conversations: by the host's thread id when it has one, else by Message-ID,
 * In-Reply-To and References; then conversations that share a normalized subject AND two participants
 * are merged (clients who reply without the headers), so two "Invoice" mails to different clients stay apart.
 */
export function threadMessages(messages: readonly MailMessage[]): MailThread[] {
  const uf = new UnionFind();
  // The message each Message-ID's node was first given to: another message reusing that ID (a sender's broken
  // generator) is a message of its own, not a copy of the first.
  const firstOfNode = new Map<number, MailMessage>();
  const nodeOf = messages.map((m, i) => {
    let id = uf.node(m.messageId);
    const first = firstOfNode.get(id);
    if (!first) firstOfNode.set(id, m);
    else if (!isSameMessage(first, m)) id = uf.node(`${m.messageId}\u0000${i}`);
    if (m.hostThreadId) uf.union(uf.node(m.hostThreadId, true), id);
    else {
      if (m.inReplyTo) uf.union(uf.node(m.inReplyTo), id);
      for (const ref of m.references) uf.union(uf.node(ref), id);
    }
    return id;
  });
  // Merge by subject among groups with a common participant. A group's participants are gathered only
  // when a reply looks for its conversation: most messages are never answered.
  const bySubject = new Map<string, { root: number; first: MailMessage; people: Set<string> | null }[]>();
  // Look-ups by Message-ID are what threading costs: what is known of a message is kept by its node (a small
  // integer) instead. The nodes of the mailbox's messages (the others are ids only referred to):
  const isMessage = new Uint8Array(uf.size);
  for (const n of nodeOf) isMessage[n] = 1;
  const isKnown = (id: string) => isMessage[uf.nodeOf(id) ?? -1] === 1;
  // Only a reply joins by subject (as in JWZ threading): notifications that repeat a subject are not a
  // conversation. A reply whose parent is missing from the mailbox counts too.
  // A reply whose parent is in the mailbox is already in its thread.
  const isReply = (m: MailMessage) =>
    (m.inReplyTo !== null || hasReplyPrefix(m.subject)) && !(m.inReplyTo !== null && isKnown(m.inReplyTo)) && !m.references.some(isKnown);
  // Only the subjects such replies bear can join conversations: the other messages need no pass by date.
  const replySubjects = new Set<string>();
  for (const m of messages) if (!m.hostThreadId && isReply(m)) replySubjects.add(normalizeSubject(m.subject));
  const subjects = replySubjects.size === 0 ? [] : messages.map((m) => (m.hostThreadId ? '' : normalizeSubject(m.subject)));
  const order = subjects
    .map((subject, i) => (subject.length >= 3 && replySubjects.has(subject) ? i : -1))
    .filter((i) => i >= 0)
    .sort((a, b) => byDate(messages[a]!, messages[b]!) || a - b);
  for (const i of order) {
    const m = messages[i]!;
    const subject = subjects[i]!;
    const root = uf.find(nodeOf[i]!);
    const groups = bySubject.get(subject);
    // Two shared addresses: the user alone is in every conversation, the client tells them apart.
    let match: { root: number; first: MailMessage; people: Set<string> | null } | undefined;
    let people: Set<string> | null = null;
    if (groups && isReply(m)) {
      people = participants(m);
      const mine = [...people];
      match = groups.find((g) => {
        const theirs = (g.people ??= participants(g.first));
        return mine.filter((p) => theirs.has(p)).length >= 2;
      });
    }
    if (match) {
      uf.union(match.root, root);
      for (const p of people!) match.people!.add(p);
    } else {
      const group = { root, first: m, people };
      if (groups) groups.push(group);
      else bySubject.set(subject, [group]);
    }
  }
  // Each root's messages, roots in the order their first message comes. Two messages with one Message-ID
  // share their node (see isSameMessage).
  const byRoot: (MailMessage[] | undefined)[] = new Array(uf.size);
  const lists: MailMessage[][] = [];
  const seen = new Uint8Array(uf.size);
  messages.forEach((m, i) => {
    const node = nodeOf[i]!;
    if (seen[node]) return; // the same message twice in a mailbox is one message
    seen[node] = 1;
    const root = uf.find(node);
    const list = byRoot[root];
    if (list) list.push(m);
    else lists.push((byRoot[root] = [m]));
  });
  return lists.map((list) => {
    const sorted = list.length > 1 ? [...list].sort(byDate) : list;
    return { id: sorted[0]!.messageId, messages: sorted };
  });
}
