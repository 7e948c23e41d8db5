/**
 * Does a value in a sentence belong to what the claim is about? A value is tied when
 * the nearest head before it in its clause is a claim term ("will meet in Alaska on
 * August 15"), when it directly modifies one ("Alaska summit", "three-hour meeting"),
 * or, fronted ("On August 15, the leaders will meet"), when the clause after it leads
 * to one. Another event word or a reporting verb in between takes the value instead:
 * "remarks from Ushakov on August 7", "told journalists on Thursday".
 */

import { REPORTING_VERBS } from '../cues/hedge.js';
import { LEX } from '../lexicon/index.js';
import type { Analysis } from '../nlp/analyze.js';
import { tagOnce } from '../nlp/pos.js';
import type { Clause } from '../text/clauses.js';
import { stem, type Token } from '../text/normalize.js';

const FUNCTION = LEX.functionWords;

/** Verbs and words that carry an event's date through to it ("will begin on", "is set for"). */
const PREDICATE = LEX.datePredicates;

/** Event words that claim a date or place for themselves when they are not the claim's terms. */
const EVENT_NOUNS = LEX.eventNouns;

const PRONOUNS = LEX.subjectPronouns;
const MODAL = LEX.modals;
const ADVERBS = LEX.adverbs;

export const IRREGULAR_PAST = LEX.irregularPastVerbs;

type Step = 'about' | 'block' | 'action' | 'skip';

const SETTING = LEX.settingPrepositions;

/** An event noun introduced by "in", "during" or "at" (a determiner and two modifiers between) is where an act happened. */
function settingNoun(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = toks[k] as Token;
    if (SETTING.has(t.norm)) return true;
    if (t.punct || t.cap || t.digit) return false;
  }
  return false;
}

/** An event noun followed by another noun modifies it ("conference room", "summit venue"). */
function isModifier(a: Token[], i: number): boolean {
  const n = a[i + 1];
  if (!n || n.punct || n.cap || n.digit) return false;
  const w = n.norm;
  return !(
    FUNCTION.has(w) ||
    PREDICATE.has(w) ||
    REPORTING_VERBS.has(w) ||
    EVENT_NOUNS.has(w) ||
    w.endsWith('ed') ||
    w.endsWith('ing') ||
    IRREGULAR_PAST.has(w)
  );
}

function classify(t: Token, i: number, about: (i: number) => boolean, names: boolean, a?: Analysis): Step {
  const toks = a?.tokens;
  if (about(i)) return 'about';
  if (t.punct || t.digit) return 'skip';
  const n = t.norm;
  // months and weekdays are capitalised but name no one: "died on Saturday in Madrid"
  if (t.cap && i > 0) return names && !LEX.calendarWords.has(n) ? 'block' : 'skip';
  // "Indonesia currently has 51 airlines": "has" before a figure or an article is the verb of possession
  if (toks && LEX.possessionVerbs.has(n) && i > 0 && (toks[i + 1]?.digit || LEX.articles.has(toks[i + 1]?.norm ?? ''))) return 'action';
  if (FUNCTION.has(n) || PREDICATE.has(n)) return 'skip';
  if (toks) {
    const inContext = classifyInContext(toks, i);
    if (inContext) return inContext;
  }
  // "the run-off election": an event noun headed by a claim term names the claim's event
  if (EVENT_NOUNS.has(n) && i > 0 && about(i - 1) && !toks?.[i - 1]?.cap) return 'about';
  if (REPORTING_VERBS.has(n) || EVENT_NOUNS.has(n)) return 'block';
  if (IRREGULAR_PAST.has(n)) return 'action';
  // "has shut down four airlines": a verb spelt alike in present and past is an act where the tagger reads a verb
  if (LEX.sameFormVerbs.has(n) && a) {
    tagOnce(a);
    return t.pos === 'VERB' ? 'action' : 'skip';
  }
  return verbByEnding(t, a) ? 'action' : 'skip';
}

/** What the words around token i make of it: an event noun that modifies or sets another, a verb after a modal. */
function classifyInContext(toks: Token[], i: number): Step | undefined {
  const n = (toks[i] as Token).norm;
  if (EVENT_NOUNS.has(n) && isModifier(toks, i)) return 'skip';
  // a verb after a modal or "to" ("said he will meet Putin on Aug. 15"): the date is the meeting's
  if (i > 0 && MODAL.has(toks[i - 1]?.norm ?? '') && !ADVERBS.has(n)) return 'action';

  // "announced his resignation in a national telecast on Tuesday": the setting of the act, no act of its own
  if (EVENT_NOUNS.has(n) && settingNoun(toks, i)) return 'skip';
  return undefined;
}

