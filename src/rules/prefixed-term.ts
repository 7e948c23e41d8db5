/**
 * Rule: prefixed-term. A claim term glued by a hyphen to a modifier prefix ("post-election
 * violence", "pre-summit talks", "anti-coup protests") names something before, after or
 * against the event, not the event itself: the sentence does not mention the claim's term.
 */
import { LEX } from '../lexicon/index.js';
import type { Token } from '../text/normalize.js';
import type { TermHit } from '../text/terms.js';

export const RULE = 'prefixed-term';

/** The prefix the hit is glued to ("post" in "post-election"), or undefined. */
export function modifierPrefix(tokens: Token[], h: TermHit): string | undefined {
  const first = tokens[h.from];
  const prev = tokens[h.from - 1];
  if (!first?.hyphen || !prev || prev.punct) return undefined;
  return LEX.modifierPrefixes.has(prev.norm) ? prev.raw : undefined;
}
