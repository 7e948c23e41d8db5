/**
 * Value screens: the named rules that set one value of a sentence aside, after the engine
 * has tied it to the claim's terms. Two pipelines, run in order, the first answer decides:
 * - TIED_SCREENS, before the value's cues are read: whose act, whose figure, which time;
 * - OTHER_EVENT_SCREENS, for an unhedged value that differs from the claim's: is it
 *   about another occurrence of the event?
 * Each answer is the trail `explain` prints, ending with the rule's name. A new screen is
 * one entry here (its logic in src/rules/ when it is more than a line) and one table row
 * in test/engine/rules.test.ts.
 */
import type { CompiledClaim } from '../claims/compile.js';
import type { Source } from '../corpus/load.js';
import { LEX, startsWithAny } from '../lexicon/index.js';
import type { Analysis } from '../nlp/analyze.js';
import { RULE as CHANGING_RULE, changingMarker, otherTime, sentenceGivesTotal, wholeMarker } from '../rules/changing-figures.js';
import { RULE as KIND_RULE, ofPhraseAfterFigure, otherCountedNoun, otherKind } from '../rules/counted-kind.js';
import { RULE as OWNER_RULE, ofNoun, otherOwner } from '../rules/number-owner.js';
import { RULE as ACT_RULE, otherGoverningVerb, subjectOfOtherAct } from '../rules/other-act.js';
import { RULE as OCCURRENCE_RULE, otherRound, outsideWhen, relativeInOtherYear } from '../rules/other-occurrence.js';
import { RULE as PAIRED_RULE, pairedOwner, pairedWithClaim } from '../rules/paired-figures.js';
import { dateOfOtherNamesEvent, namesOne, RULE as PARTICIPANTS_RULE } from '../rules/participants.js';
import { RULE as PARTITIVE_RULE, partnerMatches } from '../rules/partitive.js';
import { coHolder, insideClaimedName, otherSubjectClause, RULE as RIVAL_RULE, speakerVerb } from '../rules/rival-roles.js';
import { type Token, tokenize } from '../text/normalize.js';
import { type DateMention, type DateSpec, publishedDay, yearOfDay } from '../values/date.js';
import type { Mention } from '../values/mention.js';
import type { NumberMention } from '../values/number.js';
import { clauseIndex, IRREGULAR_PAST } from './tie.js';

export type { Mention };

const NOT_NAMES = LEX.notSubjectNames;
// pronouns that may refer back to a speaker: "it", "its", "we", "they", "he", "his", ...
const REFERRING: ReadonlySet<string> = new Set([...LEX.personalPronouns, ...LEX.referringPronouns]);
const CALENDAR_PREFIXES = LEX.calendarPrefixes;
const OTHER_OCCURRENCE = LEX.otherOccurrenceWords;

/**
 * A different value in a sentence that names people or places, none of them the
 * claim's, is about another event ("The Macedonian parliament will meet on Thursday"
 * says nothing about when Trump and Putin meet). Only claims that name someone use this.
 */
function otherParticipants(a: Analysis, names: Set<string>, m: Mention): boolean {
  if (names.size === 0) return false;
  let other = false;
  const referring = a.tokens.some((t) => !t.cap && REFERRING.has(t.norm));
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (!t.cap || t.punct || (i >= m.tokFrom && i < m.tokTo)) continue;
    if (namesOne(names, t.norm)) return false;
    // the speaker ("Chief commissioner Qazi Farooq says ...") reports the event, he takes no part in it,
    // unless the sentence refers back to someone ("The US says it will pull out its troops")
    if (!referring && speakerVerb(a.tokens, { tokFrom: i, tokTo: i + 1 })) continue;
    // a capitalised first word is a name only when a name follows it ("Executives have ...")
    if (i === 0 && (NOT_NAMES.has(t.norm) || !a.tokens[1]?.cap)) continue;
    if (startsWithAny(CALENDAR_PREFIXES, t.norm)) continue;
    other = true;
  }
  return other;
}

