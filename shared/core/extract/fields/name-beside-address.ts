/**
 * The name written with an e-mail address in a text: "… the invoice you sent to Marlow & Hayes LLP
 * (accounts@marlowhayes.co.uk)", "envoyée à Librairie Mercier <compta@mercier.fr>". An invoicing platform's
 * copy to the user names the client this way, and its recipient is the user, not the client.
 */

/** Words that lead to the name ("sent to", "envoyée à", "gesendet an", "inviata a", "enviada a", "verzonden naar"). */
const LEAD = /(?:^|[\s:])(?:to|for|à|a|an|naar|aan|pour|für|per|para|client|customer|kunde|cliente|klant)\s*:?(?:\s+|$)/giu;

/** "accounts@client.example (Client Ltd)": the name in brackets after the address. */
const NAME_AFTER = /^\s{0,2}\(([^()\n@]{2,80})\)/;

/** The name beside `address`: in brackets after it, or before it with the address in brackets; else null. */
export function nameBesideAddress(text: string, address: string): string | null {
  const at = text.search(new RegExp(address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'));
  if (at < 0) return null;
  const after = NAME_AFTER.exec(text.slice(at + address.length, at + address.length + 90));
  if (after) return asName(after[1]!);
  const opening = text.slice(Math.max(0, at - 2), at).trimEnd();
  if (!opening.endsWith('(') && !opening.endsWith('<')) return null;
  // The words of the same line before the bracket, after the last word that leads to a name.
  const line = text.slice(Math.max(0, text.lastIndexOf('\n', at) + 1, at - 120), at).replace(/\s*[(<]\s*$/, '');
  let start = 0;
  for (const m of line.matchAll(LEAD)) start = m.index + m[0].length;
  return asName(line.slice(start));
}

/** A name: a few words starting with a capital or a digit, no address. */
function asName(text: string): string | null {
  const name = text.trim().replace(/^["'«“]|["'»”]$/g, '');
  const words = name.split(/\s+/).length;
  return name.length >= 2 && name.length <= 80 && words <= 8 && /^\p{Lu}|^\d/u.test(name) && !/@/.test(name) ? name : null;
}