/**
 * A word ending in "-ed" or "-ing" that the tagger reads as a verb. The sentence is tagged
 * the first time such a word decides a tie (most sentences never need it); without a sentence
 * to tag, the ending is the guess.
 */
function verbByEnding(t: Token, a?: Analysis): boolean {
  const n = t.norm;
  const ending = (n.length > 4 && n.endsWith('ed')) || (n.length > 5 && n.endsWith('ing'));
  if (!ending) return false;
  if (a) tagOnce(a);
  return t.pos === undefined || VERBAL.has(t.pos);
}

/**
 * Tags a word ending in "-ed" or "-ing" may carry and still be an act: the tagger reads
 * "building", "hearing" and "morning" as nouns, which own no value. Untagged text keeps the
 * ending as the guess.
 */
const VERBAL: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADJ']);

export interface TieOptions {
  /** Treat other proper names as owners of the value (entity claims about a person). */
  names?: boolean;
  /**
   * For a date: the stems of the claim's own words. A date after another verb than the
   * claim's ("the election was called on February 24" for "was held on") is that verb's.
   */
  claimStems?: Set<string>;
  /** The stems of the claim's own words, for any kind: a verb the claim states is the claim's act. */
  wording?: Set<string>;
}

/** Scan back from token `from` within its clause; follow relative clauses to their antecedent. */
function scanBack(a: Analysis, from: number, about: (i: number) => boolean, names: boolean): Back {
  if (from <= 0) return 'front';
  const c = a.clauseOf[Math.min(from, a.tokens.length - 1)] ?? 0;
  if ((a.clauses[c] as Clause).from === from) return 'front';
  return scanClauseBack(a, c, from - 1, about, names);
}

/** A capitalised function word ("On", "The") after a word with no punctuation between: a lost sentence break. */
function lostBreak(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  return i > 0 && t.cap && FUNCTION.has(t.norm) && !!prev && !prev.punct && !prev.digit && t.raw !== 'I';
}

/** Scan clause `c` backwards from token `i`. */
function scanClauseBack(a: Analysis, c: number, i: number, about: (i: number) => boolean, names: boolean): Back {
  // a claim term that is a name ("between Putin and Trump on August 15") is a participant:
  // keep looking for the event it takes part in, which owns the value
  const st: BackState = { content: false, predicate: false, nameHit: false };
  for (;;) {
    const cl = a.clauses[c] as Clause;
    for (; i >= cl.from; i--) {
      const r = backStep(a, i, cl.from, about, names, st);
      if (r) return r;
    }
    const opener = cl.opener;
    if (c > 0 && opener !== undefined && LEX.relativeOpeners.has(opener)) {
      c--;
      i = (a.clauses[c] as Clause).to - 1;
      st.content = true;
      continue;
    }
    if (st.nameHit) return 'about';
    return st.content ? 'none' : 'front';
  }
}

type Back = 'about' | 'block' | 'action' | 'front' | 'none';

/** What the backward scan has seen so far. */
interface BackState {
  /** A content word: the value is not at the front of its clause. */
  content: boolean;
  /** A word that carries an event's date through ("set for", "scheduled"). */
  predicate: boolean;
  /** A claim term that is a name: a participant, not the event. */
  nameHit: boolean;
}

/** One token of the backward scan (clause from `from`): a decision, or undefined to go on. */
function backStep(a: Analysis, i: number, from: number, about: (i: number) => boolean, names: boolean, st: BackState): Back | undefined {
  const t = a.tokens[i] as Token;
  // "... Infobox On Friday, officials asked": a capitalised function word mid-sentence
  // starts a sentence the source lost the break of
  if (lostBreak(a.tokens, i)) return 'front';
  const s = classify(t, i, about, names, a);
  if (s === 'about' && t.cap && i > 0) {
    st.nameHit = true;
    return undefined;
  }
  // the rest of a participant's name ("US President Donald Trump")
  if (st.nameHit && t.cap) return undefined;
  // "described the upcoming summit Tuesday": the event is the object of a reporting
  // verb and has no predicate of its own, so the date is the reporting verb's
  // a term that is itself a predicate ("the elections originally scheduled for January 8") owns its date
  if (s === 'about') return !st.predicate && !PREDICATE.has(t.norm) && objectOfReporting(a, i, about) ? 'block' : 'about';
  // "was declared re-elected on Sunday": a participle completing the claim's verb is part of it
  if (s === 'action' && completesTermVerb(a.tokens, i, from, about)) return undefined;
  if (st.nameHit && s === 'block') return 'block';
  if (st.nameHit && s === 'action') return 'about';
  if (PREDICATE.has(t.norm)) st.predicate = true;
  if (s === 'block' || s === 'action') return s;
  if (!t.punct && !t.cap && !FUNCTION.has(t.norm)) st.content = true;
  return undefined;
}

