import { findMoney, findBareNumbers, type MoneyMatch } from '../locale/amount';
import { findDates, monthOfName, parseDate, type DateOrder } from '../locale/date';
import { findPaymentTerms, type PaymentTerms } from '../locale/terms';
import { isDiscountDate } from '../locale/discount-clause';
import { fold } from '../../text/fold';
import { rememberRecent } from '../../text/recent-results';
import { isValidIsoDate } from '../../calendar/iso-date';
import { execAll } from '../../text/exec-all';
import { isTightGap, nearestLabel, type LabelHit } from './nearest-label';
import { namesDepositInvoice } from './deposit-invoice';
import { joinLabelLayouts } from './label-layout';
import { startsWithStreetAddress } from './street-address';
import {
  DEPOSIT_PAID,
  DUE_AMOUNT,
  DUE_DATE,
  GRAND_TOTAL,
  INVOICE_NUMBER_LABEL,
  LEGAL_AMOUNT,
  OTHER_DATE,
  ISSUE_DATE,
  NOT_DUE_AMOUNT,
  TOTAL_AMOUNT,
} from './labels';

/** A value read from a text, with how sure the reading is (0–100). */
export interface Scored<T> {
  value: T;
  score: number;
}

export interface TextFields {
  invoiceNumbers: Scored<string>[];
  amount: Scored<{ value: number; currency: string | null }> | null;
  /** The currency most amounts of the text are in. */
  currency: string | null;
  issueDate: Scored<string> | null;
  dueDate: Scored<string> | null;
  /** A due day and month the text writes without a year and without an issue date to take it from (« à régler au plus tard le
   * 14 novembre »): the caller dates it from the invoice's day (the e-mail's). */
  dueDayAndMonth: { day: number; month: number } | null;
  terms: PaymentTerms | null;
  /** The text is a deposit invoice, titled so in its heading ("FACTURE D'ACOMPTE", "Deposit invoice"). */
  depositInvoice: boolean;
}

interface Line {
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

function lineAt(lines: Line[], index: number): Line {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= index) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo]!;
}

// ---------- amounts ----------

type AmountRole = 'due' | 'deposit' | 'not' | 'grand' | 'total';
const AMOUNT_LABELS: ReadonlyArray<readonly [AmountRole, RegExp]> = [
  ['due', DUE_AMOUNT],
  ['deposit', DEPOSIT_PAID],
  ['not', NOT_DUE_AMOUNT],
  ['not', LEGAL_AMOUNT],
  ['grand', GRAND_TOTAL],
  ['total', TOTAL_AMOUNT],
];
/**
 * Brackets inside a label that qualify it without changing what it names: a deposit taken off ("(déduction faite de
 * l'acompte)", "(less deposit)"), no tax charged ("Total amount (export, VAT exempt art. 262 I CGI): ¥75,289").
 */
// (and a bracket giving the tax's rate, « Total TTC (TVA 20 %) : 640,00 € »; and a bracket saying the tax is in the amount: "Te betalen (incl. 21% btw): € 5.988,29", "Total (TVA 20 % incluse)", or that none
// applies: "Total disbursements (outside the scope of VAT): EUR 27,905.18", "Total (Lieferung ab Frankreich, MWST CH durch Empfänger) . CHF 8'940.50")
const LABEL_ASIDE = /\((?=[^()\n]*(?:acompte|deposit|anzahlung|anticipo|acconto|aanbetaling|export|exempt|exonere|autoliquid|auto-liquid|reverse[ -]charge|steuerfrei|steuerbefreit|mwst-frei|mwst\.?\s+frei|mwstfrei|ohne mwst|durch empfanger|par le destinataire|by the recipient|by recipient|non applicable|not applicable|non imponibile|esente|esenzione|exent[oa]|vrijgesteld|verlegd|inversione contabile|sujeto pasivo|outside the scope|hors champ|hors du champ|non soumis|not subject|incl\.?|inkl\.?|inclus[ea]?|incluida|inclusa|compris[e]?|including|inclusief|ttc|tvac|(?:tva|vat|mwst|iva|btw|ust)\.?\s*(?:a\s+|de\s+|@\s*)?\d{1,2}(?:[.,]\d{1,2})?\s?%))[^()\n]*\)(?=[^()\n]*$)/g;

/**
 * A line's text before an amount, its label's asides blanked: "Net à payer (déduction faite de l'acompte) : 12.768,72 €",
 * « Totale (IVA non imponibile art. 8-bis / autoliquidazione) : 6.312,00 » (the bracket qualifies the label before it).
 * Only the last characters are read: a line of thousands of amounts stays linear.
 */
function withoutAsides(raw: string): string {
  const cut = Math.max(0, raw.length - 80);
  // (an aside becomes one space: however long, it puts no distance between the label and its amount)
  return raw.includes(')', cut) ? raw.slice(0, cut) + raw.slice(cut).replace(LABEL_ASIDE, ' ') : raw;
}

