/**
 * Rule: number-owner. In a sentence that gives figures for several named parties ("the
 * PPP has 78 seats, with Nawaz Sharif's party just behind with 72"), a figure belongs to
 * the nearest name before it in the sentence. When that name is none of the claim's
 * names while the claim's own name appears earlier, the figure is someone else's.
 * A figure that is the object of "of" after a noun that is not the claim's ("a market
 * value of around $4.2 billion" for a claim about a bid) counts that noun; it can
 * support only if it matches (a matching figure confirms its slot), never contradict.
 */

import { LEX, startsWithAny } from '../lexicon/index.js';
import type { Analysis } from '../nlp/analyze.js';
import type { Token } from '../text/normalize.js';

export const RULE = 'number-owner';

const SKIP_BEFORE_OF = LEX.skipBeforeOf;

const HONORIFICS = LEX.honorifics;

// months and weekdays are capitalised but name no party
const CALENDAR = LEX.calendarPrefixes;

/** The name (a run of capitalised words) nearest before token `from`, as token indices; the sentence's first word alone is no name. */
function nameBefore(tokens: Token[], from: number): [number, number] | undefined {
  for (let k = from - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (!t.cap || t.punct || (k === 0 && !tokens[1]?.cap) || startsWithAny(CALENDAR, t.norm)) continue;
    // "US$3 billion": a currency prefix glued to a figure by its sign is part of the amount, no owner
    if (LEX.currencyPrefixes.has(t.norm) && tokens[k + 1]?.digit && (tokens[k + 1]?.start ?? 0) - t.end <= 2) continue;
    let s = k;
    while (s > 0 && tokens[s - 1]?.cap && !tokens[s - 1]?.punct) s--;
    return [s, k + 1];
  }
  return undefined;
}

/** Why the figure at [from, to) belongs to another named party, or undefined. */
export function otherOwner(a: Analysis, from: number, about: (i: number) => boolean, isClaimName: (t: Token) => boolean): string | undefined {
  const owner = nameBefore(a.tokens, from);
  // only a name in the figure's own clause owns it ("..., where he held a three-hour meeting")
  if (!owner || a.clauseOf[owner[0]] !== a.clauseOf[from]) return undefined;
  // "the president of Kyrgyzstan after winning ... with 89%": a name inside a place or "of" phrase is no party
  if (insidePhrase(a.tokens, owner[0])) return undefined;
  // the owner is the claim's when it holds a claim term, or when every word of it is a claim name ("Nawaz Sharif", "Mr. Sharif")
  let named = 0;
  for (let k = owner[0]; k < owner[1]; k++) {
    const t = a.tokens[k] as Token;
    if (about(k)) return undefined;
    if (isClaimName(t) || HONORIFICS.has(t.norm)) named++;
  }
  if (named === owner[1] - owner[0]) return undefined;
  // the claim's name must appear earlier: otherwise the sentence is not about several parties
  let claimNameBefore = false;
  for (let k = 0; k < owner[0]; k++) if (about(k) && a.tokens[k]?.cap) claimNameBefore = true;
  if (!claimNameBefore) return undefined;
  const name = a.tokens
    .slice(owner[0], owner[1])
    .map((t) => t.raw)
    .join(' ');
  return `the nearest name before it is "${name}", not the claim's: the figure is theirs`;
}

/** "a market value of $4.2 billion": the noun the figure measures through "of", when that noun is not a claim term. */
export function ofNoun(a: Analysis, from: number, about: (i: number) => boolean): string | undefined {
  if (a.tokens[from - 1]?.norm !== 'of') return undefined;
  const k = from - 2;
  const t = a.tokens[k];
  if (!t || t.punct || t.cap || t.digit || about(k) || SKIP_BEFORE_OF.has(t.norm)) return undefined;
  return t.raw;
}

/** The name starting at token k is the object of a preposition ("of the European Union", "in Kyrgyzstan"). */
function insidePhrase(tokens: Token[], k: number): boolean {
  let j = k - 1;
  if (LEX.determiners.has(tokens[j]?.norm ?? '')) j--;
  return LEX.ownerlessPrepositions.has(tokens[j]?.norm ?? '');
}