function objectOfReporting(a: Analysis, i: number, about: (i: number) => boolean): boolean {
  let k = i - 1;
  while (k >= 0 && about(k)) k--;
  for (let n = 0; k >= 0 && n < 4; k--, n++) {
    const t = a.tokens[k] as Token;
    // a reporting verb the claim itself states ("announced on April 4 that ...") is the claim's act
    if (REPORTING_VERBS.has(t.norm)) return !about(k);
    if (t.punct && t.norm !== '-') return false;
    if (t.cap || PREDICATE.has(t.norm)) return false;
  }
  return false;
}

/** Scan forward from token `to` to the end of its own clause. */
function scanClauseForward(a: Analysis, to: number, about: (i: number) => boolean, names: boolean): 'about' | 'block' | 'action' | 'none' {
  const end = (a.clauses[clauseIndex(a, Math.max(0, to - 1))] as Clause).to;
  for (let i = to; i < end; i++) {
    const t = a.tokens[i] as Token;
    if (t.punct && t.norm !== ',' && t.norm !== '.') return 'none';
    // "was lifted in December and elections were scheduled": a coordinated clause has its own event
    if (t.norm === 'and' || t.norm === 'but') return 'none';
    // "... on Friday The two men met": a sentence break the source lost
    if (t.cap && i > 0 && FUNCTION.has(t.norm)) return 'none';
    const s = classify(t, i, about, names, a);
    if (s !== 'skip') return s;
  }
  return 'none';
}

/** Scan forward from token `to` to the first decisive word, through its clause and the next one. */
function scanForward(a: Analysis, to: number, about: (i: number) => boolean, names: boolean): 'about' | 'block' | 'none' {
  const c = clauseIndex(a, Math.max(0, to - 1));
  const end = (a.clauses[c + 1] ?? a.clauses[c])?.to ?? a.tokens.length;
  let nameHit = false;
  for (let i = to; i < end; i++) {
    const t = a.tokens[i] as Token;
    if (t.punct && t.norm !== ',' && !abbreviationDot(a.tokens, i)) return 'none';
    const s = classify(t, i, about, names, a);
    // a claim name is a participant: keep looking for the claim's event in the date's reach
    if (s === 'about' && t.cap) nameHit = true;
    else if (s === 'about') return 'about';
    // a fronted date covers its clause's verb and object ("On August 8, Trump made an
    // announcement"); only another event or a reporting verb takes it
    // (after a claim name, as before: "On Thursday, Kestrel said it would recall" leaves it to the report rules)
    else if (s === 'block') return nameHit ? 'about' : s;
  }
  if (!nameHit) return 'none';
  // "Last month, GM was given loans after it warned of bankruptcy": the claim's event lies in a clause of
  // another time, beyond the date's reach ("as the verdict was read out" shares the date's time)
  for (let i = end; i < a.tokens.length; i++)
    if (about(i) && !a.tokens[i]?.cap) return LEX.otherTimeOpeners.has(a.clauses[clauseIndex(a, i)]?.opener ?? '') ? 'none' : 'about';
  return 'about';
}

/**
 * The value directly modifies a claim term ("Alaska summit", "three-hour meeting", "three hours
 * of talks"), or describes one in apposition ("the second-largest carrier, Kestrel Air,").
 */
function modifiesTerm(a: Analysis, to: number, about: (i: number) => boolean, names: boolean): boolean {
  for (let k = to; k < Math.min(a.tokens.length, to + 4); k++) {
    const t = a.tokens[k] as Token;
    // "President of Kyrgyzstan Askar Akayev": before a claim name, a value describes the person, not the act
    if (about(k) && names && t.cap) return false;
    if (about(k)) return true;
    if (t.norm === 'of') continue;
    if (t.norm === ',' && k > to && namedInApposition(a, to, k, about)) return true;
    if (t.punct || t.cap || FUNCTION.has(t.norm) || EVENT_NOUNS.has(t.norm)) return false;
  }
  return false;
}

