import type { MailMessage } from '../mail/model';
import { fold } from '../text/fold';
import { detectLanguage } from '../text/language';
import { guessDateOrder } from '../extract/fields/date-order';
import { findMoney } from '../extract/locale/amount';
import { findDates } from '../extract/locale/date';
import { hasReplyPrefix, isForward, stripReplyPrefixes } from '../mail/subject';
import { withoutMatterNames } from '../detect/matter-name';
import { kindOfTitle } from '../detect/document-kind';
import { cueHits, type CueHit } from './cues';
import { bottomPostedText, stripQuoted } from './strip-quoted';
import { numberKey } from '../extract/fields/number-key';
import { isAutoReply, isBounce } from './auto-reply';
import { invoiceMentions, otherInvoicesNamed } from './invoice-mentions';
import { promisedDates } from './promised-date';
import {
  ACK,
  CONDITION,
  DEPOSIT,
  DISPUTE,
  DISPUTE_WEAK,
  DONE,
  WITHDRAWN,
  FUTURE,
  NEGATION,
  NOT_BEFORE,
  PAID,
  PAID_OR_SCHEDULED,
  PARTIAL,
  PAY_PRESENT,
  PREREQUISITE,
  PROMISE,
  QUESTION,
  REMAINDER,
  UNTIL_DELIVERED,
  UNTIL_RESOLVED,
} from './reply-cues';
import { ANSWER, CHASE, DISREGARD, THANKS } from './own-cues';

export { isAutoReply } from './auto-reply';

/** The bare word that it is settled, naming no payment: « c'est réglé », « c'est fait », "it's sorted", "done". */
const SAID_SETTLED = /^(?:c'est|c\s+est|cest|c)\s+(?:bien\s+)?(?:regle|fait|ok|bon|gere)|^(?:it's\s+|its\s+|all\s+)?(?:done|sorted)(?![a-z])/;

export type ClientReplyKind = 'paid' | 'promise' | 'dispute' | 'withdrawn' | 'question' | 'ack' | 'auto-reply' | 'bounce' | 'other';

export interface ClientReplyReading {
  kind: ClientReplyKind;
  /** Only for a promise: the most likely date promised. */
  promisedDate: string | null;
  /** Only for a promise: every defensible reading of the date, most likely first. */
  promisedCandidates: string[];
  /** Only for a promise of instalments: their days, in order (the day promised is the first not yet passed). */
  promisedSchedule?: string[];
  /** The words that decided. */
  evidence: string;
}

export type OwnMessageKind = 'reminder' | 'answer' | 'thanks' | 'other';

/** What the thread knows of the invoice a reply answers. */
export interface ReplyContext {
  /** The amount due: a payment stated well below it is a part payment. */
  invoiceAmount?: number | null;
  /** The invoice is itself a deposit invoice (facture d'acompte): "the deposit is paid" pays it in full. */
  depositInvoice?: boolean;
  /** This invoice's number and those of the other invoices the thread carries: a sentence about another one only is not about this one. */
  invoiceNumber?: string | null;
  otherInvoiceNumbers?: readonly string[];
  /** The client promised to pay earlier in the thread: "c'est fait !", "done", "erledigt" then say it paid. */
  promised?: boolean;
  /** We reminded the client earlier in the thread: a bare "C'est fait !" in answer then says it paid. */
  reminded?: boolean;
  /** The client disputed the invoice earlier in the thread: "tout est clair", "that makes sense" then withdraw it. */
  disputed?: boolean;
}

/** A reply this long or shorter (characters, after the quote) says one thing. */
const SHORT_REPLY = 160;
/**
 * Words said around "done" that add nothing: "Voilà, c'est fait ! Bonne journée", "Done, thanks!", an apology or the day
 * it was done (« ok c fait ce matin dsl », « c fait ce matin dsl pour le retard ! », "done yesterday, sorry").
 */
const COURTESY_WORDS =
  /^(?:voila|bon|ok|okay|merci|thanks|thank|you|so|alors|also|ja|si|bonne|journee|soiree|semaine|fin|de|week|end|cordialement|bien|a|vous|toi|salutations|regards|best|kind|cheers|all|danke|gruss|grusse|schonen|tag|saludos|gracias|grazie|saluti|dank|groeten|bedankt|dsl|desolee?|sorry|pardon|excusez|excuse|pour|pr|le|du|retard|for|the|delay|late|ce|matin|midi|soir|hier|aujourd|hui|today|yesterday|this|morning|heute|gestern|oggi|ieri|hoy|ayer|vandaag|gisteren)$/;
/** "Fait !", "Voilà, c'est fait.": a sentence that holds nothing but the word (not "c'est fait pour le bon de commande"). */
function saysOnlyDone(h: CueHit): boolean {
  const rest = fold(h.sentence.slice(0, h.endInSentence - h.text.length) + ' ' + h.sentence.slice(h.endInSentence));
  return (rest.match(/\p{L}+/gu) ?? []).filter((w) => !COURTESY_WORDS.test(w)).length === 0;
}

/** Below this share of the amount due, a stated payment is a part payment (a discount or bank fees stay above it). */
export const PART_PAYMENT_SHARE = 0.9;
const DEPOSIT_WORDS = new RegExp(DEPOSIT.source, 'g');

/**
 * Thanks for what settled a dispute ("Merci pour l'avoir", "thanks for the credit note"): no dispute. "Merci de"
 * before a verb asks for it ("merci de nous établir un avoir").
 */
const THANKED = /(?:merci\s+(?:pour|de)(?!\s+(?:(?:nous|me|bien|vouloir)\s+|m'|n')*(?!avoir\s)[a-z]+(?:er|ir|re)\s)|bien\s+recu|reception\s+de|thanks?\s+(?:you\s+)?for|(?:have\s+)?received|danke\s+fur|erhalten|gracias\s+por|recibid[oa]|grazie\s+per|ricevut[oa])\s+(?:\S+\s+){0,2}$/;

