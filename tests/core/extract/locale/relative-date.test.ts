import { describe, expect, it } from 'vitest';
import { countsFromADayBefore, relativeDateReadings, resolveRelativeDate, resolveRelativeDateCandidates } from '../../../../shared/core/extract/locale/relative-date';

/** Monday 16 November 2026. */
const MONDAY = '2026-11-16';
/** Thursday 26 November 2026. */
const THURSDAY = '2026-11-26';

describe('resolveRelativeDate', () => {
  it.each([
    // written dates
    ['Le virement partira le 15/12/2026.', '2026-12-15'],
    ['El pago está programado para el día 20.', '2026-11-20'],
    ['Pagamento previsto per il giorno 20.', '2026-11-20'],
    ['Vamos pagar até dia 28.', '2026-11-28'],
    ['Haremos el pago a finales de mes.', '2026-11-30'],
    ['We will pay on December 15, 2026.', '2026-12-15'],
    ['Zahlung erfolgt am 15. Dezember', '2026-12-15'],
    ['nous réglerons le 18/11', '2026-11-18'],
    ['paiement le 15 décembre', '2026-12-15'],
    ['Le virement partira lundi 23 novembre 2026', '2026-11-23'],
    // today, tomorrow
    ['Je fais le virement aujourd’hui', MONDAY],
    ['Nous paierons demain', '2026-11-17'],
    ['Payment will go out tomorrow', '2026-11-17'],
    ['Wir zahlen morgen', '2026-11-17'],
    ['Pagaremos mañana', '2026-11-17'],
    ['Pagheremo domani', '2026-11-17'],
    ['Virement après-demain', '2026-11-18'],
    // weekdays
    ['je règle vendredi', '2026-11-20'],
    ['vendredi prochain', '2026-11-20'],
    ['next Friday', '2026-11-20'],
    ['this Friday', '2026-11-20'],
    ['bis nächsten Freitag', '2026-11-20'],
    ['pagaremos el viernes', '2026-11-20'],
    ['entro venerdì', '2026-11-20'],
    ['lundi', '2026-11-23'],
    ['vendredi de la semaine prochaine', '2026-11-27'],
    // weeks and months
    ['en fin de semaine', '2026-11-20'],
    ['by the end of the week', '2026-11-20'],
    ['Ende nächster Woche', '2026-11-27'],
    ['d’ici la fin du mois', '2026-11-30'],
    ['by the end of the month', '2026-11-30'],
    ['for our end-of-month payment run', '2026-11-30'],
    ['with the month-end run', '2026-11-30'],
    ['bis Monatsende', '2026-11-30'],
    ['fin du mois prochain', '2026-12-31'],
    ['la semaine prochaine', '2026-11-23'],
    ['next week', '2026-11-23'],
    ['nächste Woche', '2026-11-23'],
    ['début du mois prochain', '2026-12-01'],
    ['fin décembre', '2026-12-31'],
    ['end of January', '2027-01-31'],
    ['mi-janvier', '2027-01-15'],
    ['début février', '2027-02-01'],
    // counts of days
    ['sous 8 jours', '2026-11-24'],
    ['sous huitaine', '2026-11-24'],
    ['within 10 days', '2026-11-26'],
    ['in 10 days', '2026-11-26'],
    ['dans 15 jours', '2026-12-01'],
    ['innerhalb von 14 Tagen', '2026-11-30'],
    ['in two weeks', '2026-11-30'],
    ['dans deux semaines', '2026-11-30'],
    ['sous 48h', '2026-11-18'],
    // day of month
    ['le 20', '2026-11-20'],
    ['le 15', '2026-12-15'],
    ['on the 20th', '2026-11-20'],
    ['am 20.', '2026-11-20'],
  ])('%s (said on Monday 16 Nov 2026) → %s', (text, iso) => {
    expect(resolveRelativeDate(text, MONDAY)).toBe(iso);
  });

  it('returns the first date the sentence says', () => {
    expect(resolveRelativeDate('demain, sinon vendredi au plus tard', MONDAY)).toBe('2026-11-17');
    expect(resolveRelativeDate('vendredi, sinon demain', MONDAY)).toBe('2026-11-20');
  });

  it('skips dates before the reference: they are no promise', () => {
    expect(resolveRelativeDate('Votre facture du 01/10/2026 sera payée demain', MONDAY)).toBe('2026-11-17');
  });

  it('moves a day and month already past to next year', () => {
    expect(resolveRelativeDate('paiement le 10/01', MONDAY)).toBe('2027-01-10');
    expect(resolveRelativeDate('payment on 15 January', MONDAY)).toBe('2027-01-15');
  });

  it('reads numeric day/month in the US order for en-US', () => {
    expect(resolveRelativeDate('we will pay on 12/01', MONDAY, 'en-US')).toBe('2026-12-01');
    expect(resolveRelativeDate('nous paierons le 12/01', MONDAY, 'fr')).toBe('2027-01-12');
    expect(resolveRelativeDate('we will pay on 12/01', MONDAY, { order: 'MDY' })).toBe('2026-12-01');
  });

  it('returns null when nothing names a date', () => {
    expect(resolveRelativeDate('Nous allons regarder cela rapidement.', MONDAY)).toBeNull();
    expect(resolveRelativeDate('the 2 invoices are paid', MONDAY)).toBeNull();
    expect(resolveRelativeDate('paiement le 29/02', MONDAY)).toBeNull();
    expect(resolveRelativeDate('', MONDAY)).toBeNull();
  });

  it.each([
    ['Je vous envoie le chèque ce week-end.'],
    ['We will pay over the weekend.'],
    ['Wir überweisen am Wochenende.'],
    ['Hacemos la transferencia este fin de semana.'],
    ['Pago nel fine settimana, ma questo fine settimana sono via.'],
  ])('reads %s as the coming Saturday, or its Sunday', (text) => {
    expect(resolveRelativeDateCandidates(text, MONDAY).slice(0, 2)).toEqual(['2026-11-21', '2026-11-22']);
  });

  it("reads Turkish « önümüzdeki cuma » (next Friday) as this week's Friday or the next", () => {
    expect(resolveRelativeDateCandidates('Ödemeyi önümüzdeki cuma yapacağız.', MONDAY)).toEqual(['2026-11-20', '2026-11-27']);
  });

  it('reads ce week-end said on a Sunday as that day', () => {
    expect(resolveRelativeDateCandidates('je vous fais le virement ce week-end', '2026-11-22')).toEqual(['2026-11-22']);
  });

  it('reads fin de semaine said on a Saturday as the next Friday', () => {
    expect(resolveRelativeDate('fin de semaine', '2026-11-21')).toBe('2026-11-27');
  });

  it('rolls "le 30" in February to March', () => {
    expect(resolveRelativeDate('le 30', '2027-02-10')).toBe('2027-03-30');
  });
});

