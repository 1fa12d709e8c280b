import { execAll } from '../../text/exec-all';
import { isValidYmd, toIsoDate } from '../../calendar/iso-date';
import { fold } from '../../text/fold';
import { wordStartRegExp } from '../../text/word-start-regexp';

/** How an all-numeric date is read when both numbers could be the month: Europe writes day first, the US month first. */
export type DateOrder = 'DMY' | 'MDY';

export interface DateMatch {
  iso: string;
  /** The date as written, `text.slice(index, end)`. */
  raw: string;
  index: number;
  end: number;
}

export interface DateOptions {
  order?: DateOrder;
  /** Year given to a day and month written without one ("15 décembre"); without it such dates are not read. */
  referenceYear?: number;
  /** Also read compact dates "20261215" (off by default: invoice numbers look the same). */
  compact?: boolean;
}

/** Month names and abbreviations, folded (lower case, no accents), in fr, en, de, es, it, nl, pt, ca, and the
 * Scandinavian, Finnish, Baltic, Hungarian, Croatian, Slovak, Polish, Czech, Romanian, Turkish, Greek, Bulgarian, Russian, Ukrainian and Arabic
 * (Gulf, Egyptian and Maghreb names, folded: « أكتوبر » → « اكتوبر ») forms (Polish, Czech and Greek in the nominative and in the genitive a
 * date uses: "15 grudnia", "15. listopadu", "23 Αυγούστου 2026"). */
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['janvier', 'janv', 'jan', 'january', 'januar', 'janner', 'jaenner', 'enero', 'ene', 'gennaio', 'genn', 'gen', 'januari', 'janeiro', 'xaneiro', 'gener', 'styczen', 'stycznia', 'ianuarie', 'ledna', 'leden', 'ιανουαριος', 'ιανουαριου', 'ιαν', 'ocak', 'януари', 'яну', 'января', 'январь', 'січня', 'січень', 'tammikuuta', 'tammikuu', 'jaanuar', 'janvaris', 'janvara', 'januara', 'sausio', 'sijecnja', 'يناير', 'جانفي'],
  ['fevrier', 'fevr', 'fev', 'february', 'feb', 'febr', 'februar', 'febrero', 'febbraio', 'februari', 'fevereiro', 'febreiro', 'febrer', 'luty', 'lutego', 'februarie', 'unora', 'unor', 'φεβρουαριος', 'φεβρουαριου', 'φεβ', 'subat', 'февруари', 'фев', 'февраля', 'февраль', 'лютого', 'лютии', 'helmikuuta', 'helmikuu', 'veebruar', 'februaris', 'februara', 'vasario', 'veljace', 'فبراير', 'فيفري'],
  ['mars', 'march', 'mar', 'marz', 'maerz', 'mrz', 'marzo', 'maart', 'mrt', 'marco', 'marts', 'marzec', 'marca', 'martie', 'brezna', 'brezen', 'μαρτιος', 'μαρτιου', 'mart', 'март', 'марта', 'березня', 'березень', 'maaliskuuta', 'maaliskuu', 'marcius', 'marta', 'kovo', 'ozujka', 'مارس'],
  ['avril', 'avr', 'april', 'apr', 'abril', 'abr', 'aprile', 'kwiecien', 'kwietnia', 'aprilie', 'dubna', 'duben', 'απριλιος', 'απριλιου', 'απρ', 'nisan', 'април', 'апр', 'апреля', 'апрель', 'квітня', 'квітень', 'huhtikuuta', 'huhtikuu', 'aprilis', 'aprill', 'aprila', 'balandzio', 'travnja', 'ابريل', 'افريل'],
  ['mai', 'may', 'mayo', 'maggio', 'mag', 'mei', 'maio', 'maig', 'maj', 'maja', 'kvetna', 'kveten', 'μαιος', 'μαιου', 'μαι', 'mayis', 'маи', 'мая', 'травня', 'травень', 'toukokuuta', 'toukokuu', 'majus', 'maijs', 'maija', 'geguzes', 'svibnja', 'مايو', 'ماي'],
  ['juin', 'june', 'jun', 'juni', 'junio', 'giugno', 'giu', 'junho', 'xuno', 'juny', 'czerwiec', 'czerwca', 'iunie', 'cervna', 'cerven', 'ιουνιος', 'ιουνιου', 'ιουν', 'haziran', 'юни', 'июня', 'июнь', 'червня', 'червень', 'kesakuuta', 'kesakuu', 'junius', 'junijs', 'junija', 'juuni', 'juna', 'birzelio', 'lipnja', 'يونيو', 'يونيه', 'جوان'],
  ['juillet', 'juil', 'july', 'jul', 'juli', 'julio', 'luglio', 'lug', 'julho', 'xullo', 'juliol', 'lipiec', 'lipca', 'iulie', 'cervence', 'cervenec', 'ιουλιος', 'ιουλιου', 'ιουλ', 'temmuz', 'юли', 'июля', 'июль', 'липня', 'липень', 'heinakuuta', 'heinakuu', 'julius', 'julijs', 'julija', 'juuli', 'jula', 'liepos', 'srpnja', 'يوليو', 'يوليه', 'جويلية', 'يوليوز'],
  ['aout', 'august', 'aug', 'agosto', 'ago', 'augustus', 'augusti', 'sierpien', 'sierpnia', 'srpna', 'srpen', 'αυγουστος', 'αυγουστου', 'αυγ', 'agustos', 'август', 'авг', 'августа', 'серпня', 'серпень', 'elokuuta', 'elokuu', 'augusztus', 'agust', 'augusts', 'augusta', 'rugpjucio', 'kolovoza', 'اغسطس', 'اوت', 'غشت'],
  ['septembre', 'sept', 'sep', 'september', 'septamber', 'septiembre', 'setiembre', 'settembre', 'sett', 'set', 'setembro', 'setembre', 'wrzesien', 'wrzesnia', 'septembrie', 'zari', 'σεπτεμβριος', 'σεπτεμβριου', 'σεπ', 'σεπτ', 'eylul', 'септември', 'сеп', 'сентября', 'сентябрь', 'вересня', 'вересень', 'syyskuuta', 'syyskuu', 'szeptember', 'septembris', 'septembra', 'rugsejo', 'rujna', 'سبتمبر', 'شتنبر'],
  ['octobre', 'oct', 'october', 'oktober', 'okt', 'octubre', 'ottobre', 'ott', 'outubro', 'pazdziernik', 'pazdziernika', 'octombrie', 'rijna', 'rijen', 'οκτωβριος', 'οκτωβριου', 'οκτ', 'ekim', 'октомври', 'окт', 'октября', 'октябрь', 'жовтня', 'жовтень', 'lokakuuta', 'lokakuu', 'oktoober', 'oktobris', 'oktobra', 'spalio', 'اكتوبر'],
  ['novembre', 'nov', 'november', 'novamber', 'noviembre', 'novembro', 'listopad', 'listopada', 'noiembrie', 'listopadu', 'νοεμβριος', 'νοεμβριου', 'νοε', 'kasim', 'ноември', 'ное', 'ноября', 'ноябрь', 'листопада', 'листопад', 'marraskuuta', 'marraskuu', 'novembris', 'novembra', 'lapkricio', 'studenoga', 'نوفمبر', 'نونبر'],
  ['decembre', 'dec', 'december', 'dezember', 'dezamber', 'dez', 'diciembre', 'dic', 'dicembre', 'dezembro', 'decembro', 'desembre', 'grudzien', 'grudnia', 'decembrie', 'prosince', 'prosinec', 'δεκεμβριος', 'δεκεμβριου', 'δεκ', 'aralik', 'декември', 'дек', 'декабря', 'декабрь', 'грудня', 'грудень', 'joulukuuta', 'joulukuu', 'desember', 'detsember', 'decembris', 'decembra', 'gruodzio', 'prosinca', 'ديسمبر', 'دجنبر'],
];
const MONTH_INDEX = new Map<string, number>();
MONTHS.forEach((names, i) => names.forEach((name) => MONTH_INDEX.set(name, i + 1)));
const MONTH_SOURCE = [...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length).join('|');
/** The month (1–12) a folded full month name stands for ("janvier", "february", "grudnia"), or null. */
export function monthOfName(folded: string): number | null {
  return folded.length >= 4 ? (MONTH_INDEX.get(folded) ?? null) : null;
}
/** Abbreviations that are also common words ("mar", "set", "ago"…): trusted only when a year follows. */
const AMBIGUOUS_WITHOUT_YEAR = new Set(['mar', 'set', 'ago', 'gen', 'mag', 'giu', 'lug', 'ene', 'dic', 'sett', 'ott']);

