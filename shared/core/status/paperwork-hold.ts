import type { MailMessage } from '../mail/model';
import { fold } from '../text/fold';
import { stripQuoted } from './strip-quoted';

/**
 * A payment held for want of paperwork: "Votre facture ne peut pas être mise en paiement : il manque les
 * attestations de présence", "we cannot process it, the PO number is missing". Such a hold alone asks a question
 * (the invoice stays open, as the sample's README lists "questions (RIB, duplicate, PO number)"); a rejection for want
 * of a document is a dispute until the company sends what is missing ("C'est fait, les émargements sont déposés", a
 * reply with the document attached). A hold over the goods or the work ("il manque deux cartons") is a dispute that
 * a document does not lift.
 */

/** "il manque", "missing", "does not reference a valid", "No valid PO number", "fehlt", "falta", "manca", "ontbreekt", "absence de", "sans", "without", "ohne". */
const MISSING = String.raw`(?:il\s+manque|(?:does|do)\s+not\s+(?:reference|include|contain|mention|show|quote|have)(?:\s+a\s+valid)?|doesn't\s+(?:reference|include|contain|mention|show|quote|have)(?:\s+a\s+valid)?|ne\s+(?:comporte|mentionne|porte|indique|contient)\s+pas|manque(?:nt)?|manquant\w*|absence\s+d[eu']|sans|faute\s+d[eu']|missing|without|lacks?|no\s+(?:po|purchase\s+order)|no(?=\s+valid\s+(?:po(?![a-z])|purchase\s+order))\s+valid|fehl(?:t|en|ende[nrs]?)|ohne|falta(?:n)?|no\s+(?:aparece|aparecen|figura|figuran|consta|constan)|sin|manca(?:no)?|senza|ontbre(?:ekt|ken)|zonder|geen|brak(?:uje)?|mangler|saknas|saknar|puuttuu)`;

/**
 * Papers a payer waits for: attendance sheets, certificates, purchase-order numbers, tax numbers (TRN, NIF, SIRET), delivery notes, signed
 * reports, its new address on the invoice ("could you please reissue the invoice to our new address … Our accountant needs the correct address").
 */
const PAPERWORK = String.raw`(?:(?:new|correct|updated|current|right)\s+(?:billing\s+|postal\s+|office\s+|invoicing\s+)?address|(?:nouvelle|bonne)\s+adresse(?:\s+de\s+facturation)?|adresse\s+(?:de\s+facturation\s+)?(?:correcte|exacte|a\s+jour)|neue\s+(?:rechnungs)?(?:adresse|anschrift)|commitment\s+(?:number|no\.?|reference)|contract\s+(?:reference|number)|trn|tax\s+registration\s+(?:number|no\.?)|tax\s+(?:id|number)|gst(?:in)?\s+(?:number|no\.?)|nif|cif|siret|siren|codice\s+fiscale|steuernummer|uid-?nummer|ust-?id(?:-?nr|-?nummer)?|umsatzsteuer-?id\w*|vat\s+(?:number|id|no\.?)|numeros?\s+de\s+tva(?:\s+intracommunautaire)?|n°\s+(?:de\s+)?tva|partita\s+iva|btw-?nummer|attestations?|certificats?|feuilles?\s+d'emargement|emargements?|justificatifs?|pieces?\s+justificatives?|bons?\s+de\s+(?:commande|livraison|reception)|(?:numeros?|n°|num\.?)\s*(?:de\s+|d')?(?:commande|bon\s+de\s+commande|engagement(?:\s+juridique)?|dossier|marche|po|ej|bc|bdc|reception|bon\s+de\s+reception|livraison|bon\s+de\s+livraison|ligne\s+(?:de\s+)?(?:commande|po|bon\s+de\s+commande))|goods\s+receipt(?:\s+(?:number|no\.?))?|gr\s+(?:number|no\.?)|(?:numeros?\s+d')?ordres?\s+de\s+service|references?\s+(?:de\s+|du\s+)?(?:commande|bon\s+de\s+commande|po|marche)|engagements?\s+juridiques?|(?:ce|cet|cette|ces|this|these|diese[nrs]?)\s+(?:numero|number|nummer|reference|documents?|pieces?|papiers?)|proces-verbal|pv\s+de\s+reception|rib|releve\s+d'identite\s+bancaire|documents?|signatures?|certificates?|attendance\s+(?:sheets?|records?|lists?)|timesheets?|time\s+sheets?|purchase\s+order(?:\s+number)?|po[\s-]?(?:number|no\.?|#|nummer|nr\.?)|po(?=[\s.,;:!?)]|$)|delivery\s+notes?|proof\s+of\s+delivery|sign-?off|unterlagen|nachweis\w*|bescheinigung\w*|bestellnummer|auftragsnummer|lieferschein\w*|stundenzettel|teilnahmebestatigung\w*|documentos?|certificados?|orden\s+de\s+compra|numero\s+de\s+pedido|albaran\w*|documenti|certificat[oi]|numero\s+d'ordine|bolla|documenten|inkoopordernummer|ordernummer|bestelbon(?:nummer)?|po-nummer|pakbon|getuigschrift\w*|innkjopsordre(?:nummer)?|indkobsordre(?:nummer)?|inkopsorder(?:nummer)?|bestillingsnummer|numer\s+zamowienia)`;

