/**
 * Numbers. A number with the claim's unit (or, for a unitless claim, one that counts
 * a claim term: "five-on-five format") supports when it equals the claim's number and
 * contradicts when it cannot be it. Qualifiers are kept: "at least six" supports 6,
 * "more than two" is compatible with 3 (neither), "up to two" contradicts 3.
 * Number words are hand-written: the packages tried misread "a three-hour" and lose
 * qualifiers (see shared/notes).
 */

import { LEX } from '../lexicon/index.js';
import type { Analysis } from '../nlp/analyze.js';
import { sameKind } from '../text/kinds.js';
import type { Token } from '../text/normalize.js';
import { stem, tokenize } from '../text/normalize.js';
import { countedBy } from './number/counted.js';
import { notACount } from './number/not-a-count.js';
import { type Comparator, qualifierBefore } from './number/qualifier.js';
import { type ReadNumber, readNumber } from './number/read.js';

export type { Comparator } from './number/qualifier.js';

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
  /** The upper end of a range written as one figure ("between 10 and 20"); `value` is the lower end. */
  hi?: number;
  /** A figure written with a scale word ("16 million", "1.1 billion"): the place value of its last written digit. */
  roundedTo?: number;
  /** In a partitive ("71 of the 75 seats"): whether this figure is the part or the whole, and where the other starts. */
  partitive?: { role: 'part' | 'whole'; other: number };
}

/** "five-on-five", "one-on-one": the count of each side; `next` moves past the second number. */
function pairedCount(tokens: Token[], value: number, next: number): { next: number; pairing: boolean } {
  if (tokens[next]?.hyphen && tokens[next]?.norm === 'on' && tokens[next + 1]?.hyphen) {
    const other = readNumber(tokens, next + 1);
    if (other && other.value === value) return { next: other.next, pairing: true };
  }
  return { next, pairing: false };
}

/** The mention of the number read at token i, and the token where reading goes on. */
function mentionAt(a: Analysis, i: number, r: ReadNumber): { mention: NumberMention; resume: number } {
  const tokens = a.tokens;
  let value = r.value;
  const paired = pairedCount(tokens, value, r.next);
  const { pairing } = paired;
  const q = qualifierBefore(tokens, i, a.text);
  // "between 10 and 20 people", "450,000 - 600,000 passengers": one figure, a range
  const range = q.cmp === 'eq' && !pairing ? rangeAfter(tokens, i, paired.next, a.text) : undefined;
  const next = range?.next ?? paired.next;
  const from = range?.between ? i - 1 : q.from;
  const { cmp, qualifier } = q;
  const { following, headAt, nounFrom, wholeAt } = countedBy(tokens, i, next, a.text);
  const start = (tokens[from] as Token).start;
  const end = (tokens[next - 1] as Token).end;
  if (value !== Math.round(value * 1e6) / 1e6) value = Math.round(value * 1e6) / 1e6;
  const compound = !pairing && following.length > 0 && !!tokens[headAt]?.hyphen && headAt === next;
  const mention: NumberMention = {
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
    ...(wholeAt !== undefined ? { partitive: { role: 'part' as const, other: wholeAt } } : {}),
    ...(range ? { hi: range.hi } : {}),
  };
  const rounded = roundedTo(tokens, i, next);
  if (rounded) mention.roundedTo = rounded;
  // the whole of a partitive ("of the seven") is read next, as a figure of its own
  if (wholeAt !== undefined) return { mention, resume: wholeAt };
  return { mention, resume: Math.max(next, nounFrom === tokens.length ? next : nounFrom) };
}

/**
 * A range written as one figure: "between 10 and 20", "10 to 20", "450,000 - 600,000" (not
 * "from 10 to 20", which is a change). Returns the upper end, the token after it and whether
 * "between" opened it; undefined when the number at i starts no range.
 */
function rangeAfter(tokens: Token[], i: number, next: number, text: string): { hi: number; next: number; between: boolean } | undefined {
  const before = tokens[i - 1]?.norm;
  if (before === 'from') return undefined;
  const between = before === 'between';
  const joiner = tokens[next]?.norm ?? '';
  if (between ? joiner !== 'and' : !LEX.rangeJoiners.has(joiner)) return undefined;
  const second = readNumber(tokens, next + 1, text);
  const lo = readNumber(tokens, i, text)?.value ?? 0;
  if (!second || second.value <= lo) return undefined;
  // "10 to 20 million": the scale word after the second figure scales the first one too
  return { hi: second.value, next: second.next, between };
}

