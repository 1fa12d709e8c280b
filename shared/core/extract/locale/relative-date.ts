import { addDays, daysInMonth, endOfMonth, isValidYmd, toIsoDate, weekday } from '../../calendar/iso-date';
import { fold } from '../../text/fold';
import { findDates, monthOfName, WEEKDAY_NUMBERS, type DateOrder } from './date';
import { wordStartRegExp } from '../../text/word-start-regexp';

export interface RelativeDateOptions {
  /** Reading of all-numeric dates; defaults to day first, or month first when `lang` is US English. */
  order?: DateOrder;
  /** BCP 47 language of the sentence ("fr", "en-US"); only used to pick the numeric date order. */
  lang?: string;
}

/** One wording found in the sentence and the dates it can mean, most likely first. */
interface Reading {
  index: number;
  dates: string[];
  /** For « le lendemain », « le jour même »: the day named before, which it counts from (not itself the day promised). */
  after?: string;
}

const W = '(?<![\\p{L}\\d])';
const END = '(?![\\p{L}])';

/**
 * Full weekday names, and the English short ones no other word shares ("fri", "tues", "thurs"): "mar", "sun" or "wed"
 * inside a promise are too often other words (Turkish "cuma", Friday, is none). The other English short names count
 * after a word that sets a day: "will pay sat when we land", "by mon".
 */
