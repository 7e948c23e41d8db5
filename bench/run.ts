/**
 * `npm run bench`: corroborate at scale on the Wikinews corpus, through the CLI, beside ripgrep.
 *
 * Generates claim sets (50, 500, 5,000) from the corpus's own headlines and text and runs
 * `corroborate check --format json --output <file>` on each in a fresh process: cold (an
 * empty cache folder: the run ingests and writes the cache, as a first run does) and warm
 * (the same folder again), then the 500-claim set on a 4x copy of the corpus. Each run
 * records wall time, CPU time (all threads) and peak RSS of the process, and where the time
 * went (ingest, evaluation, the rest: start-up, claims, report). ripgrep searches the same
 * files for the same terms in the same run. The targets are checked, the results printed as
 * markdown and written into docs/bench.md.
 *
 *   npm run bench                       # the full run (a few minutes)
 *   npm run bench -- --sizes 50,500 --no-scale --no-write
 *   npm run bench -- --profile          # also a --cpu-prof run of 500 claims (warm), summarised
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Article, copyCorpus, generateClaims, readArticles, writeClaims } from './generate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

export interface BenchOptions {
  /** Folder of `.txt` articles. */
  corpus: string;
  /** Claim set sizes, run on the 1x corpus. */
  sizes: number[];
  /** Copies of the corpus for the scaling run (0 or 1: none). */
  scale: number;
  /** Claim set size for the scaling run. */
  scaleClaims: number;
  /** Use only the first N articles (by file name). */
  articles?: number;
  /** Runs per case; the fastest is kept (the machine may be shared). */
  repeat: number;
  /** Also record a --cpu-prof run of this many claims and summarise it (0: skip). */
  profileClaims: number;
  /** Write the results into this markdown file, between the bench markers. */
  write?: string;
  log: (s: string) => void;
}

/** One CLI process. */
export interface CliRun {
  claims: number;
  sources: number;
  bytes: number;
  /** Wall time of the process, ms (node start-up included). */
  wall: number;
  /** CPU time (user + system, every thread), ms. */
  cpu: number;
  peakRssMB: number;
  /** Ingest (read, parse, segment, index, or the cache), ms. */
  ingest: number;
  cache: string;
  threads: number;
  /** Evaluating the claims, ms. */
  evaluate: number;
  exit: number | null;
  reportBytes: number;
}

export interface Row {
  label: string;
  copies: number;
  state: 'cold' | 'warm';
  run: CliRun;
  /** ripgrep wall time for the same terms over the same files, ms (undefined when rg is absent). */
  rg?: number;
}

export interface Target {
  name: string;
  met: boolean | undefined;
  detail: string;
}

export interface BenchResult {
  rows: Row[];
  targets: Target[];
  rgVersion?: string;
  profile?: string;
  markdown: string;
}

interface ClaimSet {
  dir: string;
  terms: string;
}

/**
 * The default corpus: the full Wikinews benchmark corpus from CORROBORATE_BENCH_CORPUS, or
 * beside the repository (../shared/bench-corpus/wikinews-en); in a clone with neither, the
 * bundled 240-article sample (test/fixtures/wikinews-sample), whose results are not written
 * into docs/bench.md. `--corpus <dir>` overrides all of them.
 */
const fullCorpus = [process.env.CORROBORATE_BENCH_CORPUS, path.resolve(root, '../shared/bench-corpus/wikinews-en')].find(
  (d): d is string => !!d && existsSync(d),
);
const sampleCorpus = path.join(root, 'test/fixtures/wikinews-sample');

const defaults: BenchOptions = {
  corpus: fullCorpus ?? sampleCorpus,
  sizes: [50, 500, 5000],
  scale: 4,
  scaleClaims: 500,
  repeat: 1,
  profileClaims: 0,
  write: fullCorpus ? path.join(root, 'docs/bench.md') : undefined,
  log: (s) => process.stderr.write(`${s}\n`),
};

const CLI = path.join(root, 'bin/corroborate.js');
const MEASURE = path.join(here, 'measure.mjs');

