import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBareNumbers, findMoney, parseAmount } from '../../../../shared/core/extract/locale/amount';

describe('parseAmount', () => {
  it.each([
    ['1 234,56', 1234.56],
    ['1\u00a0234,56', 1234.56],
    ['1\u202f234,56', 1234.56],
    ['1\u2009234,56', 1234.56],
    ['1234,56', 1234.56],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ["1'250.00", 1250],
    ['1’250.00', 1250],
    ['2,500', 2500],
    ['2,50', 2.5],
    ['2.500', 2500],
    ['1.5', 1.5],
    ['0,50', 0.5],
    ['0,500', 0.5],
    ['-8,79', -8.79],
    ['−8,79', -8.79],
    ['+8,79', 8.79],
    ['(12,00)', -12],
    ['50,00-', -50],
    ['12 000', 12000],
    ['1 234 567,89', 1234567.89],
    ['1.234.567', 1234567],
    ['1,234,567.891', 1234567.89],
    ['1.2345', 1.23],
    ['50,–', 50],
    ["1'250.-", 1250],
    ['0', 0],
    ['999999999999999', 999999999999999],
  ])('%s → %s', (raw, value) => {
    expect(parseAmount(raw)).toBe(value);
  });

  it.each(['', '-', 'garbage', '12abc', '1,234,56', '1.234.56', '12 34,56', '1 2345', '1,', '.5', '1.234,567.8', '1 234.567,89', '0 123', '1234567890123456', '1  234', '12/10'])(
    '%j → null',
    (raw) => {
      expect(parseAmount(raw)).toBeNull();
    },
  );

  const cents = fc.integer({ min: -99_999_999_999, max: 99_999_999_999 });
  it.each(['fr-FR', 'en-US', 'de-DE', 'de-CH', 'fr-CH', 'it-IT', 'nl-NL', 'sv-SE'])('reads back any value formatted by Intl %s', (locale) => {
    const format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    fc.assert(
      fc.property(cents, (c) => {
        const value = c / 100;
        expect(parseAmount(format.format(value))).toBe(value);
      }),
    );
  });
});

const money = (text: string) => findMoney(text).map((m) => [m.value, m.currency, m.raw]);

