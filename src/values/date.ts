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

export type Precision = 'day' | 'week' | 'month' | 'year';
const RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, year: 3 };

/** A date as an inclusive range of UTC day numbers. */
export interface DateSpec {
  precision: Precision;
  from: number;
  to: number;
  /** ISO form: 2025-08-15, 2025-W33, 2025-08 or 2025. */
  label: string;
}

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

const DAY_MS = 86_400_000;
const dayNum = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
/** A source's `published` day (YYYY-MM-DD) as a UTC day number, the unit every date range here uses. */
export const publishedDay = (published: string): number => Date.parse(`${published}T00:00:00Z`) / DAY_MS;
/** The calendar year of a UTC day number. */
export const yearOfDay = (n: number): number => new Date(n * DAY_MS).getUTCFullYear();
const ymd = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const weekday = (n: number) => new Date(n * DAY_MS).getUTCDay();
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function daySpec(y: number, m: number, d: number): DateSpec {
  const n = dayNum(y, m, d);
  return { precision: 'day', from: n, to: n, label: ymd(n) };
}
export function monthSpec(y: number, m: number): DateSpec {
  return { precision: 'month', from: dayNum(y, m, 1), to: dayNum(y, m, daysIn(y, m)), label: `${y}-${String(m).padStart(2, '0')}` };
}
export function yearSpec(y: number): DateSpec {
  return { precision: 'year', from: dayNum(y, 1, 1), to: dayNum(y, 12, 31), label: String(y) };
}
/** The ISO week (Monday to Sunday) holding day n. */
export function weekSpec(n: number): DateSpec {
  const monday = n - ((weekday(n) + 6) % 7);
  const thursday = monday + 3;
  const y = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - dayNum(y, 1, 1)) / 7) + 1;
  return { precision: 'week', from: monday, to: monday + 6, label: `${y}-W${String(week).padStart(2, '0')}` };
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
  year: new RegExp(`\\b(${alternation(LEX.yearPrepositions)})\\s+${YEAR_RE}\\b(?!\\s*(?:${alt(LEX.notAfterYear)})\\b)`, 'g'),
  weekday: new RegExp(`\\b(?:(${alt(LEX.weekdayModifiers)})\\s+)?(${WEEKDAYS.map(capitalised).join('|')})(?:\\s+(${alt(LEX.dayParts)}))?\\b`, 'g'),
  relDay: new RegExp(`\\b(${alt(LEX.relativeDays)})\\b`, 'gi'),
  relWeek: new RegExp(`\\b(${alt(Object.keys(LEX.weekOffsets))})\\s+week\\b`, 'g'),
  relMonthYear: new RegExp(`\\b(${alt(Object.keys(LEX.monthYearOffsets))})\\s+(month|year)\\b`, 'g'),
  ago: new RegExp(`\\b(\\d+|${alt(Object.keys(SMALL))})\\s+(days?|weeks?)\\s+ago\\b`, 'g'),
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