const SHORT_FULL_NAMES = new Set(['cuma', 'fri', 'tues', 'thurs', '일요일', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일']);
const WEEKDAY_NAMES = Object.keys(WEEKDAY_NUMBERS).filter((name) => name.length > 4 || SHORT_FULL_NAMES.has(name));
const SHORT_AFTER_A_DAY_WORD = `(?<=(?:^|\\s)(?:on|by|pay|paid|send|transfer|this|next|till|until|before)\\s)(?:mon|tue|wed|thu|sat|sun)`;
const WEEKDAY = wordStartRegExp(`${W}(${WEEKDAY_NAMES.sort((a, b) => b.length - a.length).join('|')}|${SHORT_AFTER_A_DAY_WORD})${END}`, 'gu');
/** "next", as written before or after the weekday it qualifies. */
const NEXT_WORD = wordStartRegExp(String.raw`(?<![\p{L}])(?:prochain|next|nachsten|naechsten|nachste|kommenden|pristi|buduci|proximo|prossimo|volgende|vinent|proxima|que vem|que viene|que ve|que ven|nasta|naeste|neste|viitoare|viitor|ensi|seuraavana|jargmisel|jargmine|nakamaja|nakamo|kita|επομενη|επομενο|ερχομενη|ερχομενο|следващия|следващата|следващ|naslednji|naslednjo|prihodnji|prihodnjo|sljedeci|sljedeceg|sljedecu|sledeci|sledeceg|sledecu|iduci|iduceg|iducu|naredni|narednog|narednu|onumuzdeki|gelecek|следующую|следующей|следующий|следующее|наступної|наступну|наступного|наступний|القادم|القادمة|المقبل|المقبلة)(?![\p{L}])`, 'u');
const NEXT_WEEK = wordStartRegExp(
  `${W}(?:(?:la |de la )?semaine (?:prochaine|pro)|next week|(?:in der )?(?:nachste|naechste)[nr]? woche|kommende[nr]? woche|(?:la |a )?(?:proxima semana|semana (?:que viene|que vem|proxima))|(?:la )?(?:settimana prossima|prossima settimana)|volgende week|(?:la )?setmana (?:que ve|vinent|propera)|(?:la )?propera setmana|(?:w )?(?:przyszlym|nastepnym) tygodniu|nasta vecka|naste uge|neste uke|(?:την |μεσα στην )?(?:επομενη|ερχομενη) εβδομαδα|следващата седмица|(?:v |u )?(?:naslednji|prihodnji|sljedeci|sledeci|iduci|naredni) (?:teden|tjedan|nedelji)|(?:sledece|sljedece|naredne) (?:nedelje|sedmice)|(?:на )?следующей неделе|(?:на )?наступному тижні|наступного тижня|jovo heten|a jovo heten|(?:na )?buduci tyzden|(?:na )?budouci tyden|pristi tyden|kita savaite|kitos savaites|nakamnedel|nakamaja nedela|jargmisel nadalal|jargmine nadal|다음 ?주(?:에는|에)?)${END}`,
  'gu',
);
/** Stateless twin of NEXT_WEEK for `test` (a global regex would carry its lastIndex over). */
const NEXT_WEEK_NEARBY = wordStartRegExp(NEXT_WEEK.source, 'u');
// (« ce soir-là » is the evening of a day named before it: « le 15 décembre, je te fais le chèque ce soir-là »)
const TODAY = wordStartRegExp(`${W}(?:aujourd'hui|ce soir(?! ?- ?la(?![a-z]))|today|tonight|heute|hoy|oggi|vandaag|hoje|dzis|dzisiaj|dnes|danas|danes|idag|i dag|tanaan|bugun|σημερα|днес|сегодня|сьогодні)${END}`, 'gu');
// (not a greeting: « Guten Morgen Frau Weber », "Buenos días" has no such word, « goedemorgen » is one word)
const TOMORROW = wordStartRegExp(`${W}(?<!apres[- ]|after |pasado |de )(?:demain|tomorrow|(?<!(?:guten|gute|schonen|schoenen) )morgen|manana|domattina|domani|amanha|jutro|zitra|sutra|jutri|holnap|imorgon|huomenna|yarin|αυριο|утре|завтра|zajtra|rytoj|homme|내일|מחר|غدا|غداً)${END}`, 'gu');
/**
 * « avant Noël », "before Christmas", « vor Weihnachten », « para Navidad »: Christmas Eve, the last day before it (not « après Noël »,
 * nor an event named after it: « après le marché de Noël », « après les ventes de Noël », "the Christmas party").
 */
const CHRISTMAS = wordStartRegExp(
  `${W}(?<!(?:apres|after|nach|despues de|dopo|na|(?:marches?|fetes?|repas|spectacles?|concerts?|arbre|sapin|menus?|colis|contes?|chants?|decorations?|illuminations?|cadeaux?|ventes?|commandes?) de) )(?:noel|christmas|xmas|weihnachten|navidad|natale|kerstmis|kerst)${END}(?! (?:market|fair|party|concert|show|tree|card|menu|lunch|dinner|sale|bonus)s?${END})`,
  'gu',
);
/** « la semaine après Noël », "the week after Christmas", « die Woche nach Weihnachten »: the Monday after Christmas Day. */
const WEEK_AFTER_CHRISTMAS = wordStartRegExp(`${W}(?:(?:la )?semaine (?:d')?apres noel|(?:the )?week after (?:christmas|xmas)|(?:die )?woche nach weihnachten)${END}`, 'gu');
/** « en début de semaine prochaine », "early next week", « Anfang nächster Woche »: the Monday of next week. */
const START_OF_NEXT_WEEK = wordStartRegExp(`${W}(?:(?:en )?debut de (?:la )?semaine prochaine|early next week|(?:at the )?(?:start|beginning) of next week|anfang (?:der )?nachste[nr]? woche|a principios de la (?:semana que viene|proxima semana)|all'inizio della prossima settimana|begin volgende week)${END}`, 'gu');
/** « à la rentrée des vacances de la Toussaint », « après les vacances de la Toussaint »: French schools open again on the first Monday after 1 November. */
const AFTER_ALL_SAINTS_HOLIDAYS = wordStartRegExp(`${W}(?:(?:rentree|retour)(?: des vacances)? de (?:la )?toussaint|apres (?:les vacances de )?(?:la )?toussaint)${END}`, 'gu');
const AFTER_TOMORROW = wordStartRegExp(
  `${W}(?:apres-demain|apres demain|(?:the )?day after tomorrow|ubermorgen|uebermorgen|pasado manana|dopodomani|overmorgen|depois de amanha|μεθαυριο)${END}`,
  'gu',
);
/**
 * A payment's or a sending's words at most five words before « cette semaine », "this week" (read after it matched: cheap):
 * « je vous envoie le chèque cette semaine » dates a payment, « le mandat part cette semaine, le paiement … fin novembre » does not.
 */
const PAYMENT_WORDS_BEFORE = String.raw`(?<=(?:envo\p{L}*|vir\p{L}*|pa[iy]\p{L}*|regl\p{L}*|vers\p{L}*|post\p{L}*|cheques?|checks?|send\p{L}*|sent|wire\p{L}*|transf\p{L}*|zahl\p{L}*|uberw\p{L}*|pag\p{L}*|bonific\p{L}*|betal\p{L}*|overm\p{L}*)(?:\s+[^\s.!?]+){0,5}\s+(?:cette semaine|this week|diese woche|esta semana|questa settimana|deze week))`;
/** « fin de semaine », "end of next week", and a payment said for « cette semaine », "this week" (see PAYMENT_WORDS_BEFORE): that week's Friday. */
const END_OF_WEEK = new RegExp(
  `${W}(?:fin de (?:la |cette )?semaine|end of (?:the |this )?week|ende (?:der|dieser) woche|final de (?:la |esta )?semana|(?:fim|final) (?:da|desta) semana|fine (?:della |di questa )?settimana|(?:tegen (?:het )?)?einde? (?:van de(?:ze)?|deze) week|(?:do )?konce tydne|koncem tydne|(?:do )?konca tygodnia|(?:i )?slutet av veckan|(?:innen )?slutten av uken|(?:i )?slutningen af ugen|viikon loppuun(?:mennessa)?|(?:a )?het vegeig|(?:a )?het vegen|nadala lopuks|(?:do )?kraja (?:tjedna|nedelje)|(?:do )?konca (?:tedna|tyzdna)|(?:pana )?la sfarsitul saptamanii|iki savaites pabaigos|(?:lidz )?nedelas beigam|(?:до )?конца недели|(?:до )?кінця тижня|(?:до )?края на седмицата|(?:ως το |μεχρι το )?τελος της εβδομαδας)( prochaine| next| prossima| que viene| que vem| proxima)?${END}|${W}(end of next week|ende (?:der )?(?:nachste[nr]?|naechste[nr]?|kommende[nr]?) woche|(?:tegen (?:het )?)?einde? (?:van )?(?:de )?volgende week|fine (?:della )?prossima settimana|(?:final|finales) de la (?:proxima semana|semana que viene)|(?:fim|final) da proxima semana)${END}|${W}(?:cette semaine|this week|diese woche|esta semana|questa settimana|deze week)${END}${PAYMENT_WORDS_BEFORE}`,
  'gu',
);
/** "ce week-end", "this weekend", "am Wochenende", "este fin de semana": the coming Saturday or Sunday. */
const THIS_WEEKEND = wordStartRegExp(
  `${W}(?:(?:ce|du|pendant le|durant le) week[- ]?end|(?:this|over the|at the|on the) week-?end|(?:am|dieses|uber das|ubers|diesem) wochenende|(?:este|el|durante el) fin de semana|(?:questo|nel|durante il) (?:fine settimana|weekend)|(?:dit|in het|komend|dit komende) weekend|(?:este|no|neste) fim de semana)(?! (?:prochain|next|suivant|d'apres))${END}`,
  'gu',
);
const MONTH_NAMES: Readonly<Record<string, number>> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  januar: 1, februar: 2, marz: 3, maerz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
  // Swiss German as written: « bis am 20. Dezämber », « im Novämber »
  septamber: 9, novamber: 11, dezamber: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  janeiro: 1, fevereiro: 2, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
};
const MONTH_NAME_SOURCE = Object.keys(MONTH_NAMES).sort((a, b) => b.length - a.length).join('|');
const END_OF_MONTH = new RegExp(
  `${W}(end of next month|end of the following month|ende (?:des )?nachsten monats|ende (?:des )?kommenden monats|fine del mese prossimo|(?:a )?(?:finales|final|fin|fines) del (?:mes que viene|mes proximo|proximo mes)|(?:no )?final do (?:proximo mes|mes que vem)|eind volgende maand)${END}|${W}(?<!(?:jours|jour|days|day|tage|dias|giorni|dagen|j) )(?:(?:fin|la fin) (?:du|de|de ce) mois(?! (?:de |d')(?:${MONTH_NAME_SOURCE})(?![a-z]))|end of (?:the |this )?month|end-of-(?:the-)?month|month[- ]end|monatsende|ende (?:(?:des|dieses) monats|monat)|(?:finales|final|fin|fines) de(?:l)? mes|(?:fim|final) do mes|fine (?:del )?mese|einde? van de(?:ze)? maand|eind(?:e)? deze maand|τελος του μηνα|(?:в |до )?края на месеца|(?:do )?konce mesice|koncem mesice|(?:do )?konca miesiaca|(?:innen )?(?:utgangen|slutten) av maneden|(?:i )?slutet av manaden|(?:ved )?udgangen af maneden|kuun loppuun(?:mennessa)?|(?:do )?kraja (?:mjeseca|meseca)|(?:a )?honap vegeig|(?:a )?honap vegen|(?:do )?konca mesiaca|(?:iki )?menesio pabaigos|kuu lopuks|kuu lopus|(?:lidz )?menesa beigam|(?:до )?конца месяца|(?:до )?кінця місяця|סוף החודש|월말|이달 말|ay sonunda|ay sonuna kadar|(?:قبل )?نهاية الشهر|(?:قبل )?اخر الشهر)( prochain| suivant)?${END}`,
  'gu',
);
const START_OF_NEXT_MONTH = wordStartRegExp(
  `${W}(?:debut du mois prochain|debut de mois prochain|early next month|beginning of next month|anfang (?:des )?nachsten monats|principios del (?:mes proximo|proximo mes)|inizio del (?:mese prossimo|prossimo mese))${END}`,
  'gu',
);
/** "fin décembre", « à la fin du mois de décembre », "end of December", "Ende Dezember", "début janvier", "mid-January", "Mitte Januar". */
const PART_OF_MONTH = wordStartRegExp(
  `${W}(fin|end of|ende|finales de|fine|eind|debut|early|beginning of|anfang|principios de|inizio|begin|mi|mid|mitte|mediados de|meta)[ -](?:du mois (?:de |d')|de |d'|del |di )?(${MONTH_NAME_SOURCE})${END}`,
  'gu',
);
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, une: 1, one: 1, a: 1, an: 1, ein: 1, eine: 1, einer: 1, uno: 1, una: 1, een: 1,
  deux: 2, two: 2, zwei: 2, dos: 2, due: 2, twee: 2, trois: 3, three: 3, drei: 3, tres: 3, tre: 3, drie: 3,
  quatre: 4, four: 4, vier: 4, cuatro: 4, quattro: 4, cinq: 5, five: 5, funf: 5, cinco: 5, cinque: 5, vijf: 5,
  huit: 8, eight: 8, acht: 8, ocho: 8, otto: 8, dix: 10, ten: 10, zehn: 10, diez: 10, dieci: 10, tien: 10,
  quinze: 15, fifteen: 15, quince: 15, quindici: 15, vijftien: 15,
};
const NUMBER_WORD_SOURCE = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');
/** "sous 8 jours", "within 10 days", "in 2 weeks", "innerhalb von 14 Tagen", "entro 10 giorni", "sous 48h". */
const WITHIN = new RegExp(
  `${W}(?:sous|dans|d'ici|within|in|innerhalb(?: von)?|in den nachsten|binnen|en|dentro de|entro|tra|fra|nei prossimi|over)\\s{1,3}(\\d{1,3}|${NUMBER_WORD_SOURCE})\\s{0,2}` +
    `(jours?|j|days?|tagen?|dias|giorni|dagen|semaines?|weeks?|wochen?|semanas?|settimane|settimana|weken|h|heures?|hours?|stunden|horas|ore|uur)${END}`,
  'gu',
);
/** "sous huitaine", "sous quinzaine": French for 8 and 15 days. */
const FRENCH_DAY_COUNTS = wordStartRegExp(`${W}(?:sous|dans|d'ici) (?:une )?(huitaine|quinzaine)${END}`, 'gu');
/** "le 15", "the 15th", "am 15.", "el 15", "el día 20", "il giorno 20", "até dia 28", "op 15": a day of this month or the next. */
const DAY_OF_MONTH = wordStartRegExp(String.raw`(?<![\p{L}\d])(?:(?:(?:el|il|al|o|no|ao)\s)?(?:d[ií]a|giorno)|le|du|au|el|il|op|the (?=\d{1,2}(?:st|nd|rd|th))|am (?=\d{1,2}\.))\s?(\d{1,2})(?:er|st|nd|rd|th|\.)?(?![\d/.:,]\d|\d|\p{L}|\s?(?:h\b|%|€|\$|£)|\s(?:jours?|days?|tage|dias|giorni)\b)`, 'gu');
/** A numeric day and month without a year: "le 18/11", "am 18.11.". */
const DAY_MONTH = /(?<![\d/.-])(\d{1,2})[/.](\d{1,2})(?![\d]|[/.]\d)/g;
/**
 * The same with a hyphen, « voor 20-11 », "scheduled for 20-11": a two-digit month, not a range of days, hours or
 * amounts ("10-12 jours", "14-16h", "30-60 €").
 */
