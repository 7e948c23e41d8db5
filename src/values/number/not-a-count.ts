/** Numbers that count nothing: "Chapter 11", "MP3", "the conventions of 1940", "no one". */
import { CALENDAR_ORDER, LEX, startsWithAny } from '../../lexicon/index.js';
import type { Token } from '../../text/normalize.js';
import { CURRENCY_PREFIX } from './currency.js';

const STOP_FOLLOW = LEX.stopFollowing;
const NOT_A_COUNT_BEFORE_ONE = LEX.notACountBeforeOne;

/** "MP3", "G8": digits glued to a word name something. */
function gluedToWord(tokens: Token[], i: number, text: string): boolean {
  const prev = tokens[i - 1];
  return !!prev && !prev.punct && !prev.digit && prev.end === (tokens[i] as Token).start && /\p{L}$/u.test(text.slice(prev.start, prev.end));
}

/** "the conventions of 1940, 1944 and 1960": a bare four-digit year that counts nothing is no count. */
function bareYear(tokens: Token[], i: number, next: number): boolean {
  const t = tokens[i] as Token;
  if (next !== i + 1 || !/^(?:1[89]|20)\d\d$/.test(t.raw)) return false;
  const after = tokens[next];
  return !after || after.punct || LEX.wordsAfterBareYear.has(after.norm);
}

/** A number right after a capitalised word that is not a month or the sentence's first word: "Chapter 11". */
function isIdentifier(tokens: Token[], i: number, text: string): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.punct || !prev.cap || i - 1 === 0) return false;
  // "Microsoft €2 million": a currency sign between makes it an amount
  if (/[€$£¥₹]/.test(text.slice(prev.end, (tokens[i] as Token).start))) return false;
  if (startsWithAny(CALENDAR_ORDER.months, prev.norm)) return false;
  return !CURRENCY_PREFIX.has(prev.norm);
}

/** The number read at token i (ending before token `next`) names something or is a pronoun, and counts nothing. */
export function notACount(tokens: Token[], i: number, next: number, text: string): boolean {
  const t = tokens[i] as Token;
  // "Chapter 11", "Flight 93", "Windows 95": a number right after a capitalised word names something
  if (t.digit && (isIdentifier(tokens, i, text) || gluedToWord(tokens, i, text) || bareYear(tokens, i, next))) return true;
  // "one" as a pronoun ("no one", "one of them") is not a count
  if (t.norm !== 'one' || next !== i + 1) return false;
  const after = tokens[next];
  return NOT_A_COUNT_BEFORE_ONE.has(tokens[i - 1]?.norm ?? '') || !after || after.punct || (STOP_FOLLOW.has(after.norm) && !after.hyphen);
}