/**
 * A source published close to the claim's date, or before it, is current-events coverage; a
 * date it cites two or more years back ("at the G-20 Summit on July 7, 2017") is background
 * about another occasion, not a contradiction. Claims about the past (Biden in Geneva in
 * 2021, read in 2025) are not affected.
 */
function background(claim: DateSpec, m: Mention, published?: string): boolean {
  if (!published || m.dateTo === undefined) return false;
  const pub = publishedDay(published);
  // a source written before the claim's event cannot look back on it: its dates years back are background too
  return (Math.abs(claim.from - pub) <= 366 || pub < claim.from) && m.dateTo < pub - 730;
}

/** The clause names a participant of the claim that the rest of the sentence does not: the claim is about that clause's event. */
function claimIsAboutClause(a: Analysis, names: Set<string>, clause: number): boolean {
  const inside = new Set<string>();
  const outside = new Set<string>();
  a.tokens.forEach((t, i) => {
    if (!t.cap || !names.has(t.norm)) return;
    (a.clauseOf[i] === clause ? inside : outside).add(t.norm);
  });
  for (const n of inside) if (!outside.has(n)) return true;
  return false;
}

// "their 2018 Helsinki meeting" in a 2025 article: a year in the event's own phrase,
// other than the source's, names a past occurrence.
function otherOccurrence(
  a: Analysis,
  termTokens: number[],
  clause: number,
  published?: string,
  termSet = new Set(termTokens),
  own: Set<number> = new Set(),
  claimYear: (y: string) => boolean = () => false,
): string | undefined {
  const year = published?.slice(0, 4);
  // "In 2019, he visited ... from a summit in Vietnam": a sentence set in another year
  const first = a.clauses[0];
  if (year && first && a.clauses.length > 1 && a.tokens[first.to - 1]?.norm === ',')
    for (let k = first.from; k < first.to; k++) {
      const t = a.tokens[k] as Token;
      if (t.digit && /^(19|20)\d\d$/.test(t.raw) && t.raw !== year && !claimYear(t.raw) && !targetYear(a, k)) return t.raw;
    }
  for (const i of termTokens) {
    // "former Prime Minister Bhutto": before a name, "former" is a title, not another occurrence
    if (clauseIndex(a, i) !== clause || a.tokens[i]?.cap) continue;
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const t = a.tokens[k];
      // the claim's own name ends the event's phrase: "former minister Okafor was arrested"
      if (!t || t.punct || (t.cap && termSet.has(k))) break;
      if (OTHER_OCCURRENCE.has(t.norm) || LEX.formerlyWords.has(t.norm)) return t.raw;
      if (t.digit && /^(19|20)\d\d$/.test(t.raw) && year && t.raw !== year && !claimYear(t.raw) && !own.has(k)) return t.raw;
    }
  }
  return undefined;
}

/** A year that is a deadline or target ("by the end of 2007", "until 2010"): it sets no other time for the sentence. */
function targetYear(a: Analysis, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (LEX.deadlineWords.has(a.tokens[j]?.norm ?? '')) return true;
  return false;
}

/** A figure written as a compound that modifies a claim term: "a three-hour meeting". */
function modifiesTerm(a: Analysis, m: Mention, inTerms: Uint8Array): boolean {
  return !!a.tokens[m.tokTo]?.hyphen && (inTerms[m.tokTo] === 1 || inTerms[m.tokTo + 1] === 1);
}

/** The token indices [from, to). */
function tokenRange(from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let i = from; i < to; i++) out.add(i);
  return out;
}

/** The first resolved day-precision date in the figure's clause, as a day number. */
function figureDay(dates: DateMention[], clause: number, a: Analysis): number | undefined {
  for (const d of dates) if (!d.bound && d.spec && d.spec.precision === 'day' && a.clauseOf[d.tokFrom] === clause) return d.spec.from;
  return undefined;
}

/** What a value screen may look at. */
export interface ValueContext {
  c: CompiledClaim;
  a: Analysis;
  source: Source;
  about: (i: number) => boolean;
  inTerms: Uint8Array;
  termTokens: number[];
  dates: () => DateMention[];
  /** Every figure of the sentence, whatever it counts (outside its dates). */
  numbers: () => NumberMention[];
  /** Every value the sentence gives, tied or not. */
  mentions: Mention[];
}

