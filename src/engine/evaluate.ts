import type { CompiledClaim } from '../claims/compile.js';
import type { CorpusIndex } from '../corpus/index.js';
import { candidates } from '../corpus/index.js';
import type { Source } from '../corpus/load.js';
import type { Sentence } from '../corpus/segment.js';
import { REPORTING_VERBS } from '../cues/hedge.js';
import { alternation, LEX } from '../lexicon/index.js';
import { sameKind, unitSynonyms } from '../lexicon/kinds.js';
import { type Analysis, analyze, type CueHit, cuesFor } from '../nlp/analyze.js';
import { tagTokens } from '../nlp/pos.js';
import { inCircumstance } from '../rules/circumstance.js';
import { RULE as ACT_RULE } from '../rules/other-act.js';
import { missingParticipants, namesOne, RULE as PARTICIPANTS_RULE } from '../rules/participants.js';
import { modifierPrefix, RULE as PREFIXED_RULE } from '../rules/prefixed-term.js';
import { undoingCue } from '../rules/undone-act.js';
import { stem, type Token } from '../text/normalize.js';
import { matchTerm, type TermHit } from '../text/terms.js';
import type { Cue, Evidence, EvidenceKind, Match } from '../types.js';
import { compareDate, type DateMention, findDates } from '../values/date.js';
import { findEntities } from '../values/entity.js';
import { compareNumber, fillsSlot, findNumbers, type NumberMention } from '../values/number.js';
import { screenSentence } from './screen.js';
import { boundName, clauseIndex, isTied } from './tie.js';
import { type Mention, OTHER_EVENT_SCREENS, screenValue, TIED_SCREENS, type ValueContext } from './value-screens.js';

/** Per-run caches shared by all claims: each sentence is analysed once. */
export class SentenceCache {
  private analyses = new Map<number, Analysis>();
  private dates = new Map<number, DateMention[]>();
  private numbers = new Map<number, NumberMention[]>();
  private participants = new Map<CompiledClaim, Uint8Array | undefined>();
  private capitalisedByPrefix: Map<string, [string, string][]> | undefined;
  constructor(readonly index: CorpusIndex) {}
  sentence(g: number): { source: Source; sentence: Sentence } {
    const source = this.index.sources[this.index.sourceOf[g] as number] as Source;
    return { source, sentence: source.sentences[this.index.sentenceOf[g] as number] as Sentence };
  }
  analysis(g: number): Analysis {
    let a = this.analyses.get(g);
    if (!a) {
      const text = this.sentence(g).sentence.text;
      a = analyze(text);
      tagTokens(text, a.tokens);
      this.analyses.set(g, a);
    }
    return a;
  }
  datesOf(g: number): DateMention[] {
    let d = this.dates.get(g);
    if (!d) {
      d = findDates(this.analysis(g), this.sentence(g).source.published);
      this.dates.set(g, d);
    }
    return d;
  }
  /**
   * Rule source-relevance: which sources name one of the claim's participants anywhere, read
   * from the corpus index (a name's stem, and capitalised forms that are its demonyms: "Thai"
   * for Thailand), once per claim. Undefined when the rule cannot judge (no participants, or
   * one known only by a short abbreviation).
   */
  participantSources(c: CompiledClaim): Uint8Array | undefined {
    if (this.participants.has(c)) return this.participants.get(c);
    const out = sourcesNaming(this.index, c.participants, () => (this.capitalisedByPrefix ??= byPrefix(this.index)));
    this.participants.set(c, out);
    return out;
  }
  numbersOf(g: number): NumberMention[] {
    let n = this.numbers.get(g);
    if (!n) {
      const skip = this.datesOf(g).map((d): [number, number] => [d.start, d.end]);
      n = findNumbers(this.analysis(g), skip);
      this.numbers.set(g, n);
    }
    return n;
  }
}

/** Why one candidate sentence counted, or did not: the trail `explain` prints. */
export interface Trace {
  source: string;
  start: number;
  end: number;
  line: number;
  text: string;
  outcome: EvidenceKind | 'ignored' | 'no-value' | 'not-tied' | 'neutral';
  reason: string;
}

function q(s: string): string {
  return `"${s}"`;
}

