/**
 * One timed run of the check pipeline, stage by stage: the same steps as
 * `prepare` (loadClaims, loadCorpus, prepareFrom) + `evaluateAll` + a reporter,
 * called one after another so each can be timed (`prepare` overlaps claim and
 * corpus loading; here they run in turn).
 */
import { evaluateAll, prepareFrom } from '../src/check.js';
import { loadClaims } from '../src/claims/load.js';
import { type CorpusTimings, loadCorpus } from '../src/corpus/load.js';
import { formatError } from '../src/errors.js';
import { reporters } from '../src/report/index.js';
import type { Counts } from '../src/types.js';

/** Milliseconds per stage. `load` is reading and parsing (claims and corpus) without segmentation. */
export interface StageTimes {
  load: number;
  segment: number;
  /** Compiling claims and building the inverted index. */
  index: number;
  evaluate: number;
  report: number;
}

export interface RunResult {
  claims: number;
  sources: number;
  sentences: number;
  /** Bytes of corpus text read. */
  bytes: number;
  /** Wall time of all stages, ms. */
  wall: number;
  /** CPU time (user + system) of the process during the stages, ms. */
  cpu: number;
  stages: StageTimes;
  /** Peak resident set size of the process, MB. */
  peakRssMB: number;
  /** Verdicts summed over claims. */
  verdicts: Counts;
  /** Size of the rendered report, bytes (or the error that stopped rendering). */
  reportBytes: number | string;
}

export interface RunOptions {
  claims: string[];
  corpus: string[];
  cwd?: string;
  /** Reporter used for the report stage (default `text`, the CLI's default). */
  format?: string;
}

/** Run load → segment → index → evaluate → report once and time each stage. */
export async function runPipeline(opts: RunOptions): Promise<RunResult> {
  const cwd = opts.cwd ?? process.cwd();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const claims = await loadClaims(opts.claims, { cwd });
  const timings: CorpusTimings = { resolve: 0, read: 0, parse: 0, segment: 0, files: 0, bytes: 0 };
  const corpus = await loadCorpus(opts.corpus, { cwd, timings });
  const errors = [...claims.errors, ...corpus.errors];
  if (errors.length)
    throw new Error(
      `invalid bench input:\n${errors
        .slice(0, 5)
        .map((e) => formatError(e))
        .join('\n')}`,
    );
  const t1 = performance.now();
  const p = prepareFrom(claims, corpus);
  const t2 = performance.now();
  const report = evaluateAll(p);
  const t3 = performance.now();
  let reportBytes: number | string;
  try {
    const render = reporters[opts.format ?? 'text'];
    if (!render) throw new Error(`no reporter "${opts.format}"`);
    reportBytes = Buffer.byteLength(render(report, { style: { color: false } }));
  } catch (e) {
    // a JSON report of O(claims x sources) entries can pass V8's string limit
    reportBytes = e instanceof Error ? e.message : String(e);
  }
  const t4 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const verdicts: Counts = { supported: 0, contradicted: 0, mixed: 0, absent: 0 };
  for (const c of report.claims) for (const k of Object.keys(verdicts) as (keyof Counts)[]) verdicts[k] += c.counts[k];
  return {
    claims: p.compiled.length,
    sources: corpus.sources.length,
    sentences: p.index.sourceOf.length,
    bytes: timings.bytes,
    wall: t4 - t0,
    cpu: (cpu.user + cpu.system) / 1000,
    stages: { load: t1 - t0 - timings.segment, segment: timings.segment, index: t2 - t1, evaluate: t3 - t2, report: t4 - t3 },
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    verdicts,
    reportBytes,
  };
}
