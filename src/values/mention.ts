/**
 * What every value kind gives the engine: the compiled claim value's common shape, the
 * mentions a kind finds in a sentence, and the interface each kind implements
 * (values/<kind>/kind.ts). The registry of kinds is values/kinds.ts.
 */
import type { Analysis } from '../nlp/analyze.js';
import type { EntityRegistry } from '../text/terms.js';
import type { ValueMatch } from '../types.js';
import type { DateMention } from './date.js';
import type { NumberMention } from './number.js';

/** A value found in a sentence, with how it relates to the claim's value. */
export interface Mention {
  tokFrom: number;
  tokTo: number;
  start: number;
  end: number;
  kind: ValueMatch['kind'];
  value: string;
  relation: ValueMatch['relation'] | undefined;
  qualifier?: string;
  fuzzy?: boolean;
  /** Index of a "when" clause that follows the value and tells what happened then. */
  when?: number;
  /** "the first meeting since 2021, when ...": the value dates an earlier occurrence. */
  earlier?: boolean;
  /** For a date: the last day it covers (UTC day number). */
  dateTo?: number;
  /** For a number: it counts the claim's unit or the noun its wording counts. */
  slot?: boolean;
  /** For a number in a partitive ("71 of the 75 seats"): its role, and where the other figure starts. */
  partitive?: { role: 'part' | 'whole'; other: number };
  /** For a date: the mention as found. */
  mention?: DateMention;
}

/** The claim fields a kind compiles from (the claim file's `value`, wording and rivals). */
export interface ClaimValueInput {
  claim: string;
  value?: { date?: string; number?: number | string; unit?: string; entity?: string };
  rivals?: string[];
}

/** What a kind's finder may read of one sentence: its analysis, where the claim's terms are, and the dates and numbers found once per sentence. */
export interface FindContext {
  a: Analysis;
  inTerms: Uint8Array;
  dates(): DateMention[];
  numbers(): NumberMention[];
}

/** One value kind: compile the claim's value, find its mentions in a sentence, say it in words. */
export interface ValueKind<V extends { kind: string }> {
  kind: V['kind'];
  /** The claim's value compiled, or undefined when the claim's value is not of this kind. */
  compile(c: ClaimValueInput, reg: EntityRegistry): V | undefined;
  /** The values of this kind in a sentence, each with its relation to the claim's value. */
  find(v: V, x: FindContext): Mention[];
  /** The value as the trail names it ("date 2025-08-15", "number 136 people"). */
  label(v: V): string;
  /** The lines `explain` prints for the compiled value. */
  describe(v: V): string[];
}
