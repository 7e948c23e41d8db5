import { CONDITIONAL, DENIABLE, HEDGE_PHRASES, HEDGE_WORDS, NOUN_PHRASE_HEDGES, PSEUDO_HEDGES, REPORTING_VERBS, VOLITIONAL } from '../cues/hedge.js';
import {
  FORWARD_ONLY,
  isContractedNegation,
  NEGATION_PHRASES,
  NEGATION_REACHES_COMPLEMENT,
  NEGATION_WORDS,
  PSEUDO_NEGATIONS,
  YET_TO_AFTER,
} from '../cues/negation.js';
import { LEX } from '../lexicon/index.js';
import { type Clause, clauseAt, splitClauses } from '../text/clauses.js';
import { type Token, tokenize } from '../text/normalize.js';
import { tagOnce } from './pos.js';

/** A negation or hedge cue, in token indices [from, to), with the clauses it governs. */
export interface CueHit {
  kind: 'negation' | 'hedge';
  from: number;
  to: number;
  clause: number;
  /** Clauses the cue governs (its own and any it reaches). */
  reach: number[];
  /** For a noun-phrase hedge: the tokens [from, to) it qualifies; it governs nothing else. */
  phrase?: [number, number];
  /** For a pseudo-negation ("not opposed"): it negates only when this token is a claim term. */
  onlyIfTerm?: number;
  /** A pre-trigger: in its own clause it governs only what follows it. */
  forward?: boolean;
}

// Words that end the noun phrase a noun-phrase hedge qualifies.
const PHRASE_END = LEX.hedgedPhraseEnds;

// "Possible venues ... include Oslo": a hedged subject hedges what the copula gives it.
const COPULA = LEX.copulas;

function phraseAfter(tokens: Token[], from: number, clauseEnd: number): [number, number] {
  let i = from;
  while (i < tokens.length && i < from + 6) {
    const t = tokens[i] as Token;
    if (t.punct || PHRASE_END.has(t.norm)) break;
    i++;
  }
  for (let k = i; k < Math.min(clauseEnd, i + 6); k++) {
    const t = tokens[k] as Token;
    if (COPULA.has(t.norm)) return [from, clauseEnd];
    if (t.punct && t.norm !== ',') break;
  }
  return [from, i];
}

/** What the engine knows about one sentence, computed once and shared by all claims. */
export interface Analysis {
  text: string;
  /** Whether the tokens carry part-of-speech tags yet (nlp/pos.ts tags on first need). */
  tagged?: boolean;
  tokens: Token[];
  clauses: Clause[];
  clauseOf: Int16Array;
  cues: CueHit[];
}

/** Phrases keyed by their first word: one lookup per token instead of a scan of every list. */
function byFirstWord(phrases: string[][]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const p of phrases) m.set(p[0] as string, [...(m.get(p[0] as string) ?? []), p]);
  return m;
}
const NONE: string[][] = [];
const GERUND_PREPOSITIONS = LEX.gerundPrepositions;
const PSEUDO_BY_WORD = byFirstWord([...PSEUDO_NEGATIONS, ...PSEUDO_HEDGES]);
const NEGATION_BY_WORD = byFirstWord(NEGATION_PHRASES);
const HEDGE_BY_WORD = byFirstWord(HEDGE_PHRASES);

function phraseAt(tokens: Token[], i: number, phrase: string[]): boolean {
  for (let j = 0; j < phrase.length; j++) if (tokens[i + j]?.norm !== phrase[j]) return false;
  return true;
}

/** The first phrase of the map that starts at token i. */
function phraseFrom(byWord: Map<string, string[][]>, tokens: Token[], i: number): string[] | undefined {
  for (const p of byWord.get(tokens[i]?.norm ?? '') ?? NONE) if (phraseAt(tokens, i, p)) return p;
  return undefined;
}

/** The clause index of every token. */
function clauseIndex(tokens: Token[], clauses: Clause[]): Int16Array {
  const clauseOf = new Int16Array(tokens.length);
  for (let c = 0; c < clauses.length; c++) {
    const cl = clauses[c] as Clause;
    for (let i = cl.from; i < cl.to; i++) clauseOf[i] = c;
  }
  return clauseOf;
}

/** A pseudo-negation or pseudo-hedge in token indices [from, to); `last` is the word it negates when that is a claim term. */
interface PseudoCue {
  from: number;
  to: number;
  last: number;
}

/**
 * Words that look like a cue and are not one on their own ("not opposed", "fined for not
 * complying", "non-compliance"): `pseudo` marks their tokens, `cues` lists them.
 */
