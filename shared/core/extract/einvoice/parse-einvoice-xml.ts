import { XMLParser } from 'fast-xml-parser';
import { isValidYmd } from '../../calendar/iso-date';
import type { EInvoice } from './model';
import { decodeXmlBytes } from './decode-xml-bytes';

/**
 * Structured e-invoices read exactly: Factur-X / ZUGFeRD 2.x and XRechnung (CII), ZUGFeRD 1.0, UBL 2.1
 * Invoice and CreditNote. Namespace prefixes are dropped, so any prefix works. No entity is expanded
 * and DOCTYPEs are refused: an e-mail attachment must not be able to blow up memory or read files.
 */
type Node = Record<string, unknown>;

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  // Entities are decoded by `text()` below (only the five predefined ones and character references).
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
});

const MAX_XML_LENGTH = 20 * 1024 * 1024;

const PREDEFINED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED_ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Skips the XML declaration (whatever encoding it claims: the bytes are already decoded), processing
 * instructions and comments. Returns null when a DOCTYPE follows: entity declarations are how XML bombs and
 * external-entity reads work, and no e-invoice standard uses one.
 */
function bodyAfterProlog(source: string): string | null {
  let rest = source.trimStart();
  for (;;) {
    if (rest.startsWith('<?')) {
      // A declaration closed by ">" instead of "?>" ("<?xml version="1.0">") still ends there.
      const end = rest.indexOf('>');
      if (end < 0) return null;
      rest = rest.slice(end + 1).trimStart();
    } else if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end < 0) return null;
      rest = rest.slice(end + 3).trimStart();
    } else break;
  }
  if (!rest.startsWith('<') || /^<!DOCTYPE/i.test(rest)) return null;
  return rest;
}

/** Every node reached by a path of element names; repeated elements are followed one by one. */
function all(node: unknown, ...path: string[]): unknown[] {
  let level: unknown[] = node === undefined || node === null ? [] : [node];
  for (const name of path) {
    const next: unknown[] = [];
    for (const n of level) {
      if (typeof n !== 'object' || n === null) continue;
      const child = (n as Node)[name];
      if (Array.isArray(child)) next.push(...child);
      else if (child !== undefined && child !== null) next.push(child);
    }
    level = next;
  }
  return level;
}

function first(node: unknown, ...path: string[]): unknown {
  return all(node, ...path)[0];
}

/** No field of an invoice is longer: a longer value is some hostile or foreign content, not a number or a name. */
const MAX_VALUE_LENGTH = 1024;

function text(v: unknown): string | null {
  if (typeof v === 'string' || typeof v === 'number') {
    const s = String(v);
    return s.length > MAX_VALUE_LENGTH ? null : decodeEntities(s).trim() || null;
  }
  if (typeof v === 'object' && v !== null && '#text' in v) return text((v as Node)['#text']);
  return null;
}

/** First non-empty text among the nodes of a path. */
function firstText(node: unknown, ...path: string[]): string | null {
  for (const n of all(node, ...path)) {
    const t = text(n);
    if (t) return t;
  }
  return null;
}

function attribute(v: unknown, name: string): string | null {
  return typeof v === 'object' && v !== null ? text((v as Node)[`@${name}`]) : null;
}

function squash(s: string | null): string | null {
  return s ? s.replace(/\s+/g, ' ').trim() || null : null;
}

