/**
 * Merge JSON reports of the same claims run over shards of a corpus (or of the same
 * corpus run over shards of the claims) into the report one run over everything
 * would have given.
 *
 * Verdicts are per claim and source, so they merge by union. Counts are recomputed.
 * Expectations are not: a shard's `ok`/`failures` were judged on that shard's
 * sources only ("at least one source supports", "absent: 2", a pinned source in
 * another shard), so they say nothing about the whole. A claim whose verdicts come
 * from several reports is re-checked with `checkExpect`, which needs its `expect`:
 * the report does not carry it, so it comes from the claim files (`expectsOf`).
 * Without them such a claim is an error, never a guess. A claim found whole in one
 * report (claim sharding) keeps the `ok`/`failures` it was given.
 */
import type { LoadedClaim } from './claims/load.js';
import type { Expect } from './claims/schema.js';
import { checkExpect } from './engine/expect.js';
import { attachVerdicts, verdictLookup } from './engine/verdict.js';
import { claimScope } from './report/scope.js';
import type { ClaimResult, Counts, Report, ReportIssue, SourceInfo, SourceVerdict } from './types.js';
import { nearMissWarning, silent, sortNear, typoWarning } from './warnings.js';

// every source in scope without a listed verdict: one shared, frozen absent verdict
const ABSENT: SourceVerdict = Object.freeze({ verdict: 'absent', evidence: Object.freeze([]) as unknown as SourceVerdict['evidence'] }) as SourceVerdict;

export type MergeIssueCode = 'SOURCE_CONFLICT' | 'CLAIM_CONFLICT' | 'VERDICT_CONFLICT' | 'CLAIM_MISSING' | 'EXPECT_NEEDED';

/** One reason the reports cannot be merged; `reports` are indices into the input list. */
export interface MergeIssue {
  code: MergeIssueCode;
  message: string;
  hint: string;
  reports: number[];
}

/** Thrown when reports do not fit together, with every problem found. */
export class MergeError extends Error {
  constructor(readonly issues: MergeIssue[]) {
    super(issues.map((i) => `${i.code}  ${i.message}\n  fix: ${i.hint}`).join('\n'));
    this.name = 'MergeError';
  }
}

export interface MergeOptions {
  /**
   * Claim id -> its `expect` (undefined: the default, `supported`), from the claim
   * files. Needed for claims split across reports; when given, every claim is re-checked.
   */
  expects?: ReadonlyMap<string, Expect | undefined>;
}

/** The `expect` of each loaded claim, for `mergeReports`. */
export function expectsOf(claims: readonly Pick<LoadedClaim, 'id' | 'expect'>[]): Map<string, Expect | undefined> {
  return new Map(claims.map((c) => [c.id, c.expect]));
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Every report that has a claim, with the claim as that report gives it. */
type Parts = { ri: number; c: ClaimResult }[];

/** What merging one claim needs from the whole merge. */
interface MergeContext {
  reports: readonly Report[];
  /** The source ids of each report. */
  sourceIds: Set<string>[];
  opts: MergeOptions;
  /** Claims checked over the same sources share one map of absent verdicts. */
  templates: Map<string, Record<string, SourceVerdict>>;
  issues: MergeIssue[];
}

/**
 * Merge reports of corpus shards (or claim shards) into one report.
 * @example
 * const claims = await loadClaims(['claims'])
 * const report = mergeReports(shards, { expects: expectsOf(claims.claims) })
 * @throws MergeError when the reports disagree or a split claim's expectation is unknown
 */
export function mergeReports(reports: readonly Report[], opts: MergeOptions = {}): Report {
  const issues: MergeIssue[] = [];
  const { sources, sourceIds } = mergeSources(reports, issues);
  const byId = claimsById(reports);
  const ctx: MergeContext = { reports, sourceIds, opts, templates: new Map(), issues };
  const claims: ClaimResult[] = [];
  for (const [id, parts] of byId) {
    const merged = mergeClaim(id, parts, ctx);
    if (merged) claims.push(merged);
  }
  if (issues.length) throw new MergeError(issues);

  // the order one run gives: claim files by path, then claims in file order
  claims.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.id, b.id));
  const errors = mergeErrors(reports);
  return {
    ok: claims.every((c) => c.ok) && errors.length === 0,
    errors,
    warnings: mergeWarnings(reports, claims, byId),
    sources: [...sources.values()].map((s) => s.info).sort((a, b) => cmp(a.id, b.id)),
    claims,
  };
}

/** Sources: the union, by id; the same id must describe the same document. */
function mergeSources(reports: readonly Report[], issues: MergeIssue[]) {
  const sources = new Map<string, { info: SourceInfo; from: number }>();
  const sourceIds: Set<string>[] = reports.map(() => new Set());
  reports.forEach((r, ri) => {
    for (const s of r.sources) {
      sourceIds[ri]?.add(s.id);
      const seen = sources.get(s.id);
      if (!seen) sources.set(s.id, { info: s, from: ri });
      else if (!same(seen.info, s))
        issues.push({
          code: 'SOURCE_CONFLICT',
          message: `source "${s.id}" is ${seen.info.path} in report ${seen.from + 1} but ${s.path} in report ${ri + 1}, with different details`,
          hint: 'merge reports of one corpus only; give different documents different ids',
          reports: [seen.from, ri],
        });
    }
  });
  return { sources, sourceIds };
}