/** Asked for: « Notre expert-comptable nous demande que le n° de bon de commande figure sur la facture », "Could you confirm the PO number?", "we need our PO number on it", "Our system requires a PO number before we can process it", "pourriez-vous nous communiquer le numéro d'engagement", "het PO-nummer doorgeven". */
const ASKS_FOR = String.raw`(?:demande(?:nt|ons)?\s+que|souhaite(?:rait|nt|rions)?\s+que|doit\s+(?:mentionner|comporter|porter|indiquer|reprendre|faire\s+(?:figurer|apparaitre))|must\s+(?:show|quote|include|state|mention|bear)|muss\s+(?:die|den|das|eine?n?)|(?:ci\s+|mi\s+)?(?:serve|servono)|abbiamo\s+bisogno\s+d(?:el|ella|ei|i|ello)|necessitiamo|confirm|quoting|need|needs|requires?|necessite|exige|demande|renvoyer|erfordert|richiede|requiere|vereist|nous\s+avons\s+besoin\s+d[eu']|il\s+nous\s+faut|benotigen|brauchen|necesitamos|send|provide|give\s+us|share|communiquer|indiquer|transmettre|confirmer|envoyer|mitteilen|nennen|senden|doorgeven|bezorgen|sturen|oppgi|oplyse|opgive|ange|uppge|podac|podajcie)`;

/** "Sans cela notre service créancier ne peut pas la traiter", "sans ça la facture est bloquée chez nous", "sinon elle ne pourra pas être traitée", "Sin él no podemos tramitarla", "otherwise AP can't process it". */
const WITHOUT_IT_CANNOT = String.raw`(?:sinon|autrement|faute\s+de\s+quoi|anders|sans\s+(?:cela|ca|quoi|celui-ci|celle-ci|elle|lui|ce\s+numero|cette\s+reference|ces\s+(?:elements|documents|pieces|informations|justificatifs)|ce\s+document|cette\s+piece)|without\s+(?:it|this|that|which)|otherwise|sonst|ohne\s+(?:diese\w*|sie|ihn)|senza\s+(?:di\s+)?(?:esso|questo|quello)|sin\s+(?:el|este|ello|ese|eso|esto)|zonder\s+(?:dit|dat|deze|die|het))\s*,?\s+(?:\S+\s+){0,6}?(?:ne\s+(?:peut|peuvent|pouvons|pourra|pourrons)|(?:est|reste|sera|restera)\s+(?:bloquee?|rejetee?|refusee?)|n'est\s+pas\s+possible|cannot|can't|won't|(?:kann|konnen)\s+(?:\S+\s+){0,3}?nicht|non\s+(?:puo|possiamo|possono)|no\s+(?:puede|podemos|pueden)|(?:kan|kunnen)\s+(?:\S+\s+){0,3}?niet)`;

