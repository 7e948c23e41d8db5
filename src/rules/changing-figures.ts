/**
 * Rule: changing-figures (section 6 of the contract). A count reported as changing ("rose
 * to", "has reached", "now stands at", "as of Friday") or as a running total ("so far",
 * "in total", "a total of") is a fact at its own time:
 * - without `as_of`, a different figure that only updates or sums the count does not
 *   contradict a claim, unless the claim says its figure is final ("the final toll") or
 *   is itself a total;
 * - with `as_of`, a figure tied to another time (the sentence's own date, else the
 *   source's publication day) neither supports nor contradicts.
 */

import { alternation, LEX, startsWithAny } from '../lexicon/index.js';
import type { Analysis } from '../nlp/analyze.js';
import { tokenize } from '../text/normalize.js';
import { publishedDay } from '../values/date.js';

export const RULE = 'changing-figures';

// word sequences, lower case, that mark a running or updated count
const CHANGING = LEX.changingCountPhrases;
const FINAL = new RegExp(`\\b(?:${alternation(LEX.finalCountPhrases)})\\b`, 'i');

// verbs that move a figure: "reduced the rates to 0.4%", "lowered to", "cut to"
const CHANGE_VERBS = LEX.changeVerbPrefixes;

/** The changing-count marker in the figure's clause, if any; `from` is the figure's first token. */
export function changingMarker(a: Analysis, clause: number, from = -1): string | undefined {
  const toks = a.tokens;
  if (from > 0 && toks[from - 1]?.norm === 'to')
    for (let k = from - 2; k >= Math.max(0, from - 8) && a.clauseOf[k] === a.clauseOf[from]; k--)
      if (startsWithAny(CHANGE_VERBS, toks[k]?.norm ?? '')) return `${toks[k]?.raw} ... to`;
  for (let i = 0; i < toks.length; i++) {
    if (a.clauseOf[i] !== clause && a.clauseOf[i] !== clause - 1) continue;
    for (const p of CHANGING) if (p.every((w, j) => toks[i + j]?.norm === w)) return p.join(' ');
  }
  return undefined;
}

// a claim about a total: every final-count phrase but "final" itself ("in total", "combined")
const TOTAL = LEX.finalCountPhrases.filter((p) => !(p.length === 1 && p[0] === 'final'));

/** The claim's figure is a total ("the fines total €1.68 billion", "in all"). */
export function claimIsTotal(claimText: string): boolean {
  const toks = tokenize(claimText);
  for (let i = 0; i < toks.length; i++) for (const p of TOTAL) if (p.every((w, j) => toks[i + j]?.norm === w)) return true;
  return false;
}

/**
 * The sentence gives its figure as a total too ("so far", "in total", "a total of", "combined"):
 * only then can it contradict a claimed total; one fine is not the sum of fines.
 */
export function sentenceGivesTotal(a: Analysis): boolean {
  const toks = a.tokens;
  for (let i = 0; i < toks.length; i++) for (const p of CHANGING) if (p.every((w, j) => toks[i + j]?.norm === w)) return true;
  for (let i = 0; i < toks.length; i++) for (const p of TOTAL) if (p.every((w, j) => toks[i + j]?.stem === w || toks[i + j]?.norm === w)) return true;
  return false;
}

/** The claim says its figure is final or a total: a different running count contradicts it. */
export function claimIsFinal(claimText: string): boolean {
  return FINAL.test(claimText);
}

/** With `as_of` (a day number range), the figure's time is another: the sentence's date, else the source's day. */
export function otherTime(asOf: { from: number; to: number }, sentenceDay: number | undefined, published?: string): boolean {
  const day = sentenceDay ?? (published ? publishedDay(published) : undefined);
  if (day === undefined) return false;
  return day < asOf.from || day > asOf.to;
}

/**
 * The figure is given as the whole its parts come from ("479 votes from the total number of
 * 702 votes", "23 out of 210 constituencies"): a claim about a part is not contradicted by it.
 * Returns the marker, or undefined.
 */
export function wholeMarker(a: Analysis, from: number): string | undefined {
  for (const phrase of LEX.wholeMarkers) {
    for (let k = Math.max(0, from - WHOLE_REACH); k + phrase.length <= from; k++) {
      if (phrase.every((w, j) => a.tokens[k + j]?.norm === w) && !a.tokens.slice(k, from).some((t) => t.punct)) return phrase.join(' ');
    }
  }
  return undefined;
}
// "the total number of 702": the most words between the marker and the figure
const WHOLE_REACH = 4;
