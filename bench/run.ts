/**
 * `npm run bench`: corroborate at scale on the Wikinews corpus.
 *
 * Generates claim sets (50, 500, 5,000) from the corpus's own headlines and text,
 * runs each through the pipeline in a fresh process (wall, CPU, peak RSS, time per
 * stage), compares with ripgrep scanning for the same terms and with a naive
 * per-claim rescan, repeats the 500-claim run on a 4x copy of the corpus, checks the
 * targets, prints a markdown table and writes it into docs/bench.md.
 *
 *   npm run bench                       # the full run (a few minutes)
 *   npm run bench -- --sizes 50,500 --no-scale --no-write
 *   npm run bench -- --profile          # also a --cpu-prof run of 500 claims, summarised
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyCorpus, generateClaims, readArticles, writeClaims } from './generate.js';
import { naiveRescan } from './naive.js';
import { type RunOptions, type RunResult, runPipeline } from './pipeline.js';

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
  /** Claims timed in the naive rescan (its time is extrapolated linearly to the set). */
  naiveSample: number;
  /** Run each configuration in this process instead of a fresh child (for tests). */
  inProcess: boolean;
  /** Also time the whole CLI process for this claim set size (0: skip). */
  cliClaims: number;
  /** Also record a --cpu-prof run of this many claims and summarise it (0: skip). */
  profileClaims: number;
  /** Write the results into this markdown file, between the bench markers. */
  write?: string;
  log: (s: string) => void;
}

export interface Row {
  label: string;
  copies: number;
  run: RunResult;
  /** ripgrep wall time for the same terms, ms (undefined when rg is absent). */
  rg?: number;
  /** Naive rescan time, ms, extrapolated from `naiveSample` claims. */
  naive: number;
  naiveSampled: number;
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
  cli?: { claims: number; ms: number; exit: number | null };
  profile?: string;
  markdown: string;
}

interface ClaimSet {
  dir: string;
  terms: string;
  about: string[][][];
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
  naiveSample: 10,
  inProcess: false,
  cliClaims: 500,
  profileClaims: 0,
  write: fullCorpus ? path.join(root, 'docs/bench.md') : undefined,
  log: (s) => process.stderr.write(`${s}\n`),
};

function runChild(opts: RunOptions, extraArgs: string[] = []): RunResult {
  const r = spawnSync(process.execPath, [...extraArgs, '--import', 'tsx', path.join(here, 'child.ts'), JSON.stringify(opts)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 15 * 60_000,
  });
  const line = r.stdout?.trim().split('\n').pop();
  if (r.status !== 0 || !line) throw new Error(`bench child failed (${r.signal ?? r.status}): ${r.stderr?.slice(-2000)}`);
  return JSON.parse(line) as RunResult;
}

