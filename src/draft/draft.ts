import { evaluateClaim, prepareFrom } from '../check.js';
import { parseClaimFiles } from '../claims/load.js';
import type { CorpusIndex } from '../corpus/index.js';
import type { LoadedCorpus } from '../corpus/load.js';
import type { ClaimResult } from '../types.js';
import { type Candidate, type DraftValue, proposeFrom } from './propose.js';
import { type DraftClaim, type DraftEntity, renderClaimFile } from './yaml.js';

export interface DraftOptions {
  /** Keep only facts that at least this many sources support (default 1). */
  minSources?: number;
  /** The `$schema` path written on the first line. */
  schema: string;
}

type Verdicts = Record<string, string>;

// code-unit order: the same bytes whatever the locale
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const kindOf = (v: DraftValue) => ('date' in v ? 'date' : 'entity' in v ? 'entity' : `number:${v.unit ?? ''}`);
const labelOf = (v: DraftValue) => String('date' in v ? v.date : 'entity' in v ? v.entity : `${v.number}${v.unit ? ` ${v.unit}` : ''}`);

/** Full names and the bare surnames the text shows for them ("Steve Witkoff" ... "Witkoff"). */
function aliasMap(cands: Candidate[][]): Map<string, string> {
  const names = new Set<string>();
  for (const g of cands) for (const n of g[0]?.names ?? []) names.add(n);
  const owners = new Map<string, Set<string>>();
  for (const n of names) {
    const parts = n.split(' ');
    const last = parts[parts.length - 1] as string;
    if (parts.length > 1 && names.has(last)) owners.set(last, new Set([...(owners.get(last) ?? []), n]));
  }
  const out = new Map<string, string>();
  for (const [alias, full] of owners) if (full.size === 1) out.set(alias, [...full][0] as string);
  return out;
}

/** The entity map of a set of claims: names used with the aliases the text shows, and every entity value. */
function entitiesFor(claims: DraftClaim[], aliases: Map<string, string>): DraftEntity[] {
  const used = new Set(claims.flatMap((c) => [...c.about, ...('entity' in c.value ? [c.value.entity] : [])]));
  const byName = new Map<string, string[]>();
  for (const [alias, full] of aliases) if (used.has(full)) byName.set(full, [...(byName.get(full) ?? []), alias]);
  for (const c of claims) if ('entity' in c.value && !byName.has(c.value.entity)) byName.set(c.value.entity, []);
  return [...byName].map(([name, a]) => ({ name, aliases: a.sort() })).sort((a, b) => cmp(a.name, b.name));
}

/** Evaluate drafted claims with the real engine; the verdicts per claim id (absent left out). */
function evaluate(
  claims: DraftClaim[],
  corpus: LoadedCorpus,
  index: CorpusIndex,
  aliases: Map<string, string>,
): Map<string, { verdicts: Verdicts; r: ClaimResult }> {
  const text = renderClaimFile(claims, { schema: 'claims.schema.json', sources: corpus.sources.length, entities: entitiesFor(claims, aliases) });
  const loaded = parseClaimFiles([{ display: 'draft.yaml', text }]);
  const p = prepareFrom(loaded, corpus, index);
  const out = new Map<string, { verdicts: Verdicts; r: ClaimResult }>();
  for (const c of p.compiled) {
    const r = evaluateClaim(c, p);
    const verdicts: Verdicts = {};
    for (const [sid, v] of Object.entries(r.verdicts)) if (v.verdict !== 'absent') verdicts[sid] = v.verdict;
    out.set(c.claim.id, { verdicts, r });
  }
  return out;
}

function slug(about: string[], v: DraftValue): string {
  const s = `${about[0]}-${labelOf(v)}`
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s.slice(0, 60).replace(/-$/, '') || 'claim';
}

function withIds(claims: DraftClaim[]): DraftClaim[] {
  const used = new Map<string, number>();
  return claims.map((c) => {
    const base = slug(c.about, c.value);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { ...c, id: n === 1 ? base : `${base}-${n}` };
  });
}