/** One `corroborate check --format json` process over `corpus` with the cache in `cacheDir`. */
export function runCli(claims: string, corpus: string, cacheDir: string, tmp: string, extraArgs: string[] = []): CliRun {
  const stats = path.join(tmp, `stats-${process.pid}-${Date.now()}.json`);
  const out = path.join(tmp, 'report.json');
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      ...extraArgs,
      '--import',
      MEASURE,
      CLI,
      'check',
      '--claims',
      claims,
      '--corpus',
      path.join(corpus, '*.txt'),
      '--format',
      'json',
      '--output',
      out,
      '--cache-dir',
      cacheDir,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CORROBORATE_TIMINGS: '1', CORROBORATE_BENCH_STATS: stats }, timeout: 15 * 60_000 },
  );
  const wall = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`corroborate exited ${r.signal ?? r.status}: ${r.stderr?.slice(-2000)}`);
  const line = (tag: string) => JSON.parse(new RegExp(`corroborate:${tag} (.*)`).exec(r.stderr)?.[1] ?? '{}') as Record<string, number | string>;
  const ing = line('ingest');
  const ev = line('evaluate');
  const st = JSON.parse(readFileSync(stats, 'utf8')) as { maxRSS: number; user: number; system: number };
  const report = JSON.parse(readFileSync(out, 'utf8')) as { sources: unknown[]; claims: unknown[] };
  return {
    claims: report.claims.length,
    sources: report.sources.length,
    bytes: Number(ing.bytes ?? 0),
    wall,
    cpu: (st.user + st.system) / 1000,
    peakRssMB: st.maxRSS / 1024,
    ingest: Number(ing.total ?? 0),
    cache: String(ing.cache ?? 'off'),
    threads: Number(ing.threads ?? 1),
    evaluate: Number(ev.total ?? 0),
    exit: r.status,
    reportBytes: statSync(out).size,
  };
}

function rgVersion(): string | undefined {
  const r = spawnSync('rg', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n')[0] : undefined;
}

/** ripgrep: the files mentioning any of the terms (case-insensitive fixed strings), best of 3, ms. */
function timeRg(dir: string, termsFile: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = spawnSync('rg', ['--files-with-matches', '--ignore-case', '--fixed-strings', '--no-messages', '-f', termsFile, '--glob', '*.txt', dir], {
      maxBuffer: 256 * 1024 * 1024,
    });
    const ms = performance.now() - t;
    if (r.status !== 0 && r.status !== 1) throw new Error(`rg failed: ${r.stderr}`);
    best = Math.min(best, ms);
  }
  return best;
}

function fmtMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

function ratio(x: number): string {
  return x >= 100 ? `${x.toFixed(0)}x` : `${x.toFixed(1)}x`;
}

