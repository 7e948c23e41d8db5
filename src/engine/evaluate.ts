/**
 * Reading one sentence for one claim. The steps, in order: the claim's `about` terms must
 * all match (evaluateSentence); the named sentence screens may set the sentence aside
 * (engine/screen.ts); then a claim without a value reads the sentence's cues (plainVerdict),
 * and a claim with one judges every value of its kind in the sentence (valueVerdict):
 * tied to the claim's terms (engine/value-tie.ts), screened (engine/value-screens.ts),
 * hedged or negated by the cues of its clause, and compared with the claim's value.
 */
import type { CompiledClaim } from '../claims/compile.js';
import type { CorpusIndex } from '../corpus/index.js';
import { candidates } from '../corpus/index.js';
import type { Sentence } from '../corpus/segment.js';
import { alternation, LEX } from '../lexicon/index.js';
import { type Analysis, type CueHit, cuesFor } from '../nlp/analyze.js';
import { RULE as ACT_RULE } from '../rules/other-act.js';
import { missingParticipants, RULE as PARTICIPANTS_RULE } from '../rules/participants.js';
import { modifierPrefix, RULE as PREFIXED_RULE } from '../rules/prefixed-term.js';
import { presupposedBy } from '../rules/presupposed-amount.js';
import { opensReducedRelative } from '../rules/reduced-relative.js';
import { undoingCue } from '../rules/undone-act.js';
import type { Token } from '../text/normalize.js';
import { matchTerm, type TermHit } from '../text/terms.js';
import type { Cue, Evidence, EvidenceKind, Match } from '../types.js';
import { findMentions, valueLabel as labelOfValue } from '../values/kinds.js';
import { screenSentence } from './screen.js';
import { SentenceCache, sourceIndexOf } from './sentence-cache.js';
import { clauseIndex, verbForm } from './tie.js';
import { type Mention, OTHER_EVENT_SCREENS, screenValue, TIED_SCREENS, type ValueContext } from './value-screens.js';
import { tieOf } from './value-tie.js';

export { SentenceCache };

/** Why one candidate sentence counted, or did not: the trail `explain` prints. */
export interface Trace {
  source: string;
  start: number;
  end: number;
  line: number;
  text: string;
  outcome: EvidenceKind | 'ignored' | 'no-value' | 'not-tied' | 'neutral';
  reason: string;
  /** The named reading rule that set the sentence, or its first set-aside value, aside. */
  rule?: string;
}

type Result = { evidence: Evidence[]; trace: Trace };
type Base = Omit<Trace, 'outcome' | 'reason'>;

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

/** One sentence being read for one claim: what every step of the reading shares. */
interface Reading {
  c: CompiledClaim;
  a: Analysis;
  base: Base;
  itemHits: TermHit[][];
  inTerms: Uint8Array;
  termTokens: number[];
  termClauses: Set<number>;
  about: (i: number) => boolean;
  fuzzyNote: string;
  make: (kind: EvidenceKind, reason: string, cues: CueHit[], value?: Mention) => Evidence;
  vx: () => ValueContext;
}

/**
 * Evaluate one sentence for one claim: the evidence it gives (none, a support, a
 * contradiction, or a hedge), and a trace of the decision.
 */
export function evaluateSentence(c: CompiledClaim, g: number, cache: SentenceCache): Result {
  const { source, sentence } = cache.sentence(g);
  const a = cache.analysis(g);
  const base: Base = { source: source.id, start: sentence.start, end: sentence.end, line: sentence.line, text: sentence.text };
  const matched = matchAbout(c, a);
  if ('reason' in matched) return { evidence: [], trace: { ...base, outcome: 'ignored', ...matched } };
  const { hits, itemHits } = matched;
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
  if (screened) return { evidence: [], trace: { ...base, outcome: 'ignored', ...screened } };
  const about = (i: number) => inTerms[i] === 1;
  const { make, fuzzyNote } = evidenceMaker(a, sentence, hits);
  let mentions: Mention[] | undefined;
  const r: Reading = {
    c,
    a,
    base,
    itemHits,
    inTerms,
    termTokens,
    termClauses: new Set(hits.map((h) => clauseIndex(a, h.from))),
    about,
    fuzzyNote,
    make,
    vx: () => ({ c, a, source, about, inTerms, termTokens, dates: () => cache.datesOf(g), numbers: () => cache.numbersOf(g), mentions: mentions ?? [] }),
  };
  if (!c.value) return plainVerdict(r);
  mentions = findMentions(c.value, { a, inTerms, dates: () => cache.datesOf(g), numbers: () => cache.numbersOf(g) });
  return valueVerdict(r, mentions);
}

