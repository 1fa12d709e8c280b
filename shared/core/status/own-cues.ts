import { cueRegex } from './cues';

/**
 * What the company (or its invoicing tool) writes after an invoice, in fr, en, de, es, it and nl, as regex
 * sources over folded text: chasing the payment, answering a request (bank details, a duplicate, a PO
 * number, a dispute), or thanking for a payment.
 */

/** Chasing words: the invoice is unpaid, overdue, and the client is asked when or to pay. */
export const CHASE = cueRegex([
  // fr
  `relanc\\w*`, `(?<!pour\\s)rappel(?!\\s*:\\s*(?:iban|rib|bic|nos|notre))`, `impayee?s?`, `non\\s+(?:encore\\s+)?(?:reglee?s?|payee?s?|soldee?s?)`,
  `(?:pas|toujours\\s+pas|pas\\s+encore)\\s+(?:ete\\s+)?(?:reglee?|payee?|soldee?)`,
  `(?:reste|demeure|restent|demeurent)\\s+(?:due?s?|impayee?s?|a\\s+regler|en\\s+attente|ouverte?s?|en\\s+souffrance)`,
  `en\\s+attente\\s+(?:de|du|d'un)\\s+(?:votre\\s+)?(?:paiement|reglement|virement)`, `toujours\\s+en\\s+attente`,
  `(?:echeance|date\\s+limite)\\s+${'(?:[^\\s.!?]+\\s+){0,3}?'}(?:depassee|passee|etait|est\\s+depassee)`, `arrivee?\\s+a\\s+echeance`, `(?:etait|est)\\s+(?:due|echue)`, `echue?s?`,
  `date\\s+(?:de\\s+(?:reglement|paiement|virement))\\s+prevue`, `ou\\s+en\\s+(?:est|sont|sommes-nous)`,
  `nouvelles\\s+(?:du|de\\s+votre|de\\s+ce|concernant\\s+le)\\s+(?:paiement|reglement|virement)`, `(?:le\\s+)?point\\s+sur\\s+(?:le|ce|votre)\\s+(?:reglement|paiement)`,
  `quand\\s+(?:pouvons|pourrons|puis|pourrais)-(?:nous|je)\\s+(?:esperer|compter|attendre)`,
  `(?:proceder|procediez)\\s+(?:au|a\\s+son)\\s+(?:reglement|paiement|virement)`, `(?:merci|nous\\s+vous\\s+remercions)\\s+de\\s+(?:bien\\s+vouloir\\s+)?(?:regler|proceder|nous\\s+regler|effectuer\\s+le)`,
  `regulariser`, `regularisation`, `mise\\s+en\\s+demeure`, `retard\\s+de\\s+(?:paiement|reglement)`, `jours?\\s+de\\s+retard`, `sans\\s+reglement\\s+de\\s+votre\\s+part`,
  // en
  `(?<!as\\s+a\\s)(?<!as\\s+a\\s+friendly\\s)reminder`, `overdue`, `past\\s+due`, `outstanding`, `unpaid`, `still\\s+(?:due|open|unpaid|awaiting|outstanding|pending)`, `awaiting\\s+(?:your\\s+)?payment`,
  `remains?\\s+(?:unpaid|outstanding|open|due)`, `expect\\s+(?:the\\s+)?payment`, `payment\\s+status`, `chas(?:e|ing)`, `follow(?:ing)?[\\s-]+up\\s+on`,
  `(?:was|were|fell)\\s+due`, `(?:update|news)\\s+on\\s+(?:the\\s+|this\\s+|its\\s+)?(?:payment|invoice|settlement)`, `checking\\s+in\\s+on`,
  `when\\s+(?:can|could|may|might|should)\\s+(?:we|i)\\s+expect`, `is\\s+now\\s+(?:due|overdue)`, `final\\s+(?:notice|demand)`, `letter\\s+before\\s+action`, `(?:please|kindly)\\s+(?:arrange|make|settle|remit|send)\\s+(?:the\\s+)?(?:payment|settlement|this|it)`,
  `(?:not|yet\\s+to)\\s+(?:been\\s+|be\\s+)?(?:received|paid|settled)\\s+(?:payment|yet)`, `haven't\\s+(?:yet\\s+)?received\\s+(?:your\\s+|the\\s+)?payment`,
  // de
  `zahlungserinnerung`, `(?<!zur\\s)erinnerung`, `mahnung`, `uberfallig\\w*`, `offen(?:e|en|er|es)?\\s+(?:betrag|posten|rechnung|saldo|forderung)`, `noch\\s+offen`, `ausstehend\\w*`,
  `fallig\\s+war`, `war\\s+${'(?:[^\\s.!?]+\\s+){0,4}?'}fallig`, `zahlungsverzug`, `noch\\s+(?:nicht|kein)\\w*\\s+(?:bezahlt|beglichen|eingegangen|zahlungseingang)`, `ubersehen`,
  `stand\\s+der\\s+(?:zahlung|rechnung|uberweisung)`, `wann\\s+(?:konnen|durfen)\\s+wir\\s+mit\\s+(?:der|ihrer|einer)\\s+zahlung`,
  `(?:bitten|bitte)\\s+${'(?:[^\\s.!?]+\\s+){0,6}?'}(?:zu\\s+)?(?:uberweisen|begleichen|bezahlen|ausgleichen)`,
  // es
  `recordatorio`, `cuando\\s+(?:podemos|podremos)\\s+(?:esperar|contar\\s+con)\\s+el\\s+pago`, `pendiente\\s+de\\s+pago`, `sigue\\s+pendiente`, `vencid[oa]s?`, `impagad[oa]s?`, `fecha\\s+prevista\\s+de\\s+pago`, `le\\s+recordamos`, `atrasad[oa]`,
  // it
  `sollecito`, `quando\\s+possiamo\\s+(?:aspettarci|attenderci|contare\\s+sul)`, `promemoria`, `scadut[oa]`, `insolut[oa]`, `non\\s+(?:ancora\\s+)?(?:pagat|saldat)[oa]`, `in\\s+attesa\\s+(?:del|di)\\s+pagamento`, `vi\\s+ricordiamo`, `ancora\\s+aperta`,
  // nl
  `herinnering`, `aanmaning`, `openstaand\\w*`, `vervallen`, `nog\\s+niet\\s+(?:betaald|voldaan|ontvangen)`, `achterstallig\\w*`, `betalingsherinnering`,
]);

