/**
 * Numbers. A number with the claim's unit (or, for a unitless claim, one that counts
 * a claim term: "five-on-five format") supports when it equals the claim's number and
 * contradicts when it cannot be it. Qualifiers are kept: "at least six" supports 6,
 * "more than two" is compatible with 3 (neither), "up to two" contradicts 3.
 * Number words are hand-written: the packages tried misread "a three-hour" and lose
 * qualifiers (see shared/notes).
 */
import type { Analysis } from '../engine/analyze.js';
import type { Token } from '../text/normalize.js';
import { stem } from '../text/normalize.js';

export type Comparator = 'eq' | 'ge' | 'gt' | 'le' | 'lt' | 'approx';

export interface NumberMention {
  tokFrom: number;
  tokTo: number;
  start: number;
  end: number;
  text: string;
  value: number;
  cmp: Comparator;
  qualifier?: string;
  /** Stems of the words that follow the number (its unit or the noun it counts). */
  following: string[];
  /** Token index of the first following word. */
  headAt: number;
  /** Written as a compound with its unit ("three-hour"): it measures that unit. */
  compound: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const QUALIFIERS: [string[], Comparator][] = [
  [['at', 'least'], 'ge'],
  [['no', 'fewer', 'than'], 'ge'],
  [['no', 'less', 'than'], 'ge'],
  [['at', 'most'], 'le'],
  [['no', 'more', 'than'], 'le'],
  [['up', 'to'], 'le'],
  [['as', 'many', 'as'], 'le'],
  [['more', 'than'], 'gt'],
  [['over'], 'gt'],
  [['above'], 'gt'],
  [['upwards', 'of'], 'gt'],
  [['just', 'over'], 'gt'],
  [['less', 'than'], 'lt'],
  [['fewer', 'than'], 'lt'],
  [['under'], 'lt'],
  [['below'], 'lt'],
  [['just', 'under'], 'lt'],
  [['nearly'], 'approx'],
  [['almost'], 'approx'],
  [['about'], 'approx'],
  [['around'], 'approx'],
  [['approximately'], 'approx'],
  [['roughly'], 'approx'],
  [['some'], 'approx'],
  [['close', 'to'], 'approx'],
  [['an', 'estimated'], 'approx'],
];

const STOP_FOLLOW = new Set(['of', 'and', 'or', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'who', 'which', 'that', 'than', 'per']);
const NOT_A_COUNT_BEFORE_ONE = new Set(['no', 'the', 'any', 'every', 'each', 'this', 'that', 'which', 'someone', 'anyone', 'only', 'last']);

function wordValue(t: Token | undefined, sentenceStart = false): number | undefined {
  if (!t || t.punct || (t.cap && !sentenceStart)) return undefined;
  return UNITS[t.norm] ?? TENS[t.norm];
}

const VULGAR: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };

/** Read a number starting at token i; returns its value and the token after it. */
function readNumber(tokens: Token[], i: number, text = ''): { value: number; next: number } | undefined {
  const t = tokens[i];
  if (!t || t.punct) return undefined;
  if (t.digit) {
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
    if (sc && !sc.punct && SCALES[sc.norm] !== undefined) {
      value *= SCALES[sc.norm] as number;
      next++;
    }
    return { value, next };
  }
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
    if (
      u !== undefined &&
      (j === i || w.hyphen || tokens[j - 1]?.norm === 'and' || SCALES[tokens[j - 1]?.norm ?? ''] !== undefined || TENS[tokens[j - 1]?.norm ?? ''] !== undefined)
    ) {
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

/** Find the numbers of a sentence, skipping those inside the given date spans. */
export function findNumbers(a: Analysis, skip: [number, number][] = []): NumberMention[] {
  const tokens = a.tokens;
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (skip.some(([s, e]) => t.start >= s && t.end <= e)) continue;
    const r = readNumber(tokens, i, a.text);
    if (!r) continue;
    let { value, next } = r;
    // "one" as a pronoun ("no one", "one of them") is not a count
    if (t.norm === 'one' && next === i + 1) {
      const after = tokens[next];
      if (NOT_A_COUNT_BEFORE_ONE.has(tokens[i - 1]?.norm ?? '') || !after || after.punct || (STOP_FOLLOW.has(after.norm) && !after.hyphen)) continue;
    }
    // "five-on-five", "one-on-one": the count of each side
    let pairing = false;
    if (tokens[next]?.hyphen && tokens[next]?.norm === 'on' && tokens[next + 1]?.hyphen) {
      const other = readNumber(tokens, next + 1);
      if (other && other.value === value) {
        next = other.next;
        pairing = true;
      }
    }
    let from = i;
    let cmp: Comparator = 'eq';
    let qualifier: string | undefined;
    for (const [words, c] of QUALIFIERS) {
      const k = i - words.length;
      if (k < 0) continue;
      if (words.every((w, j) => tokens[k + j]?.norm === w && !tokens[k + j]?.punct)) {
        cmp = c;
        from = k;
        qualifier = words.join(' ');
        break;
      }
    }
    const following: string[] = [];
    let headAt = next;
    // "20%" is twenty percent
    if (a.text[(tokens[next - 1] as Token).end] === '%') following.push('percent');
    for (let j = next; j < tokens.length && following.length < 3; j++) {
      const w = tokens[j] as Token;
      if (w.punct || w.digit || (STOP_FOLLOW.has(w.norm) && !w.hyphen)) break;
      following.push(w.stem);
      if (following.length === 1) headAt = j;
    }
    const start = (tokens[from] as Token).start;
    const end = (tokens[next - 1] as Token).end;
    if (value !== Math.round(value * 1e6) / 1e6) value = Math.round(value * 1e6) / 1e6;
    const compound = !pairing && following.length > 0 && !!tokens[headAt]?.hyphen && headAt === next;
    out.push({
      tokFrom: from,
      tokTo: next,
      start,
      end,
      text: a.text.slice(start, end),
      value,
      cmp,
      ...(qualifier ? { qualifier } : {}),
      following,
      headAt,
      compound,
    });
    i = next - 1;
  }
  return out;
}

/** The unit of a claim, as a stem ("hours" -> "hour"). */
export function unitStem(unit: string): string {
  return stem(unit.toLowerCase());
}

export type NumberRelation = 'equal' | 'different' | 'compatible';

/** How a mentioned number relates to the claim's number. */
export function compareNumber(claim: number, m: NumberMention): NumberRelation {
  const v = m.value;
  switch (m.cmp) {
    case 'eq':
      return v === claim ? 'equal' : 'different';
    case 'approx':
      return v === claim ? 'equal' : Math.abs(v - claim) <= Math.max(1, Math.abs(claim) * 0.15) ? 'compatible' : 'different';
    case 'ge':
      return claim === v ? 'equal' : claim > v ? 'compatible' : 'different';
    case 'gt':
      return claim > v ? 'compatible' : 'different';
    case 'le':
      return claim <= v ? 'compatible' : 'different';
    case 'lt':
      return claim < v ? 'compatible' : 'different';
  }
}