/** Every about item's hits in the sentence, or why an item has none (rule prefixed-term: "post-election" is not the election). */
function matchAbout(c: CompiledClaim, a: Analysis): { hits: TermHit[]; itemHits: TermHit[][] } | { reason: string; rule?: string } {
  const hits: TermHit[] = [];
  const itemHits: TermHit[][] = [];
  for (const alts of c.about) {
    const all = alts.flatMap((m) => matchTerm(a.tokens, m));
    const h = all.filter((x) => !modifierPrefix(a.tokens, x));
    itemHits.push(h);
    if (h.length > 0) {
      hits.push(...h);
      continue;
    }
    const first = all[0];
    const pre = first && modifierPrefix(a.tokens, first);
    if (!first || !pre) return { reason: `no match for ${q(alts[0]?.label ?? '')}` };
    const text = a.text.slice((a.tokens[first.from - 1] as Token).start, (a.tokens[first.to - 1] as Token).end);
    return { reason: `${q(text)} names what is ${pre} the event, not the event [rule: ${PREFIXED_RULE}]`, rule: PREFIXED_RULE };
  }
  return { hits, itemHits };
}

/** The evidence factory for one sentence: spans as source offsets, the terms that matched, fuzzy notes. */
function evidenceMaker(a: Analysis, sentence: Sentence, hits: TermHit[]): Pick<Reading, 'make' | 'fuzzyNote'> {
  // tokens [from, to) as a span of the source (offsets are UTF-16, like String#slice)
  const span = (from: number, to: number) => {
    const s = (a.tokens[from] as Token).start;
    const e = (a.tokens[to - 1] as Token).end;
    return { start: sentence.start + s, end: sentence.start + e, text: a.text.slice(s, e) };
  };
  const sorted = [...hits].sort((x, y) => x.from - y.from);
  const terms: Match[] = sorted.map((h) => ({ ...span(h.from, h.to), term: h.label, ...(h.fuzzy ? { fuzzy: true } : {}) }));
  const fuzzyHits = sorted.filter((h) => h.fuzzy);
  const fuzzy = fuzzyHits.length > 0;
  const fuzzyNote = fuzzy ? ` (fuzzy name match: ${fuzzyHits.map((h) => `${q(span(h.from, h.to).text)} for ${q(h.label)}`).join(', ')})` : '';
  const toCues = (list: CueHit[]): Cue[] => list.map((cu) => ({ kind: cu.kind, ...span(cu.from, cu.to) }));
  const valueSpan = (value: Mention) => ({
    kind: value.kind,
    start: sentence.start + value.start,
    end: sentence.start + value.end,
    text: a.text.slice(value.start, value.end),
    value: value.value,
    relation: value.relation ?? 'compatible',
    ...(value.qualifier ? { qualifier: value.qualifier } : {}),
  });
  const make = (kind: EvidenceKind, reason: string, cues: CueHit[], value?: Mention): Evidence => ({
    kind,
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    fuzzy: fuzzy || !!value?.fuzzy,
    reason,
    line: sentence.line,
    terms,
    ...(value ? { value: valueSpan(value) } : {}),
    cues: toCues(cues),
  });
  return { make, fuzzyNote };
}

