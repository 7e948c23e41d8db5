import { LEX } from '../lexicon/index.js';
import type { Token } from './normalize.js';

/** A clause of a sentence, in token indices [from, to). */
export interface Clause {
  from: number;
  to: number;
  /** The word that opened a subordinate clause ("that", "while", "since"), if any. */
  opener?: string;
  /**
   * The clause this one resumes after a relative clause between commas: in "The talks,
   * which were planned in Oslo, were cancelled", "were cancelled" continues "The talks".
   */
  continues?: number;
}

const RESUMING_VERBS = LEX.resumingVerbs;
const resumingVerb = (norm: string): boolean => RESUMING_VERBS.has(norm) || /^\w+ed$/.test(norm);

const SUBORDINATORS = LEX.subordinators;

const HARD = new Set([';', ':', '—', '(', ')', '[', ']']);

// words after "since" that make it a date's preposition, not a clause opener
const DATE_WORD: ReadonlySet<string> = new Set([...LEX.calendarWords, ...LEX.sinceDateWords]);

const CALENDAR = LEX.weekdayNames;

/** A name or number that a comma may join to the next one ("Anchorage, Alaska", "15, 2025"). */
function isNameLike(t: Token | undefined): boolean {
  return !!t && !t.punct && (t.digit || (t.cap && !CALENDAR.has(t.norm)));
}

/** The closing bracket of a short parenthesis opening at token i ("(RDIF)", "(1930 GMT)"), if it is one. */
function shortParenthesisEnd(tokens: Token[], i: number): number | undefined {
  let k = i + 1;
  while (k < tokens.length && k <= i + 5 && tokens[k]?.norm !== ')' && tokens[k]?.norm !== '(') k++;
  return tokens[k]?.norm === ')' && k <= i + 5 ? k : undefined;
}

/** The comma at token i joins two names or numbers ("Anchorage, Alaska", "15, 2025"), also across "and" or "as well as". */
function commaJoinsNames(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  let next = tokens[i + 1];
  let k = i + 1;
  if (next && !next.punct && LEX.coordinators.has(next.norm)) next = tokens[++k];
  if (next && next.norm === 'as' && tokens[k + 1]?.norm === 'well' && tokens[k + 2]?.norm === 'as') next = tokens[k + 3];
  return isNameLike(prev) && isNameLike(next);
}

/** "since 2021", "since January": "since" before a date is its preposition, no clause opener. */
function sinceBeforeDate(tokens: Token[], i: number): boolean {
  return tokens[i]?.norm === 'since' && (!!tokens[i + 1]?.digit || DATE_WORD.has(tokens[i + 1]?.norm ?? ''));
}

/** Mark a clause that resumes the main clause after a relative clause between commas ("The talks, which ..., were cancelled"). */
function markResumptions(out: Clause[], tokens: Token[]): void {
  for (let c = 2; c < out.length; c++) {
    const cl = out[c] as Clause;
    const rel = out[c - 1] as Clause;
    const first = tokens[cl.from];
    if (cl.opener || !first || first.cap || !resumingVerb(first.norm)) continue;
    if ((rel.opener === 'which' || rel.opener === 'who') && tokens[rel.to - 1]?.norm === ',' && tokens[(out[c - 2] as Clause).to - 1]?.norm === ',')
      cl.continues = c - 2;
  }
}

// how far a clausal preposition may be from the finite verb of its clause ("after the Pakistani general election failed")
const FINITE_REACH = 6;

/**
 * "after the general election failed to produce a majority": a preposition that opens a clause
 * of its own, with a subject and a finite verb ("after landing", "after the vote" open none).
 * The finite verb is a past form or an auxiliary; a verb right after the preposition is a gerund's.
 */
function clausalPreposition(tokens: Token[], i: number): boolean {
  if (!LEX.clausalPrepositions.has((tokens[i] as Token).norm)) return false;
  for (let k = i + 2; k < tokens.length && k <= i + FINITE_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.punct || t.digit) return false;
    if (LEX.passiveAuxiliaries.has(t.norm) || LEX.irregularPastVerbs.has(t.norm) || (!t.cap && t.norm.length > 4 && t.norm.endsWith('ed'))) return true;
  }
  return false;
}

/**
 * Split a sentence into clauses: at `;`, `:`, dashes and brackets, at commas that
 * do not join names or list items ("Anchorage, Alaska", "Lavrov, Belousov"), and
 * before subordinating words. "since 2021" is a preposition, not a clause.
 */
export function splitClauses(tokens: Token[]): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  let opener: string | undefined;
  const close = (to: number) => {
    if (to > from) out.push(opener ? { from, to, opener } : { from, to });
    from = to;
    opener = undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // a short parenthesis ("(RDIF)", "(1930 GMT)") is part of the phrase around it
    const parenthesisEnd = t.norm === '(' ? shortParenthesisEnd(tokens, i) : undefined;
    if (parenthesisEnd !== undefined) {
      i = parenthesisEnd;
      continue;
    }
    if (t.punct && HARD.has(t.norm)) close(i + 1);
    else if (t.punct && t.norm === ',') {
      if (!commaJoinsNames(tokens, i)) close(i + 1);
    } else if (!t.punct && !t.cap && (SUBORDINATORS.has(t.norm) || clausalPreposition(tokens, i)) && i > from) {
      if (sinceBeforeDate(tokens, i)) continue;
      close(i);
      opener = t.norm;
    } else if (!t.punct && i === from && SUBORDINATORS.has(t.norm)) opener = t.norm;
  }
  close(tokens.length);
  if (out.length === 0) out.push({ from: 0, to: tokens.length });
  markResumptions(out, tokens);
  return out;
}

/** Index of the clause holding token i. */
export function clauseAt(clauses: Clause[], i: number): number {
  for (let c = 0; c < clauses.length; c++) if (i < (clauses[c] as Clause).to) return c;
  return clauses.length - 1;
}
