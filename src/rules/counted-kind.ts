/**
 * Rule: counted-kind. A figure counts what its "of" phrase says: "30,000 pages of software
 * code" are not the claim's "12,000 pages of technical documentation", "2 million barrels of
 * water" not its barrels of oil. When the claim's wording and the sentence both say what
 * their counted noun is made of, and the two share no word, the sentence's figure is
 * another count: it does not contradict. Likewise, when the sentence gives the claim's own
 * figure, a different figure that counts another noun ("148 people ... seven co-defendants")
 * is another count.
 */
import { LEX } from '../lexicon/index.js';
import type { Token } from '../text/normalize.js';

export const RULE = 'counted-kind';

// a counted noun is at most this many words ("pages", "previously secret pages")
const NOUN_WORDS = 3;
// an "of" phrase is at most this many words ("of previously secret software code")
const PHRASE_WORDS = 5;

/** The stems of the content words of an "of" phrase at token k, or undefined when there is none. */
export function ofPhraseAt(tokens: Token[], k: number): Set<string> | undefined {
  if (tokens[k]?.norm !== 'of') return undefined;
  const out = new Set<string>();
  for (let j = k + 1; j < tokens.length && j <= k + PHRASE_WORDS; j++) {
    const t = tokens[j] as Token;
    if (t.punct || t.digit || t.cap) break;
    if (LEX.functionWords.has(t.norm)) {
      if (out.size > 0) break;
      continue;
    }
    out.add(t.stem);
  }
  return out.size > 0 ? out : undefined;
}

/** The "of" phrase after the counted noun that follows a figure ending at token `to`. */
export function ofPhraseAfterFigure(tokens: Token[], to: number): Set<string> | undefined {
  for (let k = to; k < tokens.length && k <= to + NOUN_WORDS; k++) {
    const t = tokens[k] as Token;
    if (t.norm === 'of') return k > to ? ofPhraseAt(tokens, k) : undefined;
    if (t.punct || t.digit || LEX.functionWords.has(t.norm)) return undefined;
  }
  return undefined;
}

/** The words of the sentence's phrase when it names another kind than the claim's, or undefined. */
export function otherKind(claimPhrase: Set<string> | undefined, sentencePhrase: Set<string> | undefined): string[] | undefined {
  if (!claimPhrase || !sentencePhrase) return undefined;
  for (const w of sentencePhrase) if (claimPhrase.has(w)) return undefined;
  return [...sentencePhrase];
}

/** The stem of the noun a figure ending at token `to` counts: the first word after it that is no function word. */
export function countedNounAfter(tokens: Token[], to: number): string | undefined {
  for (let k = to; k < tokens.length && k <= to + NOUN_WORDS; k++) {
    const t = tokens[k] as Token;
    if (t.punct || t.digit) return undefined;
    if (LEX.functionWords.has(t.norm) || LEX.scaleWords[t.norm] !== undefined) continue;
    // "270,000 in Canada": a name after a preposition is where, not what, the figure counts
    if (t.cap && LEX.functionWords.has(tokens[k - 1]?.norm ?? '')) return undefined;
    return t.stem;
  }
  return undefined;
}

/** The noun a different figure counts, when the sentence's figures equal to the claim's count other nouns; else undefined. */
export function otherCountedNoun(tokens: Token[], figure: { tokTo: number }, own: { tokTo: number }[]): string | undefined {
  if (own.length === 0) return undefined;
  const noun = countedNounAfter(tokens, figure.tokTo);
  if (!noun) return undefined;
  return own.every((o) => countedNounAfter(tokens, o.tokTo) !== noun && countedNounAfter(tokens, o.tokTo) !== undefined) ? noun : undefined;
}