/** "16 million" is 16 to the nearest million, "1.1 billion" to the nearest 100 million: the place value of the last digit before a scale word. */
function roundedTo(tokens: Token[], i: number, next: number): number | undefined {
  const t = tokens[i] as Token;
  const scaleTok = tokens[next - 1] as Token;
  const scale = LEX.scaleWords[scaleTok.norm] ?? LEX.gluedScaleWords[scaleTok.norm];
  if (!t.digit || next - 1 === i || scale === undefined || scale < 1_000_000) return undefined;
  const decimals = /\.(\d+)$/.exec(t.raw)?.[1]?.length ?? 0;
  return scale / 10 ** decimals;
}

/** Find the numbers of a sentence, skipping those inside the given date spans. */
export function findNumbers(a: Analysis, skip: [number, number][] = []): NumberMention[] {
  const tokens = a.tokens;
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (skip.some(([s, e]) => t.start >= s && t.end <= e)) continue;
    const r = readNumber(tokens, i, a.text);
    if (!r || notACount(tokens, i, r.next, a.text)) continue;
    const { mention, resume } = mentionAt(a, i, r);
    out.push(mention);
    i = resume - 1;
  }
  inheritCurrency(tokens, out);
  inheritCountedNoun(tokens, out);
  for (const m of out) {
    const whole = m.partitive && out.find((w) => w.tokFrom === m.partitive?.other);
    if (whole) {
      whole.partitive = { role: 'whole', other: m.tokFrom };
      // the whole counts what the part counts ("71 of the 75 seats": 75 seats)
      if (whole.following.length === 0) whole.following = m.following;
    }
  }
  return out;
}

/** "shut down four airlines and grounded five others": a figure counting "others" counts the noun of the figure before it. */
function inheritCountedNoun(tokens: Token[], out: NumberMention[]): void {
  for (let i = 1; i < out.length; i++) {
    const m = out[i] as NumberMention;
    const prev = out[i - 1] as NumberMention;
    if (LEX.ellipsisNouns.has(tokens[m.headAt]?.norm ?? '') && prev.following.length > 0 && !LEX.ellipsisNouns.has(tokens[prev.headAt]?.norm ?? ''))
      m.following = [...prev.following];
  }
}

const CURRENCIES: ReadonlySet<string> = new Set(Object.values(LEX.currencySigns));

/** No noun follows the figure: nothing, or a pronoun or function word ("the four billion it has received"). */
const countsNothing = (tokens: Token[], m: NumberMention): boolean =>
  m.following.length === 0 || LEX.functionWords.has(tokens[m.headAt]?.norm ?? '') || LEX.subjectPronouns.has(tokens[m.headAt]?.norm ?? '');

/**
 * "US$5 billion in aid on top of the four billion it has received": a scaled figure that
 * counts nothing of its own takes the currency of the figure before it in the sentence.
 */
function inheritCurrency(tokens: Token[], out: NumberMention[]): void {
  let currency: string | undefined;
  for (const m of out) {
    const own = m.following.find((f) => CURRENCIES.has(f));
    if (own) currency = own;
    else if (currency && LEX.scaleWords[tokens[m.tokTo - 1]?.norm ?? ''] !== undefined && countsNothing(tokens, m)) m.following = [currency];
  }
}

/** The unit of a claim, as a stem ("hours" -> "hour"). */
export function unitStem(unit: string): string {
  return stem(unit.toLowerCase());
}

export type NumberRelation = 'equal' | 'different' | 'compatible';

/** A closed or half-open interval of numbers; what a qualified figure or a claim's comparison says. */
export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/** "about N", "~ N": within 10 % (section 6 of the contract). */
const APPROX = 0.1;

const point = (v: number): Interval => ({ lo: v, hi: v, loOpen: false, hiOpen: false });