function cueText(a: Analysis, c: CueHit): string {
  const f = a.tokens[c.from];
  const t = a.tokens[c.to - 1];
  return f && t ? a.text.slice(f.start, t.end) : '';
}

/** Sentences of the corpus that are about the claim, in order. */
export function claimCandidates(c: CompiledClaim, index: CorpusIndex): number[] {
  return candidates(index, c.about);
}

/**
 * Evaluate one sentence for one claim: the evidence it gives (none, a support, a
 * contradiction, or a hedge), and a trace of the decision.
 */
export function evaluateSentence(c: CompiledClaim, g: number, cache: SentenceCache): { evidence: Evidence[]; trace: Trace } {
  const { source, sentence } = cache.sentence(g);
  const a = cache.analysis(g);
  const base = { source: source.id, start: sentence.start, end: sentence.end, line: sentence.line, text: sentence.text };
  // every about item must match in this sentence
  const hits: TermHit[] = [];
  const itemHits: TermHit[][] = [];
  for (const alts of c.about) {
    const all = alts.flatMap((m) => matchTerm(a.tokens, m));
    const h = all.filter((x) => !modifierPrefix(a.tokens, x));
    itemHits.push(h);
    if (h.length === 0) {
      const pre = all[0] && modifierPrefix(a.tokens, all[0]);
      const reason = pre
        ? `${q(a.text.slice(a.tokens[all[0]!.from - 1]!.start, a.tokens[all[0]!.to - 1]!.end))} names what is ${pre} the event, not the event [rule: ${PREFIXED_RULE}]`
        : `no match for ${q(alts[0]?.label ?? '')}`;
      return { evidence: [], trace: { ...base, outcome: 'ignored', reason } };
    }
    hits.push(...h);
  }
  const inTerms = new Uint8Array(a.tokens.length);
  for (const h of hits) for (let i = h.from; i < h.to; i++) inTerms[i] = 1;
  const termTokens: number[] = [];
  for (const h of hits) for (let i = h.from; i < h.to; i++) termTokens.push(i);
  // the named sentence screens (engine/screen.ts): the first that answers sets the sentence aside
  const screened = screenSentence({
    c,
    a,
    source,
    hits,
    itemHits,
    inTerms,
    termTokens,
    namesParticipant: () => {
      const set = cache.participantSources(c);
      return set === undefined ? undefined : set[sourceIndexOf(cache, g)] === 1;
    },
    dates: () => cache.datesOf(g),
  });
  if (screened) return { evidence: [], trace: { ...base, outcome: 'ignored', reason: screened } };
  const about = (i: number) => inTerms[i] === 1;
  // tokens [from, to) as a span of the source (offsets are UTF-16, like String#slice)
  const span = (from: number, to: number) => {
    const s = (a.tokens[from] as Token).start;
    const e = (a.tokens[to - 1] as Token).end;
    return { start: sentence.start + s, end: sentence.start + e, text: a.text.slice(s, e) };
  };
  const terms: Match[] = hits.sort((x, y) => x.from - y.from).map((h) => ({ ...span(h.from, h.to), term: h.label, ...(h.fuzzy ? { fuzzy: true } : {}) }));
  const fuzzy = hits.some((h) => h.fuzzy);
  const fuzzyNote = fuzzy
    ? ` (fuzzy name match: ${hits
        .filter((h) => h.fuzzy)
        .map((h) => `${q(span(h.from, h.to).text)} for ${q(h.label)}`)
        .join(', ')})`
    : '';
  const toCues = (list: CueHit[]): Cue[] => list.map((cu) => ({ kind: cu.kind, ...span(cu.from, cu.to) }));
  const make = (kind: EvidenceKind, reason: string, cues: CueHit[], value?: Mention): Evidence => ({
    kind,
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    fuzzy: fuzzy || !!value?.fuzzy,
    reason,
    line: sentence.line,
    terms,
    ...(value
      ? {
          value: {
            kind: value.kind,
            start: sentence.start + value.start,
            end: sentence.start + value.end,
            text: a.text.slice(value.start, value.end),
            value: value.value,
            relation: value.relation ?? 'compatible',
            ...(value.qualifier ? { qualifier: value.qualifier } : {}),
          },
        }
      : {}),
    cues: toCues(cues),
  });
  const termClauses = new Set(hits.map((h) => clauseIndex(a, h.from)));

  if (!c.value) {
    const missing = missingParticipants(a.tokens, c.participants, c.names);
    if (missing) return { evidence: [], trace: { ...base, outcome: 'ignored', reason: `${missing} [rule: ${PARTICIPANTS_RULE}]` } };
    const cues = cuesFor(a, termClauses, about, termTokens);
    const hedges = cues.filter((x) => x.kind === 'hedge' && !c.claimStems.has(a.tokens[x.from]?.stem ?? ''));
    // "a version of Windows without Media Player": a negation word the positive claim itself says is part of it
    const negs = cues.filter((x) => x.kind === 'negation' && (c.negated || !c.claimStems.has(a.tokens[x.from]?.stem ?? '')));
    const undone = negs.length ? undefined : undoingCue(a, termClauses, c.claimStems);
    if (undone) negs.push(undone);
    if (infinitiveOnly(a, itemHits, c.claimStems))
      return {
        evidence: [],
        trace: { ...base, outcome: 'neutral', reason: `the claim's verb appears only as a goal ("to ..."), not as an act [rule: ${ACT_RULE}]` },
      };
    if (hedges.length) {
      const r = `hedged by ${hedges.map((h) => q(cueText(a, h))).join(', ')}`;
      return { evidence: [make('hedge', r, hedges)], trace: { ...base, outcome: 'hedge', reason: r } };
    }
    const negated = negs.length > 0;
    const kind: EvidenceKind = negated === c.negated ? 'support' : 'contradiction';
    const reason = negated
      ? `negated by ${negs.map((n) => q(cueText(a, n))).join(', ')}; the claim is ${c.negated ? 'negative too' : 'positive'}`
      : `asserts the claim's terms${c.negated ? '; the claim is negative' : ''}`;
    return { evidence: [make(kind, reason + fuzzyNote, negs)], trace: { ...base, outcome: kind, reason: reason + fuzzyNote } };
  }

  // values in the sentence, with how each relates to the claim's value
  const v = c.value;
  const mentions = collectMentions(c, g, cache, a, inTerms);
  if (mentions.length === 0) return { evidence: [], trace: { ...base, outcome: 'no-value', reason: `about the claim, but states no ${v.kind}` } };

  const evidence: Evidence[] = [];
  const notes: string[] = [];
  let hedge: Evidence | undefined;
  const vx: ValueContext = { c, a, source, about, inTerms, termTokens, dates: () => cache.datesOf(g), mentions };
  for (const m of mentions) {
    const decisive = m.relation === 'equal' || m.relation === 'finer' || m.relation === 'different' || m.relation === 'rival';
    if (!decisive) {
      notes.push(`${q(a.text.slice(m.start, m.end))} is ${m.relation === undefined ? 'a bound or unanchored date' : m.relation} (${m.value})`);
      continue;
    }
    const tied = tieOf(c, a, m, about, termTokens);
    if (tied) {
      const why = screenValue(TIED_SCREENS, vx, m);
      if (why) {
        notes.push(why);
        continue;
      }
    }
    const mc = m.when ?? clauseIndex(a, m.tokFrom);
    // the value and the claim term nearest before it (after it, if none before)
    const inClause = termTokens.filter((i) => clauseIndex(a, i) === mc);
    const before = inClause.filter((i) => i < m.tokFrom);
    const at = before.length ? [before[before.length - 1] as number] : inClause.slice(0, 1);
    if (m.when === undefined) for (let i = m.tokFrom; i < m.tokTo; i++) at.push(i);
    const cues = cuesFor(a, [mc], about, at);
    // a hedge the claim itself states ("threatened") is part of the claim; a date naming the claim's event
    // ("the April 2 poll", "Sunday's election") is presupposed, not hedged by the clause's verb
    const presupposed = m.kind === 'date' && (inTerms[m.tokTo] === 1 || inTerms[m.tokTo + 1] === 1) && !SUPERSEDING.test(a.text);
    const hedges = presupposed ? [] : cues.filter((x) => x.kind === 'hedge' && !c.claimStems.has(a.tokens[x.from]?.stem ?? ''));
    if (!tied) {
      if (hedges.length && termClauses.has(mc) && !hedge)
        hedge = make('hedge', `${q(a.text.slice(m.start, m.end))} is hedged by ${hedges.map((h) => q(cueText(a, h))).join(', ')}`, hedges, m);
      notes.push(`${q(a.text.slice(m.start, m.end))} belongs to another part of the sentence`);
      continue;
    }
    if (hedges.length) {
      if (!hedge) hedge = make('hedge', `${q(a.text.slice(m.start, m.end))} is hedged by ${hedges.map((h) => q(cueText(a, h))).join(', ')}`, hedges, m);
      continue;
    }
    const negs = cues.filter((x) => x.kind === 'negation');
    const negated = negs.length > 0;
    const match = m.relation === 'equal' || m.relation === 'finer';
    if (!match) {
      const why = screenValue(OTHER_EVENT_SCREENS, vx, m, negated);
      if (why) {
        notes.push(why);
        continue;
      }
    }
    let kind: EvidenceKind | undefined;
    if (!c.negated) kind = match ? (negated ? 'contradiction' : 'support') : negated ? undefined : 'contradiction';
    else kind = match ? (negated ? 'support' : 'contradiction') : negated ? undefined : 'support';
    const what = `${q(a.text.slice(m.start, m.end))} (${m.value}${m.qualifier ? `, ${m.qualifier}` : ''})`;
    if (!kind) {
      notes.push(`${what} is negated and is not the claim's value`);
      continue;
    }
    if (evidence.some((e) => e.kind === kind)) continue;
    const rel =
      m.relation === 'rival'
        ? 'a rival of the claim'
        : m.relation === 'different'
          ? `differs from the claim's ${valueLabel(c)}`
          : m.relation === 'finer'
            ? `lies within the claim's ${valueLabel(c)}`
            : `matches the claim's ${valueLabel(c)}`;
    const reason = `${what} ${rel}${negated ? `; negated by ${negs.map((n) => q(cueText(a, n))).join(', ')}` : ''}`;
    evidence.push(make(kind, reason + fuzzyNote, negs, m));
  }
  if (evidence.length)
    return {
      evidence,
      trace: { ...base, outcome: evidence.length > 1 ? 'support' : (evidence[0] as Evidence).kind, reason: evidence.map((e) => e.reason).join('; ') },
    };
  if (hedge) return { evidence: [hedge], trace: { ...base, outcome: 'hedge', reason: hedge.reason } };
  return { evidence: [], trace: { ...base, outcome: notes.some((n) => n.includes('belongs')) ? 'not-tied' : 'neutral', reason: notes.join('; ') } };
}

