/**
 * What a number counts or measures: its unit or the noun after it ("three hours", "20%",
 * "€280.5 million", "four of the seven biggest carriers"), as stems.
 */
import { LEX } from '../../lexicon/index.js';
import type { Token } from '../../text/normalize.js';
import { currencyBefore } from './currency.js';
import { readNumber } from './read.js';

// the noun phrase after a number ends at its verb
const AUXILIARIES = LEX.nounPhraseEnds;
const PARTITIVE_PRONOUNS = LEX.partitivePronouns;
const PARTITIVE_DET = LEX.partitiveDeterminers;
const STOP_FOLLOW = LEX.stopFollowing;

/** The words a number counts or measures. */
export interface Counted {
  /** Stems of the words that follow the number (its unit or the noun it counts). */
  following: string[];
  /** Token index of the first following word. */
  headAt: number;
  /** Token index where the counted noun phrase starts: after a partitive's "of the seven", the end of the sentence for "of them". */
  nounFrom: number;
  /** A partitive's whole: the token where "seven" of "four of the seven" starts. */
  wholeAt?: number;
}

/** "four of the seven biggest carriers", "23 out of 210 constituencies": a partitive counts the noun after "of". */
function nounStart(tokens: Token[], next: number): { nounFrom: number; wholeAt?: number } {
  let of = next;
  if (tokens[of]?.norm === 'out' && tokens[of + 1]?.norm === 'of') of++;
  if (tokens[of]?.norm !== 'of' || tokens[of]?.punct) return { nounFrom: next };
  let j0 = of + 1;
  if (PARTITIVE_DET.has(tokens[j0]?.norm ?? '')) j0++;
  // "twenty of them": a share of something named before, no noun of its own
  if (PARTITIVE_PRONOUNS.has(tokens[j0]?.norm ?? '')) return { nounFrom: tokens.length };
  const whole = readNumber(tokens, j0);
  return whole ? { nounFrom: whole.next, wholeAt: j0 } : { nounFrom: j0 };
}

/** What the number read at token i (ending before token `next`) counts: up to four words, a percent sign or a currency. */
export function countedBy(tokens: Token[], i: number, next: number, text: string): Counted {
  const t = tokens[i] as Token;
  const following: string[] = [];
  let headAt = next;
  // "20%" is twenty percent; "€280.5 million" is euros
  if (text[(tokens[next - 1] as Token).end] === '%') following.push('percent');
  const currency = t.digit ? currencyBefore(text, t.start) : undefined;
  if (currency) following.push(currency);
  const { nounFrom, wholeAt } = nounStart(tokens, next);
  for (let j = nounFrom; j < tokens.length && following.length < 4; j++) {
    const w = tokens[j] as Token;
    // "58 per cent" is fifty-eight percent
    if (w.norm === 'per' && tokens[j + 1]?.norm === 'cent') {
      following.push('percent');
      if (following.length === 1) headAt = j;
      j++;
      continue;
    }
    if (w.punct || w.digit || ((STOP_FOLLOW.has(w.norm) || AUXILIARIES.has(w.norm)) && !w.hyphen)) break;
    following.push(w.stem);
    if (following.length === 1) headAt = j;
  }
  return { following, headAt, nounFrom, ...(wholeAt !== undefined ? { wholeAt } : {}) };
}
