// Where the tests find their data. Everything `npm test` needs is inside the repository:
// the seeds are the bundled corpus/, the gold claims and a Wikinews sample are fixtures.
// Only the full benchmark corpus lives outside: it is found by CORROBORATE_BENCH_CORPUS,
// or beside the repository (../shared/bench-corpus/wikinews-en); tests needing it skip
// with a printed reason when it is in neither place.
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
/** The five seed articles (source ids s0…s4), bundled as the project's corpus. */
export const SEEDS = path.join(ROOT, 'corpus');
/** The gold claims over the seeds: the verdict a careful reader gives for every seed. */
export const GOLD = path.join(ROOT, 'test/fixtures/gold/seeds.claims.yaml');
/** 240 Wikinews articles (CC BY 2.5, see its README) with their index.tsv. */
export const WIKINEWS_SAMPLE = path.join(ROOT, 'test/fixtures/wikinews-sample');

const benchCandidates = [process.env.CORROBORATE_BENCH_CORPUS, path.resolve(ROOT, '../shared/bench-corpus/wikinews-en')];
/** The full Wikinews benchmark corpus (5,544 articles), when it can be found. */
export const BENCH_CORPUS: string | undefined = benchCandidates.find((d): d is string => !!d && existsSync(path.join(d, 'index.tsv')));
/** Why a test that needs the full benchmark corpus is skipped. */
export const NO_BENCH_CORPUS =
  'the full Wikinews benchmark corpus was not found: set CORROBORATE_BENCH_CORPUS to its folder (or place it at ../shared/bench-corpus/wikinews-en)';