function findPseudoCues(tokens: Token[]): { pseudo: Uint8Array; cues: PseudoCue[] } {
  const pseudo = new Uint8Array(tokens.length);
  const cues: PseudoCue[] = [];
  for (let i = 0; i < tokens.length; i++)
    for (const p of PSEUDO_BY_WORD.get(tokens[i]?.norm ?? '') ?? NONE)
      if (phraseAt(tokens, i, p)) {
        for (let j = 0; j < p.length; j++) pseudo[i + j] = 1;
        cues.push({ from: i, to: i + p.length, last: i + p.length - 1 });
      }
  // "fined for not complying": a negated gerund after a preposition negates only that gerund
  for (let i = 1; i + 1 < tokens.length; i++)
    if (tokens[i]?.norm === 'not' && GERUND_PREPOSITIONS.has(tokens[i - 1]?.norm ?? '') && /ing$/.test(tokens[i + 1]?.norm ?? '')) {
      pseudo[i] = 1;
      pseudo[i + 1] = 1;
      cues.push({ from: i, to: i + 2, last: i + 1 });
    }
  // "non-compliance": the prefix negates the word it is glued to, when that word is a claim term
  for (let i = 0; i + 1 < tokens.length; i++)
    if (tokens[i]?.norm === 'non' && tokens[i + 1]?.hyphen) {
      pseudo[i] = 1;
      cues.push({ from: i, to: i + 2, last: i + 1 });
    }
  return { pseudo, cues };
}

/** A cue as found, before its reach over the clauses is worked out. */
interface RawCue {
  kind: CueHit['kind'];
  from: number;
  to: number;
  reachesComplement: boolean;
  conditional: boolean;
}

/** The negation starting at token i; null for a word that is part of a negation already found ("nor" after "neither"). */
function negationAt(tokens: Token[], i: number, found: RawCue[]): RawCue | null | undefined {
  const t = tokens[i] as Token;
  const p = phraseFrom(NEGATION_BY_WORD, tokens, i);
  if (p) return { kind: 'negation', from: i, to: i + p.length, reachesComplement: NEGATION_REACHES_COMPLEMENT.has(t.norm), conditional: false };
  if (t.norm === 'yet' && tokens[i + 1]?.norm === 'to' && YET_TO_AFTER.has(tokens[i - 1]?.norm ?? ''))
    return { kind: 'negation', from: i, to: i + 2, reachesComplement: false, conditional: false };
  if (!NEGATION_WORDS.has(t.norm) && !isContractedNegation(t.norm)) return undefined;
  // "nor" after "neither" is the same cue
  if (t.norm === 'nor' && found.some((c) => c.kind === 'negation' && tokens[c.from]?.norm === 'neither')) return null;
  return { kind: 'negation', from: i, to: i + 1, reachesComplement: NEGATION_REACHES_COMPLEMENT.has(t.norm), conditional: false };
}

/** What decides whether a hedge word counts: the sentence so far and the clause of each token. */
interface HedgeContext {
  found: RawCue[];
  clauseOf: Int16Array;
  reportingSeen: boolean;
  hasConditional: boolean;
}

/** The hedge starting at token i. */
function hedgeAt(tokens: Token[], i: number, ctx: HedgeContext): RawCue | undefined {
  const t = tokens[i] as Token;
  const p = phraseFrom(HEDGE_BY_WORD, tokens, i);
  if (p) return { kind: 'hedge', from: i, to: i + p.length, reachesComplement: true, conditional: false };
  if (!HEDGE_WORDS.has(t.norm) || (t.cap && i !== 0 && !tokens[i - 1]?.punct)) return undefined;
  // reported future ("said the meeting would take place") is not a condition
  if (t.norm === 'would' && ctx.reportingSeen && !ctx.hasConditional) return undefined;
  // a denied expectation is a denial: "no documents are expected to be signed"
  if (DENIABLE.has(t.norm) && ctx.found.some((c) => c.kind === 'negation' && ctx.clauseOf[c.from] === ctx.clauseOf[i])) return undefined;
  return {
    kind: 'hedge',
    from: i,
    to: i + 1,
    // an adverb hedges the verb it modifies: "allegedly ordered" reaches no complement, "reportedly said that ..." does
    reachesComplement: !LEX.adverbialHedges.has(t.norm) || REPORTING_VERBS.has(tokens[i + 1]?.norm ?? ''),
    conditional: CONDITIONAL.has(t.norm) || VOLITIONAL.has(t.norm) || (t.norm === 'should' && i === 0),
  };
}

