/**
 * Whether the sentence ties a value to the claim's terms: the structural reading lives in
 * engine/tie.ts; this adds what depends on the value's kind (datelines, attributive dates,
 * offset anchors, a person's title, a figure that fills the claim's slot).
 */
import type { CompiledClaim } from '../claims/compile.js';
import { REPORTING_VERBS } from '../cues/hedge.js';
import { LEX } from '../lexicon/index.js';
import type { Analysis } from '../nlp/analyze.js';
import { inCircumstance } from '../rules/circumstance.js';
import { namesOne } from '../rules/participants.js';
import { boundName, clauseIndex, isTied, titledBy, verbForm } from './tie.js';
import type { Mention } from './value-screens.js';

// a date mention that opens with a preposition ("on Friday", "since 2021")
const DATE_PREPOSITION = new RegExp(`^(?:${[...LEX.dateMentionPrepositions].join('|')})\\b`, 'i');

// "Today, August 15, 2025": a date in apposition to a date word is no dateline
const DATE_WORD_BEFORE: ReadonlySet<string> = new Set([...LEX.relativeDays, ...LEX.weekdayNames]);

/**
 * A number that counts the claim's unit (or the noun its wording counts) and equals the
 * claim's figure fills the claim's slot when a claim term shares its clause: "at least 70
 * of its supporters were killed", "granted bail after paying 1 trillion Zimbabwean
 * dollars". Only a matching figure gets this reading: a different one must be tied by the
 * sentence's structure, since news copy holds many figures of one unit (rule: slot-match).
 */
function slotTied(a: Analysis, m: Mention, termTokens: number[]): boolean {
  const c = clauseIndex(a, m.tokFrom);
  // "killed 24 people and wounded 50 others": the object of another verb right before it is that verb's count
  const before = a.tokens[m.tokFrom - 1];
  if (before && !termTokens.includes(m.tokFrom - 1) && verbForm(before) && a.tokens[m.tokFrom - 2]?.norm === 'and') return false;
  // ", leaving 30 dead", ", killing 12": a participle clause goes on with the clause before it
  const first = a.tokens[a.clauses[c]?.from ?? 0];
  const participle = c > 0 && !!first && first.norm.endsWith('ing');
  return termTokens.some((i) => clauseIndex(a, i) === c || (participle && clauseIndex(a, i) === c - 1));
}

/** For a date: a reporting verb that the claim's own wording states ("Thaksin announced on April 4 ...") counts as a claim term. */
function withClaimVerbs(a: Analysis, about: (i: number) => boolean, claimStems: Set<string>): (i: number) => boolean {
  return (i) => about(i) || (REPORTING_VERBS.has(a.tokens[i]?.norm ?? '') && claimStems.has(a.tokens[i]?.stem ?? ''));
}

/** Whether the sentence ties the value to the claim's terms (engine/tie.ts does the reading). */
export function tieOf(c: CompiledClaim, a: Analysis, m: Mention, about: (i: number) => boolean, termTokens: number[]): boolean {
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
  // "said Transportation Minister Jusman Djamal", "acting President and Prime Minister Kurmanbek Bakiyev":
  // the claim's title right before a name gives it the role (rule: title)
  if (c.value?.kind === 'entity' && titledBy(a, m.tokFrom, about)) return true;
  if (c.value?.kind === 'entity' && c.namedSubject)
    return (
      // a place claim ("signed his resignation in Russia") is no title: "President of Kyrgyzstan Askar Akayev" names no place of the act
      (LEX.placePrepositions.has(c.valuePreposition) ? undefined : boundName(a, m.tokFrom, m.tokTo, about)) ??
      (isTied(a, m.tokFrom, m.tokTo, about, { names: true, wording: c.claimStems }) || inCircumstance(a, m.tokFrom, about, (n) => namesOne(c.names, n)))
    );
  const date = m.kind === 'date';
  return (
    isTied(a, m.tokFrom, m.tokTo, date ? withClaimVerbs(a, about, c.claimStems) : about, date ? { claimStems: c.claimStems } : { wording: c.claimStems }) ||
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
