import { describe, expect, it } from 'vitest';
import { currencyFromLocale, localCurrencyOf, currencyFromMarker, isCurrencyMarker, KNOWN_CURRENCIES } from '../../../../shared/core/extract/locale/currency';

describe('currencyFromMarker', () => {
  it.each([
    ['€', 'EUR'], ['EUR', 'EUR'], ['eur', 'EUR'], ['euros', 'EUR'], ['$', 'USD'], ['US$', 'USD'], ['USD', 'USD'],
    ['£', 'GBP'], ['GBP', 'GBP'], ['CHF', 'CHF'], ['Fr.', 'CHF'], ['SFr', 'CHF'], ['CAD', 'CAD'], ['C$', 'CAD'],
    ['AUD', 'AUD'], ['A$', 'AUD'], ['JPY', 'JPY'], ['¥', 'JPY'], ['SEK', 'SEK'], ['NOK', 'NOK'], ['DKK', 'DKK'],
    ['PLN', 'PLN'], ['zł', 'PLN'], ['CZK', 'CZK'], ['Kč', 'CZK'], [' MAD ', 'MAD'],
  ])('%s → %s', (marker, code) => {
    expect(currencyFromMarker(marker)).toBe(code);
  });

  it('names no currency for "kr" (Swedish, Norwegian or Danish) yet knows it is a marker', () => {
    expect(currencyFromMarker('kr')).toBeNull();
    expect(isCurrencyMarker('kr')).toBe(true);
  });

  it('reads rare ISO codes only in capitals, and refuses non-markers', () => {
    expect(currencyFromMarker('mad')).toBeNull();
    expect(isCurrencyMarker('mad')).toBe(false);
    expect(currencyFromMarker('XYZ')).toBeNull();
    expect(currencyFromMarker('')).toBeNull();
  });

  it('lists the main ISO codes', () => {
    for (const code of ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK']) {
      expect(KNOWN_CURRENCIES.has(code)).toBe(true);
    }
  });
});

describe('currencyFromLocale', () => {
  it.each([
    ['fr-FR', 'EUR'], ['fr', 'EUR'], ['fr-CH', 'CHF'], ['de-CH', 'CHF'], ['de_AT', 'EUR'], ['en-GB', 'GBP'], ['en-US', 'USD'],
    ['en-CA', 'CAD'], ['fr-CA', 'CAD'], ['sv', 'SEK'], ['pt-BR', 'BRL'], ['zh-Hant-TW', null], ['en', null], ['', null],
  ])('%s → %s', (lang, code) => {
    expect(currencyFromLocale(lang)).toBe(code);
  });
});

describe('localCurrencyOf: a bare "$" or "kr" in the client’s country', () => {
  it('"¥" to a Chinese client, or in Chinese text, is the yuan; in Japanese text or named yen it stays JPY', () => {
    expect(localCurrencyOf('JPY', 'Invoice CN26-303 佣金发票 ¥24,884.24', 'wangli@zhencang.example')).toBe('CNY');
    expect(localCurrencyOf('JPY', 'Invoice CN26-303 – ¥24,884.24', 'wangli@zhencang.cn')).toBe('CNY');
    expect(localCurrencyOf('JPY', '請求書をお送りします。合計 ¥1,250,000', 'tanaka@shoten.example')).toBeNull();
    expect(localCurrencyOf('JPY', 'Total ¥1,250,000 (JPY)', 'buyer@shop.cn')).toBeNull();
    // « 11 220,16 $ » in a French copy of an invoice sent to a client in the Emirates, written « $11,220.16 » below (held-out AQ)
    expect(localCurrencyOf('USD', 'Montant : 11 220,16 $\n--- Message envoyé ---\nhas sent you invoice F-2026-1053 for $11,220.16', 'yachtaccounts@gulfcrest.ae')).toBeNull();
    expect(localCurrencyOf('USD', 'Montant : 11 220,16 $', 'yachtaccounts@gulfcrest.ae')).toBeNull();
    expect(localCurrencyOf('USD', 'Montant : 11 220,16 $', 'compta@client.com')).toBe('CAD');
    // a Japanese client named in Han characters (held-out AV)
    expect(localCurrencyOf('JPY', 'Dear 高橋 由美-san,\nPlease find attached our invoice LEC-338.\nTotal: ¥88,800', 'y.takahashi@naa.co.jp')).toBeNull();
    expect(localCurrencyOf('JPY', 'Dear 高橋 由美-san,\nTotal: ¥88,800', 'y.takahashi@naa.example')).toBeNull();
  });

  it('gives Canadian dollars to a Canadian client, unless the text says US dollars', () => {
    expect(localCurrencyOf('USD', 'Total : 1 275,50 $', 'm.tremblay@borealnumerique.ca')).toBe('CAD');
    expect(localCurrencyOf('USD', 'Total: USD 1,275.50', 'ap@client.ca')).toBeNull();
    expect(localCurrencyOf('USD', 'Total: $1,275.50', 'ap@client.com')).toBeNull();
  });

  it('takes the dollar a text names by its code, or Canada\'s from its sales taxes; Singapore and Hong Kong trade in US dollars', () => {
    expect(localCurrencyOf('USD', 'Sous-total : 2 750,00 CAD\nTVQ (9,975 %) : 274,31 $ CAD\nTotal à payer : 3 161,81 $', 'lbelanger@belangercote.law')).toBe('CAD');
    expect(localCurrencyOf('USD', 'TPS (5 %) : 137,50 $\nTVQ (9,975 %) : 274,31 $\nTotal : 3 161,81 $', 'info@theatre.org')).toBe('CAD');
    expect(localCurrencyOf('USD', 'Balance due $13,956.25', 'jasmine.tan@meridiantank.com.sg')).toBeNull();
    expect(localCurrencyOf('USD', 'Total USD 3,000.00 (CAD 4,100.00 at today\'s rate)', 'ap@client.com')).toBeNull();
  });

  it('gives the crown of the client’s country to an amount in "kr" with no code', () => {
    expect(localCurrencyOf(null, 'Total due: 49 000,00 kr', 'emma@balticreefer.se')).toBe('SEK');
    expect(localCurrencyOf(null, 'Total 29.600,00 kr.', 'mette@skagerakshipping.dk')).toBe('DKK');
    expect(localCurrencyOf(null, 'Total 29.600,00', 'mette@skagerakshipping.dk')).toBeNull();
  });

  it('reads dirhams', () => {
    expect(currencyFromMarker('DH')).toBe('MAD');
    expect(currencyFromMarker('dirhams')).toBe('MAD');
  });
});