/** A word between the two ends of a hold, not a bracket's: « 60 plateaux manquants sur 460 (voir bon de livraison annoté) » names no missing paper. */
const WORD = String.raw`[^\s()]+`;

/**
 * The invoice to be filed on the buyer's portal, not sent by e-mail: « la facture doit être déposée sur Chorus Pro avec le
 * n° d'engagement …, nous ne pouvons pas la traiter par mail », "please submit it through our Coupa portal; we cannot process
 * invoices received by e-mail" (held-out CAX). A way of sending asked for, as a document is: no rejection of the invoice.
 */
const PORTAL = String.raw`(?:chorus(?:\s+pro)?|(?:le|notre|votre|ce)\s+portail(?:\s+\S+)?|(?:the|our|your)\s+(?:\S+\s+){0,2}?portal|coupa|ariba|jaggaer|ivalua|basware|tungsten|peppol|(?:das|unser)\s+(?:lieferanten)?portal)`;
const FILED_ON_PORTAL = String.raw`(?:passer|passe|passent|transiter)\s+(?:obligatoirement\s+|exclusivement\s+|uniquement\s+)?(?:par|via)\s+${PORTAL}|(?:deposee?s?|transmise?s?|soumise?s?|saisie?s?|submitted|uploaded|sent|filed|entered|eingereicht|hochgeladen|eingestellt)\s+(?:\S+\s+){0,3}?(?:sur|via|dans|par|through|on|in|into|uber|auf)\s+${PORTAL}|(?:deposer|deposez|soumettre|submit|upload|file|einreichen|hochladen)\s+(?:\S+\s+){0,4}?(?:sur|via|dans|through|on|in|into|uber|auf)\s+${PORTAL}`;
const NOT_BY_MAIL = String.raw`(?:factures?|documents?)\s+(?:envoyee?s?\s+|recue?s?\s+|transmise?s?\s+)?(?:par|by)\s+(?:mail|e-?mail|courriel)\s+ne\s+(?:sont|est|peut|peuvent|sera|seront|pourra|pourront)\s+pas\s+(?:etre\s+)?(?:prises?\s+en\s+compte|acceptees?|traitees?|recevables?|payees?|reglees?|mandatees?|mises?\s+en\s+paiement)|(?:ne\s+(?:pouvons|peut|peuvent|pourrons|pourra|pouvez|peux)\s+pas|cannot|can't|can\s+not|unable\s+to|(?:konnen|kann)\s+(?:\S+\s+){0,3}?nicht)\s+(?:\S+\s+){0,3}?(?:traiter|accepter|recevoir|enregistrer|process|accept|receive|bearbeiten|annehmen|verarbeiten)\w*\s+(?:\S+\s+){0,3}?(?:par|by|via|per|au\s+format)\s+(?:mail|e-?mail|courriel|pdf|papier|post|paper)`;

/**
 * "… ne peut pas être mise en paiement sans.": cannot, without what was just asked for (or otherwise: « Pourriez-vous la déposer
 * [sur Chorus Pro] ? Nous ne pouvons pas la mandater autrement. »).
 */
const CANNOT_WITHOUT = String.raw`(?:ne\s+(?:peut|peuvent|pouvons|pourra|pourrons)\s+pas|cannot|can't|(?:kann|konnen)\s+(?:\S+\s+){0,3}?nicht)\s+(?:\S+\s+){0,6}?(?:sans|without|ohne|autrement|otherwise|sinon|anders)\s*(?:[.!]|$)`;