/** A claim's `number`: 89, ">= 3000", "> 3000", "<= 50", "< 50", "~ 144" or "100..200". */
export function parseClaimNumber(raw: number | string): Interval | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? point(raw) : undefined;
  const s = raw.trim().replace(/[,_](?=\d{3}\b)/g, '');
  let m = /^(-?\d+(?:\.\d+)?)$/.exec(s);
  if (m) return point(Number(m[1]));
  m = /^(-?\d+(?:\.\d+)?)\s*\.\.\s*(-?\d+(?:\.\d+)?)$/.exec(s);
  if (m) {
    const lo = Number(m[1]);
    const hi = Number(m[2]);
    return lo <= hi ? { lo, hi, loOpen: false, hiOpen: false } : undefined;
  }
  m = /^(>=|<=|>|<|~)\s*(-?\d+(?:\.\d+)?)$/.exec(s);
  if (!m) return undefined;
  const v = Number(m[2]);
  switch (m[1]) {
    case '>=':
      return { lo: v, hi: Infinity, loOpen: false, hiOpen: true };
    case '>':
      return { lo: v, hi: Infinity, loOpen: true, hiOpen: true };
    case '<=':
      return { lo: -Infinity, hi: v, loOpen: true, hiOpen: false };
    case '<':
      return { lo: -Infinity, hi: v, loOpen: true, hiOpen: true };
    default:
      return { lo: v - Math.abs(v) * APPROX, hi: v + Math.abs(v) * APPROX, loOpen: false, hiOpen: false };
  }
}

/** The interval a mention states: "at least 70" is [70, inf), "nearly 70" is [63, 70], "about 70" is [63, 77]. */
export function mentionInterval(m: Pick<NumberMention, 'value' | 'cmp' | 'qualifier' | 'hi'>): Interval {
  const v = m.value;
  if (m.hi !== undefined) return { lo: v, hi: m.hi, loOpen: false, hiOpen: false };
  const d = Math.abs(v) * APPROX;
  switch (m.cmp) {
    case 'eq':
      return point(v);
    case 'ge':
      return { lo: v, hi: Infinity, loOpen: false, hiOpen: true };
    case 'gt':
      return { lo: v, hi: Infinity, loOpen: true, hiOpen: true };
    case 'le':
      return { lo: 0, hi: v, loOpen: false, hiOpen: false };
    case 'lt':
      return { lo: 0, hi: v, loOpen: false, hiOpen: true };
    case 'approx':
      // "nearly 70" and "almost 70" stop at 70; "about 70" goes either way
      return m.qualifier === 'nearly' || m.qualifier === 'almost'
        ? { lo: v - d, hi: v, loOpen: false, hiOpen: false }
        : { lo: v - d, hi: v + d, loOpen: false, hiOpen: false };
  }
}

function inside(x: Interval, y: Interval): boolean {
  const loOk = x.lo > y.lo || (x.lo === y.lo && (!y.loOpen || x.loOpen));
  const hiOk = x.hi < y.hi || (x.hi === y.hi && (!y.hiOpen || x.hiOpen));
  return loOk && hiOk;
}

function disjoint(x: Interval, y: Interval): boolean {
  if (x.hi < y.lo || y.hi < x.lo) return true;
  if (x.hi === y.lo) return x.hiOpen || y.loOpen;
  if (y.hi === x.lo) return y.hiOpen || x.loOpen;
  return false;
}

/** The claim's interval as words, for reasons and labels. */
export function intervalLabel(i: Interval): string {
  if (i.lo === i.hi) return String(i.lo);
  if (i.hi === Infinity) return `${i.loOpen ? '>' : '>='} ${i.lo}`;
  if (i.lo === -Infinity) return `${i.hiOpen ? '<' : '<='} ${i.hi}`;
  return `${i.lo}..${i.hi}`;
}

/**
 * How a mentioned number relates to the claim's interval (section 6): a mention inside
 * the claim's interval supports ('equal'); disjoint intervals contradict ('different'); a
 * floor or ceiling at exactly the claim's number ("at least 70" for 70) supports; any
 * other overlap is neither ('compatible').
 */
export function compareNumber(claim: Interval | number, m: NumberMention): NumberRelation {
  const c = typeof claim === 'number' ? point(claim) : claim;
  const s = mentionInterval(m);
  if (inside(s, c)) return 'equal';
  if (disjoint(s, c)) return 'different';
  // a floor or ceiling at exactly the claim's number: "at least 70", "up to 70", "nearly 70" for 70
  if (c.lo === c.hi && ((s.lo === c.lo && !s.loOpen) || (s.hi === c.hi && !s.hiOpen))) return 'equal';
  return 'compatible';
}

