/**
 * Dates. A mention at the claim's precision or finer that falls inside the claim's
 * date supports it; one outside contradicts; a coarser mention that contains it
 * ("in 2021" for 2021-06) does neither. Relative mentions ("on Friday", "last week",
 * "in January") resolve against the source's `published` date with the clause's
 * tense; without a published date they stay unanchored and count for nothing.
 * Bounds ("since 2021", "until Friday") are not the date of an event.
 *
 * chrono-node (strict mode) finds explicit calendar dates; it does not resolve by
 * tense, skips bare years and months, and reads weeks as days, so those are
 * hand-written below.
 */
import * as chrono from 'chrono-node';
import { alternation, CALENDAR_ORDER, LEX } from '../lexicon/index.js';
import { type Analysis, tenseAt } from '../nlp/analyze.js';
import { DAY_MS, type DateSpec, dayNum, daySpec, daySpecOf, monthSpec, type Precision, weekSpec, yearSpec, ymd } from './date/calendar.js';
import { dayOfWeekday, nearestYear, type Tense, yearOfMonth } from './date/resolve.js';

export { type DateSpec, daySpec, monthSpec, type Precision, publishedDay, weekSpec, yearOfDay, yearSpec } from './date/calendar.js';

const RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, year: 3 };

export interface DateMention {
  /** Offsets within the sentence. */
  start: number;
  end: number;
  tokFrom: number;
  tokTo: number;
  text: string;
  /** Undefined when a relative date has no published date to resolve against. */
  spec?: DateSpec;
  /** Month and day of a date written without a year in an undated source. */
  yearless?: { month: number; day: number };
  /** "since 2021", "until Friday": a bound, not the date of the event. */
  bound: boolean;
  /** The other reading of a weekday that is the publication day itself: a week earlier. */
  alt?: DateSpec;
}

/** Parse a claim's `date:` value (YYYY, YYYY-MM or YYYY-MM-DD; already validated). */
export function claimDate(value: string): DateSpec {
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return yearSpec(y);
  if (d === undefined) return monthSpec(y, m);
  return daySpec(y, m, d);
}

export type DateRelation = 'equal' | 'finer' | 'coarser' | 'different' | 'compatible';

/** How a mentioned date relates to the claim's date. */
export function compareDate(claim: DateSpec, m: DateMention): DateRelation | undefined {
  if (m.bound) return undefined;
  if (m.yearless) {
    if (claim.precision !== 'day') return undefined;
    const c = new Date(claim.from * DAY_MS);
    return c.getUTCMonth() + 1 === m.yearless.month && c.getUTCDate() === m.yearless.day ? 'equal' : 'different';
  }
  const s = m.spec;
  if (!s) return undefined;
  // two readings (a weekday on its own publication day): either may match; it differs only when both do
  if (m.alt) {
    const one = compareSpec(claim, s);
    const other = compareSpec(claim, m.alt);
    if (one === 'equal' || one === 'finer') return one;
    if (other === 'equal' || other === 'finer') return other;
    return one === 'different' && other === 'different' ? 'different' : 'compatible';
  }
  return compareSpec(claim, s);
}

function compareSpec(claim: DateSpec, s: DateSpec): DateRelation {
  if (s.to < claim.from || s.from > claim.to) return 'different';
  if (s.from === claim.from && s.to === claim.to) return 'equal';
  if (s.from >= claim.from && s.to <= claim.to) return RANK[s.precision] <= RANK[claim.precision] ? 'finer' : 'compatible';
  if (s.from <= claim.from && s.to >= claim.to) return 'coarser';
  return 'compatible';
}

