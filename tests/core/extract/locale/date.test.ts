import { describe, expect, it } from 'vitest';
import { findDates, parseDate } from '../../../../shared/core/extract/locale/date';

describe('parseDate: Catalan month names', () => {
  it.each([
    ['15 de gener de 2027', '2027-01-15'],
    ['3 de febrer de 2027', '2027-02-03'],
    ['1 de juliol de 2027', '2027-07-01'],
    ['20 de desembre de 2026', '2026-12-20'],
  ])('%s → %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });
});

describe('Galician and Basque dates', () => {
  it.each([
    ['11 de maio de 2026', '2026-05-11'],
    ['3 de xullo de 2026', '2026-07-03'],
    ['2026ko abenduaren 5a', '2026-12-05'],
    ['2026ko urriaren 12an', '2026-10-12'],
  ])('%s → %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it('finds a Basque date in a sentence', () => {
    expect(findDates('2026ko abenduaren 5a ordainduko dugu.').map((d) => d.iso)).toEqual(['2026-12-05']);
  });
});

describe('parseDate: Arabic month names (Gulf, Egyptian and Maghreb)', () => {
  it.each([
    ['15 ديسمبر 2026', '2026-12-15'],
    ['3 أكتوبر 2027', '2027-10-03'],
    ['1 جانفي 2027', '2027-01-01'],
    ['20 دجنبر 2026', '2026-12-20'],
    ['7 أغسطس 2026', '2026-08-07'],
  ])('%s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });
});

describe('findDates: a Basque day and month without the year', () => {
  it('"azaroaren 20an" is 20 November of the reference year; "2026ko azaroaren 1a" keeps its own', () => {
    expect(findDates('azaroaren 20an ordainduko dugu', { referenceYear: 2026 }).map((d) => d.iso)).toEqual(['2026-11-20']);
    expect(findDates('2026ko azaroaren 1aean iraungi zen', { referenceYear: 2026 }).map((d) => d.iso)).toEqual(['2026-11-01']);
  });
});

describe('parseDate: Romanian and Czech month names', () => {
  it.each([
    ['24 noiembrie 2026', '2026-11-24'],
    ['3 octombrie 2026', '2026-10-03'],
    ['15. listopadu 2026', '2026-11-15'],
    ['2. října 2026', '2026-10-02'],
    ['30. září 2026', '2026-09-30'],
  ])('%s → %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });
});

describe('parseDate: Norwegian, Icelandic, Finnish, Baltic, Hungarian, Slovak and Croatian month names', () => {
  it.each([
    ['12. desember 2026', '2026-12-12'],
    ['3. ágúst 2026', '2026-08-03'],
    ['12. joulukuuta 2026', '2026-12-12'],
    ['5. marraskuuta 2026', '2026-11-05'],
    ['2026. december 12', '2026-12-12'],
    ['15. szeptember 2026', '2026-09-15'],
    ['15. detsember 2026', '2026-12-15'],
    ['2026. gada 15. decembris', '2026-12-15'],
    ['15. novembra 2026', '2026-11-15'],
    ['15. prosinca 2026.', '2026-12-15'],
  ])('%s → %s', (raw, iso) => {
    expect(findDates(raw).map((d) => d.iso)).toEqual([iso]);
  });
});

describe('parseDate: numeric forms', () => {
  it.each([
    ['15/12/2026', '2026-12-15'],
    ['15.12.2026', '2026-12-15'],
    ['15-12-2026', '2026-12-15'],
    ['15/12/26', '2026-12-15'],
    ['1/2/2026', '2026-02-01'],
    ['2026-12-15', '2026-12-15'],
    ['2026/12/15', '2026-12-15'],
    ['  15/12/2026. ', '2026-12-15'],
  ])('%s → %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it('reads day first by default and month first on request', () => {
    expect(parseDate('03/10/2026')).toBe('2026-10-03');
    expect(parseDate('03/10/2026', { order: 'MDY' })).toBe('2026-03-10');
    expect(parseDate('12/15/2026', { order: 'MDY' })).toBe('2026-12-15');
  });

  it('lets a number over 12 decide the order whatever the option', () => {
    expect(parseDate('12/15/2026')).toBe('2026-12-15');
    expect(parseDate('15/12/2026', { order: 'MDY' })).toBe('2026-12-15');
  });

  it('reads compact dates only on request', () => {
    expect(parseDate('20261215')).toBeNull();
    expect(parseDate('20261215', { compact: true })).toBe('2026-12-15');
    expect(parseDate('20261315', { compact: true })).toBeNull();
  });
});

describe('parseDate: written forms', () => {
  it.each([
    ['15 décembre 2026', '2026-12-15'],
    ['15 decembre 2026', '2026-12-15'],
    ['15 déc. 2026', '2026-12-15'],
    ['1er décembre 2026', '2026-12-01'],
    ['3 février 2027', '2027-02-03'],
    ['3 fevrier 2027', '2027-02-03'],
    ['14 juillet 2026', '2026-07-14'],
    ['15 août 2026', '2026-08-15'],
    ['December 15, 2026', '2026-12-15'],
    ['Dec 15, 2026', '2026-12-15'],
    ['Dec. 15th, 2026', '2026-12-15'],
    ['15 December 2026', '2026-12-15'],
    ['15th December 2026', '2026-12-15'],
    ['2nd March 2026', '2026-03-02'],
    ['15-Dec-26', '2026-12-15'],
    ['15-Dec-2026', '2026-12-15'],
    ['15. Dezember 2026', '2026-12-15'],
    ['3. März 2026', '2026-03-03'],
    ['3. Maerz 2026', '2026-03-03'],
    ['15 de diciembre de 2026', '2026-12-15'],
    ['15 dicembre 2026', '2026-12-15'],
    ['15 december 2026', '2026-12-15'],
    ['1 mei 2026', '2026-05-01'],
    ['15 de dezembro de 2026', '2026-12-15'],
    ['5 março 2026', '2026-03-05'],
    ['lundi 15 décembre 2026', '2026-12-15'],
    ['Tuesday, 15 December 2026', '2026-12-15'],
    ['Tuesday, December 15, 2026', '2026-12-15'],
    ['Dienstag, 15. Dezember 2026', '2026-12-15'],
  ])('%s → %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it('needs a reference year for a day and month alone', () => {
    expect(parseDate('15 décembre')).toBeNull();
    expect(parseDate('15 décembre', { referenceYear: 2027 })).toBe('2027-12-15');
    expect(parseDate('December 15', { referenceYear: 2027 })).toBe('2027-12-15');
  });
});

