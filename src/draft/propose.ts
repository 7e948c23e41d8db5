import type { Source } from '../corpus/load.js';
import { LEX } from '../lexicon/index.js';
import { type Analysis, analyze } from '../nlp/analyze.js';
import type { Token } from '../text/normalize.js';
import { findDates } from '../values/date.js';
import { findNumbers, type NumberMention } from '../values/number.js';

/** A typed value as written in a claim file. */
export type DraftValue = { date: string } | { number: number | string; unit?: string } | { entity: string };

/** One way to read one value of one sentence as a claim: the engine decides which reading holds. */
export interface Candidate {
  source: string;
  /** Index of the sentence in its source, for stable order. */
  sentence: number;
  text: string;
  value: DraftValue;
  /** `about` items, most specific reading first across a candidate's variants. */
  about: string[];
  /** Names the sentence shows (full forms), for the entity map. */
  names: string[];
}

const FUNCTION = LEX.functionWords as ReadonlySet<string>;
const NOT_NAMES = LEX.notClaimNames as ReadonlySet<string>;
const CALENDAR = LEX.calendarWords as ReadonlySet<string>;
// speech nouns ("remarks", "statement") are the occasion of a report, not the event it reports
const SPEECH = new Set(LEX.eventNouns as Iterable<string>);
const IRREGULAR_PLURALS = new Set(['people', 'police', 'children', 'men', 'women', 'staff', 'personnel', 'troops']);
const PLACE_PREPOSITIONS = new Set(['in', 'at']);
const CMP: Record<string, string> = { ge: '>=', gt: '>', le: '<=', lt: '<', approx: '~' };
/** Longest sentence drafted from: long sentences hold several facts and tie values loosely. */
const MAX_SENTENCE = 320;

const isWord = (t: Token) => !t.punct && !t.digit && /^\p{L}/u.test(t.raw);

/** Runs of capitalised words that are names: [from, to) token spans, not the sentence's first word alone. */
export function nameSpans(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!(t.cap && isWord(t)) || NOT_NAMES.has(t.norm) || FUNCTION.has(t.norm) || CALENDAR.has(t.norm)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j] as Token;
      if (!(u.cap && isWord(u)) || NOT_NAMES.has(u.norm) || CALENDAR.has(u.norm) || FUNCTION.has(u.norm)) break;
      j++;
    }
    if (i > 0 || j - i > 1) out.push([i, j]);
    i = j;
  }
  return out;
}

const spanText = (tokens: Token[], [a, b]: [number, number]) =>
  tokens
    .slice(a, b)
    .map((t, k) => `${k === 0 ? '' : t.hyphen ? '-' : ' '}${t.raw.replace(/['’]s?$/, '')}`)
    .join('');

// words near a value that are never the event it dates or counts
const NOT_EVENTS = new Set([
  'were',
  'was',
  'been',
  'being',
  'have',
  'having',
  'since',
  'ago',
  'just',
  'also',
  'about',
  'around',
  'some',
  'nearly',
  'least',
  'more',
  'than',
  'less',
  'over',
  'only',
  'each',
  'first',
  'last',
  'next',
  'told',
  'said',
  'says',
  'according',
  'reporters',
  'journalists',
  'aide',
  'including',
  'people',
]);

/** Content words (not names, not function words) of the value's clause first, then by distance, within `reach` tokens. */
function eventWords(a: Analysis, from: number, to: number, unit?: string, reach = 8): string[] {
  const tokens = a.tokens;
  const clause = a.clauseOf[from];
  const seen = new Set<string>();
  const scored: [number, number, string][] = [];
  for (let k = Math.max(0, from - reach); k < Math.min(tokens.length, to + reach); k++) {
    if (k >= from && k < to) continue;
    const t = tokens[k] as Token;
    if (!isWord(t) || t.cap || t.norm.length < 4 || FUNCTION.has(t.norm) || CALENDAR.has(t.norm) || SPEECH.has(t.norm) || NOT_EVENTS.has(t.norm)) continue;
    if (seen.has(t.norm) || t.norm === unit || /ly$/.test(t.norm)) continue;
    seen.add(t.norm);
    scored.push([(a.clauseOf[k] === clause ? 0 : 100) + (k < from ? from - k : k - to + 1), k, t.norm]);
  }
  return scored.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((x) => x[2]);
}