/** Claims: every report that has the claim, in input order. */
function claimsById(reports: readonly Report[]): Map<string, Parts> {
  const byId = new Map<string, Parts>();
  reports.forEach((r, ri) => {
    for (const c of r.claims) {
      const list = byId.get(c.id);
      if (list) list.push({ ri, c });
      else byId.set(c.id, [{ ri, c }]);
    }
  });
  return byId;
}

/** One claim over every report that has it, or undefined (with its issue recorded) when its parts do not fit together. */
function mergeClaim(id: string, parts: Parts, ctx: MergeContext): ClaimResult | undefined {
  const first = parts[0] as { ri: number; c: ClaimResult };
  const problem = claimConflict(id, parts) ?? claimMissing(id, parts, ctx);
  if (problem) {
    ctx.issues.push(problem);
    return undefined;
  }
  const entries = mergeVerdicts(id, parts, ctx);
  const ids = [...entries.keys()].sort(cmp);
  const template = templateFor(ids, ctx.templates);
  const decided: Record<string, SourceVerdict> = {};
  const counts: Counts = { supported: 0, contradicted: 0, mixed: 0, absent: 0 };
  for (const sid of ids) {
    const v = entries.get(sid) as SourceVerdict;
    if (v.verdict !== 'absent' || v.evidence.length) decided[sid] = v;
    counts[v.verdict]++;
  }
  const failures = failuresOf(id, parts, verdictLookup(template, decided), counts, ctx);
  if (!failures) return undefined;
  const undecided = counts.supported + counts.contradicted + counts.mixed === 0 ? sumUndecided(parts.map((q) => q.c.undecided)) : undefined;
  const head = {
    id: first.c.id,
    file: first.c.file,
    line: first.c.line,
    column: first.c.column,
    claim: first.c.claim,
    ok: failures.length === 0,
    counts,
    ...(undecided ? { undecided } : {}),
  };
  return attachVerdicts(head, template, decided, failures);
}

/** CLAIM_CONFLICT when the reports place or word the claim differently. */
function claimConflict(id: string, parts: Parts): MergeIssue | undefined {
  const first = parts[0] as { ri: number; c: ClaimResult };
  const where = (c: ClaimResult) => `${c.file}:${c.line}:${c.column}`;
  const other = parts.find((p) => where(p.c) !== where(first.c) || p.c.claim !== first.c.claim);
  if (!other) return undefined;
  return {
    code: 'CLAIM_CONFLICT',
    message: `claim "${id}" is ${where(first.c)} in report ${first.ri + 1} but ${where(other.c)} in report ${other.ri + 1}`,
    hint: 'merge reports made from the same claim files',
    reports: [first.ri, other.ri],
  };
}

/** CLAIM_MISSING when a report without the claim holds sources the claim was never checked against. */
function claimMissing(id: string, parts: Parts, ctx: MergeContext): MergeIssue | undefined {
  const { reports, sourceIds } = ctx;
  const covered = new Set<string>();
  for (const p of parts) for (const s of sourceIds[p.ri] ?? []) covered.add(s);
  const lacking = reports.map((_, ri) => ri).filter((ri) => !parts.some((p) => p.ri === ri) && [...(sourceIds[ri] ?? [])].some((s) => !covered.has(s)));
  if (!lacking.length) return undefined;
  return {
    code: 'CLAIM_MISSING',
    message: `claim "${id}" is missing from report${lacking.length > 1 ? 's' : ''} ${lacking.map((ri) => ri + 1).join(', ')}, so some sources were never checked for it`,
    hint: 'run every corpus shard with the same claim files',
    reports: lacking,
  };
}

/**
 * Verdicts: the union over each report's scope for the claim (a report may list only the sources
 * that are not absent; the others in its scope are absent); a source checked twice must agree.
 */
function mergeVerdicts(id: string, parts: Parts, ctx: MergeContext): Map<string, SourceVerdict> {
  const { reports } = ctx;
  const entries = new Map<string, SourceVerdict>();
  for (const p of parts) {
    const listed = p.c.verdicts;
    for (const sid of claimScope(p.c, reports[p.ri]?.sources ?? [])) {
      const v = listed[sid] ?? ABSENT;
      const seen = entries.get(sid);
      if (!seen) entries.set(sid, v);
      else if (seen !== v && !same(seen, v))
        ctx.issues.push({
          code: 'VERDICT_CONFLICT',
          message: `claim "${id}" has two different verdicts for source "${sid}" (${seen.verdict} and ${v.verdict})`,
          hint: 'merge reports of the same corpus version and engine; do not merge a report with a re-run of itself',
          reports: parts.filter((q) => claimScope(q.c, reports[q.ri]?.sources ?? []).includes(sid)).map((q) => q.ri),
        });
    }
  }
  return entries;
}

