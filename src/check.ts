import { type CompiledClaim, compileClaims } from './claims/compile.js';
import { didYouMean, type LoadedClaim, type LoadedClaims, loadClaims } from './claims/load.js';
import { buildIndex, type CorpusIndex, termCandidates } from './corpus/index.js';
import { ingestCorpus } from './corpus/ingest.js';
import type { LoadedCorpus, Source } from './corpus/load.js';
import { claimCandidates, evaluateSentence, SentenceCache, type Trace } from './engine/evaluate.js';
import { checkExpect } from './engine/expect.js';
import { attachVerdicts, verdictLookup, verdictOf } from './engine/verdict.js';
import { type InputError, InputErrors, sortErrors, toReportIssue } from './errors.js';
import { matchTerm } from './text/terms.js';
import type { ClaimResult, Counts, Evidence, Report, SourceVerdict } from './types.js';
import { warningsOf } from './warnings.js';

export interface CheckOptions {
  /** Claim files, folders or globs (default `claims`). */
  claims?: string[];
  /** Corpus files, folders or globs (default `corpus`). */
  corpus?: string[];
  /** Working directory for relative paths (default `process.cwd()`). */
  cwd?: string;
  /** Run only shard `index` of `count` (1-based), splitting claims by a hash of their id. */
  shard?: { index: number; count: number };
  /**
   * The corpus is one shard of a larger one: `expect` may pin sources held by other
   * shards. Such a report is judged again by `corroborate merge`.
   */
  partial?: boolean;
  /**
   * Where ingest results (sources, sentences, index) are cached between runs; `false`: no cache.
   * Default: `node_modules/.cache/corroborate` in the nearest folder up from `cwd` that has a `node_modules`.
   */
  cacheDir?: string | false;
  /** Threads for ingest (default: 2 for a corpus of 2 MB or more when the machine has them; see ingestCorpus). */
  threads?: number;
}

/** Everything loaded, validated, compiled and indexed: the input of evaluation. */
export interface Prepared {
  claims: LoadedClaims;
  corpus: LoadedCorpus;
  compiled: CompiledClaim[];
  index: CorpusIndex;
  cache: SentenceCache;
}

/** Load, validate, compile and index; throws InputErrors listing every input problem. */
export async function prepare(opts: CheckOptions = {}): Promise<Prepared> {
  const r = await prepareAll(opts);
  if (r.errors.length) throw new InputErrors(r.errors);
  return r.prepared;
}

/**
 * Load, validate, compile and index what is valid, and list every input problem (sorted).
 * A bad file does not hide the good ones: its claims or its source are left out, the rest is prepared.
 */
export async function prepareAll(opts: CheckOptions = {}): Promise<{ prepared: Prepared; errors: InputError[] }> {
  const cwd = opts.cwd ?? process.cwd();
  const ingest = { cwd, ...(opts.cacheDir !== undefined ? { cacheDir: opts.cacheDir } : {}), ...(opts.threads !== undefined ? { threads: opts.threads } : {}) };
  const [claims, { corpus, index }] = await Promise.all([loadClaims(opts.claims ?? ['claims'], { cwd }), ingestCorpus(opts.corpus ?? ['corpus'], ingest)]);
  const errors: InputError[] = [...claims.errors, ...corpus.errors];
  if (!claims.claims.length && !claims.errors.length) errors.push(...emptyGate(claims));
  let valid = claims;
  if (!opts.partial) {
    const unknown = unknownSources(claims, corpus);
    errors.push(...unknown.errors);
    if (unknown.claims.size) valid = { ...claims, claims: claims.claims.filter((c) => !unknown.claims.has(c)) };
  }
  return { prepared: prepareFrom(valid, corpus, index), errors: sortErrors(errors) };
}

/** No claims at all: a gate that checks nothing must not pass. */
function emptyGate(claims: LoadedClaims): InputError[] {
  const hint = 'add at least one claim under `claims:` (see the claim-file format in README.md), or point --claims at the files that hold them';
  const places = claims.empty ?? [];
  if (!places.length) return [{ code: 'NO_CLAIMS', message: 'no claims to check', hint }];
  return places.map((at) => ({
    code: 'NO_CLAIMS' as const,
    file: at.file,
    line: at.line,
    column: at.column,
    length: at.length,
    message: places.length === 1 ? 'the claim file has no claims; nothing would be checked' : 'no claim file has any claims; nothing would be checked',
    hint,
    source: at.source,
  }));
}

/** Compile and index already-loaded, valid claims and corpus (no file access); `index`, when given, is the corpus's own. */
export function prepareFrom(claims: LoadedClaims, corpus: LoadedCorpus, index: CorpusIndex = buildIndex(corpus.sources)): Prepared {
  const compiled = compileClaims(claims.claims, claims.entities);
  return { claims, corpus, compiled, index, cache: new SentenceCache(index) };
}

// corpus errors that can hide any number of sources (a whole folder missing or unreadable)
const PATH_ERRORS = new Set(['NOT_FOUND', 'NO_SOURCES', 'UNREADABLE']);