/** Every reading of every value, as claims with throwaway ids. */
function readingsOf(cands: Candidate[][], aliases: Map<string, string>): { claims: DraftClaim[]; group: number[] } {
  const claims: DraftClaim[] = [];
  const group: number[] = [];
  cands.forEach((g, gi) => {
    for (const c of g) {
      const about = c.about.map((a) => aliases.get(a) ?? a);
      const value = 'entity' in c.value ? { entity: aliases.get(c.value.entity) ?? c.value.entity } : c.value;
      claims.push({ id: `r${claims.length}`, claim: c.text, about, value, source: c.source, order: [c.source, c.sentence], aliases: [] });
      group.push(gi);
    }
  });
  return { claims, group };
}

interface Fact {
  claim: DraftClaim;
  verdicts: Verdicts;
  supported: number;
}

const supportCount = (v: Verdicts) => Object.values(v).filter((x) => x === 'supported').length;

const whoSays = (f: Fact) =>
  `${labelOf(f.claim.value)} (${Object.keys(f.verdicts)
    .filter((s) => f.verdicts[s] === 'supported')
    .sort(cmp)
    .join(', ')})`;

/** One claim per slot (event word and kind of value): the value most sources support, with who says what. */
function mergeSlots(facts: Fact[]): DraftClaim[] {
  const slots = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = `${f.claim.about[0]}\u0000${kindOf(f.claim.value)}`;
    slots.set(key, [...(slots.get(key) ?? []), f]);
  }
  const out: DraftClaim[] = [];
  for (const list of slots.values()) {
    const byValue = new Map<string, Fact>();
    for (const f of list) {
      const k = labelOf(f.claim.value);
      const prev = byValue.get(k);
      if (!prev || f.supported > prev.supported) byValue.set(k, f);
    }
    const ranked = [...byValue.values()].sort((a, b) => b.supported - a.supported || cmp(labelOf(a.claim.value), labelOf(b.claim.value)));
    const best = ranked[0] as Fact;
    const says = ranked.length > 1 ? [`sources differ: ${ranked.map(whoSays).join('; ')}`] : undefined;
    out.push({ ...best.claim, expect: best.verdicts, ...(says ? { says } : {}) });
  }
  return out;
}

/** Draft a claim file from a loaded corpus: propose, keep what the engine reads as proposed, merge, pin the engine's verdicts. */
export function draftClaims(corpus: LoadedCorpus, index: CorpusIndex, opts: DraftOptions): { text: string; claims: DraftClaim[] } {
  const cands = corpus.sources.flatMap((s) => proposeFrom(s));
  const aliases = aliasMap(cands);
  const { claims: readings, group } = readingsOf(cands, aliases);
  const first = evaluate(readings, corpus, index, aliases);
  // per value mention: the first reading the engine reads as supported by the source it came from
  const picked = new Map<number, Fact>();
  readings.forEach((c, i) => {
    const g = group[i] as number;
    const e = first.get(c.id);
    if (picked.has(g) || e?.verdicts[c.source] !== 'supported') return;
    picked.set(g, { claim: c, verdicts: e.verdicts, supported: supportCount(e.verdicts) });
  });
  const min = opts.minSources ?? 1;
  let claims = mergeSlots([...picked.values()].filter((f) => f.supported >= min));
  claims.sort((a, b) => cmp(a.order[0], b.order[0]) || a.order[1] - b.order[1] || cmp(labelOf(a.value), labelOf(b.value)));
  claims = withIds(claims);
  // the merged file is checked again as one file (entities now apply to every claim): keep what holds, pin what the engine says
  for (let round = 0; round < 6; round++) {
    const res = evaluate(claims, corpus, index, aliases);
    const next = claims
      .map((c) => ({ c, e: res.get(c.id) }))
      .filter(({ c, e }) => e && e.verdicts[c.source] === 'supported' && supportCount(e.verdicts) >= min)
      .map(({ c, e }) => ({ ...c, expect: (e as { verdicts: Verdicts }).verdicts }));
    const stable = next.length === claims.length && next.every((c, i) => JSON.stringify(c.expect) === JSON.stringify(claims[i]?.expect));
    claims = next;
    if (stable) break;
  }
  return { text: renderClaimFile(claims, { schema: opts.schema, sources: corpus.sources.length, entities: entitiesFor(claims, aliases) }), claims };
}