const DAY_MONTH_HYPHEN = /(?<![\d/.-])(\d{1,2})-(\d{2})(?![\d]|[-/.]\d|\s?(?:[a-z]*tag\w*|[a-z]*days?|jours?|j|dagen|werkdagen|dias|giorni|semaines?|weeks?|wochen|weken|semanas?|settimane|mois|months?|monat\w*|maanden|meses|mesi|h|heures?|hours?|uur|uhr|stunden|horas|ore|min\w*|%|€|\$|£|eur|euros?|ans?|years?|jahr\w*)(?![a-z]))/g;
/** The words that number a clause or a section before its number: « Ziff. », « art. », "section", "par. 11.3", « § », « chapitre », « pkt », « Abs. ». */
const CLAUSE_NUMBER_BEFORE = /(?:ziff\.?|ziffer|art\.?|artikel|article|articolo|articulo|§|clause|section|sect\.|para\.?|par\.|paragraph|pkt\.?|ust\.?|abs\.?|chapitre|chapter|kapitel|point|punkt|punto|pos\.?)[ \t]*$/;

function nextWeekday(reference: string, target: number, strictlyAfter: boolean): string {
  let delta = (target - weekday(reference) + 7) % 7;
  if (delta === 0 && strictlyAfter) delta = 7;
  return addDays(reference, delta);
}