function nearestName(tokens: Token[], spans: [number, number][], from: number, skip?: [number, number]): string | undefined {
  let best: [number, string] | undefined;
  for (const s of spans) {
    if (skip && s[0] === skip[0]) continue;
    const d = s[1] <= from ? from - s[1] : s[0] - from;
    if (!best || d < best[0]) best = [d, spanText(tokens, s)];
  }
  return best?.[1];
}

function numberValue(m: NumberMention, tokens: Token[]): DraftValue | undefined {
  const head = tokens[m.headAt];
  if (!head || !isWord(head) || head.cap || FUNCTION.has(head.norm) || CALENDAR.has(head.norm)) return undefined;
  // "one observer" is mostly a determiner; "20 to 30 protesters" is a range the draft does not pin
  if (m.value === 1 && !tokens[m.tokFrom]?.digit) return undefined;
  const prev = tokens[m.tokFrom - 1]?.norm;
  if ((prev === 'to' && tokens[m.tokFrom - 2]?.norm !== 'up') || tokens[m.tokTo]?.norm === 'to') return undefined;
  // "a few dozen", "several hundred": no figure
  if (prev === 'few' || prev === 'several' || prev === 'dozens' || prev === 'hundreds') return undefined;
  if (!m.compound && m.headAt !== m.tokTo) return undefined;
  if (m.value >= 1900 && m.value <= 2100 && Number.isInteger(m.value)) return undefined;
  const op = CMP[m.cmp];
  // "six phone calls", "200 riot police": the counted noun ends the phrase
  const next = tokens[m.headAt + 1];
  const unit =
    !m.compound &&
    next &&
    isWord(next) &&
    !next.cap &&
    !FUNCTION.has(next.norm) &&
    !/(s|ed|ing)$/.test(head.norm) &&
    !/(ed|ing|ly)$/.test(next.norm) &&
    !IRREGULAR_PLURALS.has(head.norm)
      ? next.norm
      : head.norm;
  return { number: op ? `${op} ${m.value}` : m.value, unit };
}

/** The readings of one value: (event word, name), then the event word alone, for the three nearest event words. */
function readings(words: string[], name: string | undefined): string[][] {
  const out: string[][] = [];
  for (const w of words.slice(0, 3)) {
    if (name) out.push([w, name]);
    out.push([w]);
  }
  return out;
}

function valuesOf(a: Analysis, published: string | undefined): { value: DraftValue; from: number; to: number; skip?: [number, number] }[] {
  const out: { value: DraftValue; from: number; to: number; skip?: [number, number] }[] = [];
  const dates = findDates(a, published);
  for (const d of dates)
    if (d.spec && !d.bound && (d.spec.precision === 'day' || d.spec.precision === 'month'))
      out.push({ value: { date: d.spec.label }, from: d.tokFrom, to: d.tokTo });
  const skip = dates.map((d) => [d.start, d.end] as [number, number]);
  for (const m of findNumbers(a, skip)) {
    const v = numberValue(m, a.tokens);
    if (v) out.push({ value: v, from: m.tokFrom, to: m.compound ? m.tokTo : m.headAt + 1 });
  }
  const spans = nameSpans(a.tokens);
  for (const s of spans) {
    const before = a.tokens[s[0] - 1];
    if (before && PLACE_PREPOSITIONS.has(before.norm) && !CALENDAR.has(a.tokens[s[0]]?.norm ?? ''))
      out.push({ value: { entity: spanText(a.tokens, s) }, from: s[0], to: s[1], skip: s });
  }
  return out;
}

/** Candidate claims of one source: every unhedged, unnegated sentence's dates, counted figures and places, each in a few readings. */
export function proposeFrom(source: Source): Candidate[][] {
  const out: Candidate[][] = [];
  source.sentences.forEach((s, si) => {
    if (!s.prose || s.text.length > MAX_SENTENCE || /[?]\s*$/.test(s.text)) return;
    const a = analyze(s.text);
    if (a.cues.length) return; // hedged or negated: not drafted
    const spans = nameSpans(a.tokens);
    const names = spans.map((x) => spanText(a.tokens, x));
    for (const v of valuesOf(a, source.published)) {
      const words = eventWords(a, v.from, v.to, 'unit' in v.value ? v.value.unit : undefined);
      const name = nearestName(a.tokens, spans, v.from, v.skip);
      const variants = readings(words, name).map((about) => ({ source: source.id, sentence: si, text: s.text.trim(), value: v.value, about, names }));
      if (variants.length) out.push(variants);
    }
  });
  return out;
}