/** The negations and hedges of a sentence, in order, outside the pseudo-cues. */
function findRawCues(tokens: Token[], pseudo: Uint8Array, clauseOf: Int16Array): RawCue[] {
  const found: RawCue[] = [];
  const ctx: HedgeContext = { found, clauseOf, reportingSeen: false, hasConditional: tokens.some((t, i) => CONDITIONAL.has(t.norm) && !pseudo[i]) };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.punct || pseudo[i]) continue;
    if (REPORTING_VERBS.has(t.norm)) ctx.reportingSeen = true;
    const negation = negationAt(tokens, i, found);
    const cue = negation === undefined ? hedgeAt(tokens, i, ctx) : negation;
    if (!cue) continue;
    found.push(cue);
    // a phrase is read as one cue
    i = cue.to - 1;
  }
  return found;
}

/** The clauses a cue in `clause` governs: its own, a consequent or complements it reaches, and the main clause it resumes. */
function reachOf(r: RawCue, clause: number, clauses: Clause[], tokens: Token[]): number[] {
  const reach = [clause];
  for (let c = clause + 1; c < clauses.length; c++) {
    const opener = clauses[c]?.opener;
    // "calls for an investigation which will be given to the UN": a hedge governs a relative
    // clause joined to its own without a comma (it tells what is hedged)
    // (a future or modal one: "which allowed Zardari to ..." is a fact the clause presupposes)
    if (
      r.kind === 'hedge' &&
      !r.conditional &&
      opener !== undefined &&
      LEX.relativeOpeners.has(opener) &&
      attached(clauses, c, tokens) &&
      modal(clauses[c], tokens)
    ) {
      reach.push(c);
      continue;
    }
    // a condition governs its consequent, not the relative or temporal clauses inside it
    if (r.conditional && (opener === undefined || LEX.complementOpeners.has(opener))) reach.push(c);
    else if (r.conditional) break;
    else if (r.reachesComplement && c === reach[reach.length - 1]! + 1 && opener !== undefined && LEX.complementOpeners.has(opener)) reach.push(c);
    else break;
  }
  // a verb that resumes the main clause after a relative clause governs the main clause's start,
  // not the relative clause between ("Reyes, who was elected in 2004, denied the charges")
  const resumes = clauses[clause]?.continues;
  if (resumes !== undefined) for (let c = resumes; c < clause; c++) if (c === resumes || !LEX.relativeOpeners.has(clauses[c]?.opener ?? '')) reach.push(c);
  return reach;
}

/** The clause holds a modal verb ("will be given", "would lead"; not the "to" of "allowed him to return"). */
function modal(cl: Clause | undefined, tokens: Token[]): boolean {
  if (!cl) return false;
  for (let i = cl.from; i < cl.to; i++) if (tokens[i]?.norm !== 'to' && LEX.modals.has(tokens[i]?.norm ?? '')) return true;
  return false;
}

/** Clause c follows the clause before it with no comma between. */
function attached(clauses: Clause[], c: number, tokens: Token[]): boolean {
  const prev = clauses[c - 1];
  return !!prev && tokens[prev.to - 1]?.norm !== ',' && !tokens[prev.to - 1]?.punct;
}

function cueHit(r: RawCue, tokens: Token[], clauses: Clause[]): CueHit {
  const clause = clauseAt(clauses, r.from);
  const reach = reachOf(r, clause, clauses, tokens);
  const head = tokens[r.from]?.norm ?? '';
  if (r.kind === 'hedge' && NOUN_PHRASE_HEDGES.has(head))
    return { kind: r.kind, from: r.from, to: r.to, clause, reach: [clause], phrase: phraseAfter(tokens, r.to, clauses[clause]?.to ?? tokens.length) };
  // "Hussein and seven co-defendants are on trial after Hussein allegedly ordered ...": an adverb
  // hedges what follows it in its clause, not the clause's opening
  const forward = (r.kind === 'negation' && FORWARD_ONLY.has(head)) || (r.kind === 'hedge' && LEX.adverbialHedges.has(head));
  return { kind: r.kind, from: r.from, to: r.to, clause, reach, ...(forward ? { forward } : {}) };
}

/**
 * "rejected calls for an inquiry", "the demands of the protesters": a hedge word that hedges
 * only as a verb is no hedge where it is a noun (the sentence is tagged only when such a word
 * occurs).
 */