/** Weekday names (folded) and their short forms, in the same languages. */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thurs: 4, fri: 5, sat: 6,
  sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6,
  domingo: 0, lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6,
  domenica: 0, lunedi: 1, martedi: 2, mercoledi: 3, giovedi: 4, venerdi: 5, sabato: 6,
  zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6,
  'segunda-feira': 1, 'terca-feira': 2, 'quarta-feira': 3, 'quinta-feira': 4, 'sexta-feira': 5,
  // as Portuguese speakers say them: "na sexta", "segunda que vem"
  segunda: 1, terca: 2, quarta: 3, quinta: 4, sexta: 5,
  diumenge: 0, dilluns: 1, dimarts: 2, dimecres: 3, dijous: 4, divendres: 5, dissabte: 6,
  // Swedish, Danish and Norwegian (folded: "måndag" → "mandag", "lørdag" → "lordag")
  sondag: 0, mandag: 1, tisdag: 2, tirsdag: 2, onsdag: 3, torsdag: 4, fredag: 5, lordag: 6,
  // Finnish (with the essive "perjantaina": on Friday), Estonian (with the adessive "reedel"), Latvian (with the
  // locative "piektdienā"), Lithuanian (with the accusative "penktadienį"); folded
  maanantai: 1, maanantaina: 1, tiistai: 2, tiistaina: 2, keskiviikko: 3, keskiviikkona: 3, torstai: 4, torstaina: 4, perjantai: 5, perjantaina: 5, lauantai: 6, lauantaina: 6, sunnuntai: 0, sunnuntaina: 0,
  esmaspaev: 1, esmaspaeval: 1, teisipaev: 2, teisipaeval: 2, kolmapaev: 3, kolmapaeval: 3, neljapaev: 4, neljapaeval: 4, reede: 5, reedel: 5, laupaev: 6, laupaeval: 6, puhapaev: 0, puhapaeval: 0,
  pirmdiena: 1, pirmdien: 1, otrdiena: 2, otrdien: 2, tresdiena: 3, tresdien: 3, ceturtdiena: 4, ceturtdien: 4, piektdiena: 5, piektdien: 5, sestdiena: 6, sestdien: 6, svetdiena: 0, svetdien: 0,
  pirmadienis: 1, pirmadieni: 1, antradienis: 2, antradieni: 2, treciadienis: 3, treciadieni: 3, ketvirtadienis: 4, ketvirtadieni: 4, penktadienis: 5, penktadieni: 5, sestadienis: 6, sestadieni: 6, sekmadienis: 0, sekmadieni: 0,
  // Czech and Slovak (folded; "sobota" is Polish's too, "piatok" Slovak's)
  pondeli: 1, utery: 2, streda: 3, ctvrtek: 4, patek: 5, nedele: 0, pondelok: 1, utorok: 2, stvrtok: 4, piatok: 5, nedela: 0,
  // Luxembourgish (folded: "Dënschdeg" → "denschdeg", "Mëttwoch" → "mettwoch")
  meindeg: 1, denschdeg: 2, mettwoch: 3, donneschdeg: 4, freideg: 5, samschdeg: 6, sonndeg: 0,
  // Polish, with the forms "w piątek" and "do piątku" take
  niedziela: 0, niedziele: 0, niedzieli: 0, poniedzialek: 1, poniedzialku: 1, wtorek: 2, wtorku: 2, sroda: 3, srode: 3, srody: 3,
  czwartek: 4, czwartku: 4, piatek: 5, piatku: 5, sobota: 6, sobote: 6, soboty: 6,
  // Slovenian, Croatian, Serbian and Bosnian (Latin, folded: "četvrtak" → "cetvrtak"), with the forms "do petka", "v petek" take
  ponedeljek: 1, ponedjeljak: 1, ponedeljak: 1, ponedeljka: 1, ponedjeljka: 1, torek: 2, torka: 2, utorak: 2, utorka: 2, sreda: 3, srijeda: 3, srede: 3, srijede: 3, sredu: 3, srijedu: 3,
  cetrtek: 4, cetrtka: 4, cetvrtak: 4, cetvrtka: 4, petek: 5, petka: 5, petak: 5, subota: 6, subote: 6, subotu: 6, nedelja: 0, nedjelja: 0, nedelje: 0, nedjelje: 0, nedeljo: 0, nedjelju: 0, nedelju: 0,
  // Bulgarian (folded: "неделя", "петък")
  неделя: 0, понеделник: 1, вторник: 2, сряда: 3, четвъртък: 4, петък: 5, събота: 6,
  // Russian and Ukrainian (folded: "пятница", "пʼятниця"), with the forms "до пятницы", "в пятницу", "до пʼятниці" take
  понедельник: 1, понедельника: 1, вторника: 2, среда: 3, среду: 3, среды: 3, четверг: 4, четверга: 4, пятница: 5, пятницу: 5, пятницы: 5, суббота: 6, субботу: 6, субботы: 6, воскресенье: 0, воскресенья: 0,
  понеділок: 1, понеділка: 1, вівторок: 2, вівторка: 2, середа: 3, середу: 3, середи: 3, четвер: 4, 'пʼятниця': 5, 'пʼятницю': 5, 'пʼятниці': 5, "п'ятниця": 5, "п'ятницю": 5, "п'ятниці": 5, субота: 6, суботу: 6, суботи: 6, неділя: 0, неділю: 0, неділі: 0,
  // Turkish (folded: "Çarşamba" → "carsamba", "Salı" → "sali")
  pazar: 0, pazartesi: 1, sali: 2, carsamba: 3, persembe: 4, cuma: 5, cumartesi: 6,
  // Romanian (folded: "vineri", "vinerea viitoare", "sâmbătă" → "sambata", "marți" → "marti"); the articled forms
  // ("vinerea", "lunea") name the day of a week too. ("luni" and "joi" alone are also "Mondays" and a verb form:
  // they count only with "viitoare"/"viitor", which the relative reader checks.)
  marti: 2, martea: 2, miercuri: 3, miercurea: 3, joia: 4, vineri: 5, vinerea: 5, sambata: 6, duminica: 0, lunea: 1,
  // Corsican ("venneri chì vene": next Friday; "marti" and "sabbatu" as in Italian, Romanian)
  luni: 1, mercuri: 3, ghjovi: 4, venneri: 5, sabbatu: 6, dumenica: 0,
  // Arabic (folded: the hamza dropped, « الأربعاء » → « الاربعاء »): « يوم الاثنين القادم » (next Monday)
  الاحد: 0, الاثنين: 1, الثلاثاء: 2, الاربعاء: 3, الخميس: 4, الجمعة: 5, السبت: 6,
  // Galician (« o venres que vén »: next Friday)
  luns: 1, mercores: 3, xoves: 4, venres: 5,
  // Swiss German (folded: « Fritig », « Mäntig » → « mantig »)
  mantig: 1, maantig: 1, ziischtig: 2, zischtig: 2, mittwuch: 3, dunschtig: 4, donnschtig: 4, donschtig: 4, fritig: 5, friitig: 5, samschtig: 6, sunntig: 0,
  // Hungarian (folded: "péntek" → "pentek"), with the forms "pénteken" (on Friday) take; Korean ("금요일": Friday)
  hetfo: 1, hetfon: 1, kedden: 2, szerda: 3, szerdan: 3, csutortok: 4, csutortokon: 4, pentek: 5, penteken: 5, szombat: 6, szombaton: 6, vasarnap: 0,
  일요일: 0, 월요일: 1, 화요일: 2, 수요일: 3, 목요일: 4, 금요일: 5, 토요일: 6, 일요일에: 0, 월요일에: 1, 화요일에: 2, 수요일에: 3, 목요일에: 4, 금요일에: 5, 토요일에: 6,
  // Greek (folded: "Παρασκευή" → "παρασκευη")
  κυριακη: 0, δευτερα: 1, τριτη: 2, τεταρτη: 3, πεμπτη: 4, παρασκευη: 5, σαββατο: 6,
};
const WEEKDAY_SOURCE = Object.keys(WEEKDAY_NUMBERS).sort((a, b) => b.length - a.length).join('|');

