import type { MailMessage, MailThread } from './model';
import { hasReplyPrefix, stripReplyPrefixes } from './subject';

/** Subject as threads compare it: without reply/forward prefixes, lower case, spaces collapsed. */
export function normalizeSubject(subject: string): string {
  return stripReplyPrefixes(subject).toLowerCase().replace(/\s+/g, ' ').trim();
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    // Path compression keeps later look-ups flat.
    for (let cur = x, next = this.parent.get(cur); next !== undefined && next !== root; cur = next, next = this.parent.get(cur)) {
      this.parent.set(cur, root);
    }
    if (!this.parent.has(root)) this.parent.set(root, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

function participants(m: MailMessage): Set<string> {
  const set = new Set<string>();
  for (const a of [m.from, m.sender, ...m.to, ...m.cc, ...m.replyTo]) if (a) set.add(a.address);
  return set;
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
  for (const m of messages) {
    const id = `id:${m.messageId}`;
    uf.find(id);
    if (m.hostThreadId) uf.union(`host:${m.hostThreadId}`, id);
    else {
      if (m.inReplyTo) uf.union(`id:${m.inReplyTo}`, id);
      for (const ref of m.references) uf.union(`id:${ref}`, id);
    }
  }
  // Merge by subject among groups with a common participant.
  const bySubject = new Map<string, { root: string; people: Set<string> }[]>();
  const known = new Set(messages.map((m) => m.messageId));
  for (const m of [...messages].sort(byDate)) {
    if (m.hostThreadId) continue;
    const subject = normalizeSubject(m.subject);
    if (subject.length < 3) continue;
    const root = uf.find(`id:${m.messageId}`);
    const people = participants(m);
    const groups = bySubject.get(subject) ?? [];
    // Only a reply joins by subject (as in JWZ threading): notifications that repeat a subject are not a
    // conversation. A reply whose parent is missing from the mailbox counts too.
    // A reply whose parent is in the mailbox is already in its thread.
    const parentKnown = [m.inReplyTo, ...m.references].some((id) => id !== null && known.has(id));
    const isReply = !parentKnown && (hasReplyPrefix(m.subject) || m.inReplyTo !== null);
    // Two shared addresses: the user alone is in every conversation, the client tells them apart.
    const match = isReply ? groups.find((g) => [...people].filter((p) => g.people.has(p)).length >= 2) : undefined;
    if (match) {
      uf.union(match.root, root);
      for (const p of people) match.people.add(p);
    } else {
      groups.push({ root, people });
      bySubject.set(subject, groups);
    }
  }
  const threads = new Map<string, MailMessage[]>();
  const seen = new Set<string>();
  for (const m of messages) {
    if (seen.has(m.messageId)) continue; // the same message twice in a mailbox is one message
    seen.add(m.messageId);
    const root = uf.find(`id:${m.messageId}`);
    const list = threads.get(root);
    if (list) list.push(m);
    else threads.set(root, [m]);
  }
  return [...threads.values()].map((list) => {
    const sorted = [...list].sort(byDate);
    return { id: sorted[0]!.messageId, messages: sorted };
  });
}
