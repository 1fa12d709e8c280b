/**
 * A function of one text that remembers what it gave for the last texts it read: a scan reads the same texts
 * again and again (a message's body by the detection, fields and status readers, an invoice's subject in each
 * reminder). The engine keeps a string's hash once computed, so a look-up costs little beside the work it spares.
 * The oldest text read is forgotten first; results must never be changed by their callers.
 */
export function rememberRecent<T>(size: number, compute: (text: string) => T): (text: string) => T {
  const recent = new Map<string, T>();
  // The texts remembered, oldest first from `oldest` (a ring): the one to forget is found without asking the map
  // for an iterator, which cost about as much as the look-up itself (a scan forgets a text at most of its misses).
  const order: string[] = [];
  let oldest = 0;
  return (text) => {
    const known = recent.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    if (size < 1) return value;
    if (order.length < size) order.push(text);
    else {
      recent.delete(order[oldest]!);
      order[oldest] = text;
      oldest = (oldest + 1) % size;
    }
    recent.set(text, value);
    return value;
  };
}
