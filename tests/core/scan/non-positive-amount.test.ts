/**
 * An invoice that leaves nothing to pay is not a receivable: a type-380 CII "invoice" whose total is negative
 * is really a credit, and one whose amount due is 0 (paid in advance) owes nothing.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { message } from '../../fixtures/mail';

const me = ['au-bon-moulin.fr'];
const today = '2026-11-23';
const samples = path.resolve(__dirname, '../../../../shared/samples/facturx');
const negativeXml = path.join(samples, 'embedded-xml/validAvoir_FR_type380_BASICWL.factur-x.xml');

function cii(typeCode: string, grandTotal: string, duePayable: string): Uint8Array {
  return new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocument>
    <ram:ID>FA-2026-0077</ram:ID>
    <ram:TypeCode>${typeCode}</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20261002</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty><ram:Name>Au bon moulin</ram:Name></ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Ma jolie boutique</ram:Name></ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:GrandTotalAmount>${grandTotal}</ram:GrandTotalAmount>
        <ram:DuePayableAmount>${duePayable}</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>`);
}

function mailWith(xml: Uint8Array) {
  return message({
    from: 'Compta <compta@au-bon-moulin.fr>',
    to: ['Boutique <contact@majolieboutique.fr>'],
    subject: 'Facture FA-2026-0077',
    text: 'Bonjour,\n\nVeuillez trouver ci-joint notre facture.\n\nCordialement',
    date: '2026-10-02T09:00:00+02:00',
    attachments: [{ filename: 'factur-x.xml', mimeType: 'application/xml', bytes: xml }],
  });
}

describe('invoices that leave nothing to pay', () => {
  it('reports a type-380 invoice with a positive amount due (the control case)', async () => {
    const [r] = await scanMessages([mailWith(cii('380', '120.00', '120.00'))], { me, today });
    expect(r).toMatchObject({ invoiceNumber: 'FA-2026-0077', amount: 120, currency: 'EUR', debtorName: 'Ma jolie boutique' });
  });

  it('never reports a type-380 invoice whose total is negative (a credit in disguise)', async () => {
    expect(await scanMessages([mailWith(cii('380', '-233.47', '-233.47'))], { me, today })).toEqual([]);
  });

  it('never reports an invoice whose amount due is 0', async () => {
    expect(await scanMessages([mailWith(cii('380', '500.00', '0.00'))], { me, today })).toEqual([]);
  });

  it.runIf(existsSync(negativeXml))('never reports the real type-380 sample with a negative total', async () => {
    expect(await scanMessages([mailWith(new Uint8Array(readFileSync(negativeXml)))], { me, today })).toEqual([]);
  });
});
