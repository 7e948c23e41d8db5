/**
 * Rule: presupposed-amount. A figure written as something that already exists, after a
 * possessive ("wants to cut its $27.5 billion debt", "did not exchange GM's $27 billion
 * debt") or as "the" figure that a clause of its own describes ("on top of the four billion
 * it has already received"), is taken for granted by the sentence: a hedge, request or
 * negation on the clause's verb ("wants", "asked", "did not") does not reach it.
 */
import { LEX } from '../lexicon/index.js';
import type { Analysis } from '../nlp/analyze.js';

export const RULE = 'presupposed-amount';

/** The word that presupposes the figure at tokens [from, to) ("its", "the"), or undefined. */
export function presupposedBy(a: Analysis, from: number, to: number): string | undefined {
  // "GM's US$27 billion debt": a currency prefix glued to the figure is part of it
  const prefixed = LEX.currencyPrefixes.has(a.tokens[from - 1]?.norm ?? '') && a.tokens[from - 1]?.cap;
  const before = a.tokens[prefixed ? from - 2 : from - 1];
  if (!before || before.punct) return undefined;
  if (LEX.possessiveDeterminers.has(before.norm)) return before.raw;
  // a possessive name: "GM's US$27 billion debt"
  if (before.cap && /['’]s$/.test(before.raw)) return before.raw;
  // "the four billion it has already received": a reduced relative clause right after the figure
  const after = a.tokens[to];
  if (before.norm === 'the' && after && LEX.subjectPronouns.has(after.norm)) return before.raw;
  return undefined;
}