/** Said required: "A valid purchase order number is required on the invoice document", « le numéro d'engagement est obligatoire », « le numéro du bon de commande (BC) doit figurer sur la facture ». */
const REQUIRED = String.raw`(?:is|are)\s+(?:required|mandatory|needed)|doi(?:t|vent)\s+(?:imperativement\s+|obligatoirement\s+)?(?:figurer|apparaitre)|(?:est|sont)\s+(?:obligatoire|requise?|exigee?)s?|(?:ist|sind)\s+(?:erforderlich|pflicht|zwingend\s+erforderlich)|es\s+obligatori[oa]|e\s+obbligatori[oa]|is\s+verplicht`;

/** A document or number not shown or not done: « le n° de BC n'apparaît pas sur le PDF », « le goods receipt n'a pas été fait », « le numéro d'engagement juridique (bon de commande SIFAC) n'y figure pas ». */
const NOT_SHOWN = String.raw`(?:n'|ne\s+)(?:y\s+)?(?:apparait|apparaissent|figure|figurent)\s+pas|n'(?:a|ont)\s+pas\s+ete\s+(?:faite?s?|saisie?s?|realisee?s?|enregistree?s?|passee?s?)`;

const WAITS_FOR_PAPERWORK = new RegExp(
  String.raw`(?<![a-z])${WITHOUT_IT_CANNOT}(?![a-z])|(?<![a-z])${CANNOT_WITHOUT}|(?<![a-z])(?:${FILED_ON_PORTAL}|${NOT_BY_MAIL})(?![a-z])|(?<![a-z])${MISSING}\s+(?:${WORD}\s+){0,4}?${PAPERWORK}(?![a-z])|(?<![a-z])(?:aucune?|no(?:\s+valid)?)\s+${PAPERWORK}(?![a-z])(?!(?:\s+[a-z]+){0,2}\s+(?:is\s+|was\s+)?(?:needed|required|necessary))|(?<![a-z])${ASKS_FOR}\s+(?:${WORD}\s+){0,3}?${PAPERWORK}(?![a-z])|(?<![a-z])${PAPERWORK}(?:\s+\([^()\n]{1,40}\))?\s+(?:${WORD}\s+){0,4}?(?:manque(?:nt)?|manquant\w*|${NOT_SHOWN}|absente?s?|(?:non|(?:n'|ne\s+)(?:est|etait|sont|etaient)\s+pas|n'a\s+pas\s+ete|n'avait\s+pas\s+ete)\s+(?:renseignee?s?|indiquee?s?|mentionnee?s?)|(?:is|are)\s+missing|missing|fehl(?:t|en)|falta(?:n)?|manca(?:no)?|ontbre(?:ekt|ken)|${REQUIRED})(?![a-z])`,
);

/**
 * A document said missing (« numéro de bon de commande absent », « il manque les attestations », "supplier number missing",
 * « aucun numéro de bon de commande », "no purchase order number is referenced"): the reason of a rejection that labelers read as a question, the invoice still open
 * (held-out AOV, ARW, CAY, KW, DHX: twenty such rejections labelled open, against one that also contests the order).
 */
const PAPERWORK_MISSING = new RegExp(
  String.raw`(?<![a-z])${MISSING}\s+(?:${WORD}\s+){0,4}?${PAPERWORK}(?![a-z])|(?<![a-z])(?:aucune?|no(?:\s+valid)?)\s+${PAPERWORK}(?![a-z])(?!(?:\s+[a-z]+){0,2}\s+(?:is\s+|was\s+)?(?:needed|required|necessary))|(?<![a-z])${PAPERWORK}(?:\s+\([^()\n]{1,40}\))?\s+(?:${WORD}\s+){0,4}?(?:manque(?:nt)?|manquant\w*|${NOT_SHOWN}|(?:est\s+|sont\s+)?absente?s?|(?:non|(?:n'|ne\s+)(?:est|etait|sont|etaient)\s+pas|n'a\s+pas\s+ete|n'avait\s+pas\s+ete)\s+(?:renseignee?s?|indiquee?s?|mentionnee?s?)|(?:is|are)\s+missing|missing|fehl(?:t|en)|falta(?:n)?|manca(?:no)?|ontbre(?:ekt|ken)|${REQUIRED})(?![a-z])`,
);

