import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import { inflectionOf, type Token, tokenize } from './normalize.js';

/** One way of writing a term: a sequence of words. */
export interface TermAlt {
  text: string;
  stems: string[];
  norms: string[];
  /** Per word: may match a one-edit spelling (proper names of six letters or more). */
  fuzzy: boolean[];
}

/** A claim term with every alternative spelling (aliases included). */
export interface TermMatcher {
  /** The term as the claim file writes it. */
  label: string;
  alts: TermAlt[];
}

/** Where a term matched in a sentence, in token indices [from, to). */
export interface TermHit {
  from: number;
  to: number;
  fuzzy: boolean;
  label: string;
  /** Tokens matched only as a one-edit spelling (internal). */
  fuzzyAt?: number[];
}

/** Entities by lower-cased name and alias. */
/** What matching needs of an entity: its name, aliases and the place it lies within (claims/ holds the full definition). */
export interface EntityDef {
  name: string;
  aliases?: string[] | undefined;
  within?: string | undefined;
}

export type EntityRegistry = Map<string, EntityDef>;

/** Build the lookup from any name or alias to its entity. */
export function entityRegistry(entities: Map<string, EntityDef>): EntityRegistry {
  const reg: EntityRegistry = new Map();
  for (const e of entities.values()) {
    reg.set(e.name.toLowerCase(), e);
    for (const a of e.aliases ?? []) if (!reg.has(a.toLowerCase())) reg.set(a.toLowerCase(), e);
  }
  return reg;
}

/** Every name an entity goes by: its name and aliases. */
export function namesOf(e: EntityDef): string[] {
  return [e.name, ...(e.aliases ?? [])];
}

/** Compile a term; a term that names an entity (or one of its aliases) matches all its names. */
export function compileTerm(label: string, reg: EntityRegistry): TermMatcher {
  const e = reg.get(label.toLowerCase());
  const names = e ? [label, ...namesOf(e)] : [label];
  return compileNames(label, names);
}

/** Compile a term from an explicit list of spellings. */
export function compileNames(label: string, names: string[]): TermMatcher {
  const alts: TermAlt[] = [];
  const seen = new Set<string>();
  for (const n of names) {
    const toks = tokenize(n).filter((t) => !t.punct);
    if (toks.length === 0) continue;
    const key = toks.map((t) => t.stem).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    alts.push({
      text: n,
      stems: toks.map((t) => t.stem),
      norms: toks.map((t) => t.norm),
      fuzzy: toks.map((t) => t.cap && /^\p{L}{6,}$/u.test(t.norm)),
    });
  }
  return { label, alts };
}

const metaphoneCache = new Map<string, string[]>();
function metaphone(w: string): string[] {
  let m = metaphoneCache.get(w);
  if (!m) {
    m = doubleMetaphone(w);
    if (metaphoneCache.size < 100_000) metaphoneCache.set(w, m);
  }
  return m;
}

/**
 * A one-edit spelling of a proper name: Whitkoff/Vitkoff for Witkoff, Zelenskyy for
 * Zelensky. The sounds must agree too (double metaphone), which keeps Russia from
 * matching Russian and Putin from matching Rutin.
 */
export function isFuzzyName(candidate: string, name: string): boolean {
  if (candidate === name || Math.abs(candidate.length - name.length) > 1 || candidate.length < 5) return false;
  if (distance(candidate, name) !== 1) return false;
  const a = metaphone(candidate);
  const b = metaphone(name);
  return a.some((x) => x !== '' && b.includes(x));
}

function wordMatches(tok: Token, alt: TermAlt, i: number): 'exact' | 'fuzzy' | false {
  if (tok.punct) return false;
  if (tok.norm === alt.norms[i] || (tok.stem === alt.stems[i] && inflectionOf(tok.norm, alt.norms[i] as string))) return 'exact';
  if (alt.fuzzy[i] && tok.cap && isFuzzyName(tok.norm, alt.norms[i] as string)) return 'fuzzy';
  return false;
}

/** Where one spelling matches at token i: the tokens it matched only fuzzily, or undefined when it does not match. */
function altMatchAt(tokens: Token[], alt: TermAlt, i: number): number[] | undefined {
  const fuzzyAt: number[] = [];
  for (let j = 0; j < alt.stems.length; j++) {
    const r = wordMatches(tokens[i + j] as Token, alt, j);
    if (!r) return undefined;
    if (r === 'fuzzy') fuzzyAt.push(i + j);
  }
  return fuzzyAt;
}

/** A word another spelling matches exactly ("Vitkoff", a listed alias) is not fuzzy. */
function clearExactlyMatched(hits: TermHit[]): void {
  const exact = new Set<number>();
  for (const h of hits) if (!h.fuzzy) for (let k = h.from; k < h.to; k++) exact.add(k);
  for (const h of hits) if (h.fuzzy && h.fuzzyAt?.every((k) => exact.has(k))) h.fuzzy = false;
  for (const h of hits) delete h.fuzzyAt;
}

/** The longest hit at each place ("Steve Witkoff" over "Witkoff"), overlapping ones dropped. */
function longestAtEachPlace(hits: TermHit[]): TermHit[] {
  hits.sort((a, b) => a.from - b.from || b.to - a.to);
  const out: TermHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.from < last.to) continue;
    out.push(h);
  }
  return out;
}

/** Find every place the term matches in a tokenized sentence. */
export function matchTerm(tokens: Token[], m: TermMatcher): TermHit[] {
  const hits: TermHit[] = [];
  for (const alt of m.alts) {
    const n = alt.stems.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      const fuzzyAt = altMatchAt(tokens, alt, i);
      if (fuzzyAt) hits.push({ from: i, to: i + n, fuzzy: fuzzyAt.length > 0, label: m.label, fuzzyAt });
    }
  }
  clearExactlyMatched(hits);
  return longestAtEachPlace(hits);
}
