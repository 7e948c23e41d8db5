/**
 * Dates written without their year or week, resolved against the source's published day
 * and the clause's tense: "in January", "on Friday", "August 15".
 */
import { dayNum, weekday } from './calendar.js';

export type Tense = 'past' | 'future' | undefined;

/** The year of month m (1-12) said without one: past = latest on or before the published month, future = next, else the nearer. */
export function yearOfMonth(pubY: number, pubM: number, m: number, how: Tense | 'this'): number {
  if (how === 'this') return pubY;
  if (how === 'past') return m <= pubM ? pubY : pubY - 1;
  if (how === 'future') return m >= pubM ? pubY : pubY + 1;
  const back = (pubM - m + 12) % 12;
  const fwd = (m - pubM + 12) % 12;
  return back <= fwd ? (m <= pubM ? pubY : pubY - 1) : m >= pubM ? pubY : pubY + 1;
}

/** The year that puts month m, day d nearest the published day. */
export function nearestYear(pub: number, pubY: number, m: number, d: number): number {
  let best = pubY;
  for (const cand of [pubY - 1, pubY + 1]) if (Math.abs(dayNum(cand, m, d) - pub) < Math.abs(dayNum(best, m, d) - pub)) best = cand;
  return best;
}

/**
 * The day of weekday wd (0 = Sunday) said relative to the published day: "last Friday" is
 * the one before it, "next Friday" the one after, "coming Friday" the next on or after;
 * otherwise the tense decides, and without one the nearer.
 */
export function dayOfWeekday(pub: number, wd: number, mod: string | undefined, tense: () => Tense): number {
  const back = (weekday(pub) - wd + 7) % 7;
  const fwd = (wd - weekday(pub) + 7) % 7;
  if (mod === 'last') return pub - (back || 7);
  if (mod === 'next') return pub + (fwd || 7);
  if (mod === 'coming') return pub + fwd;
  const t = tense();
  return t === 'past' ? pub - back : t === 'future' ? pub + fwd : back <= fwd ? pub - back : pub + fwd;
}