const MONTHS = CALENDAR_ORDER.months;
const WEEKDAYS = CALENDAR_ORDER.weekdays;
const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** A lexicon list as a regex alternation, in list order. */
const alt = (words: Iterable<string>): string => [...words].join('|');
const MONTH_PART = alt(LEX.monthParts);
/** "January" ... "December", then the abbreviations with an optional dot ("Sept." before "Sep."). */
const ABBREVIATIONS = MONTHS.filter((a) => !LEX.monthNames.has(a)).flatMap((a) => [
  ...[...LEX.monthAbbreviationVariants].filter((v) => v.startsWith(a)).map((v) => `${capitalised(v)}\\.?`),
  `${capitalised(a)}\\.?`,
]);
const MONTH_RE = `(${[...[...LEX.monthNames].map(capitalised), ...ABBREVIATIONS].join('|')})`;
const YEAR_RE = '((?:1[89]|20)\\d{2})';

const SMALL = LEX.smallNumberWords;
const RX = {
  monthYear: new RegExp(`\\b(?:(${MONTH_PART})[- ])?${MONTH_RE},?\\s+(?:of\\s+)?${YEAR_RE}\\b`, 'g'),
  month: new RegExp(`\\b(${alt(LEX.monthPrepositions)})[- ]+(?:(?:${MONTH_PART})[- ])?${MONTH_RE}(?![\\w-])(?!,?\\s*\\d)`, 'g'),
  year: new RegExp(`\\b(${alternation(LEX.yearPrepositions)})\\s+(?:(?:${MONTH_PART})[- ])?${YEAR_RE}\\b(?!\\s*(?:${alt(LEX.notAfterYear)})\\b)`, 'g'),
  weekday: new RegExp(
    `\\b(?:(${alt([...LEX.weekdayModifiers, ...[...LEX.weekdayModifiers].map(capitalised)])})\\s+)?(${WEEKDAYS.map(capitalised).join('|')})(?:\\s+(${alt(LEX.dayParts)}))?\\b`,
    'g',
  ),
  relDay: new RegExp(
    `\\b(${alt(
      Object.keys(LEX.relativeDayPhrases)
        .sort((x, y) => y.length - x.length)
        .map((w) => w.replaceAll(' ', '\\s+')),
    )})\\b`,
    'gi',
  ),
  relWeek: new RegExp(`\\b(${alt(Object.keys(LEX.weekOffsets))})\\s+week\\b`, 'gi'),
  relMonthYear: new RegExp(`\\b(${alt(Object.keys(LEX.monthYearOffsets))})\\s+(month|year)\\b`, 'gi'),
  ago: new RegExp(`\\b(\\d+|an?|${alt(Object.keys(SMALL))})\\s+(days?|weeks?|months?|years?)\\s+ago\\b`, 'gi'),
};
// "ahead of Friday's summit": a possessive weekday after these looks forward
const FORWARD_BEFORE = new RegExp(`\\b(?:${alternation(LEX.forwardLookingPrepositions)})\\s*$`, 'i');
const OFFSET = new RegExp(`\\b(?:${alt(LEX.durationUnits)})\\b`, 'i');
const BETWEEN_FIRST = /\bbetween\s+(?:the\s+)?$/i;
const BETWEEN_SECOND = /\bbetween\s+[^;:.()]{3,40}?\s+and\s+(?:the\s+)?$/i;
const BOUND_BEFORE = new RegExp(`\\b(?:${alternation(LEX.boundPrepositions)})\\s+(?:the\\s+)?(?:(?:${MONTH_PART})[- ])?$`, 'i');

function monthIndex(s: string): number {
  return MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;
}

/** One sentence being read for dates: its analysis, the source's published day, and the mentions found so far. */
interface DateScan {
  a: Analysis;
  text: string;
  /** The published day as a UTC day number, its year and month; undefined in an undated source. */
  pub: number | undefined;
  pubY: number | undefined;
  pubM: number | undefined;
  out: DateMention[];
  /** Spans already read: a later reader does not read them again. */
  taken: [number, number][];
}

/**
 * "since 2021", "until Friday", either end of "between June 21, 2006 and October 21, 2007":
 * a bound of a period, not the date of an event; unless the date modifies the noun after it
 * ("ahead of Friday's summit", "since the September 18 referendum").
 */