// a date mention that opens with a preposition ("on Friday", "since 2021")
const DATE_PREPOSITION = new RegExp(`^(?:${[...LEX.dateMentionPrepositions].join('|')})\\b`, 'i');
// words that say an event's date is being changed: its old date is no longer presupposed
const SUPERSEDING = new RegExp(
  `\\b(?:${alternation([...LEX.supersedingPhrases, ...[...LEX.formerlyWords].map((w) => [w]), ...[...LEX.supersedingPrefixes].map((p) => [`${p}\\w*`])])})\\b`,
  'i',
);
const PEOPLE = LEX.peopleStems;

// "Today, August 15, 2025": a date in apposition to a date word is no dateline
const DATE_WORD_BEFORE: ReadonlySet<string> = new Set([...LEX.relativeDays, ...LEX.weekdayNames]);

/** The clause opened by "when" right after token `to` (", when ..."), if any. */
function whenClause(a: Analysis, to: number): number | undefined {
  let k = to;
  if (a.tokens[k]?.norm === ',') k++;
  if (a.tokens[k]?.norm !== 'when') return undefined;
  const c = clauseIndex(a, k);
  return a.clauses[c]?.opener === 'when' ? c : undefined;
}

// "a previous meeting", "their last summit", "last met": the sentence speaks of another
// occurrence of the event, so a different date or place there is no contradiction.

