/**
 * Whether a text announces a deposit invoice (facture d'acompte, deposit invoice, Anzahlungsrechnung, factura
 * de anticipo, fattura d'acconto, voorschotfactuur) rather than an invoice a deposit was deducted from. The
 * amount reader needs it (on a deposit invoice the "Acompte de 30 %" line is what is billed, not a deduction),
 * and so does the status reader (for a deposit invoice, "the deposit is paid" settles the invoice itself).
 */

const PCT = '\\d{1,3}(?:[.,]\\d+)?\\s*%';
// (one lookbehind before the whole alternation, not one per alternative: the same matches, and V8 tries it once per
// position instead of once per alternative, which halved this search's time on the bench mailbox)
const DEPOSIT_INVOICE = new RegExp(
  `(?<![a-z])(?:${[
    `factures?\\s+d'acompte`, `acompte\\s+(?:de\\s+|d'environ\\s+)?${PCT}`, `${PCT}\\s+d'acompte`, `appel\\s+d'acompte`,
    `deposit\\s+invoice`, `invoice\\s+for\\s+(?:the|a|your|our)\\s+(?:${PCT}\\s+)?(?:deposit|down\\s*payment|advance)`, `${PCT}\\s+(?:deposit|down\\s*payment|advance\\s+payment)`, `(?:deposit|down\\s*payment)\\s+of\\s+${PCT}`,
    `(?:anzahlungs|abschlags|vorauszahlungs)rechnung`, `(?:anzahlung|abschlag|vorauszahlung)\\s+(?:von|in\\s+hohe\\s+von|uber)\\s+${PCT}`, `${PCT}\\s*-?\\s*(?:anzahlung|abschlag)`,
    `factura\\s+(?:de|del)\\s+(?:anticipo|adelanto)`, `(?:anticipo|adelanto)\\s+del?\\s+${PCT}`,
    `fattura\\s+(?:di\\s+|d')\\s*(?:acconto|anticipo)`, `(?:acconto|anticipo)\\s+(?:del|pari\\s+al)\\s+${PCT}`,
    // a title opening with the deposit word, then the reference and the sum: "Deposit – AZ-2026-0490 – €2,664.00 – due …"
    `^\\s*(?:acompte|deposit|anzahlung|anticipo|acconto|aanbetaling|voorschot)\\s*[-–—:|]`,
    // an invoice whose object is a numbered deposit: « Objet : Acompte n°1 – restauration du cotre …, 30 % du devis D2026-041 »
    `(?:objet|object|subject|betreff|designation|libelle)\\s*:\\s*(?:1er\\s+|premier\\s+|2e\\s+|deuxieme\\s+|second\\s+)?(?:acompte|deposit|anzahlung|anticipo|acconto)(?![a-z])`, `acompte\\s+n[°o]\\s*\\d`,
    // the billed line naming its share in brackets: "Deposit (40%): USD 12,480.00" (not one taken off: "Acompte (30 %) : -4 500,00 €")
    `(?:acompte|deposit|down\\s*payment|anzahlung|anticipo|acconto|aanbetaling|voorschot)\\s*\\(\\s*${PCT}\\s*\\)(?!\\s*[:=]?\\s*[-–−])`,
    `voorschotfactu(?:ur|ren)`, `factuur\\s+voor\\s+(?:het\\s+|de\\s+)?(?:voorschot|aanbetaling)`, `(?:voorschot|aanbetaling)\\s+van\\s+${PCT}`,
  ].join('|')})`,
  'g',
);
/** "après déduction de l'acompte de 30 %", "less the 30% deposit", "abzüglich Anzahlung": a deposit taken off, not billed. */
const DEDUCTED_BEFORE = /(?:deduction|deduit|deduire|moins|less|minus|net\s+of|abzuglich|abzgl|verrechnet|descontando|descontado|menos|dedott[oa]|meno|al\s+netto|min|verminderd)\W+(?:\S+\s+){0,3}$/;
const PAID_AFTER = /^\W*(?:\S+\s+){0,3}?(?:deja\s+)?(?:verse|regle|paye|recu|encaisse|deduit|paid|received|deducted|already|erhalten|bezahlt|gezahlt|abgezogen|pagad[oa]|recibid[oa]|descontad[oa]|versat[oa]|pagat[oa]|ricevut[oa]|dedott[oa]|betaald|ontvangen|verrekend)(?![a-z])/;

/** The balance invoice that follows a deposit names the deposit invoice too: it is not one. */
const FINAL_INVOICE = /(?<![a-z])(?:factures?\s+(?:de\s+solde|finale?)|solde\s+(?:des\s+travaux|du\s+projet|de\s+la\s+commande)|final\s+invoice|balance\s+invoice|invoice\s+for\s+the\s+balance|schlussrechnung|restrechnung|factura\s+(?:final|de\s+liquidacion)|fattura\s+(?:di\s+)?saldo|fattura\s+finale|eindfactuur|slotfactuur)(?![a-z])/;

const FINAL_INVOICE_ALL = new RegExp(FINAL_INVOICE.source, 'g');

/** A final invoice named as sent, not as one to come (« Die Schlussrechnung folgt nach dem Aufenthalt », « la facture de solde suivra »). */
function namesFinalInvoice(folded: string): boolean {
  const final = FINAL_INVOICE_ALL;
  final.lastIndex = 0;
  for (let m = final.exec(folded); m; m = final.exec(folded)) {
    if (!TO_COME_AFTER.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 50))) return true;
  }
  return false;
}
const TO_COME_AFTER = /^\s*(?:\S+\s+){0,2}?(?:folgt|folgen|wird\s+(?:\S+\s+){0,4}?(?:folgen|gestellt|versandt|geschickt)|suivra|suivront|vous\s+sera\s+(?:adressee|envoyee|transmise)|sera\s+(?:adressee|envoyee|emise|etablie|transmise)|will\s+follow|to\s+follow|will\s+be\s+(?:sent|issued)|seguira|seguiran|segue|seguir[aà]|volgt|zal\s+volgen)(?![a-z])/;

/** `folded`: the text folded (lower case, no accents). */
export function namesDepositInvoice(folded: string): boolean {
  if (namesFinalInvoice(folded)) return false;
  DEPOSIT_INVOICE.lastIndex = 0;
  for (let m = DEPOSIT_INVOICE.exec(folded); m; m = DEPOSIT_INVOICE.exec(folded)) {
    const before = folded.slice(Math.max(0, m.index - 60), m.index);
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (!DEDUCTED_BEFORE.test(before) && !PAID_AFTER.test(after)) return true;
  }
  return false;
}
