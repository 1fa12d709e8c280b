import { findDates } from '../extract/locale/date';
import type { MailMessage } from '../mail/model';
import { foldOnce } from '../text/fold';
import { findMoney } from '../extract/locale/amount';
import { cueRegex, PREPOSITION_BEFORE_NAME, wordsBefore } from './cues';
import { execAll } from '../text/exec-all';
import { hasReplyPrefix, isForward, stripReplyPrefixes } from '../mail/subject';
import { stripQuoted } from './strip-quoted';
import { rejectedForMissingPaperwork } from './paperwork-hold';
import { NEGATION } from './reply-cues';
import { referencesIn } from '../extract/fields/reference-shape';
import { isAutomatedLocalPart } from '../detect/automated-sender';

/** A notice that a payment WAS received for named invoices (Stripe, GoCardless, PayPal, a bank, the invoicing tool). */
export interface PaymentNotice {
  messageId: string;
  date: string | null;
  invoiceNumbers: string[];
  amount: number | null;
  currency: string | null;
  /** The payment was taken back (a chargeback, a returned direct debit): the invoice is due again. */
  reversed?: boolean;
  /** Not a payment: the client's accounts-payable portal rejected the invoice (a dispute until it is paid). */
  rejected?: boolean;
  /** Rejected for want of a document (« numéro de bon de commande absent », "supplier number missing"): a question, the invoice still open. */
  forPaperwork?: boolean;
  /** The line naming the invoice says this payment is its balance or last instalment (« SOLDE FACT VD-2026-0298 3/3 »): no part payment, whatever its amount. */
  balance?: boolean;
  /** A payment taken back because the payer disputes it (a card chargeback), not for want of funds. */
  disputed?: boolean;
}

const W = (n: number) => `(?:\\S+\\s+){0,${n}}?`;

/**
 * A client's accounts-payable portal (Coupa, Ariba, Basware, Chorus Pro) rejecting the invoice: "Your invoice F2026-0197
 * submitted to … has been rejected", "Facture rejetée", "Rechnung abgelehnt". Read from fresh messages only (a reply in
 * the invoice's own thread is read as the client's reply).
 */
const REJECTED = cueRegex([
  `(?:invoice|facture|rechnung|factura|fattura|factuur|fatura)\\s+${W(10)}(?:has\\s+been|was|is|a\\s+ete|est|wurde|ist|ha\\s+sido|fue|e\\s+stata|werd)\\s+(?:rejected|declined|refused|disputed|contested|rejetee|refusee|contestee|mise\\s+en\\s+litige|placed\\s+(?:in|on|under)\\s+dispute|abgelehnt|zuruckgewiesen|beanstandet|rechazada|respinta|rifiutata|contestata|afgewezen|geweigerd)`,
  `(?:invoice|facture|rechnung|factura|fattura|factuur)\\s+${W(3)}(?:rejected|rejetee|refusee|abgelehnt|rechazada|respinta|afgewezen)\\s+(?:by|par|von|por|da|door)(?![a-z])`,
  `(?:statut|status|estado|stato)\\s*(?:de\\s+(?:la|votre)\\s+facture\\s*)?:\\s*(?:rejected|rejetee|refusee|abgelehnt|rechazada|respinta|afgewezen)(?![a-z])`, `rejet\\s+de\\s+(?:la|votre)\\s+facture`,
  // a portal relaying the buyer's dispute: "Ibérica … has disputed invoice AER-2026-0458. Dispute reason: …"
  `(?:has|have)\\s+disputed\\s+(?:the\\s+|your\\s+)?invoice`, `(?:a|ont)\\s+conteste\\s+(?:la|votre)\\s+facture`,
]);