function valueLabel(c: CompiledClaim): string {
  const v = c.value;
  if (!v) return 'terms';
  if (v.kind === 'date') return `date ${v.raw}`;
  if (v.kind === 'number') return `number ${v.label}${v.unitRaw ? ` ${v.unitRaw}` : ''}`;
  return `entity ${q(v.entity.label)}`;
}

/**
 * A number that counts the claim's unit (or the noun its wording counts) and equals the
 * claim's figure fills the claim's slot when a claim term shares its clause: "at least 70
 * of its supporters were killed", "granted bail after paying 1 trillion Zimbabwean
 * dollars". Only a matching figure gets this reading: a different one must be tied by the
 * sentence's structure, since news copy holds many figures of one unit (rule: slot-match).
 */
function slotTied(a: Analysis, m: Mention, termTokens: number[]): boolean {
  const c = clauseIndex(a, m.tokFrom);
  // ", leaving 30 dead", ", killing 12": a participle clause goes on with the clause before it
  const first = a.tokens[a.clauses[c]?.from ?? 0];
  const participle = c > 0 && !!first && first.norm.endsWith('ing');
  return termTokens.some((i) => clauseIndex(a, i) === c || (participle && clauseIndex(a, i) === c - 1));
}

/** For a date: a reporting verb that the claim's own wording states ("Thaksin announced on April 4 ...") counts as a claim term. */
function withClaimVerbs(a: Analysis, about: (i: number) => boolean, claimStems: Set<string>): (i: number) => boolean {
  return (i) => about(i) || (REPORTING_VERBS.has(a.tokens[i]?.norm ?? '') && claimStems.has(a.tokens[i]?.stem ?? ''));
}

