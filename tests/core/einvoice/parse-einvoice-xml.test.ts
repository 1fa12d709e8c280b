/**
 * parseEInvoiceXml over the real standalone CII / ZUGFeRD 1.0 / UBL files of ../shared/samples/xml (values
 * exact), then the rules the samples do not show: type codes, currencies, dates, e-mails, entities,
 * encodings and hostile or foreign XML.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEInvoiceXml } from '../../../shared/core/extract/einvoice/parse-einvoice-xml';
import { EInvoiceSchema } from '../../../shared/core/extract/einvoice/model';

const xmlSamples = path.resolve(__dirname, '../../../../shared/samples/xml');
const hasSamples = existsSync(xmlSamples);

interface ExpectedXml {
  file: string;
  syntax: string;
  invoiceNumber: string;
  issueDate: string;
  dueDate: string | null;
  amountDue: string | null;
  grandTotal: string | null;
  currency: string;
  sellerName: string;
  buyerName: string;
  buyerEmail: string | null;
  typeCode: string;
  guidelineId: string;
}

const expectedXml = (): ExpectedXml[] =>
  readFileSync(path.join(xmlSamples, 'expected.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ExpectedXml);

const amountOf = (s: string | null) => (s === null ? null : Number(s));

describe.runIf(hasSamples)('real standalone e-invoice XML files', () => {
  for (const e of hasSamples ? expectedXml() : []) {
    it(`${e.file} (${e.syntax})`, () => {
      const got = parseEInvoiceXml(new Uint8Array(readFileSync(path.join(xmlSamples, e.file))));
      expect(got).not.toBeNull();
      expect(EInvoiceSchema.parse(got)).toEqual(got);
      expect({
        invoiceNumber: got!.invoiceNumber,
        issueDate: got!.issueDate,
        dueDate: got!.dueDate,
        amountDue: got!.amountDue,
        grandTotal: got!.grandTotal,
        currency: got!.currency,
        sellerName: got!.sellerName,
        buyerName: got!.buyerName,
        buyerEmail: got!.buyerEmail,
        typeCode: got!.typeCode,
        guidelineId: got!.guidelineId,
      }).toEqual({
        invoiceNumber: e.invoiceNumber,
        issueDate: e.issueDate,
        dueDate: e.dueDate,
        amountDue: amountOf(e.amountDue),
        grandTotal: amountOf(e.grandTotal),
        currency: e.currency,
        sellerName: e.sellerName,
        buyerName: e.buyerName,
        buyerEmail: e.buyerEmail,
        typeCode: e.typeCode,
        guidelineId: e.guidelineId,
      });
      const syntax = e.syntax.startsWith('UBL') ? 'UBL' : e.syntax.includes('ZUGFeRD 1.0') ? 'ZUGFeRD1' : 'CII';
      expect(got!.syntax).toBe(syntax);
    });
  }

  it('reads the self-billed "Gutschrift" (389) as self-billed, in CII and UBL alike', () => {
    for (const file of ['EN16931_Gutschrift.cii.xml', 'EN16931_Gutschrift.ubl.xml']) {
      expect(parseEInvoiceXml(readFileSync(path.join(xmlSamples, file), 'utf8'))?.documentKind).toBe('self-billed');
    }
  });
});

/** A minimal Factur-X (CII D16B) document; `settlement` and `parties` replace the defaults when given. */
function cii(opts: { typeCode?: string; settlement?: string; buyer?: string; seller?: string; issue?: string } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>FA-2026-042</ram:ID>
    <ram:TypeCode>${opts.typeCode ?? '380'}</ram:TypeCode>
    <ram:IssueDateTime>${opts.issue ?? '<udt:DateTimeString format="102">20260115</udt:DateTimeString>'}</ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty>${opts.seller ?? '<ram:Name>Atelier Dupont SARL</ram:Name>'}</ram:SellerTradeParty>
      <ram:BuyerTradeParty>${opts.buyer ?? '<ram:Name>Client SA</ram:Name>'}</ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      ${
        opts.settlement ??
        `<ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">20260214</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:GrandTotalAmount>1200.00</ram:GrandTotalAmount>
        <ram:DuePayableAmount>1200.00</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>`
      }
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>`;
}

function ubl(root: 'Invoice' | 'CreditNote', inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>INV-77</cbc:ID>
  <cbc:IssueDate>2026-03-01</cbc:IssueDate>
  ${inner}
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:LegalMonetaryTotal><cbc:TaxInclusiveAmount currencyID="EUR">120.00</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="EUR">90.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
</${root}>`;
}

