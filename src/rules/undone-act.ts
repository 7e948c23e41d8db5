/**
 * Rule: undone-act. For a claim without a value ("the co-defendants were not hanged with
 * him"), an event the sentence says was postponed, cancelled or called off did not happen
 * then: "The executions of A and B were postponed to a later date" reads as a negation of
 * the executions. A verb the claim itself states ("the vote was postponed") is its own.
 * Claims with a value are left alone: "postponed to May 3" gives the new date.
 */
import { LEX } from '../lexicon/index.js';
import type { Analysis, CueHit } from '../nlp/analyze.js';
import { tagOnce } from '../nlp/pos.js';

export const RULE = 'undone-act';

/**
 * A clause with a finite verb, by the tagger's tags (untagged text: any clause). A clause that
 * opens with a participle ("planned for a year", "killing two") modifies what is before it.
 */
function hasVerb(a: Analysis, c: number): boolean {
  const cl = a.clauses[c];
  if (!cl) return false;
  if (a.tokens[cl.from]?.pos === 'VERB') return false;
  for (let i = cl.from; i < cl.to; i++) {
    const p = a.tokens[i]?.pos;
    if (p === undefined || p === 'VERB' || p === 'AUX') return true;
  }
  return false;
}

/**
 * The clauses a term's predicate may sit in: its own and, past verbless appositives ("The
 * executions of A, president of the court, were postponed"), the next clause with a verb.
 */
function predicateClauses(a: Analysis, termClauses: Set<number>): Set<number> {
  const out = new Set(termClauses);
  for (const c of termClauses) {
    if (hasVerb(a, c)) continue;
    for (let k = c + 1; k < a.clauses.length; k++) {
      out.add(k);
      if (hasVerb(a, k)) break;
    }
  }
  return out;
}

/** The undoing verb in a clause holding a claim term (or its predicate), as a negation cue, or undefined. */
export function undoingCue(a: Analysis, termClauses: Set<number>, claimStems: Set<string>): CueHit | undefined {
  if (!a.tokens.some((t) => LEX.undoingVerbs.has(t.norm))) return undefined;
  tagOnce(a);
  const scope = predicateClauses(a, termClauses);
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i];
    const clause = a.clauseOf[i] ?? 0;
    if (!t || t.cap || !scope.has(clause) || !LEX.undoingVerbs.has(t.norm) || claimStems.has(t.stem)) continue;
    // "called off": the particle belongs to the verb
    const to = LEX.undoingVerbs.has(`${t.norm} ${a.tokens[i + 1]?.norm}`) ? i + 2 : i + 1;
    return { kind: 'negation', from: i, to, clause, reach: [clause] };
  }
  return undefined;
}
