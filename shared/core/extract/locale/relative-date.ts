import { addDays, endOfMonth, toIsoDate, weekday, daysInMonth } from '../../calendar/iso-date';
import { fold } from '../../text/fold';
import { findDates, type DateOrder } from './date';

/** Weekday names (folded) to 0 = Sunday … 6 = Saturday. */
const WEEKDAYS: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6,
  domingo: 0, lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6,
  domenica: 0, lunedi: 1, martedi: 2, mercoledi: 3, giovedi: 4, venerdi: 5, sabato: 6,
  zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6,
};
const WEEKDAY_RE = new RegExp(`(?<![a-z])(${Object.keys(WEEKDAYS).join('|')})(?![a-z])`);
const NEXT_WORD = /(?:prochain|next|nachsten|naechsten|kommenden|proximo|prossimo|volgende)/;
const TOMORROW = /(?<![a-z])(?:demain|tomorrow|morgen|manana|domani)(?![a-z])/;
const AFTER_TOMORROW = /(?<![a-z])(?:apres-demain|apres demain|day after tomorrow|ubermorgen|pasado manana|dopodomani|overmorgen)(?![a-z])/;
const END_OF_WEEK = /(?:fin de (?:la )?semaine|end of (?:the|this) week|ende der woche|final de (?:la )?semana|fine settimana|eind van de week)/;
const END_OF_MONTH = /(?:fin (?:du|de) mois|end of (?:the|this) month|monatsende|ende (?:des|dieses) monats|final de(?:l)? mes|fine (?:del )?mese|eind van de maand)/;
const NEXT_WEEK = /(?:semaine prochaine|next week|nachste woche|naechste woche|kommende woche|proxima semana|settimana prossima|prossima settimana|volgende week)/;
const IN_DAYS = /(?:sous|dans|d'ici|within|in|innerhalb(?: von)?|in den nachsten|en|dentro de|entro|tra|fra|binnen)\s+(\d{1,3})\s*(?:jours?|days?|tage[n]?|dias|giorni|dagen)/;
const DAY_OF_MONTH = /(?:le|the|am|el|il|op)\s+(\d{1,2})(?:er|st|nd|rd|th|\.)?(?![\d/.:h])(?!\s*(?:jours?|days?|%|€|h\b))/;

function nextWeekday(reference: string, target: number, strictlyAfter = true): string {
  let delta = (target - weekday(reference) + 7) % 7;
  if (delta === 0 && strictlyAfter) delta = 7;
  return addDays(reference, delta);
}

function dayOfMonthOnOrAfter(reference: string, day: number): string | null {
  const [y, m, d] = reference.split('-').map(Number) as [number, number, number];
  if (day < 1 || day > 31) return null;
  if (day >= d && day <= daysInMonth(y, m)) return toIsoDate(y, m, day);
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  return day <= daysInMonth(ny, nm) ? toIsoDate(ny, nm, day) : null;
}

/**
 * Every defensible reading of the date a sentence promises, most likely first: a written date, or
 * "demain", "vendredi (prochain)", "next Friday", "fin du mois", "sous 8 jours", "le 15"…
 * `referenceIso` is the day the sentence was written.
 */
export function resolveRelativeDateCandidates(text: string, referenceIso: string, opts: { order?: DateOrder } = {}): string[] {
  const year = Number(referenceIso.slice(0, 4));
  const out: string[] = [];
  const push = (iso: string | null) => {
    if (iso && !out.includes(iso)) out.push(iso);
  };
  // Written dates first; a day and month without a year is the next such date.
  for (const d of findDates(text, { order: opts.order, referenceYear: year })) {
    push(d.iso < referenceIso && !/\d{4}/.test(d.raw) ? `${year + 1}${d.iso.slice(4)}` : d.iso);
  }
  const folded = fold(text);
  const dm = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?![\d/.]|[/.]\d)/.exec(folded);
  if (out.length === 0 && dm) {
    const [a, b] = [Number(dm[1]), Number(dm[2])];
    const [day, month] = opts.order === 'MDY' ? [b, a] : [a, b];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      const iso = toIsoDate(year, month, day);
      push(iso < referenceIso ? toIsoDate(year + 1, month, day) : iso);
    }
  }
  if (AFTER_TOMORROW.test(folded)) push(addDays(referenceIso, 2));
  else if (TOMORROW.test(folded)) push(addDays(referenceIso, 1));
  const wd = WEEKDAY_RE.exec(folded);
  if (wd) {
    const target = WEEKDAYS[wd[1]!]!;
    const first = nextWeekday(referenceIso, target);
    const around = folded.slice(Math.max(0, wd.index - 20), wd.index + wd[0].length + 20);
    if (NEXT_WORD.test(around)) {
      // "next Friday" said early in a week may mean this week's Friday or the following one.
      push(first);
      push(addDays(first, 7));
    } else push(first);
  }
  if (END_OF_WEEK.test(folded)) push(nextWeekday(referenceIso, 5, false));
  if (NEXT_WEEK.test(folded)) push(nextWeekday(referenceIso, 1));
  if (END_OF_MONTH.test(folded)) push(endOfMonth(referenceIso));
  const inDays = IN_DAYS.exec(folded);
  if (inDays) push(addDays(referenceIso, Number(inDays[1])));
  const dom = DAY_OF_MONTH.exec(folded);
  if (dom && out.length === 0) push(dayOfMonthOnOrAfter(referenceIso, Number(dom[1])));
  return out;
}

/** The most likely date a sentence promises, or null. */
export function resolveRelativeDate(text: string, referenceIso: string, opts: { order?: DateOrder } = {}): string | null {
  return resolveRelativeDateCandidates(text, referenceIso, opts)[0] ?? null;
}