/**
 * The claim's verb occurs only as a to-infinitive after another verb ("was given until
 * December 15 to comply", "the onus is upon Microsoft to comply"): an obligation or a goal,
 * not a statement that the act happened or did not. A verb the claim's wording puts in the
 * same frame ("agreed to meet") is the claim's own.
 */
function infinitiveOnly(a: Analysis, itemHits: TermHit[][], claimStems: Set<string>): boolean {
  return itemHits.some(
    (hs) =>
      hs.length > 0 &&
      hs.every((h) => {
        if (h.to - h.from !== 1 || a.tokens[h.from]?.cap || a.tokens[h.from - 1]?.norm !== 'to') return false;
        // "prompted Musharraf to postpone", "asked Iraq to delay" in a claim that says "ask ... to delay": not a mere goal
        for (let k = h.from - 2; k >= Math.max(0, h.from - 9); k--) {
          const t = a.tokens[k] as Token;
          if (t.punct && t.norm !== '.') break;
          if (IMPLICATIVE.has(t.norm) || (!t.cap && !LEX.functionWords.has(t.norm) && claimStems.has(t.stem)) || LEX.aboutToWords.has(t.norm)) return false;
        }
        return true;
      }),
  );
}

// verbs whose to-complement happened: "forced X to pay", "prompted X to postpone"
// and attempts, which assert the effort: "tried to delay"
const IMPLICATIVE = LEX.implicativeVerbs;

/** What a mention finder needs: the claim's value, the sentence and where the claim's terms are. */
interface FinderContext {
  g: number;
  cache: SentenceCache;
  a: Analysis;
  inTerms: Uint8Array;
}

/**
 * Mention finders, one per value kind (the registry: a new kind adds its compiled value in
 * claims/compile.ts, its finder and comparison in values/, and one line here).
 */
const FINDERS: {
  [K in NonNullable<CompiledClaim['value']>['kind']]: (v: Extract<NonNullable<CompiledClaim['value']>, { kind: K }>, x: FinderContext) => Mention[];
} = {
  date: dateMentions,
  number: numberMentions,
  entity: entityMentions,
};

/** The values of the claim's kind in the sentence, each with how it relates to the claim's value. */
function collectMentions(c: CompiledClaim, g: number, cache: SentenceCache, a: Analysis, inTerms: Uint8Array): Mention[] {
  const v = c.value;
  if (!v) return [];
  const x: FinderContext = { g, cache, a, inTerms };
  if (v.kind === 'date') return FINDERS.date(v, x);
  if (v.kind === 'number') return FINDERS.number(v, x);
  return FINDERS.entity(v, x);
}