/** Money came in: said by a payment platform, a bank or the invoicing tool to the payee. */
/** A status still waiting on a step: « est passée au statut : MISE EN PAIEMENT... En attente de service fait » (held-out DHW). */
// (nor one held: « au statut « Mise en paiement suspendue » : le service fait n'a pas encore été constaté »)
const NOT_WAITING = '(?![^\\n]{0,12}(?:en\\s+attente|suspendue?|bloquee?|interrompue?|rejetee?|annulee?)(?![a-z]))';
const RECEIVED = cueRegex([
  // the invoice named, an apposition after it, then its payment: « la facture LV-2026-0156 d'un montant de 2 760,00 €, correspondant à
  // une prestation postérieure au jugement d'ouverture, a été réglée ce jour par virement » (an administrator's, held-out DYY)
  `factures?\\s+[a-z]{0,6}[-/_.]?\\d[\\w/.-]*\\s+[^.;!?\\n]{0,160}?,\\s+(?:a|ont)\\s+ete\\s+(?:reglee|payee|acquittee|soldee|viree)s?(?![a-z])`,
  // a public payer's notice: « L'agence comptable … vous informe de la mise en paiement de la facture FV-2026-0951 »
  `(?:informe|informons|avisons)\\s+(?:de\\s+)?la\\s+mise\\s+en\\s+paiement\\s+(?:de\\s+)?(?:la|votre|vos|les)\\s+factures?(?![a-z])(?![^\\n]{0,40}en\\s+attente(?![a-z]))`,
  // a bank's batch of direct debits collected: « Votre remise de prélèvements SEPA du 10/11/2026 a été exécutée. Détail : - … Facture BC-2026-229 - 108,00 EUR - OK »
  // (Belgium's direct debits are « domiciliations »: « Votre lot de domiciliations SEPA Core a été exécuté »)
  `(?:remise|lot|fichier)\\s+de\\s+(?:prelevements?|domiciliations?)\\s+${W(4)}(?:a\\s+ete|est)\\s+(?:bien\\s+)?(?:execute|credite|encaisse|traite)e?(?![a-z])`,
  // a set-off against what we owe the client (a cooperative's grain purchases): « Facture F-2026-0412 … à votre débit – soldée par compensation »
  `(?:soldee?s?|reglee?s?|payee?s?|apuree?s?)\\s+par\\s+compensation(?![a-z])`, `durch\\s+verrechnung\\s+(?:ausgeglichen|beglichen|bezahlt)`, `settled\\s+by\\s+(?:set-?off|netting|offset)`,
  // « Une remise de chèque a été créditée sur votre compte », « Un virement de 1 180,00 € a été crédité »
  `(?:remise|virement|versement|paiement|reglement|depot|encaissement)\\s+${W(4)}(?:a\\s+ete|ont\\s+ete)\\s+(?:bien\\s+)?creditee?s?(?![a-z])`,
  // « Un règlement de 3 150,00 € a été enregistré pour le client … », Pennylane's « Nous avons rapproché la transaction … avec la
  // facture client F-2026-0415. Celle-ci est désormais soldée. », a bank's « Libellé : VIREMENT DE … REF F-2026-0424 », "the following
  // invoices have been paid by wire transfer"
  `(?:reglement|paiement|virement|versement|encaissement)\\s+${W(6)}(?:a\\s+ete|ont\\s+ete)\\s+(?:enregistre|rapproche|lettre|impute)e?s?(?![a-z])`, `(?:est|sont)\\s+(?:desormais|maintenant|donc)\\s+(?:soldee?s?|reglee?s?|payee?s?|lettree?s?)(?![a-z])`,
  `avons\\s+rapproche\\s+(?:la|le|une|un)\\s+(?:transaction|paiement|virement|encaissement|operation)`,
  // a factor's notice of what it collected: « Nous avons enregistré les encaissements suivants sur votre compte factoring »
  `avons\\s+(?:enregistre|recu|encaisse)\\s+(?:les|le|l')\\s*(?:encaissements?|reglements?|paiements?|virements?)\\s+(?:suivants?|ci-dessous|ci-apres)(?![a-z])`,
  // « Nous avons encaissé le règlement de Caisse Mutuelle HdF pour la facture PP-2026-10546 » (an umbrella company, held-out DPV)
  `(?:avons|a|ont)\\s+(?:bien\\s+)?encaisse\\s+(?:le|votre|un|une|la|les)\\s+(?:reglements?|paiements?|virements?|cheques?|versements?)(?![a-z])`, `libelle\\s*:\\s*(?:virement|vir|virt)\\s+(?:sepa\\s+|inst\\s+|instantane\\s+)?(?:recu|de|en\\s+votre\\s+faveur)(?![a-z])`,
  `invoices\\s+${W(3)}(?:have\\s+been|were|are\\s+now)\\s+(?:paid|settled|remitted)(?![a-z])`,
  // (« Paiement LCR encaissé »: the means of payment between)
  `(?:paiement|reglement|virement|versement|prelevement|encaissement|transfert)s?\\s+(?:(?:lcr|sepa|cheque|cb|carte|tip)\\s+)?(?:bien\\s+)?(?:recus?|encaisses?|confirmes?|credites?|entrants?)`,
  `vous\\s+avez\\s+recu\\s+(?:un\\s+|une\\s+|le\\s+)?(?:nouveau\\s+|nouvel\\s+)?(?:paiement|virement|versement|reglement|encaissement|credit|\\d|[$€£]|(?:chf|eur|usd|gbp|cad|sek|nok|dkk|pln|czk|huf)\\s?\\d)`, `a\\s+(?:paye|regle|vire|verse)`, `ont\\s+(?:paye|regle)`,
  // es: "Hemos registrado el cobro de la factura", "Factura FA26-0095 cobrada"; pl: "otrzymaliśmy płatność", "oznaczona jako opłacona",
  // cs: "faktura … byla uhrazena", "Připsáno: 980,00 EUR"; sv: "En insättning har gjorts på ditt konto", "har registrerats som betald",
  // "Du har tagit emot 1 450,00 kr", "Swish-betalning"; da: "er nu markeret som betalt", "har betalt 650,00 kr. til dig", "Du har modtaget";
  // no: "registrert en innbetaling", "har betalt faktura", "har sendt deg 1 200,00 kr", "Du har mottatt"; fi: "Tilillesi on saapunut maksu",
  // "on merkitty maksetuksi", "kirjattu saapunut tilisiirto"; hu: "jóváírás történt", "kifizetettként lett megjelölve", "92 500 Ft érkezett";
  // ro: "a fost înregistrată o încasare", "a fost marcată ca încasată", "Ai primit 1.375,50 EUR"
  `(?:registrado|recibido|anotado)\\s+el\\s+cobro`, `factura\\s+${W(2)}cobrada`, `total\\s+cobrado`,
  `otrzymal(?:ismy|es|as)\\s+(?:\\S+\\s+)?(?:platnosc|wplate|przelew)`, `oznaczon[aey]\\s+jako\\s+oplacon`, `faktura\\s+${W(3)}oplacona`, `uznanie\\s+rachunku`, `wplyw\\s+(?:na\\s+(?:rachunek|konto)|srodkow)`,
  `(?:byla|je|byly)\\s+(?:plne\\s+)?uhrazen[aey]`, `pripsano`, `prichozi\\s+platb`, `pohyb\\s+na\\s+uctu\\s*-\\s*kredit`,
  `insattning\\s+(?:har\\s+gjorts|pa\\s+(?:ditt|ert)\\s+konto)`, `(?:registrerats|markerats|registrerad|markerad)\\s+som\\s+betald`, `(?:du\\s+har\\s+)?tagit\\s+emot\\s+(?:\\d|en\\s+betalning)`, `swish-betalning`,
  `(?:markeret|registreret)\\s+som\\s+betalt`, `har\\s+betalt\\s+${W(3)}til\\s+dig`, `du\\s+har\\s+(?:modtaget|mottatt)\\s+(?:\\d|en\\s+betaling|betaling|kr)`,
  `registrert\\s+en\\s+innbetaling`, `innbetaling\\s+pa\\s+konto`, `har\\s+betalt\\s+faktura`, `har\\s+sendt\\s+deg\\s+\\d`,
  `(?:on\\s+)?saapunut\\s+(?:maksu|tilisiirto)`, `merkitty\\s+maksetuksi`, `kirjattu\\s+saapunut`,
  `jovairas\\s+tortent`, `kifizetettkent`, `kifizetve(?![a-z])`, `(?:ft|eur|huf|€)\\s+erkezett`,
  `(?:inregistrata|inregistrat)\\s+o\\s+incasare`, `(?:marcata|marcat)\\s+ca\\s+incasat[aă]?`, `a\\s+fost\\s+incasata`, `incasare\\s+in\\s+cont`, `(?:ai|ati)\\s+primit\\s+(?:\\d|bani|o\\s+plata)`,
  // sv, da, no: "Klarna har mottagit betalning för faktura CBS-2026-0266", "Betaling modtaget", "Vi har mottatt betaling"
  `(?:har\\s+)?(?:mottagit|modtaget|mottatt)\\s+(?:en\\s+|din\\s+|jeres\\s+|deres\\s+)?(?:betalning|betaling|inbetalning|indbetaling|innbetaling)(?![a-z])`, `(?:betalning|betaling|inbetalning|indbetaling|innbetaling)\\s+(?:ar\\s+|er\\s+)?(?:mottagen|modtaget|mottatt|registrerad|registreret|registrert)(?![a-z])`,
  // a factor's or a collecting agent's notice: « Nous avons reçu le règlement de votre débiteur … pour la facture F-2026-0471 »
  `(?:avons|a|ont)\\s+(?:bien\\s+)?recu\\s+(?:ce\\s+jour\\s+|aujourd'hui\\s+)?(?:le|un|une|votre|leur|son)\\s+(?:reglement|paiement|virement|versement)(?![a-z])`,
  // a vendor portal's status change: "The status of your invoice F202610-140 (120,00 EUR) has been changed to: Paid.", "Statut : Payée"
  `(?:status|statut|estado|stato)\\s+${W(8)}(?:(?:has\\s+been\\s+|was\\s+|a\\s+ete\\s+|wurde\\s+)?(?:changed|updated|set|modifie|change|mis\\s+a\\s+jour|geandert|aktualisiert)\\s+(?:to|en|a|auf|naar|in)\\s*:?|:)\\s*(?:\\d{3,4}\\s*[-–]\\s*)?(?:paid|payee?|reglee?|bezahlt|pagad[oa]|pagat[oa]|betaald|settled)(?![a-z])`,
  // Spain's FACe: « la factura con número F-2026-0389 … ha cambiado al estado: 2600 - PAGADA »
  `cambiado\\s+(?:al\\s+estado|de\\s+estado\\s+a|a)\\s*:?\\s*(?:\\d{3,4}\\s*[-–]\\s*)?(?:pagad[ao]|abonad[ao])(?![a-z])`,
  // URSSAF's « avance immédiate »: once the client validates the request, URSSAF pays the invoice ("La demande de paiement
  // relative à la facture FA202608-2322 … a été validée par votre client. Le montant … sera versé sous 4 jours ouvrés")
  `demande\\s+de\\s+paiement\\s+${W(12)}(?:a\\s+ete|est)\\s+(?:validee|acceptee)\\s+par\\s+(?:votre|le)\\s+(?:client|particulier|beneficiaire)`,
  // an invoicing tool logging a payment: "Un paiement a été enregistré pour la facture INV-001085", "A payment of $5,350.00
  // has been recorded for invoice …" (not a card kept on file: "votre moyen de paiement enregistré")
  `(?<!(?:moyen|mode|carte|methode)\\s+de\\s+)(?:paiement|reglement|versement|encaissement)s?\\s+${W(4)}(?:a\\s+ete\\s+|ont\\s+ete\\s+|est\\s+)?(?:bien\\s+)?enregistres?\\s+(?:pour|sur|au\\s+titre\\s+de)\\s+(?:la\\s+|votre\\s+)?factures?(?![a-z])`,
  `(?<!(?:card|method)\\s)payments?\\s+${W(4)}(?:has\\s+been\\s+|have\\s+been\\s+|was\\s+|were\\s+)?recorded\\s+(?:for|against|on)\\s+(?:your\\s+|the\\s+)?invoices?(?![a-z])`,
  // a portal's "Groupe Hôtelier Lutèce has recorded a payment for the following invoice"
  `(?:has|have)\\s+recorded\\s+(?:a|the|your)\\s+payments?\\s+(?:for|against|on)\\s+(?:your\\s+|the\\s+)?(?:following\\s+)?invoices?(?![a-z])`,
  // a developer paying a subcontractor directly: "vous informe avoir procédé ce jour au virement de 10.419,17 EUR"
  `(?:avoir|avons|a)\\s+procede\\s+(?:ce\\s+jour\\s+|aujourd'hui\\s+|le\\s+\\S+\\s+)?(?:au|a\\s+un)\\s+(?:virement|paiement|reglement|versement)`,
  // el: "Λάβατε πληρωμή", "Εισερχόμενο έμβασμα", "Πίστωση λογαριασμού"
  `(?<![α-ω])λαβατε\\s+(?:μια\\s+|νεα\\s+)?(?:πληρωμη|μεταφορα|καταθεση|πιστωση)`, `(?<![α-ω])εισερχομεν[α-ω]*\\s+(?:εμβασμα|μεταφορα|πληρωμη)`, `(?<![α-ω])πιστωση\\s+λογαριασμου`,
  // lb: "Bezuelung kritt", "Dir hutt eng Bezuelung vun EUR 3.196,44 kritt"
  `bezuelung\\s+kritt`, `(?:dir|du)\\s+(?:hutt|hues)\\s+(?:eng\\s+)?bezuelung\\s+${W(6)}kritt(?![a-z])`,
  // a payer's remittance advice: "Total viré : 2.698,68 EUR", "Montant réglé : 1 200,00 €"
  `(?:total|montant|somme)\\s+(?:vire|verse|paye|regle)\\s*:\\s*(?:eur\\s*|€\\s*)?\\d`,
  // a payment app: "Chloé Vidal vous a envoyé 8 277,50 €" (not "vous a envoyé une facture")
  `(?:vous|t')\\s*a\\s+(?:envoye|transfere)\\s+(?:\\d|[$€£])`,
  // (not another invoice: "Cette facture fait doublon avec une facture déjà payée en juin")
  // (not where invoices are to be paid: « depuis septembre nos factures sont payées au factor », « sont réglées uniquement sur le compte … »)
  `(?<!(?:une|autre|nos)\\s+)factures?\\s+${W(3)}(?:a\\s+ete\\s+|est\\s+|ont\\s+ete\\s+|sont\\s+)?(?:payee|reglee|acquittee|soldee|encaissee)s?(?![a-z])(?!\\s+(?:au\\s+factor|a\\s+l'affactur|aupres|sur\\s+le\\s+compte|directement|uniquement|exclusivement)(?![a-z]))`,
  // an invoicing tool matching the bank: "… a été rapprochée d'une transaction bancaire et est désormais marquée comme payée"
  `(?:marquee?s?|indiquee?s?|passee?s?|notee?s?)\\s+(?:comme\\s+|en\\s+)?(?:payee?s?|reglee?s?|soldee?s?|encaissee?s?)`, `marked\\s+as\\s+(?:collected|received|settled)`, `marked\\s+(?:as\\s+)?paid`, `als\\s+(?:bezahlt|beglichen)\\s+markiert`, `(?:marcad[oa]|registrad[oa])\\s+como\\s+(?:pagad|cobrad|abonad|liquidad|paga|recebid)[oa]?`, `cobro\\s+registrado`, `(?:segnat|contrassegnat)[oa]\\s+come\\s+(?:pagat|incassat|saldat)[oa]`, `(?:gemarkeerd|aangeduid)\\s+als\\s+betaald`,
  // a practice-management tool reconciling the bank: "Un règlement de 1 920,80 ILS a été rapproché de la note d'honoraires NH26/0787",
  // a platform naming the payer: "Polder AI B.V. paid invoice DL-7781203 (€3,000.00)", "Acme has paid your invoice #1042"
  `(?<!(?:not|never|n't|yet|to|will|be)\\s)(?:has\\s+)?paid\\s+(?:your\\s+|the\\s+)?invoices?\\s+(?:no\\.?\\s*|n°\\s*|#\\s*)?[a-z]{0,6}[-/_.]?\\d`,
  // "Payment of $500.00 was matched to invoice 1042" (a payment, not an invoice, is what is matched)
  `(?:reglement|paiement|virement|encaissement|versement|payment|remittance|transfer)s?\\s+${W(6)}(?:a\\s+ete\\s+|ont\\s+ete\\s+|has\\s+been\\s+|was\\s+|is\\s+)?(?:rapproche|lettre|reconciled|matched|applied)e?s?\\s+(?:de|avec|a|au|with|to|against)(?![a-z])`,
  // a public buyer's portal (Chorus Pro): "Nouveau statut : MISE EN PAIEMENT", "Statut : MISE_EN_PAIEMENT", "statut : payée",
  // "passée au statut « Mise en paiement »", "a été mise en paiement par la structure destinataire", "a été mise en paiement le 21/10/2026"
  `statut\\s*(?::\\s*)?[«"']?\\s*(?:mise[\\s_]+en[\\s_]+paiement|mandatee?|payee?|reglee?|soldee?)(?![a-z])${NOT_WAITING}`, `statut\\s+${W(16)}(?:est\\s+)?passe\\s+(?:a|en)\\s*:?\\s*[«"']?\\s*(?:mise[\\s_]+en[\\s_]+paiement|mandatee?|payee?|reglee?|soldee?)(?![a-z])${NOT_WAITING}`, `statut\\s+${W(8)}(?:a\\s+evolue|a\\s+change|a\\s+ete\\s+modifie)\\s*(?:en|a|vers)?\\s*:?\\s*[«"']?\\s*(?:mise[\\s_]+en[\\s_]+paiement|mandatee?|payee?|reglee?|soldee?)(?![a-z])${NOT_WAITING}`, `changement\\s+de\\s+statut\\s+${W(8)}:\\s*(?:mise[\\s_]+en[\\s_]+paiement|mandatee?|payee?|reglee?)(?![a-z])`, `(?:a\\s+ete|est)\\s+mise\\s+en\\s+paiement\\s+par(?![a-z])`, `(?:a\\s+ete|ont\\s+ete)\\s+mises?\\s+en\\s+paiement\\s+(?:le\\s+\\d|ce\\s+jour|aujourd'hui|en\\s+date\\s+du)`, `(?:facture|factures)\\s+(?:suivante|suivantes|ci-dessous|ci-apres)\\s+(?:a\\s+ete|ont\\s+ete)\\s+mises?\\s+en\\s+paiement\\s*:`, `date\\s+de\\s+mise\\s+en\\s+paiement\\s*:\\s*\\d`, `porte\\s+au\\s+credit\\s+de\\s+votre\\s+compte`, `effet\\s+(?:a\\s+ete\\s+)?paye`, `(?<!(?:en|cet)\\s)effets?\\s+(?:lcr\\s+)?${W(10)}(?:a\\s+ete|ont\\s+ete|est|sont)\\s+(?:bien\\s+)?(?:payes?|regles?|encaisses?|honores?)(?![a-z])`, `(?:lcr|effets|traites|billets\\s+a\\s+ordre)\\s+(?:\\S+\\s+)?(?:payes|payees|regles|reglees|encaisses|encaissees)(?![a-z])`, `(?:remise|lcr|traite)\\s+(?:lcr\\s+)?encaissee(?![a-z])`, `(?<![a-z])encaissement\\s+(?:d'une\\s+|de\\s+la\\s+|des\\s+)?(?:lcr|traites?|effets?\\s+de\\s+commerce)(?![a-z])`, `credit\\s+(?:sur\\s+votre\\s+compte|recu)`, `operations?\\s+(?:au\\s+)?credit(?:rices?)?`, `(?:mouvement|ecriture)s?\\s+crediteurs?`, `virements?\\s+(?:sepa\\s+)?(?:entrants?|recus?)`, `(?:a\\s+ete|est)\\s+credite\\s+(?:sur|de|d'un|d'une|du\\s+montant|ce\\s+jour|aujourd'hui|le\\s+\\d)`, `reception\\s+d'un\\s+(?:virement|paiement|versement|transfert)`, `avis\\s+de\\s+credit`, `(?:notification|alerte)\\s+de\\s+credit`, `credit\\s+(?:a\\s+ete\\s+|est\\s+)?(?:comptabilise|enregistre|porte|effectue|passe)`,
  `payments?\\s+(?:received|confirmed|succeeded|successful|collected|cleared|credited)`, `payments?\\s+(?:of\\s+)?${W(8)}(?:succeeded|has\\s+succeeded|was\\s+successful|was\\s+collected|has\\s+been\\s+collected)(?![a-z])`, `(?:received|receive)\\s+(?:a|an|new)\\s+(?:payment|transfer)`,
  `you(?:'ve|\\s+have)?\\s+received\\s+(?:a\\s+|an\\s+|your\\s+)?(?:new\\s+)?(?:payment|transfer|remittance|deposit|funds|money|[a-z]{0,3}[$€£¥₹₩₺₪]|\\d|人民币|(?:usd|eur|gbp|cad|chf|aud|sek|nok|dkk|pln|jpy|cny|rmb|hkd|sgd|inr|krw|brl|mxn|zar|czk|huf|ron)\\s?\\d)`, `sent\\s+you\\s+(?:[a-z]{0,3}[$€£¥₹₩₺₪]|人民币|(?:usd|eur|gbp|cad|chf|aud|sek|nok|dkk|pln|jpy|cny|rmb|hkd|sgd|inr|krw|brl|mxn|zar|czk|huf|ron)\\s?\\d)`, `ha(?:s|ve)\\s+paid`, `paid\\s+(?:your|an|the)\\s+invoice`, `invoice\\s+(?:(?!to\\s|be\\s|will\\s|should\\s|would\\s|shall\\s|can\\s|must\\s)\\S+\\s+){0,3}?(?:has\\s+been\\s+|was\\s+|is\\s+(?:now\\s+)?)?paid`,
  // a buyer's portal (Coupa, Ariba…): "Orbital has issued a payment for the following invoice", "Payment released"
  `(?:has|have)\\s+(?:issued|released|executed|remitted|sent|initiated)\\s+(?:a\\s+|the\\s+|your\\s+)?payments?`, `(?:has|have)\\s+sent\\s+you\\s+(?:a\\s+|the\\s+)?(?:remittance|payment)\\s+advice`, `payments?\\s+(?:has\\s+been\\s+|was\\s+)sent\\s+to(?![a-z])`, `payments?\\s+(?:has\\s+been\\s+|have\\s+been\\s+|was\\s+|were\\s+)?(?:issued|released|executed|remitted)(?![a-z])`,
  `(?:a|ont)\\s+(?:emis|execute)\\s+(?:un|le|votre)\\s+(?:paiement|virement|reglement)`,
  // (not how a payer's run works: « (virements émis à J, réception sous 1 à 2 jours ouvrés) »)
  `(?:paiement|virement|reglement)s?\\s+(?:a\\s+ete\\s+|ont\\s+ete\\s+)?(?:emis|execute)s?(?![a-z])(?!\\s+(?:a\\s+j|a\\s+l'echeance|le\\s+jour\\s+(?:j|de|du|meme))(?![a-z]))`,
  // « Un virement international a été reçu sur votre compte ****1094 » (a bank's notice; the invoice named in its reference)
  `(?:un\\s+)?virement\\s+(?:sepa\\s+|international\\s+|instantane\\s+|entrant\\s+)?(?:a\\s+ete\\s+|est\\s+)?recu\\s+sur\\s+votre\\s+compte`,
  `payments?\\s+${W(4)}(?:was|were|has\\s+been|have\\s+been)?\\s*made\\s+by(?![a-z])`, `(?:ach|wire|incoming|direct)\\s+credits?\\s+(?:was\\s+|has\\s+been\\s+)?(?:posted|received|credited)`, `credit\\s+(?:was|has\\s+been)\\s+posted`, `avis\\s+d'encaissement`, `(?:transaction|paiement)\\s+(?:par\\s+carte\\s+)?(?:acceptee?|autorisee?|approuvee?|reussie|validee?)(?![a-z])`, `(?:card\\s+)?(?:transaction|payment)\\s+(?:approved|accepted|authori[sz]ed)(?![a-z])`, `(?:paiement|prelevement|virement)s?\\s+(?:de\\s+[\\d\\s.,\\u00a0\\u202f]+\\s?(?:€|eur|euros)\\s+)recus?(?![a-z])`, `(?:paiement|prelevement)s?\\s+reussis?(?![a-z])`, `(?:avis|bordereau|releve)\\s+de\\s+remise\\s+de\\s+cheques?`, `cheques?\\s+remis\\s+(?:a|en)\\s+l'encaissement`, `(?:cheque|check)\\s+deposit\\s+(?:advice|receipt|slip|confirmation)`, `(?:prelevement|paiement)\\s+${W(8)}(?:a\\s+ete|est)\\s+(?:bien\\s+)?(?:encaisse|collecte|preleve)`, `collecte\\s+avec\\s+succes`, `montant\\s+encaisse\\s*:`, `(?:informons|informer)\\s+de\\s+l'encaissement`, `(?:informons|informer)\\s+(?:du|de\\s+notre|d'un)\\s+(?:reglement|paiement|virement|versement)(?!\\s+(?:a\\s+venir|prevu|futur|programme))`, `(?:avons|a)\\s+credite\\s+(?:ce\\s+jour\\s+|aujourd'hui\\s+)?votre\\s+compte`, `(?:a|en)\\s+votre\\s+(?:profit|faveur)`,   `(?:incoming|inbound)\\s+(?:\\w+\\s+)?(?:payment|transfer|wire)`, `sent\\s+you\\s+(?:a\\s+payment|[$€£]|\\d)`, `you've\\s+got\\s+money`, `(?:vous\\s+a|t'a)\\s+envoye\\s+(?:un\\s+paiement|\\d)`, `te\\s+ha\\s+enviado\\s+(?:un\\s+pago|\\d|[€$£]|[a-z]{3}\\s?\\d)`, `has\\s+recibido\\s+(?:dinero|un\\s+pago|una\\s+transferencia|un\\s+ingreso|\\d|[€$£]|[a-z]{3}\\s?\\d)`, `credit\\s+(?:to|on|into)\\s+your\\s+account`, `(?:deposit|credit)\\s+(?:alert|notification|advice)`, `funds\\s+received`, `money\\s+received`, `(?:(?:has|have)\\s+been|was|were)\\s+credited\\s+(?:to|on)`,
  `zahlungseingang`, `zahlung\\s+(?:ist\\s+)?(?:erhalten|eingegangen|empfangen|bestatigt)`, `hat\\s+(?:ihnen|dir)\\s+${W(4)}(?:gesendet|geschickt|uberwiesen|gezahlt)`, `sie\\s+haben\\s+(?:eine\\s+)?zahlung\\s+${W(4)}erhalten`,
  `(?:ti|vi|le)\\s+ha\\s+inviato\\s+(?:un\\s+pagamento|\\d|[€$])`, `hai\\s+ricevuto\\s+(?:un\\s+)?pagamento`, `heeft\\s+(?:u|je|jou)\\s+${W(4)}(?:gestuurd|overgemaakt|betaald)`, `(?:u\\s+hebt|je\\s+hebt|u\\s+heeft)\\s+(?:een\\s+)?betaling\\s+${W(4)}ontvangen`, `(?:enviou-lhe|te\\s+enviou|lhe\\s+enviou)\\s+`, `(?:has|have|ha|han)\\s+recibido\\s+(?:un\\s+|una\\s+)?(?:pago|transferencia|ingreso|abono)`, `hat\\s+${W(3)}(?:bezahlt|uberwiesen|beglichen)`,
  `rechnung\\s+${W(3)}(?:wurde\\s+|ist\\s+)?(?:bezahlt|beglichen)`, `gutschrift\\s+(?:eingegangen|erhalten)`, `gutschrift\\s+(?:\\S+\\s+){0,2}?verbucht`, `gutschrift\\s+auf\\s+ihr(?:em|\\s+)\\s*konto`, `(?:gutschrift|kontogutschrift|eingang)\\s*:\\s*(?:eur\\s*|chf\\s*|€\\s*)?[+]?\\s?\\d`, `eingehende\\s+(?:zahlung|uberweisung)`, `gutgeschrieben`,
  `(?:pago|cobro|ingreso|transferencia)\\s+recibid[oa]`, `(?:recibiste|has\\s+recibido|ha\\s+recibido)\\s+(?:un\\s+|una\\s+)?(?:pago|cobro|transferencia|dinero|abono)(?![a-z])`, `ha(?:n)?\\s+pagado`, `factura\\s+${W(3)}pagada`, `(?:abonad[oa]|ingresad[oa])\\s+en\\s+(?:su|tu)\\s+cuenta`, `(?:abono|ingreso)\\s+(?:en\\s+(?:su\\s+)?cuenta|recibido)`,
  `(?:pagamento|bonifico|incasso)\\s+ricevut[oa]`, `bonifico\\s+(?:sepa\\s+|istantaneo\\s+)?(?:disposto|eseguito|accreditato)\\s+a\\s+(?:tuo|vostro|suo)\\s+favore`, `(?:ha|hanno)\\s+disposto\\s+(?:un\\s+)?bonifico`, `a\\s+(?:tuo|vostro|suo)\\s+favore`, `(?:e'?|e\\s+stato)\\s+(?:stato\\s+)?accreditat[oa]`, `accredito\\s+(?:bonifico|di|ricevuto|sul)`, `bonifico\\s+(?:in\\s+entrata|accreditato)`, `ha(?:nno)?\\s+pagato`, `fattura\\s+${W(3)}pagata`, `fattura\\s+${W(6)}(?:risulta|e)\\s+(?:stata\\s+)?(?:saldata|pagata|incassata)`, `incasso\\s+(?:registrato|riconciliato|ricevuto)`,
  // pl, cs: "mBank: uznanie rachunku", "wpłynął przelew", "příchozí platba"
  // (and the payer's bank confirming its order carried out: « Potwierdzenie wykonania przelewu … Tytuł: FAKTURA NB/2026/0239 »)
  `potwierdzenie\\s+(?:wykonania\\s+|realizacji\\s+)?przelewu`, `potvrzeni\\s+(?:o\\s+)?provedeni\\s+platby`,
  `uznanie\\s+rachunku`, `wplyw\\s+(?:srodkow|na\\s+rachunek)`, `wplyn\\w*\\s+przelew`, `przelew\\s+(?:przychodzacy|otrzymany)`, `otrzymal\\w*\\s+przelew`, `zaksiegowano\\s+wplyw`, `prijem\\s+na\\s+(?:konto|ucet)`, `uhrazeno\\s+(?:fa|fakt\\w*)`, `prichozi\\s+platb\\w*`, `pripsan\\w*\\s+na\\s+(?:vas\\s+)?ucet`,
  // a freelance platform paying its user out: "Votre paiement a été versé !", "Montant versé : 5 190,00 €", "Payout sent"
  `(?:paiement|virement|versement|montant|fonds|reglement)s?\\s+(?:vous\\s+)?(?:a\\s+ete\\s+|ont\\s+ete\\s+|est\\s+|sont\\s+)?verses?`, `payouts?\\s+(?:of\\s+\\S+\\s+(?:\\S+\\s+)?)?(?:has\\s+been\\s+|was\\s+|is\\s+)?(?:sent|paid|issued|completed|on\\s+(?:its|the)\\s+way)`, `auszahlung\\s+(?:wurde\\s+|ist\\s+)?(?:veranlasst|gesendet|ausgefuhrt|unterwegs)`,
  `(?:nouvelle\\s+)?transactions?\\s+(?:entrante|recue|creditrice)s?`, `(?:incoming|inbound)\\s+transactions?`,
  `betaling\\s+ontvangen`, `ontvangen\\s+(?:betaling|overschrijving|storting)`, `ontvangen\\s*:\\s*(?:eur|€)\\s*\\d`, `inkomende\\s+(?:betaling|overschrijving|storting)`, `(?:transferencia|pagamento)\\s+recebid[oa]`, `recebeu\\s+(?:uma\\s+|um\\s+)?(?:transferencia|pagamento|pix|[a-z]{0,3}\\$|€|£|\\d)`, `bijgeschreven`, `gecrediteerd`, `bijschrijving`, `(?:je|u)\\s+(?:hebt|heeft)\\s+${W(4)}ontvangen(?![a-z])`, `heeft\\s+betaald`, `factuur\\s+${W(3)}betaald`,
]);