describe('resolveRelativeDateCandidates', () => {
  it('lists both readings of "next Friday"', () => {
    expect(resolveRelativeDateCandidates('next Friday', MONDAY)).toEqual(['2026-11-20', '2026-11-27']);
    expect(resolveRelativeDateCandidates('vendredi prochain', THURSDAY)).toEqual(['2026-11-27', '2026-12-04']);
    expect(resolveRelativeDateCandidates('vendredi prochain', MONDAY)).toEqual(['2026-11-20', '2026-11-27']);
  });

  it('lists one reading for a plain weekday', () => {
    expect(resolveRelativeDateCandidates('vendredi', THURSDAY)).toEqual(['2026-11-27']);
    expect(resolveRelativeDateCandidates('jeudi', THURSDAY)).toEqual(['2026-12-03']);
  });

  it('lists every date the sentence names, in order, without duplicates', () => {
    expect(resolveRelativeDateCandidates('demain ou au plus tard le 20/11', MONDAY)).toEqual(['2026-11-17', '2026-11-20']);
    expect(resolveRelativeDateCandidates('demain ou après-demain', MONDAY)).toEqual(['2026-11-17', '2026-11-18']);
    expect(resolveRelativeDateCandidates('Friday 20 November 2026, so this Friday', MONDAY)).toEqual(['2026-11-20']);
  });

  it('is empty when no date is named', () => {
    expect(resolveRelativeDateCandidates('Merci pour votre relance.', MONDAY)).toEqual([]);
  });
});

