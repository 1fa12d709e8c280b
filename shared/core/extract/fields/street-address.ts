import { fold } from '../../text/fold';

/**
 * A house number is no invoice number. A letterhead puts the company's address right under the document's
 * title ("FACTURE" / "12 quai de la Fosse"), so a number that begins a street address must not be read as
 * the value of the title above it.
 */

/** Street types written after the house number ("12 rue …", "3 via …", "8 calle …", "14 Kortrijksesteenweg"). */
const TYPE_FIRST = [
  'rue', 'quai', 'avenue', 'av', 'ave', 'bd', 'boulevard', 'blvd', 'chemin', 'ch', 'place', 'pl', 'allee', 'route', 'rte', 'impasse', 'imp',
  'cours', 'square', 'passage', 'voie', 'chaussee', 'faubourg', 'fbg', 'rond-point', 'lieu-dit', 'parvis', 'esplanade', 'promenade', 'sentier',
  'via', 'viale', 'piazza', 'piazzale', 'corso', 'vicolo', 'largo', 'contrada', 'strada', 'localita',
  'calle', 'avenida', 'avda', 'plaza', 'paseo', 'camino', 'carretera', 'ronda', 'travesia', 'rambla', 'carrer', 'rua',
];
/** Street types that end the street's name ("12 High Street", "4 Harbourside Road", "5 Mühlweg", "7 Dorpstraat"). */
const TYPE_LAST = [
  'street', 'st', 'road', 'rd', 'lane', 'ln', 'drive', 'dr', 'way', 'close', 'court', 'ct', 'crescent', 'terrace', 'place', 'square', 'avenue', 'ave',
  'row', 'mews', 'gardens', 'hill', 'parade', 'grove', 'walk', 'boulevard', 'blvd', 'highway', 'hwy', 'parkway', 'pkwy', 'quay', 'wharf',
];
/** German and Dutch street names glue the type to the name ("Wiesentalstraße", "Kortrijksesteenweg"). */
const GLUED_LAST = /(?:stra(?:ss|ß|s)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|steig|straat|laan|plein|dreef|steenweg|kade|gracht|singel|dijk)$/i;

const NUMBER = String.raw`\d{1,5}(?:\s?(?:[a-zA-Z]|bis|ter|quater)(?![\p{L}\d]))?(?:\s?[-–/]\s?\d{1,5}[a-z]?)?,?`;
const TYPE_FIRST_RE = new RegExp(String.raw`^${NUMBER}\s+(?:${TYPE_FIRST.join('|')})(?:\.|(?![\p{L}\d]))`, 'iu');
/** "Street" or "STREET": English street types are capitalised, "12 items to the road" is no address. */
const CAPITALISED_LAST = TYPE_LAST.flatMap((t) => [t[0]!.toUpperCase() + t.slice(1), t.toUpperCase()]).join('|');
const TYPE_LAST_RE = new RegExp(String.raw`^${NUMBER}\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:${CAPITALISED_LAST})\.?(?![\p{L}\d])`, 'u');
const GLUED_RE = new RegExp(String.raw`^${NUMBER}\s+(\p{Lu}[\p{L}'’.-]*)(?![\p{L}\d])`, 'u');

/** Whether `text` begins with a house number and its street ("12 quai de la Fosse", "221B Baker Street"). */
export function startsWithStreetAddress(text: string): boolean {
  const t = text.trimStart().slice(0, 80);
  if (!/^\d/.test(t)) return false;
  if (TYPE_FIRST_RE.test(fold(t)) || TYPE_LAST_RE.test(t)) return true;
  const glued = GLUED_RE.exec(t);
  return glued !== null && GLUED_LAST.test(glued[1]!);
}

/** "Rue de la Gare 3", "Via Roma 12", "Calle Mayor 8": the street type first, the number last (Belgium, Italy, Spain). */
const NUMBER_LAST_RE = new RegExp(String.raw`^(?:${TYPE_FIRST.join('|')})\.?\s[^\d\n]{2,60}\s\d{1,5}(?:\s?[a-z])?(?:,|$)`, 'iu');
/** "Zossener Straße 56", "Kerkstraat 41", "Crane Street 4": a street word, then its number. */
const TYPE_THEN_NUMBER = /(?:stra(?:ss|ß|s)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|straat|laan|plein|dreef|steenweg|kade|gracht|singel|dijk|street|road|lane|avenue)\s\d{1,5}(?:\s?[a-z])?(?:,|$)/iu;

/** Whether a whole line is a street line of a postal address, its number first or last. */
export function isStreetLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 80) return false;
  return startsWithStreetAddress(t) || NUMBER_LAST_RE.test(fold(t)) || TYPE_THEN_NUMBER.test(t);
}