/**
 * A payer's remittance advice, titled as such ("Remittance advice – INV-0042", "Avis de paiement", "Zahlungsavis",
 * « Relevé de paiement fournisseur »): only its title says so, since invoices ask for one in their text ("please send
 * remittance advice to …"). The title is the subject, a part of it after the payer's name (« ITM - Relevé de paiement
 * fournisseur 448210 », « Chorus Pro : avis de paiement »), or the first line of a message that answers nothing (« AVIS DE PAIEMENT / REMITTANCE ADVICE (EDI) »).
 */
const ADVICE_SUBJECT = /^(?:remittance(?:\s+advice)?|payment\s+remittance|payment\s+advice|(?:vendor\s+|consignor\s+|seller\s+)?settlement\s+(?:advice|statement)|advice\s+of\s+payment|avis\s+de\s+(?:mise\s+en\s+paiement|paiement|virement|reglement|compensation)s?(?:\s+groupes?)?|releve\s+de\s+(?:paiement|reglement)s?|zahlungsavis|gutschrift(?:s)?anzeige|gutschrift(?:s)?avis|aviso\s+de\s+(?:pago|transferencia)|comunicacion\s+de\s+pago|avviso\s+di\s+pagamento|betalingsadvies|betaaladvies|betaalspecificatie)(?![a-z])/;

