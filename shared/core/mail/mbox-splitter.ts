import { MESSAGE_BUDGET } from './budget';

/**
 * Splits an mbox into messages as its bytes arrive, so a file of any size is read in constant memory.
 * A line starting with "From " opens a message (mboxo and mboxrd alike); inside a message, mboxrd's
 * quoted ">From " lines lose one ">". Works on bytes: bodies may be in any charset.
 *
 * A message is kept up to `maxMessageBytes` and a little more (lines included whole up to that size): one
 * over it is handed on cut, over the budget, so that its reader keeps its headers only (see mail/budget).
 * Memory stays bounded whatever a hostile mbox holds, a line of a gigabyte included.
 */
const LF = 0x0a;
const CR = 0x0d;
const GT = 0x3e;
const FROM = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "

function startsWithFrom(bytes: Uint8Array, at: number): boolean {
  for (let i = 0; i < FROM.length; i++) if (bytes[at + i] !== FROM[i]) return false;
  return true;
}

/** ">From ", ">>From "…: an mboxrd-quoted From line. */
function isQuotedFrom(line: Uint8Array): boolean {
  let i = 0;
  while (i < line.length && line[i] === GT) i++;
  return i > 0 && startsWithFrom(line, i);
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export class MboxSplitter {
  /** Pieces of an incomplete last line (at most `maxMessageBytes + 1` bytes of it), kept until its end arrives. */
  private pending: Uint8Array[] = [];
  private pendingSize = 0;
  private lines: Uint8Array[] = [];
  private size = 0;
  private started = false;

  constructor(private readonly maxMessageBytes: number = MESSAGE_BUDGET.maxBytes) {}

  push(chunk: Uint8Array): Uint8Array[] {
    const done: Uint8Array[] = [];
    let start = 0;
    for (let nl = chunk.indexOf(LF, start); nl >= 0; nl = chunk.indexOf(LF, start)) {
      const piece = chunk.subarray(start, nl + 1);
      this.line(this.pending.length ? this.takePending(piece) : piece, done);
      start = nl + 1;
    }
    // Lines keep views into the chunks: callers hand over fresh chunks (as Node streams and fetch do).
    // A line's pieces are joined once, when it ends: joining at every chunk made a long line quadratic.
    if (start < chunk.length) this.keepPending(chunk.slice(start));
    return done;
  }

  end(): Uint8Array[] {
    const done: Uint8Array[] = [];
    if (this.pending.length) this.line(this.takePending(new Uint8Array(0)), done);
    this.flush(done);
    return done;
  }

  private keepPending(piece: Uint8Array): void {
    const room = this.maxMessageBytes + 1 - this.pendingSize;
    if (room > 0) {
      const kept = piece.length > room ? piece.subarray(0, room) : piece;
      this.pending.push(kept);
      this.pendingSize += kept.length;
    }
  }

  private takePending(last: Uint8Array): Uint8Array {
    this.keepPending(last);
    const line = concat(this.pending, this.pendingSize);
    this.pending = [];
    this.pendingSize = 0;
    return line;
  }

  private line(line: Uint8Array, done: Uint8Array[]): void {
    if (startsWithFrom(line, 0)) {
      this.flush(done);
      this.started = true;
      return;
    }
    if (!this.started) {
      // Text before the first separator: a lone message without "From " line still counts.
      if (line.length === 0 || (line.length <= 2 && (line[0] === LF || line[0] === CR))) return;
      this.started = true;
    }
    // Past the budget the message is read for its headers only: the rest need not be kept.
    if (this.size > this.maxMessageBytes) return;
    const unquoted = isQuotedFrom(line) ? line.subarray(1) : line;
    this.lines.push(unquoted);
    this.size += unquoted.length;
  }

  private flush(done: Uint8Array[]): void {
    if (!this.started || this.lines.length === 0) {
      this.lines = [];
      this.size = 0;
      return;
    }
    // The blank line that separates messages belongs to the mbox, not to the message.
    let total = this.size;
    const last = this.lines[this.lines.length - 1]!;
    if (last.length === 1 && last[0] === LF) total -= this.lines.pop()!.length;
    else if (last.length === 2 && last[0] === CR && last[1] === LF) total -= this.lines.pop()!.length;
    if (this.lines.length > 0) done.push(concat(this.lines, total));
    this.lines = [];
    this.size = 0;
  }
}