function mondayOfNextWeek(reference: string): string {
  return nextWeekday(reference, 1, true);
}

function parts(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

/** The first day `day` of a month on or after the reference: this month, else the next. */
function dayOfMonthOnOrAfter(reference: string, day: number): string | null {
  const [y, m, d] = parts(reference);
  if (day >= d && day <= daysInMonth(y, m)) return toIsoDate(y, m, day);
  const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
  return day >= 1 && day <= daysInMonth(ny, nm) ? toIsoDate(ny, nm, day) : null;
}

/** A month name right before a day ("fin janvier (le 31)"). */
const MONTH_BEFORE = /(\p{L}{4,})\s?[,(]?\s?$/u;

/** Which days a part of a month holds: « début » the first ten, « mi- » the middle ten, « fin » from the 20th. */
function dayInPart(part: string, day: number): boolean {
  if (/^(fin|end of|ende|finales de|fine|eind)$/.test(part)) return day >= 20 && day <= 31;
  if (/^(mi|mid|mitte|mediados de|meta)$/.test(part)) return day >= 10 && day <= 20;
  return day >= 1 && day <= 10;
}

/**
 * « le lendemain », "the day after", « am Tag danach »: the day after the one named before (« le surlendemain »: two days
 * after); « ese mismo día », « le jour même », "that same day", « dans la foulée » (« Les mariés nous règlent le 10/12, on vous vire
 * le solde dans la foulée »), "right after that": that day itself.
 */
const SAME_DAY = /mismo|meme|same|very|selben|gleichen|stesso|dezelfde|foulee|right|straight|gleich danach|direkt danach|subito|justo/;
const DAY_AFTER = wordStartRegExp(
  `${W}(?:(?:ese|el|aquel) mismo dia|(?:le|ce) jour meme|le meme jour|(?:that|the) (?:very |same )+day|am (?:selben|gleichen) tag|(?:lo )?stesso giorno|dezelfde dag|le (sur)?lendemain|(?:the )?(?:next )?day after(?! tomorrow)|the following day|am (?:folgenden|nachsten) tag|am tag danach|tags darauf|al dia siguiente|el dia siguiente|il giorno dopo|il giorno successivo|de dag (?:erna|daarna)|(?:o|no) dia seguinte|dans la foulee|(?:right|straight) after that|(?:gleich|direkt) danach|subito dopo|justo despues)${END}`,
  'gu',
);

/** "il 20 p.v." (prossimo venturo), "le 5 du mois prochain", "the 5th of next month": that day of the next month. */
const OF_NEXT_MONTH = /^\s?(?:p\.\s?v\.?|pv(?![\p{L}])|prossimo venturo|del (?:mese )?prossimo(?: mese)?|du mois (?:prochain|suivant)|of (?:the )?(?:next|following) month|next month|des (?:nachsten|naechsten|kommenden) monats|del (?:mes )?proximo(?: mes)?|del mes que viene|van (?:de )?volgende maand)/u;

function dayOfNextMonth(reference: string, day: number): string | null {
  const [y, m] = parts(reference);
  const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
  return day >= 1 && day <= daysInMonth(ny, nm) ? toIsoDate(ny, nm, day) : null;
}

/** A day of `month` on or after the reference (this year, else next year); `day` may depend on the year. */
function nextOccurrence(reference: string, month: number, day: (year: number) => number): string {
  const [y] = parts(reference);
  const thisYear = toIsoDate(y, month, day(y));
  return thisYear >= reference ? thisYear : toIsoDate(y + 1, month, day(y + 1));
}

function firstOfNextMonth(reference: string): string {
  return addDays(endOfMonth(reference), 1);
}

function resolveOptions(opts: string | RelativeDateOptions | undefined): { order: DateOrder } {
  const o = typeof opts === 'string' ? { lang: opts } : (opts ?? {});
  return { order: o.order ?? (/^en-us$/i.test(o.lang ?? '') ? 'MDY' : 'DMY') };
}

function writtenDateReadings(text: string, folded: string, reference: string, order: DateOrder, taken: Uint8Array): Reading[] {
  const year = Number(reference.slice(0, 4));
  const out: Reading[] = [];
  const mark = (index: number, end: number) => taken.fill(1, index, end);
  for (const d of findDates(text, { order, referenceYear: year })) {
    mark(d.index, d.end);
    const hasYear = /\d{4}|[-/.]\d{2}$/.test(d.raw);
    // A day and month without a year is the next such date; a dated day before the reference is no promise.
    const iso = !hasYear && d.iso < reference ? `${year + 1}${d.iso.slice(4)}` : d.iso;
    if (iso >= reference) out.push({ index: d.index, dates: [iso] });
  }
  for (const m of [...folded.matchAll(DAY_MONTH), ...folded.matchAll(DAY_MONTH_HYPHEN)]) {
    if (taken[m.index]) continue;
    // « (Ziff. 7.3) », "section 4.2", « art. 12.1 »: a clause's number, not a day
    if (CLAUSE_NUMBER_BEFORE.test(folded.slice(Math.max(0, m.index - 12), m.index))) continue;
    const [first, second] = [Number(m[1]), Number(m[2])];
    const [day, month] = order === 'MDY' && first <= 12 ? [second, first] : [first, second];
    const thisYear = isValidYmd(year, month, day) ? toIsoDate(year, month, day) : null;
    const iso = thisYear && thisYear >= reference ? thisYear : isValidYmd(year + 1, month, day) ? toIsoDate(year + 1, month, day) : null;
    if (!iso) continue;
    mark(m.index, m.index + m[0].length);
    out.push({ index: m.index, dates: [iso] });
  }
  return out;
}

/** The first day after `reference` (within four months) numbered `day` that falls on `target` weekday. */
function nextDayOnWeekday(reference: string, day: number, target: number): string | null {
  let year = Number(reference.slice(0, 4));
  let month = Number(reference.slice(5, 7));
  for (let i = 0; i < 5; i++) {
    if (day <= daysInMonth(year, month)) {
      const iso = toIsoDate(year, month, day);
      if (iso > reference && weekday(iso) === target) return iso;
    }
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return null;
}

/** An ordinal before a weekday: "the second Friday", « le deuxième vendredi », « il secondo venerdì », « am letzten Freitag »… (-1: the last). */
const ORDINAL_BEFORE = new RegExp(
  `${W}(?:(first|1st|premier|1er|primo|primer|primero|primera|primeira|primeiro|erste[mnr]?|eerste)|(second|2nd|deuxieme|2e|2eme|secondo|seconda|segundo|segunda|zweite[mnr]?|tweede)|(third|3rd|troisieme|3e|3eme|terzo|terza|tercer|tercero|tercera|terceira|terceiro|dritte[mnr]?|derde)|(fourth|4th|quatrieme|4e|4eme|quarto|quarta|cuarto|cuarta|vierte[mnr]?|vierde)|(last|dernier|ultimo|ultima|letzte[mnr]?|laatste))\\s+$`,
  'u',
);
/** What follows such a weekday to make it a day of a month: "of December", « de décembre », « du mois (prochain) », "of next month", « im Dezember ». */
const OF_MONTH_AFTER = new RegExp(
  `^\\s+(?:of|in|de|du|di|del|im|des|van|da|do)\\s+(?:(?:the|la|le|el|il|ce|this|dieses|deze)\\s+)?(?:(${MONTH_NAME_SOURCE})|(?:(next|following|prochain|prossimo|proximo|nachsten|naechsten|kommenden|volgende)\\s+)?(?:mois|month|mese|mes|monats|maand)(?:\\s+(prochain|suivant|prossimo|proximo|que viene|que vem))?)${END}`,
  'u',
);

/** A weekday ending or opening a range: "Mon-Fri", « du lundi au vendredi », "Monday to Friday", « Mo–Fr », "bis Freitag". */
const RANGE_TO_WEEKDAY = new RegExp(`^\\s*(?:-|–|—|to|au|a|bis|al|tot)\\s*(?:${Object.keys(WEEKDAY_NUMBERS).join('|')})(?![\\p{L}])`, 'u');
const RANGE_FROM_WEEKDAY = new RegExp(`(?:${Object.keys(WEEKDAY_NUMBERS).join('|')})\\s*(?:-|–|—|to|au|a|bis|al|tot)\\s*$`, 'u');
const WEEKDAY_AFTER = new RegExp(`^\\s+(?:${WEEKDAY_NAMES.join('|')})${END}`, 'u');

/** The `n`th (-1: last) `target` weekday of a month. */
function nthWeekdayOfMonth(year: number, month: number, target: number, n: number): string {
  if (n < 0) {
    const last = toIsoDate(year, month, daysInMonth(year, month));
    return addDays(last, -((weekday(last) - target + 7) % 7));
  }
  const first = toIsoDate(year, month, 1);
  return addDays(first, (target - weekday(first) + 7) % 7 + 7 * (n - 1));
}

/** "the second Friday of December", « le premier lundi du mois prochain »: the day it names on or after `reference`, or null. */
function ordinalWeekdayDate(folded: string, start: number, end: number, target: number, reference: string, taken: Uint8Array): string | null {
  const before = folded.slice(Math.max(0, start - 16), start);
  const ordinal = ORDINAL_BEFORE.exec(before);
  if (!ordinal) return null;
  const month = OF_MONTH_AFTER.exec(folded.slice(end, end + 40));
  if (!month) return null;
  // (« le 2e mardi » names no 2nd of the month)
  taken.fill(1, start - before.length + ordinal.index, end + month[0].length);
  const n = ordinal[5] ? -1 : [1, 2, 3, 4].find((i) => ordinal[i])!;
  const year = Number(reference.slice(0, 4));
  const thisMonth = Number(reference.slice(5, 7));
  const next: [number, number] = thisMonth === 12 ? [year + 1, 1] : [year, thisMonth + 1];
  if (month[1]) {
    const named = MONTH_NAMES[month[1]]!;
    const date = nthWeekdayOfMonth(year, named, target, n);
    return date >= reference ? date : nthWeekdayOfMonth(year + 1, named, target, n);
  }
  if (month[2] || month[3]) return nthWeekdayOfMonth(...next, target, n);
  // « le premier lundi du mois »: this month's if still ahead, else next month's
  const date = nthWeekdayOfMonth(year, thisMonth, target, n);
  return date >= reference ? date : nthWeekdayOfMonth(...next, target, n);
}

function weekdayReadings(folded: string, reference: string, taken: Uint8Array): { readings: Reading[]; nextWeekUsed: boolean } {
  const readings: Reading[] = [];
  let nextWeekUsed = false;
  for (const m of folded.matchAll(WEEKDAY)) {
    if (taken[m.index]) continue;
    const target = WEEKDAY_NUMBERS[m[1]!]!;
    const end = m.index + m[0].length;
    // Portuguese « a segunda sexta-feira »: an ordinal, not Monday
    if (WEEKDAY_AFTER.test(folded.slice(end, end + 16))) continue;
    // A range of weekdays, "Mon-Fri", « du lundi au vendredi », "Monday to Friday": opening hours, no day.
    if (RANGE_TO_WEEKDAY.test(folded.slice(end, end + 16)) || RANGE_FROM_WEEKDAY.test(folded.slice(Math.max(0, m.index - 16), m.index))) continue;
    const ordinal = ordinalWeekdayDate(folded, m.index, end, target, reference, taken);
    if (ordinal) {
      readings.push({ index: m.index, dates: [ordinal] });
      continue;
    }
    const day = /^[ ,.]{0,3}(\d{1,2})(?:er|st|nd|rd|th|\.)?(?![\d/.-])/.exec(folded.slice(m.index + m[0].length, m.index + m[0].length + 8));
    if (day) {
      // "lundi 15 décembre": the weekday only names a written date. "el viernes 28", "vendredi 5": the next
      // day of that number falling on that weekday.
      if (findDates(folded.slice(m.index, m.index + m[0].length + 30), { referenceYear: Number(reference.slice(0, 4)) }).length) continue;
      const date = nextDayOnWeekday(reference, Number(day[1]), target);
      if (date) readings.push({ index: m.index, dates: [date] });
      continue;
    }
    const around = folded.slice(Math.max(0, m.index - 25), m.index + m[0].length + 25);
    if (NEXT_WEEK_NEARBY.test(around)) {
      // "vendredi de la semaine prochaine", "next week on Tuesday".
      nextWeekUsed = true;
      readings.push({ index: m.index, dates: [addDays(mondayOfNextWeek(reference), (target + 6) % 7)] });
      continue;
    }
    const first = nextWeekday(reference, target, true);
    const near = folded.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12);
    // "next Friday" said early in a week may mean this week's Friday or the following one. (Said the day before, labelers
    // split: some read the following week's, most count their ladder from the nearer one; the nearer comes first.)
    readings.push({ index: m.index, dates: NEXT_WORD.test(near) ? [first, addDays(first, 7)] : [first] });
  }
  return { readings, nextWeekUsed };
}

/**
 * Chinese, Japanese and Korean weekdays, written against the words around them: "下周五安排付款" (Friday of next week),
 * "周五", "来週金曜日", "来週の金曜日", "다음 주 금요일", "이번 주 금요일". Group 1 (or 3, 5): the week; group 2 (or 4, 6): the day.
 */
const CJK_WEEKDAY = /(下下|下个|下個|下|本|这|這)?(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])|(?:(来週|來週|今週|再来週)の?)?([月火水木金土日])曜日?|(다음\s?주|이번\s?주|다다음\s?주)?\s?([월화수목금토일])요일/gu;
const CJK_DAY_NUMBER: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0, 月: 1, 火: 2, 水: 3, 木: 4, 金: 5, 土: 6,
  월: 1, 화: 2, 수: 3, 목: 4, 금: 5, 토: 6, 일: 0,
};
const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]/;