/** Told in other notices: « voir avis séparés », "see separate advice". */
const ELSEWHERE = String.raw`(?![a-z])(?!\s*(?:\(s\))?\s*:?\s*(?:voir|see|cf\.?)\s+(?:les\s+|the\s+)?(?:avis|notices?|advices?|messages?)\s+(?:separes|distincts|separate))`;

/** Not money in: a failure, a refund, a reminder, or a receipt for something the user bought. */
const NOT_RECEIVED = cueRegex([
  // (not failures a batch's report leaves to other notices: « Opérations rejetées : voir avis séparés », "Rejected items: see separate advice")
  `echec${ELSEWHERE}`, `echoue\\w*${ELSEWHERE}`, `refuse\\w*${ELSEWHERE}`, `rejete\\w*${ELSEWHERE}`, `impaye\\w*${ELSEWHERE}`, `failed${ELSEWHERE}`, `failure`, `declined${ELSEWHERE}`, `unsuccessful`, `fehlgeschlagen`, `abgelehnt`, `fallid[oa]`, `rechazad[oa]`,
  `fallit[oa]`, `rifiutat[oa]`, `stornat[oa]`, `non\\s+eseguit[oa]`, `mislukt`, `returned`, `chargeback`, `(?<!centre\\s+(?:national\\s+)?de\\s+)rembours\\w*`, `refund\\w*`, `erstattung`, `reembolso`, `rimborso`, `terugbetaling`,
  // a payment still to come: « je vous l'enverrai dès réception de votre règlement », "once we receive your payment"
  `des\\s+(?:la\\s+)?reception\\s+de\\s+(?:votre|ton|leur|son)\\s+(?:reglement|paiement|virement|versement)`, `(?:upon|on)\\s+receipt\\s+of\\s+(?:your|the)\\s+payment`, `once\\s+(?:we\\s+)?(?:have\\s+)?receive[ds]?\\s+(?:your|the)\\s+payment`,
  `relance`, `rappel`, `reminder`, `overdue`, `mahnung`, `zahlungserinnerung`, `recordatorio`, `sollecito`, `herinnering`,
  // a payment said made, not seen (a colleague's note): « Il dit qu'il a viré le 10 mais j'ai rien vu sur le compte »
  `(?:j'ai|je\\s+n'ai|on\\s+a|on\\s+n'a|nous\\s+n'avons)\\s+(?:toujours\\s+|encore\\s+)?rien\\s+(?:vu|recu)`, `(?:je\\s+ne\\s+vois|on\\s+ne\\s+voit|nous\\s+ne\\s+voyons)\\s+rien`, `(?:i|we)\\s+(?:haven't|have\\s+not|can't|cannot|don't|do\\s+not)\\s+(?:yet\\s+)?(?:seen|see|received)\\s+(?:it|anything|a\\s+thing)`,
  // a payment to come at a due date (reverse factoring): "nos ha remitido para su pago mediante confirming … Vencimiento 25/12/2026"
  `(?:mediante|via|par|by|durch|tramite)\\s+(?:el\\s+|le\\s+)?confirming`, `anticipar\\s+el\\s+cobro`, `para\\s+su\\s+pago`, `remis\\s+(?:en|au)\\s+paiement\\s+a\\s+l'echeance`,
  `(?:merci|thank\\s+you|thanks)\\s+(?:\\w+\\s+){0,2}?(?:pour|de|for)\\s+(?:votre|your)\\s+(?:paiement|achat|commande|payment|purchase|order)`,
  `(?:votre|your|ihr|ihre|su|tu|vostro|tuo|uw)\\s+(?:recu|receipt|beleg|quittung|recibo|ricevuta|kwitantie)`, `recu\\s+de\\s+paiement`, `payment\\s+receipt`,
]);

