/**
 * Splits an mbox into messages as its bytes arrive, so a file of any size is read in constant memory.
 * A line starting with "From " opens a message (mboxo and mboxrd alike); inside a message, mboxrd's
 * quoted ">From " lines lose one ">". Works on bytes: bodies may be in any charset.
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
  /** Bytes of an incomplete last line, kept until its end arrives. */
  private pending: Uint8Array = new Uint8Array(0);
  private lines: Uint8Array[] = [];
  private size = 0;
  private started = false;

  push(chunk: Uint8Array): Uint8Array[] {
    const data = this.pending.length ? concat([this.pending, chunk], this.pending.length + chunk.length) : chunk;
    const done: Uint8Array[] = [];
    let start = 0;
    for (let nl = data.indexOf(LF, start); nl >= 0; nl = data.indexOf(LF, start)) {
      this.line(data.subarray(start, nl + 1), done);
      start = nl + 1;
    }
    // Lines keep views into the chunks: callers hand over fresh chunks (as Node streams and fetch do).
    this.pending = data.slice(start);
    return done;
  }

  end(): Uint8Array[] {
    const done: Uint8Array[] = [];
    if (this.pending.length) this.line(this.pending, done);
    this.pending = new Uint8Array(0);
    this.flush(done);
    return done;
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
