/**
 * The registry of value kinds. A kind is one folder in values/ with a `kind.ts` that
 * implements `ValueKind` (values/mention.ts): how the claim's value compiles, how its
 * mentions are found in a sentence, and how it is named in the trail and in `explain`.
 * Adding a kind is that folder, one line here, its field in the claim schema, and a table test.
 */

import type { EntityRegistry } from '../text/terms.js';
import { DATE_KIND, type DateValue } from './date/kind.js';
import { ENTITY_KIND, type EntityKindValue } from './entity/kind.js';
import type { ClaimValueInput, FindContext, Mention, ValueKind } from './mention.js';
import { NUMBER_KIND, type NumberValue } from './number/kind.js';

/** A claim's compiled value, of whichever kind. */
export type CompiledValue = DateValue | NumberValue | EntityKindValue;

const KINDS: { [K in CompiledValue['kind']]: ValueKind<Extract<CompiledValue, { kind: K }>> } = {
  date: DATE_KIND,
  number: NUMBER_KIND,
  entity: ENTITY_KIND,
};

/** The kind that implements `v`. */
function kindOf<V extends CompiledValue>(v: V): ValueKind<V> {
  return KINDS[v.kind] as unknown as ValueKind<V>;
}

/** The claim's value compiled by the first kind whose field the claim uses, or undefined for a claim without a value. */
export function compileValue(c: ClaimValueInput, reg: EntityRegistry): CompiledValue | undefined {
  for (const k of Object.values(KINDS)) {
    const v = (k as ValueKind<CompiledValue>).compile(c, reg);
    if (v) return v;
  }
  return undefined;
}

/** The values of the claim's kind in a sentence, each with how it relates to the claim's value. */
export function findMentions(v: CompiledValue, x: FindContext): Mention[] {
  return kindOf(v).find(v, x);
}

/** The claim's value as the trail names it. */
export function valueLabel(v: CompiledValue): string {
  return kindOf(v).label(v);
}

/** The lines `explain` prints for the claim's value. */
export function describeValue(v: CompiledValue): string[] {
  return kindOf(v).describe(v);
}