/** White space inside dates; bounded repeats keep every pattern linear. */
const SP = '[ \\t\\u00a0\\u202f\\u2009]';
const ORDINAL = '(?:er|re|st|nd|rd|th|º|°)';
/** 15/12/2026, 15.12.2026, 15-12-2026, 15/12/26. */
// (not inside a reference: "F26-09-33" is an invoice's number, not 26 September 2033)
// (a hyphen before it joins a reference, "F-07.12.2026", but for a Hebrew preposition's: "ב-07.12.2026", on 7 December)
const NUMERIC = /(?<![\dA-Za-z\u00C0-\u024F./])(?<![^\u05d0-\u05ea]-)(?<!^-)(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[./-]\d)/g;
/** Day and month followed by dots and spaces, as Czech, Slovak and some German write them: "15. 12. 2026" (always day first). */
const SPACED_DOTS = /(?<![\d./-])(\d{1,2})\.[ \u00a0](\d{1,2})\.[ \u00a0]?(\d{4})(?!\d)/g;
/** 2026-12-15, 2026/12/15, 2026.12.15 (also before a time: 2026-12-15T10:00). */
const YEAR_FIRST = /(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d|[./-]\d)/g;
/** Korea's "2026. 11. 02.": year first, a space after each dot. */
const YEAR_FIRST_SPACED = /(?<![\d./-])(\d{4})\. (\d{1,2})\. (\d{1,2})(?!\d|[./-]\d)/g;
/** 20261215, only on request. */
const COMPACT = /(?<![\d./-])(\d{4})(\d{2})(\d{2})(?![\d]|[./-]\d)/g;
/** 15 décembre 2026, 1er déc. 2026, 15. Dezember 2026, 15 de diciembre de 2026, 22 di dicembre (Corsican), 15th December, 2026, the 15th of January, 15-Dec-26. */
const DAY_MONTH_YEAR = wordStartRegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})${ORDINAL}?\\.?(?:${SP}{0,3}|-|/)(?:(?:de|di|(?<=\\d(?:st|nd|rd|th)${SP}{1,3})of)${SP}{1,3})?(${MONTH_SOURCE})(?![\\p{L}])\\.?` +
    `(?:(?:,?${SP}{1,3}(?:de(?:l)?${SP}{1,3})?|-|/)(\\d{4}|(?<=[-/]\\p{L}{3,9}\\.?[-/])\\d{2}))?(?![\\p{L}\\d])`,
  'gu',
);
/** December 15, 2026; Dec. 15th 2026; August 3 , 2014; December 15 (with a reference year). */
const MONTH_DAY_YEAR = wordStartRegExp(
  `(?<![\\p{L}\\d])(${MONTH_SOURCE})\\.?${SP}{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?:${SP}?,?${SP}{1,3}(\\d{4}))?(?![\\p{L}\\d]|[.,/:]\\d)`,
  'gu',
);
/** Basque, year first: "2026ko abenduaren 5a", "2026ko urriaren 12an" (of 2026, of December, the 5th). */
const BASQUE_MONTHS = ['urtarril', 'otsail', 'martxo', 'apiril', 'maiatz', 'ekain', 'uztail', 'abuztu', 'irail', 'urri', 'azaro', 'abendu'];
const BASQUE_DATE = new RegExp(`(?<![\\p{L}\\d])(\\d{4})ko${SP}{1,3}(${BASQUE_MONTHS.join('|')})(?:aren|a)?${SP}{1,3}(\\d{1,2})(?:aean|ean|an|a|etik|era|ra)?(?![\\p{L}\\d])`, 'gu');
/** Without its year: "azaroaren 20an ordainduko dugu" (on 20 November). */
const BASQUE_DAY_MONTH = new RegExp(`(?<![\\p{L}\\d])(${BASQUE_MONTHS.join('|')})aren${SP}{1,3}(\\d{1,2})(?:aean|ean|an|a|etik|era|ra)?(?![\\p{L}\\d])`, 'gu');
/** Chinese, Japanese and Korean: "2026年5月29日", "2026년 7월 20일", "12月5日" (a reference year then needed). */
const CJK_DATE = /(?<!\d)(?:(\d{4})[ \t]?[年년][ \t]?)?(\d{1,2})[ \t]?[月월][ \t]?(\d{1,2})[ \t]?[日일](?!\d)/g;
const CJK_MARK = /[年月월]/;
const OTHER_WRITTEN_DATES = /thang|[年月월]/;
/** Vietnamese (folded): "ngày 26 tháng 11 năm 2026", "ngày 5 tháng 12". */
const VIETNAMESE_DATE = /(?<![\p{L}\d])ngay\s{1,3}(?:ngay\s{1,3})?(\d{1,2})\s{1,3}thang\s{1,3}(\d{1,2})(?:\s{1,3}(?:nam\s{1,3})?(\d{4}))?(?!\d)/gu;
/** A weekday written before a date ("lundi 15 décembre 2026", "Tuesday, December 15, 2026"). */
const LEADING_WEEKDAY = new RegExp(`^(?:${WEEKDAY_SOURCE})\\.?,?${SP}{1,3}`);

function fourDigitYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

function build(year: number, month: number, day: number): string | null {
  return isValidYmd(year, month, day) ? toIsoDate(year, month, day) : null;
}

function numericDate(first: number, second: number, year: number, order: DateOrder): string | null {
  // A number over 12 can only be the day: then the order is obvious whatever the document's habit.
  if (first > 12) return build(year, second, first);
  if (second > 12) return build(year, first, second);
  return order === 'MDY' ? build(year, first, second) : build(year, second, first);
}

interface Candidate {
  iso: string | null;
  index: number;
  length: number;
}

function numericCandidates(text: string, opts: DateOptions): Candidate[] {
  const out: Candidate[] = [];
  for (const m of execAll(YEAR_FIRST, text)) {
    out.push({ iso: build(Number(m[1]), Number(m[3]), Number(m[4])), index: m.index, length: m[0].length });
  }
  if (text.includes('. ')) for (const m of execAll(YEAR_FIRST_SPACED, text)) out.push({ iso: build(Number(m[1]), Number(m[2]), Number(m[3])), index: m.index, length: m[0].length });
  for (const m of execAll(NUMERIC, text)) {
    const iso = numericDate(Number(m[1]), Number(m[3]), fourDigitYear(m[4]!), opts.order ?? 'DMY');
    out.push({ iso, index: m.index, length: m[0].length });
  }
  for (const m of execAll(SPACED_DOTS, text)) {
    out.push({ iso: build(Number(m[3]), Number(m[2]), Number(m[1])), index: m.index, length: m[0].length });
  }
  if (opts.compact) {
    for (const m of execAll(COMPACT, text)) {
      out.push({ iso: build(Number(m[1]), Number(m[2]), Number(m[3])), index: m.index, length: m[0].length });
    }
  }
  return out;
}

/** Written dates, those with a year first: "2 December 15 days late" must not become "December 15". */
function writtenCandidates(folded: string, opts: DateOptions): Candidate[] {
  const withYear: Candidate[] = [];
  const withoutYear: Candidate[] = [];
  // « listopad » is November in Polish and Czech but October in Croatian: a Croatian text says which.
  const monthOf = folded.includes('listopad') && CROATIAN_WORDS.test(folded) ? croatianMonth : westSlavicMonth;
  for (const m of execAll(DAY_MONTH_YEAR, folded)) addWritten(withYear, withoutYear, opts, m[2]!, m[1]!, m[3] ?? yearBefore(folded, m.index), m.index, m[0].length, monthOf);
  for (const m of execAll(MONTH_DAY_YEAR, folded)) addWritten(withYear, withoutYear, opts, m[1]!, m[2]!, m[3] ?? yearBefore(folded, m.index), m.index, m[0].length, monthOf);
  // (one scan tells whether either form may be there: most texts hold neither)
  if (OTHER_WRITTEN_DATES.test(folded)) {
    const add = (year: string | undefined, month: string, day: string, index: number, length: number) => {
      if (year) withYear.push({ iso: build(Number(year), Number(month), Number(day)), index, length });
      else if (opts.referenceYear !== undefined) withoutYear.push({ iso: build(opts.referenceYear, Number(month), Number(day)), index, length });
    };
    if (folded.includes('thang')) for (const m of execAll(VIETNAMESE_DATE, folded)) add(m[3], m[2]!, m[1]!, m.index, m[0].length);
    if (CJK_MARK.test(folded)) for (const m of execAll(CJK_DATE, folded)) add(m[1], m[2]!, m[3]!, m.index, m[0].length);
  }
  if (folded.includes('ko ')) {
    for (const m of execAll(BASQUE_DATE, folded)) withYear.push({ iso: build(Number(m[1]), BASQUE_MONTHS.indexOf(m[2]!) + 1, Number(m[3])), index: m.index, length: m[0].length });
  }
  if (folded.includes('aren ') && opts.referenceYear !== undefined) {
    for (const m of execAll(BASQUE_DAY_MONTH, folded)) {
      // (not the month and day of a date written with its year: "2026ko azaroaren 1a")
      if (!/\d{4}ko\s+$/.test(folded.slice(Math.max(0, m.index - 8), m.index))) withoutYear.push({ iso: build(opts.referenceYear, BASQUE_MONTHS.indexOf(m[1]!) + 1, Number(m[2])), index: m.index, length: m[0].length });
    }
  }
  return withYear.length === 0 ? withoutYear : withoutYear.length === 0 ? withYear : [...withYear, ...withoutYear];
}

/** The year written first, as Hungarian and Latvian do: "2026. december 12.", "2026. gada 15. decembris". */
const YEAR_FIRST_BEFORE = /(?<![\d.])(\d{4})\.[ \u00a0]{1,2}(?:gada[ \u00a0]{1,2})?$/;
function yearBefore(folded: string, index: number): string | undefined {
  if (index < 6 || (folded.charCodeAt(index - 1) !== 32 && folded.charCodeAt(index - 1) !== 0xa0)) return undefined;
  return YEAR_FIRST_BEFORE.exec(folded.slice(Math.max(0, index - 12), index))?.[1];
}

/** Croatian words an invoice or a letter holds (Polish and Czech write none of them). */
const CROATIAN_WORDS = /(?<![a-z])(?:racun\w*|dospijec\w*|izdavanja|postovani|sijecnja|veljace|ozujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|prosinca|hvala)(?![a-z])/;
/** A month name's number, read as its form: « listopad(a) » is Croatian October. */
const croatianMonth = (name: string): number => (name.startsWith('listopad') ? 10 : MONTH_INDEX.get(name)!);
const westSlavicMonth = (name: string): number => MONTH_INDEX.get(name)!;

function addWritten(withYear: Candidate[], withoutYear: Candidate[], opts: DateOptions, month: string, day: string, year: string | undefined, index: number, length: number, monthOf: (name: string) => number): void {
  if (year) withYear.push({ iso: build(fourDigitYear(year), monthOf(month), Number(day)), index, length });
  else if (opts.referenceYear !== undefined && !AMBIGUOUS_WITHOUT_YEAR.has(month)) {
    withoutYear.push({ iso: build(opts.referenceYear, monthOf(month), Number(day)), index, length });
  }
}

/** Takes a candidate unless it overlaps one taken before (`taken`: one flag per character). */
function accept(text: string, taken: Uint8Array, found: DateMatch[], { iso, index, length }: Candidate): void {
  if (!iso) return;
  const end = index + length;
  for (let i = index; i < end; i++) if (taken[i]) return;
  taken.fill(1, index, end);
  found.push({ iso, raw: text.slice(index, end), index, end });
}

/**
 * Every date in a text, in order of appearance, never two overlapping. Numeric forms are read first,
 * then written ones on the folded text (same offsets). Linear: each pattern is scanned once and an
 * occupancy mask answers "is this span taken" in the span's length. `folded`: `fold(text)`, when the caller
 * has it already.
 */
export function findDates(text: string, opts: DateOptions = {}, folded?: string): DateMatch[] {
  // Every form holds a digit: most subjects, file names and short lines have none.
  if (!/\d/.test(text)) return [];
  const taken = new Uint8Array(text.length);
  const found: DateMatch[] = [];
  for (const c of numericCandidates(text, opts)) accept(text, taken, found, c);
  for (const c of writtenCandidates(folded ?? fold(text), opts)) accept(text, taken, found, c);
  return found.sort((a, b) => a.index - b.index);
}

/**
 * One date written alone ("15/12/2026", "lundi 15 décembre 2026", "Dec 15, 2026") to ISO, or null
 * when the string holds anything else or an impossible date (31/02/2026).
 */
export function parseDate(raw: string, opts: DateOptions = {}): string | null {
  const folded = fold(raw.trim());
  const weekday = LEADING_WEEKDAY.exec(folded);
  const body = raw.trim().slice(weekday ? weekday[0].length : 0).replace(/[.,;]$/, '');
  if (!body) return null;
  const match = findDates(body, opts)[0];
  if (!match || match.index !== 0) return null;
  return match.end === body.length ? match.iso : null;
}