/** The shared map of absent verdicts over these source ids (ordered by id). */
function templateFor(ids: string[], templates: Map<string, Record<string, SourceVerdict>>): Record<string, SourceVerdict> {
  const key = ids.join('\u0000');
  let template = templates.get(key);
  if (!template) {
    template = {};
    for (const sid of ids) template[sid] = ABSENT;
    templates.set(key, template);
  }
  return template;
}

/**
 * The claim's failures: re-checked when its `expect` is known, kept when one report holds it
 * whole, else undefined with EXPECT_NEEDED recorded.
 */
function failuresOf(id: string, parts: Parts, verdicts: Record<string, SourceVerdict>, counts: Counts, ctx: MergeContext): string[] | undefined {
  const { opts } = ctx;
  if (opts.expects?.has(id)) return checkExpect(opts.expects.get(id), verdicts, counts);
  if (parts.length === 1) return (parts[0] as { ri: number; c: ClaimResult }).c.failures;
  ctx.issues.push({
    code: 'EXPECT_NEEDED',
    message: `claim "${id}" is split across reports ${parts.map((p) => p.ri + 1).join(', ')}; its expectation must be re-checked on the merged verdicts, and reports do not carry it`,
    hint: opts.expects
      ? `the claim files given do not define "${id}": pass the claim files the reports were made from`
      : 'pass the claim files (expects: expectsOf(loadedClaims))',
    reports: parts.map((p) => p.ri),
  });
  return undefined;
}

/** The input errors of every report, each once, in place order. */
function mergeErrors(reports: readonly Report[]): ReportIssue[] {
  const seen = new Map<string, ReportIssue>();
  for (const r of reports) for (const e of r.errors ?? []) seen.set(JSON.stringify(e), e);
  return [...seen.values()].sort(
    (a, b) =>
      cmp(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0) || cmp(a.code, b.code) || cmp(a.message, b.message),
  );
}

/**
 * The warnings one run over everything would give: a one-edit name match in any report, its
 * sources joined; an `about` item that matched nothing only when it matched nothing in every
 * report holding the claim and the merged claim is still silent.
 */
function mergeWarnings(reports: readonly Report[], claims: ClaimResult[], byId: Map<string, Parts>): ReportIssue[] {
  const typos = new Map<string, { c: ClaimResult; spelling: string; found: string; sources: Set<string> }>();
  const near = new Map<string, { about: string[]; hints: Map<string, number>; reports: Set<number> }>();
  reports.forEach((r, ri) => {
    for (const w of r.warnings ?? []) {
      if (w.typo && w.claim) {
        const k = `${w.claim}\u0000${w.typo.spelling}\u0000${w.typo.found}`;
        const t = typos.get(k) ?? { c: { id: w.claim } as ClaimResult, spelling: w.typo.spelling, found: w.typo.found, sources: new Set() };
        for (const s of w.typo.sources) t.sources.add(s);
        typos.set(k, t);
      } else if (w.nearMiss && w.claim) {
        const k = `${w.claim}\u0000${w.nearMiss.about.join('\u0000')}`;
        const n = near.get(k) ?? { about: w.nearMiss.about, hints: new Map(), reports: new Set() };
        for (const h of w.nearMiss.near) if (!n.hints.has(h.text)) n.hints.set(h.text, h.edits);
        n.reports.add(ri);
        near.set(k, n);
      }
    }
  });
  const out: ReportIssue[] = [];
  for (const c of claims) {
    const mine = [...typos.entries()].filter(([k]) => k.startsWith(`${c.id}\u0000`)).map(([, t]) => t);
    mine.sort((a, b) => cmp(a.spelling, b.spelling) || cmp(a.found, b.found));
    for (const t of mine) out.push(typoWarning(c, t.spelling, t.found, [...t.sources].sort(cmp)));
    if (!silent(c)) continue;
    const holders = (byId.get(c.id) ?? []).map((p) => p.ri);
    for (const [k, n] of near) {
      if (!k.startsWith(`${c.id}\u0000`) || !holders.every((ri) => n.reports.has(ri))) continue;
      out.push(nearMissWarning(c, n.about, sortNear([...n.hints].map(([text, edits]) => ({ text, edits })))));
    }
  }
  return out;
}

/** The why of an undecided claim over shards: the counts add up (each sentence is in one shard); unknown when a shard's report has none. */
function sumUndecided(parts: (ClaimResult['undecided'] | undefined)[]): ClaimResult['undecided'] {
  if (parts.some((u) => !u)) return undefined;
  let mentioning = 0;
  const sums = new Map<string, number>();
  for (const u of parts as NonNullable<ClaimResult['undecided']>[]) {
    mentioning += u.mentioning;
    for (const [k, n] of Object.entries(u.setAside)) sums.set(k, (sums.get(k) ?? 0) + n);
  }
  const setAside: Record<string, number> = {};
  for (const k of [...sums.keys()].sort()) setAside[k] = sums.get(k) as number;
  return { mentioning, setAside };
}
