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

/** Whether the e-mail's own words (quotes stripped) say the invoice it shows is paid and nothing is due. */
export function isSettledCopy(body: string): boolean {
  const folded = fold(body.slice(0, 2000));
  return NOTHING_DUE.test(folded) && SETTLED.test(folded);
}
