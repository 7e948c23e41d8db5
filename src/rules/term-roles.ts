/**
 * Rules on how the claim's terms sit in a sentence.
 * - distinct-terms: each `about` item needs a word of its own; one word cannot stand for two
 *   items ("re-elected" is not both "won" and "election").
 * - possessor: a name that only owns or describes the person who acts ("Saddam's
 *   co-defendants to be executed", "the former Saddam Hussein defense minister will be hanged")
 *   is not the one the claim's act happens to.
 */

import { LEX } from '../lexicon/index.js';
import type { Token } from '../text/normalize.js';
import type { TermHit } from '../text/terms.js';

export const DISTINCT = 'distinct-terms';
const PRONOUNS = LEX.personalPronouns;
export const POSSESSOR = 'possessor';

/** True when every item can take a hit that shares no token with the hits taken by the others. */
export function distinctHits(items: TermHit[][]): boolean {
  const used: [number, number][] = [];
  const overlaps = (h: TermHit) => used.some(([f, t]) => h.from < t && f < h.to);
  const pick = (k: number): boolean => {
    if (k === items.length) return true;
    for (const h of items[k] ?? []) {
      if (overlaps(h)) continue;
      used.push([h.from, h.to]);
      if (pick(k + 1)) return true;
      used.pop();
    }
    return false;
  };
  // items with many hits make the search wide: past a few, accept (no sentence is that ambiguous)
  return items.reduce((n, h) => n * Math.max(1, h.length), 1) > 4096 || pick(0);
}

/** A name hit written as a possessive ("Saddam's", "Saddam 's") whose next word is a person of the `people` kind. */
export function possessorOfPerson(tokens: Token[], h: TermHit, people: Set<string>, inTerms: (i: number) => boolean): boolean {
  const last = tokens[h.to - 1];
  if (!last?.cap) return false;
  let k = h.to;
  const glued = /['’]s$/.test(last.raw);
  if (!glued && /^['’]s$/.test(tokens[k]?.raw ?? '')) k++;
  else if (!glued) {
    // "the former Saddam Hussein defense minister": a name used as a modifier between a
    // determiner and the person it describes (one more word may come first: "defense")
    if (!LEX.determiners.has(tokens[h.from - 1]?.norm ?? '') && !LEX.formerlyWords.has(tokens[h.from - 1]?.norm ?? '') && tokens[h.from - 1]?.norm !== 'former')
      return false;
    const after = tokens[k];
    if (after && !after.cap && !after.punct && !people.has(after.stem) && !inTerms(k)) k++;
  }
  const next = tokens[k];
  if (!next || next.cap || next.punct || inTerms(k) || !people.has(next.stem)) return false;
  // "Bhutto's supporters say she was shot": a pronoun after it can still be the name
  return !tokens.slice(k + 1).some((t) => PRONOUNS.has(t.norm));
}