function dateMentions(v: Extract<NonNullable<CompiledClaim['value']>, { kind: 'date' }>, { g, cache, a }: FinderContext): Mention[] {
  return cache.datesOf(g).map((d) => {
    // "since 2021, when Biden held a summit": the "when" clause tells what happened then
    const when = whenClause(a, d.tokTo);
    const bound = d.bound && when === undefined;
    return {
      tokFrom: d.tokFrom,
      tokTo: d.tokTo,
      start: d.start,
      end: d.end,
      kind: 'date',
      value: d.spec?.label ?? (d.yearless ? `--${d.yearless.month}-${d.yearless.day}` : 'unanchored'),
      relation: bound ? undefined : compareDate(v.spec, { ...d, bound }),
      ...(when !== undefined ? { when } : {}),
      ...(when !== undefined && d.bound ? { earlier: true } : {}),
      ...(d.spec ? { dateTo: d.spec.to } : {}),
      mention: d,
    };
  });
}

/** Whether a number counts what the claim counts: its unit, the noun of its wording, or a claim term; `slot` when it fills the claim's own. */
function countsForClaim(
  v: Extract<NonNullable<CompiledClaim['value']>, { kind: 'number' }>,
  n: NumberMention,
  a: Analysis,
  inTerms: Uint8Array,
): 'slot' | 'term' | undefined {
  // "people" is counted by any noun of people ("30 dead", "thirteen deaths", "148 villagers")
  const units = v.unit ? (PEOPLE.has(v.unit) ? sameKind(v.unit) : unitSynonyms(v.unit)) : undefined;
  if (units) return n.following.some((f) => units.has(f)) ? 'slot' : undefined;
  if (v.slot && fillsSlot(v.slot, a.tokens, n)) return 'slot';
  // the claim's wording says what the number counts; this one counts something else
  if (v.slot && n.following.length) return undefined;
  if (n.compound && !inTerms[n.headAt]) return undefined;
  // a number counts the noun it modifies: "two leaders" is not the claim's count, and "three-hour" measures hours
  if (n.following.length) {
    for (let k = n.headAt; k < n.headAt + n.following.length; k++) if (inTerms[k]) return 'term';
    return undefined;
  }
  return 'term';
}

function numberMentions(v: Extract<NonNullable<CompiledClaim['value']>, { kind: 'number' }>, { g, cache, a, inTerms }: FinderContext): Mention[] {
  const out: Mention[] = [];
  for (const n of cache.numbersOf(g)) {
    const counts = countsForClaim(v, n, a, inTerms);
    if (!counts) continue;
    out.push({
      tokFrom: n.tokFrom,
      tokTo: n.tokTo,
      start: n.start,
      end: n.end,
      kind: 'number',
      value: String(n.value),
      relation: compareNumber(v.n, n),
      ...(n.qualifier ? { qualifier: n.qualifier } : {}),
      ...(counts === 'slot' ? { slot: true } : {}),
    });
  }
  return out;
}

function entityMentions(v: Extract<NonNullable<CompiledClaim['value']>, { kind: 'entity' }>, { a, inTerms }: FinderContext): Mention[] {
  const out: Mention[] = [];
  for (const e of findEntities(a.tokens, v.entity)) {
    // the value is the claim's term itself ("Alaska" for about [Alaska]); "third-largest" for about [largest] is a value
    let inside = true;
    for (let i = e.tokFrom; i < e.tokTo; i++) if (!inTerms[i]) inside = false;
    if (inside) continue;
    const s = (a.tokens[e.tokFrom] as Token).start;
    const en = (a.tokens[e.tokTo - 1] as Token).end;
    out.push({ tokFrom: e.tokFrom, tokTo: e.tokTo, start: s, end: en, kind: 'entity', value: e.label, relation: e.relation, fuzzy: e.fuzzy });
  }
  return out;
}

