/**
 * Reading a source's `published` date. Desks paste it from a CMS or a feed, so three forms are read:
 * a day (`2025-08-14`), an ISO 8601 date-time with or without an offset (`2025-08-14T10:00:00Z`,
 * `2025-08-14 10:00+02:00`), and an RFC 2822 date (`Thu, 14 Aug 2025 10:00:00 +0000`, as RSS writes it).
 * The day kept is the calendar date in the offset the text states: the date as written, never shifted.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([Zz]|[+-]\d{2}(?::?\d{2})?))?$/;
const RFC_2822 =
  /^(?:([A-Za-z]{3}),?\s+)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4}|\d{2})\s+(\d{2}):(\d{2})(?::(\d{2}))?(?:\s+([+-]\d{4}|UT|UTC|GMT|Z|[ECMP][SD]T))?$/i;

/** The day or, when the text is not a date corroborate reads, why not. */
export type Published = { day: string } | { problem: string };

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function realDay(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function time(h: number, min: number, s: number): string | undefined {
  if (h > 23 || min > 59 || s > 60) return `has a time, ${pad(h)}:${pad(min)}, that does not exist`;
  return undefined;
}

function offset(z: string | undefined): string | undefined {
  const m = z ? /^[+-](\d{2}):?(\d{2})?$/.exec(z) : null;
  if (m && (Number(m[1]) > 14 || Number(m[2] ?? 0) > 59)) return `has an offset, ${z}, that does not exist`;
  return undefined;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `2025-08-14`, or undefined when the text is not of that form. */
function readIsoDay(s: string): Published | undefined {
  const m = ISO_DAY.exec(s);
  if (!m) return undefined;
  return realDay(Number(m[1]), Number(m[2]), Number(m[3])) ? { day: s } : { problem: 'is not a real date' };
}

/** `2025-08-14T10:00:00Z`, `2025-08-14 10:00+02:00`, ...: the day as written. */
function readIsoTime(s: string): Published | undefined {
  const m = ISO_TIME.exec(s);
  if (!m) return undefined;
  if (!realDay(Number(m[1]), Number(m[2]), Number(m[3]))) return { problem: 'is not a real date' };
  const bad = time(Number(m[4]), Number(m[5]), Number(m[6] ?? 0)) ?? offset(m[7]);
  return bad ? { problem: bad } : { day: `${m[1]}-${m[2]}-${m[3]}` };
}

/** `Thu, 14 Aug 2025 10:00:00 +0000`: the day as written, its weekday (when given) checked. */
function readRfc2822(s: string): Published | undefined {
  const m = RFC_2822.exec(s);
  if (!m) return undefined;
  const mo = MONTHS.indexOf((m[3] as string).toLowerCase()) + 1;
  if (!mo) return { problem: `has an unknown month "${m[3]}"` };
  let y = Number(m[4]);
  // RFC 2822 §4.3: a two-digit year is 19xx from 50, else 20xx
  if ((m[4] as string).length === 2) y += y >= 50 ? 1900 : 2000;
  const d = Number(m[2]);
  if (!realDay(y, mo, d)) return { problem: 'is not a real date' };
  const bad = time(Number(m[5]), Number(m[6]), Number(m[7] ?? 0)) ?? offset(m[8]);
  if (bad) return { problem: bad };
  const day = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  const wrong = m[1] ? weekdayProblem(m[1], y, mo, d, day) : undefined;
  return wrong ? { problem: wrong } : { day };
}

/** Why the weekday written does not fit the date, or undefined when it does. */
function weekdayProblem(written: string, y: number, mo: number, d: number, day: string): string | undefined {
  const wd = WEEKDAYS.indexOf(written.toLowerCase());
  const actual = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  if (wd === -1) return `has an unknown weekday "${written}"`;
  if (wd !== actual) return `says ${written}, but ${day} is a ${WEEKDAY_NAMES[actual]}`;
  return undefined;
}

/** Read `published`; see the file comment for the forms. */
export function readPublished(text: string): Published {
  const s = text.trim();
  return readIsoDay(s) ?? readIsoTime(s) ?? readRfc2822(s) ?? { problem: 'is not a date in a form corroborate reads' };
}

/** The fix line for a `published` that cannot be read: every form that can. */
export const PUBLISHED_FORMS =
  'write a day (`published: 2025-08-14`), an ISO 8601 date-time with its offset (`2025-08-14T10:00:00Z`, `2025-08-14T10:00:00+02:00`) or an RFC 2822 date (`Thu, 14 Aug 2025 10:00:00 +0000`)';
