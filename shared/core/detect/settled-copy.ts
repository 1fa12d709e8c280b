import { fold } from '../text/fold';

/**
 * A copy of an invoice already paid, sent for the record: « voici à nouveau le détail de la facture d'acompte
 * GD83-2026-0801 …, réglée le 15/10. Elle est déjà soldée, aucun paiement n'est attendu », "This invoice was paid on
 * 15 October; no payment is due". The user's own words say both that it is settled and that nothing is to be paid:
 * no receivable. (Either alone is not enough: a balance invoice names a deposit « déjà réglé », a direct-debit
 * invoice may say « aucun paiement n'est à prévoir de votre part ».)
 */
const SETTLED =
  /(?<![a-z])(?:(?:deja|bien)\s+(?:soldee|reglee|payee|acquittee)|(?:reglee|payee|soldee|acquittee)\s+(?:le|depuis\s+le)\s+\d|(?:has|have)\s+already\s+been\s+(?:paid|settled)|(?:was|were)\s+(?:paid|settled)\s+(?:in\s+full\s+)?on|(?:bereits|schon)\s+(?:vollstandig\s+)?(?:bezahlt|beglichen))(?![a-z])/;
const NOTHING_DUE =
  /(?<![a-z])(?:aucun\s+(?:paiement|reglement|versement)\s+(?:supplementaire\s+|complementaire\s+)?n'est\s+(?:attendu|du|a\s+prevoir|requis|necessaire)|(?:vous\s+n'avez|tu\s+n'as|il\s+n'y\s+a)\s+(?:donc\s+)?rien\s+a\s+(?:regler|payer)|no\s+(?:further\s+)?(?:payment|action)\s+is\s+(?:due|required|needed|expected)|nothing\s+(?:further\s+)?(?:to\s+pay|is\s+due)|keine\s+(?:weitere\s+)?zahlung\s+(?:mehr\s+)?(?:erforderlich|fallig|notig))(?![a-z])/;

/** A copy said to be one: « voici la copie de la facture BL-2026-047 », « duplicata », "a copy of your invoice". */
const A_COPY = /(?<![a-z])(?:copie\s+(?:de\s+(?:la|votre|ta|notre)|du)\s+(?:facture|duplicata)|duplicata|copy\s+of\s+(?:the|your|our)\s+invoice)(?![a-z])/;
/** The whole said paid in a copy: « (total 9 600,00 € TTC, acompte et solde réglés) », "paid in full" (not « acompte réglé », one part). */
const ALL_PAID =
  /(?<![a-z])(?:(?:acompte\s+et\s+solde|solde|tout|elle)\s+(?:est\s+|sont\s+)?(?:deja\s+|bien\s+)?(?:regles?|reglees?|payes?|payees?|soldes?|soldees?|acquittes?|acquittees?)|paid\s+in\s+full|(?:fully|already)\s+paid)(?![a-z])/;

/**
 * Whether the e-mail's own words (quotes stripped) say the invoice it shows is paid and nothing is due, or that it is a
 * copy of an invoice paid in full (« voici la copie de la facture BL-2026-047 (total 9 600,00 € TTC, acompte et solde réglés) »,
 * asked for an insurer).
 */
export function isSettledCopy(body: string): boolean {
  const folded = fold(body.slice(0, 2000));
  return (NOTHING_DUE.test(folded) && SETTLED.test(folded)) || (A_COPY.test(folded) && (SETTLED.test(folded) || ALL_PAID.test(folded)));
}
