/**
 * Addresses invoicing platforms send from: a no-reply, billing, invoice or notification mailbox
 * ("no-reply@pennylane.com", "notifications@freebe.me", an e-invoicing network's "einvoice@basware.com"), or a sending subdomain ("quickbooks@notification.intuit.com",
 * "message-service@sender.zohoinvoice.eu"). People write from their own names.
 */
const AUTOMATED_LOCAL = /^(?:no[-_]?reply|do[-_]?not[-_]?reply|ne[-_]?pas[-_]?repondre|(?:e[-_]?)?(?:invoices?|invoicing|billing|factur\w*)|peppol|notifications?|notify|mailer|alerts?|automated|robot|service|(?:order|mail|auto)?sender|(?:messag(?:e|ing)[-_]?)service)(?:[+._-][^@]*)?@/i;
const AUTOMATED_DOMAIN = /@(?:[a-z0-9-]+\.)*(?:notifications?|notify|mailer|sender|no-?reply|bounces?)\.[a-z0-9.-]+$/i;

export function isAutomatedLocalPart(address: string): boolean {
  return AUTOMATED_LOCAL.test(address);
}

export function isAutomatedSender(address: string): boolean {
  return AUTOMATED_LOCAL.test(address) || AUTOMATED_DOMAIN.test(address);
}