/** True when the value at tokens [from, to) belongs to the claim's terms. */
export function isTied(a: Analysis, from: number, to: number, about: (i: number) => boolean, opts: TieOptions = {}): boolean {
  const names = !!opts.names;
  if (modifiesTerm(a, to, about, names)) return true;
  if (subjectOfTerm(a, to, about) || relativeHolds(a, from, to, about) || participialAppositive(a, from, about)) return true;
  // a name's own title before it ("former Prime Minister Ana Ruiz") is part of the mention, not another name
  const back = scanBack(a, names ? ownTitleStart(a, from, about) : (placePairStart(a, from, about) ?? from), about, names);
  if (back === 'about') return true;
  if (back === 'front' && clauseIndex(a, from) === 0 && reportedInClause(a, to, about, opts.claimStems)) return false;
  if (appositive(a, to, about)) return true;
  if (back === 'action' && objectOfTermVerb(a, from, about, names, opts.claimStems, opts.wording ?? opts.claimStems)) return true;
  if (back === 'action' || back === 'none') {
    // "converge on Anchorage for a summit", "head to Alaska on Friday for a summit":
    // the purpose follows in the same clause
    if (scanClauseForward(a, to, about, names) === 'about') return true;
    return back === 'action' && simultaneous(a, to, about);
  }
  if (back !== 'front') return false;
  // a trailing adverbial split off by a comma ("in Anchorage, Alaska, on August 15"):
  // it belongs to the clause before it
  if (clauseIndex(a, from) > 0) return trailing(a, from, about, names);
  return scanForward(a, to, about, names) === 'about';
}

const reportingClaims = new WeakMap<Set<string>, boolean>();
/** Whether the claim's wording holds a reporting verb ("announced", "said"), by its stems; read once per claim. */
function claimReports(claimStems: Set<string>): boolean {
  let r = reportingClaims.get(claimStems);
  if (r === undefined) {
    r = [...REPORTING_VERBS].some((v) => claimStems.has(stem(v)));
    reportingClaims.set(claimStems, r);
  }
  return r;
}

/**
 * A fronted date whose clause is a report ("On January 25, the date of the election was
 * announced as March 29"): the date is the report's, unless the claim states that verb.
 */
function reportedInClause(a: Analysis, to: number, about: (i: number) => boolean, claimStems?: Set<string>): boolean {
  // a claim that itself reports ("Toyota announced the recall on ...") is dated by any report
  // ("said"), but not by a denial ("denied reports that ...")
  const reports = !!claimStems && claimReports(claimStems);
  let k = to;
  while (k < a.tokens.length && !about(k)) k++;
  const end = (a.clauses[clauseIndex(a, k)] as Clause | undefined)?.to ?? a.tokens.length;
  for (let i = k; i < end; i++) {
    const t = a.tokens[i] as Token;
    if (about(i) || claimStems?.has(t.stem)) continue;
    if (LEX.negationsReachingComplement.has(t.norm)) return true;
    if (REPORTING_VERBS.has(t.norm) && !reports) return true;
  }
  return false;
}

/**
 * The value is the object of a verb whose subject is a claim term: "The storm destroyed
 * 2,100 homes", "the bombing killed at least 136 people". Only plain function words and
 * auxiliaries may stand between subject, verb and value.
 */