const SWIFT_MESSAGE_TYPE = /^MT\d{3}$/i;

/** Labels, and the abbreviations of "invoice" written in payment references ("FT 2026-IT-0148", "Fact. 12", "Rg. 2026-1", "Fra. 33"). */
const LABEL = '(?:(?:pieces?|factures?|documents?)\\s+(?:reglee?s?|payee?s?|soldee?s?)|invoices?\\s+paid|paid\\s+invoices?|invoices?\\s+(?:included|covered|settled)|reference\\s+de\\s+bout\\s+en\\s+bout|end-to-end\\s+(?:reference|id)|memoire\\s+(?:de\\s+frais(?:\\s+et\\s+honoraires)?|d\'honoraires)|facture|honoraires|honorarnote|invoice|inv|rechnungsnummer|rechnungs-?nr|rechnung|factuurnummer|fakturanummer|fakturanr|factura|fattura|factuur|vs|variabilni\\s+symbol|ref|reference|referenz|libelle|motif|verwendungszweck|concepto|causale|omschrijving|memo|communication|mitteilung|referentie|mededeling|descritivo|descricao|fatura|fact|fac|ft|fatt|rg|rechn|fra|tytul(?:em|\\s+przelewu)?|zaplata\\s+za|oplata\\s+za|faktura|faktury|fakture|zprava\\s+pro\\s+prijemce)';
const INVOICE_NUMBER = new RegExp(
  // (a Belgian structured communication, "+++697/9256/51004+++", or a SWIFT codeword, "/RFB/1042", "/INV/F-12",
  // may stand before the invoice's number, or be its label: "Remittance information: /INV/RCS-26-0450")
  `(?<![a-z])${LABEL}(?![a-z])\\.?\\s*(?:(?:n|no|nr|num|numero|number|nummer)(?:\\s*[°ºo.]\\s*|\\s+)|#\\s*)?[:#]?\\s*(?:/(?=\\d))?(?:[+*]{3}\\d{3}/\\d{4}/\\d{5}[+*]{3}[ \\t]*|/(?:rfb|inv|roc|ref)/[ \\t]?|/(?<=(?:/|^|\\s)(?:inv|rfb|roc|ref)/))?([a-z0-9][a-z0-9\\-/._]*[a-z0-9])`,
  'g',
);
/** The word after a label's first word, when that one held no digit (one more word may stand between). */
const NEXT_TOKEN = /^[ \t]*:?[ \t]+(?:[a-z]+[ \t]*:?[ \t]+)?([a-z0-9][a-z0-9\-/._]*[a-z0-9])/;
/** Labels that name the invoice itself (not a reference field): "faktura nr", "zapłata za", "invoice no". */
const INVOICE_WORD_LABEL = /(?:faktur\w*|zaplata\s+za|oplata\s+za|facture|invoice|rechnung|factura|fattura|fatura|factuur)\W*(?:n[°o.]*|nr\.?|no\.?|#)?\W*$/;
/** A due-date word right before a day: « LCR ECH 04/12 », « échéance 04/12 », "due 04/12". */
const DUE_WORD_BEFORE = /(?<![a-z])(?:ech|echeance|echue|due|valeur|au)[\s.:]*$/;
/** A day and month after a due-date word (« LCR ECH 04/12 FA-VBB-2026-121 »): the bill's maturity, not an invoice's number. */
function isMaturity(token: string, folded: string): boolean {
  if (!/^\d{1,2}[/.]\d{1,2}$/.test(token)) return false;
  const at = folded.indexOf(token);
  return at >= 0 && DUE_WORD_BEFORE.test(folded.slice(Math.max(0, at - 14), at));
}
const DATE_LIKE = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})$/;

