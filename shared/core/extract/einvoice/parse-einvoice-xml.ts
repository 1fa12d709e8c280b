import { XMLParser } from 'fast-xml-parser';
import type { EInvoice } from './model';

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
  processEntities: false,
  htmlEntities: false,
  trimValues: true,
});

const MAX_XML_CHARS = 20 * 1024 * 1024;

function decode(input: string | Uint8Array): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder('utf-16le').decode(input.subarray(2));
  if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder('utf-16be').decode(input.subarray(2));
  // A declaration that lies about its encoding is common: bytes are read as UTF-8 whatever it says.
  return new TextDecoder('utf-8').decode(input).replace(/^\uFEFF/, '');
}

function asArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** Follows a path of element names; arrays take their first element unless `all` is asked. */
function at(node: unknown, ...path: string[]): unknown {
  let cur: unknown = node;
  for (const name of path) {
    if (cur === undefined || cur === null) return undefined;
    if (Array.isArray(cur)) cur = cur[0];
    cur = (cur as Node)[name];
  }
  return Array.isArray(cur) ? cur[0] : cur;
}

function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (typeof v === 'object' && '#text' in (v as Node)) return text((v as Node)['#text']);
  return null;
}

function squash(s: string | null): string | null {
  return s ? s.replace(/\s+/g, ' ').trim() || null : null;
}