/**
 * A plain figure written rounded ("$16 million" in a headline for $16.4 million): a claim
 * whose figure rounds to it is neither supported nor contradicted by it (section 6, qualified
 * numbers: the rounded figure stands for an interval).
 */
export function roundsTo(claim: Interval, m: NumberMention): boolean {
  if (!m.roundedTo || m.cmp !== 'eq' || m.hi !== undefined) return false;
  const half = m.roundedTo / 2;
  return claim.lo >= m.value - half && claim.hi < m.value + half;
}

/**
 * The slot a unitless claim number fills, read from the claim's own wording (section 6):
 * "left 148 people dead" counts people (and nouns of the same kind: villagers, civilians),
 * "is 19 years old" is an age. Undefined when the wording names nothing after the number.
 */
export type NumberSlot = { kind: 'age' } | { kind: 'noun'; noun: string; stems: Set<string> };

export function claimSlot(claimText: string, claim: Interval): NumberSlot | undefined {
  const tokens = tokenize(claimText);
  const mentions = findNumbers({ text: claimText, tokens } as Analysis);
  const target = [claim.lo, claim.hi, (claim.lo + claim.hi) / 2];
  const m = mentions.find((x) => target.includes(x.value));
  if (!m) return undefined;
  if (ageAt(tokens, m.tokFrom, m.tokTo)) return { kind: 'age' };
  // the counted noun is the phrase's plural ("seven largest US airlines", "80,000 troops guard"), else its first word
  const words = tokens.slice(m.headAt, m.headAt + m.following.length);
  const plural = words.findIndex((w) => w.norm !== w.stem && /s$/.test(w.norm));
  const noun = m.following[plural >= 0 ? plural : 0];
  // "4,000 Lexus GX 460s": a name after the figure is matched as a claim term, not as a slot noun
  if (!noun || noun === 'percent' || words[plural >= 0 ? plural : 0]?.cap) return undefined;
  return { kind: 'noun', noun, stems: sameKind(noun) };
}

const AGE_BEFORE = LEX.ageWords;

/** "aged 76", "at the age of 76", "76 years old", "a 76-year-old", or a name's appositive "Bilawal, 19,". */
function ageAt(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  if (before && !before.punct && (AGE_BEFORE.has(before.norm) || (before.norm === 'of' && tokens[from - 2]?.norm === 'age'))) return true;
  const n1 = tokens[to];
  const n2 = tokens[to + 1];
  if (n1 && (n1.norm === 'years' || n1.norm === 'year') && n2 && (n2.norm === 'old' || n2.norm === 'of'))
    return n2.norm === 'old' || tokens[to + 2]?.norm === 'age';
  return false;
}

/** A number in apposition right after a name: "Bilawal Bhutto Zardari, 19, ..." (an age). */
export function appositiveAge(tokens: Token[], m: NumberMention): boolean {
  const comma = tokens[m.tokFrom - 1];
  const name = tokens[m.tokFrom - 2];
  const after = tokens[m.tokTo];
  return m.cmp === 'eq' && comma?.norm === ',' && !!name?.cap && !name.punct && (!after || after.punct) && m.value > 0 && m.value < 120;
}

/** The mention fills the claim's slot: it counts a noun of the slot's kind, or states an age. */
export function fillsSlot(slot: NumberSlot, tokens: Token[], m: NumberMention): boolean {
  if (slot.kind === 'age') return ageAt(tokens, m.tokFrom, m.tokTo) || appositiveAge(tokens, m);
  return m.following.some((f) => slot.stems.has(f));
}

/**
 * The interval a claim's own wording gives its plain number when it approximates it: "Some
 * 80,000 troops", "a deal worth about $3 billion" (within 10 %). Undefined when the wording
 * states the number plainly, qualifies it otherwise, or does not contain it.
 */
export function qualifiedByWording(claimText: string, value: number): Interval | undefined {
  const tokens = tokenize(claimText);
  const m = findNumbers({ text: claimText, tokens } as Analysis).find((x) => x.value === value);
  // only an approximation widens the claim's own figure: "up to 9,000 jobs" states a ceiling as a fact,
  // which a plan to cut 1,000 does not confirm (write value: "<= 9000" for a comparison)
  if (m?.cmp !== 'approx') return undefined;
  return mentionInterval(m);
}