describe('a weekday with a day number and no month', () => {
  it('is the next day of that number falling on that weekday', () => {
    expect(resolveRelativeDateCandidates('te la pagamos el viernes 27 sin falta', '2026-11-10')).toEqual(['2026-11-27']);
    expect(resolveRelativeDateCandidates('paiement le vendredi 5', '2027-01-13')).toEqual(['2027-02-05']);
    expect(resolveRelativeDateCandidates('on Friday 28th', '2027-05-18')).toEqual(['2027-05-28']);
  });

  it('a written date with its weekday gives no other day', () => {
    for (const d of resolveRelativeDateCandidates('le vendredi 5 février', '2027-01-13')) expect(d).toBe('2027-02-05');
    for (const d of resolveRelativeDateCandidates('am Freitag, 28. Mai', '2027-05-18')) expect(d).toBe('2027-05-28');
  });
});

describe('Greek relative dates (held-out TM)', () => {
  it('"την επόμενη Παρασκευή", "αύριο", "τέλος του μήνα"', () => {
    expect(resolveRelativeDate('Θα πληρώσουμε την επόμενη Παρασκευή.', '2026-11-24')).toBe('2026-11-27');
    expect(resolveRelativeDate('Θα πληρώσουμε αύριο.', '2026-11-24')).toBe('2026-11-25');
    expect(resolveRelativeDate('Θα πληρώσουμε στο τέλος του μήνα.', '2026-11-24')).toBe('2026-11-30');
  });
});

describe('resolveRelativeDate: Chinese, Japanese and Korean weekdays; Vietnamese dates', () => {
  // 2026-11-23 is a Monday
  it.each([
    ['下周五安排付款', '2026-12-04'],
    ['周五付款', '2026-11-27'],
    ['这周五付款', '2026-11-27'],
    ['来週金曜日にお支払いいたします', '2026-12-04'],
    ['来週の金曜日に振込予定です', '2026-12-04'],
    ['金曜日にお振込みします', '2026-11-27'],
    ['다음 주 금요일에 송금하겠습니다', '2026-12-04'],
    ['이번 주 금요일에 송금하겠습니다', '2026-11-27'],
    ['sẽ thanh toán vào ngày 26 tháng 11 năm 2026', '2026-11-26'],
  ])('%s → %s', (text, iso) => {
    expect(resolveRelativeDate(text, '2026-11-23')).toBe(iso);
  });
  it('"一周内" (within a week) names no weekday', () => {
    expect(resolveRelativeDate('一周内付款', '2026-11-23')).toBeNull();
  });
});

describe('relativeDateReadings: a weekday followed by its date', () => {
  it('"lundi 14/12" is 14 December, not the next Monday; "lundi prochain" stays the next Monday', async () => {
    const { relativeDateReadings } = await import('../../../../shared/core/extract/locale/relative-date');
    expect(relativeDateReadings('je fais le virement lundi 14/12 promis', '2026-11-26').flatMap((r) => r.dates)).toEqual(['2026-12-14']);
    expect(relativeDateReadings('je fais le virement lundi prochain', '2026-11-26').flatMap((r) => r.dates)[0]).toBe('2026-11-30');
  });
});

describe('relativeDateReadings: a clause number is no day', () => {
  it('« (Ziff. 7.3) », « art. 12.1 » give no date; « le 7.12 » does', () => {
    expect(relativeDateReadings('wie im Honorarvertrag (Ziff. 7.3) festgehalten', '2026-10-06')).toEqual([]);
    expect(relativeDateReadings("conformément à l'art. 12.1 du contrat", '2026-10-06')).toEqual([]);
    expect(relativeDateReadings('on paie le 7.12', '2026-10-06')[0]?.dates).toEqual(['2026-12-07']);
  });
});

describe('resolveRelativeDateCandidates: an ordinal weekday of a month', () => {
  // 2026-12-03 is a Thursday
  it.each([
    ['pagheremo entro il secondo venerdì di dicembre', '2026-12-11'],
    ['on the first Monday of next month', '2027-01-04'],
    ['le premier lundi du mois prochain', '2027-01-04'],
    ['le dernier vendredi du mois', '2026-12-25'],
    ['am zweiten Freitag im Dezember', '2026-12-11'],
    ['el primer viernes de enero', '2027-01-01'],
    ['na segunda sexta-feira de dezembro', '2026-12-11'],
    ['le 2e mardi de janvier', '2027-01-12'],
    ['the last Friday of November', '2027-11-26'],
  ])('%s → %s', (text, iso) => {
    expect(resolveRelativeDateCandidates(text, '2026-12-03')).toEqual([iso]);
  });
  it('a plain weekday keeps its readings', () => {
    expect(resolveRelativeDateCandidates('vendredi prochain', '2026-12-03')).toEqual(['2026-12-04', '2026-12-11']);
    expect(resolveRelativeDateCandidates('segunda que vem', '2026-12-03')[0]).toBe('2026-12-07');
  });
});