export interface ValueScreen {
  name: string;
  /** Why the value is set aside (what follows the quoted value in the trail), or undefined. */
  test(x: ValueContext, m: Mention, negated: boolean): string | undefined;
}

/** The "of" phrase of the claim's counted noun ("12,000 pages of technical documentation"), read once per claim. */
const claimPhrases = new WeakMap<CompiledClaim, Set<string> | undefined>();
function claimOfPhrase(c: CompiledClaim): Set<string> | undefined {
  if (claimPhrases.has(c)) return claimPhrases.get(c);
  const v = c.value;
  let out: Set<string> | undefined;
  if (v?.kind === 'number') {
    const tokens = tokenize(c.claim.claim);
    // "12,000 pages" or "12 million pages": the figure with its scale word
    const scale = (k: number) => LEX.scaleWords[tokens[k]?.norm ?? ''];
    const valueAt = (k: number) => Number(tokens[k]?.raw.replaceAll(',', '')) * (scale(k + 1) ?? 1);
    const at = tokens.findIndex((t, k) => t.digit && [v.n.lo, v.n.hi].includes(valueAt(k)));
    out = at >= 0 ? ofPhraseAfterFigure(tokens, scale(at + 1) === undefined ? at + 1 : at + 2) : undefined;
  }
  claimPhrases.set(c, out);
  return out;
}

/** The sentence's mentions of the claim's own value. */
const ownValues = (x: ValueContext): Mention[] => x.mentions.filter((o) => o.relation === 'equal' || o.relation === 'finer');