function isBound(text: string, start: number, end: number): boolean {
  // "ahead of Friday's summit": a possessive date modifies the noun after it; it is no bound
  // "since the September 18 referendum": a date between "the" and a noun names that event; it is no bound
  const attributive = /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) && /^\s+[a-z][a-z-]+/.test(text.slice(end));
  // "between June 21, 2006 and October 21, 2007": both ends of a period are bounds
  const period = BETWEEN_FIRST.test(text.slice(Math.max(0, start - 12), start)) || BETWEEN_SECOND.test(text.slice(Math.max(0, start - 48), start));
  return (period || BOUND_BEFORE.test(text.slice(Math.max(0, start - 24), start))) && !/^['’]s\b/.test(text.slice(end)) && !attributive;
}

/** Record the date at [start, end) unless an earlier reader took part of that span. */
function add(s: DateScan, start: number, end: number, spec: DateSpec | undefined, extra: Partial<DateMention> = {}): void {
  if (!s.taken.every(([ts, te]) => end <= ts || start >= te)) return;
  s.taken.push([start, end]);
  const tokens = s.a.tokens;
  let tokFrom = tokens.findIndex((t) => t.end > start);
  if (tokFrom === -1) tokFrom = tokens.length;
  let tokTo = tokFrom;
  while (tokTo < tokens.length && (tokens[tokTo]?.start ?? 0) < end) tokTo++;
  const bound = isBound(s.text, start, end);
  s.out.push({ start, end, tokFrom, tokTo, text: s.text.slice(start, end), ...(spec ? { spec } : {}), bound, ...extra });
}

/** The tense of the clause at character offset `start`. */
function tenseAtOffset(a: Analysis, start: number): Tense {
  const i = a.tokens.findIndex((t) => t.end > start);
  return i === -1 ? undefined : tenseAt(a, i);
}

/** The days of an explicit calendar date: one day, or "August 15-17" as a range. */
function calendarDays(r: chrono.ParsedResult, y: number, m: number, d: number): DateSpec {
  const spec = daySpec(y, m, d);
  if (!r.end?.isCertain('day')) return spec;
  const e = r.end;
  const to = dayNum((e.isCertain('year') ? e.get('year') : y) as number, (e.get('month') ?? m) as number, e.get('day') as number);
  return to > spec.from ? { precision: 'day', from: spec.from, to, label: `${spec.label}/${ymd(to)}` } : spec;
}