describe('resolveRelativeDateCandidates: « le premier lundi du mois » once this month\'s has passed', () => {
  it('is next month\'s, across the year too', () => {
    expect(resolveRelativeDateCandidates('le premier lundi du mois', '2026-12-10')).toEqual(['2027-01-04']);
    expect(resolveRelativeDateCandidates('le premier lundi du mois', '2026-11-20')).toEqual(['2026-12-07']);
  });
});

describe('resolveRelativeDateCandidates: a day inside a part of a month named before it', () => {
  it('« début décembre …, vers le 5 » is 5 December, « fin novembre, le 28 » 28 November', () => {
    expect(resolveRelativeDateCandidates('je regle debut decembre apres la paie du lait de novembre, vers le 5', '2026-10-29')[0]).toBe('2026-12-05');
    expect(resolveRelativeDateCandidates('fin novembre, le 28 au plus tard', '2026-10-29')[0]).toBe('2026-11-28');
    // a day outside that part is not in it: « début décembre, le 25 » keeps both readings
    expect(resolveRelativeDateCandidates('début décembre, le 25', '2026-10-29')).toEqual(['2026-12-01', '2026-12-25']);
  });
});

describe('relativeDateReadings: « le lendemain », "the day after"', () => {
  it('is the day after the one named before it', () => {
    const readings = relativeDateReadings('la coop paie le lait le 10 decembre je te fais le virement le lendemain', '2026-11-23');
    expect(readings.at(-1)).toMatchObject({ dates: ['2026-12-11'], after: '2026-12-10' });
    expect(relativeDateReadings('we get paid on 14 December and will pay you the day after', '2026-11-23').at(-1)?.dates).toEqual(['2026-12-15']);
    expect(relativeDateReadings('le 10 décembre, ou le surlendemain', '2026-11-23').at(-1)?.dates).toEqual(['2026-12-12']);
    // « dans la foulée », "right after that": that day itself; « am Tag danach » is still the day after
    expect(relativeDateReadings('les mariés nous règlent le 10/12, on vous vire le solde dans la foulée', '2026-11-29').at(-1)).toMatchObject({ dates: ['2026-12-10'], after: '2026-12-10' });
    expect(relativeDateReadings('die Firma zahlt am 10.12., wir zahlen am Tag danach', '2026-11-29').at(-1)?.dates).toEqual(['2026-12-11']);
  });
  it('alone, or "the day after tomorrow", names no day after another', () => {
    expect(relativeDateReadings('je vous paie le lendemain', '2026-11-23')).toEqual([]);
    expect(relativeDateReadings('on the 10th or the day after tomorrow', '2026-11-23').some((r) => r.after)).toBe(false);
  });
});

describe('relativeDateReadings: a day and month with a hyphen', () => {
  it('« voor 20-11 » is 20 November; ranges of days, hours or sums are not', () => {
    expect(relativeDateReadings('Betaling staat ingepland voor 20-11.', '2026-11-04')[0]?.dates).toEqual(['2026-11-20']);
    expect(relativeDateReadings('sous 10-12 jours', '2026-11-04')).toEqual([]);
    expect(relativeDateReadings('entre 14-16h', '2026-11-04')).toEqual([]);
    expect(relativeDateReadings('Zahlung in 10-14 Werktagen', '2026-11-04')).toEqual([]);
  });
});

describe('relativeDateReadings: « ese mismo día », « le jour même » (held-out CCY)', () => {
  it('is the day named before it', () => {
    expect(relativeDateReadings('Cobro el 15 de diciembre y te hago la transfe ese mismo dia', '2026-11-12').at(-1)).toMatchObject({ dates: ['2026-12-15'], after: '2026-12-15' });
    expect(relativeDateReadings('le client nous paie le 10 décembre, nous vous réglons le jour même', '2026-11-12').at(-1)?.dates).toEqual(['2026-12-10']);
  });
});

describe('relativeDateReadings: "the following day", « am folgenden Tag »', () => {
  it('is the day after the one named before', () => {
    expect(relativeDateReadings('we get paid on 14 December and will pay you the following day', '2026-11-23').at(-1)?.dates).toEqual(['2026-12-15']);
    expect(relativeDateReadings('am 14. Dezember bekommen wir Geld und zahlen am folgenden Tag', '2026-11-23').at(-1)?.dates).toEqual(['2026-12-15']);
  });
});