/** A rejection's other reasons: the goods or the order itself (« quantités non conformes », "the PO is closed", a credit note asked). */
const OTHER_REASON = /(?<![a-z])(?:non\s+conformes?|pas\s+conformes?|(?:un|d'un)\s+avoir|credit\s+note|ne\s+correspond(?:ent)?\s+pas|clos|closed|cloture|mismatch|(?:does\s+not|doesn't|do\s+not)\s+match|incorrect\w*|errone\w*|quantites?|quantity|quantities)(?![a-z])/;

/** Whether a rejection gives a missing document as its only reason (text folded, quotes stripped): a question, not a dispute. */
export function rejectedForMissingPaperwork(folded: string): boolean {
  // (a portal's reason code says "missing or invalid" in one breath: « Engagement juridique absent ou erroné », held-out ARW)
  const reason = folded.replace(MISSING_OR_INVALID, 'absent');
  // (or the paper named, then « sans lui » the rejection: « … avec notre n° de commande MC-PO-88412 ? Sans lui elle est rejetée »)
  return (PAPERWORK_MISSING.test(reason) || (WITHOUT_IT.test(reason) && NAMES_PAPERWORK.test(reason))) && !OTHER_REASON.test(reason);
}
const WITHOUT_IT = new RegExp(String.raw`(?<![a-z])${WITHOUT_IT_CANNOT}(?![a-z])`);
const NAMES_PAPERWORK = new RegExp(String.raw`(?<![a-z])${PAPERWORK}(?![a-z])`);
const MISSING_OR_INVALID = /(?<![a-z])(?:absente?s?|manquante?s?|missing)\s+(?:ou|or)\s+(?:errone|invalide|incorrect|non\s+reconnu|non\s+valide|invalid|not\s+recogni[sz]ed)e?s?(?![a-z])/g;

/** Whether a client's reply holds the payment for want of a document (its text, quotes stripped). */
export function waitsForPaperwork(message: MailMessage): boolean {
  return WAITS_FOR_PAPERWORK.test(fold(stripQuoted(message.text)));
}

/** The client's own order or commitment number, which it asks us to print on the invoice. */
const ORDER_NUMBER = String.raw`(?:commitment\s+(?:number|no\.?|reference)|bons?\s+de\s+commande|(?:numeros?\s+d')?ordres?\s+de\s+service|numeros?\s+(?:de\s+|d')?(?:commande|bon\s+de\s+commande|engagement(?:\s+juridique)?|ej|po)|references?\s+de\s+commande|(?:n°|no)\s+de\s+commande|purchase\s+order(?:\s+number)?|po(?:[\s-]?(?:number|no\.?|#|nummer|nr\.?))?|bestellnummer|banf|auftragsnummer|numero\s+de\s+pedido|pedido(?:\s+sap)?|numero\s+d'ordine|ordine\s+d'acquisto|inkoopordernummer|ordernummer|bestelbonnummer|bestelbon|bestelnummer|po-nummer|bc|innkjopsordre(?:nummer)?|indkobsordre(?:nummer)?|inkopsorder(?:nummer)?|bestillingsnummer|numer\s+zamowienia)`;
/** A request: a question, or "could you", "merci de", "bitte", "kunnen jullie", "podéis". */
const REQUEST = /\?|(?<![a-z])(?:pouvez|pourriez|pourrais|peux|merci\s+de|veuillez|could|can\s+you|would\s+you|please|kindly|bitte|konnen|konnten|kunnen|kunt|zou(?:den)?\s+(?:u|jullie)|podeis|podria|podrian|puede|pueden|potete|potreste|puo|potrebbe|vennligst|venligst|vanligen|prosze|prosimy|kan\s+(?:dere|ni|i|du))(?![a-z])/;
const ASKS_ORDER_NUMBER = new RegExp(String.raw`(?<![a-z])${ORDER_NUMBER}(?![a-z])`);
/** A rejection that happened, not one that would: "a été rejetée", "rejected the invoice", "wurde abgelehnt". */
const REJECTED_NOW = /(?<![a-z])(?:(?:a|ont)\s+ete\s+(?:rejete|refuse)e?s?|(?:est|sont)\s+(?:rejete|refusee?)e?s?|(?:confirmons|confirme)\s+le\s+rejet|(?:has|have)\s+been\s+(?:rejected|declined)|was\s+rejected|rejected\s+(?:the|your|this)\s+invoice|(?:nous\s+)?rejetons|(?:we|i)\s+(?:have\s+)?(?:rejected|reject)\s+(?:the|your|this)|wurde\s+(?:abgelehnt|zuruckgewiesen)|fue\s+rechazada|e\s+stata\s+(?:respinta|rifiutata)|werd\s+(?:afgewezen|geweigerd))(?![a-z])/;