/** A claim without a value: the sentence supports it, contradicts it (negated) or hedges it. */
function plainVerdict(r: Reading): Result {
  const { c, a, base } = r;
  const missing = missingParticipants(a.tokens, c.participants, c.names);
  if (missing) return { evidence: [], trace: { ...base, outcome: 'ignored', reason: `${missing} [rule: ${PARTICIPANTS_RULE}]`, rule: PARTICIPANTS_RULE } };
  const cues = cuesFor(a, r.termClauses, r.about, r.termTokens);
  const hedges = cues.filter((x) => x.kind === 'hedge' && !c.claimStems.has(a.tokens[x.from]?.stem ?? ''));
  // "a version of Windows without Media Player": a negation word the positive claim itself says is part of it
  const negs = cues.filter((x) => x.kind === 'negation' && (c.negated || !c.claimStems.has(a.tokens[x.from]?.stem ?? '')));
  const undone = negs.length ? undefined : undoingCue(a, r.termClauses, c.claimStems);
  if (undone) negs.push(undone);
  if (infinitiveOnly(a, r.itemHits, c.claimStems))
    return {
      evidence: [],
      trace: { ...base, outcome: 'neutral', reason: `the claim's verb appears only as a goal ("to ..."), not as an act [rule: ${ACT_RULE}]`, rule: ACT_RULE },
    };
  if (hedges.length) {
    const reason = `hedged by ${hedges.map((h) => q(cueText(a, h))).join(', ')}`;
    return { evidence: [r.make('hedge', reason, hedges)], trace: { ...base, outcome: 'hedge', reason } };
  }
  const negated = negs.length > 0;
  // a negative claim is contradicted only by a sentence that asserts its terms together: terms spread over
  // clauses ("DeLay's conduct is hurting any Republican who is up for re-election") assert nothing of the claim
  if (c.negated && !negated && spreadTerms(a, r.itemHits))
    return {
      evidence: [],
      trace: {
        ...base,
        outcome: 'neutral',
        reason: `the claim's terms sit in different clauses; nothing here asserts what the claim denies [rule: ${SPREAD_RULE}]`,
        rule: SPREAD_RULE,
      },
    };
  const kind: EvidenceKind = negated === c.negated ? 'support' : 'contradiction';
  const reason = negated
    ? `negated by ${negs.map((n) => q(cueText(a, n))).join(', ')}; the claim is ${c.negated ? 'negative too' : 'positive'}`
    : `asserts the claim's terms${c.negated ? '; the claim is negative' : ''}`;
  return { evidence: [r.make(kind, reason + r.fuzzyNote, negs)], trace: { ...base, outcome: kind, reason: reason + r.fuzzyNote } };
}

const SPREAD_RULE = 'spread-terms';

/** Clause y is a complement whose subject is a pronoun ("Reyes announced that he will seek re-election"): it goes on about the subject before it. */
function pronounComplement(a: Analysis, y: number): boolean {
  const cl = a.clauses[y];
  if (!cl || !LEX.complementOpeners.has(cl.opener ?? '')) return false;
  const subject = a.tokens[cl.opener === undefined ? cl.from : cl.from + 1];
  return !!subject && LEX.personalPronouns.has(subject.norm);
}

/** Clause y opens with its verb ("…, has been defeated"): its subject is in the clause before it. */
function opensWithVerb(a: Analysis, y: number): boolean {
  const first = a.tokens[a.clauses[y]?.from ?? -1];
  return !!first && (LEX.subjectVerbGap.has(first.norm) || LEX.passiveAuxiliaries.has(first.norm) || verbForm(first));
}

/** No single clause (with the relative clauses that describe its words) holds a hit of every about item. */
function spreadTerms(a: Analysis, itemHits: TermHit[][]): boolean {
  const clauses = new Set(itemHits.flatMap((hs) => hs.map((h) => clauseIndex(a, h.from))));
  const hitAt = new Set(itemHits.flatMap((hs) => hs.map((h) => h.from)));
  // a relative clause right after a claim term describes it ("Reyes, who will not seek re-election"); one
  // after another word ("any member who is up for re-election") does not
  const describesTerm = (y: number) => {
    const from = a.clauses[y]?.from ?? 0;
    return hitAt.has(from - 1) || (a.tokens[from - 1]?.norm === ',' && hitAt.has(from - 2));
  };
  for (const c of clauses) {
    // a clause that resumes after a parenthetical ("the party supporting Musharraf, has been defeated") is the same clause
    const linked = (x: number, y: number) =>
      (y === x + 1 && ((LEX.relativeOpeners.has(a.clauses[y]?.opener ?? '') && describesTerm(y)) || opensWithVerb(a, y) || pronounComplement(a, y))) ||
      (a.clauses[y]?.continues !== undefined && (a.clauses[y]?.continues ?? 0) <= x && x < y);
    const near = (i: number) => {
      const k = clauseIndex(a, i);
      return k === c || linked(c, k) || linked(k, c);
    };
    if (itemHits.every((hs) => hs.some((h) => near(h.from)))) return false;
  }
  return true;
}

