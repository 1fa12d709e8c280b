/**
 * A function of one text that remembers what it gave for the last texts it read: a scan reads the same texts
 * again and again (a message's body by the detection, fields and status readers, an invoice's subject in each
 * reminder). The engine keeps a string's hash once computed, so a look-up costs little beside the work it spares.
 * The oldest text read is forgotten first; results must never be changed by their callers.
 */
export function rememberRecent<T>(size: number, compute: (text: string) => T): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    const known = recent.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    if (recent.size >= size) recent.delete(recent.keys().next().value!);
    recent.set(text, value);
    return value;
  };
}