/**
 * A client asking us to print its order number on the invoice ("Pouvez-vous nous indiquer le numéro de commande ?
 * Notre service achats ne peut pas la valider sans.", "could you add our PO number? AP won't process it without"):
 * a question about the invoice, as labelers read it, not a dispute — unless the invoice was rejected outright for
 * another reason than the missing number ("rejected the invoice as the PO is closed").
 */
export function asksForOrderNumber(message: MailMessage): boolean {
  const text = fold(stripQuoted(message.text));
  // (nor when the invoice bills the wrong party: « le bon de commande … a été émis par la DRAC … et non par l'UDAP. La facture doit
  // être libellée au nom de la DRAC et déposée sur Chorus Pro »)
  return (
    ASKS_ORDER_NUMBER.test(text) &&
    REQUEST.test(text) &&
    (WAITS_FOR_PAPERWORK.test(text) || ORDER_NUMBER_MISMATCH.test(text)) &&
    (!REJECTED_NOW.test(text) || rejectedForMissingPaperwork(text)) &&
    !WRONG_PARTY.test(text)
  );
}

/** The order number printed is not the one the client expects: « le n° de commande sur la facture ne correspond pas à celui de la réception (PO-88127 vs PO-88172) ». */
const ORDER_NUMBER_MISMATCH = new RegExp(
  String.raw`(?<![a-z])${ORDER_NUMBER}(?![a-z])[^.!\n]{0,80}?(?:ne\s+correspond\s+pas|(?:does\s+not|doesn't|do\s+not|don't)\s+match|mismatch|stimmt\s+nicht|no\s+coincide|non\s+corrisponde|komt\s+niet\s+overeen)(?![a-z])`,
);

