/**
 * Rule: paired-figures. A sentence that pairs several figures, each with its own name
 * ("870,000 minivans (600,000 in the United States and 270,000 in Canada)", "the Greens
 * won 41 seats and Labour 12", "Reyes received 153 votes while Ortiz got 43") gives each
 * figure to its name. When one pair is the claim's (its name is a claim term), a figure
 * paired with another name is that name's: it neither supports nor contradicts.
 *
 * Pairs are read on one side at a time: a name right after the figure through a
 * preposition ("600,000 in the United States"), or the nearest name before it with only a
 * few words between ("Ortiz got 43"). A sentence with one figure, or whose figures share
 * one name, pairs nothing.
 */

import { LEX, startsWithAny } from '../lexicon/index.js';
import type { Analysis } from '../nlp/analyze.js';
import type { Token } from '../text/normalize.js';

export const RULE = 'paired-figures';

/** A figure's place in the sentence: its first token and the token after it. */
export interface Figure {
  tokFrom: number;
  tokTo: number;
}

type Span = [number, number];

// words that may stand between a figure and the preposition of its trailing name: the counted noun ("600,000 cars in")
const MAX_NOUN_WORDS = 3;
// words that may stand between a leading name and its figure ("Ortiz got 43", "Sharif's party just behind with 72")
const MAX_GAP = 6;

// months and weekdays are capitalised but name no party
const isName = (t: Token | undefined): boolean => !!t?.cap && !t.punct && !t.digit && !startsWithAny(LEX.calendarPrefixes, t.norm);

/** The name after a figure through a preposition: "600,000 (cars) in (the) United States". */
function trailingName(toks: Token[], f: Figure): Span | undefined {
  let k = f.tokTo;
  for (let n = 0; n < MAX_NOUN_WORDS && toks[k] && !toks[k]?.punct && !toks[k]?.cap && !LEX.pairingPrepositions.has(toks[k]?.norm ?? ''); n++) k++;
  if (!LEX.pairingPrepositions.has(toks[k]?.norm ?? '')) return undefined;
  k++;
  if (LEX.articles.has(toks[k]?.norm ?? '')) k++;
  if (!isName(toks[k])) return undefined;
  const s = k;
  while (isName(toks[k])) k++;
  return [s, k];
}

/** The nearest name before a figure, no more than a few words and no other figure away: "Ortiz got 43". */
function leadingName(toks: Token[], f: Figure, sentenceStart: number): Span | undefined {
  for (let k = f.tokFrom - 1, n = 0; k >= sentenceStart && n <= MAX_GAP; k--, n++) {
    const t = toks[k] as Token;
    if (t.digit || (t.punct && t.norm !== ',' && t.norm !== "'" && t.norm !== '’')) return undefined;
    if (!isName(t) || (k === 0 && !isName(toks[1]))) continue;
    let s = k;
    while (s > sentenceStart && isName(toks[s - 1])) s--;
    return [s, k + 1];
  }
  return undefined;
}

/** A comparable key for a name: its words, lower-cased. */
const keyOf = (toks: Token[], [s, e]: Span): string =>
  toks
    .slice(s, e)
    .map((t) => t.norm)
    .join(' ');

/**
 * Why the figure belongs to another name than the claim's, or undefined. `figures` are every
 * figure of the sentence; `isClaim` says whether a name (a token span) is the claim's.
 */
export function pairedOwner(a: Analysis, m: Figure, figures: Figure[], isClaim: (s: Span) => boolean): string | undefined {
  if (figures.length < 2) return undefined;
  const toks = a.tokens;
  if (totalOfClaimPart(toks, m, figures, isClaim))
    return "is the total the sentence breaks down into parts, one of them the claim's: the part is the claim's figure";
  for (const side of [trailingName, (t: Token[], f: Figure) => leadingName(t, f, 0)]) {
    const own = side(toks, m);
    if (!own || isClaim(own)) continue;
    const others = figures.filter((f) => f.tokFrom !== m.tokFrom).map((f) => side(toks, f));
    // another figure of the sentence is paired, on the same side, with the claim's name
    const claimPair = others.some((o) => !!o && isClaim(o) && keyOf(toks, o) !== keyOf(toks, own));
    if (claimPair)
      return `is paired with "${toks
        .slice(own[0], own[1])
        .map((t) => t.raw)
        .join(' ')}", as another figure of the sentence is with the claim's: the figure is theirs`;
  }
  return undefined;
}

/** The figure is paired, through a preposition after it, with a claim name ("270,000 in Canada"): the name before it does not own it. */
export function pairedWithClaim(a: Analysis, m: Figure, isClaim: (s: Span) => boolean): boolean {
  const own = trailingName(a.tokens, m);
  return !!own && isClaim(own);
}

/**
 * "870,000 vans (600,000 in the United States and 270,000 in Canada)", "870,000 vans,
 * including 270,000 in Canada": a figure followed, within its noun phrase, by a breakdown
 * whose part is paired with the claim's name is the whole, not the claim's part.
 */
function totalOfClaimPart(toks: Token[], m: Figure, figures: Figure[], isClaim: (s: Span) => boolean): boolean {
  let k = m.tokTo;
  for (let n = 0; n < MAX_GAP && toks[k] && toks[k]?.norm !== '(' && !LEX.breakdownMarkers.has(toks[k]?.norm ?? ''); n++, k++) {
    const t = toks[k] as Token;
    if (t.digit || (t.punct && t.norm !== ',')) return false;
  }
  const open = toks[k];
  if (!open || (open.norm !== '(' && !LEX.breakdownMarkers.has(open.norm))) return false;
  const close = open.norm === '(' ? toks.findIndex((t, i) => i > k && t.norm === ')') : toks.length;
  const end = close < 0 ? toks.length : close;
  return figures.some((f) => {
    if (f.tokFrom <= k || f.tokFrom >= end) return false;
    const name = trailingName(toks, f);
    return !!name && isClaim(name);
  });
}
