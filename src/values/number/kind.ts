/** The number kind: a figure, exact or qualified ("~ 144", ">= 3000", "100..200"), and what it counts. */
import { COUNTED_NOUNS, LEX } from '../../lexicon/index.js';
import type { Analysis } from '../../nlp/analyze.js';
import { narrowerKinds, sameKind, unitSynonyms } from '../../text/kinds.js';
import type { Mention, ValueKind } from '../mention.js';
import {
  claimSlot,
  compareNumber,
  fillsSlot,
  type Interval,
  intervalLabel,
  type NumberMention,
  type NumberSlot,
  parseClaimNumber,
  qualifiedByWording,
  roundsTo,
  unitStem,
} from '../number.js';

export interface NumberValue {
  kind: 'number';
  n: Interval;
  label: string;
  unit?: string;
  unitRaw?: string;
  slot?: NumberSlot;
}

const PEOPLE = LEX.peopleStems;
const TOLL_NOUNS: ReadonlySet<string> = new Set(COUNTED_NOUNS.tollNouns);

function compile(raw: number | string, claimText: string, unit?: string): NumberValue {
  // a plain number that the claim's own wording qualifies ("some 80,000 troops") is that interval
  const n = (typeof raw === 'number' ? (qualifiedByWording(claimText, raw) ?? parseClaimNumber(raw)) : parseClaimNumber(raw)) as Interval;
  if (unit) return { kind: 'number', n, label: intervalLabel(n), unit: unitStem(unit), unitRaw: unit };
  const slot = claimSlot(claimText, n);
  return { kind: 'number', n, label: intervalLabel(n), ...(slot ? { slot } : {}) };
}

/** Whether a number counts what the claim counts: its unit, the noun of its wording, or a claim term; `slot` when it fills the claim's own. */
function countsForClaim(v: NumberValue, n: NumberMention, a: Analysis, inTerms: Uint8Array): 'slot' | 'narrower' | 'term' | undefined {
  // "people" is counted by any noun of people ("30 dead", "thirteen deaths", "148 villagers")
  const units = v.unit ? (PEOPLE.has(v.unit) ? sameKind(v.unit) : unitSynonyms(v.unit)) : undefined;
  if (units && n.following.some((f) => units.has(f))) return 'slot';
  const counted = v.unit ?? (v.slot?.kind === 'noun' ? v.slot.noun : undefined);
  if (counted && PEOPLE.has(counted) && tollBefore(a, n)) return 'slot';
  // "2.3 million cars" for a claim about vehicles: a narrower kind, which can confirm the count but not refute it
  if (v.unit && n.following.some((f) => narrowerKinds(v.unit as string).has(f))) return 'narrower';
  if (units) return undefined;
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

/** "number 136 people", "number 72000..88000 troop". */
function label(v: NumberValue): string {
  return `number ${v.label}${v.unitRaw ? ` ${v.unitRaw}` : ''}`;
}

export const NUMBER_KIND: ValueKind<NumberValue> = {
  kind: 'number',
  compile: (c) => (c.value?.number === undefined ? undefined : compile(c.value.number, c.claim, c.value.unit)),
  find: (v, { a, inTerms, numbers }) => {
    const out: Mention[] = [];
    for (const n of numbers()) {
      const counts = countsForClaim(v, n, a, inTerms);
      if (!counts) continue;
      const exact = compareNumber(v.n, n);
      // "$16 million" for a claim of $16.4 million: the source rounds, it does not disagree
      const relation = exact === 'different' && roundsTo(v.n, n) ? 'compatible' : exact;
      out.push({
        tokFrom: n.tokFrom,
        tokTo: n.tokTo,
        start: n.start,
        end: n.end,
        kind: 'number',
        value: n.hi === undefined ? String(n.value) : `${n.value}..${n.hi}`,
        relation: counts === 'narrower' && relation === 'different' ? 'compatible' : relation,
        ...(n.qualifier ? { qualifier: n.qualifier } : {}),
        ...(counts !== 'term' ? { slot: true } : {}),
        ...(n.partitive ? { partitive: n.partitive } : {}),
      });
    }
    return out;
  },
  label,
  describe: (v) => [`  value:   ${label(v)}`],
};

/** "the death toll rose to 207", "a toll of 52": a figure that counts no noun of its own after a toll word in its clause counts people. */
function tollBefore(a: Analysis, n: NumberMention): boolean {
  if (n.following.length > 0 && !LEX.functionWords.has(a.tokens[n.headAt]?.norm ?? '')) return false;
  for (let k = n.tokFrom - 1, seen = 0; k >= 0 && seen < 8; k--, seen++) {
    const t = a.tokens[k];
    if (!t || t.digit || (t.punct && t.norm !== ',')) return false;
    if (TOLL_NOUNS.has(t.norm)) return true;
  }
  return false;
}