function cjkWeekdayReadings(folded: string, reference: string): Reading[] {
  if (!CJK.test(folded)) return [];
  const out: Reading[] = [];
  for (const m of folded.matchAll(CJK_WEEKDAY)) {
    const week = (m[1] ?? m[3] ?? m[5] ?? '').replace(/\s/g, '');
    const target = CJK_DAY_NUMBER[(m[2] ?? m[4] ?? m[6])!]!;
    const dayOfWeekFrom = (monday: string) => addDays(monday, (target + 6) % 7);
    if (/^(?:下下|再来週|다다음주)$/.test(week)) out.push({ index: m.index, dates: [dayOfWeekFrom(addDays(mondayOfNextWeek(reference), 7))] });
    else if (/^(?:下个|下個|下|来週|來週|다음주)$/.test(week)) out.push({ index: m.index, dates: [dayOfWeekFrom(mondayOfNextWeek(reference))] });
    else if (week) out.push({ index: m.index, dates: [nextWeekday(reference, target, false)] });
    else out.push({ index: m.index, dates: [nextWeekday(reference, target, true)] });
  }
  return out;
}

function fixedReadings(folded: string, reference: string): Reading[] {
  const out: Reading[] = [];
  const each = (re: RegExp, dates: (m: RegExpExecArray) => (string | null)[]) => {
    for (const m of folded.matchAll(re)) {
      const found = dates(m).filter((d): d is string => d !== null);
      if (found.length) out.push({ index: m.index, dates: found });
    }
  };
  each(TODAY, () => [reference]);
  each(TOMORROW, () => [addDays(reference, 1)]);
  each(AFTER_TOMORROW, () => [addDays(reference, 2)]);
  each(CHRISTMAS, () => [nextOccurrence(reference, 12, () => 24)]);
  each(WEEK_AFTER_CHRISTMAS, () => [nextWeekday(nextOccurrence(reference, 12, () => 25), 1, false)]);
  each(AFTER_ALL_SAINTS_HOLIDAYS, () => [nextWeekday(nextOccurrence(reference, 11, () => 1), 1, true)]);
  each(START_OF_NEXT_WEEK, () => [mondayOfNextWeek(reference)]);
  // (the end of next week is the Friday of the week "next week" names: said on a Saturday, the coming one)
  each(END_OF_WEEK, (m) => [m[1] || m[2] ? addDays(mondayOfNextWeek(reference), 4) : nextWeekday(reference, 5, false)]);
  // Said on a Sunday, "ce week-end" is that day.
  each(THIS_WEEKEND, () => (weekday(reference) === 0 ? [reference] : [nextWeekday(reference, 6, false), nextWeekday(reference, 0, false)]));
  each(END_OF_MONTH, (m) => [m[1] || m[2] ? endOfMonth(firstOfNextMonth(reference)) : endOfMonth(reference)]);
  each(START_OF_NEXT_MONTH, () => [firstOfNextMonth(reference)]);
  each(PART_OF_MONTH, (m) => {
    const month = MONTH_NAMES[m[2]!]!;
    const part = m[1]!;
    if (/^(fin|end of|ende|finales de|fine|eind)$/.test(part)) return [nextOccurrence(reference, month, (y) => daysInMonth(y, month))];
    if (/^(mi|mid|mitte|mediados de|meta)$/.test(part)) return [nextOccurrence(reference, month, () => 15)];
    return [nextOccurrence(reference, month, () => 1)];
  });
  each(WITHIN, (m) => {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!]!;
    const unit = m[2]!;
    if (/^(h|heures?|hours?|stunden|horas|ore|uur)$/.test(unit)) return [addDays(reference, Math.ceil(n / 24))];
    const weeks = /^(semaines?|weeks?|wochen?|semanas?|settimane|settimana|weken)$/.test(unit);
    return [addDays(reference, weeks ? 7 * n : n)];
  });
  each(FRENCH_DAY_COUNTS, (m) => [addDays(reference, m[1] === 'huitaine' ? 8 : 15)]);
  return out;
}