/** At most 15 integer digits, as in text amounts: beyond, a float no longer holds the cents (or is Infinity). */
function amount(v: unknown): number | null {
  const t = text(v);
  return t !== null && /^[+-]?0*(\d{1,15}(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : null;
}

/** The amount in the invoice currency when one is given per currency, else the first. */
function amountIn(nodes: unknown[], currency: string | null): number | null {
  const inCurrency = currency ? nodes.find((n) => attribute(n, 'currencyID') === currency) : undefined;
  return amount(inCurrency ?? nodes[0]);
}

/**
 * A calendar date from format 102 (YYYYMMDD) or ISO text (UBL). Formats that name no day (610 month,
 * 616 week) give null rather than an invented day.
 */
function calendarDate(v: unknown): string | null {
  const node = typeof v === 'object' && v !== null && 'DateTimeString' in v ? (v as Node)['DateTimeString'] : v;
  const format = attribute(node, 'format');
  if (format && format !== '102') return null;
  const raw = text(node);
  const m = raw ? /^(\d{4})-?(\d{2})-?(\d{2})(?!\d)/.exec(raw) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(year, month, day) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function firstDate(nodes: unknown[]): string | null {
  for (const n of nodes) {
    const d = calendarDate(n);
    if (d) return d;
  }
  return null;
}

/** UNTDID 1001 document name codes, grouped by what they mean for a receivable. */
const KIND_BY_TYPE_CODE: Record<string, EInvoice['documentKind']> = {
  ...Object.fromEntries(['380', '383', '385', '393', '394', '395', '326', '80', '82', '84', '875', '876', '877'].map((c) => [c, 'invoice'])),
  ...Object.fromEntries(['381', '81', '83', '261', '262', '296', '308', '396', '420', '458', '532'].map((c) => [c, 'credit-note'])),
  '384': 'corrected-invoice',
  '386': 'prepayment-invoice',
  '389': 'self-billed',
};

function kindOf(typeCode: string | null, kindWithoutCode: EInvoice['documentKind']): EInvoice['documentKind'] {
  return typeCode === null ? kindWithoutCode : (KIND_BY_TYPE_CODE[typeCode] ?? 'other');
}

function emailIn(value: string | null): string | null {
  return value && value.includes('@') ? value.replace(/^mailto:/i, '').toLowerCase() : null;
}

/** Where the two CII generations keep the same facts under different names. */
interface CiiLayout {
  syntax: 'CII' | 'ZUGFeRD1';
  document: string;
  transaction: string;
  agreement: string;
  settlement: string;
  summation: string;
  context: string;
}

const CII: CiiLayout = {
  syntax: 'CII',
  document: 'ExchangedDocument',
  transaction: 'SupplyChainTradeTransaction',
  agreement: 'ApplicableHeaderTradeAgreement',
  settlement: 'ApplicableHeaderTradeSettlement',
  summation: 'SpecifiedTradeSettlementHeaderMonetarySummation',
  context: 'ExchangedDocumentContext',
};

const ZUGFERD1: CiiLayout = {
  syntax: 'ZUGFeRD1',
  document: 'HeaderExchangedDocument',
  transaction: 'SpecifiedSupplyChainTradeTransaction',
  agreement: 'ApplicableSupplyChainTradeAgreement',
  settlement: 'ApplicableSupplyChainTradeSettlement',
  summation: 'SpecifiedTradeSettlementMonetarySummation',
  context: 'SpecifiedExchangedDocumentContext',
};

/**
 * The party's own electronic address when it is an e-mail (schemeID EM, but the address itself is what
 * counts: other schemes carry SIRET or GLN numbers), else its contact's e-mail.
 */
function ciiPartyEmail(party: unknown): string | null {
  for (const uri of all(party, 'URIUniversalCommunication', 'URIID')) {
    const email = emailIn(text(uri));
    if (email) return email;
  }
  return emailIn(firstText(party, 'DefinedTradeContact', 'EmailURIUniversalCommunication', 'URIID'));
}

function ciiPartyName(party: unknown): string | null {
  return squash(firstText(party, 'Name') ?? firstText(party, 'SpecifiedLegalOrganization', 'TradingBusinessName'));
}

function readCii(root: Node, layout: CiiLayout): EInvoice {
  const doc = first(root, layout.document);
  const trade = first(root, layout.transaction);
  const settlement = first(trade, layout.settlement);
  const sums = first(settlement, layout.summation);
  const grandTotals = all(sums, 'GrandTotalAmount');
  const currency = firstText(settlement, 'InvoiceCurrencyCode') ?? attribute(grandTotals[0], 'currencyID');
  const seller = first(trade, layout.agreement, 'SellerTradeParty');
  const buyer = first(trade, layout.agreement, 'BuyerTradeParty');
  const typeCode = firstText(doc, 'TypeCode');
  return {
    syntax: layout.syntax,
    typeCode,
    documentKind: kindOf(typeCode, 'invoice'),
    invoiceNumber: firstText(doc, 'ID'),
    issueDate: firstDate(all(doc, 'IssueDateTime')),
    dueDate: firstDate(all(settlement, 'SpecifiedTradePaymentTerms', 'DueDateDateTime')),
    amountDue: amountIn(all(sums, 'DuePayableAmount'), currency),
    grandTotal: amountIn(grandTotals, currency),
    currency,
    sellerName: ciiPartyName(seller),
    sellerEmail: ciiPartyEmail(seller),
    buyerName: ciiPartyName(buyer),
    buyerEmail: ciiPartyEmail(buyer),
    paymentTermsText: squash(firstText(settlement, 'SpecifiedTradePaymentTerms', 'Description')),
    guidelineId: firstText(root, layout.context, 'GuidelineSpecifiedDocumentContextParameter', 'ID'),
  };
}

function ublPartyName(role: unknown): string | null {
  return squash(firstText(role, 'Party', 'PartyLegalEntity', 'RegistrationName') ?? firstText(role, 'Party', 'PartyName', 'Name'));
}

/** The party's electronic address when it is an e-mail address (schemeID EM), else its contact's e-mail. */
function ublPartyEmail(role: unknown): string | null {
  const endpoint = first(role, 'Party', 'EndpointID');
  const endpointEmail = emailIn(text(endpoint));
  if (endpointEmail && (attribute(endpoint, 'schemeID') ?? 'EM') === 'EM') return endpointEmail;
  return emailIn(firstText(role, 'Party', 'Contact', 'ElectronicMail')) ?? endpointEmail;
}

function readUbl(root: Node, creditNoteRoot: boolean): EInvoice {
  const typeCode = firstText(root, creditNoteRoot ? 'CreditNoteTypeCode' : 'InvoiceTypeCode');
  const totals = first(root, 'LegalMonetaryTotal');
  const payable = all(totals, 'PayableAmount');
  const currency = firstText(root, 'DocumentCurrencyCode') ?? attribute(payable[0], 'currencyID');
  const supplier = first(root, 'AccountingSupplierParty');
  const customer = first(root, 'AccountingCustomerParty');
  return {
    syntax: 'UBL',
    typeCode,
    // The CreditNote root is a credit note whatever code it carries.
    documentKind: creditNoteRoot ? 'credit-note' : kindOf(typeCode, 'invoice'),
    invoiceNumber: firstText(root, 'ID'),
    issueDate: firstDate(all(root, 'IssueDate')),
    dueDate: firstDate([...all(root, 'DueDate'), ...all(root, 'PaymentMeans', 'PaymentDueDate')]),
    amountDue: amountIn(payable, currency),
    grandTotal: amountIn(all(totals, 'TaxInclusiveAmount'), currency),
    currency,
    sellerName: ublPartyName(supplier),
    sellerEmail: ublPartyEmail(supplier),
    buyerName: ublPartyName(customer),
    buyerEmail: ublPartyEmail(customer),
    paymentTermsText: squash(firstText(root, 'PaymentTerms', 'Note')),
    guidelineId: firstText(root, 'CustomizationID'),
  };
}

/** The document element, looking inside a Peppol StandardBusinessDocument envelope when there is one. */
function documentElement(doc: Node): [string, Node] | null {
  const name = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('@') && !k.startsWith('#'));
  const element = name === undefined ? undefined : doc[name];
  if (name === undefined || typeof element !== 'object' || element === null || Array.isArray(element)) return null;
  if (name === 'StandardBusinessDocument') {
    const inner = ['Invoice', 'CreditNote'].find((k) => typeof (element as Node)[k] === 'object');
    return inner ? [inner, (element as Node)[inner] as Node] : null;
  }
  return [name, element as Node];
}

function readByRoot(name: string, root: Node): EInvoice | null {
  switch (name) {
    case 'CrossIndustryInvoice':
      return readCii(root, CII);
    case 'CrossIndustryDocument':
      return readCii(root, ZUGFERD1);
    case 'Invoice':
      return readUbl(root, false);
    case 'CreditNote':
      return readUbl(root, true);
    default:
      return null;
  }
}

/** Reads a CII, ZUGFeRD 1.0 or UBL invoice; null for anything else (Order-X, unreadable or hostile XML). */
export function parseEInvoiceXml(xml: string | Uint8Array): EInvoice | null {
  if (xml.length === 0 || xml.length > MAX_XML_LENGTH) return null;
  const source = typeof xml === 'string' ? xml.replace(/^\uFEFF/, '') : decodeXmlBytes(xml);
  const body = bodyAfterProlog(source);
  if (body === null) return null;
  let doc: Node;
  try {
    doc = parser.parse(body) as Node;
  } catch {
    return null;
  }
  const found = documentElement(doc);
  const invoice = found ? readByRoot(found[0], found[1]) : null;
  // A root with a known name but none of an invoice's facts is some other vocabulary.
  if (!invoice || (invoice.invoiceNumber === null && invoice.amountDue === null && invoice.grandTotal === null)) return null;
  return invoice;
}