function rgVersion(): string | undefined {
  const r = spawnSync('rg', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n')[0] : undefined;
}

/** ripgrep over the corpus for every term at once (case-insensitive fixed strings): best of 3, ms. */
function timeRg(dir: string, termsFile: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = spawnSync('rg', ['--count-matches', '--ignore-case', '--fixed-strings', '--no-messages', '-f', termsFile, '--glob', '*.txt', dir], {
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

/** The results as a markdown table, one row per configuration. */
export function resultsTable(rows: Row[]): string {
  const head = [
    'corpus',
    'claims',
    'sources',
    'MB',
    'wall',
    'CPU',
    'MB/s',
    'peak RSS',
    'load',
    'segment',
    'index',
    'evaluate',
    'report',
    'ripgrep',
    'wall / rg',
    'naive rescan',
    'naive / wall',
  ];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`];
  for (const r of rows) {
    const x = r.run;
    const mb = x.bytes / 1e6;
    lines.push(
      `| ${[
        r.label,
        x.claims.toLocaleString('en-US'),
        x.sources.toLocaleString('en-US'),
        mb.toFixed(1),
        fmtMs(x.wall),
        fmtMs(x.cpu),
        (mb / (x.wall / 1000)).toFixed(2),
        `${x.peakRssMB.toFixed(0)} MB`,
        fmtMs(x.stages.load),
        fmtMs(x.stages.segment),
        fmtMs(x.stages.index),
        fmtMs(x.stages.evaluate),
        fmtMs(x.stages.report),
        r.rg === undefined ? 'n/a' : fmtMs(r.rg),
        r.rg === undefined ? 'n/a' : ratio(x.wall / r.rg),
        `${fmtMs(r.naive)}${r.naiveSampled < x.claims ? ' (est.)' : ''}`,
        ratio(r.naive / x.wall),
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

function slowest(r: RunResult): string {
  const [name, ms] = Object.entries(r.stages).sort((a, b) => b[1] - a[1])[0] as [string, number];
  return `${name} ${fmtMs(ms)} of ${fmtMs(r.wall)}`;
}

/** Check the speed targets against the rows. */
export function checkTargets(rows: Row[]): Target[] {
  const at = (claims: number, copies = 1) => rows.find((r) => r.run.claims === claims && r.copies === copies);
  const targets: Target[] = [];
  const r500 = at(500);
  if (r500) {
    const wallOk = r500.run.wall <= 1500;
    const rgOk = r500.rg === undefined ? undefined : r500.run.wall <= 15 * r500.rg;
    const met = wallOk && rgOk !== false;
    targets.push({
      name: '500 claims end to end <= 1.5 s wall (<= 15x ripgrep)',
      met,
      detail: `${fmtMs(r500.run.wall)} wall${r500.rg === undefined ? ' (ripgrep not installed: ratio not checked)' : `, ${ratio(r500.run.wall / r500.rg)} ripgrep`}; slowest stage: ${slowest(r500.run)}`,
    });
  } else targets.push({ name: '500 claims end to end <= 1.5 s wall (<= 15x ripgrep)', met: undefined, detail: 'not run' });
  const r5000 = at(5000);
  if (r500 && r5000) {
    const k = r5000.run.wall / r500.run.wall;
    targets.push({
      name: '5,000 claims <= 2x the time of 500',
      met: k <= 2,
      detail: `${ratio(k)} (${fmtMs(r5000.run.wall)} vs ${fmtMs(r500.run.wall)}); evaluate ${ratio(r5000.run.stages.evaluate / r500.run.stages.evaluate)}, report ${ratio(r5000.run.stages.report / r500.run.stages.report)}`,
    });
  } else targets.push({ name: '5,000 claims <= 2x the time of 500', met: undefined, detail: 'not run' });
  const scaled = rows.find((r) => r.copies > 1);
  const base = scaled ? at(scaled.run.claims) : undefined;
  if (scaled && base) {
    const k = scaled.run.wall / base.run.wall;
    const limit = scaled.copies * 1.125;
    targets.push({
      name: `${scaled.copies}x corpus <= ${limit}x the time`,
      met: k <= limit,
      detail: `${ratio(k)} (${fmtMs(scaled.run.wall)} vs ${fmtMs(base.run.wall)}); per stage: ${Object.entries(scaled.run.stages)
        .map(([s, ms]) => `${s} ${ratio(ms / base.run.stages[s as keyof RunResult['stages']])}`)
        .join(', ')}`,
    });
    targets.push({
      name: `peak RSS <= 1 GB at ${scaled.copies}x`,
      met: scaled.run.peakRssMB <= 1024,
      detail: `${scaled.run.peakRssMB.toFixed(0)} MB (1x: ${base.run.peakRssMB.toFixed(0)} MB)`,
    });
  } else {
    targets.push({ name: '4x corpus <= 4.5x the time', met: undefined, detail: 'not run' });
    targets.push({ name: 'peak RSS <= 1 GB at 4x', met: undefined, detail: 'not run' });
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

/** Run the whole benchmark. */
export async function runBench(partial: Partial<BenchOptions> = {}): Promise<BenchResult> {
  const o: BenchOptions = { ...defaults, ...partial };
  const log = o.log;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'corroborate-bench-'));
  try {
    // the 1x corpus: the folder itself (its .txt files), or the first N articles copied
    let corpus1 = o.corpus;
    if (o.articles !== undefined) {
      corpus1 = path.join(tmp, 'corpus-1x');
      copyCorpus(o.corpus, corpus1, 1, o.articles);
    }
    const articles = readArticles(corpus1);
    log(`corpus: ${articles.length} articles from ${o.corpus}`);
    const sets = new Map<number, ClaimSet>();
    const wanted = [...new Set([...o.sizes, ...(o.scale > 1 ? [o.scaleClaims] : []), ...(o.cliClaims ? [o.cliClaims] : [])])];
    for (const n of wanted) {
      const g = generateClaims(articles, n, 20251123);
      const dir = path.join(tmp, `claims-${n}`);
      writeClaims(dir, g);
      const terms = path.join(tmp, `terms-${n}.txt`);
      writeFileSync(terms, `${g.terms.join('\n')}\n`);
      sets.set(n, { dir, terms, about: g.about });
      log(`claims: ${n} (${g.kinds.plain} plain, ${g.kinds.date} date, ${g.kinds.entity} entity; ${g.terms.length} distinct terms)`);
    }
    const rgv = rgVersion();
    if (!rgv) log('ripgrep (rg) not found: the ripgrep column is skipped (install it with `apt-get install ripgrep`)');
    const configs: { copies: number; claims: number; dir: string }[] = o.sizes.map((n) => ({ copies: 1, claims: n, dir: corpus1 }));
    if (o.scale > 1) {
      const dir = path.join(tmp, `corpus-${o.scale}x`);
      copyCorpus(corpus1, dir, o.scale);
      configs.push({ copies: o.scale, claims: o.scaleClaims, dir });
    }
    const rows: Row[] = [];
    const failed: string[] = [];
    for (const c of configs) {
      const set = sets.get(c.claims) as ClaimSet;
      const label = c.copies === 1 ? '1x' : `${c.copies}x`;
      log(`run: ${label} corpus, ${c.claims} claims ...`);
      const opts: RunOptions = { claims: [set.dir], corpus: [path.join(c.dir, '*.txt')], cwd: root };
      let run: RunResult;
      try {
        run = o.inProcess ? await runPipeline(opts) : runChild(opts);
      } catch (e) {
        const why = (e instanceof Error ? e.message : String(e)).split('\n').slice(0, 3).join(' ').slice(0, 300);
        failed.push(`${label} corpus, ${c.claims} claims: ${why}`);
        log(`  failed: ${why}`);
        continue;
      }
      const rg = rgv ? timeRg(c.dir, set.terms) : undefined;
      const sample = set.about.slice(0, o.naiveSample);
      const nv = naiveRescan(c.dir, sample);
      const naive = (nv.ms / Math.max(1, sample.length)) * c.claims;
      rows.push({ label, copies: c.copies, run, ...(rg !== undefined ? { rg } : {}), naive, naiveSampled: sample.length });
      log(
        `  wall ${fmtMs(run.wall)}, peak RSS ${run.peakRssMB.toFixed(0)} MB, stages ${JSON.stringify(Object.fromEntries(Object.entries(run.stages).map(([k, v]) => [k, Math.round(v)])))}`,
      );
    }
    let cli: BenchResult['cli'];
    if (o.cliClaims && !o.inProcess) {
      const set = sets.get(o.cliClaims);
      if (set) {
        const t = performance.now();
        const r = spawnSync(
          process.execPath,
          [path.join(root, 'bin/corroborate.js'), 'check', '--claims', set.dir, '--corpus', path.join(corpus1, '*.txt'), '--format', 'text'],
          { cwd: root, maxBuffer: 512 * 1024 * 1024, timeout: 15 * 60_000 },
        );
        cli = { claims: o.cliClaims, ms: performance.now() - t, exit: r.status };
        log(`cli: ${o.cliClaims} claims in ${fmtMs(cli.ms)} (exit ${r.status})`);
      }
    }
    let profile: string | undefined;
    if (o.profileClaims && !o.inProcess) {
      const set = sets.get(o.profileClaims) ?? sets.get(o.sizes[0] as number);
      if (set) {
        const dir = path.join(tmp, 'prof');
        runChild({ claims: [set.dir], corpus: [path.join(corpus1, '*.txt')], cwd: root }, ['--cpu-prof', '--cpu-prof-dir', dir]);
        const files = readdirSync(dir).map((f) => path.join(dir, f));
        // the main thread's profile is the largest
        const main = files.sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0];
        if (main) profile = summariseProfile(main);
      }
    }
    const targets = checkTargets(rows);
    const table = resultsTable(rows);
    const loadavg = os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
    const md = [
      `Run on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, load average ${loadavg} at the end; ${rgv ?? 'ripgrep not installed (column skipped)'}.`,
      `Corpus: ${articles.length} articles (${path.relative(root, o.corpus) || o.corpus}); claims generated by bench/generate.ts (a third each plain, date and entity claims).`,
      '',
      table,
      ...(failed.length ? ['', ...failed.map((f) => `Did not finish: ${f}`)] : []),
      '',
      'wall = load + segment + index + evaluate + report in one fresh process (module loading excluded); CPU = user + system time of that process over the same span.',
      'ripgrep = `rg --count-matches -i -F -f <terms>` over the same files for every distinct term of the claim set (best of 3).',
      `naive rescan = per claim, re-read every file and test each sentence with one regex per about item; timed on ${o.naiveSample} claims and extrapolated (est.).`,
      ...(cli
        ? [
            '',
            `Whole CLI process (\`node bin/corroborate.js check --format text\`, node and tsx start-up included), ${cli.claims} claims on 1x: ${fmtMs(cli.ms)} (exit ${cli.exit}).`,
          ]
        : []),
      '',
      '### Targets',
      '',
      targetsTable(targets),
      ...(profile ? ['', `### CPU profile: ${o.profileClaims} claims on 1x (\`node --cpu-prof\`)`, '', profile] : []),
    ].join('\n');
    if (o.write) writeResults(o.write, md);
    return { rows, targets, ...(rgv ? { rgVersion: rgv } : {}), ...(cli ? { cli } : {}), ...(profile ? { profile } : {}), markdown: md };
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
    else if (a === '--naive-sample') o.naiveSample = Number(next());
    else if (a === '--no-cli') o.cliClaims = 0;
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