/** What one value of the sentence gives: evidence, a hedge, or a note on why it counts for nothing. */
type Judgement = { evidence: Evidence } | { hedge: Evidence; note?: string } | { note: string; rule?: string };

/** A claim with a value: every value of its kind in the sentence is judged; the first support and the first contradiction count. */
function valueVerdict(r: Reading, mentions: Mention[]): Result {
  const { base } = r;
  if (mentions.length === 0) return { evidence: [], trace: { ...base, outcome: 'no-value', reason: `about the claim, but states no ${r.c.value?.kind}` } };
  const evidence: Evidence[] = [];
  const notes: string[] = [];
  let hedge: Evidence | undefined;
  let rule: string | undefined;
  const vx = r.vx();
  for (const m of mentions) {
    const j = judgeMention(r, vx, m);
    if ('evidence' in j) {
      if (!evidence.some((e) => e.kind === j.evidence.kind)) evidence.push(j.evidence);
      continue;
    }
    if ('hedge' in j) hedge ??= j.hedge;
    else rule ??= j.rule;
    if (j.note) notes.push(j.note);
  }
  if (evidence.length)
    return {
      evidence,
      trace: { ...base, outcome: evidence.length > 1 ? 'support' : (evidence[0] as Evidence).kind, reason: evidence.map((e) => e.reason).join('; ') },
    };
  if (hedge) return { evidence: [hedge], trace: { ...base, outcome: 'hedge', reason: hedge.reason } };
  const outcome = notes.some((n) => n.includes('belongs')) ? 'not-tied' : 'neutral';
  return { evidence: [], trace: { ...base, outcome, reason: notes.join('; '), ...(rule ? { rule } : {}) } };
}

/** The cues of the value's clause: its hedges (none for a presupposed date) and its negations. */
function mentionCues(r: Reading, m: Mention): { mc: number; hedges: CueHit[]; negs: CueHit[] } {
  const { a, c, termTokens, inTerms } = r;
  const mc = m.when ?? clauseIndex(a, m.tokFrom);
  // the value and the claim term nearest before it (after it, if none before)
  const inClause = termTokens.filter((i) => clauseIndex(a, i) === mc);
  const before = inClause.filter((i) => i < m.tokFrom);
  const at = before.length ? [before[before.length - 1] as number] : inClause.slice(0, 1);
  if (m.when === undefined) for (let i = m.tokFrom; i < m.tokTo; i++) at.push(i);
  const cues = cuesFor(a, [mc], r.about, at);
  // a hedge the claim itself states ("threatened") is part of the claim; a date naming the claim's event
  // ("the April 2 poll", "Sunday's election") is presupposed, not hedged by the clause's verb
  // "the bombings of July 7, 2005" names the event by its date, as "the April 2 poll" does
  const namesEvent = inTerms[m.tokTo] === 1 || inTerms[m.tokTo + 1] === 1 || (a.tokens[m.tokFrom - 1]?.norm === 'of' && inTerms[m.tokFrom - 2] === 1);
  // "wants to cut its $27.5 billion debt": an amount that already exists (rule: presupposed-amount)
  const amount = m.kind === 'number' && presupposedBy(a, m.tokFrom, m.tokTo) !== undefined;
  const presupposed = (m.kind === 'date' && namesEvent && !SUPERSEDING.test(a.text)) || amount;
  // "judges fired by Musharraf in November 2007": a reduced relative the value sits in is presupposed (rule: reduced-relative)
  const reduced = (h: CueHit) => {
    for (let i = h.to; i < m.tokFrom; i++) if (opensReducedRelative(a, i)) return true;
    return false;
  };
  const hedges = presupposed ? [] : cues.filter((x) => x.kind === 'hedge' && !c.claimStems.has(a.tokens[x.from]?.stem ?? '') && !reduced(x));
  return { mc, hedges, negs: amount ? [] : cues.filter((x) => x.kind === 'negation' && !reduced(x)) };
}