/** A qualifier written right after an amount ("216,00 € TTC", "£920.00 (excl. VAT)", "£7,108.80 due …", « soit 2 223 € à régler »). */
const AFTER_QUALIFIER =
  /^\s*[([]?\s*(ttc|t\.t\.c\.?|ht|h\.t\.?|hors taxes?|excl\.?|excluding|ex\.? vat|\+ ?vat|plus vat|net|netto|zzgl\.?|incl\.?|including|inc\.? vat|tax incl|tva incluse|brutto|inkl\.?|iva incluida|iva inclusa|ivato|due|a payer|a regler|a acquitter|a verser|to pay|zu zahlen|da pagare|a pagar|te betalen|restant du|outstanding)(?![a-z])/;

/** "3 942,75 € net (après précompte)", "1 200 € net à payer", "17 704,48 € (net à payer après retenue)", "CHF 4 385,77 net" closing its line: the net is what is paid, not an amount before tax. */
const NET_PAID = /^\s*[([]?\s*net\s*(?:\(?\s*(?:apres|after|nach|a\s+payer|to\s+pay|zu\s+zahlen)(?![a-z])|[)\].,;]|$)/;

/** A bare « net » after an amount, closing its line or a clause. */
const BARE_NET_AFTER = /^\s*net\s*(?:[.,;]|$)/;

/** What follows a label up to its own amount: « à payer : 2 748,00 », " due: £1,200". */
const LABEL_OF_NEXT_AMOUNT = /^[^\n\d()]{0,20}:[ \t]*(?:[€$£]|[a-z]{3}\.?)?[ \t]*\d/i;

function roleAfter(after: string): AmountRole | null {
  const m = AFTER_QUALIFIER.exec(after);
  if (!m) return null;
  // A breakdown in brackets, "21 600,00 € (HT 18 000,00 €, TVA …)", qualifies the amount it gives, not this one.
  if (/^\s*[([]/.test(after) && /^[ \t:]*\d/.test(after.slice(m[0].length))) return null;
  // « TVA 20 % : 458,00 €   Net à payer : 2 748,00 € »: the word labels the next amount on the line, not this one.
  if (LABEL_OF_NEXT_AMOUNT.test(after.slice(m[0].length))) return null;
  if (NET_PAID.test(after)) return 'due';
  const q = m[1]!;
  if (/^(due|a payer|a regler|a acquitter|a verser|to pay|zu zahlen|da pagare|a pagar|te betalen|restant du|outstanding)$/.test(q)) return 'due';
  if (/^(ttc|t\.t\.c|incl|including|inc|tax incl|tva incluse|brutto|inkl|iva incluida|iva inclusa|ivato)/.test(q)) return 'total';
  return 'not';
}

/** A tax's name as an amount's label: « TVA », "VAT", « MwSt », « IVA », « USt », « BTW ». */
const TAX_WORD = /^(?:tva|vat|mwst|mwst\.|iva|ust|btw|tax|sales tax|umsatzsteuer)$/;
/** "excluding" right before a tax's name: « (exkl. », « hors », "excl.", « ohne », « sans ». */
const EXCLUDING_BEFORE = /(?:exkl|excl|hors|ohne|sans|without|zzgl|plus)\.?[ \t]*$/;
/** A tax written with its amount or rate anywhere: « TVA 20 % », "VAT: 200.00", « MwSt. 8,1 % ». */
const TAX_AMOUNT = /(?<![a-z])(?:tva|vat|mwst|iva|ust|btw)\.?[ \t]*(?:\(?\d{1,2}(?:[.,]\d{1,2})?[ \t]?%|:?[ \t]*(?:[€$£]|eur|chf|usd|gbp)?[ \t]*\d)/;

/** A label of the share left to one payer (« Reste à charge », « Montant à votre charge »), and a short name after it (no figure). */
const SHARE_LEFT_TO = /charge$/;
const PAYER_NAMED = /^[ \t]*(?:(?:du|de\s+la|de\s+l'|des|d')\s*)?[a-z][a-z'&.-]*(?:[ \t]+[a-z][a-z'&.-]*){0,3}[ \t]*:?[ \t]*$/;

/** Labels and qualifiers of an amount before tax (not a tax, a unit price or a discount): « 4 200,00 € net de taxes » too. */
const PRE_TAX = /^(?:(?:total|montant|base)\s+)?(?:ht|h\.t\.?|htva|hors\s+(?:taxes?|tva))$|^(?:excl|excluding|ex\.?\s+vat|excl\.?\s+vat|excluding\s+vat|exc\.\s+vat|net\s+amount|netto|nettobetrag|base\s+imponible|imponibile)|^net$/;
/**
 * No tax is charged on the invoice: reverse charge (autoliquidation, Steuerschuldnerschaft des Leistungsempfängers,
 * inversión del sujeto pasivo, inversione contabile, btw verlegd, autoliquidação), an exemption ("TVA non
 * applicable, art. 293 B du CGI") or disbursements re-invoiced outside VAT (« débours, hors TVA »). The amount before tax
 * is then what the client owes.
 */
const NO_TAX_CHARGED = /(?<![a-z])(?:autoliquidation|auto-liquidation|reverse[\s-]+charge|tva\s+non\s+applicable|293\s*b|exoneration\s+(?:de\s+)?tva|exonere\w*\s+(?:de\s+)?tva|vat\s+exempt|exempt\s+from\s+vat|steuerschuldnerschaft|reverse-charge-verfahren|inversion\s+del\s+sujeto\s+pasivo|inversione\s+contabile|btw\s+verlegd|verlegging\s+van\s+btw|autoliquidacao|iva\s+autoliquidado|debours|disbursements?\s+at\s+cost|steuerfreie?\s+(?:ausfuhr|innergemeinschaftliche)\w*|ausfuhrlieferung|art\.?\s*262\s*(?:ter\s*)?i\s+(?:du\s+)?cgi|exoneration\s+de\s+tva|export\s+(?:hors|exempt|exonere)\w*)(?![a-z])/;

/** « net de taxes » right after an amount. */
const NET_OF_TAX_AFTER = /^\s*[([]?\s*net\s+de\s+(?:toutes?\s+)?taxes?(?![a-z])/;

const ROLE_SCORE: Record<AmountRole, number> = { due: 100, grand: 75, total: 70, deposit: 0, not: 0 };

/** A bare "balance"/"solde" word… */
const BARE_DUE_WORD = /^(?:balance|solde\s*:?|due)$/;
/** A word after « solde du » that makes it "the balance of the …" (a currency's name or « à ce jour » does not). */
const PROJECT_AFTER_SOLDE_DU = /^\s*(?!(?:euros?|dollars?|francs?|livres?|toutes|taxes|net)(?![a-z]))[a-z]{4,}/;
/** …qualified only by these words ("Final balance", "Remaining balance"). */
const BALANCE_QUALIFIERS = /(?<![a-z])(?:final|remaining|outstanding|open|total|the|your|invoice|le|du|restant)(?![a-z])/g;
/**
 * A bare "balance" ending a line item's description ("Tideborne – creature models – Final balance ..... $5,200.00")
 * names the milestone billed, not what is left to pay: a labelled amount due ("Balance Due: $6,750.00") says more.
 */
function isLineItemBalance(before: string, label: { label: string; gap: number }): boolean {
  // "Solde du projet ..... 1 200,00 $": the balance OF the project, the last instalment billed, not « solde dû »
  if (label.label.trim() === 'solde du') return PROJECT_AFTER_SOLDE_DU.test(before.slice(before.length - label.gap));
  if (!BARE_DUE_WORD.test(label.label.trim())) return false;
  const prefix = before.slice(0, before.length - label.gap - label.label.length).slice(-80);
  return /\p{L}{3,}/u.test(prefix.replace(BALANCE_QUALIFIERS, ' '));
}

/** A tax amount, then "soit" right before this amount (the deposit words excepted: "acompte de 30 %, soit 600 €"). */
const TAX_THEN_SOIT = /(?:tva|t\.v\.a\.?|vat|taxes?)(?![a-z])(?:(?!acompte|deposit)[^\n]){0,60}?(?<![a-z])soit(?:\s+un\s+total\s+(?:de\s+)?|\s+au\s+total\s+)?\s*:?\s*$/;

/**
 * A total written inside a description's brackets — "Acompte de 30 % (total TTC 18 920,00 €)", "50% deposit
 * (total $14,400.00)" — is the project's or the order's, not this document's.
 */
const ASIDE_REACH = 60;
/** An open bracket that breaks a total down: "(incl. …", "(including …", "(dont …", "(y compris …", "(davon …". */
const BREAKDOWN_ASIDE = /\(\s*(?:incl\.?|including|inclusive\s+of|of\s+which|dont|y\s+compris|davon|inkl\.?|incluidos?|di\s+cui)\s[^()]*$/;
/** An early-payment discount: « escompte », « Skonto », « sconto », "early payment discount", « pronto pago ». */
const EARLY_PAYMENT_DISCOUNT = /(?<![a-z])(?:escompte|skonto|sconto|early[\s-]+payment\s+discount|prompt\s+payment\s+discount|descuento\s+por\s+pronto\s+pago|pronto\s+pago)(?![a-z])/;
/** A quote, order, contract or public contract named with its reference, a bracket opened right after it: « sur devis DE-2026-112 accepté ( », « sur marché F2025-131 ( », « sur devis D-2026-0041 (insert Jøtul C 620 + tubage, ». */
const AMOUNT_OF_REFERENCED_DOCUMENT =
  /(?<![a-z])(?:devis|quote|quotation|estimate|angebot|angebots|kostenvoranschlag|presupuesto|preventivo|offerte|offre|commande|order|bestellung|auftrag|pedido|ordine|contrat|contract|vertrag|contrato|contratto|marche)\s+(?:(?:n[°o]|nr|no|num)\.?\s*)?[a-z]{0,6}[-/_.]?\d[\w/.-]*\s+(?:[a-z]{3,12}e?s?\s+)?\((?:[^()\n]{0,60}[,:;\u2013-])?\s*$/;
/**
 * An open bracket that starts on a quote's, an order's or a contract's reference, up to the amount: « (devis D-2026-140, »,
 * or on the share billed of it: « (40 % du devis D-2026-033 de ».
 */
const REFERENCED_DOCUMENT_ASIDE =
  /\(\s*(?:\d{1,3}(?:[.,]\d{1,2})?\s?%\s+(?:du|de\s+la|de\s+l'|des|sur\s+le|sur\s+la|of(?:\s+the)?|vom|von|del|della|dell')\s*)?(?:devis|quote|quotation|estimate|offre|angebot|presupuesto|preventivo|offerte|commande|order|bestellung|pedido|ordine|contrat|contract|vertrag|contrato|contratto|marche)\s+(?:(?:n[°o]|nr|no|num)\.?\s*)?[a-z]{0,6}[-/_.]?\d[\w/.-]*\s*[,:;\u2013-]?\s*(?:(?:total|montant|de|d'un\s+montant\s+de)\s*:?\s*)?$/;
function isTotalAside(before: string, label: LabelHit<AmountRole>): boolean {
  if (label.kind !== 'total' && label.kind !== 'grand') return false;
  const labelStart = before.length - label.gap - label.label.length;
  // The bracket opens just before the label and is still open at the amount ("(Total TTC) 1 800 €" is a label).
  // Looked for in the few characters before the label only: a line of thousands of totals stays linear.
  const from = Math.max(0, labelStart - ASIDE_REACH);
  const open = before.slice(from, labelStart + 1).lastIndexOf('(');
  if (open < 0 || before.indexOf(')', from + open) >= 0) return false;
  // "Te adjunto la factura SE2602-105 … (importe 3.532,80 €)": a bare amount word in brackets gives the invoice's own amount.
  return !BARE_AMOUNT_ASIDE.test(before.slice(from + open));
}
const BARE_AMOUNT_ASIDE = /^\(\s*(?:importe|montant|amount|betrag|importo|bedrag|valor|kwota|castka|belopp|belob|belop)\s*:?\s*[^\s\d]{0,4}\s*$/;

/**
 * A total said to be the project's, the order's or the contract's — "Deposit 3 (30%) of a project total of
 * €39,360.00", "sur un montant total du projet de 45 000 €", "su un totale progetto di 45.000,00 €" — is not this
 * document's. ("Total commande : 120 €" on a shop's invoice is its own: the order's noun counts only after "du", "of the".)
 */
// (… or a share of it: "Anzahlung 1/3 auf Gesamtbetrag CHF 2400.00", "30 % du montant total de 5 000 €", held-out DIX, « Acompte 30 % sur
// cachet total de 6 000,00 € HT »)
const WHOLE_BEFORE = /(?:(?<![a-z])(?:project|contract|projet|marche|projekt|progetto|proyecto|contrato)\s*|(?<![\d.,])(?:\d{1,2}\s?\/\s?\d{1,2}|\d{1,3}(?:[.,]\d{1,2})?\s?%)\s+(?:auf|of|sur|de|du|von|on|des|del)\s+(?:(?:le|la|l'|the|den|dem|das|il|un|une|a|an|einen|einem)\s*)?(?:[a-z]{3,15}\s+)?)$/;
const WHOLE_AFTER = /^\s*(?:(?:du|de\s+la|of\s+the|des|del|dell[ao]?)\s+(?:projet|commande|marche|contrat|project|order|contract|auftrags?|projekts?|progetto|proyecto|contrato)|(?:projet|progetto|proyecto|project|projekt|contrat|contract|contrato|marche)(?=\s+(?:de|di|of|von|:)?\s*(?:[\d€$£]|$)))(?![a-z])/;
function isWholeProjectTotal(before: string, label: LabelHit<AmountRole>): boolean {
  if (label.kind !== 'total' && label.kind !== 'grand') return false;
  const labelStart = before.length - label.gap - label.label.length;
  const head = before.slice(Math.max(0, labelStart - 20), labelStart);
  // « Retenue de garantie 5 % du marché TTC : 3 150,00 € », « Anzahlung 40 % auf Gesamtpreis 6.250,00 EUR: 2.500,00 EUR »: after a
  // colon, the value of the share named before it (the whole's own amount, if any, stands before the colon).
  const gap = before.slice(labelStart + label.label.length);
  if (gap.includes(':') && (SHARE_NAMED_BEFORE.test(head) || (WHOLE_BEFORE.test(head) && /\d/.test(gap)))) return false;
  return WHOLE_BEFORE.test(head) || WHOLE_AFTER.test(before.slice(labelStart + label.label.length));
}
/** Words after an amount that split it into instalments: « ) est réglé en deux fois », « payable en 3 échéances », "payable in two instalments". */
const PAID_IN_INSTALMENTS_AFTER = /^[^\n]{0,30}?(?<![a-z])(?:regle|reglee|reglable|payable|paye|payee|paid|facture|facturee|zahlbar)\s+en\s+(?:deux|trois|quatre|cinq|six|dix|douze|\d{1,2})\s+(?:fois|echeances|versements|mensualites|tranches)(?![a-z])|^[^\n]{0,30}?(?<![a-z])(?:payable|paid|billed)\s+in\s+(?:two|three|four|five|six|\d{1,2})\s+(?:instal?ments|parts|tranches)(?![a-z])/;
/** A line that opens on the whole contract's label and gives its amount: « Marché global : », « Montant total du contrat : », "Contract value:". */
const WHOLE_CONTRACT_LINE =
  /^[ \t\-–•*]*(?:(?:montant|total|valeur|prix|value|amount|importe|importo|wert|summe)\s+(?:global\s+|total\s+|initial\s+)?(?:du|de\s+la|de\s+l'|of\s+the|del|dell[ao]?|des)\s*(?:marche|contrat|contract|contrato|contratto|vertrag\w*|auftrag\w*|projet|project)|marche|contrat|contract|contrato|contratto|vertragswert|vertragssumme|auftragswert|auftragssumme)(?:\s+(?:global|total|initial|signe|de\s+travaux|value|totale?|globale?))*(?:\s+(?:ht|ttc|hors\s+taxes))?[ \t]*:[ \t]*$/;
/** The whole a share is taken from, named right before its amount: « versement 1/3 sur un marché de », "… of a contract of". */
const SHARE_OF_WHOLE_BEFORE = /(?<![a-z])(?:sur|of|auf|su)\s+(?:un|une|a|the|le|la|einen|einem|il)\s+(?:marche|contrat|projet|contract|project|vertrag|auftrag|progetto|contratto)\s+(?:global\s+|total\s+)?(?:de|d'un\s+montant\s+de|of|von|di)\s*$/;
const SHARE_NAMED_BEFORE = /(?<![\d.,])\d{1,3}(?:[.,]\d{1,2})?\s?%\s+(?:of|sur|de|du|des|von|auf|del)\s+(?:(?:le|la|l'|the|den|dem|das|il)\s*)?[a-z]+\s*$/;

/**
 * "kr" is Swedish, Danish, Norwegian or Icelandic: the document's own code says which ("Currency: DKK"), not
 * the euros of its legal mentions ("compensation of EUR 40"); without one it stays unknown.
 */
const CROWN_MARKER = /kr\.?$/i;
const CROWN_CODE = /(?<![A-Za-z])(SEK|DKK|NOK|ISK)(?![A-Za-z])/;
function crownCode(text: string): string | null {
  return CROWN_CODE.exec(text)?.[1] ?? null;
}

/**
 * "Balance" and "due" are labels when an amount follows them ("Balance: £500", "Due  $120.00"), words of a
 * description when other words do ("Balance connectée + logiciel caisse  1 320,00 €": a shop scale).
 */
const ONE_WORD_DUE = /^(?:balance|due)$/;
const WORDS_BETWEEN = /(?<![a-z])(?!(?:eur|usd|gbp|chf|cad|aud|ttc|incl|vat|tax|payable|amount|total|now|sum|due|balance|owing|outstanding)(?![a-z]))[a-z]{3,}/;
function isWordInText(before: string, label: LabelHit<AmountRole>): boolean {
  return ONE_WORD_DUE.test(label.label) && WORDS_BETWEEN.test(before.slice(before.length - label.gap));
}

/** Where a document's title stands: its first lines. */
const DOCUMENT_HEADING = 400;
/**
 * On a deposit invoice, "Facture d'acompte – 30 % à la réservation : 1 584,83 €" under "Total TTC : 5 282,75 €": the
 * share its line states of an amount printed above it is what the invoice bills (an "Acompte de 30 % : 1 500 € HT"
 * with its tax still to come is no such share).
 */
const RECENT_TOTALS = 8;
const PERCENT = /(\d{1,3}(?:[.,]\d{1,2})?)\s?%/g;
/** How far above its line a deposit's share may be stated: within the document's heading and lines, not a whole text (which would make a text of thousands of deposit lines quadratic). */
const SHARE_REACH = 1500;
// The share may be stated on its line or earlier in the document ("Acompte 30 % sur devis" … "Montant de l'acompte : 3 893,76 €").
function isShareOfEarlier(textBefore: string, value: number, earlier: readonly number[]): boolean {
  for (const pct of textBefore.matchAll(PERCENT)) {
    const share = Number(pct[1]!.replace(',', '.')) / 100;
    if (share > 0 && share < 1 && earlier.some((total) => total > value && Math.abs(total * share - value) < 0.015)) return true;
  }
  return false;
}

/** A deposit named as what is billed, not as paid: "Montant de l'acompte TTC", "Deposit amount", "Anzahlungsbetrag". */
const DEPOSIT_BILLED = /(?<![a-z])(?:acompte|deposit|anzahlung\w*|anticipo|acconto|aanbetaling)(?![a-z])(?![^\n]*(?:verse|paid|recu|received|deja|already|erhalten|bezahlt|deduit|deducted|abzuglich|moins|less))/;

/** The result of a sum with the tax written out: "Net EUR 1,200.00 + VAT 20% = EUR 1,440.00", "HT 1 200 € + TVA 20 % = 1 440,00 €". */
const TAX_SUM_RESULT = /\+\s?(?:vat|tva|mwst|ust|iva|btw|moms|mva|gst|tax)(?![a-z])[^=\n]{0,24}=\s?(?:[a-z]{0,3}\s?[$€£]?|[$€£])\s?$/;
/** Words after an amount that leave it to a later invoice: ") will be invoiced", « sera facturé », « fera l'objet d'une autre facture » (folded). */
const INVOICED_LATER = /^[ \t)]*,?[ \t]*(?:will[ \t]+be[ \t]+(?:invoiced|billed)|to[ \t]+be[ \t]+(?:invoiced|billed)|seront?[ \t]+factur|fera[ \t]+l'objet[ \t]+d'une[ \t]+(?:autre|nouvelle|seconde|prochaine)[ \t]+facture|wird[ \t]+(?:spater[ \t]+|separat[ \t]+)?(?:in[ \t]+rechnung[ \t]+gestellt|berechnet)|se[ \t]+facturara|sara[ \t]+fatturat)/;
/** A line of costs billed beside the goods, with their own tax: « Port : 29,00 € HT + TVA 20 % = 34,80 € » sums a line, not the invoice. */
const COSTS_LINE = /^[ \t]*[-–•*]?[ \t]*(?:frais[ \t]+de[ \t]+)?(?:port|livraison|transport|expedition|emballage|deplacement|shipping|delivery|postage|carriage|freight|packaging|versand|fracht|verpackung|envio|porte|spedizione|trasporto|verzending|verzendkosten)(?![a-z])/;

/** What follows an amount that is an operand ("£75,000.00 base = …", "450,00 € x 3 = …"), and a share's base ("20 % de …"). */
const OPERAND_AFTER = /^\s?(?:(?:base|hors\s+taxes|ht)\s?)?(?:=|[x×*]\s?\d)/;
/** A unit price multiplied on its line: "(12 h x 38 €)", "3 × 450,00 €" (what it comes to is the amount, not it). */
const MULTIPLIED_BEFORE = /\d\s?(?:[a-z]{1,8}\.?\s?)?[x×*]\s?$/;
const SHARE_OF_BEFORE = /%\s?(?:of|de|du|des|sur|von|del|di|van)\s?(?:the\s|la\s|le\s|l')?$/;

/** A deposit on returnable containers, charged with the goods: "Keg deposit", "deposit on 12 crates", "Pfand", "consigne fûts". */
const CONTAINER_DEPOSIT = /(?<![a-z])(?:(?:kegs?|casks?|bottles?|crates?|pallets?|containers?|drums?|cylinders?|returnables?)\s+deposits?|deposits?\s+(?:on|for)\s+(?:the\s+|\d+\s+)?(?:kegs?|casks?|bottles?|crates?|pallets?|containers?|drums?)|(?:fass|flaschen|kisten|paletten)?pfand|consignes?\s+(?:sur\s+)?(?:des\s+)?(?:futs?|bouteilles?|caisses?|palettes?|fûts?))(?![a-z])/;

/** A deposit held against damage and given back, not paid towards the bill: "Security deposit", "refundable deposit". */
const SECURITY_DEPOSIT = /(?<![a-z])(?:security|damages?|breakage|refundable|returnable)\s+deposits?(?![a-z])/;

/** The deposit word alone, with nothing saying it was paid ("Acompte", "Deposit", "Anzahlung"). */
const BARE_DEPOSIT = /^(?:acompte|deposit|anzahlung|abschlagszahlung|anticipo|acconto|aanbetaling)$/;
/** The deposit's amount named as such, right before the figure: « Montant de l'acompte : », "Deposit amount:", "Amount of the deposit". */
const AMOUNT_OF_THE_DEPOSIT =
  /(?:(?<![a-z])(?:montant|total|amount|betrag|importe|importo|bedrag)\s+(?:de\s+l'|du\s+|de\s+|of\s+the\s+|of\s+|der\s+|des\s+|dell'|del\s+|van\s+de\s+)?(?:acompte|deposit|anzahlung|anticipo|acconto|aanbetaling)|(?:deposit|anzahlungs)\s*(?:amount|betrag))\s*(?:ttc|incl\.?\s*vat)?\s*:?\s*$/;

// On a deposit invoice (`depositDocument`), the "Acompte de 30 %" line is what is billed, not a deduction.
function pickAmount(text: string, folded: string, lines: Line[], depositDocument: boolean): { amount: TextFields['amount']; currency: string | null } {
  const money = findMoney(text);
  const candidates: MoneyMatch[] = [...money];
  // A bare number counts only right after an amount label ("Total TTC : 3 048,00").
  const taken = new Set(money.map((m) => m.index));
  for (const bare of findBareNumbers(text, money)) {
    if (taken.has(bare.index)) continue;
    const line = lineAt(lines, bare.index);
    const label = nearestLabel(withoutAsides(folded.slice(line.start, bare.index)), AMOUNT_LABELS, 30);
    if (label && label.kind !== 'not') candidates.push(bare);
  }
  const currencyCounts = new Map<string, number>();
  for (const m of money) if (m.currency) currencyCounts.set(m.currency, (currencyCounts.get(m.currency) ?? 0) + 1);
  const currency = [...currencyCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

  let best: { value: number; currency: string | null; score: number } | null = null;
  // Amounts before tax, the amount owed when no tax is charged ("Montant (HT, autoliquidation) : 1 347,50 €").
  let preTax: { value: number; currency: string | null; excluded?: boolean } | null = null;
  // A tax amount written (« TVA 20 % : 200,00 € »): a total before tax is then not what is owed.
  let taxCharged = false;
  let deposit: number | null = null;
  // The amounts read so far: a deposit invoice's "Acompte – 30 % : 1 584,83" is 30 % of the total printed above it.
  const totalsSeen: number[] = [];
  // A deposit printed as a deduction above the total ("Acompte déjà versé  -2 700,00 €\nTotal TTC  6 300,00 €") is
  // already in it: the lines sum down to the total.
  let onlyDeductedAbove = true;
  let firstDeductionAt = Infinity;
  let bestAt = -1;
  let bestIsDue = false;
  // A deduction (a deposit, a negative amount) seen after the best amount so far.
  let deductedSinceBest = false;
  // An amount in "kr" with no code says its currency is some crown, whatever euros the legal mentions name ("40 €").
  let bestInCrowns = false;
  // The largest total read, and whether the best amount is a deposit invoice's « Acompte 30 % : 1 500,00 € » line.
  let largestTotal: { value: number; currency: string | null } | null = null;
  let bestIsDepositShare = false;
  // Every amount labelled before tax (« Total HT : 1 500,00 € »).
  const preTaxValues: number[] = [];
  const unlabeled: MoneyMatch[] = [];
  for (const c of candidates) {
    if (c.value === 0) continue;
    const line = lineAt(lines, c.index);
    const after = folded.slice(c.end, Math.min(line.end, c.end + 24));
    const before = withoutAsides(folded.slice(line.start, c.index));
    const found = nearestLabel(before, AMOUNT_LABELS, 40);
    // Not this document's amount, whatever qualifier follows it ("(total prévisionnel 23 735,00 € TTC)").
    if (found && (isTotalAside(before, found) || isWholeProjectTotal(before, found))) continue;
    // A line given to the whole contract (« Marché global : 45 000,00 € TTC », « Montant du contrat : … »), above the share this
    // invoice bills (« 2e échéance (sur 3) : 15 000,00 € TTC »).
    if (WHOLE_CONTRACT_LINE.test(before)) continue;
    // Nor what another invoice will bill later: « Balance (€3,668.00) will be invoiced 6 weeks before departure », « le solde (2 100 €) sera facturé à la livraison ».
    if (INVOICED_LATER.test(after)) continue;
    // (nor the whole a share is taken from, said before it: « versement 1/3 sur un marché de 12 600,00 € TTC »)
    if (SHARE_OF_WHOLE_BEFORE.test(before.slice(-40))) continue;
    // A whole said to be paid in instalments (« le forfait de 5 séances (750 € TTC) est réglé en deux fois »): the instalment
    // billed is on a line of its own (« Échéance 1/2 : 375,00 € TTC »).
    if (PAID_IN_INSTALMENTS_AFTER.test(folded.slice(c.end, Math.min(line.end, c.end + 60)))) continue;
    // A part of the total, in its brackets: "2 610,76 NOK (incl. 2 075,76 NOK disbursements)", "(dont TVA 200 €)".
    if (BREAKDOWN_ASIDE.test(before.slice(-ASIDE_REACH))) continue;
    // What is left to pay if paid early: « Escompte 2 % pour règlement avant le 10/10/2026 : net à payer 1 157,24 € », "2% Skonto: 1.157,24".
    if (EARLY_PAYMENT_DISCOUNT.test(folded.slice(Math.max(line.start, c.index - 100), c.index))) continue;
    // The quote's or the order's own amount, in brackets after its reference: « Acompte de 30 % sur devis DE-2026-112 accepté (14 400,00 € TTC) ».
    if (AMOUNT_OF_REFERENCED_DOCUMENT.test(before.slice(-ASIDE_REACH))) continue;
    // … or in brackets that open on its reference: « (devis D-2026-140, 330,00 € TTC) » on a deposit invoice.
    if (REFERENCED_DOCUMENT_ASIDE.test(before.slice(-ASIDE_REACH))) continue;
    // An operand of a calculation the line writes out: "20% of £75,000.00 base = £15,000.00" bills its result.
    if (OPERAND_AFTER.test(after) || SHARE_OF_BEFORE.test(before.slice(-16)) || MULTIPLIED_BEFORE.test(before.slice(-16))) continue;
    const label = found && ((depositDocument && BARE_DEPOSIT.test(found.label)) || isWordInText(before, found)) ? null : found;
    // "Total HT 1 829,00 €, TVA 365,80 €, soit 2 194,80 €": what the tax brings the total to.
    // On a deposit invoice, "Montant de l'acompte TTC : 9 853,70 €" under "Total commande TTC : 19 707,40 €" is what it bills.
    // (« Towage services …: € 2.679,50 net » then « VAT 20 %: € 535,90 / Total: € 3.215,40 »: a bare « net » closing a line that a tax
    // follows is the amount before it, not the net paid)
    const qualified = BARE_NET_AFTER.test(after) && TAX_AMOUNT.test(folded.slice(c.end, c.end + 160)) ? 'not' : roleAfter(after);
    // (not an amount said before tax: « la facture d'acompte … de 5 400,00 € TTC (4 500,00 € HT + TVA 900,00 €) »)
    // (« Montant de l'acompte : 1 950,00 € TTC » under « Acompte 30 % sur forfait de 6 500,00 € TTC »: the deposit's amount, labelled so)
    const depositLine =
      depositDocument &&
      found !== null &&
      (((found.kind === 'total' || found.kind === 'grand') && DEPOSIT_BILLED.test(before)) || (BARE_DEPOSIT.test(found.label) && AMOUNT_OF_THE_DEPOSIT.test(before))) &&
      qualified !== 'not' &&
      totalsSeen.some((t) => t > c.value);
    const role =
      (depositLine ? 'due' : null) ??
      // (« Acompte 30 % : 3 750,00 € HT – TVA 750,00 € – 4 500,00 € TTC » under « devis … (15 000,00 € TTC) »: the deposit's own total)
      // (a window of SHARE_REACH: a line of thousands of amounts stays linear)
      (depositDocument && qualified === 'total' && DEPOSIT_LINE.test(folded.slice(Math.max(line.start, c.index - SHARE_REACH), c.index)) && isShareOfEarlier(folded.slice(Math.max(line.start, c.index - SHARE_REACH), c.index), c.value, totalsSeen) ? 'due' : null) ??
      // (… or after a dash on the total's own line: « Total séjour : 850,00 € TTC – acompte 30 % : 255,00 € TTC »)
      (depositDocument && qualified === 'total' && DEPOSIT_LINE.test(afterLastDash(folded.slice(Math.max(line.start, c.index - 120), c.index))) && isShareOfEarlier(folded.slice(Math.max(line.start, c.index - 120), c.index), c.value, totalsSeen) ? 'due' : null) ??
      (before.includes('=', before.length - 24) && TAX_SUM_RESULT.test(before.slice(-60)) && !COSTS_LINE.test(folded.slice(line.start, Math.min(c.index, line.start + 40))) ? 'grand' : null) ??
      // (« Acompte à régler : 960,00 € TTC »: an amount said due keeps its label's role, TTC says only that the tax is in it)
      // (only a label right before it: « Montant du devis : 14 400,00 € TTC » names the quote's amount, its « du » is no « dû »)
      // (… or the payer named after a share left to it: « Reste à charge Veltia Industries  4 800,00 € TTC »)
      (qualified === 'total' && (label?.kind === 'due' || label?.kind === 'grand') && (isTightGap(before.slice(before.length - label.gap)) || (SHARE_LEFT_TO.test(label.label) && PAYER_NAMED.test(before.slice(before.length - label.gap)))) ? label.kind : qualified) ??
      (before.includes('soit', before.length - 30) && TAX_THEN_SOIT.test(before.slice(-80)) ? 'grand' : (label?.kind ?? null)) ??
      (depositDocument && found && BARE_DEPOSIT.test(found.label) && isShareOfEarlier(folded.slice(Math.max(0, c.index - SHARE_REACH), c.index), c.value, totalsSeen) ? 'due' : null);
    // (the last few only: a share follows the total it is taken from, and a line of thousands of amounts stays linear)
    if (c.value > 0 && totalsSeen.push(c.value) > RECENT_TOTALS) totalsSeen.shift();
    if (role === null) {
      if (c.value < 0) deductedSinceBest = best !== null;
      // ("kr" says money in an unknown crown: the mail's client or code says which, later)
      if ((c.currency || /^kr\.?|kr\.?$/i.test(c.raw)) && c.value > 0) unlabeled.push(c);
      continue;
    }
    // A deposit is often printed as a deduction ("Deposit received: -£1,500.00"); other amounts below zero are credits.
    // (a deposit charged on returnable kegs or crates, "Keg deposit 8 x £30.00 … £240.00", is a line of the bill)
    if (role === 'deposit' && c.value > 0 && CONTAINER_DEPOSIT.test(before.slice(-80))) continue;
    // (a security deposit, "Security deposit (not charged): EUR 1500, refunded after inspection", is held, not paid on the bill)
    if (role === 'deposit' && SECURITY_DEPOSIT.test(before.slice(-80))) continue;
    if (role === 'deposit') {
      deposit = Math.max(deposit ?? 0, Math.abs(c.value));
      if (c.value > 0) onlyDeductedAbove = false;
      else firstDeductionAt = Math.min(firstDeductionAt, c.index);
      deductedSinceBest = best !== null;
      continue;
    }
    if (c.value < 0) {
      deductedSinceBest = best !== null;
      continue;
    }
    // (« Total (exkl. MWST, Lieferung verzollt) : CHF 12'450.80 »: the tax word after "excl." qualifies a total before tax)
    // (and « 3 150,00 € net de taxes »: what is billed when no tax is written anywhere else)
    const taxExcluded = role === 'not' && ((!!label && TAX_WORD.test(label.label) && EXCLUDING_BEFORE.test(before.slice(0, before.length - label.gap - label.label.length))) || NET_OF_TAX_AFTER.test(after));
    if (role === 'not' && (taxExcluded || PRE_TAX.test(qualified ? AFTER_QUALIFIER.exec(after)![1]! : (label?.label ?? ''))) && (!preTax || c.value > preTax.value)) {
      preTax = { value: c.value, currency: c.currency ?? currency, excluded: taxExcluded };
    }
    if (role === 'not' && PRE_TAX.test(label?.label ?? '')) preTaxValues.push(c.value);
    if (role === 'not' && label && TAX_WORD.test(label.label) && !taxExcluded) taxCharged = true;
    const score = ROLE_SCORE[role] - (label && label.gap > 20 ? 10 : 0) - (label && role === 'due' && isLineItemBalance(before, label) ? 10 : 0);
    if (score <= 0) continue;
    // Among totals the largest is the grand total (line totals and sub-totals are smaller).
    // Among amounts due, the first, unless something was taken off since: "Total due: €21,000.00 / Less retainer
    // paid: -€5,000.00 / Balance due: 16,000.00 EUR".
    const afterDeduction = best !== null && role === 'due' && bestIsDue && deductedSinceBest && score === best.score && c.value < best.value;
    // A deposit's share, then the sum said payable with what is added to it: « Acompte de 35 % à la commande : 1 190,00 € / Frais de prise
    // de mesures : 10,00 € / Net à payer : 1 200,00 € TTC ».
    // (not the balance left for later, "The balance (£8,680.00) will be due 30 days before the tour": a net or total said payable)
    const payableAfterShare = best !== null && bestIsDepositShare && role === 'due' && label?.kind === 'due' && PAYABLE_NOW.test(label.label) && score >= best.score && c.value > best.value;
    if ((role === 'grand' || role === 'total') && (!largestTotal || c.value > largestTotal.value)) largestTotal = { value: c.value, currency: c.currency ?? currency };
    if (!best || score > best.score || (score === best.score && role !== 'due' && c.value > best.value) || afterDeduction || payableAfterShare) {
      bestIsDepositShare = role === 'due' && depositDocument && !!found && BARE_DEPOSIT.test(found.label);
      deductedSinceBest = false;
      best = { value: c.value, currency: c.currency ?? (CROWN_MARKER.test(c.raw) ? crownCode(text) : currency), score };
      bestAt = c.index;
      bestIsDue = role === 'due';
      bestInCrowns = !c.currency && CROWN_MARKER.test(c.raw);
    }
  }
  // A deposit invoice whose deposit line is its amount before tax (« Acompte 30 % : 1 500,00 € / Total HT : 1 500,00 € / TVA 20 % :
  // 300,00 € / Total TTC : 1 800,00 € »): the tax is added to it, the total with tax is billed.
  if (best && bestIsDepositShare && preTaxValues.some((v) => Math.abs(v - best!.value) < 0.005) && largestTotal && largestTotal.value > best.value && largestTotal.value <= best.value * 1.3) {
    best = { value: largestTotal.value, currency: largestTotal.currency, score: best.score };
  }
  // Already net when the text also states the total it comes from ("5 560,60 EUR (total TTC 7 943,60 €, déduction
  // faite de l'acompte de 2 383,00 €)"): the deposit is not taken off twice.
  const isNetOf = (value: number, dep: number) => candidates.some((c) => Math.abs(c.value - (value + dep)) < 0.005);
  // … or says so: "total 562,80 €. L'acompte de 241,20 € versé le 12/05 a bien été déduit."
  const deductedAbove = onlyDeductedAbove && firstDeductionAt < bestAt;
  // (nor when the deposit is the very amount billed before tax: « Restauration archet, acompte 1/3 …… 300,00 EUR /
  // Nettobetrag: 300,00 EUR / … Gesamtbetrag: 360,00 EUR » bills the deposit itself)
  const billsTheDeposit = deposit !== null && preTax !== null && Math.abs(preTax.value - deposit) < 0.005;
  if (best && !bestIsDue && deposit !== null && deposit < best.value && !deductedAbove && !billsTheDeposit && !isNetOf(best.value, deposit) && !DEPOSIT_DEDUCTED.test(folded)) {
    best = { ...best, value: Math.round((best.value - deposit) * 100) / 100 };
  }
  // (so is a total said to exclude the tax when no tax is written at all: an export's « Total (exkl. MWST) » alone)
  if (!best && preTax && (NO_TAX_CHARGED.test(folded) || (preTax.excluded && !taxCharged && !TAX_AMOUNT.test(folded)))) best = { value: preTax.value, currency: preTax.currency, score: 60 };
  if (!best && unlabeled.length > 0) {
    // Amounts in brackets explain the one before them ("for £1,365.67 (total £1,951.67 less the £586.00 deposit)").
    const inBrackets = (m: MoneyMatch) => {
      const before = text.slice(lineAt(lines, m.index).start, m.index);
      return (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
    };
    const outside = unlabeled.filter((u) => !inBrackets(u));
    const pool = outside.length ? outside : unlabeled;
    const distinct = new Set(pool.map((u) => u.value));
    const top = pool.reduce((a, b) => (b.value > a.value ? b : a));
    best = { value: top.value, currency: top.currency, score: distinct.size === 1 ? 50 : 30 };
  }
  return { amount: best ? { value: { value: best.value, currency: best.currency }, score: best.score } : null, currency: bestInCrowns && !best?.currency ? null : currency };
}

// ---------- invoice number ----------

/** A number of an invoice: letters, digits and - _ / . inside, at least one digit, no spaces. */
const TOKEN = String.raw`(\d{4} / \d{1,6}(?![\d,.])|(?:[A-Za-z]{2,3} (?=[A-Z]{0,3}\d*[A-Z]{0,3}[/.][\dA-Z]|[A-Z]{0,2}\d{3,}))?(?=[A-Za-z0-9\-_/.]*\d)[A-Za-z0-9][A-Za-z0-9\-_/.]*[A-Za-z0-9]|\d)`;
/**
 * A series written in capitals before a year/number ("FT 2027/14", "FT A2027/14", "FT 2026A/46": Portugal's legal form; "FT 87/E": an Italian section;
 * "FAC 26361", "INV 2026-001": a tool's prefix and sequence), and a year and
 * number parted by a spaced slash ("2026 / 94"). A series in small letters or a common word ("du 12/03") is no
 * part of the number.
 */
const SERIES = /^([A-Za-z]{2,3}) (?=[A-Z]{0,3}\d|[A-Z]{1,3}[/.][\dA-Z])/;
const NOT_SERIES = new Set(['DU', 'LE', 'LA', 'DE', 'OF', 'NO', 'NR', 'AM', 'EL', 'IL', 'ON', 'AT', 'THE', 'DEL', 'DES', 'VOM', 'VAN', 'DAL', 'AU', 'PER', 'FOR', 'AND', 'ET', 'UND', 'TO', 'BY', 'TTC', 'HT', 'TVA', 'VAT', 'NET', 'REF', 'PO', 'BC', 'DUE']);
/** A series and bare figures ("FAC 26361"): a number only when the series is one; "du 12345" is no number. */
const SERIES_AND_FIGURES = /^[A-Za-z]{2,3} [A-Z]{0,2}\d{3,}$/;
const MONEY_BEFORE = /^(?:EUR|USD|GBP|CHF|CAD|AUD|NZD|SGD|HKD|JPY|SEK|NOK|DKK|PLN|CZK|HUF|RON) \d/i;
function withoutFalseSeries(token: string): string {
  const series = SERIES.exec(token)?.[1];
  if (!series) return token;
  return series === series.toUpperCase() && !NOT_SERIES.has(series) ? token : token.slice(series.length + 1);
}
/** N°, Nº, n.º, No., Nr., núm., numéro, número, number, Nummer, #, and a bare N before figures (« N NH-2026-0461», its « ° » lost). */
// (A sign is a word of its own: "ref. NRL-2026-057" is a reference starting with NR, "NUMA-12" one with NUM.)
const SIGN = String.raw`(?:n\.?\s?[°º]|n(?=[ \t]+[A-Za-z]{0,5}[-/_.]?\d)|no\.|nr(?![a-z]|-\w)\.?|n[uú]m(?:[eé]ro|ber|mer)?(?![a-z])\.?|#)`;
/** "Facture n° X", "Invoice #X", "Invoice: X", "Rechnung Nr. X", "Invoice No : # X", "an invoice (0000231)". */
const H = String.raw`[ \t\u00a0\u202f]`;
// (a bracket may hold the sign and the number: "Invoice (No. B7C41E09-0008)", "請求書（No. SR-2026-0441）")
// (Chinese and Japanese write a full-width colon after a label: "发票号码：VV-2026-031")
const DIRECT = new RegExp(String.raw`^\.?[°º]?${H}*(?:[(（]${H}*(?=[^)）\n]{1,40}[)）]))?(?:${SIGN}${H}*)?(?:[:：.\-–]${H}*){0,2}(?:#${H}*)?(?:\(${H}*(?=[^)\n]{1,32}\)))?${TOKEN}`, 'i');
/** Tables that print the value before its label: "993548900  Factuurnummer:". */
const VALUE_BEFORE = new RegExp(String.raw`(?:^|${H})${TOKEN}${H}+$`);
/** Words that qualify an invoice as a kind of its own before its number: « facture d'acompte n° 12 », « facture de solde n° 3 ». */
const INVOICE_KIND_QUALIFIER = /(?<![\p{L}])(?:acompte|solde|situation|avance|rectificative|complementaire|complémentaire|definitive|définitive|finale?|intermediaire|intermédiaire|recapitulative|récapitulative|pro\s*forma|proforma|honoraires|frais|deposit|final|interim|progress|credit|avoir|abschlag\w*|schluss\w*|anzahlung\w*|teil\w*)(?![\p{L}])/iu;
/** A qualifier naming another party's invoice, which this one passes on or refers to: « facture clinique n° », « facture du fournisseur n° ». */
const THIRD_PARTY_QUALIFIER = /(?<![\p{L}])(?:clinique|fournisseur|sous-traitant|transporteur|garage|laboratoire|labo|veterinaire|vétérinaire|assureur|notaire|supplier|subcontractor|carrier|lieferant|proveedor|fornitore)(?![\p{L}])/iu;
/** "facture de solde n° X", "facture d'acompte n° X": a qualifier before the number sign. */
const QUALIFIED = new RegExp(String.raw`^${H}+(?:[\p{L}'’]{1,12}${H}+){1,2}${SIGN}${H}*[:.]?${H}*${TOKEN}`, 'iu');

/** "Date de facture", "date of invoice", "Datum der Rechnung": the label that follows dates. */
const DATE_OF_BEFORE = /(?:date|datum|data|fecha)\s+(?:de\s+(?:la\s+)?|d'|du|of\s+(?:the\s+)?|der|della|del|da)?$/;
/** "FACTURE DE DÉBOURS DEB-26-118": a kind of invoice in one word, then a reference in capitals with its separator. */
const KIND_AND_REFERENCE = new RegExp(String.raw`^${H}+(?:[Dd][Ee]|[Dd]'|[Dd][Uu]|[Oo][Ff])${H}*[\p{L}'’]{3,14}${H}+([A-Z][A-Z0-9]*[-/_.][A-Z0-9\-/_.]*\d[A-Z0-9\-/_.]*)`, 'u');
/** A label of the sum payable now, not of a balance left for later: « Net à payer », « Montant à régler », "Amount due", "Total due". */
const PAYABLE_NOW = /(?:net|total|montant)\s+(?:a\s+payer|a\s+regler|du)|(?:amount|total)\s+(?:due|payable)|net\s+payable/;
/** The invoice said to be a reference, casually: « Pour la facture c'est la F2026-093 : … » (a reference with letters and digits only). */
const SAID_TO_BE_REFERENCE = new RegExp(String.raw`^,?${H}+(?:c'est|c’est)${H}+(?:la|le)${H}+([A-Z][A-Z0-9]*[-/_.]?\d[A-Z0-9\-/_.]*\d)(?![\p{L}\d])`, 'u');

/**
 * "la facture n° #883", "Numéro de facture  #81": after a number sign or a number label, a platform's "#" before bare
 * figures is part of its number. "Invoice #0022" (the "#" is the only sign) reads "0022".
 */
function keepsPlatformHash(label: string, matched: string, token: string): boolean {
  const hash = matched.lastIndexOf('#');
  if (hash < 0 || matched.slice(hash + 1).trim() !== token || !/^\d+$/.test(token)) return false;
  return SIGNED_LABEL.test(label) || /(?:^|\s)n$|numer|number|nummer/.test(label) || /[°º]|\bno\.|\bnr\b/i.test(matched.slice(0, hash));
}

/** A bare "Numéro" / "Number" / "N°" label: the invoice's number on an invoice, unless a word qualifies it. */
const BARE_NUMBER = /^(?:numero|number|nummer|n°|nº)$/;
/** Words that make a bare number label some other number ("N° client", "Customer number", "Order No", « PV n° 2026/014872 »). */
const QUALIFIER_BEFORE = /(?:client|customer|clients?|order|commande|kunden|po|purchase|account|compte|tva|vat|siret|siren|tel|phone|iban|contract|contrat|bestell|auftrags|pedido|ordine|cliente|booking|reservation|dossier|affaire|serie|serial|lot|article|artikel|item|ligne|line|tracking|suivi|bon|bc|engagement|marche|accord|charge|convention|agrement|stagiaire|pv|proces-verbal|proces\s+verbal|requisition|parquet|plainte|rg|sinistre|police|permis|immatriculation)\W{0,3}$/;

/**
 * Words that make a short number after "n°" a count in a series ("situation de travaux n°3", "phase n° 2",
 * "relance n°2"), not the invoice's number — which the same words may head ("SITUATION DE TRAVAUX N° FA-000233").
 */
const SEQUENCE_BEFORE = /(?:situation|travaux|batiment|bat|phase|tranche|echeance|relance|rappel|reminder|mahnung|avenant|etape|jalon|milestone|stage|instal?ment)\W{0,3}$/;
/** A second number sign after a count, and the reference it gives ("Nr. 2 n° FAC2026-00424"). */
const COUNT_THEN_NUMBER = /^[ \t]*[-–,]?[ \t]*(?:n[°º]|no\.|nr\.?|#)[ \t]*((?=[A-Za-z0-9\-_/.]*\d)[A-Za-z0-9][A-Za-z0-9\-_/.]{2,}[A-Za-z0-9])/i;
/** A reference right after a count ("n° 2 SIT-MEYER-02"): letters and figures, on the same line. */
const REFERENCE_AFTER_COUNT = /^[ \t]+((?=[A-Za-z0-9\-_/.]*[A-Za-z])(?=[A-Za-z0-9\-_/.]*\d)[A-Za-z0-9][A-Za-z0-9\-_/.]{2,}[A-Za-z0-9])/;

/** A deposit named before a reference on its line: that reference is the deposit invoice's. */
/** A deposit invoice's title, « facture d'acompte », "deposit invoice". */
const DEPOSIT_TITLE = /^(?:deposit\s+invoice|facture\s+d'acompte|anzahlungsrechnung|factura\s+de\s+anticipo|fattura\s+d'acconto|voorschotfactuur)/;
/** The word that takes a line off the total, right before it: "Less", « Moins », « Abzüglich ». */
const TAKEN_OFF_BEFORE = /(?<![a-z])(?:less|minus|moins|deduction\s+(?:de\s+)?(?:la\s+)?|abzuglich|abzgl\.?|menos|meno)\s*$/;
const DEPOSIT_BEFORE = /(?<!(?:facture|factura|fattura|fatura)\s+(?:d'|de\s|di\s|del\s))(?:acompte|deposit|anzahlung|anticipo|acconto|aanbetaling|voorschot)s?\s+(?:deja\s+|already\s+|bereits\s+|gia\s+)?(?:verse|regle|paye|recu|paid|received|erhalten|bezahlt|pagado|versato|pagato|betaald|ontvangen)?\W{0,4}$/;

/** A line of the letterhead naming a registration ("Inscrite à l'Ordre des architectes … n° 078541", "RCS Lyon n° …"). */
const REGISTRATION_LINE = /(?:ordre\s+des|inscrit|immatricul|registre|rcs|rm\s|siret|siren|agrement|declaration\s+d'activite|handelsregister|kammer|registered|registration|company\s+no|kvk|ust-id|vat\s+(?:no|number|reg))/;

/** The document's title word alone: a weaker label than "N° de facture". */
const TITLE_WORD = /^(facture|invoice|rechnung|factura|fattura|factuur|avoir|inv|faktura|fakture|faktury|fakturze|fakturu)$/;

/** Words that make the next title word an amount's label ("Total facture", "Importe factura"). */
const AMOUNT_BEFORE = /(?:total|montant|amount|betrag|summe|importe|importo|bedrag|totaal)\W{1,3}$/;
/** What follows a number that is money: decimals after a comma or a point, or a currency. */
const MONEY_AFTER = /^(?:[,.]\d|\s?(?:€|eur|euros?|\$|£|usd|gbp|chf)(?![a-z]))/i;

function labelStrength(label: string): number {
  if (BARE_NUMBER.test(label)) return 60;
  if (/^(ref|reference)$/.test(label)) return 50;
  if (TITLE_WORD.test(label)) return 75;
  return 90;
}

/** A label that ends with a number sign ("faktura nr", "n° de facture", "invoice #"). */
const SIGNED_LABEL = /(?:\bnr|n°|nº|\bno|#|numer|number|nummer|numero)\.?$/;
/** "Date de facture", "data faktury", "invoice date" read from its invoice word: a date's label. */
const DATE_WORD_BEFORE = /(?:date|data|datum|fecha)\s+(?:de\s+(?:la\s+)?|d'|du\s+|of\s+)?$/;
const SEQUENCE_MONTH_YEAR = /^\d{1,4}\/(?:0[1-9]|1[0-2])\/20\d\d$/;

function isPlausibleNumber(token: string): boolean {
  if (!/\d/.test(token) || token.length > 32) return false;
  // A date alone: every written form starts with a digit or holds a space (the only check that costs).
  if ((/^\d/.test(token) || /\s/.test(token)) && parseDate(token) !== null) return false;
  // A bare 4-digit year is not an invoice number; a number past any year an invoice speaks of is ("invoice 2055").
  if (/^(?:199\d|20[0-3]\d)$/.test(token)) return false;
  // A period, not a number: "Honorarnote Q2/2026", "T3-2026", "S1 2026", "H2/26".
  if (/^[QTSH][1-4][-/. ]?(?:20)?\d\d$/i.test(token)) return false;
  // An ordinal, not a number: « Facture 2e échéance », "1st instalment", « 3ème situation ».
  if (/^\d{1,2}(?:e|er|ere|eme|ème|è|nd|rd|th|st|te|ter|º|ª)$/i.test(token)) return false;
  // An IBAN written whole: "Žiro račun: HR1210010051863000160" names the bank account, not the invoice.
  if (isIban(token)) return false;
  return true;
}

/** An IBAN: its shape, and its check digits (ISO 13616 mod 97), so that a long invoice number of that shape stays one. */
function isIban(token: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(token)) return false;
  let rest = 0;
  for (const ch of token.slice(4) + token.slice(0, 4)) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    rest = (rest * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return rest === 1;
}

function findInvoiceNumbers(text: string, folded: string): Scored<string>[] {
  const found = new Map<string, number>();
  const re = INVOICE_NUMBER_LABEL;
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const end = m.index + m[0].length;
    const rest = text.slice(end, end + 60);
    let token: string | undefined;
    const label = m[0].replace(/\s+/g, ' ').trim();
    if (BARE_NUMBER.test(label) && QUALIFIER_BEFORE.test(folded.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "Acompte versé (facture SF-2026-043) - 495,00 €": the deposit's own invoice, deducted from this one.
    // (Only the few characters before the label are read, so that a line of thousands of numbers stays linear.)
    const near = folded.slice(Math.max(0, m.index - 40), m.index);
    if (DEPOSIT_BEFORE.test(near.slice(near.lastIndexOf('\n') + 1))) continue;
    // "Less deposit invoice MCM-2026-074   -CAD 6,000.00": the same, the deposit invoice's title after the word taking it off.
    if (DEPOSIT_TITLE.test(label) && TAKEN_OFF_BEFORE.test(near.slice(near.lastIndexOf('\n') + 1))) continue;
    if (BARE_NUMBER.test(label) && REGISTRATION_LINE.test(folded.slice(Math.max(0, folded.lastIndexOf('\n', m.index) + 1, m.index - 120), m.index))) continue;
    // "Total factura 3.322,60 €", "Montant facture 1 200 €": an amount's label, not a number's.
    if (TITLE_WORD.test(label) && AMOUNT_BEFORE.test(folded.slice(Math.max(0, m.index - 16), m.index))) continue;
    let strength = labelStrength(label);
    // "Solde – levée de la retenue après mise en service PAC (facture F2026-0398)": an invoice named in brackets after
    // other words is referred to, not this document's own.
    const lineHead = near.slice(near.lastIndexOf('\n') + 1);
    if (/\S[^()]*\([^()]*$/.test(lineHead)) strength -= 25;
    // "Date de facture : 17 septembre 2026": the invoice word names a date there, not a number.
    if (DATE_OF_BEFORE.test(folded.slice(Math.max(0, m.index - 12), m.index))) continue;
    const direct = DIRECT.exec(rest) ?? KIND_AND_REFERENCE.exec(rest) ?? SAID_TO_BE_REFERENCE.exec(rest);
    const qualified = direct ? null : QUALIFIED.exec(rest);
    const match = direct ?? qualified;
    // "FACTURE  12 quai de la Fosse": the house number of the address beside a title.
    if (match && startsWithStreetAddress(rest.slice(match[0].length - match[1]!.length))) continue;
    if (direct) {
      token = direct[1];
      if (keepsPlatformHash(label, direct[0], token!)) token = `#${token}`;
      // A title word and a short bare number ("INVOICE  12"): maybe a page, a quantity or an address.
      if (TITLE_WORD.test(label) && /^\d{1,3}$/.test(token!) && !/[#°º:]|\bn[or]\b/i.test(direct[0])) strength -= 20;
      // A bare number sign and one to three digits (« la batterie du vélo n°14 »): a thing's number, not an invoice's.
      if (BARE_NUMBER.test(label) && /^\d{1,3}$/.test(token!)) strength -= 20;
      // "Abschlagsrechnung Nr. 2 n° FAC2026-00424", "Situation n° 3 – n° SIT-26-014": the count of a series, then the
      // invoice's own number after a second number sign.
      const own = /^\d{1,2}$/.test(token!) ? COUNT_THEN_NUMBER.exec(rest.slice(direct[0].length)) : null;
      if (own) token = own[1];
    } else if (qualified) {
      token = qualified[1];
      // (not another party's invoice: « Refacturation frais vétérinaires – facture clinique n° 2026-4471 », « facture fournisseur n° »)
      strength = THIRD_PARTY_QUALIFIER.test(qualified[0]) ? strength - 10 : Math.max(strength, 85);
      // (a thing's short number after words that are no kind of invoice: « Facture illustration couv n°38 », a magazine's issue)
      if (/^\d{1,3}$/.test(token!) && !INVOICE_KIND_QUALIFIER.test(qualified[0])) strength = Math.min(strength, 50);
      // "Facture de situation n° 2 SIT-MEYER-02": the count of a series, then the invoice's own reference.
      const after = REFERENCE_AFTER_COUNT.exec(rest.slice(qualified[0].length));
      if (after && /^\d{1,3}$/.test(token!) && SEQUENCE_BEFORE.test(qualified[0].replace(/\s*(?:n\.?\s?[°º]|no\.|nr\.?|#).*$/i, '').toLowerCase())) token = after[1];
      else if (/^\d{1,2}$/.test(token!)) token = COUNT_THEN_NUMBER.exec(rest.slice(qualified[0].length))?.[1] ?? token;
    } else if (/^[ \t]*:?[ \t]*(?:\n|$)/.test(rest)) {
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const before = VALUE_BEFORE.exec(text.slice(lineStart, m.index));
      if (before) {
        token = before[1];
        strength = Math.min(strength, 70);
      }
    }
    if (m[0].length === 0) re.lastIndex++;
    if (!token) continue;
    // (« en mémoire de … 12 »: « mémoire » alone numbers a bill only with a reference of letters and figures, « Mémoire TJA-2026-0402 »;
    // so does « bordereau », « Bordereau BV-2026-1120 », not « bordereau de remise n° 4471 »)
    if ((label === 'memoire' || label === 'bordereau' || label === 'bordereau n°') && !/[a-z]/i.test(token)) continue;
    // (nor a slip the invoice points to, where its list is: « (4 adhérents … – liste nominative sur le bordereau TP-2610-02) »)
    if ((label === 'bordereau' || label === 'bordereau n°') && /(?:sur|dans|selon|voir)\s+(?:le|notre|votre|ce)\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "We hereby invoice EUR 887.11 under our ref. …": a currency code before a number makes it money.
    if (MONEY_BEFORE.test(token)) continue;
    // « facture 0421 (PBR-2026-0421) »: the short number, then the full reference it stands for in brackets.
    const tokenAt = rest.indexOf(token);
    const spelledOut = tokenAt >= 0 ? FULL_REFERENCE_IN_BRACKETS.exec(rest.slice(tokenAt + token.length)) : null;
    if (spelledOut && spelledOut[1]!.endsWith(token) && spelledOut[1]!.length > token.length) token = spelledOut[1]!;
    const series = withoutFalseSeries(token);
    // ("Facture du 12/03/2026": a word stood between the label and the figures)
    const wordBetween = series !== token;
    if (wordBetween && SERIES_AND_FIGURES.test(token)) continue;
    token = series;
    // A number cut from an amount ("3.322" of "3.322,60 €", "1200.00 EUR") is money, not a reference.
    const at = rest.indexOf(token);
    if (at >= 0 && MONEY_AFTER.test(rest.slice(at + token.length))) continue;
    // "facture d'acompte (40 %) LCY-26/0535": a percentage is no number of the invoice.
    if (at >= 0 && /^\s?%/.test(rest.slice(at + token.length))) continue;
    token = token.replace(/[.\-/_]+$/, '');
    // "Faktura nr 25/06/2026": Polish tools number invoices sequence/month/year, a date's shape after a number sign.
    // ("o fakturze 31/08/2026": right after the invoice word too; a date would take "du", "z dnia", "of".)
    const numbered = SIGNED_LABEL.test(label) || (TITLE_WORD.test(label) && !wordBetween && /^[ \t]+\d/.test(rest) && !DATE_WORD_BEFORE.test(folded.slice(Math.max(0, m.index - 12), m.index))) || /^\s*(?:[°º]|n[°º]|nr|no\.)/i.test(rest);
    if (!isPlausibleNumber(token) && !(numbered && SEQUENCE_MONTH_YEAR.test(token))) continue;
    if (BARE_NUMBER.test(label) && /^\d{1,3}$/.test(token) && SEQUENCE_BEFORE.test(folded.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "la phase Facture d'acompte n°1": a one- or two-digit number after a deposit's or a stage's title counts the series;
    // a reference of the invoice's own elsewhere says more ("la facture ARA-2026-130").
    // (or between the label and the number: « Facture situation n°3 – F-2026-115 »)
    if (/^\d{1,2}$/.test(token) && /(?:acompte|situation|abschlag|anzahlung|tranche|deposit|instal|anticipo|acconto)/.test(`${folded.slice(Math.max(0, m.index - 20), m.index + m[0].length)} ${rest.slice(0, Math.max(0, Math.min(tokenAt, 40))).toLowerCase()}`)) strength -= 30;
    found.set(token, Math.max(found.get(token) ?? 0, strength));
  }
  // « Voici la facture de novembre pour Inès :⏎F-2026-1101 du 02/11/2026 »: a line opening on a reference and its date,
  // under a line that names the invoice, numbers it with no label (weaker than any labelled number).
  REFERENCE_DATED_LINE.lastIndex = 0;
  for (let m = REFERENCE_DATED_LINE.exec(folded); m; m = REFERENCE_DATED_LINE.exec(folded)) {
    const lineStart = m.index + m[0].indexOf(m[1]!);
    const previous = folded.slice(Math.max(0, lineStart - 200), lineStart).replace(/\s+$/, '');
    if (!INVOICE_WORD_IN_LINE.test(previous.slice(previous.lastIndexOf('\n') + 1))) continue;
    const token = text.slice(lineStart, lineStart + m[1]!.length);
    if (!found.has(token) && isPlausibleNumber(token)) found.set(token, 55);
  }
  // « voilà la facture de la livraison de ce matin : F-2026-0405, 389,70 € TTC »: the invoice named in a few words, then
  // after a colon a reference of its shape (as weak as the dated line: a labelled number says more).
  REFERENCE_AFTER_COLON.lastIndex = 0;
  for (let m = REFERENCE_AFTER_COLON.exec(folded); m; m = REFERENCE_AFTER_COLON.exec(folded)) {
    if (OTHER_DOCUMENT_NAMED.test(m[1]!)) continue;
    const at = m.index + m[0].length - m[2]!.length;
    const token = text.slice(at, at + m[2]!.length);
    if (!found.has(token) && isPlausibleNumber(token)) found.set(token, 55);
  }
  return [...found.entries()].map(([value, score]) => ({ value, score })).sort((a, b) => b.score - a.score);
}

/** A reference in brackets right after a number: « 0421 (PBR-2026-0421) ». */
const FULL_REFERENCE_IN_BRACKETS = /^\s*\(\s*([A-Za-z]{1,8}[-/_.]?\d[\w/.-]*\d)\s*\)/;

/**
 * A line that opens on an invoice-shaped reference (letters, then figures in two or three groups) and its date:
 * « F-2026-1101 du 02/11/2026 », « FA-2026-0395 — 05/10/2026 », « FA-2026-0395, 05/10/2026 ».
 */
const REFERENCE_DATED_LINE = /^[ \t]*([a-z]{1,6}[-_/.]?\d{2,4}(?:[-_/.]\d{1,6}){1,2})(?:[ \t]+(?:du|vom|of|dated|del|[-\u2013\u2014])|[ \t]*,)[ \t]+\d/gm;
/**
 * The invoice's word, a few words of the same sentence, a colon and an invoice-shaped reference ending there (« la facture pour le prêt
 * des 8 PAR LED et de la petite console pour vos deux semaines : LSL-2026-0479, »), or its date after it (« … du salon : F-2026-0398 du
 * 2 septembre, »), or on the lines below it (« voici la facture d'acompte (40 %) :⏎⏎FA-2026-104 – acompte sur spectacle … »).
 */
const REFERENCE_AFTER_COLON =
  /(?<![a-z])(?:facture|invoice|rechnung|factura|fattura|factuur|fatura|faktura)(?![a-z])([^.!?:\n]{1,90}?)[ \t]*:[ \t]*(?:\n[ \t]*){0,2}([a-z]{1,6}[-_/.]?\d{2,4}(?:[-_/.]\d{1,6}){1,2})(?=[ \t]*(?:[,;()]|$|[ \t][-\u2013\u2014][ \t]|[ \t]+\d|[ \t]+(?:du|vom|of|dated|del)[ \t]+\d))/gm;
/** Words that name another document the colon may introduce: « facture de la commande : CMD-2026-044 ». */
const OTHER_DOCUMENT_NAMED =
  /(?<![a-z])(?:commandes?|order|bestellung|pedido|ordine|bestelling|bon|po|devis|quote|quotation|angebot|presupuesto|preventivo|offerte|contrat|contract|vertrag|contrato|contratto|marche|dossier|affaire|client|customer|kunde|cliente|klant|engagement|avoir|credit|gutschrift|abono|nota\s+di\s+credito|creditnota|ref\w*|bestelnummer)(?![a-z])/;
const INVOICE_WORD_IN_LINE = /(?<![a-z])(?:facture|invoice|rechnung|factura|fattura|factuur|fatura|faktura)(?![a-z])/;

// ---------- dates ----------

type DateRole = 'due' | 'issue' | 'other';
/** On a tie (labels ending at the same place) the kind listed first wins: "order date" is no invoice date. */
const DATE_LABELS: ReadonlyArray<readonly [DateRole, RegExp]> = [
  ['due', DUE_DATE],
  ['other', OTHER_DATE],
  ['issue', ISSUE_DATE],
];
/** Short words that stand between a label and its date ("Date limite de paiement le 05 juillet"). */
const LINKING_WORD = /\s(?:le|du|au|am|vom|on|the|el|il|del|al|op)\s*$/;
/** An issue-date label that names the invoice ("date de facture", "Rechnungsdatum") beats a bare "date" or "du". */
const NAMES_THE_INVOICE = /factur|invoice|rechnung|fattur|factuur|emis|issue|ausstell/;

/** Issue-date labels that are mere linking words: they date whatever reference stands before them ("l'intervention de 17 mai 2026" is no invoice's date). */
const BARE_LINK = /^(?:du|le|de|vom|von|van|del|dated)$/;
/** What may stand between a bare link and its date: "Facture du mardi 12 octobre", "Rechnung vom Montag, den 12.10.". */
const WEEKDAY_OR_ARTICLE =
  /(?<![a-z])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|den|der|lunes|martes|miercoles|jueves|viernes|sabado|domingo|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|the|fecha|data|datum)(?![a-z])/g;
/** What a bare link may date: the invoice named by its word, its kind or its reference ("Facture d'acompte n° 12 du …"). */
const DATED_INVOICE = /(?:factur\w*|invoices?|rechnung\w*|fattur\w*|factuur|fatura|honoraires|acompte|solde|situation|deposit|avoir|note|nota|[\d°º])[\s:,.\-–]*$/;
/** A generic "date" in a sentence ("la date du 7 juillet", "the date of the event"), not a label. */
/** An opening bracket right before a date's label, after words that name no invoice: « mariage 2027 ( ». */
const BRACKETED_OTHER_DATE = /(?<!(?:(?:factur\w*|invoices?|rechnung\w*|fattur\w*|factuur|fatura|n[°º.o]*)(?:\s+\S*\d\S*)?|(?<![a-z])[a-z]{1,8}[-/_.]?\d[\w/.-]*)[\s:,.\-–]*)\(\s*$/;
const DATE_IN_PROSE = /(?:^|\s)(?:la|une|cette|votre|notre|the|a|this|your|our|die|das|el|una|esta|questa|de|het)\s*$/;
const NUMBERED_INVOICE_OF = /(?:factur\w*|fatur\w*|fattur\w*|invoice|rechnung)\s+(?:n[°º.o]*\s*)?\S*\d\S*\s+(?:de|con|com|del|di)\s*$/;
/** Payment terms counted from the invoice's date: "30 jours date de facture (18/12/2026)" dates the payment, not the invoice. */
const DAYS_FROM = /\d{1,3}\s*(?:jours?|j|days?|tage\w*|dias|giorni|dagen)(?:\s+(?:nets?|net|fin\s+de\s+mois|from(?:\s+the)?|after(?:\s+the)?|of(?:\s+the)?|nach|ab|a\s+compter\s+de\s+la|de\s+la|a\s+partir\s+de\s+la))?\s*$/;
function datesTheInvoice(label: { label: string }, head: string): boolean {
  if (DAYS_FROM.test(head)) return false;
  // "Factura LBM-26-0171 de fecha 7 de agosto", "Fatura FT 12 com data de …": the invoice's own date
  if (NUMBERED_INVOICE_OF.test(head)) return true;
  // "notre facture F-12 en date du …" dates the invoice; "… sur réquisition de la juge (cabinet 3) en date du 02/09/2026" dates the requisition
  if (label.label === 'date' && /(?:^|\s)en\s*$/.test(head)) return DATED_INVOICE.test(head.replace(/\s*en\s*$/, ''));
  if (label.label === 'date' || label.label === 'data' || label.label === 'fecha' || label.label === 'datum') return !DATE_IN_PROSE.test(head);
  if (!BARE_LINK.test(label.label)) return true;
  const words = head.trim();
  return words === '' || DATED_INVOICE.test(words);
}

/** A direct debit announced: its day is the payment's. */
const DEBIT_WORD = /(?<![a-z])(?:prelev\w*|sera\s+debite|will\s+be\s+(?:collected|debited|charged)|(?:direct\s+)?debit\s+(?:of|on)|abbuch\w*|lastschrift\w*|wird\s+(?:am\s+)?(?:abgebucht|eingezogen)|addebit\w*|domiciliacion|adeudo|par\s+domiciliation|domiciliation\s+(?:sepa|europeenne))/;

/** What stands right before the day of a debit announced after it: "wird am", "sera prélevé le", "will be debited on", "Paiement programmé le". */
const DEBIT_AROUND = /(?:(?:wird|werden|sera|seront|will\s+be|is|est)\s+(?:\S+\s+)?|(?:programmee?|prevue?|planifiee?|scheduled|planned|geplant)\s+(?:pour\s+)?)(?:am|le|on|au|zum|for)\s*$/;

/** A payment due before an event, its day in brackets after it: "payable avant le début de la formation (", "due before the start of the course (". */
const PAYABLE_BEFORE_EVENT = /(?:payable|a regler|a payer|reglement|paiement|due|payment|zahlbar|fallig|pagadero|pagabile)\s+(?:avant|before|prior\s+to|vor|antes\s+de|prima\s+d|au\s+plus\s+tard\s+(?:le\s+jour|la\s+veille|lors)\s+d|no\s+later\s+than\s+(?:the\s+day\s+of|on\s+the\s+day\s+of))[^()\n\d]{2,60}\(\s*(?:le\s+|on\s+|am\s+)?$/;
/**
 * A payment due at an event whose day follows, scheduled: "Payable à la signature de l'acte authentique, prévue le 28 mai
 * 2026", "payable on completion, scheduled for 12 June 2026", « À régler au plus tard lors de l'essayage final le 12/09/2026 ». (The last characters only, so that a long line stays linear.)
 */
const PAYABLE_AT_SCHEDULED_EVENT = /(?:payable|a regler|a payer|exigible|due|zahlbar|fallig|pagadero|pagabile)\s+(?:au\s+plus\s+tard\s+)?(?:a|au|lors\s+de|upon|on|at|bei|al|alla)\s+[^.\n\d]{2,70}?,?\s+(?:(?:prevue?s?|fixee?s?|programmee?s?|planifiee?s?|scheduled|planned|vorgesehen|geplant|prevista|previsto)\s+(?:le|pour\s+le|au|for|on|am|el|il|per\s+il)|le|du)\s*$/;

/** References of documents other than the invoice: waybills, delivery notes, orders, quotes, contracts. */
const OTHER_DOCUMENT =
  /(?<![a-z])(?:lv|l\.v\.|lettre de voiture|cmr|bl|bon de livraison|bon de commande|commande|devis|contrat|order|po|purchase order|delivery note|quote|[a-z]*(?:lieferschein|auftrag|bestellung|angebot)|ddt|ordine|preventivo|albaran|pedido|presupuesto|pakbon|bestelling|offerte)(?:\s+(?:n[°º]|n\.|no\.?|nr\.?|#|ref\.?))?\s*[:.]?\s*[a-z]{0,6}(?:[-/_.][a-z]{1,6}){0,2}[-/_.]?\d[\w/.-]*\s+\S+\s*$/;

function dateLabel(before: string) {
  // The label before a linking word wins over the linking word, itself a weak label ("le", "du").
  const linked = LINKING_WORD.exec(before);
  const strong = linked ? nearestLabel(before.slice(0, linked.index + 1), DATE_LABELS, 30) : null;
  if (strong && strong.gap <= 4) return { ...strong, gap: strong.gap + before.length - linked!.index - 1 };
  const label = nearestLabel(before, DATE_LABELS, 30);
  return label && inPlaceName(before, label) ? null : label;
}

/** A linking word inside a hyphenated place name: the "de" of "Port-de-Bouc 21/09/2026", the "le" of "Aix-le-Bains". */
function inPlaceName(before: string, label: { label: string; gap: number }): boolean {
  const end = before.length - label.gap;
  return before[end] === '-' && before[end - label.label.length - 1] === '-';
}

/** A due word and its days, right before the day they come to: « Échéance : 50 jours, le », « Paiement à 30 jours, soit le », "due 30 days, i.e. ". */
const TERM_THEN_DAY = /(?:echeance|due|payable|paiement|reglement|zahlbar|payment)[ \t]*:?[ \t]*(?:a[ \t]+)?\d{1,3}[ \t]*(?:jours|days|tage[n]?|dias|giorni)(?:[ \t]+(?:net|nets|netto|fin[ \t]+de[ \t]+mois))?[ \t]*,?[ \t]*(?:soit[ \t]+)?(?:le|au|on|i\.e\.|am|bis)?[ \t]*\(?[ \t]*$/;

/** Payment terms written as a day: "Payment terms: 20.11.2026", « Conditions de paiement : 30/11/2026 ». */
const TERMS_AS_DAY = /(?:payment[ \t]+terms|terms[ \t]+of[ \t]+payment|conditions[ \t]+de[ \t]+(?:paiement|reglement)|zahlungsbedingungen|condiciones[ \t]+de[ \t]+pago|termini[ \t]+di[ \t]+pagamento|betalingsvoorwaarden)[ \t]*:?[ \t]*$/;

/** A term counted from the invoice date, right before that label: "60 days from", "30 jours à compter de la", "14 Tage ab". */
const TERM_FROM = /\d{1,3}[ \t]*(?:days?|jours?|tagen?|dias|días|giorni|dagen|dni)[ \t]+(?:net[ \t]+)?(?:from|after|following|de[ \t]+la|a[ \t]+compter[ \t]+de[ \t]+la|a[ \t]+partir[ \t]+de[ \t]+la|ab|nach|desde[ \t]+la|dalla|na)[ \t]*(?:the[ \t]+)?$/;

/** A due word right after a date: "am 15.11.2026 fällig", "bis 30.11. zahlbar". */
const DUE_AFTER_DATE = /^[ \t]{0,2}(?:fallig|faellig|zahlbar)(?![a-z])/;

/** A place before a date, as letters open: "Madrid, ", "Lyon, le ", "München, den ", "Milano, lì ". */
const PLACE_AND_DATE = /^[ \t]*\p{Lu}[\p{L}'’.\- ]{1,40},[ \t]*(?:le|den|el|il|a|am|on|the|li|lì)?[ \t]*$/u;

/**
 * A due day and month without a year after the words of paying: « À payer avant le 10/11. », « À payer pour le 10/09 stp. », « merci de régler avant le 5 septembre », "payable by 11/10",
 * « À régler avant le 5 octobre. », "payable by October 5", „zahlbar bis 5. Oktober" (a month written out, no year after it),
 * « tu peux me régler d'ici le 30 septembre » (paying us: « me », « nous »).
 */
const DUE_DAY_WITHOUT_YEAR =
  /(?<![a-z])(?:a\s+payer|a\s+regler|merci\s+de\s+(?:payer|regler)|(?:me|nous)\s+(?:regler|payer)|payable|zahlbar|echeance|due)[ \t]+(?:avant[ \t]+le|au[ \t]+plus[ \t]+tard[ \t]+le|pour[ \t]+le|d'ici[ \t]+le|jusqu'au|le|before|by|on|bis(?:[ \t]+zum)?)[ \t]+(?:(\d{1,2})[/.](\d{1,2})(?![/.]?\d)|(\d{1,2})(?:er|st|nd|rd|th)?\.?[ \t]+([a-z]{4,12})(?![a-z]|[ \t]*\d)|([a-z]{4,12})[ \t]+(\d{1,2})(?:st|nd|rd|th)?(?![a-z\d]|[ \t]*,?[ \t]*\d))/;

/** An invoice's title line up to its date: « Facture FG-2026-0390 – », « Facture n° CONC-2026-034 - Nantes, le », "Invoice No. INV-12 - ", « N° CA-2026-114 – » (folded: every dash is "-"). */
const TITLE_NUMBER_DASH = /^[ \t]*(?:(?:facture|invoice|rechnung|factura|fattura|factuur|fatura)[ \t]+(?:(?:n[°o]|nr|no|num)\.?[ \t]*)?|(?:n[°o]|nr)\.?[ \t]*)[a-z]{0,6}[-_/.]?\d[\w\-/.]*[ \t]+-[ \t]+(?:[a-z][a-z' -]{1,30},[ \t]*(?:le|den|el|il|the)?[ \t]*)?$/;

/** A title line's invoice word and number, then an opening bracket up to its date (folded): « facture aub-2026-134 ( ». */
const TITLE_NUMBER_BRACKET = /^[ \t]*(?:facture|invoice|rechnung|factura|fattura|factuur|fatura)[ \t]+(?:(?:n[°o]|nr|no|num)\.?[ \t]*)?[a-z]{0,6}[-_/.]?\d[\w\-/.]*[ \t]*\([ \t]*(?:du[ \t]+|of[ \t]+|vom[ \t]+|dated[ \t]+)?$/;

/** A line opening on an invoice-shaped reference (letters, then figures in two or three groups) and a dash, up to its date (folded). */
const REFERENCE_DASH = /^[ \t]*[a-z]{1,6}[-_/.]?\d{2,4}(?:[-_/.]\d{1,6}){1,2}[ \t]+-[ \t]+$/;

/** A line that deducts a deposit already paid: « Acompte versé (facture … du …) », "Deposit paid (invoice … of …)". */
/** What follows the last dash or semicolon of a line's head (the whole head when it has none: then nothing). */
function afterLastDash(head: string): string {
  const cut = Math.max(head.lastIndexOf(' – '), head.lastIndexOf(' - '), head.lastIndexOf(' — '), head.lastIndexOf(';'));
  return cut < 0 ? '' : head.slice(cut + 2);
}
const DEPOSIT_LINE = /^\s*[-–•*]?\s*(?:acomptes?|deposits?|anzahlung(?:en)?|anticipos?|acconti|acconto|aanbetaling|voorschot)(?![a-z])/;

function pickDates(text: string, folded: string, lines: Line[], order: DateOrder) {
  let issue: Scored<string> | null = null;
  let due: Scored<string> | null = null;
  // A due date told by the wording around it rather than by a label (a debit's day, a day after « Payment terms: »…).
  const dueByWording = (iso: string) => {
    if (!due || due.score < 90) due = { value: iso, score: 90 };
  };
  const dates = findDates(text, { order }, folded);
  dates.forEach((d, i) => {
    const line = lineAt(lines, d.index);
    const before = folded.slice(Math.max(line.start, d.index - 60), d.index);
    const label = dateLabel(before);
    // "Madrid, 21 de abril de 2026", "Lyon, le 3 mars 2026": a letter's place and date, on a line of their own.
    if (!label && PLACE_AND_DATE.test(text.slice(line.start, d.index)) && !text.slice(d.end, line.end).trim()) {
      if (!issue || issue.score < 70) issue = { value: d.iso, score: 70 };
      return;
    }
    // "Der Rechnungsbetrag wird am 18.05.2026 per SEPA-Lastschrift … eingezogen", "sera prélevé le 12/01": the debit's day is the due day.
    if ((!label || (label.kind === 'issue' && BARE_LINK.test(label.label))) && DEBIT_AROUND.test(before.slice(-16)) && DEBIT_WORD.test(folded.slice(d.end, Math.min(line.end, d.end + 80)).split(/[.!?](?:\s|$)/)[0]!)) {
      dueByWording(d.iso);
      return;
    }
    // "Payable à la signature de l'acte, prévue le 28 mai 2026": the scheduled event's day is the due date.
    if ((!label || label.kind !== 'due') && /\s(?:le|au|for|on|am|el|il)\s*$/.test(folded.slice(Math.max(0, d.index - 6), d.index)) && PAYABLE_AT_SCHEDULED_EVENT.test(folded.slice(Math.max(line.start, d.index - 140), d.index))) {
      dueByWording(d.iso);
      return;
    }
    // "Payable avant le début de la formation (29 septembre 2026)": the event's day, in brackets, is the due date.
    // (the last characters only, and only after a bracket: a line of thousands of dates stays linear)
    if ((!label || label.kind !== 'due') && folded.slice(Math.max(0, d.index - 8), d.index).includes('(') && PAYABLE_BEFORE_EVENT.test(folded.slice(Math.max(line.start, d.index - 100), d.index))) {
      dueByWording(d.iso);
      return;
    }
    // « Échéance : 50 jours, le 13/01/2027 », "Payment: 30 days, i.e. 14/12/2026", « Paiement à 30 jours (08/11/2026) »: the terms, then the day they give.
    if ((!label || label.kind !== 'due') && TERM_THEN_DAY.test(folded.slice(Math.max(line.start, d.index - 60), d.index))) {
      dueByWording(d.iso);
      return;
    }
    // "Payment terms: 20.11.2026": the terms given as their day.
    if ((!label || label.kind !== 'due') && TERMS_AS_DAY.test(folded.slice(Math.max(line.start, d.index - 40), d.index))) {
      dueByWording(d.iso);
      return;
    }
    // "Payment terms: 60 days from invoice date - 14/12/2026": the invoice date the term counts from names the day it ends.
    // (not the invoice date itself, given in brackets: "net 60 days from invoice date (22/09/2026)")
    if (label?.kind === 'issue' && TERM_FROM.test(folded.slice(line.start, Math.max(line.start, d.index - label.gap - label.label.length))) && !folded.slice(d.index - label.gap, d.index).includes('(')) {
      dueByWording(d.iso);
      return;
    }
    // "die Rechnung … war am 15.11.2026 fällig": German puts the due word after its date.
    if ((!label || label.kind !== 'due') && DUE_AFTER_DATE.test(folded.slice(d.end, d.end + 16))) {
      dueByWording(d.iso);
      return;
    }
    // « Facture FG-2026-0390 – 30/09/2026 »: the invoice's title line, its number and its date parted by a dash.
    // (a title line is short: a line of thousands of dates is not sliced again for each)
    if (d.index - line.start <= 80 && TITLE_NUMBER_DASH.test(folded.slice(line.start, d.index)) && !text.slice(d.end, line.end).trim()) {
      if (!issue || issue.score < 85) issue = { value: d.iso, score: 85 };
      return;
    }
    // « Facture AUB-2026-134 (19/10/2026) »: the title line, its number and its date in brackets, alone on the line.
    if (d.index - line.start <= 80 && TITLE_NUMBER_BRACKET.test(folded.slice(line.start, d.index)) && /^[ \t]*\)[ \t]*$/.test(text.slice(d.end, line.end))) {
      if (!issue || issue.score < 85) issue = { value: d.iso, score: 85 };
      return;
    }
    // « FA-2026-0376 – 30/09/2026 – 1 744,50 € TTC »: a line opening on an invoice-shaped reference, a dash, its date and a dash.
    if (d.index - line.start <= 40 && REFERENCE_DASH.test(folded.slice(line.start, d.index)) && /^(?:[ \t]*$|[ \t]+-[ \t])/.test(folded.slice(d.end, Math.min(line.end, d.end + 4)))) {
      if (!issue || issue.score < 80) issue = { value: d.iso, score: 80 };
      return;
    }
    if (!label || label.kind === 'other') return;
    // A bare "du" / "vom" after another document's reference is that document's date ("LV n° TCL-918762 du 14/10/2026").
    if (label.kind === 'issue' && BARE_LINK.test(label.label) && OTHER_DOCUMENT.test(folded.slice(line.start, d.index))) return;
    // "va prélever 238,80 € sur votre compte … le 12 janvier 2027": the day of a direct debit is the day it is due.
    if (label.kind === 'issue' && BARE_LINK.test(label.label) && DEBIT_WORD.test(folded.slice(line.start, d.index))) {
      dueByWording(d.iso);
      return;
    }
    // A bare link dates what stands right after it: in "la factura de las barricas despachadas el 19 de octubre" the
    // "de" links the invoice to the barrels, and the day is their shipping's.
    if (label.kind === 'issue' && BARE_LINK.test(label.label) && /[a-z]{3,}/.test(before.slice(before.length - label.gap).replace(WEEKDAY_OR_ARTICLE, ' '))) return;
    // "le mariage du 07/07/2026", "la date du 7 juillet": the day of what is named before the link, not the invoice's.
    if (label.kind === 'issue' && !datesTheInvoice(label, folded.slice(line.start, Math.max(line.start, d.index - label.gap - label.label.length))) && !PLACE_AND_DATE.test(text.slice(line.start, d.index))) return;
    // "Prestation : Facture d'acompte - mariage 2027 (date du 25/09/2027)": a date in brackets dates what stands before them,
    // here the wedding (not "Facture FA-12 (date : 03/11/2026)").
    if (label.kind === 'issue' && BRACKETED_OTHER_DATE.test(folded.slice(Math.max(line.start, d.index - label.gap - label.label.length - 40), d.index - label.gap - label.label.length))) return;
    // « Acompte versé (facture FV-2026-0377 du 10/09/2026) : - 2 500,00 € »: a deposit line dates the deposit's own invoice.
    if (label.kind === 'issue' && DEPOSIT_LINE.test(folded.slice(line.start, Math.min(d.index, line.start + 40)))) return;
    // "bei Zahlung bis zum 09.10.2026 2 % Skonto": the day to earn a discount, not the due date.
    if (label.kind === 'due' && isDiscountDate(folded, d.index, d.end, dates[i - 1]?.end, dates[i + 1]?.index)) return;
    const score = (label.gap <= 8 ? 90 : 70) + (NAMES_THE_INVOICE.test(label.label) ? 5 : 0);
    if (label.kind === 'due' && (!due || score > due.score)) due = { value: d.iso, score };
    if (label.kind === 'issue' && (!issue || score > issue.score)) issue = { value: d.iso, score };
  });
  // A due day written without its year (« À payer avant le 10/11. ») under an invoice dated in full: that year's, or the next
  // one's when the day would come before the invoice; with no invoice date, left for the caller to date from the e-mail's.
  // (read through a cast: the forEach above assigns them, which TypeScript's narrowing does not see)
  const issued = issue as Scored<string> | null;
  const short = due ? null : DUE_DAY_WITHOUT_YEAR.exec(folded);
  let dueDayAndMonth: TextFields['dueDayAndMonth'] = null;
  if (short) {
    const [day, month] = short[1]
      ? order === 'MDY' ? [Number(short[2]), Number(short[1])] : [Number(short[1]), Number(short[2])]
      : short[3] ? [Number(short[3]), monthOfName(short[4]!) ?? 0] : [Number(short[6]), monthOfName(short[5]!) ?? 0];
    // (a day the month has: « avant le 31/02 » dates nothing)
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && isValidIsoDate(`2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)) {
      const dated = issued ? dayInYearFrom(issued.value, day, month) : null;
      if (dated) due = { value: dated, score: 70 };
      else if (!issued) dueDayAndMonth = { day, month };
    }
  }
  return { issue, due, dueDayAndMonth };
}

/**
 * A day and month given without a year, dated from a day before it: that day's year, or the next one's when it would come
 * before; null when that year has no such day (29 February).
 */
export function dayInYearFrom(from: string, day: number, month: number): string | null {
  const year = Number(from.slice(0, 4));
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const dated = iso < from ? `${year + 1}${iso.slice(4)}` : iso;
  return isValidIsoDate(dated) ? dated : null;
}

/**
 * A text saying its deposit is already taken off the amount it states ("7 036,00 € TTC (net à payer après déduction de l'acompte de 3 020,00 €)",
 * « Après déduction de l'acompte de 2 052,00 € déjà réglé, le montant restant à régler est de 4 788,00 € TTC »).
 */
const DEPOSIT_DEDUCTED =
  /\(\s*(?:balance|solde|reste|restant|saldo|restbetrag|rest|remaining)\s+(?:due\s+|du\s+|dus\s+|a\s+payer\s+)?(?:after|apres|nach|despues\s+del?|tras|dopo|na)\s+(?:\S+\s+){0,3}?(?:l'|d')?(?:acompte|deposit|anzahlung|anticipo|acconto|aanbetaling|voorschot)|\(\s*(?:(?:net\s+a\s+payer|net|montant\s+du|reste\s+a\s+payer|amount\s+due|balance\s+due|zu\s+zahlen)\s+)?(?:nach\s+abzug|abzuglich|apres\s+deduction|deduction\s+faite|after\s+deduct\w*|net\s+of|al\s+netto|dopo\s+(?:la\s+)?deduzione|na\s+aftrek|descontad[oa]|una\s+vez\s+descontad[oa])\s+(?:\S+\s+){0,3}?(?:l'|d')?(?:acompte|deposit|anzahlung|anticipo|acconto|aanbetaling|voorschot)|(?:acompte|deposit|anzahlung|anticipo|acconto|aanbetaling|voorschot)[^.\n]{0,80}?(?:(?:a|ont)\s+(?:bien\s+|deja\s+)?ete\s+deduite?s?|(?:deja|bien)\s+deduite?s?|deduite?s?\s*\)|(?:est|sont)\s+(?:bien\s+|deja\s+)?deduite?s?|(?:has|have)\s+(?:already\s+)?been\s+(?:deducted|taken\s+off)|already\s+deducted|wurde\s+(?:bereits\s+)?(?:abgezogen|verrechnet)|(?:ya\s+)?(?:ha\s+sido\s+|esta\s+)?descontad[oa]|(?:e\s+stat[oa]\s+)?gia\s+dedott[oa]|(?:is|werd)\s+(?:al\s+)?(?:verrekend|afgetrokken))(?![a-z])|(?<![a-z])(?:apres\s+deduction|deduction\s+faite|after\s+deduct\w*)\s+(?:de\s+|of\s+)?(?:l'|d'|the\s+|your\s+|votre\s+)?(?:acompte|deposit|anzahlung|anticipo|acconto)[^.\n]{0,80}?(?<![a-z])(?:restant|reste|solde|balance|remaining|net\s+a\s+payer)(?![a-z])/;

/** A bill of lading, or the shipment it proves: "B/L dated March 30, 2026", "B/L de fecha …", "B/L: MAEU8229090 (1 de febrero de 2026)". */
const SHIPMENT_MARK = /(?<![a-z])(?:b\/l|bill of lading|connaissement|conocimiento de embarque|konnossement|polizza di carico|shipped on board|on board date|fecha de embarque|date d'embarquement)(?![a-z])/g;

/** Terms counted from the shipment: the day the text gives the bill of lading, the first date right after its mention. */
function withShipmentDate(terms: PaymentTerms | null, text: string, folded: string, order: DateOrder): PaymentTerms | null {
  if (terms?.kind !== 'net' || !terms.fromShipment) return terms;
  for (const mark of execAll(SHIPMENT_MARK, folded)) {
    const end = mark.index + mark[0].length;
    const lineEnd = folded.indexOf('\n', end);
    const window = text.slice(end, Math.min(end + 50, lineEnd < 0 ? text.length : lineEnd));
    const date = findDates(window, { order })[0];
    // (only separators, a label word or the B/L's own reference between: "B/L: MAEU8229090 (", "B/L de fecha ")
    if (date && /^[\s:(),-]*(?:(?:dated|date|de fecha|du|vom|del|of)\s*:?\s*|[a-z]{0,6}\d{5,}[\s(:,-]*)?$/i.test(window.slice(0, date.index))) return { ...terms, startDate: date.iso };
  }
  return terms;
}

/**
 * The fields of the texts read last, by date order: one scan reads the same texts again and again (an invoice's
 * subject in each reminder, a platform's one-line body, the e-mail read once for detection and once with the PDF's
 * date order). The fields are never changed by their readers, so the same object serves every one.
 */
const recentFields = new Map<DateOrder, (text: string) => TextFields>();
const RECENT_FIELDS = 256;

/** Reads an invoice's fields from one text: a body, a PDF's text or a subject. */
export function extractTextFields(original: string, order: DateOrder): TextFields {
  let recent = recentFields.get(order);
  if (!recent) recentFields.set(order, (recent = rememberRecent(RECENT_FIELDS, (text) => readTextFields(text, order))));
  return recent(original);
}

function readTextFields(original: string, order: DateOrder): TextFields {
  const text = joinLabelLayouts(original);
  const folded = fold(text);
  const lines = linesOf(text);
  const depositInvoice = namesDepositInvoice(folded.slice(0, DOCUMENT_HEADING));
  const { amount, currency } = pickAmount(text, folded, lines, depositInvoice);
  const { issue, due, dueDayAndMonth } = pickDates(text, folded, lines, order);
  return {
    invoiceNumbers: findInvoiceNumbers(text, folded),
    amount,
    currency: amount?.value.currency ?? currency,
    issueDate: issue,
    dueDate: due,
    dueDayAndMonth,
    terms: withShipmentDate(findPaymentTerms(text, folded)?.terms ?? null, text, folded, order),
    depositInvoice,
  };
}
