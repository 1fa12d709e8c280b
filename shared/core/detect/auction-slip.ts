import { fold } from '../text/fold';

/**
 * An auction house's slip to a buyer, its invoice: « Bordereau d'adjudication n° BV-2026-1142 … Prix d'adjudication : 4 200,00 €
 * Frais acheteur … Total à régler », « Voici votre bordereau pour le lot 31 adjugé hier », « Votre bordereau BV-2026-1151 … (vente
 * « Dessins et Tableaux » du 26 novembre, lots 55 et 56) ». Not any « bordereau » (a delivery
 * note, a deposit slip for cheques, a tender's price schedule), nor the seller's account (« Décompte vendeur … Net vendeur à
 * vous reverser », which names the buyers' slips): money the house pays out.
 */
const SLIP = /(?<![a-z])bordereaux?(?!\s+(?:des\s+prix|de\s+(?:livraison|remise|prix|transport|depot|expedition|envoi|versement|cheques?|paiement|virement|reglement|colisage|retour)|vendeurs?))(?![a-z])/;
const AUCTION = /(?<![a-z])(?:adjudications?|adjugee?s?|frais\s+(?:acheteurs?|d'adjudication)|encheres|buyer'?s\s+premium|hammer\s+price|lots?\s+(?:n[°o]\s*)?\d)(?![a-z])/;
const SELLER = /(?<![a-z])(?:vendeurs?|reverser|consignor|seller'?s\s+(?:statement|account))(?![a-z])/;

/** Whether the e-mail (its subject and the opening of its own words) is an auction house's slip to a buyer. */
export function isAuctionSlip(subject: string, body: string): boolean {
  // (the word unfolded first: most mail never names a slip, and is spared the folding)
  if (!/bordereau/i.test(subject) && !/bordereau/i.test(body.slice(0, 600))) return false;
  const head = fold(`${subject}\n${body.slice(0, 600)}`);
  if (!SLIP.test(head)) return false;
  const text = fold(`${subject}\n${body.slice(0, 1500)}`);
  return AUCTION.test(text) && !SELLER.test(text);
}