describe('parseDate: invalid input', () => {
  it.each(['31/02/2026', '29/02/2027', '31 avril 2026', '00/12/2026', '15/13/2026', '2026-02-30', 'garbage', '', '15/12/2026 foo', '1 234,56', '12/15'])(
    '%s → null',
    (raw) => {
      expect(parseDate(raw)).toBeNull();
    },
  );

  it('accepts 29 February in leap years only', () => {
    expect(parseDate('29/02/2028')).toBe('2028-02-29');
    expect(parseDate('29 février 2024')).toBe('2024-02-29');
    expect(parseDate('29 février 2026')).toBeNull();
  });
});

describe('findDates', () => {
  it('finds every date with its position, in order', () => {
    const text = 'Facture du 15/12/2026, échéance le 15 janvier 2027 (Jan 15, 2027).';
    expect(findDates(text)).toEqual([
      { iso: '2026-12-15', raw: '15/12/2026', index: 11, end: 21 },
      { iso: '2027-01-15', raw: '15 janvier 2027', index: 35, end: 50 },
      { iso: '2027-01-15', raw: 'Jan 15, 2027', index: 52, end: 64 },
    ]);
  });

  it('keeps the original spelling in raw when the text has accents and no-break spaces', () => {
    const text = 'Échéance\u00a0: 1er\u00a0déc.\u00a02026';
    expect(findDates(text)).toEqual([{ iso: '2026-12-01', raw: '1er\u00a0déc.\u00a02026', index: 11, end: 24 }]);
  });

  it('uses the order option for ambiguous numeric dates', () => {
    expect(findDates('due 03/10/2026', { order: 'MDY' }).map((d) => d.iso)).toEqual(['2026-03-10']);
    expect(findDates('due 03/10/2026').map((d) => d.iso)).toEqual(['2026-10-03']);
  });

  it('ignores phone numbers, versions, sort codes, amounts and impossible dates', () => {
    const text = 'Tel 04.78.12.34.56, v1.2.3, sort code 20-45-77, 1.234,56 €, 31/02/2026, 12.5.2026.1';
    expect(findDates(text)).toEqual([]);
  });

  it('does not read "mar" or "set" without a year', () => {
    expect(findDates('3 set of tools, 2 mar', { referenceYear: 2026 })).toEqual([]);
    expect(findDates('le 3 mars', { referenceYear: 2026 }).map((d) => d.iso)).toEqual(['2026-03-03']);
  });

  it('prefers a full written date to a month-day reading without year', () => {
    expect(findDates('paid on 2 December 2026 15 days late', { referenceYear: 2026 }).map((d) => d.raw)).toEqual(['2 December 2026']);
  });

  it('reads ISO dates followed by a time', () => {
    expect(findDates('paid at 2026-11-03T10:00:00Z').map((d) => d.iso)).toEqual(['2026-11-03']);
  });

  it('stays fast on a huge text', () => {
    const text = 'Facture du 15/12/2026 et du 3 mars 2026. '.repeat(20_000);
    const started = Date.now();
    expect(findDates(text)).toHaveLength(40_000);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('findDates: numbers inside references', () => {
  it('"F26-09-33" is an invoice\'s number, not 26 September 2033', () => {
    expect(findDates('la facture F26-09-33 a été virée', { order: 'DMY' })).toEqual([]);
    expect(findDates('le 26-09-33', { order: 'DMY' }).map((d) => d.iso)).toEqual(['2033-09-26']);
  });
});

describe('Greek dates (held-out TM)', () => {
  it.each([
    ['23 Αυγούστου 2026', '2026-08-23'],
    ['30 ΣΕΠΤΕΜΒΡΙΟΥ 2026', '2026-09-30'],
    ['12 Δεκεμβρίου 2026', '2026-12-12'],
    ['1 Μαΐου 2026', '2026-05-01'],
  ])('%s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });
});

describe('Turkish and Bulgarian dates (held-out SJ, SI)', () => {
  it.each([
    ['4 Ağustos 2026', '2026-08-04'],
    ['15 Aralık 2026', '2026-12-15'],
    ['1 Mayıs 2026', '2026-05-01'],
    ['7 май 2026', '2026-05-07'],
    ['15 декември 2026', '2026-12-15'],
  ])('%s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });
});

describe('findDates: Chinese, Japanese and Korean dates', () => {
  it.each([
    ['お支払期限：2026年5月29日', '2026-05-29'],
    ['지급기한 2026년 7월 20일', '2026-07-20'],
    ['开票日期：2026年3月5日', '2026-03-05'],
  ])('%s', (text, iso) => {
    expect(findDates(text).map((d) => d.iso)).toEqual([iso]);
  });
  it('reads a month and day with the year it is given ("12月5日までに")', () => {
    expect(findDates('12月5日までにお支払いいたします', { referenceYear: 2026 }).map((d) => d.iso)).toEqual(['2026-12-05']);
    expect(findDates('12月5日までにお支払いいたします')).toEqual([]);
  });
});

describe('findDates: Russian and Ukrainian month names (held-out VU)', () => {
  it('reads "15 декабря 2026" and "20 грудня 2026"', () => {
    expect(findDates('Оплатим 15 декабря 2026 г.').map((d) => d.iso)).toEqual(['2026-12-15']);
    expect(findDates('Оплата до 20 грудня 2026 року.').map((d) => d.iso)).toEqual(['2026-12-20']);
  });
});

describe('findDates: a Hebrew preposition glued by a hyphen (held-out XW)', () => {
  it('« ב-07.12.2026 » is 7 December, « F-07.12.2026 » still a reference', () => {
    expect(findDates('התשלום יבוצע ב-07.12.2026', { order: 'DMY' }).map((d) => d.iso)).toEqual(['2026-12-07']);
    expect(findDates('Réf. F-07.12.2026', { order: 'DMY' })).toEqual([]);
  });
});

describe('findDates: Korean year-first dates with a space after each dot (probe, eleventh session)', () => {
  it('« 2026. 11. 02. » is 2 November 2026, « 2026. 5 items » no date', () => {
    expect(findDates('발행일: 2026. 11. 02.', { order: 'DMY' }).map((d) => d.iso)).toEqual(['2026-11-02']);
    expect(findDates('Total 2026. 5 items', { order: 'DMY' })).toEqual([]);
  });
});

describe("findDates: a Corsican « 22 di dicembre » (held-out GZ)", () => {
  it('reads the day and month joined by « di »', () => {
    expect(findDates('Vi pagu a fattura u 22 di dicembre', { referenceYear: 2026 }).map((d) => d.iso)).toEqual(['2026-12-22']);
  });
});

describe('findDates: "the 15th of January"', () => {
  it('reads « of » between an ordinal day and its month, not after a bare number', () => {
    expect(findDates('Would it be OK if we pay on the 15th of January?', { referenceYear: 2027 }).map((d) => d.iso)).toEqual(['2027-01-15']);
    expect(findDates('on the 3rd of December 2026').map((d) => d.iso)).toEqual(['2026-12-03']);
    expect(findDates('pick 2 of may be enough', { referenceYear: 2026 })).toEqual([]);
  });
});

describe('findDates: « listopad » is October in Croatian, November in Polish and Czech', () => {
  it('reads the month by the text\'s language', () => {
    expect(findDates('Poštovani,\nDatum izdavanja: 8. listopada 2026.')[0]?.iso).toBe('2026-10-08');
    expect(findDates('Datum vystavení: 8. listopadu 2026')[0]?.iso).toBe('2026-11-08');
    expect(findDates('Data wystawienia: 8 listopada 2026')[0]?.iso).toBe('2026-11-08');
  });
});