function nounNotHedge(a: Analysis, r: RawCue): boolean {
  const head = a.tokens[r.from];
  if (r.kind !== 'hedge' || !head || !LEX.hedgesWhenVerb.has(head.norm)) return false;
  tagOnce(a);
  // the word's own tag is unreliable here ("rejected calls/VERB for", "Party, demand/NOUN the UN"):
  // its left neighbour decides: after a verb, an article, an adjective or a number it is a noun
  const before = a.tokens[r.from - 1]?.pos;
  return before === 'VERB' || before === 'DET' || before === 'ADJ' || before === 'NUM';
}

/** Tokenize, split into clauses and find cues. */
export function analyze(text: string): Analysis {
  const tokens = tokenize(text);
  const clauses = splitClauses(tokens);
  const clauseOf = clauseIndex(tokens, clauses);
  const pseudo = findPseudoCues(tokens);
  const a: Analysis = { text, tokens, clauses, clauseOf, cues: [] };
  a.cues = findRawCues(tokens, pseudo.pseudo, clauseOf)
    .filter((r) => !nounNotHedge(a, r))
    .map((r) => cueHit(r, tokens, clauses));
  for (const p of pseudo.cues) {
    const clause = clauseAt(clauses, p.from);
    a.cues.push({ kind: 'negation', from: p.from, to: p.to, clause, reach: [clause], onlyIfTerm: p.last });
  }
  return a;
}

const FUTURE = LEX.futureWords;
const FUTURE_PHRASES = LEX.futurePhrases;
const PAST_WORDS = LEX.pastWords;
const NOT_PAST_ED = LEX.notPastEd;

function tenseOf(tokens: Token[], i: number): 'past' | 'future' | undefined {
  const t = tokens[i] as Token;
  if (t.punct || t.digit || t.cap) return undefined;
  if (FUTURE.has(t.norm)) return 'future';
  // "would have been held": a past that did not happen, not a future
  for (const p of LEX.pastPhrases) if (phraseAt(tokens, i, p)) return 'past';
  for (const p of FUTURE_PHRASES) if (phraseAt(tokens, i, p)) return 'future';
  if (PAST_WORDS.has(t.norm)) return 'past';
  if (t.norm.length > 4 && t.norm.endsWith('ed') && !NOT_PAST_ED.has(t.norm)) {
    // "expected to", "scheduled" are about the future; a participle after "be" is passive, keep looking
    const prev = tokens[i - 1]?.norm;
    if (LEX.beParticiples.has(prev ?? '')) return undefined;
    return 'past';
  }
  return undefined;
}

/**
 * The tense governing token `at`: the nearest tense cue before it in its clause,
 * else the nearest after it; undefined when the clause shows none.
 */
export function tenseAt(a: Analysis, at: number): 'past' | 'future' | undefined {
  const c = a.clauses[a.clauseOf[at] ?? 0] as Clause;
  for (let i = at - 1; i >= c.from; i--) {
    const t = tenseOf(a.tokens, i);
    if (t) return t;
  }
  for (let i = at; i < c.to; i++) {
    const t = tenseOf(a.tokens, i);
    if (t) return t;
  }
  return undefined;
}

/**
 * Cues governing the given clauses, ignoring cues inside the claim's own terms. A
 * noun-phrase hedge counts only when one of `at` (token indices of the claim's terms
 * or value) lies in the phrase it qualifies.
 */
export function cuesFor(a: Analysis, clauses: Iterable<number>, inTerms: (i: number) => boolean, at: number[] = []): CueHit[] {
  const want = new Set(clauses);
  return a.cues.filter((c) => {
    if (c.onlyIfTerm !== undefined) return inTerms(c.onlyIfTerm) && c.reach.some((r) => want.has(r));
    for (let i = c.from; i < c.to; i++) if (inTerms(i)) return false;
    if (c.phrase) {
      const [f, t] = c.phrase;
      return at.some((i) => i >= f && i < t);
    }
    if (c.kind === 'hedge' && at.length && !c.reach.some((r) => r !== c.clause && want.has(r))) {
      // "X should make the deal, Trump has said following three-hour talks": a hedge
      // inside reported words does not reach past the reporting verb
      const crosses = at.every((i) => {
        const [lo, hi] = i > c.from ? [c.to, i] : [i + 1, c.from];
        for (let k = lo; k < hi; k++) if (REPORTING_VERBS.has(a.tokens[k]?.norm ?? '')) return true;
        return false;
      });
      if (crosses) return false;
    }
    if (c.forward && at.length) {
      // own clause: only what follows the cue; clauses it reaches: all of them
      return at.some((i) => (a.clauseOf[i] === c.clause ? i >= c.to : c.reach.includes(a.clauseOf[i] ?? -1) && a.clauseOf[i] !== c.clause));
    }
    return c.reach.some((r) => want.has(r));
  });
}
