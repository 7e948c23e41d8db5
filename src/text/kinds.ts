/**
 * Kinds of counted things: the counted-noun classes and unit synonyms of the lexicon,
 * stemmed with the same stemmer the tokenizer uses, so a list entry matches every
 * inflection a sentence may use.
 */

import { COUNTED_NOUNS } from '../lexicon/index.js';
import { stem } from './normalize.js';

const stemOf = (w: string): string => stem(w.toLowerCase());

/** Stem -> the groups it belongs to, as sets of stems. */
function groupsOf(groups: string[][]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (group: string[]) => {
    const stems = group.map(stemOf);
    for (const s of stems) {
      const set = out.get(s) ?? new Set<string>([s]);
      for (const t of stems) set.add(t);
      out.set(s, set);
    }
  };
  for (const group of groups) add(group);
  return out;
}

const data = COUNTED_NOUNS;
let kinds: Map<string, Set<string>> | undefined;
let synonyms: Map<string, Set<string>> | undefined;
let includes: Map<string, Set<string>> | undefined;

/** The stems that count the same kind of thing as `nounStem` (itself and its synonyms included). */
export function sameKind(nounStem: string): Set<string> {
  kinds ??= groupsOf([...Object.values(data.classes), ...data.synonyms]);
  return kinds.get(nounStem) ?? new Set([nounStem]);
}

/** A unit and its plain synonyms ("storey", "story", "floor"), as stems. */
export function unitSynonyms(unitStem: string): Set<string> {
  synonyms ??= groupsOf(data.synonyms);
  return synonyms.get(unitStem) ?? new Set([unitStem]);
}

/** The narrower nouns a general unit includes ("vehicle": "car", "truck"), as stems; empty for most units. */
export function narrowerKinds(unitStem: string): ReadonlySet<string> {
  includes ??= new Map(Object.entries(data.includes).map(([k, v]) => [stemOf(k), new Set(v.map(stemOf))]));
  return includes.get(unitStem) ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();