/**
 * Every defensible reading of the date a sentence promises, in the order the sentence says them, each
 * wording's most likely reading first: written dates ("le 18/11", "15 décembre"), "demain", "vendredi
 * (prochain)", "next Friday", "fin du mois", "sous 8 jours", "le 15"… `referenceIso` is the day the
 * sentence was written; dates before it are not promises and are left out.
 */
export function resolveRelativeDateCandidates(
  text: string,
  referenceIso: string,
  lang?: string | RelativeDateOptions,
): string[] {
  const out: string[] = [];
  for (const r of relativeDateReadings(text, referenceIso, lang)) for (const d of r.dates) if (d >= referenceIso && !out.includes(d)) out.push(d);
  return out;
}

/**
 * Whether a text names a day counted from another named before it (« le lendemain », « dans la foulée », « le lundi qui
 * suit », "the following Monday"): such a day is read with the text before it, where the other day stands.
 */
export function countsFromADayBefore(text: string): boolean {
  const folded = fold(text);
  for (const re of [DAY_AFTER, WEEKDAY_AFTER_NAMED_DAY]) {
    re.lastIndex = 0;
    const found = re.test(folded);
    re.lastIndex = 0;
    if (found) return true;
  }
  return false;
}

/** Where a text names days, relative or written, and which: its readings in the text's order (index: where each starts). */
export function relativeDateReadings(text: string, referenceIso: string, lang?: string | RelativeDateOptions): Reading[] {
  const { order } = resolveOptions(lang);
  const folded = fold(text);
  const taken = new Uint8Array(text.length);
  const readings = writtenDateReadings(text, folded, referenceIso, order, taken);
  const weekdays = weekdayReadings(folded, referenceIso, taken);
  // A weekday followed by the date it falls on names that date ("lundi 14/12", "Monday, December 14", « divendres vinent, 20/11 »),
  // not the next such weekday: the date says which one.
  const written = [...readings];
  const named = weekdays.readings.filter((w) => !written.some((r) => r.index > w.index && r.index - w.index <= 26 && r.dates.length === 1 && weekday(r.dates[0]!) === weekday(w.dates[0]!) && !/[.!?;\n]/.test(folded.slice(w.index, r.index))));
  readings.push(...named, ...cjkWeekdayReadings(folded, referenceIso), ...hebrewWeekdayReadings(folded, referenceIso), ...fixedReadings(folded, referenceIso));
  if (!weekdays.nextWeekUsed) {
    // (not the "next week" of « fin de semaine prochaine », "end of next week": that one is read as its Friday)
    const endsOfWeek = [...folded.matchAll(END_OF_WEEK)].map((m) => [m.index, m.index + m[0].length] as const);
    for (const m of folded.matchAll(NEXT_WEEK)) {
      if (!endsOfWeek.some(([from, to]) => m.index >= from && m.index < to)) readings.push({ index: m.index, dates: [mondayOfNextWeek(referenceIso)] });
    }
  }
  for (const m of folded.matchAll(CALENDAR_WEEK)) readings.push({ index: m.index, dates: calendarWeekDays(referenceIso, Number(m[1])) });
  const parts = [...folded.matchAll(PART_OF_MONTH)];
  const refined = new Set<number>();
  const daysOfMonth: Reading[] = [];
  for (const m of folded.matchAll(DAY_OF_MONTH)) {
    if (taken[m.index + m[0].length - 1]) continue;
    const end = m.index + m[0].length;
    const day = Number(m[1]);
    // "fin janvier (le 31)", "janvier, le 15": the day of the month just named.
    const word = MONTH_BEFORE.exec(folded.slice(Math.max(0, m.index - 16), m.index));
    const named = word && monthOfName(word[1]!) ? word : null;
    // « je règle début décembre après la paie du lait de novembre, vers le 5 »: a day in the part of a month named
    // before it is that day of that month, and says it more precisely.
    const part = parts.findLast((p) => p.index < m.index && m.index - p.index <= 80 && dayInPart(p[1]!, day));
    const month = named ? monthOfName(named[1]!) : part ? MONTH_NAMES[part[2]!]! : null;
    if (part && MONTH_NAMES[part[2]!] === month) refined.add(part.index);
    const iso = month
      ? nextOccurrence(referenceIso, month, () => day)
      : OF_NEXT_MONTH.test(folded.slice(end, end + 24))
        ? dayOfNextMonth(referenceIso, day)
        : dayOfMonthOnOrAfter(referenceIso, day);
    if (iso) {
      const reading = { index: m.index, dates: [iso] };
      readings.push(reading);
      daysOfMonth.push(reading);
    }
  }
  // "Friday the 11th": a weekday followed by the day of the month it falls on names that day, not the next such weekday.
  const pinned = new Set(named.filter((w) => daysOfMonth.some((r) => r.index > w.index && r.index - w.index <= 16 && weekday(r.dates[0]!) === weekday(w.dates[0]!) && !/[.!?;\n]/.test(folded.slice(w.index, r.index)))));
  // « fin octobre (le 30/10) »: a date written out after the part of its month says that part more precisely too.
  for (const r of written) {
    const iso = r.dates.length === 1 ? r.dates[0]! : null;
    if (!iso) continue;
    const part = parts.findLast((p) => p.index < r.index && r.index - p.index <= 40 && MONTH_NAMES[p[2]!] === Number(iso.slice(5, 7)) && dayInPart(p[1]!, Number(iso.slice(8, 10))));
    if (part) refined.add(part.index);
  }
  const kept = refined.size || pinned.size ? readings.filter((r) => !refined.has(r.index) && !pinned.has(r)) : readings;
  kept.sort((a, b) => a.index - b.index);
  // "je te fais le virement le lendemain" after « la coop paie le lait le 10 décembre »: the day after the day named before.
  for (const m of folded.matchAll(DAY_AFTER)) {
    const before = kept.findLast((r) => r.index < m.index);
    const days = m[1] ? 2 : SAME_DAY.test(m[0]) ? 0 : 1;
    if (before?.dates.length) kept.push({ index: m.index, dates: [addDays(before.dates[0]!, days)], after: before.dates[0]! });
  }
  // « l'assemblée générale … le vendredi 11 décembre. On vous fait le virement le lundi qui suit », "the following Monday":
  // the first such weekday after the day named before, not the next one from today.
  for (const m of folded.matchAll(WEEKDAY_AFTER_NAMED_DAY)) {
    const day = m.index + m[0].indexOf(m[1] ?? m[2]!);
    const before = kept.findLast((r) => r.index < m.index && r.dates.length > 0);
    if (!before) continue;
    const at = kept.findIndex((r) => r.index === day);
    if (at >= 0) kept.splice(at, 1);
    kept.push({ index: day, dates: [nextWeekday(before.dates[0]!, WEEKDAY_NUMBERS[m[1] ?? m[2]!]!, true)], after: before.dates[0]! });
  }
  kept.sort((a, b) => a.index - b.index);
  return kept;
}

