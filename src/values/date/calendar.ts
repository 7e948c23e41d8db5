/** Calendar arithmetic on UTC day numbers, and the date ranges (day, ISO week, month, year) built from it. */

export type Precision = 'day' | 'week' | 'month' | 'year';

/** A date as an inclusive range of UTC day numbers. */
export interface DateSpec {
  precision: Precision;
  from: number;
  to: number;
  /** ISO form: 2025-08-15, 2025-W33, 2025-08 or 2025. */
  label: string;
}

export const DAY_MS = 86_400_000;
export const dayNum = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
/** A source's `published` day (YYYY-MM-DD) as a UTC day number, the unit every date range here uses. */
export const publishedDay = (published: string): number => Date.parse(`${published}T00:00:00Z`) / DAY_MS;
/** The calendar year of a UTC day number. */
export const yearOfDay = (n: number): number => new Date(n * DAY_MS).getUTCFullYear();
export const ymd = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
export const weekday = (n: number) => new Date(n * DAY_MS).getUTCDay();
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
/** The day of UTC day number n, through its calendar date (YYYY-MM-DD). */
export function daySpecOf(n: number): DateSpec {
  return daySpec(...(ymd(n).split('-').map(Number) as [number, number, number]));
}