/** Whether the sentence ties the value to the claim's terms (engine/tie.ts does the reading). */
function tieOf(c: CompiledClaim, a: Analysis, m: Mention, about: (i: number) => boolean, termTokens: number[]): boolean {
  // "since 2021, when ...": the when clause tells what happened then; "on November 5 when he
  // was convicted": a plain date also dates its own clause
  if (m.when !== undefined) return termTokens.some((i) => clauseIndex(a, i) === m.when) || (!m.earlier && isTied(a, m.tokFrom, m.tokTo, about));
  // ", 16 July 2018." — a dateline or caption date stands alone
  if (
    m.kind === 'date' &&
    a.tokens[m.tokFrom - 1]?.norm === ',' &&
    !DATE_WORD_BEFORE.has(a.tokens[m.tokFrom - 2]?.norm ?? '') &&
    !DATE_PREPOSITION.test(a.text.slice(m.start))
  )
    return false;
  // "the August 8 announcement": a date between an article and another noun is that noun's day;
  // "a week after August 8": the anchor of an offset is not the event's day
  if (m.kind === 'date' && (attributiveToOther(a, m, about) || offsetAnchor(a, m))) return false;
  if (c.value?.kind === 'entity' && c.namedSubject)
    return (
      boundName(a, m.tokFrom, m.tokTo, about) ??
      (isTied(a, m.tokFrom, m.tokTo, about, { names: true }) || inCircumstance(a, m.tokFrom, about, (n) => namesOne(c.names, n)))
    );
  const date = m.kind === 'date';
  return (
    isTied(a, m.tokFrom, m.tokTo, date ? withClaimVerbs(a, about, c.claimStems) : about, date ? { claimStems: c.claimStems } : {}) ||
    (!!m.slot && (m.relation === 'equal' || m.relation === 'finer') && slotTied(a, m, termTokens))
  );
}

/** A date written between an article or possessive and a noun that is not a claim term: "the August 8 announcement". */
function attributiveToOther(a: Analysis, m: Mention, about: (i: number) => boolean): boolean {
  const next = a.tokens[m.tokTo];
  const before = a.tokens[m.tokFrom - 1];
  if (!next || next.punct || next.cap || next.digit || about(m.tokTo) || !before) return false;
  if (!LEX.determiners.has(before.norm)) return false;
  // "the August 8 talks" is the claim's; "the August 8 announcement" is another thing's
  return !LEX.functionWords.has(next.norm) && !about(m.tokTo + 1);
}

/** "a week after August 8", "two days before the vote on May 3": the date anchors an offset. */
function offsetAnchor(a: Analysis, m: Mention): boolean {
  let k = m.tokFrom - 1;
  if (a.tokens[k]?.norm === 'the') k--;
  const rel = a.tokens[k]?.norm;
  if (rel !== 'after' && rel !== 'before') return false;
  return LEX.durationUnits.has(a.tokens[k - 1]?.norm ?? '');
}

/** The index of the source holding sentence g. */
function sourceIndexOf(cache: SentenceCache, g: number): number {
  return cache.index.sourceOf[g] as number;
}

/** Capitalised forms of the corpus by their first four letters (demonym lookups). */
function byPrefix(index: CorpusIndex): Map<string, [string, string][]> {
  const out = new Map<string, [string, string][]>();
  for (const [norm, st] of index.capitalised) {
    const k = norm.slice(0, 4);
    const list = out.get(k);
    if (list) list.push([norm, st]);
    else out.set(k, [[norm, st]]);
  }
  return out;
}

/** Sources whose text names a word of `groups` (see SentenceCache.participantSources). */
function sourcesNaming(index: CorpusIndex, groups: string[][], prefixes: () => Map<string, [string, string][]>): Uint8Array | undefined {
  if (groups.length === 0) return undefined;
  const out = new Uint8Array(index.sources.length);
  const mark = (list: number[] | undefined) => {
    if (list) for (const g of list) out[index.sourceOf[g] as number] = 1;
  };
  for (const group of groups) {
    // a short abbreviation ("EU", "UN") is written many ways ("the European Commission"): it proves nothing absent
    const words = group.map((w) => w.replaceAll('.', '')).filter((w) => w.length > 3);
    if (words.length === 0) return undefined;
    for (const w of words) {
      mark(index.postings.get(stem(w)));
      for (const [norm, st] of prefixes().get(w.slice(0, 4)) ?? []) if (namesOne([w], norm)) mark(index.postings.get(st));
    }
  }
  return out;
}
