/**
 * Rule: participants. A claim with no typed value asserts that something happened to or
 * between the people and places its own sentence names ("The United States did not ask
 * Iraq to delay Saddam's execution"). When `about` leaves those names out, a sentence that
 * names none of them ("the execution was delayed as politicians debated") is about the
 * event in general, not the claim: it neither supports nor contradicts.
 */
import type { Token } from '../text/normalize.js';

export const RULE = 'participants';

/**
 * The claim's names that its `about` terms do not already require, or an empty list.
 * `names` are the lower-cased names of the claim sentence (with aliases); `aboutWords`
 * the lower-cased words of every about term.
 */
export function extraParticipants(names: Set<string>, aboutWords: Set<string>): string[] {
  return [...names].filter((n) => !aboutWords.has(n));
}

/** Why the sentence is not about the claim's participants, or undefined. */
export function missingParticipants(tokens: Token[], extra: string[], names: Set<string>): string | undefined {
  if (extra.length === 0) return undefined;
  for (const t of tokens) if (!t.punct && names.has(t.norm)) return undefined;
  return `names none of the claim's participants (${extra.join(', ')}) beyond its about terms`;
}