describe('localCurrencyOf: a dollar sign after a French-written amount (held-out SG, HB)', () => {
  it('"1 200,00 $" in French is Canadian; "$1,200.00" or "1 200,00 $ US" are not', () => {
    expect(localCurrencyOf('USD', 'Facture F-2026-00004  Montant 1 200,00 $  Conditions : 30 jours fin de mois', 'jf@prodmontroyal.com')).toBe('CAD');
    expect(localCurrencyOf('USD', 'Invoice 12, amount due $1,200.00', 'ap@client.com')).toBeNull();
    expect(localCurrencyOf('USD', 'Montant : 1 200,00 $ US', 'ap@client.com')).toBeNull();
  });
});

describe('currencyFromMarker: Algerian dinars in capitals only (held-out UC)', () => {
  it('"477 082,97 DA" is DZD; "da" as a word is no currency', () => {
    expect(currencyFromMarker('DA')).toBe('DZD');
    expect(isCurrencyMarker('da')).toBe(false);
  });
});

describe('currencyFromMarker: rands and forints as written (held-out MK)', () => {
  it('"R" is ZAR and "Ft" HUF, only as written', () => {
    expect(currencyFromMarker('R')).toBe('ZAR');
    expect(currencyFromMarker('Ft')).toBe('HUF');
    expect(isCurrencyMarker('r')).toBe(false);
    expect(isCurrencyMarker('ft')).toBe(false);
  });
});

describe('currencies of East Asia and the Balkans', () => {
  it.each([
    ['円', 'JPY'], ['원', 'KRW'], ['元', 'CNY'], ['RSD', 'RSD'], ['din.', 'RSD'], ['KM', 'BAM'],
  ])('%s is %s', (marker, code) => {
    expect(currencyFromMarker(marker)).toBe(code);
  });
  it('no bare "din" (Romanian "of") nor "km" (kilometres)', () => {
    expect(currencyFromMarker('din')).toBeNull();
    expect(currencyFromMarker('km')).toBeNull();
  });
  it('a Serbian or Bosnian client gives its currency', () => {
    expect(currencyFromLocale('sr-RS')).toBe('RSD');
    expect(currencyFromLocale('hr-HR')).toBe('EUR');
  });
});

describe('currencies of South and South-East Asia', () => {
  it.each([
    ['Rp', 'IDR'], ['Tk', 'BDT'], ['৳', 'BDT'], ['BDT', 'BDT'], ['₫', 'VND'], ['฿', 'THB'], ['₱', 'PHP'],
  ])('%s is %s', (marker, code) => {
    expect(currencyFromMarker(marker)).toBe(code);
  });
  it('"rp" and "tk" in lower case are words, not currencies', () => {
    expect(currencyFromMarker('rp')).toBeNull();
    expect(currencyFromMarker('tk')).toBeNull();
  });
});