function objectOfTermVerb(a: Analysis, from: number, about: (i: number) => boolean, names: boolean, claimStems?: Set<string>, wording?: Set<string>): boolean {
  const c = clauseIndex(a, from);
  let k = from - 1;
  while (k >= 0 && clauseIndex(a, k) === c && classify(a.tokens[k] as Token, k, about, names, a) === 'skip') k--;
  if (k < 0 || classify(a.tokens[k] as Token, k, about, names, a) !== 'action') return false;
  // "the election was called on February 24": a passive verb is another act done to the event, and owns
  // the date unless the claim states that act; an active one ("the earthquake struck on Friday") is the event's own
  // "a poll released this week": a past participle right after the noun is a reduced passive
  const verb = a.tokens[k] as Token;
  const reduced = about(k - 1) && !a.tokens[k - 1]?.cap && verb.norm.endsWith('ed') && !IRREGULAR_PAST.has(verb.norm);
  const passive = reduced || LEX.passiveAuxiliaries.has(a.tokens[k - 1]?.norm ?? '');
  // "the lawsuit filed on February 14": a verb that brings the thing into being dates the thing itself
  const creation = reduced && LEX.creationVerbs.has(verb.norm);
  // "was postponed to May 17": a rescheduling gives the event its new date
  const rescheduled = LEX.reschedulingVerbs.has(verb.norm) && LEX.rescheduledToWords.has(a.tokens[from - 1]?.norm ?? '');
  if (claimStems && passive && !creation && !rescheduled && !claimStems.has((a.tokens[k] as Token).stem)) return false;
  // "shut down four airlines and grounded five others": the object of another verb, coordinated with the
  // claim's own verb and its object, is not the claim's
  if (!about(k) && !wording?.has(verb.stem) && coordinatedClaimVerb(a, from, about)) return false;
  let j = k - 1;
  const subject = (i: number) => about(i) && !REPORTING_VERBS.has(a.tokens[i]?.norm ?? '') && !insidePhrase(a.tokens, i);
  for (let n = 0; j >= 0 && n < 3 && clauseIndex(a, j) === c; j--, n++) {
    if (subject(j)) return true;
    const t = a.tokens[j] as Token;
    // "a bombing which killed 136 people Thursday": the relative pronoun stands for the term before it
    if (LEX.relativeOpeners.has(t.norm) && a.clauses[c]?.from === j) continue;
    if (t.punct || t.cap || PRONOUNS.has(t.norm) || !(FUNCTION.has(t.norm) || PREDICATE.has(t.norm) || ADVERBS.has(t.norm))) return false;
  }
  // "The footage, which was shown to ...": the relative pronoun stands for the term before its comma
  // (only for the claim's own verb: "Reyes, who was born in Seville, died ..." gives Seville to the birth)
  if (a.tokens[j]?.norm === ',' && LEX.relativeOpeners.has(a.tokens[j + 1]?.norm ?? '') && (about(k) || !!wording?.has(verb.stem))) j--;
  return j >= 0 && subject(j);
}

/** After the value, in its clause, "and" and then (within two words) a claim term used as a verb: "... four airlines and grounded five others". */
function coordinatedClaimVerb(a: Analysis, from: number, about: (i: number) => boolean): boolean {
  const c = clauseIndex(a, from);
  for (let i = from + 1; i < a.tokens.length && clauseIndex(a, i) <= c + 1; i++) {
    const t = a.tokens[i] as Token;
    if (t.punct && t.norm !== ',') return false;
    // "has 51 airlines, having grounded several": a participle clause goes on with the subject's other act
    if (t.norm !== 'and' && t.norm !== 'having') continue;
    for (let j = i + 1; j <= i + 2; j++) {
      const v = a.tokens[j];
      if (v && about(j) && !v.cap && (verbForm(v) || IRREGULAR_PAST.has(v.norm))) return true;
    }
    return false;
  }
  return false;
}

const PREPOSITIONS = LEX.phrasePrepositions;

/** A name inside a prepositional phrase ("upset over the hanging of dictator Saddam Hussein") is no subject. */
function insidePhrase(tokens: Token[], i: number): boolean {
  if (!tokens[i]?.cap) return false;
  let k = i;
  while (k > 0 && tokens[k - 1]?.cap && !tokens[k - 1]?.punct) k--;
  for (let j = k - 1, n = 0; j >= 0 && n < 4; j--, n++) {
    const t = tokens[j] as Token;
    if (t.punct) return false;
    if (PREPOSITIONS.has(t.norm)) return true;
  }
  return false;
}

/** The action at token i follows a claim verb directly ("declared re-elected", the prefix of a hyphenated word skipped). */
function completesTermVerb(tokens: Token[], i: number, from: number, about: (i: number) => boolean): boolean {
  let k = i - 1;
  while (k > from && tokens[k + 1]?.hyphen) k--;
  return k >= from && about(k) && verbForm(tokens[k] as Token);
}

/** A past form of a verb: "declared", "held", "found". */
export function verbForm(t: Token): boolean {
  return !t.cap && !t.punct && (IRREGULAR_PAST.has(t.norm) || (t.norm.length > 4 && t.norm.endsWith('ed')));
}

/** "Mr." and "St.": a dot after a short capitalised word is an abbreviation, no sentence end. */
function abbreviationDot(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return tokens[i]?.norm === '.' && !!prev && prev.cap && !prev.punct && prev.raw.length <= 3;
}

/**
 * The tokens after a value describe it in apposition: "the country's second-largest carrier,
 * Kestrel Air, will ..." (rule: apposition). The words between the value and the comma are
 * plain (no verb), and the capitalised run after the comma holds a claim term and ends the
 * apposition (a comma, a full stop, or the clause's verb).
 */