/** `expect.sources` ids that are not in the corpus; ids a bad corpus file may hold are not reported (that file's error is). */
function unknownSources(claims: LoadedClaims, corpus: LoadedCorpus): { errors: InputError[]; claims: Set<LoadedClaim> } {
  const ids = new Set(corpus.sources.map((s) => s.id));
  const out: InputError[] = [];
  const bad = new Set<LoadedClaim>();
  if (corpus.errors.some((e) => PATH_ERRORS.has(e.code) && !/\.(txt|md)$/i.test(e.file ?? ''))) return { errors: out, claims: bad };
  const hidden = new Set(corpus.errors.map((e) => (e.file ?? '').replace(/^.*[\\/]/, '').replace(/\.(txt|md)$/i, '')));
  for (const c of claims.claims) {
    for (const [sid, at] of Object.entries(c.expectSources)) {
      if (ids.has(sid) || hidden.has(sid)) continue;
      bad.add(c);
      const guess = didYouMean(sid, [...ids]);
      out.push({
        code: 'UNKNOWN_SOURCE',
        file: at.file,
        line: at.line,
        column: at.column,
        length: at.length,
        message: `claim "${c.id}" expects a verdict from source "${sid}", which is not in the corpus`,
        hint: guess ? `did you mean "${guess}"?` : `use one of the corpus ids (${[...ids].slice(0, 8).join(', ')}${ids.size > 8 ? ', ...' : ''})`,
        source: at.source,
      });
    }
  }
  return { errors: out, claims: bad };
}

/** FNV-1a, for stable sharding by claim id. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Sources a claim is asked about: its file's scope (or all sources). */
export function sourcesInScope(c: CompiledClaim, p: Prepared): number[] {
  return scopeOf(c, p).ids;
}

// One shared, frozen verdict for every source without evidence: a claim over a large
// corpus is absent almost everywhere, and these entries dominate memory otherwise.
const ABSENT: SourceVerdict = Object.freeze({ verdict: 'absent', evidence: Object.freeze([]) as unknown as Evidence[] }) as SourceVerdict;

interface ScopeEntry {
  ids: number[];
  set: Set<number>;
  /** Every in-scope source id -> ABSENT, in source order; copied per claim. */
  template: Record<string, SourceVerdict>;
}

const scopeCaches = new WeakMap<Prepared, Map<unknown, ScopeEntry>>();

function scopeOf(c: CompiledClaim, p: Prepared): ScopeEntry {
  let cache = scopeCaches.get(p);
  if (!cache) {
    cache = new Map();
    scopeCaches.set(p, cache);
  }
  const key = c.scope ?? 'all';
  let e = cache.get(key);
  if (e) return e;
  let ids = p.index.sources.map((_, i) => i);
  const s = c.scope;
  if (s) {
    ids = ids.filter((i) => {
      const pub = p.index.sources[i]?.published;
      if (!pub) return true;
      return (!s.from || pub >= s.from) && (!s.to || pub <= s.to);
    });
    for (const item of s.mentions) {
      const ok = new Set<number>();
      for (const m of item)
        for (const g of termCandidates(p.index, m)) {
          const si = p.index.sourceOf[g] as number;
          if (!ok.has(si) && matchTerm(p.cache.analysis(g).tokens, m).length) ok.add(si);
        }
      ids = ids.filter((i) => ok.has(i));
    }
  }
  const template: Record<string, SourceVerdict> = {};
  for (const i of ids) template[(p.index.sources[i] as Source).id] = ABSENT;
  e = { ids, set: new Set(ids), template };
  cache.set(key, e);
  return e;
}

/** Evaluate one compiled claim over the corpus. `traces` collects the decision trail. */
export function evaluateClaim(c: CompiledClaim, p: Prepared, traces?: Trace[]): ClaimResult {
  const scope = scopeOf(c, p);
  const evidence = new Map<number, Evidence[]>();
  const why = new Undecided();
  for (const g of claimCandidates(c, p.index)) {
    const si = p.index.sourceOf[g] as number;
    if (!scope.set.has(si)) continue;
    if (!p.index.sources[si]?.sentences[p.index.sentenceOf[g] as number]?.prose) continue;
    const r = evaluateSentence(c, g, p.cache);
    traces?.push(r.trace);
    why.add(r.trace);
    if (r.evidence.length) {
      const list = evidence.get(si);
      if (list) list.push(...r.evidence);
      else evidence.set(si, [...r.evidence]);
    }
  }
  const decided: Record<string, SourceVerdict> = {};
  const counts: Counts = { supported: 0, contradicted: 0, mixed: 0, absent: 0 };
  for (const [si, ev] of [...evidence].sort((a, b) => a[0] - b[0])) {
    const v = verdictOf(ev);
    decided[(p.index.sources[si] as Source).id] = v;
    if (v.verdict !== 'absent') counts[v.verdict]++;
  }
  counts.absent = scope.ids.length - counts.supported - counts.contradicted - counts.mixed;
  const failures = checkExpect(c.claim.expect, verdictLookup(scope.template, decided), counts);
  const head = {
    id: c.claim.id,
    file: c.claim.file,
    line: c.claim.line,
    column: c.claim.column,
    claim: c.claim.claim,
    ok: failures.length === 0,
    counts,
    ...(counts.supported + counts.contradicted + counts.mixed === 0 ? { undecided: why.summary() } : {}),
  };
  return attachVerdicts(head, scope.template, decided, failures);
}