describe('CII rules', () => {
  it('reads a complete Factur-X document', () => {
    expect(parseEInvoiceXml(cii())).toEqual({
      syntax: 'CII',
      typeCode: '380',
      documentKind: 'invoice',
      invoiceNumber: 'FA-2026-042',
      issueDate: '2026-01-15',
      dueDate: '2026-02-14',
      amountDue: 1200,
      grandTotal: 1200,
      currency: 'EUR',
      sellerName: 'Atelier Dupont SARL',
      sellerEmail: null,
      buyerName: 'Client SA',
      buyerEmail: null,
      paymentTermsText: null,
      guidelineId: 'urn:cen.eu:en16931:2017',
    });
  });

  it.each([
    ['380', 'invoice'],
    ['383', 'invoice'],
    ['381', 'credit-note'],
    ['261', 'credit-note'],
    ['262', 'credit-note'],
    ['396', 'credit-note'],
    ['532', 'credit-note'],
    ['384', 'corrected-invoice'],
    ['386', 'prepayment-invoice'],
    ['389', 'self-billed'],
    ['751', 'other'],
    ['999', 'other'],
  ])('type code %s is a document of kind %s, and the code is kept', (code, kind) => {
    expect(parseEInvoiceXml(cii({ typeCode: code }))).toMatchObject({ typeCode: code, documentKind: kind });
  });

  it('takes the grand total in the invoice currency when one is given per currency, and the first due date', () => {
    const got = parseEInvoiceXml(
      cii({
        settlement: `<ram:SpecifiedTradePaymentTerms><ram:Description>Acompte 30 %</ram:Description></ram:SpecifiedTradePaymentTerms>
        <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">20260301</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
        <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">20260401</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
        <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
          <ram:GrandTotalAmount currencyID="CHF">1500.00</ram:GrandTotalAmount>
          <ram:GrandTotalAmount currencyID="EUR">1580.40</ram:GrandTotalAmount>
          <ram:DuePayableAmount>-20.5</ram:DuePayableAmount>
        </ram:SpecifiedTradeSettlementHeaderMonetarySummation>`,
      }),
    );
    expect(got).toMatchObject({ grandTotal: 1580.4, amountDue: -20.5, dueDate: '2026-03-01', paymentTermsText: 'Acompte 30 %' });
  });

  it('gives no date for formats that name no day (610 month, 616 week) nor for impossible days', () => {
    expect(parseEInvoiceXml(cii({ issue: '<udt:DateTimeString format="610">202601</udt:DateTimeString>' }))?.issueDate).toBeNull();
    expect(parseEInvoiceXml(cii({ issue: '<udt:DateTimeString format="616">202603</udt:DateTimeString>' }))?.issueDate).toBeNull();
    expect(parseEInvoiceXml(cii({ issue: '<udt:DateTimeString format="102">20260231</udt:DateTimeString>' }))?.issueDate).toBeNull();
  });

  it('reads e-mails from the party URI (schemeID EM), else from its contact; decodes entities and collapses whitespace in names', () => {
    const got = parseEInvoiceXml(
      cii({
        seller: `<ram:Name>Dupont &amp; Fils
            SARL</ram:Name><ram:DefinedTradeContact><ram:EmailURIUniversalCommunication><ram:URIID>Compta@Dupont.fr</ram:URIID></ram:EmailURIUniversalCommunication></ram:DefinedTradeContact>`,
        buyer: `<ram:Name>H&#xF4;tel &#233;toile</ram:Name><ram:DefinedTradeContact><ram:EmailURIUniversalCommunication><ram:URIID>contact@hotel.fr</ram:URIID></ram:EmailURIUniversalCommunication></ram:DefinedTradeContact>
          <ram:URIUniversalCommunication><ram:URIID schemeID="EM">factures@hotel.fr</ram:URIID></ram:URIUniversalCommunication>`,
      }),
    );
    expect(got).toMatchObject({
      sellerName: 'Dupont & Fils SARL',
      sellerEmail: 'compta@dupont.fr',
      buyerName: 'Hôtel étoile',
      buyerEmail: 'factures@hotel.fr',
    });
  });

  it('skips a party URI that is not an e-mail address (a SIRET under another scheme) for the contact e-mail', () => {
    const got = parseEInvoiceXml(
      cii({
        buyer: `<ram:Name>Client SA</ram:Name><ram:DefinedTradeContact><ram:EmailURIUniversalCommunication><ram:URIID>compta@client.fr</ram:URIID></ram:EmailURIUniversalCommunication></ram:DefinedTradeContact>
          <ram:URIUniversalCommunication><ram:URIID schemeID="0009">12345678900012</ram:URIID></ram:URIUniversalCommunication>`,
      }),
    );
    expect(got?.buyerEmail).toBe('compta@client.fr');
  });

  it('reads ZUGFeRD 1.0 without DuePayableAmount: amount due unknown, grand total set', () => {
    const zf1 = `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
  <rsm:HeaderExchangedDocument><ram:ID>471102</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20130305</udt:DateTimeString></ram:IssueDateTime></rsm:HeaderExchangedDocument>
  <rsm:SpecifiedSupplyChainTradeTransaction>
    <ram:ApplicableSupplyChainTradeAgreement><ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name></ram:SellerTradeParty><ram:BuyerTradeParty><ram:Name>Kunden AG</ram:Name></ram:BuyerTradeParty></ram:ApplicableSupplyChainTradeAgreement>
    <ram:ApplicableSupplyChainTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementMonetarySummation><ram:GrandTotalAmount currencyID="EUR">235.62</ram:GrandTotalAmount></ram:SpecifiedTradeSettlementMonetarySummation>
    </ram:ApplicableSupplyChainTradeSettlement>
  </rsm:SpecifiedSupplyChainTradeTransaction>
</rsm:CrossIndustryDocument>`;
    expect(parseEInvoiceXml(zf1)).toMatchObject({
      syntax: 'ZUGFeRD1',
      invoiceNumber: '471102',
      issueDate: '2013-03-05',
      amountDue: null,
      grandTotal: 235.62,
      sellerName: 'Lieferant GmbH',
      buyerName: 'Kunden AG',
    });
  });
});