function namedInApposition(a: Analysis, to: number, comma: number, about: (i: number) => boolean): boolean {
  const toks = a.tokens;
  for (let k = to; k < comma; k++) {
    const t = toks[k] as Token;
    if (t.punct || t.cap || verbForm(t) || REPORTING_VERBS.has(t.norm)) return false;
  }
  let hit = false;
  let k = comma + 1;
  for (; k < toks.length && isName(toks[k]); k++) if (about(k)) hit = true;
  const after = toks[k];
  return hit && k > comma + 1 && (!after || after.punct || !after.cap);
}

/**
 * The value heads a relative clause that holds a claim term: "Tom Reyes, who was fielded by the
 * Green Party, ...", "the Transport Authority, which levied the fine" (rule: relative-clause).
 * A report inside the relative clause ("which said the fine ...") is another act.
 */
function relativeHolds(a: Analysis, from: number, to: number, about: (i: number) => boolean): boolean {
  const toks = a.tokens;
  // "known as a Democrat who won": after "a", a name is used as a common noun, a kind of person
  if (LEX.indefiniteArticles.has(toks[from - 1]?.norm ?? '')) return false;
  let k = to;
  if (toks[k]?.norm === ',') k++;
  const opener = toks[k]?.norm ?? '';
  if (opener !== 'who' && opener !== 'which') return false;
  const c = clauseIndex(a, k);
  for (let i = k + 1; i < toks.length && clauseIndex(a, i) === c; i++) {
    if (about(i)) return true;
    const t = toks[i] as Token;
    if (REPORTING_VERBS.has(t.norm) || (t.punct && t.norm !== '-')) return false;
  }
  return false;
}

/**
 * "The talks, held in Geneva, ended ...": the value's clause is a participle phrase set off by
 * a comma right after a claim term, which it describes (rule: apposition).
 */
function participialAppositive(a: Analysis, from: number, about: (i: number) => boolean): boolean {
  const cl = a.clauses[clauseIndex(a, from)] as Clause;
  const first = a.tokens[cl.from];
  if (!first || !verbForm(first) || a.tokens[cl.from - 1]?.norm !== ',') return false;
  const head = cl.from - 2;
  if (!about(head) || REPORTING_VERBS.has(a.tokens[head]?.norm ?? '')) return false;
  // nothing but function words between the participle and the value ("held in Geneva")
  for (let k = cl.from + 1; k < from; k++) if (!FUNCTION.has(a.tokens[k]?.norm ?? '')) return false;
  return true;
}

/**
 * Where a name's own capitalised title run begins ("former Prime Minister Ana Ruiz" -> "Prime");
 * claim terms are not skipped. A place after its city ("in Austin, Texas") starts at the city.
 */
function ownTitleStart(a: Analysis, from: number, about: (i: number) => boolean): number {
  const c = clauseIndex(a, from);
  let k = placePairStart(a, from, about) ?? from;
  while (k - 1 > (a.clauses[c] as Clause).from && isName(a.tokens[k - 1]) && !about(k - 1) && !lostBreak(a.tokens, k - 1)) k--;
  return k;
}

/** "in Austin, Texas": the start of the city before a place that follows it after a comma, when a setting preposition leads in. */
export function placePairStart(a: Analysis, from: number, about: (i: number) => boolean): number | undefined {
  const toks = a.tokens;
  if (toks[from - 1]?.norm !== ',') return undefined;
  let k = from - 2;
  while (k >= 0 && isName(toks[k]) && !about(k)) k--;
  return k < from - 2 && LEX.settingPrepositions.has(toks[k]?.norm ?? '') ? k + 1 : undefined;
}

/**
 * A parenthetical between a subject and its verb: ", as speaker of the assembly," or ", son of
 * the late president,". Returns the token after its closing comma, or `to` when there is none.
 */
function pastParenthetical(a: Analysis, to: number): number {
  const toks = a.tokens;
  if (toks[to]?.norm !== ',') return to;
  for (let k = to + 1; k < Math.min(toks.length, to + 10); k++) {
    const t = toks[k] as Token;
    if (t.norm === ',') return k > to + 2 ? k + 1 : to;
    if (t.punct || verbForm(t) || REPORTING_VERBS.has(t.norm) || PREDICATE.has(t.norm) || LEX.relativeOpeners.has(t.norm)) return to;
  }
  return to;
}

/**
 * The value is the subject of the claim's predicate: "Mr. Kibaki was declared the winner",
 * "Odinga won the election", "Ortiz, as speaker of the assembly, became the acting governor".
 * Auxiliaries, one plain verb and articles may stand between.
 */