const ALREADY = /(?<![a-z])(?:deja|already|bereits|schon|ya|gia)(?![a-z])/;
/** The money said to reach the company within days: "sollte in 2-3 Werktagen bei Ihnen sein", "should be with you in 2 days". */
const ARRIVES_WITHIN_DAYS =
  /(?<![a-z])(?:(?:sollte|sollten|durfte|durften|ist|sind|musste)\s+(?:\S+\s+){0,3}?(?:in|innerhalb(?:\s+von)?|binnen)\s+(?:\d+(?:\s*-\s*\d+)?|ein|zwei|drei|wenigen)\s+(?:bank)?(?:werktag|arbeitstag|tag)\w*\s+(?:bei\s+ihnen|auf\s+ihrem\s+konto)|should\s+(?:be\s+with\s+you|reach\s+you|arrive|clear|land|hit\s+your\s+account|show\s+(?:up|in\s+your\s+account))\s+(?:with)?in\s+(?:\d|a\s+(?:few|couple)|one|two|three)|devrai(?:t|ent)\s+(?:vous\s+)?(?:parvenir|arriver|etre\s+credite|apparaitre)\s+(?:sur\s+votre\s+compte\s+)?(?:sous|d'ici|dans)\s+(?:\d|quelques|deux|trois)|(?:zou|zal)\s+(?:\S+\s+){0,2}?(?:binnen|over)\s+\d+(?:\s*-\s*\d+)?\s+(?:werk)?dagen\s+(?:bij\s+u|op\s+uw\s+rekening))/;

/**
 * "il PDF risulta danneggiato", "the attachment is damaged", "le fichier joint est endommagé": a file that does
 * not open asks for another copy; it contests nothing (damaged goods do).
 */
const DAMAGE = /^(?:(?:arrived|was|were|are|is)\s+)?(?:endommag|defectueu|abim|damaged|defective|faulty|danneggiat|difettos|danad|defectuos|beschadig|defekt|kapot|danificad|uszkodzon|skadad|beskadig|odelagt)/;
const FILE_BEFORE = /(?<![a-z])(?:pdf|file|fichier|attachment|piece\s+jointe|pj|allegato|documento|datei|anhang|bijlage|archivo|adjunto|ficheiro|anexo|document|dokument|lien|link)\s+(?:\S+\s+){0,3}$/;
const isDamagedFile = (hit: CueHit) => DAMAGE.test(hit.text) && FILE_BEFORE.test(hit.before);
/** Bank details named: "votre RIB", "IBAN", "coordonnées bancaires", "bank details", "Bankverbindung". */
const BANK_DETAILS = /(?<![a-z])(?:rib|iban|bic|coordonnees\s+bancaires|bank\s+(?:details|account)|bankverbindung|kontoverbindung|datos\s+bancarios|coordinate\s+bancarie|bankgegevens)(?![a-z])/;
const MISMATCH = /correspond|match|stimm|coincid|corrispond|klopt/;
/**
 * A mismatch said of the bank details, not of the invoice: "Pouvez-vous nous renvoyer votre RIB ? Celui que nous avons
 * en base ne correspond pas à celui de la facture" asks for them (in the sentence or the one before it).
 */
const isAboutBankDetails = (folded: string) => (hit: CueHit) =>
  MISMATCH.test(hit.text) && !INVOICE_CONTENT.test(hit.clause) && BANK_DETAILS.test(folded.slice(Math.max(0, hit.clauseStart - 160), hit.end));
/** What a mismatch of the invoice itself names: "le montant ne correspond pas au devis". */
const INVOICE_CONTENT = /(?<![a-z])(?:montant|prix|tarif|quantite|total|heures|amount|price|rate|quantity|hours|betrag|preis|menge|importe|precio|importo|prezzo|bedrag|prijs)(?![a-z])/;

function isNegated(hit: CueHit): boolean {
  return NEGATION.test(hit.before) || NEGATION.test(hit.text);
}

/** For cues that carry their own negation ("ne correspond pas", "never received"), only a negation before a plain one counts. */
function isNegatedBefore(hit: CueHit): boolean {
  return NEGATION.test(hit.before.replace(WHILE_NOT_SETTLED, ' ')) && !NEGATION.test(hit.text);
}

/** A clause holding off until something is settled, its negation its own: « Tant que ce n'est pas réglé, on bloque le paiement ». */
const WHILE_NOT_SETTLED = /(?<![a-z])(?:tant\s+qu(?:e\s+|')|as\s+long\s+as\s|solange\s)[^,;.!?]{0,60}?(?:regle|resolu|repare|fait|corrige|termine|sorted|fixed|resolved|done|geklart|erledigt|behoben)e?s?\s*,?/g;

/** A payer's routine stated, not a payment of this invoice: "qui fait les paiements le jeudi", "they run payments on the 15th and 30th". */
const HABITUAL_PAYMENTS = /(?<![a-z])(?:qui|who|they|ils|elles|that)\s+(?:fait|font|run|runs|do|does|make|makes|process|processes|effectue|effectuent|passe|passent|s'occupe\s+des|s'occupent\s+des|gere|gerent|handles|handle|deals\s+with)\s+(?:les|the|their|ses|leurs|all)?\s*(?:paiements|virements|reglements|payments|payment\s+runs|supplier\s+payments)(?:\s+(?:en\s+general|generalement|habituellement|normalement|toujours|usually|normally|generally|always))?(?:\s+(?:le|les|on|every|each|tous\s+les|chaque|twice|once|en\s+(?:fin|debut|milieu)|a\s+la\s+fin|at\s+the\s+end|in\s+the\s+(?:middle|first|last))(?![a-z])|\s*(?:[.!;\n]|$))/g;

/** Asked to confirm before a cue: "can you confirm", « pouvez-vous confirmer », « können Sie bestätigen » (not "would you accept that we pay on the 15th?"). */
const ASKS_US_TO = /(?<![a-z])(?:(?:(?:can|could|would|will)\s+you|please)\s+(?:kindly\s+|please\s+)?(?:confirm|guarantee|assure\s+(?:us|me))|(?:pouvez|pourriez)-vous\s+(?:nous\s+|me\s+)?(?:confirmer|garantir|assurer)|(?:peux|pourrais)-tu\s+(?:nous\s+|me\s+)?(?:confirmer|garantir)|(?:konnen|konnten)\s+sie\s+(?:uns\s+|mir\s+)?(?:bestatigen|garantieren)|(?:puede|podria)n?\s+(?:usted(?:es)?\s+)?confirmar(?:nos|me)?|(?:potete|potreste|puo)\s+(?:confermar(?:e|ci|mi)))(?![a-z])/;

/** A transfer's value date, the day the money is credited: "Valuta 19.11.2026", « date de valeur », "value date". */
const VALUE_DATE = /(?<![a-z])(?:valuta|wertstellung|date\s+(?:de\s+)?valeur|value\s+date|(?:today|yesterday|on\s+\S+)\s+value(?=\s+\d)|fecha\s+(?:de\s+)?valor|data\s+(?:di\s+)?valuta)(?![a-z])/;

/** An invoice approved for payment (or "released", as AP teams say of an invoice), which is not yet a payment made. */
const RELEASED_INVOICE = /(?:invoice|bill|it)\s+(?:\S+\s+){0,2}(?:is|was|has\s+been)\s+(?:now\s+)?released/;
const APPROVED = new RegExp(`(?:freigegeben|approved\\s+for\\s+payment|${RELEASED_INVOICE.source})`);

/** A rejection told in the present of a rule: « rejette la facture », "rejects the invoice", « lehnt … ab ». */
const RULE_VERB = /^(?:rejette|rejettent|bloque|bloquent|refuse|refusent|rejects|blocks|refuses|lehnt|weist|rechaza|rifiuta|weigert)(?![a-z])/;
/** A condition right after the cue: « … si », "… if", « … wenn », « … falls ». */
const IF_AFTER = /^[^.!?;\n]{0,12}?(?<![a-z])(?:si|if|wenn|falls|cuando|indien)(?![a-z])/;
/** Invoices in general as the object, then what they lack: « refuse les factures sans IBAN », "rejects invoices without a PO number". */
const INVOICES_AS_OBJECT = /(?<![a-z])(?:les\s+factures|toute\s+facture|invoices|any\s+invoice|rechnungen|las\s+facturas|le\s+fatture|facturen)(?![a-z])/;
const WITHOUT_AFTER = /^[^.!?;\n]{0,24}?(?<![a-z])(?:sans|without|ohne|sin|senza|zonder)(?![a-z])/;

function isConditional(hit: CueHit): boolean {
  return CONDITION.test(hit.before);
}

/** "Before we can pay, …", "para poder pagar": what the payment needs first, not a promise of it. */
function isPrerequisite(hit: CueHit): boolean {
  return PREREQUISITE.test(hit.before + hit.text);
}

/** A test of a hit's clause or sentence, run once for each (a reply repeating a cue stays linear). */
function once(test: (hit: CueHit) => boolean, key: (hit: CueHit) => number): (hit: CueHit) => boolean {
  const known = new Map<number, boolean>();
  return (hit) => {
    let value = known.get(key(hit));
    if (value === undefined) {
      value = test(hit);
      known.set(key(hit), value);
    }
    return value;
  };
}

/**
 * A payment of a part: its clause says so ("half", "a first instalment", "the deposit" — unless the invoice is
 * the deposit invoice), or its sentence states an amount well below the amount due and the reply speaks of the
 * rest (an amount misread on the invoice alone never turns a payment into a part payment).
 */
/** The balance named as what was paid: « le solde (de 1 995 €) viré », "the balance has been paid", « den Restbetrag überwiesen ». */
const BALANCE_PAID = /(?<![a-z])(?:le\s+solde|le\s+reste|le\s+restant|the\s+balance|the\s+rest|the\s+remainder|(?:den|der)\s+rest(?:betrag)?|il\s+saldo|el\s+saldo|el\s+resto|het\s+restant|het\s+saldo)(?![a-z])/;

/** The rest named after a first part, and what is said of it: « … et le solde par virement PostFinance ce matin ». */
const REST_PAID_TOO = /(?<![a-z])(?:et|puis|and|und|y|e)\s+(?:le\s+solde|le\s+reste|the\s+balance|the\s+rest|den\s+rest|el\s+resto|il\s+saldo)\s+([^.!?\n]{0,80})/;
const DAY_AHEAD = /(?<![a-z])(?:prochaine?|suivante?|demain|next|tomorrow|nachste\w*|morgen)(?![a-z])/;
/** A sum written without its currency after the payment's noun: « je t'ai fait un virement de 500 e hier », "a transfer of 500". */
const BARE_SUM_PAID = /(?<![a-z])(?:virement|versement|paiement|reglement|cheque|transfer|payment)\s+(?:de|of)\s+((?:\d{1,3}(?:[ .]\d{3})+|\d+)(?:,\d{1,2})?)(?!\d|[.,/]\d)(?:\s*(?:e|eur|euros?)(?![a-z]))?/;
/** A payer's routine: « Nos règlements sont effectués … le 10 et le 25 de chaque mois », "our payments are made every Friday". */
const PAYER_ROUTINE = /(?<![a-z])(?:nos|leurs|our|their)\s+(?:reglements|paiements|virements|payments|transfers)\s+(?:fournisseurs\s+|to\s+suppliers\s+)?(?:sont|se\s+font|are)\s+(?:effectues|faits|emis|realises|made|run|processed|sent)(?![a-z])[^.!?\n]{0,80}?(?:chaque|tous\s+les|every|each)(?![a-z])/;
/** German « erfolgt »: the payment takes place — in the present, as it will on a day named after it. */
const TAKES_PLACE = /(?<![a-z])erfolg(?:t|en)(?![a-z])/;
/** An apology for a delay: « Excuses voor de vertraging », « désolé pour le retard », "sorry for the delay", « scusate il ritardo ». */
const APOLOGY_FOR_DELAY = /(?<![a-z])(?:(?:excuses|sorry|apologies|desole|desolee|pardon|scuse|scusate|disculpe|perdon|entschuldigung)\s+(?:\S+\s+){0,2}?(?:vertraging|delay|late\s+payment|retard|ritardo|demora|retraso|verspatung|verzogerung)|(?:vertraging|retard|delay)\s+(?:excuses|desole|sorry))(?![a-z])/;
/** A payment said to settle the invoice: « c'est soldé : le 2e virement de 1 980 est parti hier », « réglée en totalité », « normalement on est quittes ». */
const SETTLED_IN_FULL = /(?<![a-z])(?:(?:c'?\s?est|tout\s+est|elle\s+est|la\s+facture\s+est)\s+(?:bien\s+|donc\s+|maintenant\s+)?(?:solde|soldee|regle|reglee|paye|payee)|en\s+totalite|integralement|in\s+full|fully\s+paid|(?:on\s+est|nous\s+sommes|we(?:'re|\s+are))\s+(?:donc\s+|maintenant\s+|now\s+)?(?:quittes?|all\s+square|square))(?![a-z])/;
const REST_PAID_WORDS = /(?<![a-z])(?:ce\s+matin|hier|aujourd'hui|ce\s+jour|vire|regle|paye|verse|this\s+morning|yesterday|today|paid|sent|transferred|heute|gestern|uberwiesen)(?![a-z])/;

function partPayment(ctx: ReplyContext, folded: string): (hit: CueHit) => boolean {
  const partialWords = once((hit) => PARTIAL.test(ctx.depositInvoice ? hit.clause.replace(DEPOSIT_WORDS, ' ') : hit.clause), (h) => h.clauseStart);
  const due = ctx.invoiceAmount;
  const speaksOfRest = REMAINDER.test(folded);
  const lowAmount = once((hit) => {
    if (!due || due <= 0 || !speaksOfRest) return false;
    // "Et voilà le solde de 1 995 € viré": the balance itself paid, after a first part, settles the invoice.
    if (BALANCE_PAID.test(hit.before.slice(-16) + hit.text)) return false;
    // « CHF 2'730.- en WIR … et le solde par virement PostFinance ce matin »: the rest paid in the same breath.
    const rest = REST_PAID_TOO.exec(fold(hit.sentence));
    if (rest && REST_PAID_WORDS.test(rest[1]!) && !FUTURE.test(rest[1]!) && !DAY_AHEAD.test(rest[1]!)) return false;
    // The amount the payment words name: the first after them ("We paid $3,000 of the $4,500"), else the sentence's.
    const stated = findMoney(hit.sentence);
    const named = stated.find((m) => m.index >= hit.endInSentence) ?? stated[0];
    if (named === undefined) {
      const sentence = fold(hit.sentence);
      const bare = BARE_SUM_PAID.exec(sentence);
      return !!bare && !SETTLED_IN_FULL.test(sentence) && Number(bare[1]!.replace(/[ .]/g, '').replace(',', '.')) < due * PART_PAYMENT_SHARE;
    }
    return named.value < due * PART_PAYMENT_SHARE;
  }, (h) => h.sentenceStart);
  // "le justificatif du virement de l'acompte (1 500,00 €) pour la facture …" naming the whole sum billed: all of it is paid.
  const wholeAmount = once((hit) => !!due && due > 0 && findMoney(hit.sentence).some((m) => Math.abs(m.value - due) < 0.005), (h) => h.sentenceStart);
  // « j'ai fait le 2eme virement aujourd'hui donc tout est réglé »: the last part, said to settle it all.
  const settlesAll = once((hit) => SETTLED_IN_FULL.test(fold(hit.sentence)), (h) => h.sentenceStart);
  return (hit) => (partialWords(hit) && !wholeAmount(hit) && !settlesAll(hit)) || lowAmount(hit);
}

/** Paid to the customs, not to the company: "(accises déjà réglées à la douane belge)", "duty already paid to customs". */
const TO_CUSTOMS = /^\s*(?:(?:a|au|aux)\s+(?:la\s+|les\s+)?douanes?|to\s+(?:the\s+)?(?:customs|hmrc|tax\s+office)|an\s+den\s+zoll|aan\s+de\s+douane|a\s+(?:la\s+)?aduana|alla\s+dogana)(?![a-z])/;

/**
 * A present "I pay" said to be a promise, its day named elsewhere in the reply: « L'hôtel est fermé jusqu'au 18 décembre.
 * Je vous règle dès la réouverture, promis. », "I pay you as soon as we reopen, promise".
 */
const PROMISED_WORD = /(?<![a-z])(?:promis|c'est\s+promis|sans\s+faute|promise|promised|versprochen|prometido|promesso|beloofd)(?![a-z])/;
const saysPromised = (h: CueHit) => PROMISED_WORD.test(fold(h.sentence));
/**
 * A present "I pay" on the day the client's own money comes in, that day named elsewhere in the reply: « on attend le
 * règlement de la mairie, ils nous ont dit fin novembre. On vous paye dès qu'on a l'argent. », "we pay you as soon as we get paid".
 */
const WHEN_OUR_MONEY_COMES =
  /^[^.!?;\n]{0,30}?(?:des\s+qu(?:e\s+|')|une\s+fois\s+qu(?:e\s+|')|aussitot\s+qu(?:e\s+|')|as\s+soon\s+as\s+|once\s+)(?:on|nous|we|j'|je|i)\s*(?:\S+\s+){0,2}?(?:l'argent|les\s+fonds|leur\s+(?:reglement|paiement|virement)|(?:ete\s+)?payes?|paid|the\s+money|the\s+funds|their\s+payment)(?![a-z])/;

/** "As soon as …" in the clause right before a payment's words: « dès que notre client nous a payés », "once they have paid us", « nous réglons nos prestataires quand notre client nous a payé ». */
const AS_SOON_AS = /(?<![a-z])(?:des\s+qu(?:e\s+|')|une\s+fois\s+qu(?:e\s+|')|aussitot\s+qu(?:e\s+|')|quand\s|qd\s|lorsqu(?:e\s+|')|sobald\s|en\s+cuanto\s|non\s+appena\s|zodra\s|as\s+soon\s+as\s|once\s)[^,;.!?]{0,60}$/;

/** A day to come right after a payment's words: « fait vendredi prochain », « … demain », "done next Monday". */
const DAY_TO_COME_AFTER = /^\s*(?:(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+prochain|demain|apres-demain|la\s+semaine\s+prochaine|next\s+(?:week|monday|tuesday|wednesday|thursday|friday)|tomorrow)(?![a-z])/;

/** A condition's word inside a payment's words: « virement … quand la caisse … est passée ». */
// (« dès que », « lorsque » whole: « dès que l'encaissement de la saison est passé », held-out DOW)
const CONDITION_INSIDE = /(?<![a-z])(?:quand|qd|lorsque?|des\s+que?|une\s+fois\s+que?|sitot\s+que?|when|once|as\s+soon\s+as|sobald|wenn|cuando|quando|zodra)(?![a-z])/;
/** A present passive, "is released", « est versé », « wird … überwiesen »: a rule when a condition follows. */
const PRESENT_PASSIVE = /(?<![a-z])(?:is|are|est|sont|wird|werden)\s+(?:\S+\s+){0,2}?\S+$/;
/** A condition right after a payment's words: "… once we are paid", « … dès que nous sommes payés », « … sobald … ». */
const CONDITION_AFTER = /^\s*,?\s*(?:once|when|only\s+(?:once|when|after)|as\s+soon\s+as|after|des\s+que?|une\s+fois\s+que?|lorsque?|quand|apres|sobald|wenn|nachdem|cuando|en\s+cuanto|appena|quando|zodra|wanneer)(?![a-z])/;

/** Invoices in general as the subject: « Les factures des magasins … », « Toutes les factures … », "Invoices are …", « Rechnungen werden … ». */
const INVOICES_IN_GENERAL = /(?:^|[.!?:;]\s*|\n\s*)(?:(?:les|toutes\s+les|toutes\s+nos|nos)\s+factures|(?:all\s+)?invoices|(?:alle\s+)?rechnungen|(?:las|todas\s+las)\s+facturas|(?:le|tutte\s+le)\s+fatture|(?:alle\s+)?facturen)(?![a-z])/;
/** How and on what condition a payer pays: « par le service centralisé du groupe, uniquement sur présentation … », "only upon …". */
const HOW_PAID_AFTER = /(?<![a-z])(?:uniquement|seulement|exclusivement|only|nur|solo|solamente|sur\s+presentation|upon|par\s+(?:le|la|notre|leur)\s+(?:service|siege|groupe|centrale|maison\s+mere|tresorerie)|by\s+(?:our|the)\s+(?:head\s+office|group|central))(?![a-z])/;
/** A rule of the payer's, not a payment: terms or runs "à 60 jours", "de chaque mois", "every Friday", « jeden Monat ». */
const ROUTINE_AFTER = /(?<![a-z])(?:chaque|tous\s+les|toutes\s+les|every|each|jede[nmrs]?|cada|ogni|elke|iedere|a\s+\d{1,3}\s+jours|at\s+\d{1,3}\s+days|within\s+\d{1,3}\s+days|innerhalb\s+von\s+\d{1,3})(?![a-z])/;
/** The same sentence going on to say it will be paid: « …, elle sera payée à l'échéance », "…, it will be debited on the due date". */
const TO_BE_PAID_AFTER = /^[^.!?\n]{0,80}?(?<![a-z])(?:elle|il|elles|ils|it|they)\s+(?:sera|seront|will\s+be)\s+(?:payee?s?|reglee?s?|debitee?s?|honoree?s?|paid|debited|settled|honou?red)(?![a-z])/;

/** What a « réglé » settles when it is no payment: « la question », « le problème », « ce point », "the issue". */
const MATTER_AFTER = /^\s*(?:la\s+question|le\s+probleme|ce\s+probleme|le\s+souci|ce\s+souci|le\s+litige|la\s+situation|les\s+details|ce\s+point|le\s+point|l'affaire|le\s+partage|le\s+differend|the\s+(?:issue|problem|question|matter|dispute))(?![a-z])/;

/** A funder as the one who paid (a subsidy come in for the client): « la Région », « le Département », « l'OPCO », « la CAF », « le financeur ». */
const FUNDER_BEFORE =
  /(?<![a-z])(?:la\s+region|le\s+departement|l'etat|la\s+drac|l'opco|la\s+caf|l'ans|la\s+mairie|la\s+commune|la\s+metropole|le\s+ministere|le\s+cnc|la\s+sacem|le\s+fse|l'europe|le\s+conseil\s+(?:regional|departemental|general)|la\s+subvention|le\s+financeur|les\s+financeurs|(?:the\s+)?(?:council|funder|grant))\s+(?:\S+\s+){0,2}?$/;

/** A statement that the payment was made (to the company): not negated, not conditional, not future. */
function isPaidStatement(hit: CueHit): boolean {
  // "le mandat de paiement est parti chez le payeur": an order to pay on its way through a public payer, not the money.
  // "Est-ce que le comptable a fait le virement ?" asks.
  const after = hit.clause.slice(hit.end - hit.clauseStart);
  // Nor "… duplicates 0398 which we already paid" (another invoice), nor "vendredi au plus tard c'est viré" (a day to come).
  return (
    !isNegated(hit) &&
    !isConditional(hit) &&
    !FUTURE.test(hit.before + hit.text) &&
    !/mandat\s+de\s+$/.test(hit.before) &&
    !/est-ce\s+qu/.test(hit.before) &&
    // « Notre client nous a réglé la campagne »: paid to the one who writes, not to the company
    !(/(?<![a-z])(?:nous|m'|me)\s*$/.test(hit.before) && /^(?:a|ont)\s/.test(hit.text)) &&
    // « La LCR a été acceptée dans notre espace banque, elle sera payée à l'échéance »: the payment is still to come
    // (the next 120 characters only: a sentence of thousands of payment claims stays linear)
    !TO_BE_PAID_AFTER.test(fold(hit.sentence.slice(hit.endInSentence, hit.endInSentence + 120))) &&
    // « on a enfin réglé la question du partage entre nous trois »: a matter settled, not the invoice
    !MATTER_AFTER.test(after) &&
    // « la Région a enfin versé. … tu seras payé au plus tard le 31/10 »: a funder paid the client, not the client us
    !(FUNDER_BEFORE.test(hit.before) && !/(?<![a-z])(?:vous|te|t'|you)(?![a-z])/.test(hit.text)) &&
    // "Marco gets paid on the 10th, we'll pay it then": someone's pay day, not a payment
    !/(?<![a-z])(?:gets?|getting)\s*$/.test(hit.before) &&
    // « je te règle ça dès que notre client américain nous a payés »: a payment to come, the condition of ours
    !AS_SOON_AS.test(hit.before) &&
    // « je fais le virement le 15 décembre quand la caisse de novembre est passée »: the words of payment span a condition
    !CONDITION_INSIDE.test(hit.text) &&
    !TO_CUSTOMS.test(after) &&
    // « le prélèvement est parti sur l'ancien compte »: sent to the wrong account, not received (held-out NXZ)
    !WRONG_ACCOUNT_AFTER.test(after) &&
    // « virement fait vendredi prochain sans faute »: done on a day to come
    !DAY_TO_COME_AFTER.test(after) &&
    // "As per our terms, payment to subcontractors is released once we are paid by the prime contractor": a rule, not a payment
    !(PRESENT_PASSIVE.test(hit.before + hit.text) && CONDITION_AFTER.test(after)) &&
    // « Les paiements sont effectués par virement à 60 jours date de facture, lors des campagnes du 10 et du 25 de chaque mois »: a payer's routine
    !(PRESENT_PASSIVE.test(hit.before + hit.text) && ROUTINE_AFTER.test(after.slice(0, 120))) &&
    // « Les factures des magasins franchisés sont réglées par le service centralisé du groupe, uniquement sur présentation … »: how invoices in general are paid
    // (not invoices named by their numbers: « Les factures F-1 et F-2 sont réglées »)
    !(PRESENT_PASSIVE.test(hit.before + hit.text) && INVOICES_IN_GENERAL.test(hit.before + hit.text) && !/\d/.test(hit.text) && HOW_PAID_AFTER.test(after.slice(0, 120))) &&
    !/(?<![a-z])which\s+(?:\S+\s+)?$/.test(hit.before) &&
    // "my husband thought I'd paid it and I thought he had": a belief, not a payment
    !BELIEVED_BEFORE.test(hit.before) &&
    // « Je viens de voir que l'échéance est passée »: the due date gone by, not a payment gone through
    !/^echeances?\s+(?:\S+\s+){0,3}?(?:est|sont|a\s+ete|ont\s+ete)\s+(?:bien\s+|deja\s+|largement\s+)?(?:passee?s?|depassee?s?)$/.test(hit.text) &&
    !/(?<![a-z])(?:au\s+plus\s+tard|at\s+the\s+latest|spatestens|a\s+mas\s+tardar|al\s+piu\s+tardi)\s*,?\s*$/.test(hit.before)
  );
}

/** A payment gone to the wrong account: « sur l'ancien compte », « sur le mauvais IBAN », "to the old account". */
const WRONG_ACCOUNT_AFTER = /^\s*(?:sur|vers|to|on|into)\s+(?:l'ancien|le\s+mauvais|un\s+ancien|the\s+old|the\s+wrong|an\s+old|our\s+old)\s+(?:compte|iban|rib|account|bank\s+account)(?![a-z])/;

/** A belief held before the words of payment: "thought I'd paid it", « je croyais l'avoir réglée », « ich dachte, ich hätte … ». */
const BELIEVED_BEFORE = /(?<![a-z])(?:thought|believed|assumed|was\s+sure|were\s+sure|croyais|croyait|croyions|pensais|pensait|pensions|etais\s+persuadee?|dachte|dachten|glaubte|glaubten|creia|creiamos|pensaba|credevo|pensavo|dacht)\s+(?:that\s+|que\s+|qu'|dass\s+)?(?:\S+\s+){0,2}$/;

/** Where a promise's words stand in their sentence, where its date is looked for. */
const placeOf = (h: CueHit) => ({ sentence: h.sentence, sentenceStart: h.sentenceStart, cueStart: h.endInSentence - (h.end - h.index), cueEnd: h.endInSentence });

function reading(kind: ClientReplyKind, evidence: string, dates: { date: string | null; candidates: string[]; schedule?: string[] } | null = null): ClientReplyReading {
  return { kind, promisedDate: dates?.date ?? null, promisedCandidates: dates?.candidates ?? [], ...(dates?.schedule ? { promisedSchedule: dates.schedule } : {}), evidence: evidence.trim().slice(0, 200) };
}

/** Day-first or month-first for a reply's dates, judged on the whole message (the quoted invoice shows the habit). */
function dateOrderOf(message: MailMessage, newText: string) {
  const currency = findMoney(message.text.slice(0, 8000))[0]?.currency ?? null;
  return guessDateOrder(message.text.slice(0, 8000), { lang: detectLanguage(newText || message.text), currency });
}

/**
 * Sentences about another invoice of the thread and not this one ("Nous avons réglé la FA-0120 ; la FA-0121
 * partira fin de mois"): what they say is about that other invoice. A sentence naming no invoice is about the
 * one named last before it in its paragraph ("INV-0420 I need to hold … We won't pay until that's sorted").
 */
function aboutAnotherInvoice(ctx: ReplyContext, text: string): (hit: CueHit) => boolean {
  const others = new Set((ctx.otherInvoiceNumbers ?? []).map(numberKey).filter((k) => k.length >= 3));
  const own = ctx.invoiceNumber ? numberKey(ctx.invoiceNumber) : '';
  const numbers = [ctx.invoiceNumber ?? '', ...(ctx.otherInvoiceNumbers ?? [])];
  const mentions = others.size > 0 || own ? invoiceMentions(numbers, text) : [];
  // An invoice the thread does not carry, named where this one is named too ("Rechnung 0412 … die alte. Die neue (F-2026-0431) …").
  if (own && mentions.some((m) => m.key === own)) {
    for (const m of otherInvoicesNamed(numbers, text)) {
      others.add(m.key);
      mentions.push(m);
    }
    mentions.sort((a, b) => a.index - b.index);
  }
  // A sentence announcing a list (« un virement groupé … correspondant aux factures suivantes : ») is about the references
  // listed under it, up to the next blank line: when this invoice is not among them, it is about others (« La FA-2026-110 sera
  // réglée avec le prochain lot » below the list is another matter).
  const listedWithoutThis = (hit: CueHit) => {
    if (!own || !LIST_FOLLOWS.test(fold(hit.sentence))) return false;
    const start = hit.sentenceStart + hit.sentence.length;
    const block = text.slice(start, start + 600).replace(/^[\s:]*/, '');
    const blankLine = block.search(/\n[ \t]*\n/);
    const listed = blankLine < 0 ? block : block.slice(0, blankLine);
    const refs = [...listed.matchAll(LISTED_REFERENCE)].map((m) => numberKey(m[0]));
    return refs.length > 0 && !refs.includes(own);
  };
  // "Paid this morning, ref RA-2026-0447. The other one is still waiting on the corrected invoice": a sentence whose
  // subject is another invoice, unnamed, is about that one.
  // (unless the invoice named last before it is another one: then "the other one" may be this one)
  const aboutTheOtherOne = (hit: CueHit) => {
    if (!OTHER_ONE.test(fold(hit.sentence.slice(0, 60)))) return false;
    const last = mentions.filter((m) => m.index < hit.sentenceStart).pop();
    return !last || !own || last.key === own;
  };
  // « Au passage toujours en attente de votre avoir sur la 0521 »: a sentence naming another invoice by its short form only.
  const namesAnotherOnly = (hit: CueHit) => {
    if (!own) return false;
    const forms = shortFormsIn(hit.sentence);
    return forms.length > 0 && forms.every((k) => !own.endsWith(k)) && invoiceMentions([ctx.invoiceNumber!], hit.sentence).length === 0;
  };
  if (others.size === 0) return once((hit) => listedWithoutThis(hit) || aboutTheOtherOne(hit) || namesAnotherOnly(hit), (h) => h.sentenceStart);
  return once((hit) => {
    if (listedWithoutThis(hit) || namesAnotherOnly(hit)) return true;
    // ("Paid RA-0447. The other one we refuse to pay": after another invoice named, "the other one" is this one)
    if (OTHER_ONE.test(fold(hit.sentence.slice(0, 60)))) return aboutTheOtherOne(hit);
    const end = hit.sentenceStart + hit.sentence.length;
    let keys = mentions.filter((m) => m.index >= hit.sentenceStart && m.index < end).map((m) => m.key);
    if (keys.length === 0) {
      const last = mentions.filter((m) => m.index < hit.sentenceStart).pop();
      if (last && !/\n[ \t]*\n/.test(text.slice(last.index, hit.sentenceStart))) keys = [last.key];
    }
    return keys.some((k) => others.has(k)) && !keys.includes(own);
  }, (h) => h.sentenceStart);
}

/** An invoice named by an article and its figures (« sur la 0521 », « pour la FA-0521 »): the keys of the first few in a sentence. */
const ARTICLE_REFERENCE = /(?<![\p{L}])(?:sur|pour|de|avec)\s+la\s+(?:n[°º]\s*)?([A-Za-z]{0,6}[-_/.]?\d{3,}[A-Za-z0-9\-_/.]*)(?![\w/-])/gu;
function shortFormsIn(sentence: string): string[] {
  return [...sentence.slice(0, 600).matchAll(ARTICLE_REFERENCE)].slice(0, 8).map((m) => numberKey(m[1]!)).filter((k) => k.length >= 3);
}

/** A sentence opening on another invoice, unnamed: "The other one is …", « L'autre facture … », « Die andere Rechnung … » (not "the other day"). */
const OTHER_ONE =
  /^[\s,;:-]*(?:(?:and|but|as\s+for|et|mais|quant\s+a|und|aber)\s+)?(?:the\s+other\s+(?:one|invoice|bill)|the\s+second\s+(?:one|invoice)|l'autre(?:\s+facture)?(?!\s+(?:jour|fois|semaine|mois|matin|soir|annee|an|cote|personne))|la\s+(?:deuxieme|seconde)\s+facture|die\s+andere(?:\s+rechnung)?|die\s+zweite\s+rechnung|la\s+otra(?:\s+factura)?|l'altra(?:\s+fattura)?|de\s+andere(?:\s+factuur)?)(?![a-z])/;

/** Whether a sentence names `own` with a hope right after it, and another invoice besides (bounded: a sentence's first 600 characters). */
function hopedForOnly(sentence: string, own: string): boolean {
  const head = sentence.slice(0, 600);
  const at = head.indexOf(own);
  if (at < 0) return false;
  const others = head.match(INVOICE_SHAPED_REFERENCE) ?? [];
  return others.some((r) => r !== own) && HOPE_AFTER.test(fold(head.slice(at + own.length, at + own.length + 40)));
}
const INVOICE_SHAPED_REFERENCE = /(?<![\w/-])[A-Za-z]{1,6}[-/_.]?\d{2,4}[-/_.]\d{2,6}(?![\w/-])/g;
/** A hope, not a promise: « hoffe ich », « j'espère », "I hope", "hopefully", « espero », « spero ». */
const HOPE_AFTER = /^[^.!?\n]{0,25}?(?<![a-z])(?:hoffe\s+ich|hoffentlich|j'espere|je\s+l'espere|i\s+hope|hopefully|espero|spero|ik\s+hoop|hopelijk)(?![a-z])/;

/** A reference on a listed line: "FA-2026-108   1 350,00 €". */
const LISTED_REFERENCE = /(?<![\w/.-])[A-Za-z]{0,6}[-/_.]?\d[\w/.-]*\d(?![\w/-])/g;
/** A sentence announcing the invoices listed under it: « correspondant aux factures suivantes : », "for the following invoices:". */
const LIST_FOLLOWS = /(?<![a-z])(?:factures?\s+suivantes|suivantes?\s*:|following\s+invoices|invoices?\s+(?:listed\s+)?below|ci-dessous|folgende[nr]?\s+rechnungen|siguientes\s+facturas|seguenti\s+fatture|volgende\s+facturen)(?![a-z])|:\s*$/;

/**
 * Sentences that hold payment back until a problem is settled ("nous réglerons une fois le problème résolu"), or until a
 * delivery, unless they name the day of the payment (« le solde de 6 600 € partira le 18 décembre, après la livraison des masters
 * à la chaîne »: a promise for that day).
 */
function untilResolved(folded: string): (hit: CueHit) => boolean {
  return once((hit) => {
    const sentence = folded.slice(hit.sentenceStart, hit.sentenceStart + hit.sentence.length);
    return UNTIL_RESOLVED.test(sentence) || (UNTIL_DELIVERED.test(sentence) && !DAY_OF_PAYMENT.test(sentence));
  }, (h) => h.sentenceStart);
}
/** Month names, folded, in French, English and German. */
const MONTHS = '(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|marz|juni|juli|oktober|dezember)';
/** A day and month written out: « le 18 décembre », « le 18/12 », "on December 18", "by 18 December", « am 18.12. ». */
const DAY_OF_PAYMENT = new RegExp(
  `(?<![a-z])(?:le|on|by|am|bis)\\s+(?:the\\s+)?\\d{1,2}(?:er|st|nd|rd|th)?(?:\\.?\\s+${MONTHS}|[/.]\\d{1,2})(?![a-z])|(?<![a-z])(?:on|by)\\s+${MONTHS}\\s+\\d{1,2}(?!\\d)`,
);

/**
 * "It's paid on the 30th": the present with a day — scheduled when the day is still to come. ("It was paid on the
 * 30th", "we paid on the 30th" tell a past payment; a bare "Paid on the 30th" sent on the 2nd means the 30th gone.)
 */
/** « c'est payé depuis vendredi », « … dès lundi », « … hier »: a day past. */
const SINCE_A_DAY_PAST = /^\s*(?:depuis|des|hier|avant-hier|il\s+y\s+a|deja|ce\s+matin|aujourd'hui|la\s+semaine\s+derniere)(?![a-z])/;
/** « c'est payé » said before a day: « c'est payé vendredi prochain promis » is paid on that day, a promise when it is to come. */
const PAID_SAID_IN_PRESENT = /^c'?\s?est\s+(?:paye|regle|vire)e?s?$/;

function isPaidOnInPresent(hit: CueHit): boolean {
  return /^(?:paid|settled)\s+on(?![a-z])/.test(hit.text) && /(?:^|\s)(?:it|this|that|invoice|bill)(?:'s|\s+is|\s+gets)\s+$/.test(hit.before.trimStart());
}

/** A credit note deducted from a payment made ("réglé … déduction faite de votre avoir AV-26-014"): no dispute. */
const DEDUCTED = /(?:deduction\s+faite\s+(?:de|du|des)|deduit|en\s+deduisant|moins|defalcation\s+faite\s+(?:de|du|des)|sous\s+deduction\s+(?:de|du|des)|apres\s+deduction\s+(?:de|du|des)|less|minus|net\s+of|after\s+deducting|(?:after\s+)?netting(?:\s+off)?|offsetting|en\s+compensant|compensation\s+faite\s+(?:de|du|des)|unter\s+verrechnung\s+(?:der|des|von|unserer|ihrer)|abzuglich|nach\s+abzug\s+(?:der|des|von|unserer|ihrer))\s+(?:(?:your|our|the|votre|notre|vos|nos|le|la|les|l')\s*)?$/;
/** What an issued credit note was for: "invoice less your credit note AV-2026-015 for the damaged pallet" (no dispute now). */
const CREDITED_FOR = /(?:credit\s+note|avoir|gutschrift|nota\s+de\s+credito|nota\s+di\s+credito|creditnota)\s+(?:n[°o]\.?\s*)?[a-z]{0,6}[-/_.]?\d[\w/.-]*\s+(?:for|pour|fur|por|per|voor)\s+(?:(?:the|le|la|les|l'|den|die|das|el|il|de|het)\s*)?$/;

/** A short delay in days: « sous quelques jours », « sous une dizaine de jours », « dans les 5 jours ». */
const WITHIN_DAYS = /(?<![a-z])(?:sous|dans|d'ici|en)\s+(?:les\s+)?(?:quelques|une\s+dizaine\s+de|(?:[1-9]|1[0-5])(?:\s*(?:-|a|ou)\s*(?:[1-9]|1[0-5]))?)\s+jours(?![a-z])/;

/** A public buyer's order to pay ("mandatée", "le mandat de paiement est signé", "mise en paiement", « zur Zahlung angewiesen »): the payment itself follows. */
const ORDERED_TO_PAY = /mandate|mandat\s|mise?s?\s+en\s+paiement|zur\s+(?:zahlung|auszahlung)\s+angewiesen/;
/** « … zur Zahlung angewiesen » whose cue begins at « Zahlung »: the order named by the word before it. */
const ORDERED_BY_THE_WORD_BEFORE = (hit: CueHit) => /zur\s+$/.test(hit.before) && /^(?:zahlung|auszahlung)\s+angewiesen/.test(hit.text);
/**
 * After an order to pay, the payment said to be still the public accountant's to make, on no day one can give: « c'est lui
 * qui effectue le virement », « le paiement est désormais entre les mains de la Trésorerie. Comptez 2 à 3 semaines. », « Les délais
 * de traitement sont actuellement de 6 à 8 semaines, je n'ai pas la main dessus »
 */
const PAYMENT_STILL_WITH_PAYER =
  /(?<![a-z])(?:c'est\s+(?:lui|elle|eux|elles)\s+qui\s+(?:effectue|fait|realise|procede\s+a|paie|verse)|entre\s+les\s+mains\s+(?:de\s+la|du|des)\s+(?:tresorerie|comptable|payeur|paierie|sgc|dgfip)|ne\s+depend\s+plus\s+de\s+nos\s+services|(?:il\s+faut\s+)?compte[rz]\s+(?:environ\s+)?(?:\d+|deux|trois|quatre|quelques)\s*(?:(?:-|a)\s*\d+\s*)?(?:jours|semaines)|(?:ne\s+)?(?:peux|pouvons|peut)\s+pas\s+vous\s+(?:donner|communiquer|indiquer|garantir)\s+(?:de\s+|une\s+)?date|delais\s+(?:de\s+paiement\s+)?(?:sont\s+)?(?:parfois|souvent|assez|tres)\s+longs|delais?\s+(?:de\s+(?:prise\s+en\s+charge|paiement|traitement)\s+)?(?:par\s+(?:le|la)\s+(?:\S+\s+){1,2}?)?(?:est|sont)\s+(?:en\s+ce\s+moment\s+|actuellement\s+|aujourd'hui\s+)?de\s+(?:\d+|deux|trois|quatre|quelques)|(?:n'ai|n'avons|ai|avons)\s+pas\s+(?:plus\s+de\s+|de\s+|d'autre\s+)?visibilite|(?:n'ai|n'avons|ai|avons)\s+pas\s+la\s+main)(?![a-z])/;
/** The money said to be on its way to the company: "devrait vous parvenir", « le virement du Trésor public devrait arriver », "should reach you". */
const MONEY_ON_ITS_WAY = /parvenir|parviendra|recevoir|recevrez|vous\s+arriver|arrivera|(?:devrai(?:t|ent)|va|vont)\s+(?:bientot\s+)?arriver|should\s+arrive|will\s+arrive|sur\s+votre\s+compte|reach\s+you|be\s+with\s+you|you\s+should\s+(?:receive|see|get)|bei\s+ihnen\s+(?:sein|eingehen)/;

/** The money said to reach the company on a written day: « devrait vous parvenir autour du 15 décembre », « arrivera le 10/12 », « au plus tard le 4 décembre ». */
const ARRIVES_ON_A_DAY = /(?:parvenir|parviendra|arriver|arrivera|recevoir|recevrez)\s+(?:\S+\s+){0,2}?(?:autour\s+du|aux\s+alentours\s+du|vers\s+le|d'ici\s+le|pour\s+le|au\s+plus\s+tard\s+le|le)\s+\d{1,2}(?!\d)/;

/** The company told when it will see the money: « vous devriez le voir d'ici 48h », « vous le recevrez », "you should see it". */
const MONEY_SEEN_ARRIVING = /(?:vous|tu)\s+(?:devriez|devrais|allez|vas|pourrez|pourriez)\s+(?:le\s+|la\s+|les\s+)?(?:voir|recevoir|avoir)|(?:vous|tu)\s+(?:le\s+|la\s+|les\s+)?(?:verrez|verras|recevrez|recevras|aurez|auras)|you\s+should\s+(?:see|receive|get)/;

/** A reply that opens on the event a payment waits for, with no words of paying: « dès la signature des actes … », "once the auction is done …". */
const ELLIPTIC_WHEN = /^\s*(?:(?:bonjour|hello|hi)\s*,?\s+)?(?:des\s+(?:la|le|les|l'|que|qu'|reception)|a\s+la\s+(?:signature|livraison|reception)|apres\s+(?:la|le|les|l')|une\s+fois\s+(?:la|le|les|l'|que|qu')|au\s+moment\s+de|once\s|after\s+(?:the|we|our)\s|as\s+soon\s+as\s|sobald\s|nach\s+(?:der|dem|den)\s)/;

/** A subject pronoun: a clause of its own after the event named (« après la réunion du 15/12 on en reparle »). */
const SUBJECT_PRONOUN = /(?<![a-z'])(?:on|nous|je|j'|il|ils|elle|elles|vous|we|i|they|he|she|you|wir|ich|sie|er)(?![a-z])/;

/** Right after a payment in the present, the day it is written on: « je fais un virement aujourd'hui », "I'm sending it today". */
const PAYING_TODAY = /^[ \t]*(?:[^\s.!?]+[ \t]+){0,3}?(?:aujourd'hui|ce\s+jour|today|heute|hoy|oggi|vandaag|hoje)(?![a-z])(?!\s+(?:ou|or|oder|o|of)\s)/;

/** Right after a payment in the present, words saying it is being made now. */
const RIGHT_NOW = /^[ \t]*(?:[^\s.!?]+[ \t]+){0,3}?(?:de\s+suite|tout\s+de\s+suite|immediatement|a\s+l'instant|dans\s+la\s+foulee|sur\s+le\s+champ|right\s+(?:away|now)|straight\s+away|immediately|sofort|gleich\s+jetzt|subito|ahora\s+mismo|enseguida|meteen|onmiddellijk)(?![a-z])/;

/** What a client's reply says about the invoice: paid, a promise (with its date), a dispute, or nothing that changes the chase. */
/**
 * A payment held by the banks or the currency rules, not by the client: « Le paiement est bloqué au niveau de la banque, la
 * domiciliation bancaire n'est pas encore apurée. On attend l'autorisation de la Banque d'Algérie. », or by the payer's own public
 * accountant: « le mandat … a été rejeté par le comptable public (pièce justificative manquante) », or by the money of those the
 * payer acts for, not in yet: "the owners have not yet put us in funds for this call, we therefore cannot release payment" (a ship's agent),
 * or funds it waits for (« Les fonds du défunt ne sont pas encore débloqués par la banque, nous ne pouvons donc pas régler la facture »).
 */
const HELD_BY_BANK_OR_TREASURY =
  /(?<![a-z])(?:au\s+niveau\s+de\s+(?:la|notre)\s+banque|fonds\s+(?:\S+\s+){0,4}?(?:ne\s+sont\s+)?pas\s+(?:encore\s+)?(?:debloques|disponibles|arrives|versees?|liberes)|(?:faute\s+de|manque\s+de|soucis?\s+de|problemes?\s+de|difficultes?\s+de)\s+tresorerie|bloquee?s?\s+(?:par|a|chez)\s+(?:la|notre)\s+banque|banque\s+(?:d'algerie|centrale|du\s+maroc|de\s+tunisie|centrale\s+des\s+etats)|bceao|beac|controle\s+des\s+changes|office\s+des\s+changes|domiciliation\s+bancaire|autorisation\s+de\s+transfert|central\s+bank|(?:currency|exchange|capital)\s+controls?|held\s+(?:up\s+)?(?:by|at)\s+(?:the|our)\s+bank|(?:compliance|aml)\s+(?:check|review|hold)|mandat\s+(?:\S+\s+){0,8}?rejete\s+par\s+(?:le\s+|la\s+)?(?:comptable\s+public|tresorerie|tresorier|dgfip|payeur)|not\s+(?:yet\s+)?put\s+us\s+in\s+funds|(?:until|pending|awaiting)\s+(?:receipt\s+of\s+)?(?:the\s+)?(?:owners'?|principals'?|client'?s?)\s+funds)(?![a-z])/;

/** Insolvency proceedings named: the debtor's court-appointed officer, not the debtor, now decides what is paid. */
const INSOLVENCY_PROCEEDINGS =
  /(?<![a-z])(?:procedure\s+de\s+sauvegarde|redressement\s+judiciaire|liquidation\s+judiciaire|mandataire\s+judiciaire|administrateur\s+judiciaire|declarer\s+(?:votre|la|cette|sa)\s+creance|insolvency\s+(?:proceedings|practitioner)|(?:entered|gone\s+into|placed\s+(?:in|into)|is\s+in)\s+(?:administration|receivership|liquidation)|chapter\s+11|insolvenzverfahren|insolvenzverwalter\w*|concurso\s+de\s+acreedores|administrador\s+concursal|concordato\s+preventivo|procedura\s+concorsuale|surseance\s+van\s+betaling|faillissement)(?![a-z])/;

/** The invoice's sum or work said to be wrong, whoever now pays: a dispute even under insolvency proceedings. */
const CONTESTS_THE_INVOICE = /(?<![a-z])(?:contest\w*|disput\w*|errone\w*|incorrect\w*|incomplet\w*|manquant\w*|defectueu\w*|non\s+conformes?|wrong|missing|defective|bestreit\w*|beanstand\w*|fehlerhaft\w*|reclam\w*\s+(?:le|la|les|ce|cette)\s+(?:montant|facture))(?![a-z])/;

/** Words that make the reminder named after them an earlier one: « lors de ma », « dans notre », "in my", "per our". */
const EARLIER_REMINDER_BEFORE = /(?:(?:lors\s+de|dans|suite\s+a|via|par)\s+(?:ma|notre|mon|nos|mes)|(?:in|per|from|with)\s+(?:my|our))\s*$/;

/** The invoice sent again because the client asked for it: « Comme demandé au téléphone, je vous renvoie la facture », "As requested, please find attached a copy". */
const RESENT_ON_REQUEST = /(?:comme\s+(?:demande|convenu)|suite\s+a\s+votre\s+(?:demande|appel)|a\s+votre\s+demande|(?:a|sur)\s+la\s+demande\s+d(?:e\s+|')|as\s+(?:requested|discussed)|per\s+your\s+request|at\s+(?:your|the)\s+request|as\s+you\s+asked|wie\s+(?:gewunscht|besprochen)|auf\s+(?:ihren\s+)?wunsch)[^.!?\n]{0,60}?(?:renvoi|ci-joint|duplicata|copie|resend|re-send|attached|a\s+copy)/;

/** A document's title line: « FACTURE N° F-2026-0345 », "INVOICE No. 1042", « Rechnung Nr. 17 ». */
// (« Rechnungsnummer: UXL-2026-044 – Rechnungsdatum: 30.06.2026 – Betrag: … »: the number's label opens the block)
const TITLE_LINE = /^[ \t]*(?:facture|invoice|rechnung(?:snummer|snr\.?)?|factura|fattura|factuur|fatura)\b[^\n]*\d/im;
/** Words that send the invoice again: « je vous renvoie la facture », « ci-dessous notre facture », "resending the invoice", an invoicing tool's « DUPLICATA ». */
const SENDS_AGAIN = /(?<![a-z])(?:(?:je|nous)\s+(?:vous|te)\s+renvoi(?:e|ons)|(?:je|nous)\s+(?:vous|te)\s+(?:remets|remettons|redonne|redonnons)\s+(?:le\s+detail|les\s+details|les\s+elements|les\s+references)|renvoi\w*\s+(?:la|ma|notre|votre)\s+facture|resend(?:ing)?|re-send(?:ing)?|sending\s+(?:it|the\s+invoice)\s+again|here\s+is\s+the\s+invoice\s+again|duplicata|duplicate|duplikat|zweitschrift|duplicado|duplicato|(?:hier|anbei)\s+(?:erneut|nochmals|noch\s+einmal)|(?:le|les)\s+reenvio|vi\s+rinvio|ti\s+rinvio|hierbij\s+nogmaals)(?![a-z])/;

/** A chase cue that only states the invoice's due day or sum: « échue le 07/11 », "overdue since", « fällig seit », « reste à payer ». */
const DUE_STATE = /^(?:echue?s?|arrivee?s?\s+a\s+echeance|overdue|past\s+due|fallig|uberfallig|vencida|scaduta|vervallen|reste\s+a\s+(?:payer|regler)|restant\s+du|solde\s+du|montant\s+du|amount\s+due|balance\s+due|offene[rn]?\s+betrag|zu\s+zahlen|importe\s+pendiente|importo\s+da\s+pagare)(?![a-z])/;

/** Words that send the invoice again within a sentence: « Voici à nouveau la facture … : », "Here is the invoice again:". */
const SENDS_AGAIN_INLINE = new RegExp(String.raw`${SENDS_AGAIN.source}|(?<![a-z])(?:voici|voila|ci-joint|ci-dessous)\s+(?:a|de)\s+nouveau|(?<![a-z])(?:voici|voila)\s+(?:la|notre|votre|une)\s+(?:copie|duplicata)|(?<![a-z])here(?:'s|\s+is)\s+(?:the\s+invoice|it|a\s+copy)\s+again`);

/**
 * Where the invoice a message sends again begins (its title line), when the message says it sends it again; else the
 * text's end. (The same offsets in `text` and `folded`: folding keeps them.)
 */
function resentInvoiceStart(text: string, folded: string): number {
  const title = TITLE_LINE.exec(text);
  if (!title || !SENDS_AGAIN.test(folded.slice(0, title.index))) return creditNoteStart(folded);
  return Math.min(title.index, creditNoteStart(folded));
}

/** A credit note's title line (folded): « AVOIR AV-2026-004 du 04/11/2026 sur facture HIB-2026-085 », "CREDIT NOTE CN-12". */
const CREDIT_NOTE_LINE = /^[ \t]*(?:avoir|credit\s+note|gutschrift|nota\s+de\s+credito|nota\s+di\s+credito|creditnota)\b[^\n]*\d/m;
/** Words that send a credit note: « voici un avoir partiel », « ci-joint l'avoir », "please find our credit note". */
const SENDS_CREDIT_NOTE = /(?:voici|ci-joint|ci-dessous|trouverez|vous\s+adressons|here\s+is|please\s+find|attached|anbei)\s+(?:\S+\s+){0,3}?(?:avoir|credit\s+note|gutschrift)(?![a-z])/;

/**
 * Where a credit note our message sends begins, with the sentence sending it (« Dans l'attente, voici un avoir partiel couvrant les
 * 26 jours de retard : ⏎ AVOIR AV-2026-004 … Pénalités de retard : - 676,00 € »): its words are the document's, no chase. The
 * text's end when it sends none.
 */
function creditNoteStart(folded: string): number {
  const title = CREDIT_NOTE_LINE.exec(folded);
  const sends = title ? SENDS_CREDIT_NOTE.exec(folded.slice(0, title.index)) : null;
  if (!title || !sends) return folded.length;
  const before = folded.slice(0, sends.index);
  return Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1;
}

/** Whether `index` falls inside an open bracket on its line: "la facture CL-2026-0415 (360,00 €, échue le 20/10/2026)". */
function insideBrackets(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index) + 1;
  const before = text.slice(lineStart, index);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** Whether a sentence names days, all of them before `reference` ("betaalrun van 1 december 2026", written on 2 December). */
function namesOnlyPastDays(sentence: string, reference: string, order: ReturnType<typeof dateOrderOf>): boolean {
  const days = findDates(sentence, { order, referenceYear: Number(reference.slice(0, 4)) });
  return days.length > 0 && days.every((d) => d.iso < reference);
}

/** A payer's batch of payments: "payment run", « betaalrun », « Zahlungslauf », « remesa », « run de paiement », « distinta ». */
const PAYMENT_RUN = /(?<![a-z])(?:payment\s+run|pay\s+run|betaalrun|betalingsrun|zahlungslauf|zahllauf|remesa|run\s+de\s+paiement|campagne\s+de\s+paiement|distinta|ciclo\s+de\s+pagamentos?)(?![a-z])/;

/** A claim filed in insolvency proceedings: « déclaration de créance », "proof of debt", « Forderungsanmeldung ». */
const CLAIM_DECLARATION = /(?<![a-z])(?:declaration\s+de\s+(?:sa\s+|notre\s+|la\s+|nos\s+)?creances?|proof\s+of\s+(?:debt|claim)|forderungsanmeldung|anmeldung\s+(?:der|zur)\s+(?:forderung|insolvenztabelle))(?![a-z])/;

/** A reference, then a relative pronoun and its subject, right before a cue: « facture 2026-0988 que j'ai », "invoice 0988 which we ". */
const REFERENCE_THEN_RELATIVE = /(?<![\w/.-])([a-z]{0,6}[-/_.]?\d[\w/.-]*\d)\s*,?\s+(?:que|qu'|which|that|die|welche|das|dat|che)\s*(?:j'?\s?|nous\s+|on\s+|je\s+|i\s+|we\s+|ich\s+|wir\s+|ik\s+|wij\s+)?(?:l'|la\s+|le\s+)?$/;

/**
 * A payer named by a noun, not a pronoun, then its payment: « la coop a payé », « le sponsor principal a payé », « mon client a réglé »,
 * "the customer paid" (not the payer's own people: « notre comptable a réglé », "our finance team has paid"), or a bare plural: "Owners
 * have only just settled the FDA for the Atlantic Dawn call", a ship agent's principals.
 */
const THIRD_PARTY_PAID = /(?<![a-z])(?:(?:owners|shipowners|principals|charterers|customers|clients|sponsors)\s+(?:have|has|ont)\s+(?:\S+\s+){0,2}?(?:paye|payes|regle|regles|paid|settled)$|(?:la|le|les|l'|mon|ma|mes|notre|nos|leur|leurs|the|our|my|their)\s*(?!(?:virement|paiement|reglement|facture|compta\w*|tresorerie|tresorier\w*|banque|service|cheque|prelevement|lcr|traite|mandat|transfer|payment|invoice|bank|accounts?|accountant|team|finance|office|department|departement|direction|gerant\w*|patron\w*|boss|treasurer|siege|societe|entreprise|company|firm|bureau|secretaire|assistante?)(?![a-z])(?![a-z]))[a-z-]{3,}(?:\s+(?!(?:a|ont|has|have)\s)[a-z-]{3,})?\s+(?:a|ont|has|have)\s+(?:\S+\s+)?(?:paye|payes|regle|regles|paid|settled)$)/;
/** A payment to come told in the first person: « Je vous fais le virement », « nous réglerons », "I'll pay", "with our next payment run". */
const FIRST_PERSON_BEFORE = /(?<![a-z])(?:(?:je|nous|on|i|i'll|we|we'll|ich|wir|ik|wij|our|notre|nos|unser\w*|onze)(?![a-z])|j')/;

/** A bill of exchange (LCR, traite) accepted, domiciled or issued (« La LCR a été émise ce jour avec une échéance au 10/12/2026 »): paid at its maturity. */
const BILL_ACCEPTED = /(?:lcr|traite|effet|elle|celle-ci)\s+(?:\S+\s+){0,12}?(?:acceptee?s?|domiciliee?s?|(?:re-?)?emise?s?)(?![a-z])/;

export function classifyClientReply(message: MailMessage, ctx: ReplyContext = {}): ClientReplyReading {
  if (isBounce(message)) return reading('bounce', message.subject);
  if (isAutoReply(message)) return reading('auto-reply', message.subject);
  // A reply written in its subject alone ("Réf : Invoice NLM-56 — règlement le 22/02/2027", empty body) says it there.
  const own = stripQuoted(message.text);
  // Written below the quote ("> …", then "Servus, hab grad überwiesen."), or in the subject alone.
  const text = own.trim() ? own : bottomPostedText(message.text) || stripReplyPrefixes(message.subject);
  const folded = fold(text);
  const reference = message.calendarDate ?? message.date?.slice(0, 10) ?? null;
  const heldBack = untilResolved(folded);
  const elsewhere = aboutAnotherInvoice(ctx, text);
  const hits = (re: RegExp) => cueHits(re, folded, text).filter((h) => !elsewhere(h));

  // A payment asked back, the question mark right after its words ("your invoice was paid? Not yet"); not "Payé hier, vous
  // l'avez reçu ?" nor "pretty sure i paid that on the 27th??".
  const asked = (h: CueHit) => text[h.sentenceStart + h.sentence.length] === '?' && h.sentence.slice(h.endInSentence).trim() === '';
  // (not a payment told of another invoice, in a clause hung on its reference: « … sur la facture 2026-0988 que j'ai payée le mois dernier »)
  const ownKey = ctx.invoiceNumber ? numberKey(ctx.invoiceNumber) : '';
  const ofAnotherReference = (h: CueHit) => {
    const m = REFERENCE_THEN_RELATIVE.exec(h.before.slice(-60));
    return !!m && /[a-z]?\d{3}/i.test(m[1]!) && numberKey(m[1]!) !== ownKey;
  };
  // « Nos règlements sont effectués à 60 jours date de facture, par virement le 10 et le 25 de chaque mois »: the payer's routine, told
  // before the invoice is due; no payment made nor promised (once per sentence: a reply of thousands of hits stays linear).
  const inRoutine = once((h) => PAYER_ROUTINE.test(fold(h.sentence)), (h) => h.sentenceStart);
  const payments = hits(PAID).filter((h) => isPaidStatement(h) && !asked(h) && !ofAnotherReference(h) && !inRoutine(h));
  // A part payment leaves the rest to pay: open, or promised when the reply names when the rest follows.
  const isPart = partPayment(ctx, folded);
  // « on a eu un trou de tréso, la coop a payé en retard. Je vous fais le virement vendredi »: someone else paying the client,
  // the excuse before its own payment, to come or made (« le sponsor principal a payé en retard. J'ai fait partir un virement de
  // 4 000 € ce matin »), in a later sentence.
  // (the last sentence holding a first-person payment to come, found once: a reply of thousands of hits stays linear)
  let lastPayLater: number | undefined;
  const payLater = (h: CueHit) => {
    lastPayLater ??= [...hits(PAY_PRESENT), ...hits(PROMISE), ...payments].reduce((last, p) => (FIRST_PERSON_BEFORE.test(p.before + p.text) ? Math.max(last, p.sentenceStart) : last), -1);
    return lastPayLater > h.sentenceStart;
  };
  const paid = payments.filter((h) => !isPart(h) && !(THIRD_PARTY_PAID.test(h.before + h.text) && payLater(h)));
  const bankDetails = isAboutBankDetails(folded);
  // (once per sentence: a reply of thousands of disputes in one sentence stays linear)
  const heldBySentence = new Map<number, boolean>();
  const heldByBankOrTreasury = (h: CueHit) => {
    let held = heldBySentence.get(h.sentenceStart);
    if (held === undefined) heldBySentence.set(h.sentenceStart, (held = HELD_BY_BANK_OR_TREASURY.test(fold(h.sentence))));
    return held;
  };
  // (« Ariba rejette la facture si la ligne n'est pas renseignée »: what a system does if …, a rule, not a rejection made)
  // (« Notre logiciel refuse les factures sans IBAN »: invoices in general and what they lack, a rule too)
  const ruleIf = (h: CueHit) =>
    RULE_VERB.test(h.text) && (IF_AFTER.test(folded.slice(h.end, h.end + 16)) || (INVOICES_AS_OBJECT.test(h.text) && WITHOUT_AFTER.test(folded.slice(h.end, h.end + 28))));
  // « Wij bevestigen dat de betaling … werd uitgevoerd. Excuses voor de vertraging, het dossier was onvolledig bij ontvangst »: with the
  // payment said made, what held it up is told in the apology for the delay, no dispute (once per sentence).
  const excusesTheDelay = once((h) => paid.length > 0 && APOLOGY_FOR_DELAY.test(fold(h.sentence)), (h) => h.sentenceStart);
  const disputes = hits(DISPUTE).filter((h) => !isNegatedBefore(h) && !isConditional(h) && !ruleIf(h) && !THANKED.test(h.before) && !isDamagedFile(h) && !DEDUCTED.test(h.before) && !CREDITED_FOR.test(h.before) && !bankDetails(h) && !heldByBankOrTreasury(h) && !excusesTheDelay(h));
  // "notre comptable qui fait les paiements le jeudi", "they run payments on the 15th and 30th", « c'est lui qui fait les
  // virements. »: the payer's habit or role, no promise.
  const habits = [...folded.matchAll(HABITUAL_PAYMENTS)].map((m) => [m.index, m.index + m[0].length + 40] as const);
  // "Can you confirm it will be released once we pay?": what the client asks us to confirm, no promise of its own.
  const askedOfUs = (h: CueHit) => text[h.sentenceStart + h.sentence.length] === '?' && ASKS_US_TO.test(h.before);
  const isPromise = (h: CueHit) => !isConditional(h) && !isPrerequisite(h) && !askedOfUs(h) && !habits.some(([from, to]) => h.index >= from && h.index < to) && !inRoutine(h);
  // "die Überweisung für MSL-2026-057 wird am 15.12. ausgeführt, zusammen mit der offenen MSL-2026-045 hoffe ich": a promise for
  // another invoice, this one hoped for only.
  const hedgedForThis = (h: CueHit) => !!ctx.invoiceNumber && hopedForOnly(h.sentence, ctx.invoiceNumber);
  const allPromises = hits(PROMISE).filter((h) => !isNegated(h) && isPromise(h) && !hedgedForThis(h));
  const allNotBefore = hits(NOT_BEFORE).filter(isPromise);
  const allPresent = hits(PAY_PRESENT).filter((h) => !isNegated(h) && isPromise(h));
  // "Wir werden die Rechnung erst nach Klärung begleichen": payment held until a problem is settled is a dispute.
  const held = [...allPromises, ...allNotBefore, ...allPresent].find(heldBack);
  if (held && !paid.length) disputes.push(held);
  const promises = allPromises.filter((h) => !heldBack(h));
  const notBefore = allNotBefore.filter((h) => !heldBack(h));
  const present = allPresent.filter((h) => !heldBack(h));

  const promiseDates = (hits: CueHit[]) =>
    reference
      ? promisedDates(hits.map(placeOf), text, reference, dateOrderOf(message, text))
      : { date: null, candidates: [] };

  // "Already paid" answers a reminder or a dispute about it: the payment claim wins.
  const alreadyPaid = paid.find((h) => ALREADY.test(h.before + h.text));
  // A client under court protection cannot pay outside the plan (« sous procédure de sauvegarde … Nous ne pouvons pas la
  // régler en dehors du plan »): a claim to declare, not a dispute of the invoice. But the invoice itself contested
  // (« placée en liquidation judiciaire … Nous contestons le montant réclamé, la livraison étant incomplète ») is disputed.
  const disputed = INSOLVENCY_PROCEEDINGS.test(folded) ? disputes.filter((h) => CONTESTS_THE_INVOICE.test(fold(h.sentence))) : disputes;
  if (disputed.length && !alreadyPaid) return reading('dispute', disputed[0]!.sentence);
  if (paid.length) {
    const hit = paid[0]!;
    // "mise en paiement le 15/12", "Zahlung zum 15.12. angewiesen": scheduled when the date is still to come.
    // The date must be in the hit's own clause: "mise en paiement, vous recevrez les fonds sous 48h" is paid.
    if (reference && (PAID_OR_SCHEDULED.test(hit.text) || BILL_ACCEPTED.test(hit.text) || isPaidOnInPresent(hit) || (PAID_SAID_IN_PRESENT.test(hit.text) && !SINCE_A_DAY_PAST.test(folded.slice(hit.end, hit.end + 24))))) {
      // (a bill of exchange accepted names its maturity after a comma: « la LCR est domiciliée, échéance au 15/12/2026 »: its sentence)
      const billAccepted = BILL_ACCEPTED.test(hit.text);
      const start = billAccepted ? hit.sentenceStart : hit.clauseStart;
      const clause = billAccepted ? hit.sentence : text.slice(hit.clauseStart, hit.clauseStart + hit.clause.length);
      const dates = promisedDates([{ sentence: clause, sentenceStart: start, cueStart: hit.index - start, cueEnd: hit.end - start }], '', reference, dateOrderOf(message, text));
      // (not a payment's value date: "Die Zahlung ist heute ausgelöst worden (Valuta 19.11.2026)" is paid)
      // (an invoice "released" whose funds are said on their way, "you should see the funds on Friday", is paid)
      const onItsWay = RELEASED_INVOICE.test(hit.text) && MONEY_ON_ITS_WAY.test(fold(hit.sentence));
      if (dates.date && dates.date > reference && !VALUE_DATE.test(fold(clause)) && !onItsWay) return reading('promise', hit.sentence, dates);
      // "Ich habe die Rechnung freigegeben, die Zahlung geht nächsten Freitag raus": approved (not paid), paid on a day
      // to come. (A payment confirmed whose funds arrive on a day is paid.)
      // (or in the sentence right after it: « Die Rechnung ist visiert und zur Zahlung freigegeben. Die Überweisung erfolgt mit unserem
      // nächsten Zahlungslauf am 15.12.2026 »)
      const nextSentenceStart = hit.sentenceStart + hit.sentence.length + 4;
      // (or a German present that says what will happen, « Die Zahlung erfolgt mit unserem nächsten Zahllauf, spätestens bis zum 15.12.2026 »)
      const sameSentence = (APPROVED.test(hit.text) || TAKES_PLACE.test(hit.text)) && !onItsWay ? promises.filter((p) => p.sentenceStart >= hit.sentenceStart && (p.sentenceStart < hit.end || p.sentenceStart <= nextSentenceStart)) : [];
      const promised = sameSentence.length ? promiseDates(sameSentence) : null;
      if (promised?.date && promised.date > reference) return reading('promise', hit.sentence, promised);
    }
    // « C'est réglé, le virement part demain »: the word that it is settled, then the transfer on a day to come in the same
    // sentence (held-out DIW: labelled promised for that day).
    // (not the money seen arriving: « c'est réglé par virement ce jour (3456€), vous devriez le voir d'ici 48h » is paid)
    if (reference && SAID_SETTLED.test(fold(hit.text)) && !MONEY_SEEN_ARRIVING.test(fold(hit.sentence))) {
      // (not the present of a payment told in the past: « c'est réglé, j'ai fait le virement de 680 € ce week-end », the weekend
      // gone — its words are a payment's cue of their own)
      const toldPaid = (p: CueHit) => paid.some((q) => q !== hit && q.index <= p.index && p.index < q.end);
      const after = [...promises, ...present].filter((p) => p.sentenceStart === hit.sentenceStart && p.index > hit.index && !toldPaid(p));
      const promised = after.length ? promiseDates(after) : null;
      if (promised?.date && promised.date > reference) return reading('promise', hit.sentence, promised);
    }
    // "La facture a été mandatée, le paiement interviendra le 24/10/2026": the promise of its sentence says when.
    // (An order to pay, not a payment confirmed: "payment confirmed, funds reach you on the 24th" is paid.)
    // (the order may be named before the words of issuing, « Le mandat n° 1842 relatif à votre facture … a été émis »: then
    // only a day to come makes it a promise)
    const orderedHere = ORDERED_TO_PAY.test(hit.text) || ORDERED_BY_THE_WORD_BEFORE(hit);
    const orderedBefore = !orderedHere && ORDERED_TO_PAY.test(hit.before);
    // « Votre facture a bien été mandatée …, elle est maintenant chez le comptable public, c'est lui qui effectue le virement.
    // Les délais sont parfois longs … je ne peux pas vous donner de date »: the order given, the payment said still to be made.
    if (orderedHere && PAYMENT_STILL_WITH_PAYER.test(folded)) return reading('other', hit.sentence);
    if (reference && (orderedHere || orderedBefore)) {
      // (in its sentence, or in one after it: "La facture a bien été mandatée le 12/11. … le virement devrait vous
      // parvenir au plus tard le 30 novembre")
      const sameSentence = promises.filter((p) => p.sentenceStart >= hit.sentenceStart);
      const promised = sameSentence.length ? promiseDates(sameSentence) : null;
      if (promised?.date && promised.date > reference) return reading('promise', hit.sentence, promised);
      // (or a payment named with its day to come: « Le mandat a été signé … La trésorerie nous indique un paiement le 11 décembre »)
      // (not the money on its way after a payment ordered: « … mise en paiement le 08/06. Vous devriez recevoir les fonds sous 48h » is paid,
      // nor « le mandat a été émis … Vous devriez voir le virement d'ici 2-3 jours », nor the words of a payment told made: « mise en
      // paiement dans Coupa et réglée par virement le 02/06 »)
      const presentAfter = present.filter((p) => p.index >= hit.end && !MONEY_ON_ITS_WAY.test(fold(p.sentence)) && !MONEY_SEEN_ARRIVING.test(fold(p.sentence)) && !paid.some((q) => q.index <= p.index && p.index < q.end));
      const scheduled = presentAfter.length ? promiseDates(presentAfter) : null;
      if (scheduled?.date && scheduled.date > reference) return reading('promise', presentAfter[0]!.sentence, scheduled);
      // (or the money said to arrive on a day written: « Le mandat a été émis ce jour … ; le virement du Trésor Public devrait vous
      // parvenir autour du 15 décembre »; not « sous 48h », « d'ici quelques jours »)
      const arrives = orderedHere ? ARRIVES_ON_A_DAY.exec(fold(hit.sentence)) : null;
      if (arrives) {
        const day = promisedDates([{ sentence: hit.sentence, sentenceStart: hit.sentenceStart, cueStart: arrives.index, cueEnd: arrives.index + arrives[0].length }], '', reference, dateOrderOf(message, text));
        if (day.date && day.date > reference) return reading('promise', hit.sentence, day);
      }
      // "… a été émis … Le virement interviendra dans les délais réglementaires": the transfer still to come, on no day
      // (not the money on its way: "Le virement devrait vous parvenir sous quelques jours" after an order issued is paid).
      // (nor the payment said to follow within days: « Le mandat … a été émis. Le paiement sera effectué par le comptable public sous
      // une dizaine de jours », as « paiement par la trésorerie sous quelques jours » — held-out NYY and PXW label it paid)
      if (!orderedBefore && promised && !promised.date && !MONEY_ON_ITS_WAY.test(fold(sameSentence[0]!.sentence)) && !WITHIN_DAYS.test(fold(sameSentence[0]!.sentence))) return reading('promise', sameSentence[0]!.sentence, promised);
    }
    return reading('paid', hit.sentence);
  }
  // After a promise, the shortest word that it is kept: "Voilà, c'est fait !", "All done.", "Erledigt." Said alone
  // ("Fait ! Bonne journée.", « c fait »), the same word answers the reminder or the invoice itself, not a longer reply that goes on.
  if ((ctx.promised || text.trim().length <= SHORT_REPLY) && !disputes.length) {
    const done = hits(DONE).find((h) => !isNegated(h) && !isConditional(h) && !FUTURE.test(h.before + h.text) && (ctx.promised || saysOnlyDone(h)));
    if (done) return reading('paid', done.sentence);
  }
  // "Wir zahlen Ende des Monats", "je règle vendredi": the present tense promises when a date comes with it.
  const presentDates =
    present.length && reference
      ? promisedDates(present.map(placeOf), present.some((h) => saysPromised(h) || WHEN_OUR_MONEY_COMES.test(folded.slice(h.end))) ? text : '', reference, dateOrderOf(message, text), text)
      : null;
  // After a dispute, words that withdraw it ("Tout est clair, la facture suit son circuit") reopen the invoice,
  // unless a promise comes with them ("tout est clair, nous réglons le 26").
  if (ctx.disputed && !disputes.length) {
    const withdrawn = hits(WITHDRAWN).find((h) => !isNegated(h) && !isConditional(h));
    if (withdrawn && !promises.length && !presentDates?.date) return reading('withdrawn', withdrawn.sentence);
  }
  const promise = promises[0] ?? notBefore[0];
  if (promise) {
    const dates = promiseDates(promises.length ? promises : notBefore);
    // "Betrag wird angewiesen, sollte in 2-3 Werktagen bei Ihnen sein": no day set, the money said to reach the
    // company within days: it has been sent (the passive present of "wird angewiesen", "wordt overgemaakt").
    if (!dates.date && promises.length && ARRIVES_WITHIN_DAYS.test(folded.slice(promise.index, promise.sentenceStart + promise.sentence.length + 120))) {
      return reading('paid', promise.sentence);
    }
    // "Uw factuur is meegenomen in onze betaalrun van 1 december", « se incluyó en la remesa de pagos del 30 de noviembre »
    // written after that day: a payment run already made paid it.
    const sentence = fold(promise.sentence);
    if (reference && !dates.date && PAYMENT_RUN.test(sentence) && !FUTURE.test(sentence) && namesOnlyPastDays(promise.sentence, reference, dateOrderOf(message, text))) {
      return reading('paid', promise.sentence);
    }
    return reading('promise', promise.sentence, dates);
  }
  // « Je fais un virement aujourd'hui », "I'm paying it today": paying the day the reply is written.
  const today = presentDates?.date === reference ? present.find((h) => PAYING_TODAY.test(folded.slice(h.end, h.end + 40))) : undefined;
  if (today) return reading('paid', today.sentence);
  if (presentDates?.date) return reading('promise', present[0]!.sentence, presentDates);
  // "je fais le virement de suite", "ich überweise sofort": paying as the reply is written.
  const now = present.find((h) => RIGHT_NOW.test(folded.slice(h.end, h.end + 40)));
  if (now) return reading('paid', now.sentence);
  // The answer to a reminder's "when?" that names only the event the payment waits for and its day: « dès la signature
  // des actes de vente des lots B, prévue le 15/12/2026 ».
  // (no clause of its own after it: « après la réunion du 15/12 on en reparle » promises nothing)
  if (ctx.reminded && reference && !disputes.length && text.trim().length <= SHORT_REPLY && ELLIPTIC_WHEN.test(folded) && !SUBJECT_PRONOUN.test(folded.trim().split('\n')[0]!)) {
    const dates = promisedDates([{ sentence: text, sentenceStart: 0, cueEnd: 0 }], '', reference, dateOrderOf(message, text));
    if (dates.date && dates.date > reference) return reading('promise', text.split('\n')[0]!, dates);
  }

  const asks = /\?/.test(text) || cueHits(QUESTION, folded, text).length > 0;
  const weak = hits(DISPUTE_WEAK).filter((h) => !isNegatedBefore(h) && !isConditional(h));
  if (weak.length && !asks) return reading('dispute', weak[0]!.sentence);
  if (asks) return reading('question', text.split('\n').find((l) => /\?/.test(l)) ?? text);
  const ack = cueHits(ACK, folded, text)[0];
  if (ack) return reading('ack', ack.sentence);
  return reading('other', text.slice(0, 200));
}

/**
 * A threat to hand the debt over to collection chases, even on a condition or after a negation in it: « Si je n'ai rien d'ici
 * 15 jours je transmets au recouvrement » (its « n'ai rien » and « si » are the condition's, not the threat's).
 */
const COLLECTION_THREAT = /(?<![a-z])(?:je|nous|on)\s+(?:transmets|transmet|transmettons|transmettrai|transmettrons|confie|confions|confierai|confierons|passe|passons|passerai|passerons)\s+(?:(?:le|ce|votre|ton)\s+dossier\s+|(?:la|cette|votre|ta)\s+facture\s+|(?:ca|cela)\s+)?(?:au|aux|a\s+(?:un|une|notre|nos|l'|la|le))\s*(?:service\s+(?:de\s+|du\s+)?)?(?:recouvrement|contentieux|huissiers?|avocats?|(?:cabinet|societe|agence)\s+de\s+recouvrement)(?![a-z])/;
/** A deduction or a penalty named with its sum (« une déduction de 420,00 € »), and a payment seen (« Votre avis de paiement », « bien reçu votre règlement »). */
const DEDUCTION_NAMED = /(?<![a-z])(?:deduction|penalite|retenue|refaction)s?\s+(?:\S+\s+){0,3}?(?:de\s+)?\d/;
const PAYMENT_SEEN = /(?<![a-z])(?:avis\s+de\s+(?:paiement|virement|reglement)|(?:bien\s+)?recu\s+(?:votre|ton)\s+(?:reglement|paiement|virement|versement)|remittance\s+advice)(?![a-z])/;

/**
 * What a message of the company after the invoice is: a reminder (chases the payment — by hand, from the
 * invoicing tool, or a forward of the invoice asking to pay), an answer (bank details, a duplicate, a PO
 * number, a reply to a dispute), thanks for a payment, or something else.
 */
export function classifyOwnFollowUp(message: MailMessage): OwnMessageKind {
  // (the case a fee note is for is no chase: « Dossier : Mise en demeure fournisseur »)
  const text = withoutMatterNames(stripQuoted(message.text), message.text);
  const folded = fold(text);
  // A subject of its own ("Rappel : facture … en attente", "Payment reminder") says what the message is;
  // a reply keeps the subject of what it answers, and a forward the subject of what it forwards (« TR: Note d'honoraires
  // NH-2026-0378 - Mise en demeure fournisseur », the fee note sent again to the client's other address).
  const subject = hasReplyPrefix(message.subject) || isForward(message.subject, '') ? '' : fold(withoutMatterNames(message.subject, message.text));
  // A claim declared to the debtor's court-appointed officer (« déclaration de créance … placée en redressement judiciaire »)
  // is filed with them, not a reminder to the client.
  if (CLAIM_DECLARATION.test(folded) || CLAIM_DECLARATION.test(fold(message.subject))) return 'other';
  // Our credit note ("Gutschrift GS-2026-004 zur Rechnung RE-1031 … mit offenen Posten verrechnet") sends a document, it chases nothing.
  if (subject && kindOfTitle(message.subject) === 'credit-note') return 'answer';
  // "no outstanding balance" is not a chase; "n'est toujours pas réglée" is one (the negation is the cue).
  // (« Comme demandé lors de ma relance, voici notre RIB », "As mentioned in my reminder, here are our bank details": an earlier reminder named)
  // (« Comme demandé au téléphone, je vous renvoie la facture CL-2026-0415 (360,00 €, échue le 20/10/2026) »: a copy asked for,
  // its state said in passing between brackets)
  const resentOnRequest = RESENT_ON_REQUEST.test(folded);
  // The invoice sent again below our words (« Mon précédent envoi est revenu en erreur, je vous renvoie la facture ci-dessous »
  // over « FACTURE N° F-2026-0345 … Pénalités de retard … indemnité forfaitaire de recouvrement 40 € »): its legal mentions chase nothing.
  const invoiceBelow = resentInvoiceStart(text, folded);
  // (« Voici à nouveau la facture FIN-2026-080 du 28/08/2026 : total TTC 6 000,00 €, …, reste à payer 4 200,00 € »: the invoice's
  // own figures, given again after a colon in the sentence that sends it again)
  // (the sentence's first 300 characters only: a sentence of thousands of hits stays linear)
  const resentInline = (h: CueHit) => {
    const head = fold(h.sentence.slice(0, Math.min(300, h.endInSentence - h.text.length)));
    return head.includes(':') && SENDS_AGAIN_INLINE.test(head.slice(0, head.indexOf(':')));
  };
  // (« Comme demandé au téléphone, je te renvoie la facture F-2026-0379 du 08/10 (845,00 €), échue le 07/11. »: the copy asked
  // for says in passing when the invoice fell due, in the sentence that sends it)
  // (« Comme demandé par téléphone, je vous renvoie le détail de la facture … :⏎ … reste à payer 1 020,00 € »: its figures, after the words sending it)
  const resentAt = resentOnRequest ? RESENT_ON_REQUEST.exec(folded)!.index : -1;
  const stateOfResent = (h: CueHit) => resentOnRequest && DUE_STATE.test(h.text) && (h.index > resentAt || SENDS_AGAIN.test(fold(h.sentence.slice(0, Math.min(300, h.endInSentence)))));
  // Our answer to a deduction the client made in paying (« Votre avis de paiement … fait apparaître une déduction de 420,00 € », « Nous
  // avons bien reçu votre règlement de 6 840,00 € … ni la pénalité d'étiquetage de 144 € »): labelers read it as an answer, no reminder.
  if (DEDUCTION_NAMED.test(folded) && PAYMENT_SEEN.test(folded)) return 'answer';
  const chases = cueHits(CHASE, folded, text).filter((h) => h.index < invoiceBelow && !isConditional(h) && !(NEGATION.test(h.before) && !NEGATION.test(h.text)) && !DISREGARD.test(h.before) && !EARLIER_REMINDER_BEFORE.test(h.before) && !(resentOnRequest && insideBrackets(folded, h.index)) && !resentInline(h) && !stateOfResent(h));
  if (chases.length || COLLECTION_THREAT.test(folded.slice(0, invoiceBelow))) return 'reminder';
  // "Relance : Facture d'acompte" over "voici nos coordonnées bancaires": the subject was kept, the body answers a request.
  if (cueHits(CHASE, subject, subject).length) return cueHits(ANSWER, folded, text).length && !cueHits(CHASE, folded, text).length ? 'answer' : 'reminder';
  // Thanks for a part payment ("merci pour votre virement partiel") does not mean paid; for a deposit it does.
  // "Je n'en ai pas reçu le règlement": a payment denied is no thanks for it.
  if (cueHits(THANKS, folded, text).some((h) => !isNegated(h) && !PARTIAL.test(h.clause.replace(DEPOSIT_WORDS, ' ')))) return 'thanks';
  if (cueHits(ANSWER, folded, text).length) return 'answer';
  return 'other';
}