/** Screens for a value the sentence ties to the claim, run before its cues. */
export const TIED_SCREENS: readonly ValueScreen[] = [
  {
    name: KIND_RULE,
    test: (x, m) => {
      if (m.kind !== 'number' || m.relation !== 'different') return undefined;
      const other = otherKind(claimOfPhrase(x.c), ofPhraseAfterFigure(x.a.tokens, m.tokTo));
      return other ? `counts another kind of thing ("of ... ${other.join(' ')}") than the claim's` : undefined;
    },
  },
  {
    name: KIND_RULE,
    test: (x, m) => {
      if (m.kind !== 'number' || m.relation !== 'different') return undefined;
      const own = ownValues(x).filter((o) => o.kind === 'number');
      const noun = otherCountedNoun(x.a.tokens, m, own);
      return noun ? `counts "${noun}", while the sentence's own figure for the claim counts another noun` : undefined;
    },
  },
  {
    name: RIVAL_RULE,
    test: (x, m) => (m.relation === 'rival' && insideClaimedName(x.a.tokens, m, ownValues(x)) ? "is part of the name of the claim's own value" : undefined),
  },
  {
    name: RIVAL_RULE,
    test: (x, m) => {
      const verb = m.relation === 'rival' ? speakerVerb(x.a.tokens, m, x.about) : undefined;
      return verb ? `is the speaker ("${verb}"), not the one the claim is about` : undefined;
    },
  },
  {
    name: RIVAL_RULE,
    test: (x, m) => {
      const marker = m.relation === 'rival' ? coHolder(x.a.tokens, m, ownValues(x)) : undefined;
      return marker ? `shares the role with the claim's value ("${marker}"), it does not take it` : undefined;
    },
  },
  {
    name: RIVAL_RULE,
    test: (x, m) =>
      m.relation === 'rival' && otherSubjectClause(x.a, m, ownValues(x), (t) => namesOne(x.c.names, t.norm))
        ? "sits in a clause about another subject than the claim's"
        : undefined,
  },
  {
    name: ACT_RULE,
    test: (x, m) => {
      if (m.kind !== 'date' || m.when !== undefined) return undefined;
      const verb = otherGoverningVerb(x.a, m.tokFrom, x.about, x.c.claimStems, IRREGULAR_PAST);
      return verb ? `dates the act of "${verb}", not the claim's` : undefined;
    },
  },
  {
    name: OWNER_RULE,
    test: (x, m) =>
      m.kind === 'number' && x.c.namedSubject && !modifiesTerm(x.a, m, x.inTerms) && !pairedWithClaim(x.a, m, ([s, e]) => spanIsClaims(x, s, e))
        ? otherOwner(x.a, m.tokFrom, x.about, (t) => x.c.names.has(t.norm))
        : undefined,
  },
  {
    name: ACT_RULE,
    test: (x, m) => {
      const verb = m.kind === 'number' ? subjectOfOtherAct(x.a, m, x.about, IRREGULAR_PAST) : undefined;
      return verb ? `counts those who "${verb}", another act than the claim's` : undefined;
    },
  },
  {
    name: RIVAL_RULE,
    // "moving from Texas to his property in Virginia": where something comes from is not where the claim puts it
    test: (x, m) =>
      m.relation === 'rival' && x.a.tokens[m.tokFrom - 1]?.norm === 'from' && x.c.valuePreposition !== 'from'
        ? "is where it comes from, not the claim's place"
        : undefined,
  },
  {
    name: PARTICIPANTS_RULE,
    test: (x, m) => {
      const name = m.kind === 'date' ? dateOfOtherNamesEvent(x.a.tokens, m.tokTo, x.about) : undefined;
      return name ? `dates the event of "${name}", which the claim does not name` : undefined;
    },
  },
  {
    name: PARTITIVE_RULE,
    test: (x, m) => (m.kind === 'number' ? partnerMatches(m, x.mentions) : undefined),
  },
  {
    name: PAIRED_RULE,
    test: (x, m) => (m.kind === 'number' ? pairedOwner(x.a, m, x.numbers(), ([s, e]) => spanIsClaims(x, s, e)) : undefined),
  },
  {
    name: CHANGING_RULE,
    test: (x, m) => {
      if (m.kind !== 'number' || !x.c.asOf) return undefined;
      const day = figureDay(x.dates(), x.a.clauseOf[m.tokFrom] ?? 0, x.a);
      return otherTime(x.c.asOf, day, x.source.published) ? `is the figure at another time than the claim's as_of ${x.c.asOf.label}` : undefined;
    },
  },
  {
    name: CHANGING_RULE,
    test: (x, m) => {
      if (m.kind !== 'number' || m.relation !== 'different' || x.c.finalFigure) return undefined;
      const marker = changingMarker(x.a, x.a.clauseOf[m.tokFrom] ?? 0, m.tokFrom);
      return marker ? `is a running count ("${marker}"), not a final figure the claim can be held to` : undefined;
    },
  },
  {
    name: CHANGING_RULE,
    test: (x, m) => {
      const marker = m.kind === 'number' && m.relation === 'different' && !x.c.totalFigure ? wholeMarker(x.a, m.tokFrom) : undefined;
      return marker ? `is the whole ("${marker}"), not the part the claim counts` : undefined;
    },
  },
  {
    name: CHANGING_RULE,
    test: (x, m) =>
      m.kind === 'number' && m.relation === 'different' && x.c.totalFigure && !sentenceGivesTotal(x.a)
        ? "is one figure, not a total like the claim's"
        : undefined,
  },
  {
    name: OCCURRENCE_RULE,
    test: (x, m) =>
      m.kind !== 'date' && (m.relation === 'different' || m.relation === 'rival') && x.c.when
        ? outsideWhen(x.c.when, x.source.published, x.dates())
        : undefined,
  },
  {
    name: OWNER_RULE,
    test: (x, m) => {
      if (m.kind !== 'number' || m.relation !== 'different') return undefined;
      const noun = ofNoun(x.a, m.tokFrom, x.about);
      return noun ? `measures "${noun}", not the claim's figure` : undefined;
    },
  },
];

/** "originally scheduled for January 8", "instead of 8th January": the word that marks a date as the superseded plan. */
function supersededBy(a: Analysis, m: Mention): string | undefined {
  const c = clauseIndex(a, m.tokFrom);
  const from = a.clauses[c]?.from ?? 0;
  for (let k = m.tokFrom - 1; k >= Math.max(from, m.tokFrom - 4); k--) {
    const t = a.tokens[k] as Token;
    if (LEX.formerlyWords.has(t.norm)) return t.raw;
    if (t.norm === 'of' && a.tokens[k - 1]?.norm === 'instead') return 'instead of';
  }
  return undefined;
}