describe('UBL rules', () => {
  it('reads an Invoice: payable amount is what is due, tax-inclusive amount the grand total, due date from PaymentMeans when no DueDate', () => {
    const got = parseEInvoiceXml(
      ubl(
        'Invoice',
        `<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
        <cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID="0009">12345678900012</cbc:EndpointID><cac:PartyName><cbc:Name>Au bon moulin</cbc:Name></cac:PartyName><cac:Contact><cbc:ElectronicMail>ventes@moulin.fr</cbc:ElectronicMail></cac:Contact></cac:Party></cac:AccountingSupplierParty>
        <cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID="EM">achats@boutique.fr</cbc:EndpointID><cac:PartyName><cbc:Name>Boutique</cbc:Name></cac:PartyName><cac:PartyLegalEntity><cbc:RegistrationName>Ma jolie boutique SARL</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>
        <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cbc:PaymentDueDate>2026-03-31</cbc:PaymentDueDate></cac:PaymentMeans>
        <cac:PaymentTerms><cbc:Note>30 jours
          fin de mois</cbc:Note></cac:PaymentTerms>`,
      ),
    );
    expect(got).toMatchObject({
      syntax: 'UBL',
      typeCode: '380',
      documentKind: 'invoice',
      invoiceNumber: 'INV-77',
      issueDate: '2026-03-01',
      dueDate: '2026-03-31',
      amountDue: 90,
      grandTotal: 120,
      currency: 'EUR',
      sellerName: 'Au bon moulin',
      sellerEmail: 'ventes@moulin.fr',
      buyerName: 'Ma jolie boutique SARL',
      buyerEmail: 'achats@boutique.fr',
      paymentTermsText: '30 jours fin de mois',
    });
  });

  it('reads a CreditNote root as a credit note even without a type code', () => {
    expect(parseEInvoiceXml(ubl('CreditNote', ''))).toMatchObject({ typeCode: null, documentKind: 'credit-note', amountDue: 90 });
    expect(parseEInvoiceXml(ubl('CreditNote', '<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>'))).toMatchObject({ typeCode: '381', documentKind: 'credit-note' });
  });

  it('reads an Invoice inside a Peppol StandardBusinessDocument envelope', () => {
    const inner = ubl('Invoice', '<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>').replace(/^<\?xml[^>]*\?>/, '');
    const sbd = `<StandardBusinessDocument xmlns="http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader"><StandardBusinessDocumentHeader><HeaderVersion>1.0</HeaderVersion></StandardBusinessDocumentHeader>${inner}</StandardBusinessDocument>`;
    expect(parseEInvoiceXml(sbd)).toMatchObject({ syntax: 'UBL', invoiceNumber: 'INV-77', amountDue: 90 });
  });
});