function subjectOfTerm(a: Analysis, value: number, about: (i: number) => boolean): boolean {
  const to = pastParenthetical(a, value);
  const c = clauseIndex(a, to === value ? Math.max(0, to - 1) : to);
  let verbs = 0;
  for (let k = to; k < Math.min(a.tokens.length, to + 5) && clauseIndex(a, k) === c; k++) {
    const t = a.tokens[k] as Token;
    if (about(k)) return !t.cap && k > to;
    // a passive "was declared" reports nothing: the subject is declared the winner
    // "a poll released this week": a past participle right after the noun is a reduced passive
    const verb = a.tokens[k] as Token;
    const reduced = about(k - 1) && !a.tokens[k - 1]?.cap && verb.norm.endsWith('ed') && !IRREGULAR_PAST.has(verb.norm);
    const passive = reduced || LEX.passiveAuxiliaries.has(a.tokens[k - 1]?.norm ?? '');
    if (t.punct || t.cap || t.digit || (REPORTING_VERBS.has(t.norm) && !passive) || EVENT_NOUNS.has(t.norm)) return false;
    if (PREDICATE.has(t.norm) || LEX.articles.has(t.norm)) continue;
    if ((/(?:ed|en)$/.test(t.norm) || IRREGULAR_PAST.has(t.norm)) && verbs++ === 0) continue;
    return false;
  }
  return false;
}

/** The clause before a trailing adverbial, skipping fragments of names ("on his platform, Truth Social, on Friday"). */
function trailing(a: Analysis, from: number, about: (i: number) => boolean, names: boolean): boolean {
  let descriptive = 0;
  for (let c = clauseIndex(a, from) - 1; c >= 0; c--) {
    const prev = a.clauses[c] as Clause;
    const r = scanClauseBack(a, c, prev.to - 1, about, names);
    if (r === 'about') return true;
    const namesOnly = a.tokens.slice(prev.from, prev.to).every((t) => t.punct || t.cap);
    if (namesOnly) continue;
    // one descriptive list member may stand between a name and its list's head:
    // "includes A, B, and the head of the fund, Kirill Dmitriev"
    if (r === 'none' && a.tokens[prev.from]?.norm === 'and' && descriptive++ === 0) continue;
    return false;
  }
  return false;
}

/**
 * A value on an action that happens "as" or "when" the claim's event does shares its
 * time and place: "shook hands on Friday as they opened the summit".
 */
function simultaneous(a: Analysis, to: number, about: (i: number) => boolean): boolean {
  for (let k = to; k < a.tokens.length; k++) {
    const t = a.tokens[k] as Token;
    if (t.punct && t.norm !== ',') return false;
    if (REPORTING_VERBS.has(t.norm)) return false;
    if (LEX.circumstanceMarkers.has(t.norm)) {
      for (let j = k + 1; j < Math.min(a.tokens.length, k + 25); j++) {
        const u = a.tokens[j] as Token;
        if (about(j)) return true;
        if ((u.punct && u.norm !== ',' && u.norm !== '-') || REPORTING_VERBS.has(u.norm) || EVENT_NOUNS.has(u.norm)) return false;
      }
      return false;
    }
  }
  return false;
}

/**
 * An appositive naming the claim's event right after the value: "in Anchorage, Alaska,
 * their first in-person meeting since 2019".
 */
function appositive(a: Analysis, to: number, about: (i: number) => boolean): boolean {
  let k = to;
  while (a.tokens[k]?.norm === ',' && a.tokens[k + 1]?.cap) {
    k += 2;
    while (a.tokens[k]?.cap && !a.tokens[k]?.punct) k++;
  }
  if (a.tokens[k]?.norm !== ',') return false;
  const det = a.tokens[k + 1]?.norm ?? '';
  if (!LEX.determiners.has(det)) return false;
  for (let j = k + 2; j < Math.min(a.tokens.length, k + 7); j++) {
    const t = a.tokens[j] as Token;
    if (about(j)) return true;
    if (t.punct && t.norm !== '-') return false;
    if (PREDICATE.has(t.norm) || REPORTING_VERBS.has(t.norm) || IRREGULAR_PAST.has(t.norm)) return false;
  }
  return false;
}

/**
 * For an entity that titles a person ("Foreign Minister Sergey Lavrov"): the title
 * belongs to the name right after it, or to the name right before it ("Lavrov, the
 * foreign minister"). Returns undefined when the mention is not next to a name.
 */