/** A weekday said to follow the day named before it: « le lundi qui suit », « le lundi suivant », "the following Monday", "the Monday after". */
const WEEKDAY_AFTER_NAMED_DAY = wordStartRegExp(
  `${W}(?:(${WEEKDAY_NAMES.join('|')})\\s+(?:qui\\s+suit|suivant|d'apres|after(?!\\s+(?:next|tomorrow))|danach|darauf|seguente|successivo|siguiente|daarna|erna)|(?:the|le)\\s+following\\s+(${WEEKDAY_NAMES.join('|')}))${END}`,
  'gu',
);

/** Hebrew weekdays: "ביום שלישי הבא" (next Tuesday: this coming one or the week after's, as "next Friday" reads), "ביום חמישי". */
const HEBREW_WEEKDAY = /(?<![\u0590-\u05ff])(?:ב?יום\s+)(ראשון|שני|שלישי|רביעי|חמישי|שישי)(\s+הבא)?(?![\u0590-\u05ff])/gu;
const HEBREW_DAYS = ['ראשון', 'שני', 'שלישי', 'רביעי', 'חמישי', 'שישי'];
function hebrewWeekdayReadings(folded: string, reference: string): { index: number; dates: string[] }[] {
  if (!/[\u0590-\u05ff]/.test(folded)) return [];
  return [...folded.matchAll(HEBREW_WEEKDAY)].map((m) => {
    const first = nextWeekday(reference, HEBREW_DAYS.indexOf(m[1]!), true);
    return { index: m.index, dates: m[2] ? [first, addDays(first, 7)] : [first] };
  });
}