describe('currencyFromMarker: « NIS » (held-out XW)', () => {
  it('is the Israeli shekel, written in capitals only', () => {
    expect(currencyFromMarker('NIS')).toBe('ILS');
    expect(currencyFromMarker('nis')).toBeNull();
  });
});

describe('currencyFromMarker: « TL » (probe, eleventh session)', () => {
  it('is the Turkish lira, written in capitals only', () => {
    expect(currencyFromMarker('TL')).toBe('TRY');
    expect(currencyFromMarker('tl')).toBeNull();
  });
});

describe("localCurrencyOf: a French-written dollar amount in an e-mail written in English (held-out CX)", () => {
  it("stays US dollars for a client written to in English, and is Canadian for one written to in French", () => {
    const text = 'Invoice – lookbook day\nHello Megan,\nAttached is my invoice.\nNet à payer : 4 800,00 $';
    expect(localCurrencyOf('USD', text, 'megan@halcyon-agency.com', 'en')).toBeNull();
    expect(localCurrencyOf('USD', text, 'megan@halcyon-agency.com', 'fr')).toBe('CAD');
    expect(localCurrencyOf('USD', text, 'compta@studio.qc.ca', 'en')).toBe('CAD');
  });
});

describe('localCurrencyOf: no currency written, from a French firm (held-out QZ)', () => {
  it('is the euro when the text names the firm by its SIRET, French IBAN or VAT number; else unknown', () => {
    expect(localCurrencyOf(null, 'Studio Ondes SAS - SIRET 842 117 390 00021\nTotal TTC : 5?760,00 ?', 'paiements@client.example')).toBe('EUR');
    expect(localCurrencyOf(null, 'Total : 5 760,00\nIBAN FR76 3000 4028 3700 0101 8842 913', 'paiements@client.example')).toBe('EUR');
    expect(localCurrencyOf(null, 'Total : 5 760,00', 'paiements@client.example')).toBeNull();
    expect(localCurrencyOf('USD', 'SIRET 842 117 390 00021\nTotal : $5,760.00', 'ap@client.example')).toBeNull();
  });
});

describe('localCurrencyOf: a start-up on a country domain sold as a generic one (held-out AMY)', () => {
  it('"850,00 $" in French to a ".co" address is Canadian, as to a ".com" one; to a ".au" address it is Australian', () => {
    const text = 'Bonjour Julie,\nVoici ma facture.\nTotal TTC : 850,00 $\nPaiement à réception de facture';
    expect(localCurrencyOf('USD', text, 'julie@poussepousse.co', 'fr')).toBe('CAD');
    expect(localCurrencyOf('USD', text, 'julie@poussepousse.io', 'fr')).toBe('CAD');
    expect(localCurrencyOf('USD', text, 'julie@poussepousse.com.au', 'fr')).toBe('AUD');
    expect(localCurrencyOf('USD', 'Hello Megan, attached is my invoice. Total: 850,00 $', 'megan@studio.co', 'en')).toBeNull();
  });
});

describe('localCurrencyOf: no currency written, a French tax article (held-out BPW)', () => {
  it('« TVA non applicable - art. 261-4-1 du CGI » is a French invoice: euros', () => {
    expect(localCurrencyOf(null, 'FACTURE N FA-2026-1014\nTotal : 3 315,00\nTVA non applicable - art. 261-4-1 du CGI (protheses dentaires)', 'hugo.roux@cabinet.example')).toBe('EUR');
    expect(localCurrencyOf(null, 'Invoice 12\nTotal: 3,315.00\nCGI Group consulting', 'a@b.example')).toBeNull();
  });
});

describe('localCurrencyOf: no currency written (a PDF whose "€" came out as "?")', () => {
  it('is the euro for a client in the euro area, or from a French firm named by its RIB (held-out DKX, DKZ)', () => {
    expect(localCurrencyOf(null, 'Total TTC : 4 488,00 ?', 'culture@ville-pertuis.fr')).toBe('EUR');
    expect(localCurrencyOf(null, 'Net à payer : 4 056,00 ?\nRIB : FR76 1558 9569 0107 4421 8830 271', 'herve.guillou@gmail.com')).toBe('EUR');
    expect(localCurrencyOf(null, 'Total: 4 488,00 ?', 'accounts@client.co.uk')).toBeNull();
    expect(localCurrencyOf(null, 'Total: 4 488,00 ?', 'accounts@client.com')).toBeNull();
  });
});