/** Answers to a client's request or dispute: bank details, a duplicate, a PO number, "looking into it". */
export const ANSWER = cueRegex([
  `(?:voici|ci-joint|ci\\s+joint|trouverez|please\\s+find|here\\s+(?:is|are)|attached|anbei|im\\s+anhang|adjunto|le\\s+enviamos|in\\s+allegato|alleghiamo|bijgevoegd|in\\s+de\\s+bijlage)\\s+${'(?:[^\\s.!?]+\\s+){0,4}?'}(?:rib|iban|coordonnees\\s+bancaires|bank\\s+details|bankverbindung|datos\\s+bancarios|coordinate\\s+bancarie|bankgegevens|duplicata|copie|copy|kopie|copia|invoice\\s+(?:attached\\s+)?again|facture\\s+a\\s+nouveau|bon\\s+de\\s+commande|purchase\\s+order|po\\s+number)`,
  `(?:again|a\\s+nouveau|de\\s+nouveau|erneut|nochmals|de\\s+nuevo|nuevamente|di\\s+nuovo|nogmaals|opnieuw)`,
  `(?:looking|look)\\s+into\\s+(?:it|this)`, `sorry\\s+to\\s+hear`, `desole\\w*\\s+(?:d'apprendre|pour\\s+(?:ce|le|cet))`, `nous\\s+(?:regardons|verifions|examinons)`,
  `je\\s+(?:regarde|verifie)`, `reviens\\s+vers\\s+vous`, `come\\s+back\\s+to\\s+you`, `get\\s+back\\s+to\\s+you`, `wir\\s+(?:prufen|kummern\\s+uns)`, `lo\\s+revisamos`, `verifichiamo`,
  `(?:numero|number|nummer)\\s+(?:de\\s+|du\\s+)?(?:bon\\s+de\\s+commande|po|purchase\\s+order|commande|bestellung|pedido|ordine)`,
]);

/** Thanks for a payment received. */
export const THANKS = cueRegex([
  `(?:merci|remercions)\\s+(?:\\w+\\s+){0,2}?(?:pour|de)\\s+(?:votre|le|ce)\\s+(?:reglement|paiement|virement)`,
  `(?:bien\\s+)?recu\\s+(?:votre|le)\\s+(?:reglement|paiement|virement)`,
  `thank(?:s|\\s+you)\\s+(?:\\w+\\s+){0,2}?for\\s+(?:your|the)\\s+(?:prompt\\s+)?(?:payment|remittance|transfer)`, `payment\\s+received\\s+with\\s+thanks`, `received\\s+your\\s+payment`,
  `dank\\s+fur\\s+(?:ihre|die)\\s+(?:zahlung|uberweisung)`, `zahlung\\s+(?:ist\\s+)?(?:dankend\\s+)?erhalten`,
  `gracias\\s+por\\s+(?:su|el)\\s+(?:pago|transferencia)`, `grazie\\s+per\\s+il\\s+(?:pagamento|bonifico)`, `bedankt\\s+voor\\s+(?:uw|de)\\s+betaling`,
]);
