/**
 * Rule: other-act. Two ways a sentence that matches the claim's terms reports a different
 * act than the claim's:
 * - the date hangs on another verb whose phrase holds the claim's term: "Delta emerged
 *   from Chapter 11 bankruptcy Monday" dates the emerging, not the filing of a claim that
 *   says "filed for bankruptcy" (the verb is neither a claim term nor in the claim's words);
 * - the claim's verb counts other victims or objects: "a bombing which killed at least 136
 *   people Thursday" is not the day a named person "was killed".
 */

import { LEX } from '../lexicon/index.js';
import type { Analysis } from '../nlp/analyze.js';
import type { Token } from '../text/normalize.js';

export const RULE = 'other-act';

const PREPOSITIONS = LEX.otherActPrepositions;
const NOT_ACTS = LEX.notActs;
const QUALIFIERS = LEX.qualifierWords;

function verbLike(t: Token, irregular: ReadonlySet<string>): boolean {
  if (t.punct || t.cap || t.digit || NOT_ACTS.has(t.norm)) return false;
  return irregular.has(t.norm) || (t.norm.length > 4 && t.norm.endsWith('ed'));
}

/** The verb that owns a date at token `from`, when it is another act than the claim's; else undefined. */
// the most words between the claim's term and a verb that governs its phrase
const GOVERNING_REACH = 5;

export function otherGoverningVerb(
  a: Analysis,
  from: number,
  about: (i: number) => boolean,
  claimStems: Set<string>,
  irregular: ReadonlySet<string>,
): string | undefined {
  const clause = a.clauseOf[from];
  let seenTerm = false;
  let prep = false;
  let past = 0;
  for (let k = from - 1; k >= 0 && a.clauseOf[k] === clause; k--) {
    // the governing verb is close to the term ("emerged from bankruptcy Monday"); one far back
    // ("judges fired by X and a nominee ... in the election on May 3") governs another phrase
    if (seenTerm && ++past > GOVERNING_REACH) return undefined;
    const t = a.tokens[k] as Token;
    if (t.punct && t.norm !== '-') return undefined;
    if (about(k)) {
      // the claim's own verb ("visited Moscow on August 6") owns the date
      if (verbLike(t, irregular) || /ing$/.test(t.norm)) return undefined;
      seenTerm = true;
      continue;
    }
    if (!seenTerm) {
      if (verbLike(t, irregular)) return undefined;
      continue;
    }
    if (PREPOSITIONS.has(t.norm)) prep = true;
    if (verbLike(t, irregular)) return prep && !claimStems.has(t.stem) ? t.raw : undefined;
  }
  return undefined;
}

/** A claim-term verb followed by a count of what it acted on ("killed at least 136 people"). */
export function countsOtherObjects(a: Analysis, verb: number, about: (i: number) => boolean = () => false): boolean {
  const t = a.tokens[verb];
  if (!t || t.cap) return false;
  let k = verb + 1;
  while (k < a.tokens.length && QUALIFIERS.has(a.tokens[k]?.norm ?? '')) k++;
  const n = a.tokens[k];
  if (!n) return false;
  // an amount is no object acted on: "fined €280.5 million", "cut 12 percent"
  if (/[€$£¥%]/.test(a.text.slice(t.end, n.start)) || AMOUNTS.has(a.tokens[k + 1]?.norm ?? '') || AMOUNTS.has(a.tokens[k + 2]?.norm ?? '')) return false;
  if (!n.digit && !LEX.countWords.has(n.norm)) return false;
  // "recall around 17,000 Lexus vehicles", "recall 1.1 million cars": objects the claim itself names are the claim's
  for (let j = k + 1; j < Math.min(a.tokens.length, k + OBJECT_WORDS + 1); j++) {
    if (a.tokens[j]?.punct) break;
    if (about(j)) return false;
  }
  return true;
}
// the words of a counted object phrase ("17,000 Lexus HS 250h vehicles")
const OBJECT_WORDS = 4;

const AMOUNTS = LEX.amountUnits;

/**
 * "at least 4 people died in the attack and 52 others have been injured": a figure whose
 * noun phrase is the subject of its own verb counts what that verb did. When the verb is not
 * a claim term, the figure is another act's count. Returns the verb, or undefined.
 */
export function subjectOfOtherAct(
  a: Analysis,
  figure: { tokFrom: number; tokTo: number },
  about: (i: number) => boolean,
  irregular: ReadonlySet<string>,
): string | undefined {
  let k = figure.tokTo;
  // the counted noun phrase ("others", "more people", "police officers")
  for (let n = 0; n < 3 && a.tokens[k] && !a.tokens[k]?.punct && !a.tokens[k]?.cap && !LEX.functionWords.has(a.tokens[k]?.norm ?? ''); n++) {
    if (about(k)) return undefined;
    if (k > figure.tokTo && verbLike(a.tokens[k] as Token, irregular)) break;
    k++;
  }
  if (k === figure.tokTo) return undefined;
  // auxiliaries and adverbs before the verb ("have been", "were reportedly")
  const noun = k;
  while (a.tokens[k] && (LEX.passiveAuxiliaries.has(a.tokens[k]?.norm ?? '') || LEX.subjectVerbGap.has(a.tokens[k]?.norm ?? ''))) k++;
  // without an auxiliary, only a coordinated figure ("... and 34 others injured") has its own verb; "Three men
  // suspected of involvement have been detained" is a participle describing the men
  if (k === noun && a.tokens[figure.tokFrom - 1]?.norm !== 'and') return undefined;
  const v = a.tokens[k];
  if (!v || about(k) || !verbLike(v, irregular)) return undefined;
  return v.raw;
}