describe('encodings', () => {
  const encoder = new TextEncoder();

  it('reads a document that starts with a byte-order mark, as text or as bytes', () => {
    expect(parseEInvoiceXml('\uFEFF' + cii())?.invoiceNumber).toBe('FA-2026-042');
    const bytes = encoder.encode(cii());
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(parseEInvoiceXml(withBom)?.invoiceNumber).toBe('FA-2026-042');
  });

  it('ignores a declaration that lies about the encoding', () => {
    const lying = cii({ buyer: '<ram:Name>Müller GmbH</ram:Name>' }).replace('encoding="UTF-8"', 'encoding="UTF-8-W/O-BOM"');
    expect(parseEInvoiceXml(encoder.encode(lying))?.buyerName).toBe('Müller GmbH');
    const saysLatin1 = cii({ buyer: '<ram:Name>Müller GmbH</ram:Name>' }).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    expect(parseEInvoiceXml(encoder.encode(saysLatin1))?.buyerName).toBe('Müller GmbH');
  });

  it('reads real ISO-8859-1 bytes when they are not UTF-8', () => {
    const latin1Text = cii({ buyer: '<ram:Name>Müller GmbH</ram:Name>' }).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    const latin1 = Uint8Array.from(latin1Text, (c) => c.charCodeAt(0));
    expect(parseEInvoiceXml(latin1)?.buyerName).toBe('Müller GmbH');
  });

  it('reads UTF-16 with and without a byte-order mark', () => {
    const utf16le = (s: string) => {
      const out = new Uint8Array(s.length * 2);
      for (let i = 0; i < s.length; i++) {
        out[2 * i] = s.charCodeAt(i) & 0xff;
        out[2 * i + 1] = s.charCodeAt(i) >> 8;
      }
      return out;
    };
    const doc = cii().replace('encoding="UTF-8"', 'encoding="UTF-16"');
    expect(parseEInvoiceXml(new Uint8Array([0xff, 0xfe, ...utf16le(doc)]))?.invoiceNumber).toBe('FA-2026-042');
    expect(parseEInvoiceXml(utf16le(doc))?.invoiceNumber).toBe('FA-2026-042');
    const be = utf16le(doc);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(parseEInvoiceXml(new Uint8Array([0xfe, 0xff, ...be]))?.invoiceNumber).toBe('FA-2026-042');
  });
});

