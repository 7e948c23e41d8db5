/** Currency signs around a number: the tokenizer drops them, so they are read from the text. */
import { LEX } from '../../lexicon/index.js';

/** Currency signs the tokenizer drops: "€280.5 million" counts euros, "US$1.35 billion" dollars. */
const CURRENCY_SIGNS = LEX.currencySigns;

/** Country prefixes of a currency sign: "US$", "A$", "C$", "HK$", "NZ$". */
export const CURRENCY_PREFIX = LEX.currencyPrefixes;

/** The currency sign written right before a number token ("€ 899", "US$1.35"), as a unit stem. */
export function currencyBefore(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 2), start).trimEnd();
  const sign = before[before.length - 1];
  return sign === undefined ? undefined : CURRENCY_SIGNS[sign];
}