/** Why sentences about a claim did not decide it: a count per reason, the rule's name where a rule set it aside. */
class Undecided {
  mentioning = 0;
  private reasons = new Map<string, number>();
  add(t: Trace): void {
    if (t.outcome === 'ignored' && t.reason.startsWith('no match for')) return;
    this.mentioning++;
    const key =
      t.rule ??
      (t.outcome === 'no-value'
        ? "no value of the claim's kind"
        : t.outcome === 'not-tied'
          ? 'value not tied to the claim'
          : t.outcome === 'hedge'
            ? 'hedged'
            : t.outcome === 'ignored'
              ? t.reason.replace(/\s*\(.*$/, '')
              : "value neither matches nor excludes the claim's");
    this.reasons.set(key, (this.reasons.get(key) ?? 0) + 1);
  }
  summary(): NonNullable<ClaimResult['undecided']> {
    const setAside: Record<string, number> = {};
    for (const k of [...this.reasons.keys()].sort()) setAside[k] = this.reasons.get(k) as number;
    return { mentioning: this.mentioning, setAside };
  }
}

/** Evaluate prepared claims into a report. */
export function evaluateAll(p: Prepared, opts: Pick<CheckOptions, 'shard'> = {}): Report {
  const shard = opts.shard;
  const selected = shard ? p.compiled.filter((c) => hash(c.claim.id) % shard.count === shard.index - 1) : p.compiled;
  const t = performance.now();
  const claims = selected.map((c) => evaluateClaim(c, p));
  // CORROBORATE_TIMINGS=1: the evaluation time on stderr (for the benchmark)
  if (process.env.CORROBORATE_TIMINGS)
    process.stderr.write(`corroborate:evaluate ${JSON.stringify({ claims: claims.length, total: performance.now() - t })}\n`);
  return {
    ok: claims.every((c) => c.ok),
    sources: p.index.sources.map((s) => ({
      id: s.id,
      path: s.path,
      ...(s.published ? { published: s.published } : {}),
      ...(s.title ? { title: s.title } : {}),
      ...(s.outlet ? { outlet: s.outlet } : {}),
      ...(s.url ? { url: s.url } : {}),
    })),
    claims,
  };
}

/**
 * Check claims against a corpus.
 * @example
 * const report = await check({ claims: ['claims'], corpus: ['corpus'] })
 * if (!report.ok) for (const c of report.claims) console.log(c.id, c.failures)
 * @throws InputErrors when any input is invalid (every problem listed, with its place)
 */
export async function check(opts: CheckOptions = {}): Promise<Report> {
  const p = await prepare(opts);
  return withIssues(evaluateAll(p, opts), p, [], opts);
}

/**
 * Check claims against a corpus and always return a report: input errors do not throw, they are
 * listed in `errors` (with `ok: false`) and everything valid is still checked. Warnings (probable
 * typos in names) are in `warnings`.
 * @example
 * const report = await checkReport({ claims: ['claims'], corpus: ['corpus'] })
 * for (const e of report.errors ?? []) console.log(`${e.file}:${e.line}:${e.col} ${e.code} ${e.message}`)
 */
export async function checkReport(opts: CheckOptions = {}): Promise<Report> {
  const { prepared, errors } = await prepareAll(opts);
  return withIssues(evaluateAll(prepared, opts), prepared, errors, opts);
}

/** Add the input errors and the warnings to an evaluated report (`ok` is false when there are errors). */
export function withIssues(report: Report, p: Prepared, errors: InputError[], opts: Pick<CheckOptions, 'shard'> = {}): Report {
  const shard = opts.shard;
  const selected = shard ? p.compiled.filter((c) => hash(c.claim.id) % shard.count === shard.index - 1) : p.compiled;
  const warnings = warningsOf(report.claims, selected, p.index);
  // a source pinned by `expect.sources` whose file could not be read is not "outside the scope": say why it is missing
  const unread = new Set(
    errors.filter((e) => /\.(txt|md)$/i.test(e.file ?? '')).map((e) => (e.file as string).replace(/^.*[\\/]/, '').replace(/\.(txt|md)$/i, '')),
  );
  for (const c of report.claims)
    if (!c.ok)
      c.failures = c.failures.map((f) => {
        const m = /^expected (\S+) to be (\w+), but \1 is outside the claim's scope$/.exec(f);
        return m && unread.has(m[1] as string) ? `expected ${m[1]} to be ${m[2]}, but ${m[1]} could not be read (see the input errors)` : f;
      });
  return { ok: report.ok && errors.length === 0, errors: errors.map(toReportIssue), warnings, sources: report.sources, claims: report.claims };
}