/** Explicit calendar days with a day number ("August 15, 2025", "15 August", "Aug. 15-17"), read by chrono-node. */
function readCalendarDays(s: DateScan): void {
  const { text, pub, pubY } = s;
  if (!/\d/.test(text)) return;
  const ref = pub !== undefined ? new Date(pub * DAY_MS + DAY_MS / 2) : new Date(Date.UTC(2000, 0, 1, 12));
  for (const r of chrono.strict.parse(text, { instant: ref, timezone: 'UTC' })) {
    const k = r.start;
    if (!k.isCertain('day') || !k.isCertain('month')) continue;
    // an offset ("in 30 days", "within two weeks", "three days later") is no calendar date (section 6)
    if (OFFSET.test(r.text)) continue;
    const m = k.get('month') as number;
    const d = k.get('day') as number;
    // "On July 7, 55 people were killed": a two-digit number after the day is a count, not a year
    const shortYear = /,?\s*['’]?\d{2}$/.exec(r.text);
    const twoDigitYear = k.isCertain('year') && !!shortYear && !/\d{4}/.test(r.text);
    const given = k.isCertain('year') && !twoDigitYear ? (k.get('year') as number) : undefined;
    // without a year: the year nearest the published date
    const y = given === undefined && pub !== undefined && pubY !== undefined ? nearestYear(pub, pubY, m, d) : given;
    const start = r.index;
    const end = r.index + r.text.length - (twoDigitYear && shortYear ? shortYear[0].length : 0);
    if (y === undefined) {
      add(s, start, end, undefined, { yearless: { month: m, day: d } });
      continue;
    }
    if (addRescheduled(s, r, start, end, [y, m, d])) continue;
    add(s, start, end, calendarDays(r, y, m, d));
    // "August 15, Friday" / "Friday, August 15": the weekday is the same date
    const after = /^,?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b,?/.exec(text.slice(end));
    if (after) s.taken.push([end, end + after[0].length]);
  }
}

/** "postponed from May 10 to May 17": the old date and the new one, not a period; false when the range is no rescheduling. */
function addRescheduled(s: DateScan, r: chrono.ParsedResult, start: number, end: number, [y, m, d]: [number, number, number]): boolean {
  if (!r.end?.isCertain('day') || !rescheduledFrom(s.text.slice(0, start))) return false;
  const sep = /\s+(?:to|until|till)\s+/.exec(r.text);
  if (!sep) return false;
  add(s, start, start + sep.index, daySpec(y, m, d));
  const e = r.end;
  const ey = e.isCertain('year') ? (e.get('year') as number) : y;
  add(s, start + sep.index + sep[0].length, end, daySpec(ey, (e.get('month') ?? m) as number, e.get('day') as number));
  return true;
}

/** The text before a date ends with "postponed from", "moved (the vote) from": a rescheduling, whose "to" date is the new one. */
function rescheduledFrom(before: string): boolean {
  const m = /(\w+)(?:\s+\w+){0,3}\s+from\s+$/i.exec(before.slice(-60));
  if (!m) return false;
  const words = before.slice(-60).toLowerCase().split(/\W+/);
  return words.some((w) => LEX.reschedulingVerbs.has(w));
}

/** "January 2021", "late March, 2006", "December of 2007". */
function readMonthYears(s: DateScan): void {
  if (!/\d/.test(s.text)) return;
  for (const m of s.text.matchAll(RX.monthYear)) add(s, m.index, m.index + m[0].length, monthSpec(Number(m[3]), monthIndex(m[2] as string)));
}

/** "in 2021", "since 2006": a year after a preposition. */
function readYears(s: DateScan): void {
  if (!/\d/.test(s.text)) return;
  for (const m of s.text.matchAll(RX.year)) {
    const yStart = m.index + m[0].length - 4;
    add(s, yStart, yStart + 4, yearSpec(Number(m[2])));
  }
}

/** "three days ago", "2 weeks ago", "one month ago", "a year ago": a day, week, month or year counted back from the published day. */
function readDaysAgo(s: DateScan): void {
  const { text, pub, pubY, pubM } = s;
  if (!/\d/.test(text) && !/\bago\b/.test(text)) return;
  for (const m of text.matchAll(RX.ago)) {
    if (pub === undefined || pubY === undefined || pubM === undefined) continue;
    const w = (m[1] as string).toLowerCase();
    const n = /\d/.test(w) ? Number(w) : w === 'a' || w === 'an' ? 1 : (SMALL[w] ?? 0);
    const unit = (m[2] as string).toLowerCase().slice(0, 3);
    const months = pubY * 12 + (pubM - 1) - n;
    const spec =
      unit === 'day'
        ? daySpecOf(pub - n)
        : unit === 'wee'
          ? weekSpec(pub - 7 * n)
          : unit === 'mon'
            ? monthSpec(Math.floor(months / 12), (months % 12) + 1)
            : yearSpec(pubY - n);
    add(s, m.index, m.index + m[0].length, spec);
  }
}

/** "in January", "last March", "since early May": a month without a year, resolved by the word before it or the tense. */
function readMonths(s: DateScan): void {
  for (const m of s.text.matchAll(RX.month)) {
    const word = m[1] as string;
    const month = m[2] as string;
    // "of May", "the May government": the name, not the month
    if (month.startsWith('May') && (word === 'of' || word === 'the')) continue;
    const mi = monthIndex(month);
    const start = m.index + m[0].length - month.length;
    const how = word === 'last' ? 'past' : word === 'next' ? 'future' : word === 'this' ? 'this' : tenseAtOffset(s.a, start);
    const y = s.pubY === undefined || s.pubM === undefined ? undefined : yearOfMonth(s.pubY, s.pubM, mi, how);
    add(s, start, m.index + m[0].length, y === undefined ? undefined : monthSpec(y, mi));
  }
}

/**
 * The tense a weekday at [start, end) is read with. "Friday's summit" modifies its noun, so
 * the clause's tense is not its own: after "ahead of"/"before" it looks forward, otherwise
 * it is the nearest Friday.
 */
function weekdayTense(s: DateScan, start: number, end: number): Tense {
  const possessive = /^['’]s\b/.test(s.text.slice(end));
  if (!possessive) return tenseAtOffset(s.a, start);
  if (FORWARD_BEFORE.test(s.text.slice(0, start))) return 'future';
  // "Sunday's vote is expected to be close": a possessive weekday opening its clause is the clause's subject, in its tense
  const i = s.a.tokens.findIndex((t) => t.end > start);
  const clause = s.a.clauses[s.a.clauseOf[i] ?? 0];
  return clause && clause.from === i ? tenseAtOffset(s.a, start) : undefined;
}

/** "on Friday", "last Monday", "next Tuesday morning". */
function readWeekdays(s: DateScan): void {
  const { text, pub } = s;
  for (const m of text.matchAll(RX.weekday)) {
    const mod = m[1]?.toLowerCase();
    const wd = WEEKDAYS.indexOf((m[2] as string).toLowerCase());
    const start = m.index + (mod && mod !== 'on' ? 0 : m[0].indexOf(m[2] as string));
    const end = m.index + m[0].length;
    if (pub === undefined) {
      add(s, start, end, undefined);
      continue;
    }
    const n = dayOfWeekday(pub, wd, mod, () => weekdayTense(s, start, end));
    // a bare weekday that is the publication day itself may be that day or a week earlier (section 6)
    const sameDay = n === pub && (mod === undefined || mod === 'on');
    add(s, start, end, daySpecOf(n), sameDay ? { alt: daySpecOf(pub - 7) } : {});
  }
}

/** "today", "yesterday", "last night", "this morning": a day counted from the publication day. */
function readRelativeDays(s: DateScan): void {
  const pub = s.pub;
  for (const m of s.text.matchAll(RX.relDay)) {
    const said = (m[1] as string).toLowerCase().replace(/\s+/g, ' ');
    const off = LEX.relativeDayPhrases[said] ?? 0;
    add(s, m.index, m.index + m[0].length, pub === undefined ? undefined : daySpecOf(pub + off));
  }
}

/** "last week", "this week", "next week". */
function readRelativeWeeks(s: DateScan): void {
  const pub = s.pub;
  for (const m of s.text.matchAll(RX.relWeek)) {
    const off = 7 * (LEX.weekOffsets[(m[1] as string).toLowerCase()] ?? 0);
    add(s, m.index, m.index + m[0].length, pub === undefined ? undefined : weekSpec(pub + off));
  }
}

/** "last month", "next year". */
function readRelativeMonthsYears(s: DateScan): void {
  const { pubY, pubM } = s;
  for (const m of s.text.matchAll(RX.relMonthYear)) {
    const end = m.index + m[0].length;
    if (pubY === undefined || pubM === undefined) {
      add(s, m.index, end, undefined);
      continue;
    }
    const off = LEX.monthYearOffsets[(m[1] as string).toLowerCase()] ?? 0;
    const mm = pubM + off;
    if ((m[2] as string).toLowerCase() === 'year') add(s, m.index, end, yearSpec(pubY + off));
    else add(s, m.index, end, mm < 1 ? monthSpec(pubY - 1, 12) : mm > 12 ? monthSpec(pubY + 1, 1) : monthSpec(pubY, mm));
  }
}

const HOLIDAYS = Object.keys(LEX.holidays).map((h) => h.replaceAll("'", "['’]").replaceAll(' ', '\\s+'));
const HOLIDAY_RE = new RegExp(`\\b(${HOLIDAYS.join('|')})(?:,?\\s+${YEAR_RE})?\\b`, 'gi');

/** "on New Year's Day", "Christmas Eve 2006": a holiday with a fixed day, its year given or resolved by the tense. */
function readHolidays(s: DateScan): void {
  const { text, pub, pubY } = s;
  for (const m of text.matchAll(HOLIDAY_RE)) {
    const key = (m[1] as string).toLowerCase().replaceAll('’', "'").replace(/\s+/g, ' ');
    const [mo, d] = (LEX.holidays[key] ?? '00-00').split('-').map(Number) as [number, number];
    if (!mo) continue;
    let y = m[2] ? Number(m[2]) : undefined;
    if (y === undefined && pub !== undefined && pubY !== undefined) {
      const tense = tenseAtOffset(s.a, m.index);
      const thisYear = dayNum(pubY, mo, d);
      // a holiday named without a year is the last one before publication unless the clause looks ahead:
      // news tells what happened ("the loss of Flight 574 on New Year's Day", read in September)
      y = tense === 'future' ? (thisYear >= pub ? pubY : pubY + 1) : thisYear <= pub ? pubY : pubY - 1;
    }
    add(s, m.index, m.index + m[0].length, y === undefined ? undefined : daySpec(y, mo, d), y === undefined ? { yearless: { month: mo, day: d } } : {});
  }
}

// "on the 27th", "on the 3rd of this month": a day of the month with no month named, before punctuation
const DAY_OF_MONTH_RE = /\bon\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?:\s+of\s+this\s+month\b)?(?=\s*(?:[.,;:)]|$))/g;