export function boundName(a: Analysis, from: number, to: number, about: (i: number) => boolean): boolean | undefined {
  const toks = a.tokens;
  const k = titleEnd(toks, to);
  if (isName(toks[k])) return nameRunHas(toks, k, 1, about);
  // a title, a coordinated description, then the name after a comma:
  // "Saddam Hussein's half brother and former chief of the secret police, Barzan Ibrahim"
  const named = nameAfterDescription(toks, k, about);
  if (named !== undefined) return named;
  // "in Austin, Texas": a place after its city is no title
  if (placePairStart(a, from, about) !== undefined) return undefined;
  // appositive: NAME , [the|a|Russia's ...] TITLE
  let j = from - 1;
  while (j >= 0 && !toks[j]?.punct && (FUNCTION.has(toks[j]?.norm ?? '') || (toks[j]?.cap && toks[j - 1]?.punct))) j--;
  if (toks[j]?.norm === ',' && toks[j - 1]?.cap) return nameRunHas(toks, j - 1, -1, about);
  return undefined;
}

const isName = (t: Token | undefined): boolean => !!t?.cap && !t.punct;

/**
 * The claim's title stands right before the name at `from`, maybe coordinated with another
 * title: "said Transportation Minister Jusman Djamal", "acting President and Prime Minister
 * Kurmanbek Bakiyev" (rule: title). Only title words, "and" and glue words ("of") may stand
 * between; another name ("President Bush and Prime Minister Blair") ends the title.
 */
export function titledBy(a: Analysis, from: number, about: (i: number) => boolean): boolean {
  const toks = a.tokens;
  let seen = false;
  for (let k = from - 1, n = 0; k >= 0 && n < 8; k--, n++) {
    const t = toks[k] as Token;
    if (t.punct) break;
    if (about(k)) {
      seen = true;
      continue;
    }
    if (t.norm === 'and' || LEX.titleWords.has(t.norm) || LEX.titleGlue.has(t.norm)) continue;
    break;
  }
  // the word right before the name is part of the title
  const last = toks[from - 1];
  return seen && !!last && (about(from - 1) || LEX.titleWords.has(last.norm));
}

/** Whether the run of capitalised words from token k (walking by `step`) holds a claim term. */
function nameRunHas(toks: Token[], k: number, step: 1 | -1, about: (i: number) => boolean): boolean {
  let hit = false;
  for (let n = k; n >= 0 && n < toks.length && isName(toks[n]); n += step) if (about(n)) hit = true;
  return hit;
}

/** Where a title that ends at `to` hands over to its name: past a coordinated title or the title's own phrase. */
function titleEnd(toks: Token[], to: number): number {
  let k = to;
  // coordinated titles: "Secretary of State and national security adviser Marco Rubio"
  if (toks[k]?.norm === 'and' && !toks[k + 1]?.cap) {
    let j = k + 1;
    while (j < toks.length && j < k + 6 && !toks[j]?.cap && !toks[j]?.punct && !FUNCTION.has(toks[j]?.norm ?? '')) j++;
    if (j > k + 1 && isName(toks[j])) k = j;
  }
  // a title with its own phrase: "Special Envoy to the Middle East Steve Witkoff"
  if (LEX.titlePrepositions.has(toks[k]?.norm ?? '') && !toks[k]?.punct) {
    let j = k + 1;
    if (toks[j]?.norm === 'the') j++;
    if (isName(toks[j])) k = j;
  }
  return k;
}

/** After a title: "and" + a description of up to ten words without a verb, a comma, then a name (true when it is the claim's). */
function nameAfterDescription(toks: Token[], k: number, about: (i: number) => boolean): boolean | undefined {
  if (toks[k]?.norm !== 'and') return undefined;
  let j = k + 1;
  for (; j < Math.min(toks.length, k + 11); j++) {
    const t = toks[j] as Token;
    if (t.norm === ',') break;
    if (t.punct || verbForm(t) || PREDICATE.has(t.norm) || REPORTING_VERBS.has(t.norm)) return undefined;
  }
  if (toks[j]?.norm !== ',' || !toks[j + 1]?.cap) return undefined;
  let hit = false;
  for (let n = j + 1; n < toks.length && toks[n]?.cap && !toks[n]?.punct; n++) if (about(n)) hit = true;
  return hit;
}

export function clauseIndex(a: Analysis, i: number): number {
  return a.clauseOf[Math.min(Math.max(i, 0), a.tokens.length - 1)] ?? 0;
}