/** "in KW 47", "Kalenderwoche 47", "week 47", "semaine 47": an ISO calendar week. */
const CALENDAR_WEEK = /(?<![\p{L}])(?:kw|kalenderwoche|calendar\s+week|semaine|semana|settimana|week|wk)\.?\s?(\d{1,2})(?!\d)/gu;

/** The working days of ISO week `week` (its Friday first, the day a week's promise is due), this year or the next. */
function calendarWeekDays(reference: string, week: number): string[] {
  if (week < 1 || week > 53) return [];
  const mondayOfWeek = (year: number): string => {
    // ISO week 1 holds 4 January; its Monday is 4 January minus its weekday (Monday = 1 … Sunday = 7).
    const jan4 = `${year}-01-04`;
    const monday1 = addDays(jan4, -((weekday(jan4) + 6) % 7));
    return addDays(monday1, 7 * (week - 1));
  };
  let monday = mondayOfWeek(Number(reference.slice(0, 4)));
  if (addDays(monday, 4) < reference) monday = mondayOfWeek(Number(reference.slice(0, 4)) + 1);
  return [addDays(monday, 4), monday, addDays(monday, 1), addDays(monday, 2), addDays(monday, 3)];
}

/** The first date a sentence promises, or null. */
export function resolveRelativeDate(text: string, referenceIso: string, lang?: string | RelativeDateOptions): string | null {
  return resolveRelativeDateCandidates(text, referenceIso, lang)[0] ?? null;
}