/** "on the 27th": the day of the month the tense points to (the next one ahead, the last one back, else the nearer). */
function readDaysOfMonth(s: DateScan): void {
  const { text, pub, pubY, pubM } = s;
  if (pub === undefined || pubY === undefined || pubM === undefined || !/\d/.test(text)) return;
  for (const m of text.matchAll(DAY_OF_MONTH_RE)) {
    const d = Number(m[1]);
    const start = m.index + m[0].indexOf('the');
    const tense = tenseAtOffset(s.a, start);
    const cands = [-1, 0, 1].map((o) => {
      const mm = pubM + o;
      const y = mm < 1 ? pubY - 1 : mm > 12 ? pubY + 1 : pubY;
      const mo = ((mm + 11) % 12) + 1;
      return { y, mo, day: dayNum(y, mo, d) };
    });
    const pick =
      tense === 'future'
        ? cands.find((c) => c.day >= pub)
        : tense === 'past'
          ? [...cands].reverse().find((c) => c.day <= pub)
          : cands.reduce((b, c) => (Math.abs(c.day - pub) < Math.abs(b.day - pub) ? c : b));
    if (pick) add(s, start, m.index + m[0].length, daySpec(pick.y, pick.mo, d));
  }
}

/**
 * The date readers, in the order they run: a span one reader takes is not read again, so the
 * most explicit forms come first (calendar days before month-years before bare years).
 */
const READERS: ((s: DateScan) => void)[] = [
  readCalendarDays,
  readHolidays,
  readDaysOfMonth,
  readMonthYears,
  readYears,
  readDaysAgo,
  readMonths,
  readWeekdays,
  readRelativeDays,
  readRelativeWeeks,
  readRelativeMonthsYears,
];

/** Find the dates in an analysed sentence. */
export function findDates(a: Analysis, published?: string): DateMention[] {
  const s: DateScan = {
    a,
    text: a.text,
    pub: published ? dayNum(...(published.split('-').map(Number) as [number, number, number])) : undefined,
    pubY: published ? Number(published.slice(0, 4)) : undefined,
    pubM: published ? Number(published.slice(5, 7)) : undefined,
    out: [],
    taken: [],
  };
  for (const read of READERS) read(s);
  return s.out.sort((x, y) => x.start - y.start);
}