/** The results as a markdown table, one row per run. */
export function resultsTable(rows: Row[]): string {
  const head = ['corpus', 'claims', 'cache', 'sources', 'MB', 'wall', 'CPU', 'peak RSS', 'ingest', 'evaluate', 'rest', 'ripgrep', 'wall / rg'];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i < 3 ? '---' : '---:')).join(' | ')} |`];
  for (const r of rows) {
    const x = r.run;
    lines.push(
      `| ${[
        r.label,
        x.claims.toLocaleString('en-US'),
        `${r.state} (${x.cache}${x.threads > 1 ? `, ${x.threads} threads` : ''})`,
        x.sources.toLocaleString('en-US'),
        (x.bytes / 1e6).toFixed(1),
        fmtMs(x.wall),
        fmtMs(x.cpu),
        `${x.peakRssMB.toFixed(0)} MB`,
        fmtMs(x.ingest),
        fmtMs(x.evaluate),
        fmtMs(Math.max(0, x.wall - x.ingest - x.evaluate)),
        r.rg === undefined ? 'n/a' : fmtMs(r.rg),
        r.rg === undefined ? 'n/a' : ratio(x.wall / r.rg),
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

function split(r: CliRun): string {
  return `ingest ${fmtMs(r.ingest)}, evaluate ${fmtMs(r.evaluate)}, rest ${fmtMs(Math.max(0, r.wall - r.ingest - r.evaluate))}`;
}

/** Check the targets of issue 13 against the rows. */
export function checkTargets(rows: Row[], scaleClaims = 500): Target[] {
  const at = (claims: number, state: Row['state'], copies = 1) => rows.find((r) => r.run.claims === claims && r.state === state && r.copies === copies);
  const targets: Target[] = [];
  const vsRg = (name: string, r: Row | undefined, limit: number) => {
    if (!r) return targets.push({ name, met: undefined, detail: 'not run' });
    if (r.rg === undefined) return targets.push({ name, met: undefined, detail: `${fmtMs(r.run.wall)}; ripgrep not installed: ratio not checked` });
    const k = r.run.wall / r.rg;
    return targets.push({ name, met: k <= limit, detail: `${fmtMs(r.run.wall)} = ${ratio(k)} ripgrep (${fmtMs(r.rg)}); ${split(r.run)}` });
  };
  vsRg(`${scaleClaims} claims, cold: <= 12x ripgrep`, at(scaleClaims, 'cold'), 12);
  vsRg(`${scaleClaims} claims, warm: <= 4x ripgrep`, at(scaleClaims, 'warm'), 4);
  const sizes = [...new Set(rows.filter((r) => r.copies === 1).map((r) => r.run.claims))].sort((a, b) => a - b);
  for (let i = 1; i < sizes.length; i++) {
    const [a, b] = [sizes[i - 1] as number, sizes[i] as number];
    const name = `${b.toLocaleString('en-US')} claims: <= 2x the time of ${a.toLocaleString('en-US')}`;
    const [ca, cb, wa, wb] = [at(a, 'cold'), at(b, 'cold'), at(a, 'warm'), at(b, 'warm')];
    if (!ca || !cb) {
      targets.push({ name, met: undefined, detail: 'not run' });
      continue;
    }
    const k = cb.run.wall / ca.run.wall;
    const warm = wa && wb ? `; warm ${ratio(wb.run.wall / wa.run.wall)}` : '';
    targets.push({
      name: `${name} (cold)`,
      met: k <= 2,
      detail:
        `${ratio(k)} (${fmtMs(cb.run.wall)} vs ${fmtMs(ca.run.wall)})${warm}; ` +
        `evaluate ${ratio(cb.run.evaluate / Math.max(1, ca.run.evaluate))} (${fmtMs(cb.run.evaluate)} vs ${fmtMs(ca.run.evaluate)})`,
    });
  }
  const scaled = rows.find((r) => r.copies > 1 && r.state === 'cold');
  const base = scaled ? at(scaled.run.claims, 'cold') : undefined;
  if (scaled && base) {
    const k = scaled.run.wall / base.run.wall;
    const limit = scaled.copies * 1.125;
    targets.push({
      name: `${scaled.copies}x corpus (cold): <= ${limit}x the time`,
      met: k <= limit,
      detail:
        `${ratio(k)} (${fmtMs(scaled.run.wall)} vs ${fmtMs(base.run.wall)}); ` +
        `ingest ${ratio(scaled.run.ingest / base.run.ingest)}, evaluate ${ratio(scaled.run.evaluate / Math.max(1, base.run.evaluate))}`,
    });
    const peak = Math.max(...rows.filter((r) => r.copies === scaled.copies).map((r) => r.run.peakRssMB));
    targets.push({
      name: `peak RSS at ${scaled.copies}x: <= 1 GB`,
      met: peak <= 1024,
      detail: `${peak.toFixed(0)} MB (1x, ${base.run.claims} claims: ${Math.max(...rows.filter((r) => r.copies === 1 && r.run.claims === base.run.claims).map((r) => r.run.peakRssMB)).toFixed(0)} MB)`,
    });
  } else {
    targets.push({ name: '4x corpus: <= 4.5x the time', met: undefined, detail: 'not run' });
    targets.push({ name: 'peak RSS at 4x: <= 1 GB', met: undefined, detail: 'not run' });
  }
  return targets;
}

export function targetsTable(targets: Target[]): string {
  return [
    '| target | result | measured |',
    '| --- | --- | --- |',
    ...targets.map((t) => `| ${t.name} | ${t.met === undefined ? 'not run' : t.met ? 'met' : '**missed**'} | ${t.detail} |`),
  ].join('\n');
}

/** Summarise a .cpuprofile: the functions with the most self time, and the heaviest call paths by inclusive time. */
export function summariseProfile(file: string, top = 15): string {
  interface Node {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }
  const p = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ticks = new Map<number, number>();
  p.samples.forEach((s, i) => {
    ticks.set(s, (ticks.get(s) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  const name = (n: Node) => {
    const url = n.callFrame.url.replace(/^.*\/(src|bench|node_modules)\//, '$1/').replace(/^file:\/\//, '');
    return `${n.callFrame.functionName || '(anonymous)'} ${url ? `${url}:${n.callFrame.lineNumber + 1}` : ''}`.trim();
  };
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let total = 0;
  for (const [id, us] of ticks) {
    total += us;
    const n = byId.get(id) as Node;
    self.set(name(n), (self.get(name(n)) ?? 0) + us);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur) as Node);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + us);
    }
  }
  const pct = (us: number) => `${((100 * us) / total).toFixed(1)}%`;
  const rows = (m: Map<string, number>, skip: RegExp) =>
    [...m]
      .filter(([k]) => !skip.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => `| ${pct(us)} | ${fmtMs(us / 1000)} | \`${k}\` |`);
  return [
    `Sampled ${fmtMs(total / 1000)} of CPU profile.`,
    '',
    'Self time (where the CPU is):',
    '',
    '| share | time | function |',
    '| ---: | ---: | --- |',
    ...rows(self, /^\(root\)|^\(program\)|^\(idle\)/),
    '',
    'Inclusive time (what the CPU works for), src/ and bench/ only:',
    '',
    '| share | time | function |',
    '| ---: | ---: | --- |',
    ...rows(incl, /^(?!.*\b(src|bench)\/)/),
  ].join('\n');
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** Put `generated` between the markers of `file` (creating it if needed), leaving the rest as written. */
export function writeResults(file: string, generated: string): void {
  const block = `${START}\n${generated}\n${END}`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmark\n\n${START}\n${END}\n`;
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  text = a !== -1 && b > a ? text.slice(0, a) + block + text.slice(b + END.length) : `${text.trimEnd()}\n\n${block}\n`;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The 1x corpus: the folder itself (its .txt files), or its first N articles copied into `tmp`. */
function corpus1x(o: BenchOptions, tmp: string): string {
  if (o.articles === undefined) return o.corpus;
  const dir = path.join(tmp, 'corpus-1x');
  copyCorpus(o.corpus, dir, 1, o.articles);
  return dir;
}

/** A generated claim set per size wanted (the sizes, and the scaling run's), in `tmp`, each with its terms file for ripgrep. */
function claimSets(o: BenchOptions, articles: Article[], tmp: string): Map<number, ClaimSet> {
  const sets = new Map<number, ClaimSet>();
  const wanted = [...new Set([...o.sizes, ...(o.scale > 1 ? [o.scaleClaims] : [])])];
  for (const n of wanted) {
    const g = generateClaims(articles, n, 20251123);
    const dir = path.join(tmp, `claims-${n}`);
    writeClaims(dir, g);
    const terms = path.join(tmp, `terms-${n}.txt`);
    writeFileSync(terms, `${g.terms.join('\n')}\n`);
    sets.set(n, { dir, terms });
    o.log(`claims: ${n} (${g.kinds.plain} plain, ${g.kinds.date} date, ${g.kinds.entity} entity; ${g.terms.length} distinct terms)`);
  }
  return sets;
}

/** One case: a claim set size on a corpus of some copies. */
interface Config {
  copies: number;
  claims: number;
  dir: string;
}

/** Every size on the 1x corpus, then the scaling run on a copy of it `o.scale` times over (made in `tmp`). */
function configsOf(o: BenchOptions, corpus1: string, tmp: string): Config[] {
  const configs: Config[] = o.sizes.map((n) => ({ copies: 1, claims: n, dir: corpus1 }));
  if (o.scale > 1) {
    const dir = path.join(tmp, `corpus-${o.scale}x`);
    copyCorpus(corpus1, dir, o.scale);
    configs.push({ copies: o.scale, claims: o.scaleClaims, dir });
  }
  return configs;
}

/** The fastest of `o.repeat` runs of case number `k`. */
function fastestRun(o: BenchOptions, set: ClaimSet, c: Config, k: number, state: Row['state'], tmp: string): CliRun {
  let best: CliRun | undefined;
  for (let i = 0; i < o.repeat; i++) {
    // cold: a cache folder of its own, empty; warm: the folder the cold run filled
    const cacheDir = path.join(tmp, `cache-${k}-${i}`);
    if (state === 'cold') rmSync(cacheDir, { recursive: true, force: true });
    const run = runCli(set.dir, c.dir, cacheDir, tmp);
    if (!best || run.wall < best.wall) best = run;
  }
  return best as CliRun;
}

/** Every case cold, then warm: a row per run that finished, a line per run that did not. */
function runCases(o: BenchOptions, configs: Config[], sets: Map<number, ClaimSet>, rgv: string | undefined, tmp: string): { rows: Row[]; failed: string[] } {
  const rows: Row[] = [];
  const failed: string[] = [];
  for (const [k, c] of configs.entries()) {
    const set = sets.get(c.claims) as ClaimSet;
    const label = c.copies === 1 ? '1x' : `${c.copies}x`;
    const rg = rgv ? timeRg(c.dir, set.terms) : undefined;
    for (const state of ['cold', 'warm'] as const) {
      o.log(`run: ${label} corpus, ${c.claims} claims, ${state} ...`);
      try {
        const run = fastestRun(o, set, c, k, state, tmp);
        rows.push({ label, copies: c.copies, state, run, ...(rg !== undefined ? { rg } : {}) });
        o.log(`  wall ${fmtMs(run.wall)}, ${split(run)}, cache ${run.cache}, peak RSS ${run.peakRssMB.toFixed(0)} MB`);
      } catch (e) {
        const why = (e instanceof Error ? e.message : String(e)).split('\n').slice(0, 3).join(' ').slice(0, 300);
        failed.push(`${label} corpus, ${c.claims} claims, ${state}: ${why}`);
        o.log(`  failed: ${why}`);
      }
    }
  }
  return { rows, failed };
}

/** With `o.profileClaims`: a warm `--cpu-prof` run of that claim set (else the first size) on the 1x corpus, summarised. */
function profileRun(o: BenchOptions, sets: Map<number, ClaimSet>, corpus1: string, tmp: string): string | undefined {
  if (!o.profileClaims) return undefined;
  const set = sets.get(o.profileClaims) ?? sets.get(o.sizes[0] as number);
  if (!set) return undefined;
  const dir = path.join(tmp, 'prof');
  const cacheDir = path.join(tmp, 'cache-prof');
  runCli(set.dir, corpus1, cacheDir, tmp);
  runCli(set.dir, corpus1, cacheDir, tmp, ['--cpu-prof', '--cpu-prof-dir', dir]);
  const files = readdirSync(dir).map((f) => path.join(dir, f));
  // the main thread's profile is the largest
  const main = files.sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0];
  return main ? summariseProfile(main) : undefined;
}

/** What the results section says: the machine and corpus, the table, how to read it, the targets and the profile. */
interface Results {
  articles: number;
  rows: Row[];
  failed: string[];
  targets: Target[];
  rgv: string | undefined;
  profile: string | undefined;
}

function resultsMarkdown(o: BenchOptions, x: Results): string {
  const loadavg = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return [
    `Run on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ` +
      `load average ${loadavg} at the end; ${x.rgv ?? 'ripgrep not installed (ratios skipped)'}.`,
    `Corpus: ${x.articles} articles (${path.relative(root, o.corpus) || o.corpus}); ` +
      `claims generated by bench/generate.ts (a third each plain, date and entity claims).${o.repeat > 1 ? ` Fastest of ${o.repeat} runs per case.` : ''}`,
    '',
    resultsTable(x.rows),
    ...(x.failed.length ? ['', ...x.failed.map((f) => `Did not finish: ${f}`)] : []),
    '',
    'Each row is one process: `node bin/corroborate.js check --claims <set> --corpus <dir>/*.txt --format json --output <file> --cache-dir <dir>`.',
    'cold = an empty cache folder (the run ingests and writes the cache); warm = the same folder again (the run reads it).',
    'wall = the whole process (node start-up included); CPU = user + system time of every thread; ingest = reading, parsing, segmenting and indexing',
    'the corpus (or reading the cache); evaluate = checking the claims; rest = start-up, claim files, the JSON report.',
    'ripgrep = `rg --files-with-matches --ignore-case --fixed-strings -f <terms>` over the same files for every distinct term of the claim set (best of 3).',
    '',
    '### Targets',
    '',
    targetsTable(x.targets),
    '',
    'Why a target is missed, and what meeting it would take: "Where the time goes" and "Before and after" below.',
    ...(x.profile ? ['', `### CPU profile: ${o.profileClaims} claims on 1x, warm (\`node --cpu-prof\`)`, '', x.profile] : []),
  ].join('\n');
}

/** Run the whole benchmark. */
export async function runBench(partial: Partial<BenchOptions> = {}): Promise<BenchResult> {
  const o: BenchOptions = { ...defaults, ...partial };
  if (!existsSync(path.join(root, 'dist/cli/main.js'))) throw new Error('the benchmark runs the compiled CLI: run `npm run build` first');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'corroborate-bench-'));
  try {
    const corpus1 = corpus1x(o, tmp);
    const articles = readArticles(corpus1);
    o.log(`corpus: ${articles.length} articles from ${o.corpus}`);
    const sets = claimSets(o, articles, tmp);
    const rgv = rgVersion();
    if (!rgv) o.log('ripgrep (rg) not found: the ripgrep ratios are skipped (install it with `apt-get install ripgrep`)');
    const { rows, failed } = runCases(o, configsOf(o, corpus1, tmp), sets, rgv, tmp);
    const profile = profileRun(o, sets, corpus1, tmp);
    const targets = checkTargets(rows, o.scaleClaims);
    const md = resultsMarkdown(o, { articles: articles.length, rows, failed, targets, rgv, profile });
    if (o.write) writeResults(o.write, md);
    return { rows, targets, ...(rgv ? { rgVersion: rgv } : {}), ...(profile ? { profile } : {}), markdown: md };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function parseArgs(argv: string[]): Partial<BenchOptions> {
  const o: Partial<BenchOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i] as string;
    if (a === '--corpus') o.corpus = path.resolve(next());
    else if (a === '--sizes') o.sizes = next().split(',').map(Number);
    else if (a === '--scale') o.scale = Number(next());
    else if (a === '--no-scale') o.scale = 0;
    else if (a === '--scale-claims') o.scaleClaims = Number(next());
    else if (a === '--articles') o.articles = Number(next());
    else if (a === '--repeat') o.repeat = Number(next());
    else if (a === '--profile') o.profileClaims = 500;
    else if (a === '--no-write') o.write = undefined;
    else if (a === '--write') o.write = path.resolve(next());
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  if (!args.corpus && !fullCorpus)
    process.stderr.write(
      'bench: the full Wikinews corpus was not found (set CORROBORATE_BENCH_CORPUS or pass --corpus <dir>); running on the bundled 240-article sample, not writing docs/bench.md\n',
    );
  const r = await runBench(args);
  process.stdout.write(`${r.markdown}\n`);
  if (r.targets.some((t) => t.met === false)) process.stderr.write('some targets were missed (see the table)\n');
}
