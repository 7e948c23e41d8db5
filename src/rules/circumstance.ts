/**
 * Rule: circumstance. "Bhutto was killed in a suicide attack as she was leaving a rally in
 * Rawalpindi": a clause opened by "as", "while" or "when" whose subject is a pronoun or
 * one of the claim's names describes what its participant was doing at the time of the
 * claim's event, so a place or date inside it is the event's own. The claim's terms must
 * come before the marker, in the same sentence, with no hard break between.
 */

import { LEX } from '../lexicon/index.js';
import type { Analysis } from '../nlp/analyze.js';

export const RULE = 'circumstance';

const MARKERS = LEX.circumstanceMarkers;
const SUBJECTS = LEX.circumstanceSubjects;
const HARD = new Set([';', ':', '(', ')', '—', '.', '"', '“', '”']);

/** True when the value at token `from` sits in a circumstance clause of the claim's event. */
export function inCircumstance(a: Analysis, from: number, about: (i: number) => boolean, isClaimName: (norm: string) => boolean): boolean {
  for (let k = from - 1; k > 0; k--) {
    const t = a.tokens[k];
    if (!t || HARD.has(t.norm)) return false;
    if (!MARKERS.has(t.norm)) continue;
    const subj = a.tokens[k + 1];
    if (!subj || !(SUBJECTS.has(subj.norm) || (subj.cap && isClaimName(subj.norm)))) return false;
    for (let j = k - 1; j >= 0; j--) {
      if (HARD.has(a.tokens[j]?.norm ?? '')) return false;
      if (about(j)) return true;
    }
    return false;
  }
  return false;
}
