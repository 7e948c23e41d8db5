/**
 * Rule: other-occurrence. A sentence about another occurrence of the claim's event (an
 * earlier fine, the previous election) neither supports nor contradicts (section 6 of
 * the contract). Two readings decide it from `when` (the claim's own field, or the year
 * its wording gives: "In 2008 the EU fined ..."):
 * - a past-tense statement in a source published before `when` begins is about an
 *   earlier occurrence;
 * - for number, entity and plain claims, a sentence whose own date, in a clause with the
 *   claim's terms, lies in another year than `when` is about another occurrence.
 */

import { LEX } from '../lexicon/index.js';
import { type Analysis, tenseAt } from '../nlp/analyze.js';
import { type DateMention, type DateSpec, publishedDay, yearOfDay, yearSpec } from '../values/date.js';

export const RULE = 'other-occurrence';

// "In 2008", "on March 3, 2004", "during early 2021": a preposition, capitalised or not, before a year
const anyCase = (w: string): string => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`;
const YEAR_OF_WORDING = new RegExp(
  `\\b(?:${[...LEX.claimYearPrepositions].map(anyCase).join('|')})\\s+(?:(?:${[...LEX.monthParts].join('|')})[- ])?(?:[A-Z][a-z]+\\.?\\s+)?(?:\\d{1,2},?\\s+)?((?:19|20)\\d\\d)\\b`,
);

/** The year a claim's wording sets its event in: "In 2008 the EU fined ...", "on March 3, 2004". */
export function yearOfWording(claim: string): DateSpec | undefined {
  const m = YEAR_OF_WORDING.exec(claim);
  return m ? yearSpec(Number(m[1])) : undefined;
}

export interface OccurrenceInput {
  a: Analysis;
  /** Token indices of the claim's terms in the sentence. */
  termTokens: number[];
  when: DateSpec;
  kind: 'date' | 'number' | 'entity' | 'none';
  published?: string;
  dates: DateMention[];
}

/** Why the sentence is about another occurrence, or undefined when it is not. */
export function otherOccurrenceByWhen(x: OccurrenceInput): string | undefined {
  if (x.published) {
    const pub = publishedDay(x.published);
    if (pub < x.when.from && x.termTokens.some((i) => tenseAt(x.a, i) === 'past'))
      return `past tense in a source published ${x.published}, before the claim's event (${x.when.label}): an earlier occurrence`;
  }
  if (x.kind === 'date') return undefined;
  const termClauses = new Set(x.termTokens.map((i) => x.a.clauseOf[i]));
  for (const d of x.dates) {
    if (d.bound || !d.spec || !termClauses.has(x.a.clauseOf[d.tokFrom])) continue;
    // "a 2004 antitrust ruling": a date that modifies another noun dates that thing, not the sentence
    const next = x.a.tokens[d.tokTo];
    if (next && !next.punct && !next.cap && !next.digit && LEX.determiners.has(x.a.tokens[d.tokFrom - 1]?.norm ?? '')) continue;
    if (d.spec.to < x.when.from || d.spec.from > x.when.to)
      return `"${d.text}" (${d.spec.label}) sets this sentence in another time than the claim's event (${x.when.label})`;
  }
  return undefined;
}

/** Days after `when` ends that a report may still be about it (news lag). */
const LAG_DAYS = 31;

/**
 * An undated figure or name in a source published outside the claim's `when` belongs to the
 * source's own news ("the EU fined Microsoft €899 million" in a 2008 article, for a claim
 * about the 2006 fine): it may confirm the claim's value, but it cannot contradict it.
 * Returns the reason, or undefined when the sentence is placed in `when` or the source is.
 */
export function outsideWhen(when: DateSpec, published: string | undefined, dates: DateMention[]): string | undefined {
  if (!published) return undefined;
  const pub = publishedDay(published);
  if (pub >= when.from && pub <= when.to + LAG_DAYS) return undefined;
  // the sentence's date falls within the claim's time ("in March" for a March raid); a wider date that only
  // overlaps it ("two years ago", a year, for a March raid) does not place the sentence there
  if (dates.some((d) => !d.bound && d.spec && d.spec.from >= when.from && d.spec.to <= when.to + LAG_DAYS)) return undefined;
  return `the sentence has no date in the claim's time (${when.label}) and its source was published ${published}: its figure is that time's news`;
}

/**
 * A date resolved against the source's publication ("Wednesday", "last week") is the
 * source's own news. When it falls in another year than the claim's date, the sentence is
 * about another occurrence (a 2008 coup for a claim about a 2006 one), not a contradiction.
 * Dates written with their own numbers are left to the other rules: an explicit "March 2004"
 * for a claimed 2005 is what a reader calls a contradiction.
 */
export function relativeInOtherYear(claim: DateSpec, mention: DateMention): boolean {
  // only the source's present: a weekday, "today", "this week", a month named without its year ("in January"),
  // not "last year"
  if (!mention.spec || /\d/.test(mention.text) || mention.spec.to - mention.spec.from > 31) return false;
  return yearOfDay(mention.spec.from) > yearOfDay(claim.to) || yearOfDay(mention.spec.to) < yearOfDay(claim.from);
}

/** A word and the hyphenated words glued to it ("run-off", "by-election"), lower case, ending at token `k`. */
function compoundEndingAt(a: Analysis, k: number): string {
  let w = a.tokens[k]?.norm ?? '';
  for (let j = k; j > 0 && a.tokens[j]?.hyphen; j--) w = `${a.tokens[j - 1]?.norm}-${w}`;
  return w;
}

/**
 * Rule other-occurrence, rounds: a claim term qualified as another round of the event ("the
 * run-off election", "a by-election") is about that round, unless the claim's own wording
 * names it. Returns the qualifier, or undefined.
 */
export function otherRound(a: Analysis, termTokens: number[], claimText: string): string | undefined {
  const claim = claimText.toLowerCase().replaceAll('-', '');
  const kind = otherKindOfEvent(a, termTokens, claimText);
  if (kind) return kind;
  for (const i of termTokens) {
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const t = a.tokens[k];
      if (!t || (t.punct && t.norm !== '-')) break;
      const w = compoundEndingAt(a, k);
      if (LEX.otherRoundWords.has(w) || LEX.otherRoundWords.has(t.norm)) return claim.includes(w.replaceAll('-', '')) ? undefined : w;
    }
  }
  return undefined;
}

/**
 * "the presidential election" for a claim about "the parliamentary election": a term
 * qualified by another kind of the event than the one the claim's wording names is about that
 * other event. A claim that names no kind is not affected.
 */
function otherKindOfEvent(a: Analysis, termTokens: number[], claimText: string): string | undefined {
  const claimWords = new Set(claimText.toLowerCase().split(/[^a-z]+/));
  const claimKinds = [...LEX.eventKindWords].filter((w) => claimWords.has(w));
  if (claimKinds.length === 0) return undefined;
  for (const i of termTokens) {
    const before = a.tokens[i - 1];
    if (before && !before.punct && LEX.eventKindWords.has(before.norm) && !claimWords.has(before.norm)) return before.raw;
  }
  return undefined;
}