/** Words that head an invoice-number column ("Invoice No.   Date   Amount", "Facture | Échéance | Montant"). */
const INVOICE_COLUMN =
  /^(?:(?:n[°o]|no\.?|nr\.?|#)\s*)?(?:(?:your|our|votre|notre|ihre|unsere)\s+)?(?:invoice|inv|facture|fact|rechnung|rechnungs?(?:nr|nummer)|factuurnummer|fakturanummer|factura|fattura|factuur|document|pieces?(?:\s+(?:reglee?s?|payee?s?|soldee?s?))?|reference|ref)\.?(?:\s*(?:no|n°|nº|nr|number|numero|nummer|num|#|ref|reference|id)\.?)?$/;
const CELL_SEPARATOR = /\s{2,}|\t|\s*\|\s*/;
/** Words before an account's or a card's last figures: "account ending", « se terminant par », "card ****". */
const ACCOUNT_ENDING = /(?:ending(?:\s+in|\s+with)?|ends\s+(?:in|with)|terminant\s+par|finissant\s+par|se\s+terminant\s+en|endet\s+auf|\*{2,}|x{3,}|…)\s*:?\s*$/i;

/** A column of the supplier's own invoice numbers in a payer's table: « Réf. fournisseur », "Your reference", « Ihre Rechnungsnr. ». */
const SUPPLIER_REFERENCE_COLUMN =
  /^(?:ref(?:erence)?\.?\s+fournisseur|(?:n°\s+)?facture\s+fournisseur|votre\s+(?:ref|reference|facture)\.?|vos\s+ref\.?|your\s+(?:ref|reference|invoice(?:\s+no\.?)?)\.?|(?:supplier|vendor)\s+(?:ref|reference|invoice(?:\s+no\.?)?)\.?|ihre\s+(?:rechnung|rechnungs-?nr|referenz|re-?nr)\.?|lieferanten-?(?:rechnung|referenz))$/;

/**
 * A remittance advice's table: the numbers in the column headed by an invoice word, one per row, until the
 * table ends (a blank line after rows, or a line with fewer cells).
 */
function invoiceColumnNumbers(original: string): string[] {
  const lines = original.split('\n');
  const found: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!.trim().split(CELL_SEPARATOR).filter(Boolean);
    if (header.length < 2) continue;
    // (the payer's own document number stands first, « Pièce », the supplier's invoice under « Réf. fournisseur »: that one)
    const supplierColumn = header.findIndex((cell) => SUPPLIER_REFERENCE_COLUMN.test(foldOnce(cell)));
    const column = supplierColumn >= 0 ? supplierColumn : header.findIndex((cell) => INVOICE_COLUMN.test(foldOnce(cell)));
    if (column < 0) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!.trim();
      if (line === '' || /^[-=_|+\s]+$/.test(line)) {
        // A table turned from HTML holds a blank line between its rows: the table goes on while the next
        // line has as many cells as the header.
        if (found.length) {
          const next = lines.slice(j + 1).find((l) => l.trim() !== '');
          if (next === undefined || next.trim().split(CELL_SEPARATOR).filter(Boolean).length !== header.length) break;
        }
        continue;
      }
      const cells = line.split(CELL_SEPARATOR).filter(Boolean);
      if (cells.length < 2) break;
      const token = cells[column]?.replace(/^(?:n[°o]\s*|#\s*)/i, '') ?? '';
      if (/^[A-Za-z0-9][A-Za-z0-9\-/._]*$/.test(token) && /\d/.test(token) && token.length >= 3 && !DATE_LIKE.test(token) && !found.includes(token)) found.push(token);
    }
    if (found.length) return found;
  }
  return found;
}

function invoiceNumbersIn(original: string, folded: string): string[] {
  const found: string[] = invoiceColumnNumbers(original);
  INVOICE_NUMBER.lastIndex = 0;
  for (let m = INVOICE_NUMBER.exec(folded); m; m = INVOICE_NUMBER.exec(folded)) {
    const start = m.index + m[0].length - m[1]!.length;
    const token = original.slice(start, start + m[1]!.length);
    // A SEPA debit's mandate reference (« Référence de mandat : RUM-ML-542 », "Mandate reference") names the client's
    // mandate, not an invoice: the end-to-end reference beside it does.
    if (MANDATE_REFERENCE.test(folded.slice(m.index, start + m[1]!.length + 12))) continue;
    // A short number counts after a number sign only ("Invoice #58"), not after a bare word ("Ref 12 items").
    const signed = /[#°º]|\bn[or]\b/.test(m[0].slice(0, m[0].length - m[1]!.length));
    // "Libellé : ACOMPTE IFF-2027-017", "Memo: Deposit INV-88": a word may stand between the label and the number.
    if (!/\d/.test(token)) {
      const next = NEXT_TOKEN.exec(folded.slice(start + token.length, start + token.length + 40));
      if (next && /\d/.test(next[1]!) && next[1]!.length >= 3) {
        const at = start + token.length + next[0].length - next[1]!.length;
        // A series in capitals before the number is part of it: "Fatura FT A2027/26" (Portugal's legal form), "FV
        // 2026/04/28" (Poland's, shaped like a date). Not an abbreviation of "invoice" before a number that has its own
        // prefix ("RE RE-2026-0425", "RE RE1050"): the series stands before a number written series/sequence.
        const own = original.slice(at, at + next[1]!.length);
        const series = /^[A-Z]{2,3}$/.test(token) && at === start + token.length + 1 && !/^[A-Za-z]+[-_/.]/.test(own) && own.includes('/') ? `${token} ` : '';
        const value = series + own;
        if ((series || !DATE_LIKE.test(own)) && !found.includes(value)) {
          found.push(value);
          // "Libellé : VIR ES26-510, FAC-001210": the list goes on after it.
          listedAfter(folded, original, at + own.length, own, found);
        }
      }
    }
    // "Tytuł: ZAPLATA ZA 52/07/2026": after an invoice word, a number shaped like a date is the invoice's (sequence/month/year).
    const dateShapedNumber = DATE_LIKE.test(token) && /^\d+\/\d+\/\d+$/.test(token) && INVOICE_WORD_LABEL.test(m[0].slice(0, m[0].length - m[1]!.length));
    if (!/\d/.test(token) || token.length < (signed ? 2 : 3) || (DATE_LIKE.test(token) && !dateShapedNumber)) {
      // "Verwendungszweck: Rechnung F-1": the rejected word may be the next label.
      INVOICE_NUMBER.lastIndex = start;
      continue;
    }
    // "FAC02066 — 4 170,00 EUR": an abbreviation glued to the digits may be the number's own series.
    const before = m[0].slice(0, m[0].length - m[1]!.length);
    // So is one before a slash ("MANDAT 2026-00871 COMMUNE GEISPOLSHEIM FAC/2026/0380"): the number is the whole of it.
    // (not a SWIFT codeword, "/INV/1199", whose number stands alone)
    if (/^[a-z]{2,4}\/$/.test(before) && /^\d/.test(token) && original[start - before.length - 1] !== '/') {
      const whole = original.slice(start - before.length, start + token.length);
      if (!found.includes(whole)) found.push(whole);
      listedAfter(folded, original, start + token.length, whole, found);
      continue;
    }
    if (/^[a-z]{2,4}$/.test(before)) {
      const glued = original.slice(start - before.length, start + token.length);
      if (!found.includes(glued)) found.push(glued);
    }
    if (!found.includes(token)) found.push(token);
    listedAfter(folded, original, start + token.length, token, found);
  }
  return found.filter((n) => !isMaturity(n, folded));
}

const MANDATE_REFERENCE = /(?:reference|ref)\.?\s*(?:unique\s+)?(?:de|du)\s+mandat|mandate\s+ref|mandatsreferenz|referencia\s+(?:del\s+)?mandato/;
/** One more number in a list after an invoice number: ", 2027-007", " et 2027-007", " & INV-43". */
const LISTED = /^\s*(?:(,|;|&|\+|\/|et|and|und|y|e|en)\s*)?(?:(?:facture|invoice|rechnung|factura|fattura|factuur|fatura|fact|inv|n[°o]\.?)\s*)?([a-z0-9][a-z0-9\-/._]*\d[a-z0-9\-/._]*)(?![a-z0-9])/;
/** A series, a year and a sequence: « FC-2026-0203 », « FA2026-118 ». */
const INVOICE_SHAPED = /^[a-z]{1,6}[-/_.]?(?:19|20)\d{2}[-/_.]\d{2,6}$/i;
/** Decimals or a currency right after a number: an amount, not an invoice number. */
const MONEY_AFTER = /^(?:[,.]\d|\s?(?:€|eur|\$|£|usd|gbp|chf))/;

/** "FACT 2027-006 ET 2027-007", "INV-41, INV-42 & INV-43": the numbers listed after `token`, which ends at `end`. */
function listedAfter(folded: string, original: string, end: number, token: string, found: string[]): void {
  for (let next = LISTED.exec(folded.slice(end, end + 60)); next; next = LISTED.exec(folded.slice(end, end + 60))) {
    const at = end + next[0].length - next[2]!.length;
    const value = original.slice(at, at + next[2]!.length);
    if (value.length < 3 || DATE_LIKE.test(value) || MONEY_AFTER.test(folded.slice(at + value.length, at + value.length + 6))) break;
    // Parted by a space only ("FA-2027-0342 FA-2027-0349"): only a number of the same shape, or one shaped like an invoice's
    // own (« Référence : DDE-26-044817 FC-2026-0203 REGLEMENT DIRECT », an insurer's claim number, then the invoice's).
    if (!next[1] && value.replace(/\d/g, '9') !== token.replace(/\d/g, '9') && !INVOICE_SHAPED.test(value)) break;
    if (!found.includes(value)) found.push(value);
    end = at + value.length;
  }
  // A payer's name in capitals between (« MANDAT 2026-08812 UPHF FLSF-2026-044 », « MANDAT 2026-004512 VILLE DE LYON CELESTINS
  // FA-2026-044 »), or a slip's number (« MANDAT 2026-48213 BORD 1877 FA-2026-0603 »): an invoice-shaped number after it is listed too.
  const named = NAME_THEN_INVOICE.exec(original.slice(end, end + 60));
  if (named && INVOICE_SHAPED.test(named[1]!) && !found.includes(named[1]!)) found.push(named[1]!);
}
/** Up to five words in capitals (or short numbers) on the same line, then a reference (the original text). */
const NAME_THEN_INVOICE = /^[ \t]+(?:(?:[A-Z][A-Z'&.-]+|\d{1,6})[ \t]+){1,5}([A-Za-z]{1,6}[-/_.]?\d{4}[-/_.]\d{2,6})(?![A-Za-z0-9])/;

/**
 * A stem of every wording RECEIVED and ADVICE_SUBJECT know, read on the unfolded text (an accent may stand
 * where `.` does): a message without any is no notice, and most of a mailbox is spared its folding.
 */
const MAY_BE_NOTICE =
  /statut|transac|vous a envoy|t.a envoy|sent you|pa[iy]|pag|r.{1,2}gl|vir|vers|pr.{1,2}l.{1,2}v|encaiss|cr.{1,2}dit|acquitt|sold|receiv|avez re|incoming|inbound|fund|money|deposit|transfer|zahl|gutschr|gutgeschr|berwie|beglich|cobro|ingres|abon|bonific|incass|accredit|betal|betaal|bijgeschr|bijschr|ontvang|gecredit|remittance|advice|avis|aviso|avviso|gesend|geschickt|inviat|gestuurd|envi|uznani|recib|receb|wp.yw|wp.yn|przelew|p.ichoz|p.{1,2}jem|berweis|eingeh|eingang|entrant|bezuel|πληρωμ|πίστωσ|εμβασ|κατάθεσ|p.at|op.ac|uhraz|p.ips|kredit|ins.ttn|swish|tagit emot|modtag|mottat|mottag|innbetal|indbetal|inbetal|maks|tilisiir|saapun|j.v..r|kifizet|rkezett|ncasa|primit|cobrad/i;

/**
 * A payment taken back, said by a payment platform or a bank: "Paiement contesté (chargeback)", "prélèvement rejeté",
 * "payment failed", "Lastschrift zurückgegeben", "recibo devuelto". It cancels the notice of that payment.
 */
const REVERSED = /(?<![a-z])(?:chargeback|charge-back|conteste|contested|disputed|rejete|retourne|reversed|returned|failed|echoue|echec|impaye|zuruckgegeben|ruckbelastung|ruckbuchung|devuelto|rechazado|stornato|insoluto|teruggeboekt|storno)(?![a-z])/;
/** The payer disputes the payment: "Marcus Reed has disputed a payment of $1,575.00", "chargeback", "paiement contesté". */
const CHARGEBACK = /(?<![a-z])(?:chargeback|charge-back|disputed|dispute\s+(?:opened|was\s+opened|created)|conteste|contestation|litige|reclamation\s+(?:client|bancaire)|widerspruch|reklamation)(?![a-z])/;
const ABOUT_A_PAYMENT = /(?<![a-z])(?:paiement|prelevement|payment|debit|direct\s+debit|zahlung|lastschrift|pago|recibo|adeudo|pagamento|addebito|betaling|incasso)(?![a-z])/;

/** Words of a payment still to come inside a wording of payment: "la facture SR-27-016 sera payée le 30 juin". */
// (Dutch "wordt betaald op 8 december": the passive present of a payment to come.)
// (Spanish and Portuguese futures of "remain" and "be": "La factura FA26-00641 quedará pagada el 5 de diciembre".)
const TO_COME = /(?<![a-z])(?:sera|seront|va|vont|will|shall|wird|werden|zostanie|zostana|bedzie|ce\s+biti|bude|budou|sara|saranno|verra|zal|zullen|zou|would|should|devrait|doit|soll|wordt|worden|quedara|quedaran|estara|estaran|seran|ficara|ficarao)(?![a-z])/;

/**
 * A wording denied in its own sentence ("Approval does not mean the invoice has been paid", "has not been rejected")
 * or inside it ("la fattura 2026/931-A3 (12.942,00 €) non è stata pagata").
 */
function isDenied(folded: string, m: RegExpExecArray): boolean {
  const before = wordsBefore(folded, 0, m.index, 50);
  return NEGATION.test(before.slice(before.search(/[^.!?\n]*$/))) || NEGATION.test(m[0]);
}

/** Money received as a condition: "We will transfer on 15/12 once owners funds received", « dès réception des fonds », "sobald … eingegangen". */
const AWAITED = /(?<![a-z])(?:once|when|as\s+soon\s+as|until|des\s+que|quand|qd|lorsque|sobald|wenn|appena|quando|cuando|en\s+cuanto|zodra|wanneer)(?![a-z])[^.!?\n,;]{0,40}$/;
function isAwaited(folded: string, m: RegExpExecArray): boolean {
  return AWAITED.test(folded.slice(Math.max(0, m.index - 60), m.index));
}

/**
 * An order to pay issued, the payment itself said to come after it: « Le mandat de paiement a été émis ce jour. Le virement
 * de la Trésorerie interviendra au plus tard le 20 novembre » (a promise with its day, not a notice of payment).
 */
const PAYMENT_TO_COME_AFTER = /^[^\n]{0,200}?(?<![a-z])(?:interviendra|interviendront|sera\s+(?:effectue|vire|verse|realise|execute)|partira|suivra|will\s+(?:follow|be\s+(?:made|paid|sent|executed)))(?![a-z])/;
function isOrderOfPaymentToCome(folded: string, m: RegExpExecArray): boolean {
  return /(?:mandat|ordre)\s+de\s+$/.test(folded.slice(Math.max(0, m.index - 12), m.index)) && PAYMENT_TO_COME_AFTER.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 201));
}

/** Where a wording of money received, said of the past or present, stands (a client's promise is no notice); -1 when none. */
function receivedAt(folded: string, original: string): number {
  for (const m of execAll(RECEIVED, folded)) {
    if (TO_COME.test(m[0]) || isDenied(folded, m) || isAsked(folded, m.index + m[0].length) || isAwaited(folded, m) || isOrderOfPaymentToCome(folded, m)) continue;
    // « Notre client nous a réglé la campagne »: money paid to the one who writes (an agency, a subcontractor), not to the company
    if (/^(?:a|ont)\s/.test(m[0]) && /(?<![a-z])(?:nous|m'|me)\s*$/.test(folded.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (!PREPOSITION_BEFORE_NAME.test(original.slice(m.index, m.index + m[0].length))) return m.index;
  }
  return -1;
}

/** A payment asked about, not told: « Est-ce que le client a payé la facture F-2026-0471 ? », "Has Acme paid INV-204?". */
function isAsked(folded: string, end: number): boolean {
  // (the rest of the sentence, 200 characters at most: a long text stays linear)
  return /^[^.!?\n]{0,200}\?/.test(folded.slice(end, end + 201));
}

/** The sentence around a position (up to 300 characters each way). */
function sentenceAt(text: string, at: number): string {
  const from = Math.max(0, at - 300);
  const before = text.slice(from, at);
  const start = from + Math.max(...['.', '!', '?', '\n'].map((mark) => before.lastIndexOf(mark))) + 1;
  const after = text.slice(at, at + 300);
  const end = at + (after.search(/[.!?\n](?:\s|$)/) + 1 || after.length);
  return text.slice(start, end);
}


/** Words that may open a rejection: a cheap test before folding. */
const MAY_BE_REJECTION = /reje[ct]|refus|declin|disput|contest|litige|abgelehnt|zur[uü]ckgewiesen|rechaza|respint|rifiutat|afgewezen|geweigerd/i;
/**
 * Both stem lists in one pass over the lower-cased text (two case-insensitive passes cost three times as much), the
 * stems grouped by their first letter ("pa[iy]|pag|…" read as "p(?:a[iy]|ag|…)"): V8 tries each top-level
 * alternative at every position of the text, and 25 groups cost about half of 102 stems (20 ms against 37 ms on the
 * bench mailbox's 20,000 messages). It is only tested: the grouping changes which stem a match is, never whether
 * there is one. (The stems hold no group and no "|" of their own.)
 */
const MAY_BE_NOTICE_OR_REJECTION = byFirstLetter([...MAY_BE_NOTICE.source.split('|'), ...MAY_BE_REJECTION.source.split('|')]);

function byFirstLetter(stems: readonly string[]): RegExp {
  const groups = new Map<string, string[]>();
  for (const stem of stems) {
    // (a stem opening on anything but a plain letter, "[a-z]…" or "a?…", stays whole)
    const letter = /^\p{L}(?![*+?{])/u.test(stem) ? stem[0]! : '';
    groups.set(letter, [...(groups.get(letter) ?? []), stem.slice(letter.length)]);
  }
  return new RegExp([...groups].map(([letter, rests]) => `${letter}(?:${rests.join('|')})`).join('|'));
}

/** A rejection stated, not denied ("has not been rejected"). */
function rejectedHere(folded: string): boolean {
  for (const m of execAll(REJECTED, folded)) if (!isDenied(folded, m)) return true;
  return false;
}

/**
 * A client's order to pay through its bank's confirming line (reverse factoring): "Distribucions … ha ordenado a
 * través de BBVA Confirming el pago de las siguientes facturas … Vencimiento 06/11/2026 … El abono se realizará … en la
 * fecha de vencimiento". The bank pays on the maturity day: the notice is a payment dated then, which counts once
 * that day has come (a maturity still ahead leaves the invoice as it was).
 */
const CONFIRMING_ORDER = /confirming(?![a-z])[^\n]{0,80}?(?:el\s+pago|o\s+pagamento|le\s+paiement|the\s+payment)|(?:ordenado|ordenou|ordonne)\s+${W(6)}(?:confirming)/;
const MATURITY_LABEL = /(?<![a-z])(?:vencimiento|vencimento|fecha\s+de\s+vencimiento|data\s+de\s+vencimento|maturity(?:\s+date)?|echeance|due\s+date)(?![a-z])/g;

/** The maturity day a confirming notice states (`folded`: the head already folded, same offsets): the first date after its label (in a table, on the row below), as ISO. */
function maturityOf(head: string, folded: string): string | null {
  for (const m of execAll(MATURITY_LABEL, folded)) {
    const date = findDates(head.slice(m.index + m[0].length, m.index + m[0].length + 120), { order: 'DMY' })[0];
    if (date) return date.iso;
  }
  return null;
}

/** An invoice's own state right after its number, paid: « FA-2026-144 encaissée », "INV-12 paid", « F-3 : réglée ». */
const PAID_RIGHT_AFTER = /^[ \t]*[(:\-–]?[ \t]*(?:est[ \t]+|a[ \t]+ete[ \t]+|deja[ \t]+|bien[ \t]+)*(?:encaissee|payee|reglee|soldee|paid|settled|bezahlt|pagada|pagata|betaald)(?![a-z])/;

/** A line's own failure, or its payment held: « REJETÉ », « impayé », "KO", "failed", "returned", « 0,00 EUR en attente - prescription médicale manquante ». */
/** A payment said on the invoice's own line to be its balance or last instalment: « SOLDE FACT … 3/3 », "final instalment", « Restzahlung », « Le dernier prélèvement lié à la facture … », « facture … entièrement réglée » (not the kind of invoice paid in part: « Re: Facture de solde FTN-2026-0377 », "Balance invoice"). */
const BALANCE_ON_ITS_LINE = /(?<![a-z])(?:(?<!facture\s+de\s+)solde|balance(?!\s+invoice)|saldo|restzahlung|restbetrag|derniere\s+echeance|dernier\s+prelevement|(?:entierement|integralement|totalement)\s+(?:reglee?|payee?|soldee?)|(?:fully|completely)\s+paid|paid\s+in\s+full|final\s+instal?ment|last\s+instal?ment|letzte\s+rate)(?![a-z])|(?<![\d/])(\d)\s?\/\s?\1(?![\d/])/;
/** A funder paying its capped share, the rest billed to another (« Prise en charge partielle … reste à la charge de l'entreprise … : 580,00 € », held-out DOX): its part is settled. */
const REST_BORNE_BY_ANOTHER = /(?<![a-z])reste\s+a\s+la\s+charge\s+(?:de\s+l'entreprise|de\s+l'employeur|du\s+client|de\s+l'adherent|du\s+stagiaire|du\s+beneficiaire|de\s+l'assure|du\s+patient)(?![a-z])/;
const FAILED_ON_ITS_LINE = /(?<![a-z])(?:rejetee?|impayee?|refusee?|echec|echouee?|ko|failed|returned|rejected|devuelto|rechazado|zuruckgegeben|storniert|en\s+attente|suspendue?|pending|on\s+hold|ausstehend|pendiente|in\s+sospeso|sera\s+(?:reglee?|payee?|viree?|incluse?)|seront\s+(?:reglee?s|payee?s)|prochain\s+(?:lot|virement|paiement|reglement)|will\s+be\s+(?:paid|settled|included)|next\s+(?:batch|run|payment))(?![a-z])/;
/** Every line holding a token, its first few (a notice's subject names the invoice before the line that says what is paid). */
function linesAround(text: string, token: string, most = 5): string {
  const lines: string[] = [];
  for (let at = text.indexOf(token); at >= 0 && lines.length < most; at = text.indexOf(token, at + token.length)) {
    const start = text.lastIndexOf('\n', at) + 1;
    const end = text.indexOf('\n', at);
    lines.push(text.slice(start, end < 0 ? text.length : end));
    if (end < 0) break;
    at = end;
  }
  return lines.join('\n');
}

/** The received cue of a bank's report on a batch of direct debits (see RECEIVED). */
const DEBIT_BATCH = /^(?:remise|lot|fichier)\s+de\s+(?:prelevements?|domiciliations?)(?![a-z])/;
/** A list's heading that says its items failed: « Détail des rejets : », « Opérations rejetées : », "Returned items:". */
const FAILED_LIST = /(?<![a-z])(?:rejets?|rejetee?s?|impayee?s?|impayes|echecs?|refusee?s?|rejected|returned|failed|failures|unpaid)(?![a-z])/;

/**
 * The heading of the list a token's line belongs to: the nearest line above it that ends with a colon, when only
 * list items (« - … », « • … », « 1. … ») stand between them. Empty when the line is in no such list.
 */
function listHeading(text: string, token: string): string {
  const at = text.indexOf(token);
  if (at < 0) return '';
  const lines = text.slice(0, text.lastIndexOf('\n', at) + 1).split('\n').slice(0, -1);
  if (!LIST_ITEM.test(lineAround(text, token))) return '';
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (LIST_ITEM.test(line)) continue;
    return /:$/.test(line) ? line : '';
  }
  return '';
}

/** A list item's opening: « - », « • », « 1. », « 2) ». */
const LIST_ITEM = /^\s*(?:[-–•*·]|\d{1,2}[.)])\s/;

function lineAround(text: string, token: string): string {
  const at = text.indexOf(token);
  if (at < 0) return '';
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end);
}

/** The subject, or one of its parts after a dash, or the first line of a body that answers nothing, titles an advice. */
function titledAdvice(subject: string, body: string | null): boolean {
  // (a platform's name may lead it with a colon: « Chorus Pro : avis de paiement »; a bilingual title parts its languages
  // with a slash: « Betaaladvies / Payment advice »)
  const titles = foldOnce(stripReplyPrefixes(subject)).split(/\s[-–—|/]\s|\s?:\s/);
  if (body !== null) titles.push(foldOnce(body.trimStart().split('\n', 1)[0] ?? ''));
  return titles.some((title) => ADVICE_SUBJECT.test(title.trim()));
}

/** A table row that opens on an invoice-shaped reference (letters and figures), then a wide gap: « FN-2026-0455   05/10/2026 ». */
const TABLE_ROW_REFERENCE = /^[ \t]*([A-Za-z]{1,8}[-/_.]?\d[\w/.-]*\d)[ \t]{2,}\S/gm;

export function readPaymentNotice(message: MailMessage): PaymentNotice | null {
  // Notices say what they are in their subject or first lines; folding whole newsletters would cost the scan.
  // A reply is read without what it quotes: a client's "thanks, passed on" above our quoted reminder asking
  // when the payment will come in ("Zahlungseingang") is no notice. A forwarded notice is still read whole.
  const isReply = (message.inReplyTo !== null || hasReplyPrefix(message.subject)) && !isForward(message.subject, message.text);
  const body = isReply ? stripQuoted(message.text) : message.text;
  const head = `${message.subject}\n${body.slice(0, 1500)}`;
  if (!MAY_BE_NOTICE_OR_REJECTION.test(head.toLowerCase())) return null;
  const folded = foldOnce(head);
  RECEIVED.lastIndex = 0;
  NOT_RECEIVED.lastIndex = 0;
  const at = receivedAt(folded, head);
  const received = at >= 0 || titledAdvice(message.subject, isReply ? null : body);
  // A notice that a payment was taken back (a platform's, a bank's, the client's own) names the invoice it was for.
  const reversed = !isReply && at < 0 && REVERSED.test(folded) && ABOUT_A_PAYMENT.test(folded);
  // (a portal's notices thread one under the other: "Invoice AER-2026-0458 has been disputed by …" answers its copy of the invoice)
  const automated = !!message.from && isAutomatedLocalPart(message.from.address);
  const rejected = (!isReply || automated) && !reversed && at < 0 && rejectedHere(folded);
  // A bank's confirming notice pays at the maturity it states: a payment on that day, not before (see maturityOf).
  const matures = !isReply && !reversed && !rejected && CONFIRMING_ORDER.test(folded) ? maturityOf(head, folded) : null;
  // A bank's report on a batch of direct debits tells each debit's fate: its rejections are read per invoice, below.
  const batch = at >= 0 && DEBIT_BATCH.test(folded.slice(at, at + 40));
  if (!matures && !reversed && !rejected && (!received || (NOT_RECEIVED.test(folded) && !batch))) return null;
  // A reply keeps the subject of what it answers ("RE : Factures OL-0152 et OL-0153"): the numbers its sentence of
  // payment names are the ones paid ("La facture OL-0152 a été réglée. La OL-0153 est en attente"); else the subject's.
  const numbersOf = (text: string) => invoiceNumbersIn(text, foldOnce(text));
  // (a number of an invoice's shape, unlabelled, in that sentence names it too: « Ils ont payé la GTA-2025-190 avec 4 mois de
  // retard l'an dernier » under « RE: Isère Habitat – GTA-2026-058 » pays the one it names, not the subject's)
  // (so in any mail: our note to the accountant listing « les factures clients encore ouvertes : AC-2026-045 …, AC-2026-049 … » then
  // « Le Bal de Naves a versé un acompte de 2 000 € sur AC-2026-071 » says nothing paid of the ones listed open)
  const paidSentence = at >= 0 ? sentenceAt(head, at) : '';
  const labelled = paidSentence ? numbersOf(paidSentence) : [];
  const sentence = labelled.length > 0 ? labelled : referencesIn(paidSentence).filter((r) => INVOICE_SHAPED.test(r));
  // A rejection titled with its invoice is about that one, whatever others its reasons name (« … after invoice AER-2026-0421 »).
  const titled = rejected && sentence.length === 0 ? numbersOf(message.subject) : [];
  const invoiceNumbers = sentence.length > 0 ? sentence : titled.length > 0 ? titled : invoiceNumbersIn(head, folded);
  // A bank's credit line names the payer's reference with no label ("VIR INST AGENCE LUMEN 2026-05-0135 +7 524,00 €"):
  // references shaped like invoice numbers in it are read (only those of the company's invoices will match one).
  // (not a SWIFT message's type: "Virement SWIFT reçu (MT103)")
  // (not an account's or a card's last figures, "sent to your bank account ending 4821", nor a year alone, "Nov 18, 2026")
  if (invoiceNumbers.length === 0) invoiceNumbers.push(...referencesIn(head).filter((r) => !SWIFT_MESSAGE_TYPE.test(r) && !isMaturity(r, folded) && !/^(?:19|20)\d{2}$/.test(r) && !ACCOUNT_ENDING.test(head.slice(0, head.indexOf(r)).slice(-40))));
  if (invoiceNumbers.length === 0) return null;
  // A payer's table row whose first column is its own document number, the invoice's number beside it ("Document
  // Reference Amount" over "510004770    LD-2026-0378    8,652.00 EUR", held-out DOY): the row's reference is read too.
  for (const n of invoiceNumbers.filter((x) => /^\d+$/.test(x))) {
    for (const r of referencesIn(lineAround(head, n))) if (/[a-z]/i.test(r) && /\d/.test(r) && !invoiceNumbers.includes(r)) invoiceNumbers.push(r);
  }
  // A remittance advice whose only number read is its own payment reference (« Remittance advice 2000391177 », « Référence de
  // paiement : 2000391177 »), over a table whose rows open on the invoices paid (« FN-2026-0455   05/10/2026   3 216,00 EUR »).
  if (invoiceNumbers.every((n) => /^\d+$/.test(n))) {
    for (const m of head.matchAll(TABLE_ROW_REFERENCE)) if (!invoiceNumbers.includes(m[1]!)) invoiceNumbers.push(m[1]!);
  }
  // A batch listing each invoice's outcome (« - Facture BC-2026-229 - 108,00 EUR - OK », « - Facture BC-2026-231 - 288,00 EUR -
  // REJETÉ ») pays those whose line says nothing of a failure, nor of a payment to come (« La FA-2026-110 sera réglée avec le prochain lot »).
  // (in a batch's report, each debit its line or its list's heading says failed, « Détail des rejets : - NG-2026-0502 … motif AM04 »)
  if (batch) {
    // (its lines name the debits by reference alone, « - NG-2026-0502 – LE BISTROT DU PORT – 144,00 EUR »)
    for (const r of referencesIn(head)) if (INVOICE_SHAPED.test(r) && !invoiceNumbers.includes(r)) invoiceNumbers.push(r);
    invoiceNumbers.splice(0, invoiceNumbers.length, ...invoiceNumbers.filter((n) => !FAILED_ON_ITS_LINE.test(foldOnce(lineAround(head, n))) && !FAILED_LIST.test(foldOnce(listHeading(head, n)))));
    if (invoiceNumbers.length === 0) return null;
  }
  if (!reversed && !rejected && invoiceNumbers.length > 1) {
    const failed = invoiceNumbers.filter((n) => FAILED_ON_ITS_LINE.test(foldOnce(lineAround(head, n))));
    if (failed.length > 0 && failed.length < invoiceNumbers.length) invoiceNumbers.splice(0, invoiceNumbers.length, ...invoiceNumbers.filter((n) => !failed.includes(n)));
    // A list that says which one is paid, each invoice with its state: « 4 factures émises (FA-2026-144 encaissée, FA-2026-148,
    // FA-2026-151, FA-2026-160 en attente) » pays the one marked so (a plural after the last, « F-1, F-2 et F-3 payées », marks none alone).
    const marked = invoiceNumbers.filter((n) => {
      const at = head.indexOf(n);
      return at >= 0 && PAID_RIGHT_AFTER.test(foldOnce(head.slice(at + n.length, at + n.length + 30)));
    });
    if (marked.length > 0 && marked.length < invoiceNumbers.length) invoiceNumbers.splice(0, invoiceNumbers.length, ...marked);
  }
  // (not an account number after its currency: « Avis de crédit – compte CHF 0076 2011 6238 »)
  // (the sum of the sentence that pays, when it states one: « … AC-2026-045 (…, 5 760 €) … Le Bal de Naves a versé un acompte de 2 000 € sur AC-2026-071 »)
  const moneyIn = (text: string) => findMoney(text).find((m) => !/^0\d/.test(text.slice(m.numberIndex, m.numberEnd))) ?? null;
  const money = (paidSentence ? moneyIn(paidSentence) : null) ?? moneyIn(head);
  return {
    messageId: message.messageId,
    date: matures ?? message.calendarDate,
    invoiceNumbers,
    amount: money?.value ?? null,
    currency: money?.currency ?? null,
    ...(reversed ? { reversed } : {}),
    ...(rejected ? { rejected } : {}),
    ...(rejected && rejectedForMissingPaperwork(folded) ? { forPaperwork: true } : {}),
    ...(!reversed && !rejected && (invoiceNumbers.some((n) => BALANCE_ON_ITS_LINE.test(foldOnce(linesAround(head, n)))) || REST_BORNE_BY_ANOTHER.test(folded)) ? { balance: true } : {}),
    ...(reversed && CHARGEBACK.test(folded) ? { disputed: true } : {}),
  };
}