/** Judge one value: tie, tied screens, cues, other-event screens, then the verdict it gives. */
function judgeMention(r: Reading, vx: ValueContext, m: Mention): Judgement {
  const { a, c } = r;
  const said = q(a.text.slice(m.start, m.end));
  const decisive = m.relation === 'equal' || m.relation === 'finer' || m.relation === 'different' || m.relation === 'rival';
  if (!decisive) return { note: `${said} is ${m.relation === undefined ? 'a bound or unanchored date' : m.relation} (${m.value})` };
  const tied = tieOf(c, a, m, r.about, r.termTokens);
  const whyTied = tied ? screenValue(TIED_SCREENS, vx, m) : undefined;
  if (whyTied) return whyTied;
  const { mc, hedges, negs } = mentionCues(r, m);
  const hedgeOf = () => r.make('hedge', `${said} is hedged by ${hedges.map((h) => q(cueText(a, h))).join(', ')}`, hedges, m);
  if (!tied) {
    const note = `${said} belongs to another part of the sentence`;
    return hedges.length && r.termClauses.has(mc) ? { hedge: hedgeOf(), note } : { note };
  }
  if (hedges.length) return { hedge: hedgeOf() };
  const negated = negs.length > 0;
  const match = m.relation === 'equal' || m.relation === 'finer';
  const whyOther = match ? undefined : screenValue(OTHER_EVENT_SCREENS, vx, m, negated);
  if (whyOther) return whyOther;
  const kind = verdictKind(c.negated, match, negated);
  const what = `${said} (${m.value}${m.qualifier ? `, ${m.qualifier}` : ''})`;
  if (!kind) return { note: `${what} is negated and is not the claim's value` };
  const reason = `${what} ${relationText(c, m)}${negated ? `; negated by ${negs.map((n) => q(cueText(a, n))).join(', ')}` : ''}`;
  return { evidence: r.make(kind, reason + r.fuzzyNote, negs, m) };
}

/** What a value gives: its match or mismatch, turned by a negation in the sentence and by a negated claim. */
function verdictKind(claimNegated: boolean, match: boolean, negated: boolean): EvidenceKind | undefined {
  if (!claimNegated) return match ? (negated ? 'contradiction' : 'support') : negated ? undefined : 'contradiction';
  return match ? (negated ? 'support' : 'contradiction') : negated ? undefined : 'support';
}

/** How the value relates to the claim's, in words. */
function relationText(c: CompiledClaim, m: Mention): string {
  if (m.relation === 'rival') return 'a rival of the claim';
  if (m.relation === 'different') return `differs from the claim's ${valueLabel(c)}`;
  if (m.relation === 'finer') return `lies within the claim's ${valueLabel(c)}`;
  return `matches the claim's ${valueLabel(c)}`;
}

// words that say an event's date is being changed: its old date is no longer presupposed
const SUPERSEDING = new RegExp(
  `\\b(?:${alternation([...LEX.supersedingPhrases, ...[...LEX.formerlyWords].map((w) => [w]), ...[...LEX.supersedingPrefixes].map((p) => [`${p}\\w*`])])})\\b`,
  'i',
);

// "a previous meeting", "their last summit", "last met": the sentence speaks of another
// occurrence of the event, so a different date or place there is no contradiction.

function valueLabel(c: CompiledClaim): string {
  return c.value ? labelOfValue(c.value) : 'terms';
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
          if (
            IMPLICATIVE.has(t.norm) ||
            LEX.negativeImplicativeVerbs.has(t.norm) ||
            (!t.cap && !LEX.functionWords.has(t.norm) && claimStems.has(t.stem)) ||
            LEX.aboutToWords.has(t.norm)
          )
            return false;
        }
        return true;
      }),
  );
}

// verbs whose to-complement happened: "forced X to pay", "prompted X to postpone"
// and attempts, which assert the effort: "tried to delay"; "refused to declare" asserts it did not (a negation reads it)
const IMPLICATIVE = LEX.implicativeVerbs;