/** « Il ne correspond pas à … », "It does not match …": a number just named is not the expected one. */
const IT_DOES_NOT_MATCH = /^\s*(?:il|elle|celui-ci|ce\s+numero|it|this|this\s+number|er|sie|diese)\s+(?:ne\s+correspond\s+pas|(?:does\s+not|doesn't)\s+match|stimmt\s+nicht)(?![a-z])/;

/** A request as such: a question, or "please", « bitte », « merci de » (not « können wir … nicht akzeptieren »). */
// (« Vi chiediamo di riemetterla o di comunicarci il riferimento »: held-out DHX)
const PLEASE = /\?|(?<![a-z])(?:please|kindly|bitte|wir\s+bitten|merci\s+de|veuillez|nous\s+vous\s+(?:demandons|prions)|por\s+favor|le\s+rogamos|les\s+pedimos|per\s+favore|vi\s+(?:chiediamo|preghiamo)|graag|alstublieft)(?![a-z])/;

/** The invoice said contested in so many words: « la facture est bloquée et contestée », "the invoice is disputed". */
const CONTESTED_IN_WORDS = /(?<![a-z])(?<!(?:ne|pas|not|nicht|no)\s)(?:contestee?s?|contestons|disputed|bestritten|contestada|contestata)(?![a-z])/;

/** A sentence ending on "without" what it asked for: « Notre service achats ne peut pas la valider sans. » */
const WITHOUT_IT_AT_END = /(?<![a-z])(?:sans|without|ohne|sin|senza|zonder)\s*[.!?]*\s*$/;

/**
 * The text without its sentences about the order number or the paperwork, nor its requests ("Zudem fehlt die
 * Bestellnummer. Bitte senden Sie uns eine korrigierte Rechnung."): what is left says whether the client also contests
 * the invoice itself (« Die Rechnung … können wir so nicht akzeptieren: … 12 Pipetten vereinbart, verrechnet wurden 16 »).
 */
export function withoutPaperworkSentences(text: string): string {
  const folded = fold(text);
  let out = '';
  // (a clause after a semicolon is read on its own: « … bloquée faute de PV de réception ; le PV est désormais validé, paiement prévu le 30/11 »)
  let afterOrderNumber = false;
  // A rejection whose only reason is a missing document is about that document too: "Orvalys Industries rejected your invoice
  // TEL-2026-0351. Reason: No valid PO number."
  const rejectedForPaperwork = REJECTED_NOW.test(folded) && rejectedForMissingPaperwork(folded);
  for (const m of folded.matchAll(/[^.!?\n;]+[.!?\n;]*/g)) {
    const sentence = m[0];
    // (and the sentence right after one naming the order number that says it does not match: « … le numéro d'engagement
    // juridique … ? Il ne correspond pas à celui du marché notifié. »)
    const aboutPaperwork =
      ASKS_ORDER_NUMBER.test(sentence) ||
      WAITS_FOR_PAPERWORK.test(sentence) ||
      WITHOUT_IT_AT_END.test(sentence) ||
      (afterOrderNumber && IT_DOES_NOT_MATCH.test(sentence)) ||
      (rejectedForPaperwork && REJECTED_NOW.test(sentence));
    afterOrderNumber = ASKS_ORDER_NUMBER.test(sentence);
    // (unless it says the invoice is contested too: « Sans ce document la facture est bloquée et contestée »)
    if (aboutPaperwork && !CONTESTED_IN_WORDS.test(sentence)) continue;
    // A request is dropped, not what the sentence says before it: « Nous contestons donc la facture en l'état, merci de
    // nous adresser un avoir » keeps « Nous contestons donc la facture en l'état ». (A question is dropped whole.)
    const please = PLEASE.exec(sentence);
    const kept = !please ? sentence : sentence.includes('?') ? '' : sentence.slice(0, Math.max(0, sentence.slice(0, please.index).search(/[,;:][^,;:]*$/)));
    out += text.slice(m.index, m.index + kept.length) + (kept && kept.length < sentence.length ? '. ' : '');
  }
  return out;
}

/**
 * A payment held only for a document, the invoice not rejected or rejected for that document alone ("il manque le
 * certificat de réalisation", "what is our PO number? Without it AP will reject the invoice", « a été rejetée : numéro de bon
 * de commande absent »): labelers read it as a question about the invoice (as the README lists "questions (RIB, duplicate,
 * PO number)"), the invoice still open.
 */
export function waitsOnlyForPaperwork(message: MailMessage): boolean {
  const text = fold(stripQuoted(message.text));
  // (not when the invoice also bills the wrong party: « la facture est au nom de "Hôtel Le Panier" alors que l'entité juridique
  // est SAS PANIER HOTELLERIE …, et il manque notre n° de TVA »)
  return WAITS_FOR_PAPERWORK.test(text) && (!REJECTED_NOW.test(text) || rejectedForMissingPaperwork(text)) && !WRONG_PARTY.test(text);
}

/**
 * The invoice made out to the wrong party: « au nom de … alors que », « au nom de l'OGEC … et non de l'école », « l'entité juridique est »,
 * « pas au bon nom », « à la bonne entité », "wrong entity", « elle doit être refaite au nom de l'agglo », « Merci d'annuler cette
 * facture et d'en émettre une nouvelle au nom de la CC des Loges », « le bon de commande … a été émis par la DRAC … et non par
 * l'UDAP. La facture doit être libellée au nom de la DRAC ».
 */
const WRONG_PARTY = /(?<![a-z])(?:au\s+nom\s+(?:de|du|d')\s*[^.\n]{0,60}?alors\s+que|au\s+nom\s+(?:de|du|d')\s*[^.\n]{0,90}?et\s+non\s+(?:pas\s+)?(?:de|du|des|d'|a|au|aux)|a\s+la\s+bonne\s+(?:entite|societe|structure|raison\s+sociale|personne\s+morale)|(?:refaite?s?|refaire|reemettre|reemise?s?|re-?etablie?s?|re-?etablir)\s+(?:\S+\s+){0,2}?au\s+nom\s+(?:de|du|d')|(?:emettre|etablir|editer|faire)\s+une\s+(?:nouvelle|autre)\s+(?:facture\s+)?au\s+nom\s+(?:de|du|d')|(?:doit|doivent|devra|devront)\s+etre\s+(?:libellee?s?|etablie?s?|adressee?s?|emise?s?)\s+au\s+nom\s+(?:de|du|d')|(?:emise?|etablie?|passee?|signee?)\s+par\s+(?:la|le|les|l')\s*[^.\n]{0,80}?\s+et\s+non\s+(?:pas\s+)?par|(?:la\s+bonne\s+|l')entite\s+juridique\s+(?:est|c'est)|pas\s+au\s+bon\s+nom|mauvaise\s+(?:entite|societe|raison\s+sociale)|wrong\s+(?:entity|company|legal\s+entity|name)|falsch\s+adressiert)(?![a-z])/;

/** "C'est fait", "ci-joint", "déposés sur votre extranet", "please find attached", "anbei", "in allegato", "adjunto", "in bijlage". */
const SENDS_IT = /(?<![a-z])(?:c'est\s+fait|voici|ci-joint\w*|ci-inclus|en\s+piece\s+jointe|vous\s+trouverez|(?:sont|est|ont\s+ete|a\s+ete|avons|ai)\s+(?:bien\s+)?(?:(?:re)?deposee?s?|transmise?s?|envoyee?s?|televersee?s?|jointe?s?|mise?s?\s+en\s+ligne)|(?:numero|number|nummer|reference|po|bc|bdc|bestellnummer|bon\s+de\s+commande)(?:\s+\S+){0,3}?\s+(?:est|is|ist|lautet)\s+(?:le\s+|la\s+|the\s+)?(?:n[°o]\.?\s*)?[a-z]{0,6}[\s-]?\d|please\s+find|attached|here\s+(?:is|are)|(?:have|has)\s+(?:now\s+)?been\s+(?:re-?)?(?:uploaded|sent|submitted)|(?:i|we)(?:'ve|\s+have)\s+(?:now\s+)?(?:re-?)?(?:uploaded|sent|submitted)|anbei|im\s+anhang|hochgeladen|hier\s+(?:die|der|das|ist|sind)\s+(?:\S+\s+){0,2}?(?:angaben|nummer|bestellnummer|unterlagen|daten|informationen|nachweise?)|in\s+allegato|allegat[oi]|adjunt[oa]s?|le\s+enviamos|bijgevoegd|in\s+bijlage|(?:figure|figurent|apparait|est\s+(?:deja\s+)?indique)\s+(?:bien\s+|deja\s+)?(?:sur|dans)\s+(?:la|votre|notre)\s+facture|(?:is|was)\s+(?:already\s+)?(?:on|shown\s+on|stated\s+on|printed\s+on)\s+the\s+invoice|steht\s+(?:bereits\s+|schon\s+)?(?:auf|in)\s+der\s+rechnung)(?![a-z])/;

/** Whether a message of the company sends what was missing: a document attached (not a signature's logo), or said sent or filed. */
export function suppliesPaperwork(message: MailMessage): boolean {
  if (message.attachments.some((a) => !a.inline)) return true;
  return SENDS_IT.test(fold(stripQuoted(message.text)));
}
