/** The qualifier before a number: "at least six", "more than two", "up to two", "about 70". */
import { LEX } from '../../lexicon/index.js';
import type { Token } from '../../text/normalize.js';
import { CURRENCY_PREFIX, currencyBefore } from './currency.js';

export type Comparator = 'eq' | 'ge' | 'gt' | 'le' | 'lt' | 'approx';

const QUALIFIERS = LEX.qualifiers;

/** Where a qualified number starts (its first token), how it compares, and the qualifier's words. */
export interface Qualified {
  from: number;
  cmp: Comparator;
  qualifier?: string;
}

/** The qualifier of the number at token i, if any (the first of the lexicon's list that stands right before it). */
export function qualifierBefore(tokens: Token[], i: number, text: string): Qualified {
  const t = tokens[i] as Token;
  // "over US$8 billion": the qualifier stands before the currency's country prefix
  const q0 = t.digit && currencyBefore(text, t.start) && CURRENCY_PREFIX.has(tokens[i - 1]?.norm ?? '') ? i - 1 : i;
  for (const { phrase: words, compare } of QUALIFIERS) {
    const k = q0 - words.length;
    if (k < 0) continue;
    if (words.every((w, j) => tokens[k + j]?.norm === w && !tokens[k + j]?.punct)) return { from: k, cmp: compare, qualifier: words.join(' ') };
  }
  return { from: i, cmp: 'eq' };
}
