/**
 * Domains of public mailbox providers: two people writing from one of them are not one company, so an
 * address there stands only for itself (a client writing from gmail.com is that address, not the domain).
 */
const WEBMAIL = /^(?:gmail\.com|googlemail\.com|(?:outlook|hotmail|live|msn)\.[a-z.]+|yahoo\.[a-z.]+|ymail\.com|icloud\.com|me\.com|mac\.com|aol\.com|proton(?:mail)?\.(?:com|me)|pm\.me|gmx\.[a-z.]+|web\.de|t-online\.de|freenet\.de|orange\.fr|wanadoo\.fr|free\.fr|sfr\.fr|neuf\.fr|laposte\.net|bbox\.fr|numericable\.fr|libero\.it|virgilio\.it|tiscali\.it|alice\.it|telefonica\.net|terra\.es|skynet\.be|telenet\.be|hetnet\.nl|ziggo\.nl|kpnmail\.nl|bluewin\.ch|btinternet\.com|sky\.com|zoho\.com|mail\.com|yandex\.[a-z]+|qq\.com|163\.com)$/;

export function isWebmailDomain(domain: string): boolean {
  return WEBMAIL.test(domain.toLowerCase());
}

/** Whether `address` writes for the same party as `party`: the same address, or the same company domain. */
export function sameParty(address: string, party: string): boolean {
  const a = address.toLowerCase();
  const p = party.toLowerCase();
  if (a === p) return true;
  const domain = p.split('@')[1];
  return !!domain && !isWebmailDomain(domain) && a.endsWith(`@${domain}`);
}