/** Screens for an unhedged value that is not the claim's: is it another occurrence of the event? */
export const OTHER_EVENT_SCREENS: readonly ValueScreen[] = [
  {
    name: 'superseded',
    test: (x, m, negated) => {
      const word = !negated && m.kind === 'date' ? supersededBy(x.a, m) : undefined;
      return word ? `is the plan the sentence says was replaced ("${word}"), not a date it asserts` : undefined;
    },
  },
  {
    // "the first meeting since Biden met Putin in June 2021": a "since" clause is an earlier occurrence
    name: 'since',
    test: (x, m) =>
      (m.earlier || x.a.clauses[clauseIndex(x.a, m.tokFrom)]?.opener === 'since') &&
      // "since the disputed December 27 election": the date names the claim's own event
      !x.inTerms[m.tokTo] &&
      !claimIsAboutClause(x.a, x.c.names, m.when ?? clauseIndex(x.a, m.tokFrom))
        ? 'dates an earlier occurrence (it follows "since"), not the claim\'s'
        : undefined,
  },
  {
    name: OCCURRENCE_RULE,
    test: (x, m) =>
      x.c.value?.kind === 'date' && m.mention && relativeInOtherYear(x.c.value.spec, m.mention)
        ? "is this source's own news, in another year than the claim's date"
        : undefined,
  },
  {
    name: 'background',
    test: (x, m, negated) =>
      !negated && x.c.value?.kind === 'date' && background(x.c.value.spec, m, x.source.published)
        ? 'is background: years before this current-events source, about another occasion'
        : undefined,
  },
  {
    name: 'other-participants',
    test: (x, m, negated) =>
      !negated && otherParticipants(x.a, x.c.names, m) ? "belongs to an event with other participants (the sentence names none of the claim's)" : undefined,
  },
  {
    name: OCCURRENCE_RULE,
    test: (x, _m, negated) => {
      if (negated) return undefined;
      const round = otherRound(x.a, x.termTokens, x.c.claim.claim);
      return round ? `belongs to another round of the event ("${round}"), which the claim does not name` : undefined;
    },
  },
  {
    name: 'other-occurrence-marker',
    test: (x, m, negated) => {
      if (negated) return undefined;
      const mc = m.when ?? clauseIndex(x.a, m.tokFrom);
      const when = x.c.when;
      // a year within the claim's own time ("on March 3, 2008" for a claim about March 2008) is no other occurrence
      const claimYear = (y: string) => !!when && Number(y) >= yearOfDay(when.from) && Number(y) <= yearOfDay(when.to);
      const marker = otherOccurrence(
        x.a,
        [...x.termTokens, m.tokFrom],
        mc,
        x.source.published,
        new Set(x.termTokens),
        tokenRange(m.tokFrom, m.tokTo),
        claimYear,
      );
      return marker ? `dates or places another occurrence ("${marker}"), not the claim's` : undefined;
    },
  },
];

/** The first screen of `screens` that sets the value aside: the trail's note and the rule's name; undefined when none does. */
export function screenValue(screens: readonly ValueScreen[], x: ValueContext, m: Mention, negated = false): { note: string; rule: string } | undefined {
  for (const s of screens) {
    const why = s.test(x, m, negated);
    if (why) return { note: `"${x.a.text.slice(m.start, m.end)}" ${why} [rule: ${s.name}]`, rule: s.name };
  }
  return undefined;
}

/** Whether the name at tokens [s, e) is the claim's: it holds a claim term, or each of its words is one of the claim's names. */
function spanIsClaims(x: ValueContext, s: number, e: number): boolean {
  let named = true;
  for (let k = s; k < e; k++) {
    if (x.about(k)) return true;
    if (!x.c.names.has(x.a.tokens[k]?.norm ?? '')) named = false;
  }
  return named;
}