describe('relativeDateReadings: Christmas (held-out CJX, COX)', () => {
  it('« avant Noël » is Christmas Eve, « la semaine après Noël » the Monday after; « le 4e mois » names no day', () => {
    expect(relativeDateReadings('normalement avant noel', '2026-11-27').map((r) => r.dates)).toEqual([['2026-12-24']]);
    expect(relativeDateReadings('la semaine apres Noel', '2026-11-25').map((r) => r.dates)).toEqual([['2026-12-28']]);
    expect(relativeDateReadings('un souci avec le 4e mois de TVA', '2026-11-17')).toEqual([]);
  });
});

describe('relativeDateReadings: English short weekday names (held-out CWX)', () => {
  it('reads "fri" always, "sat" or "mon" after a word that sets a day, not "sat" as a verb', () => {
    expect(relativeDateReadings('will pay fri week after we land sorry', '2026-11-21').map((r) => r.dates)).toEqual([['2026-11-27']]);
    expect(relativeDateReadings('will pay sat when we land sorry', '2026-11-24').map((r) => r.dates)).toEqual([['2026-11-28']]);
    expect(relativeDateReadings('pay by mon', '2026-11-21').map((r) => r.dates)).toEqual([['2026-11-23']]);
    expect(relativeDateReadings('I sat with him, we will pay soon', '2026-11-21')).toEqual([]);
  });
});

describe('relativeDateReadings: a relative weekday followed by its date (held-out CYW)', () => {
  it('« divendres vinent, 20/11 » is the 20th, not the nearer Friday', () => {
    expect(relativeDateReadings('La transferència sortirà divendres vinent, 20/11.', '2026-11-12').map((r) => r.dates)).toEqual([['2026-11-20']]);
    expect(relativeDateReadings('Le virement partira vendredi prochain. Le 20/11 je suis absent.', '2026-11-12').map((r) => r.dates)).toEqual([['2026-11-13', '2026-11-20'], ['2026-11-20']]);
  });
});

describe('relativeDateReadings: a weekday said to follow a day named before (held-out CZY)', () => {
  it('« … le vendredi 11 décembre. On vous fait le virement le lundi qui suit » is the 14th; "the following Monday" too', () => {
    const readings = relativeDateReadings("l'assemblée générale a lieu le vendredi 11 décembre. On vous fait le virement le lundi qui suit.", '2026-11-14');
    expect(readings.at(-1)).toMatchObject({ dates: ['2026-12-14'], after: '2026-12-11' });
    expect(relativeDateReadings('We get paid on 11 December and pay you the following Monday.', '2026-11-14').at(-1)?.dates).toEqual(['2026-12-14']);
    expect(relativeDateReadings('je paie lundi suivant', '2026-11-14').map((r) => r.dates)).toEqual([['2026-11-16']]);
  });
});

describe('relativeDateReadings: a range of weekdays names no day (held-out BWX)', () => {
  it('"(this mailbox is monitored Mon-Fri)", « du lundi au vendredi », "Monday to Friday" read nothing; "will pay fri" still reads', () => {
    expect(relativeDateReadings('(this mailbox is monitored Mon-Fri)', '2026-11-18')).toEqual([]);
    expect(relativeDateReadings('ouvert du lundi au vendredi', '2026-11-18')).toEqual([]);
    expect(relativeDateReadings('open Monday to Friday 9-17', '2026-11-18')).toEqual([]);
    expect(relativeDateReadings('will pay fri', '2026-11-18').map((r) => r.dates)).toEqual([['2026-11-20']]);
  });
});

describe('countsFromADayBefore: a day counted from another named before', () => {
  it('is told by « le lendemain », « dans la foulée », « le lundi qui suit », "the following Monday", not by a day alone', () => {
    for (const text of ['je te fais le virement le lendemain', 'on vous vire le solde dans la foulée', 'On vous fait le virement le lundi qui suit.', 'we pay you the following Monday']) expect(countsFromADayBefore(text)).toBe(true);
    for (const text of ['je paie lundi', 'we pay on the 15th', 'le virement part vendredi prochain']) expect(countsFromADayBefore(text)).toBe(false);
  });
});
