/**
 * Entities. The claim's entity, its aliases, or a place `within` it (Anchorage for
 * Alaska) supports; a `rival` (or a place within one) contradicts; a place the claim's
 * entity lies within (Alaska for Anchorage) is coarser and counts for neither.
 */

import { LEX } from '../lexicon/index.js';
import type { Token } from '../text/normalize.js';
import { compileTerm, type EntityDef, type EntityRegistry, matchTerm, type TermMatcher } from '../text/terms.js';

export type EntityRelation = 'equal' | 'finer' | 'coarser' | 'rival';

export interface EntityValue {
  label: string;
  matchers: { m: TermMatcher; relation: EntityRelation }[];
}

export interface EntityMention {
  tokFrom: number;
  tokTo: number;
  label: string;
  relation: EntityRelation;
  fuzzy: boolean;
}

/** Entities lying (directly or through a chain) within `name`. */
function finerThan(name: string, reg: EntityRegistry): EntityDef[] {
  const out: EntityDef[] = [];
  const seen = new Set<string>();
  for (const e of new Set(reg.values())) {
    let cur: EntityDef | undefined = e;
    const chain = new Set<string>();
    while (cur?.within && !chain.has(cur.name.toLowerCase())) {
      chain.add(cur.name.toLowerCase());
      const parent = reg.get(cur.within.toLowerCase());
      if (cur.within.toLowerCase() === name.toLowerCase() || parent?.name.toLowerCase() === name.toLowerCase()) {
        if (!seen.has(e.name)) out.push(e);
        seen.add(e.name);
        break;
      }
      cur = parent;
    }
  }
  return out;
}

/** The places `name` lies within, nearest first. */
function coarserThan(name: string, reg: EntityRegistry): string[] {
  const out: string[] = [];
  let cur = reg.get(name.toLowerCase());
  let within = cur?.within;
  while (within && !out.includes(within) && out.length < 20) {
    out.push(within);
    cur = reg.get(within.toLowerCase());
    within = cur?.within;
  }
  return out;
}

/** Compile an entity value with its rivals. */
export function compileEntityValue(entity: string, rivals: string[], reg: EntityRegistry): EntityValue {
  const matchers: EntityValue['matchers'] = [{ m: compileTerm(entity, reg), relation: 'equal' }];
  for (const f of finerThan(entity, reg)) matchers.push({ m: compileTerm(f.name, reg), relation: 'finer' });
  for (const c of coarserThan(entity, reg)) matchers.push({ m: compileTerm(c, reg), relation: 'coarser' });
  for (const r of rivals) {
    matchers.push({ m: compileTerm(r, reg), relation: 'rival' });
    for (const f of finerThan(r, reg)) matchers.push({ m: compileTerm(f.name, reg), relation: 'rival' });
  }
  return { label: entity, matchers };
}

// words that may join the parts of a reordered title: "commissioner in charge of competition", "Minister for Health"
const TITLE_GLUE = LEX.titleGlue;

/**
 * A lower-case title of two or more words written in another order ("competition commissioner":
 * "Commissioner for Competition", "commissioner in charge of competition"): every word of the
 * title within a window, with only joining words between. Names (capitalised in the claim) are
 * never reordered.
 */
function reorderedTitle(tokens: Token[], m: TermMatcher): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const alt of m.alts) {
    if (alt.stems.length < 2 || /\p{Lu}/u.test(alt.text)) continue;
    const want = new Set(alt.stems);
    for (let i = 0; i < tokens.length; i++) {
      if (!want.has((tokens[i] as Token).stem)) continue;
      const seen = new Set<string>();
      let j = i;
      for (; j < Math.min(tokens.length, i + alt.stems.length + 4); j++) {
        const t = tokens[j] as Token;
        if (want.has(t.stem)) seen.add(t.stem);
        else if (!TITLE_GLUE.has(t.norm)) break;
        if (seen.size === want.size) break;
      }
      if (seen.size === want.size) out.push({ from: i, to: j + 1 });
    }
  }
  return out;
}

/** Every mention of the entity, its finer and coarser places and its rivals (longest first). */
export function findEntities(tokens: Token[], v: EntityValue): EntityMention[] {
  const all: EntityMention[] = [];
  for (const { m, relation } of v.matchers) {
    for (const h of matchTerm(tokens, m)) all.push({ tokFrom: h.from, tokTo: h.to, label: m.label, relation, fuzzy: h.fuzzy });
    for (const h of reorderedTitle(tokens, m)) all.push({ tokFrom: h.from, tokTo: h.to, label: m.label, relation, fuzzy: false });
  }
  all.sort((a, b) => a.tokFrom - b.tokFrom || b.tokTo - a.tokTo);
  const out: EntityMention[] = [];
  for (const e of all) {
    const last = out[out.length - 1];
    if (last && e.tokFrom < last.tokTo) continue;
    out.push(e);
  }
  return out;
}