/** Find the dates in an analysed sentence. */
export function findDates(a: Analysis, published?: string): DateMention[] {
  const text = a.text;
  const pub = published ? dayNum(...(published.split('-').map(Number) as [number, number, number])) : undefined;
  const pubY = published ? Number(published.slice(0, 4)) : undefined;
  const pubM = published ? Number(published.slice(5, 7)) : undefined;
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([ts, te]) => e <= ts || s >= te);
  const add = (start: number, end: number, spec: DateSpec | undefined, extra: Partial<DateMention> = {}) => {
    if (!free(start, end)) return;
    taken.push([start, end]);
    let tokFrom = a.tokens.findIndex((t) => t.end > start);
    if (tokFrom === -1) tokFrom = a.tokens.length;
    let tokTo = tokFrom;
    while (tokTo < a.tokens.length && (a.tokens[tokTo]?.start ?? 0) < end) tokTo++;
    // "ahead of Friday's summit": a possessive date modifies the noun after it; it is no bound
    // "since the September 18 referendum": a date between "the" and a noun names that event; it is no bound
    const attributive = /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) && /^\s+[a-z][a-z-]+/.test(text.slice(end));
    // "between June 21, 2006 and October 21, 2007": both ends of a period are bounds
    const period = BETWEEN_FIRST.test(text.slice(Math.max(0, start - 12), start)) || BETWEEN_SECOND.test(text.slice(Math.max(0, start - 48), start));
    const bound = (period || BOUND_BEFORE.test(text.slice(Math.max(0, start - 24), start))) && !/^['’]s\b/.test(text.slice(end)) && !attributive;
    out.push({ start, end, tokFrom, tokTo, text: text.slice(start, end), ...(spec ? { spec } : {}), bound, ...extra });
  };
  const tense = (start: number) => {
    const i = a.tokens.findIndex((t) => t.end > start);
    return i === -1 ? undefined : tenseAt(a, i);
  };
  /** Resolve a month without a year by tense: past = latest on or before published. */
  const resolveMonth = (m: number, how: 'past' | 'future' | 'this' | undefined): number | undefined => {
    if (pubY === undefined || pubM === undefined) return undefined;
    if (how === 'this') return pubY;
    if (how === 'past') return m <= pubM ? pubY : pubY - 1;
    if (how === 'future') return m >= pubM ? pubY : pubY + 1;
    const back = (pubM - m + 12) % 12;
    const fwd = (m - pubM + 12) % 12;
    return back <= fwd ? (m <= pubM ? pubY : pubY - 1) : m >= pubM ? pubY : pubY + 1;
  };

  if (/\d/.test(text)) {
    // explicit calendar days, with a day number
    const ref = pub !== undefined ? new Date(pub * DAY_MS + DAY_MS / 2) : new Date(Date.UTC(2000, 0, 1, 12));
    for (const r of chrono.strict.parse(text, { instant: ref, timezone: 'UTC' })) {
      const k = r.start;
      if (!k.isCertain('day') || !k.isCertain('month')) continue;
      // an offset ("in 30 days", "within two weeks", "three days later") is no calendar date (section 6)
      if (OFFSET.test(r.text)) continue;
      const m = k.get('month') as number;
      const d = k.get('day') as number;
      let y = k.isCertain('year') ? (k.get('year') as number) : undefined;
      if (y === undefined && pub !== undefined && pubY !== undefined) {
        // the year nearest the published date
        let best = pubY;
        for (const cand of [pubY - 1, pubY + 1]) if (Math.abs(dayNum(cand, m, d) - pub) < Math.abs(dayNum(best, m, d) - pub)) best = cand;
        y = best;
      }
      const start = r.index;
      const end = r.index + r.text.length;
      if (y === undefined) {
        add(start, end, undefined, { yearless: { month: m, day: d } });
        continue;
      }
      let spec = daySpec(y, m, d);
      if (r.end?.isCertain('day')) {
        const e = r.end;
        const to = dayNum((e.isCertain('year') ? e.get('year') : y) as number, (e.get('month') ?? m) as number, e.get('day') as number);
        if (to > spec.from) spec = { precision: 'day', from: spec.from, to, label: `${spec.label}/${ymd(to)}` };
      }
      add(start, end, spec);
      // "August 15, Friday" / "Friday, August 15": the weekday is the same date
      const after = /^,?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b,?/.exec(text.slice(end));
      if (after) taken.push([end, end + after[0].length]);
    }
    for (const m of text.matchAll(RX.monthYear)) {
      const mi = monthIndex(m[2] as string);
      add(m.index, m.index + m[0].length, monthSpec(Number(m[3]), mi));
    }
    for (const m of text.matchAll(RX.year)) {
      const yStart = m.index + m[0].length - 4;
      add(yStart, yStart + 4, yearSpec(Number(m[2])));
    }
    for (const m of text.matchAll(RX.ago)) {
      if (pub === undefined) continue;
      const n = /\d/.test(m[1] as string) ? Number(m[1]) : (SMALL[m[1] as string] ?? 0);
      const spec = (m[2] as string).startsWith('week')
        ? weekSpec(pub - 7 * n)
        : daySpec(
            ...(ymd(pub - n)
              .split('-')
              .map(Number) as [number, number, number]),
          );
      add(m.index, m.index + m[0].length, spec);
    }
  } else if (/\bago\b/.test(text)) {
    for (const m of text.matchAll(RX.ago)) {
      if (pub === undefined) continue;
      const n = SMALL[m[1] as string] ?? 0;
      const spec = (m[2] as string).startsWith('week')
        ? weekSpec(pub - 7 * n)
        : daySpec(
            ...(ymd(pub - n)
              .split('-')
              .map(Number) as [number, number, number]),
          );
      add(m.index, m.index + m[0].length, spec);
    }
  }
  for (const m of text.matchAll(RX.month)) {
    const word = m[1] as string;
    const mi = monthIndex(m[2] as string);
    if ((m[2] as string).startsWith('May') && word === 'of') continue;
    const start = m.index + m[0].length - (m[2] as string).length;
    const how = word === 'last' ? 'past' : word === 'next' ? 'future' : word === 'this' ? 'this' : tense(start);
    const y = resolveMonth(mi, how);
    add(start, m.index + m[0].length, y === undefined ? undefined : monthSpec(y, mi));
  }
  for (const m of text.matchAll(RX.weekday)) {
    const mod = m[1];
    const wd = WEEKDAYS.indexOf((m[2] as string).toLowerCase());
    const start = m.index + (mod && mod !== 'on' ? 0 : m[0].indexOf(m[2] as string));
    let spec: DateSpec | undefined;
    if (pub !== undefined) {
      const back = (weekday(pub) - wd + 7) % 7;
      const fwd = (wd - weekday(pub) + 7) % 7;
      let n: number;
      if (mod === 'last') n = pub - (back || 7);
      else if (mod === 'next') n = pub + (fwd || 7);
      else if (mod === 'coming') n = pub + fwd;
      else {
        // "Friday's summit" modifies its noun, so the clause's tense is not its own:
        // after "ahead of"/"before" it looks forward, otherwise it is the nearest Friday
        const possessive = /^['’]s\b/.test(text.slice(m.index + m[0].length));
        const t = possessive ? (FORWARD_BEFORE.test(text.slice(0, start)) ? 'future' : undefined) : tense(start);
        n = t === 'past' ? pub - back : t === 'future' ? pub + fwd : back <= fwd ? pub - back : pub + fwd;
      }
      spec = daySpec(...(ymd(n).split('-').map(Number) as [number, number, number]));
      // a bare weekday that is the publication day itself may be that day or a week earlier (section 6)
      if (n === pub && (mod === undefined || mod === 'on')) {
        add(start, m.index + m[0].length, spec, {
          alt: daySpec(
            ...(ymd(pub - 7)
              .split('-')
              .map(Number) as [number, number, number]),
          ),
        });
        continue;
      }
    }
    add(start, m.index + m[0].length, spec);
  }
  for (const m of text.matchAll(RX.relDay)) {
    const off = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[(m[1] as string).toLowerCase() as 'today'] ?? 0;
    add(
      m.index,
      m.index + m[0].length,
      pub === undefined
        ? undefined
        : daySpec(
            ...(ymd(pub + off)
              .split('-')
              .map(Number) as [number, number, number]),
          ),
    );
  }
  for (const m of text.matchAll(RX.relWeek)) {
    const w = m[1] as string;
    const off = 7 * (LEX.weekOffsets[w] ?? 0);
    add(m.index, m.index + m[0].length, pub === undefined ? undefined : weekSpec(pub + off));
  }
  for (const m of text.matchAll(RX.relMonthYear)) {
    if (pubY === undefined || pubM === undefined) {
      add(m.index, m.index + m[0].length, undefined);
      continue;
    }
    const off = LEX.monthYearOffsets[m[1] as string] ?? 0;
    if (m[2] === 'year') add(m.index, m.index + m[0].length, yearSpec(pubY + off));
    else {
      const mm = pubM + off;
      add(m.index, m.index + m[0].length, mm < 1 ? monthSpec(pubY - 1, 12) : mm > 12 ? monthSpec(pubY + 1, 1) : monthSpec(pubY, mm));
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