describe('findMoney', () => {
  it.each([
    ['€1,234.56', 1234.56, 'EUR'],
    ['1 234,56 €', 1234.56, 'EUR'],
    ['1\u202f234,56\u00a0€', 1234.56, 'EUR'],
    ['EUR 1.234,56', 1234.56, 'EUR'],
    ['1234,56 EUR', 1234.56, 'EUR'],
    ['1234,56EUR', 1234.56, 'EUR'],
    ['1234,56 eur', 1234.56, 'EUR'],
    ['1 234,56 euros', 1234.56, 'EUR'],
    ['$2,500.00', 2500, 'USD'],
    ['USD 2,500.00', 2500, 'USD'],
    ['US$ 12.00', 12, 'USD'],
    ['£980.00', 980, 'GBP'],
    ['980.00 GBP', 980, 'GBP'],
    ["CHF 1'250.00", 1250, 'CHF'],
    ['Fr. 50.–', 50, 'CHF'],
    ['SFr 20.00', 20, 'CHF'],
    ['C$ 5.00', 5, 'CAD'],
    ['CAD 5.00', 5, 'CAD'],
    ['A$ 7.50', 7.5, 'AUD'],
    ['AUD 7.50', 7.5, 'AUD'],
    ['¥5,000', 5000, 'JPY'],
    ['JPY 5000', 5000, 'JPY'],
    ['1.234,56 €', 1234.56, 'EUR'],
    ['-50,00 €', -50, 'EUR'],
    ['-€20.00', -20, 'EUR'],
    ['1 234,56 SEK', 1234.56, 'SEK'],
    ['1 234,56 NOK', 1234.56, 'NOK'],
    ['1.234,56 DKK', 1234.56, 'DKK'],
    ['1 234,56 kr', 1234.56, null],
    ['99,00 PLN', 99, 'PLN'],
    ['99,00 zł', 99, 'PLN'],
    ['1 500 Kč', 1500, 'CZK'],
    ['3 849,24 zl', 3849.24, 'PLN'],
    // a narrow no-break space lost to a font or a charset
    ['1?330,15 €', 1330.15, 'EUR'],
    ['57\ufffd396,00 €', 57396, 'EUR'],
    ['1 500 Kc', 1500, 'CZK'],
    ['2.480,00 lei', 2480, 'RON'],
    ['1 500 CZK', 1500, 'CZK'],
  ])('%s → %s %s', (text, value, currency) => {
    expect(money(text)).toEqual([[value, currency, text]]);
  });

  it('reads a bank credit written with its plus sign, not a phone number before a currency', () => {
    expect(findMoney('Betrag: +2.284,80 EUR').map((m) => [m.value, m.currency])).toEqual([[2284.8, 'EUR']]);
    expect(findMoney('Montant : + 2 498,25 EUR').map((m) => [m.value, m.currency])).toEqual([[2498.25, 'EUR']]);
    expect(findMoney('1+2,50 EUR').map((m) => m.value)).toEqual([]);
  });

  it('reads Canadian and US dollars written after the amount, Quebec style', () => {
    expect(findMoney('Total TTC  1 850,00 $ CA').map((m) => [m.value, m.currency])).toEqual([[1850, 'CAD']]);
    expect(findMoney('Montant : 2 400,00 $CAN').map((m) => [m.value, m.currency])).toEqual([[2400, 'CAD']]);
    expect(findMoney('Total 1 200,00 $ US').map((m) => [m.value, m.currency])).toEqual([[1200, 'USD']]);
    // the "$" stays a dollar when a word follows it
    expect(findMoney('Total 100 $ canadiens').map((m) => [m.value, m.currency])).toEqual([[100, 'USD']]);
  });

  it('gives positions that point at the whole amount, marker included', () => {
    const text = 'Montant : 3\u202f048,00\u00a0€ TTC';
    expect(findMoney(text)).toEqual([
      { value: 3048, currency: 'EUR', raw: '3\u202f048,00\u00a0€', index: 10, end: 20, numberIndex: 10, numberEnd: 18 },
    ]);
  });

  it('finds every amount of a sentence in order', () => {
    expect(money('Total HT 3 638,05 € HT, soit 4 365,66 € TTC, acompte de 1 000 € déduit.')).toEqual([
      [3638.05, 'EUR', '3 638,05 €'],
      [4365.66, 'EUR', '4 365,66 €'],
      [1000, 'EUR', '1 000 €'],
    ]);
  });

  it('stops at sentence punctuation', () => {
    expect(money('Amount due: $1,540.00. Thanks')).toEqual([[1540, 'USD', '$1,540.00']]);
    expect(money('totalling £4,892.40, payable within 14 days')).toEqual([[4892.4, 'GBP', '£4,892.40']]);
  });

  it('gives a marker between two numbers to the one written against it', () => {
    expect(money('Invoice 1045 €1,109.00, due 03/10/2026')).toEqual([[1109, 'EUR', '€1,109.00']]);
  });

  it('gives a marker between two numbers to the one with cents, else to the one before', () => {
    expect(money('1 234,56 € 12 articles')).toEqual([[1234.56, 'EUR', '1 234,56 €']]);
    expect(money('Réf 2026 € 12,50')).toEqual([[12.5, 'EUR', '€ 12,50']]);
    expect(money('Montant : 12 € 1 234,56 €')).toEqual([
      [12, 'EUR', '12 €'],
      [1234.56, 'EUR', '1 234,56 €'],
    ]);
  });

  it('separates two amounts written one after the other', () => {
    expect(money("£980.00 CHF 1'250.00")).toEqual([
      [980, 'GBP', '£980.00'],
      [1250, 'CHF', "CHF 1'250.00"],
    ]);
    expect(money("CHF 1'250.00 1.234,56 €")).toEqual([
      [1250, 'CHF', "CHF 1'250.00"],
      [1234.56, 'EUR', '1.234,56 €'],
    ]);
  });

  it('takes the amount, not the quantity or year written before it', () => {
    expect(money('Rechnung 2026 500,00 €')).toEqual([[500, 'EUR', '500,00 €']]);
  });

  it('ignores identifiers, percentages, words and bare numbers', () => {
    expect(money('FA2026 € ; n°1234 € ; 20 % ; € 20% ; 3 europeans ; 1 234,56 ; 10-12 €')).toEqual([]);
  });

  it('reads "2,500" as thousands and "2,50" as cents', () => {
    expect(money('$2,500 and $2,50')).toEqual([
      [2500, 'USD', '$2,500'],
      [2.5, 'USD', '$2,50'],
    ]);
  });

  it('stays linear on 50,000 amounts and on long digit runs', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `${(i % 999) + 1} 234,56 € `).join('');
    let started = Date.now();
    const found = findMoney(text);
    expect(found).toHaveLength(50_000);
    expect(found[49_999]!.value).toBe(50_234.56);
    expect(Date.now() - started).toBeLessThan(5_000);
    started = Date.now();
    expect(findMoney('1 '.repeat(100_000))).toEqual([]);
    expect(findMoney('123 '.repeat(100_000) + '€')).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('findBareNumbers', () => {
  const bare = (text: string) => findBareNumbers(text).map((m) => [m.value, m.raw]);

  it('finds numbers written like amounts, without currency', () => {
    expect(bare('Total TTC : 3 048,00\nNet à payer 1,234.56 ; 12 000 ; 1.234,56')).toEqual([
      [3048, '3 048,00'],
      [1234.56, '1,234.56'],
      [12000, '12 000'],
      [1234.56, '1.234,56'],
    ]);
    expect(findBareNumbers('Total : -8,79')).toEqual([
      { value: -8.79, currency: null, raw: '-8,79', index: 8, end: 13, numberIndex: 8, numberEnd: 13 },
    ]);
  });

  it('leaves out amounts with a currency, plain integers, dates, phones, percentages and identifiers', () => {
    expect(bare('1 234,56 € ; 2026 ; 42 ; 15.12.2026 ; +44 117 496 0321 ; 04 78 12 34 56 ; TVA 20,00 % ; FR76 3000 6000 ; 1.5')).toEqual([]);
  });
});

describe('findMoney: a dollar sign with its country named after the number (held-out RI)', () => {
  it.each([
    ['Importe a pagar : $133,288.80 MXN', 'MXN'],
    ['Importe a pagar : $133,288.80 pesos mexicanos', 'MXN'],
    ['Total: $1,850.00 CAD', 'CAD'],
    ['Total: $1,850.00 dollars canadiens', 'CAD'],
    ['Total: $1,850.00', 'USD'],
  ])('%s', (text, currency) => {
    expect(findMoney(text)[0]).toMatchObject({ value: text.includes('133') ? 133288.8 : 1850, currency });
  });
});

describe('findMoney: South African rands and Hungarian forints (held-out MK)', () => {
  it('reads "R 130 977.00" and "125 000 Ft"; a lone "R" before a number without cents is no currency', () => {
    expect(money('Invoice F2026-0156 – R 130 977.00 due 21 July 2026')).toEqual([[130977, 'ZAR', 'R 130 977.00']]);
    expect(money('Balance due R432,630.00')).toEqual([[432630, 'ZAR', 'R432,630.00']]);
    expect(money('Total : 125 000 Ft')).toEqual([[125000, 'HUF', '125 000 Ft']]);
    expect(money('Bâtiment R 12, rue des Lilas')).toEqual([]);
    expect(money('Rechnung R 2026-0012')).toEqual([]);
    expect(money('a board 12 ft long')).toEqual([]);
  });
});

describe('findMoney: India\'s lakh and crore grouping (held-out II)', () => {
  it('reads "INR 61,93,110.00" and "₹ 4,52,300.00"; Western grouping is unchanged', () => {
    expect(money('Amount due: INR 61,93,110.00')).toEqual([[6193110, 'INR', 'INR 61,93,110.00']]);
    expect(money('Total: ₹ 4,52,300.00')).toEqual([[452300, 'INR', '₹ 4,52,300.00']]);
    expect(money('Total: 1,234,567.00 €')).toEqual([[1234567, 'EUR', '1,234,567.00 €']]);
  });
});

describe('findMoney: yen and won written against the particle after them', () => {
  it.each([
    ['ご請求金額：2,676,000円の', 2676000, 'JPY'],
    ['인보이스 FAC-SR-00237(140,500,000원)의 지급기한', 140500000, 'KRW'],
    ['合计：12,800.00元', 12800, 'CNY'],
  ])('%s', (text, value, currency) => {
    expect(findMoney(text).map((m) => [m.value, m.currency])).toEqual([[value, currency]]);
  });
  it('Latin letters after a Latin marker still break it ("100 europeans")', () => {
    expect(findMoney('100 europeans').filter((m) => m.currency === 'EUR')).toEqual([]);
  });
});

describe('findMoney: capitals glued to digits are a number\'s series, not a currency (eleventh session)', () => {
  it('« TL26-0412 » is no amount in lira, « 125.000,00 TL » and « TL 1.250 » are', () => {
    expect(money('Facture TL26-0412 du 29/06/2026')).toEqual([]);
    expect(money('Genel toplam: 125.000,00 TL')).toEqual([[125000, 'TRY', '125.000,00 TL']]);
    expect(money('Toplam: TL 1.250,00')[0]?.slice(0, 2)).toEqual([1250, 'TRY']);
  });
});

describe('findMoney: a currency code glued to a reference (held-out TY)', () => {
  it('« CLP26-019 » is an invoice number, « USD1,250.00 » still dollars', () => {
    expect(money('Facture CLP26-019 du 12/05/2026')).toEqual([]);
    expect(money('Total USD1,250.00')[0]?.slice(0, 2)).toEqual([1250, 'USD']);
  });
});
