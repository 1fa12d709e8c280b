/**
 * A platform's payout to the user, not the client's terms: "les fonds vous seront versés sous 2 jours ouvrés
 * après réception", "funds are paid out to you within 3 days", "Auszahlung innerhalb von 2 Tagen". The delay
 * it names is the platform's, once the client has paid: it says nothing of when the invoice is due.
 */
const PAYOUT = /(?<![a-z])(?:vous\s+(?:seront|sera|sont|est)\s+(?:\S+\s+)?(?:verse|vire|reverse|transfere)s?|(?:verse|vire|reverse)e?s?\s+sur\s+votre\s+compte|paid\s+out|payouts?|(?:transferred|released|sent)\s+to\s+you|auszahlung\w*|uitbetal\w*|uitgekeerd)(?![a-z])/;

/** Whether the terms whose day count stands at `index` are said of the platform paying the user out. */
export function inPayoutClause(folded: string, index: number): boolean {
  const start = Math.max(0, index - 80);
  const before = folded.slice(start, index);
  // The sentence or line the terms stand in, up to them.
  const sentence = before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('. '), before.lastIndexOf(';')) + 1);
  return PAYOUT.test(sentence);
}
