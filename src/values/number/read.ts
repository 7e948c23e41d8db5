/**
 * Reading the number itself: digits ("1,200", "3½", "2 1/2", "4.5 million") and number
 * words ("twenty-five", "two hundred and ten", "a dozen", "two-and-a-half"). Number words
 * are hand-written: the packages tried misread "a three-hour" and lose qualifiers.
 */
import { LEX } from '../../lexicon/index.js';
import type { Token } from '../../text/normalize.js';

const UNITS = LEX.unitWords;
const TENS = LEX.tensWords;
const SCALES = LEX.scaleWords;
const GLUED_SCALES = LEX.gluedScaleWords;
const VULGAR = LEX.vulgarFractions;

/** A number read from the tokens: its value and the index of the token after it. */
export interface ReadNumber {
  value: number;
  next: number;
}

function wordValue(t: Token | undefined, sentenceStart = false): number | undefined {
  if (!t || t.punct || (t.cap && !sentenceStart)) return undefined;
  return UNITS[t.norm] ?? TENS[t.norm];
}

/** Read a number starting at token i; returns its value and the token after it. */
export function readNumber(tokens: Token[], i: number, text = ''): ReadNumber | undefined {
  const t = tokens[i];
  if (!t || t.punct) return undefined;
  return t.digit ? readDigits(tokens, i, text) : readWords(tokens, i);
}

/** "1,200", "3½", "2 1/2", "4.5 million". */
function readDigits(tokens: Token[], i: number, text: string): ReadNumber | undefined {
  const t = tokens[i] as Token;
  let value = Number(t.raw.replace(/,(?=\d{3}\b)/g, ''));
  if (!Number.isFinite(value)) return undefined;
  let next = i + 1;
  // "3½", "2 1/2"
  const frac = VULGAR[text[t.end] ?? ''];
  if (frac !== undefined) value += frac;
  const n1 = tokens[i + 1];
  const n2 = tokens[i + 2];
  if (n1?.digit && n2?.digit && text.slice(t.end, n1.start) === ' ' && text.slice(n1.end, n2.start) === '/' && Number(n2.raw) > Number(n1.raw)) {
    value += Number(n1.raw) / Number(n2.raw);
    next = i + 3;
  }
  const sc = tokens[next];
  // "1.1m", "$16.4m", "5bn": an abbreviated scale glued to the digits
  const glued = sc && sc.start === (tokens[next - 1] as Token).end ? GLUED_SCALES[sc.norm] : undefined;
  if (sc && !sc.punct && (SCALES[sc.norm] !== undefined || glued !== undefined)) {
    // "16.6 billion": 16.6 × 10⁹ is 16600000000.000002 in binary floating point; keep the written digits
    value = Number((value * ((SCALES[sc.norm] ?? glued) as number)).toPrecision(15));
    next++;
  }
  return { value, next };
}

/** Token j continues the number words that start at token i ("twenty-five", "hundred and ten", "thousand five"). */
function continuesNumber(tokens: Token[], i: number, j: number): boolean {
  const prev = tokens[j - 1]?.norm;
  return j === i || !!tokens[j]?.hyphen || prev === 'and' || SCALES[prev ?? ''] !== undefined || TENS[prev ?? ''] !== undefined;
}

/** "twenty-five", "two hundred and ten", "a dozen", "two-and-a-half"; a capitalised number word only at the sentence's start. */
function readWords(tokens: Token[], i: number): ReadNumber | undefined {
  const t = tokens[i] as Token;
  const initial = i === 0 || !!tokens[i - 1]?.punct;
  if (wordValue(t, initial) === undefined && !(t.norm === 'a' && tokens[i + 1]?.norm === 'dozen')) return undefined;
  let total = 0;
  let current = 0;
  let j = i;
  if (t.norm === 'a') {
    current = 12;
    j = i + 2;
  }
  for (; j < tokens.length; j++) {
    const w = tokens[j] as Token;
    const u = wordValue(w, j === i && initial);
    if (u !== undefined && continuesNumber(tokens, i, j)) {
      if (j > i && u >= 20 && current % 100 !== 0) break; // "five twenty" is not 25
      current += u;
      continue;
    }
    if (!w.punct && SCALES[w.norm] !== undefined && j > i) {
      const s = SCALES[w.norm] as number;
      if (s === 100) current *= 100;
      else {
        total += current * s;
        current = 0;
      }
      continue;
    }
    // "two-and-a-half"
    if (w.norm === 'and' && tokens[j + 1]?.norm === 'a' && tokens[j + 2]?.norm === 'half') {
      current += 0.5;
      j += 2;
      continue;
    }
    if (w.norm === 'and' && wordValue(tokens[j + 1]) !== undefined && SCALES[tokens[j - 1]?.norm ?? ''] !== undefined) continue;
    break;
  }
  return { value: total + current, next: j };
}