describe('hostile, foreign and broken input', () => {
  const laughs =
    '<!DOCTYPE lolz [<!ENTITY lol "lol">' +
    Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('') +
    ']>';

  it('refuses a billion-laughs document at once', () => {
    const started = Date.now();
    expect(parseEInvoiceXml(`<?xml version="1.0"?>${laughs}<Invoice><ID>&lol9;</ID></Invoice>`)).toBeNull();
    expect(parseEInvoiceXml(`<?xml version="1.0"?><!-- a comment first -->${laughs}${cii().replace(/^<\?xml[^>]*\?>/, '')}`)).toBeNull();
    expect(Date.now() - started).toBeLessThan(200);
  });

  it('refuses external entities and never reads them', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Invoice><cbc:ID xmlns:cbc="x">&xxe;</cbc:ID></Invoice>`;
    expect(parseEInvoiceXml(xxe)).toBeNull();
  });

  it('leaves an undeclared entity reference as text instead of expanding anything', () => {
    const got = parseEInvoiceXml(ubl('Invoice', '').replace('<cbc:ID>INV-77</cbc:ID>', '<cbc:ID>&lol9;</cbc:ID>'));
    expect(got?.invoiceNumber).toBe('&lol9;');
  });

  it('takes no amount too large for a float (Infinity, lost cents) and no value of a kilobyte or more', () => {
    const huge = ubl('Invoice', '').replace('>90.00<', `>${'9'.repeat(400)}.00<`).replace('>120.00<', '>1234567890123456.00<');
    const got = parseEInvoiceXml(huge);
    expect(got?.amountDue).toBeNull();
    expect(got?.grandTotal).toBeNull();
    expect(parseEInvoiceXml(ubl('Invoice', '').replace('>90.00<', '>000000000000000000123456789012345.50<'))?.amountDue).toBe(123456789012345.5);
    expect(parseEInvoiceXml(ubl('Invoice', '').replace('<cbc:ID>INV-77</cbc:ID>', `<cbc:ID>${'A'.repeat(5000)}</cbc:ID>`))?.invoiceNumber).toBeNull();
  });

  it('expands no entity declared inside the document either', () => {
    const inside = `<Invoice xmlns:cbc="x"><!DOCTYPE x [<!ENTITY a "${'A'.repeat(100)}"><!ENTITY b SYSTEM "file:///etc/passwd">]><cbc:ID>&a;&b;</cbc:ID></Invoice>`;
    expect(String(parseEInvoiceXml(inside)?.invoiceNumber)).not.toMatch(/AAAA|root:/);
  });

  it('reads a document whose declaration is closed by ">" instead of "?>"', () => {
    expect(parseEInvoiceXml(ubl('Invoice', '').replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="UTF-8">'))?.invoiceNumber).toBe('INV-77');
  });

  it('gives null for empty input, non-XML, truncated XML and unknown roots', () => {
    expect(parseEInvoiceXml(new Uint8Array())).toBeNull();
    expect(parseEInvoiceXml('')).toBeNull();
    expect(parseEInvoiceXml('%PDF-1.4 this is not XML')).toBeNull();
    expect(parseEInvoiceXml(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeNull();
    expect(parseEInvoiceXml('<?xml version="1.0"?><rsm:CrossIndustryInvoice xmlns:rsm="x"><rsm:ExchangedDocument>')).toBeNull();
    expect(parseEInvoiceXml('<Order><ID>1</ID></Order>')).toBeNull();
    expect(parseEInvoiceXml('<rsm:SCRDMCCBDACIOMessageStructure xmlns:rsm="urn:un:unece:uncefact:data:SCRDMCCBDACIOMessageStructure:100"><rsm:ExchangedDocument><ram:ID xmlns:ram="y">PO-1</ram:ID></rsm:ExchangedDocument></rsm:SCRDMCCBDACIOMessageStructure>')).toBeNull();
    // A root named like an invoice but carrying none of an invoice's facts is some other vocabulary.
    expect(parseEInvoiceXml('<Invoice><Customer>Bob</Customer></Invoice>')).toBeNull();
  });
});
