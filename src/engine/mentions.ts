/**
 * Mention finders, one per value kind (the registry: a new kind adds its compiled value in
 * claims/compile.ts, its finder and comparison in values/, and one line in FINDERS). Each
 * finder turns the sentence's values of its kind into mentions with their relation to the
 * claim's value.
 */
import type { CompiledClaim } from '../claims/compile.js';
import { LEX } from '../lexicon/index.js';
import type { Analysis } from '../nlp/analyze.js';
import { sameKind, unitSynonyms } from '../text/kinds.js';
import type { Token } from '../text/normalize.js';
import { compareDate } from '../values/date.js';
import { findEntities } from '../values/entity.js';
import { compareNumber, fillsSlot, type NumberMention } from '../values/number.js';
import type { SentenceCache } from './sentence-cache.js';
import { clauseIndex } from './tie.js';
import type { Mention } from './value-screens.js';

const PEOPLE = LEX.peopleStems;

/** The clause opened by "when" right after token `to` (", when ..."), if any. */
function whenClause(a: Analysis, to: number): number | undefined {
  let k = to;
  if (a.tokens[k]?.norm === ',') k++;
  if (a.tokens[k]?.norm !== 'when') return undefined;
  const c = clauseIndex(a, k);
  return a.clauses[c]?.opener === 'when' ? c : undefined;
}

/** What a mention finder needs: the claim's value, the sentence and where the claim's terms are. */
interface FinderContext {
  g: number;
  cache: SentenceCache;
  a: Analysis;
  inTerms: Uint8Array;
}

/** The finder of each value kind. */
const FINDERS: {
  [K in NonNullable<CompiledClaim['value']>['kind']]: (v: Extract<NonNullable<CompiledClaim['value']>, { kind: K }>, x: FinderContext) => Mention[];
} = {
  date: dateMentions,
  number: numberMentions,
  entity: entityMentions,
};

/** The values of the claim's kind in the sentence, each with how it relates to the claim's value. */
export function collectMentions(c: CompiledClaim, g: number, cache: SentenceCache, a: Analysis, inTerms: Uint8Array): Mention[] {
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
    // "must provide the information by July 31": for a deadline claim, a "by"/"until" date is the deadline
    const deadline = v.deadline && d.bound && LEX.deadlineWords.has(a.tokens[d.tokFrom - 1]?.norm ?? '');
    const bound = d.bound && when === undefined && !deadline;
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