function amount(v: unknown): number | null {
  const t = text(v);
  if (t === null || !/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Math.round(Number(t) * 100) / 100;
}

/** Format 102 (YYYYMMDD) or ISO dates to YYYY-MM-DD. */
function date(v: unknown): string | null {
  const node = Array.isArray(v) ? v[0] : v;
  const raw = text(typeof node === 'object' && node !== null && 'DateTimeString' in (node as Node) ? (node as Node)['DateTimeString'] : node);
  if (!raw) return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(raw);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function kindOf(typeCode: string | null, creditRoot = false): EInvoice['documentKind'] {
  if (creditRoot) return 'credit-note';
  switch (typeCode) {
    case '380': case '383': case '385': case '393': case '395': case '82': case '875': case '876': case '877':
      return 'invoice';
    case '381': case '261': case '262': case '296': case '308': case '396': case '420': case '458': case '532':
      return 'credit-note';
    case '384':
      return 'corrected-invoice';
    case '386':
      return 'prepayment-invoice';
    case '389':
      return 'self-billed';
    case null:
      return 'invoice';
    default:
      return 'other';
  }
}

function emailOf(party: unknown, uriPath: string[], contactPath: string[]): string | null {
  for (const uri of asArray(at(party, ...uriPath))) {
    const t = text(uri);
    const scheme = typeof uri === 'object' && uri ? (uri as Node)['@schemeID'] : undefined;
    if (t && (scheme === 'EM' || t.includes('@'))) return t.toLowerCase();
  }
  const contact = text(at(party, ...contactPath));
  return contact && contact.includes('@') ? contact.toLowerCase() : null;
}

/** The grand total in the invoice currency when several are given (one per currency). */
function totalIn(values: unknown, currency: string | null): number | null {
  const list = asArray(values);
  const inCurrency = list.find((v) => typeof v === 'object' && v !== null && (v as Node)['@currencyID'] === currency);
  return amount(inCurrency ?? list[0]);
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

const PARTY_URI = ['URIUniversalCommunication', 'URIID'];
const PARTY_CONTACT = ['DefinedTradeContact', 'EmailURIUniversalCommunication', 'URIID'];

function readCii(root: Node, layout: CiiLayout): EInvoice {
  const doc = at(root, layout.document);
  const trade = at(root, layout.transaction);
  const agreement = at(trade, layout.agreement);
  const settlement = at(trade, layout.settlement);
  const sums = at(settlement, layout.summation);
  const currency = text(at(settlement, 'InvoiceCurrencyCode'));
  const terms = at(settlement, 'SpecifiedTradePaymentTerms');
  const seller = at(agreement, 'SellerTradeParty');
  const buyer = at(agreement, 'BuyerTradeParty');
  const typeCode = text(at(doc, 'TypeCode'));
  return {
    syntax: layout.syntax,
    typeCode,
    documentKind: kindOf(typeCode),
    invoiceNumber: text(at(doc, 'ID')),
    issueDate: date(at(doc, 'IssueDateTime')),
    dueDate: date(at(terms, 'DueDateDateTime')),
    amountDue: amount(at(sums, 'DuePayableAmount')),
    grandTotal: totalIn((sums as Node | undefined)?.['GrandTotalAmount'], currency),
    currency,
    sellerName: squash(text(at(seller, 'Name'))),
    sellerEmail: emailOf(seller, PARTY_URI, PARTY_CONTACT),
    buyerName: squash(text(at(buyer, 'Name'))),
    buyerEmail: emailOf(buyer, PARTY_URI, PARTY_CONTACT),
    paymentTermsText: squash(text(at(terms, 'Description'))),
    guidelineId: text(at(root, layout.context, 'GuidelineSpecifiedDocumentContextParameter', 'ID')),
  };
}

function ublPartyName(party: unknown): string | null {
  return squash(text(at(party, 'Party', 'PartyLegalEntity', 'RegistrationName')) ?? text(at(party, 'Party', 'PartyName', 'Name')));
}

function ublEmail(party: unknown): string | null {
  const endpoint = at(party, 'Party', 'EndpointID');
  const t = text(endpoint);
  if (t && t.includes('@')) return t.toLowerCase();
  const contact = text(at(party, 'Party', 'Contact', 'ElectronicMail'));
  return contact ? contact.toLowerCase() : null;
}

function readUbl(root: Node, credit: boolean): EInvoice {
  const typeCode = text(at(root, credit ? 'CreditNoteTypeCode' : 'InvoiceTypeCode'));
  const totals = at(root, 'LegalMonetaryTotal');
  return {
    syntax: 'UBL',
    typeCode,
    documentKind: kindOf(typeCode, credit),
    invoiceNumber: text(at(root, 'ID')),
    issueDate: date(at(root, 'IssueDate')),
    dueDate: date(at(root, 'DueDate')) ?? date(at(root, 'PaymentMeans', 'PaymentDueDate')),
    amountDue: amount(at(totals, 'PayableAmount')),
    grandTotal: amount(at(totals, 'TaxInclusiveAmount')),
    currency: text(at(root, 'DocumentCurrencyCode')),
    sellerName: ublPartyName(at(root, 'AccountingSupplierParty')),
    sellerEmail: ublEmail(at(root, 'AccountingSupplierParty')),
    buyerName: ublPartyName(at(root, 'AccountingCustomerParty')),
    buyerEmail: ublEmail(at(root, 'AccountingCustomerParty')),
    paymentTermsText: squash(text(at(root, 'PaymentTerms', 'Note'))),
    guidelineId: text(at(root, 'CustomizationID')),
  };
}

/** Reads a CII, ZUGFeRD 1.0 or UBL invoice; null for anything else (Order-X, unreadable or hostile XML). */
export function parseEInvoiceXml(xml: string | Uint8Array): EInvoice | null {
  if ((typeof xml === 'string' ? xml.length : xml.byteLength) > MAX_XML_CHARS) return null;
  const source = decode(xml).trim();
  if (!source.startsWith('<')) return null;
  // Entity declarations are how XML bombs and external-entity reads work: such a file is not an invoice.
  if (/<!DOCTYPE|<!ENTITY/i.test(source.slice(0, 4096))) return null;
  let doc: Node;
  try {
    doc = parser.parse(source.replace(/^<\?xml[^>]*\?>/, '')) as Node;
  } catch {
    return null;
  }
  const rootName = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('@') && k !== '#text');
  if (!rootName) return null;
  const root = doc[rootName] as Node;
  if (typeof root !== 'object' || root === null) return null;
  switch (rootName) {
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
