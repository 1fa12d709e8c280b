import { fold } from '../text/fold';

/**
 * An invoice of another firm that the user passes on: an architect or a project manager sends the client a
 * contractor's progress bill "à régler directement à l'entreprise", an agency forwards a freelancer's invoice
 * "payable directly to the supplier". The money is not owed to the user: it is no receivable of theirs.
 */
const PAID_TO_ANOTHER = new RegExp(
  [
    // (not a subsidy the state pays the company: « Prime MaPrimeRénov' (versée directement à l'entreprise, mandat ANAH) »)
    // (nor the invoice sent to the client's own company: « la facture est adressée directement à votre entreprise »)
    `(?<!(?:prime|aide|subvention|anah|maprimerenov|cee|cheque\\s+energie)[^.\\n]{0,80})(?<!(?:adressee?s?|envoyee?s?|transmise?s?|facturee?s?|etablie?s?|libellee?s?)\\s+)directement\\s+(?:a|aupres\\s+de)\\s+(?:l'entreprise|la\\s+societe|l'artisan|ce\\s+dernier|cette\\s+derniere|votre\\s+(?:entreprise|prestataire|fournisseur)|l'entrepreneur|(?:au|le)\\s+(?:prestataire|fournisseur|sous-traitant))`,
    `(?:payable|paid|to\\s+be\\s+paid|pay(?:ment)?)\\s+directly\\s+to\\s+(?:the|your|our)\\s+(?:contractor|subcontractor|supplier|company|vendor|freelancer)`,
    `direkt\\s+an\\s+(?:das|den|die)\\s+(?:unternehmen|handwerker|auftragnehmer|subunternehmer|lieferanten?)`,
    `directamente\\s+a\\s+(?:la\\s+empresa|el\\s+(?:proveedor|contratista|subcontratista))`,
    `direttamente\\s+(?:all'impresa|alla\\s+ditta|al\\s+fornitore)`,
  ].join('|'),
);

/** Whether the e-mail's own words say the invoice it carries is paid to another firm, not to the sender. */
export function isPassedOnInvoice(body: string): boolean {
  return PAID_TO_ANOTHER.test(fold(body.slice(0, 4000)));
}
