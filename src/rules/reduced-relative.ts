/**
 * Rule: reduced-relative. "disagreed over the restoration of judges fired by Musharraf in
 * November 2007": a past participle right after a noun is a relative clause without its
 * "who were"; what it says is taken for granted by the sentence, so a hedge on the main
 * verb before it ("was said to have disagreed", "wants to reinstate the judges fired in
 * 2007") does not reach it.
 */
import { LEX } from '../lexicon/index.js';
import type { Analysis } from '../nlp/analyze.js';

export const RULE = 'reduced-relative';

/** Whether token i is a past participle that opens a reduced relative clause after a noun ("judges fired", "the lawsuit filed"). */
export function opensReducedRelative(a: Analysis, i: number): boolean {
  const t = a.tokens[i];
  const noun = a.tokens[i - 1];
  if (!t || !noun || t.cap || t.punct || noun.punct || noun.digit) return false;
  const participle = (t.norm.length > 4 && t.norm.endsWith('ed')) || LEX.irregularPastVerbs.has(t.norm);
  if (!participle) return false;
  // a noun, not an auxiliary or function word, before it: "were fired" is a passive, "judges fired" a reduced relative
  if (LEX.functionWords.has(noun.norm) || LEX.passiveAuxiliaries.has(noun.norm) || LEX.modals.has(noun.norm) || noun.norm.endsWith('ly')) return false;
  // the participle is followed by its agent or circumstance ("by", "in", "on"), as a reduced relative is
  const next = a.tokens[i + 1]?.norm ?? '';
  return LEX.reducedRelativeFollowers.has(next);
}
