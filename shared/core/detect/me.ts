/**
 * Who "me" is: the user's addresses and domains as given to `--me` or set in the host.
 * "atelier-dupont.fr" matches any address at that domain or a subdomain; "me@x.fr" matches that address.
 */
export type MeMatcher = (address: string | null | undefined) => boolean;

export function createMeMatcher(me: readonly string[]): MeMatcher {
  const addresses = new Set<string>();
  const domains: string[] = [];
  for (const entry of me) {
    const value = entry.trim().toLowerCase().replace(/^@/, '');
    if (!value) continue;
    if (value.includes('@')) addresses.add(value);
    else domains.push(value);
  }
  const suffixes = domains.map((d) => `.${d}`);
  // A mailbox names the same few hundred addresses over and over: remember the answers.
  const known = new Map<string, boolean>();
  const decide = (address: string): boolean => {
    const a = address.trim().toLowerCase();
    if (addresses.has(a)) return true;
    const at = a.lastIndexOf('@');
    if (at < 0) return false;
    const domain = a.slice(at + 1);
    return domains.some((d, i) => domain === d || domain.endsWith(suffixes[i]!));
  };
  return (address) => {
    if (!address) return false;
    let answer = known.get(address);
    if (answer === undefined) {
      if (known.size >= 50_000) known.clear();
      answer = decide(address);
      known.set(address, answer);
    }
    return answer;
  };
}
