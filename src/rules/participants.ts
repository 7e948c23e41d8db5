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
 * The claim's names that its `about` terms do not already require, one group per name:
 * a name's words with the words of its aliases ("Yury Ushakov", "Yuri Ushakov"). A group
 * sharing a word with the about terms is required by them already.
 */
export function extraParticipants(groups: string[][], aboutWords: Set<string>): string[][] {
  return groups.filter((g) => !g.some((w) => aboutWords.has(w)));
}

/**
 * A word names one of the claim's names, or its people: "Thai" for Thailand, "Pakistani"
 * for Pakistan, "Portuguese" for Portugal (a demonym shares the name's stem).
 */
export function namesOne(names: Set<string> | string[], word: string): boolean {
  const norm = word.replaceAll('.', '');
  for (const name of names) {
    const n = name.replaceAll('.', '');
    if (n === norm) return true;
    if (demonym(n, norm)) return true;
  }
  return false;
}

/** Two words share a name's stem: the shared start is at least four letters and all but two of the shorter word. */
function demonym(a: string, b: string): boolean {
  const short = Math.min(a.length, b.length);
  if (short < 4 || Math.abs(a.length - b.length) > 4) return false;
  let k = 0;
  while (k < short && a[k] === b[k]) k++;
  return k >= Math.max(4, short - 2);
}

/** Why the sentence is not about the claim's participants, or undefined. */
export function missingParticipants(tokens: Token[], extra: string[][], names: Set<string>): string | undefined {
  if (extra.length === 0) return undefined;
  for (const t of tokens) if (!t.punct && t.cap && namesOne(names, t.norm)) return undefined;
  return `names none of the claim's participants (${label(extra)}) beyond its about terms`;
}

/** The groups as words: "Kremlin, Yury Ushakov". */
export function label(groups: string[][]): string {
  return groups.map((g) => g.join(' ')).join(', ');
}

/**
 * Rule: source-relevance. A source that never names any of the claim's participants
 * (beyond its about terms) anywhere in its text is about something else: a coup in
 * Mauritania says nothing about "the military coup" of a claim that names Thailand. The
 * engine answers it from the corpus index (engine/evaluate.ts, participantSources) with
 * `namesOne` as the test of a word.
 */

/**
 * "the March crash of state-run Garuda Indonesia Flight 200": a date that modifies a claim
 * term which an "of" phrase gives to a name the claim does not name dates that name's event.
 * Returns the name, or undefined.
 */
export function dateOfOtherNamesEvent(tokens: Token[], to: number, about: (i: number) => boolean): string | undefined {
  let k = to;
  if (!about(k)) return undefined;
  while (about(k) && !tokens[k]?.cap) k++;
  if (tokens[k]?.norm !== 'of') return undefined;
  k++;
  // "of the", "of state-run": a determiner and up to three plain modifiers before the name
  for (let n = 0; n < 4 && tokens[k] && !tokens[k]?.cap && !tokens[k]?.punct; n++) k++;
  const start = k;
  while (tokens[k]?.cap && !tokens[k]?.punct) {
    if (about(k)) return undefined;
    k++;
  }
  return k > start
    ? tokens
        .slice(start, k)
        .map((t) => t.raw)
        .join(' ')
    : undefined;
}
