// Real reports for the HTML report tests, from real files through the public API.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { check, type Report } from '../../src/index.js';
import { BENCH_CORPUS as FULL_BENCH_CORPUS, GOLD, NO_BENCH_CORPUS, SEEDS } from '../data.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The full benchmark corpus, or '' (the test that needs it is then skipped, with the reason printed here). */
export const BENCH_CORPUS = FULL_BENCH_CORPUS ?? '';
if (!FULL_BENCH_CORPUS) console.info(`[html-report] the benchmark-corpus test is skipped: ${NO_BENCH_CORPUS}`);
const EXTRA = path.join(import.meta.dirname, 'fixtures/html-extra.claims.yaml');

const made: string[] = [];
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
/** Remove the temp folders made so far (call from afterAll). */
export function cleanup(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** The gold claims plus the HTML fixture's (one failing claim, a scope, a claim text that tries to end the script) over the seeds. */
export function seedsReport(): Promise<Report> {
  return check({ claims: [GOLD, EXTRA], corpus: [SEEDS], cwd: ROOT });
}

/** The repository's own claims/ and corpus/, when both hold files. */
export async function bundledReport(): Promise<Report | undefined> {
  const has = (d: string) => existsSync(path.join(ROOT, d));
  if (!has('claims') || !has('corpus')) return undefined;
  const r = await check({ claims: ['claims'], corpus: ['corpus'], cwd: ROOT }).catch(() => undefined);
  return r?.claims.length && r.sources.length ? r : undefined;
}

/**
 * `n` claims generated from the benchmark corpus's index of titles, every `step`-th article:
 * the title's first capitalised word, said or reported; or dated in the article's month.
 */
export function benchClaims(n: number): string {
  const rows = readFileSync(path.join(BENCH_CORPUS, 'index.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'));
  const lines = ['claims:'];
  const step = Math.floor(rows.length / n);
  let count = 0;
  for (let i = 0; count < n && i < rows.length; i += step) {
    const [, date = '', , , , title = ''] = rows[i] ?? [];
    const word = /\b[A-Z][a-z]{4,}\b/.exec(title)?.[0];
    if (!word || !/^\d{4}-\d\d/.test(date)) continue;
    lines.push(`  - id: bench-${i}`, `    claim: ${JSON.stringify(title)}`);
    if (count++ % 2 === 0) lines.push(`    about: [${JSON.stringify(word)}, [said, reported]]`, '    expect: { supported: ">= 1" }');
    else lines.push(`    about: [${JSON.stringify(word)}]`, `    value: { date: "${date.slice(0, 7)}" }`);
  }
  return `${lines.join('\n')}\n`;
}

/** Check `n` generated claims against the benchmark corpus (about 5–10 s). */
export function benchReport(n: number): Promise<Report> {
  const dir = tempDir('corroborate-html-bench-');
  writeFileSync(path.join(dir, 'bench.claims.yaml'), benchClaims(n));
  return check({ claims: [path.join(dir, 'bench.claims.yaml')], corpus: [BENCH_CORPUS], cwd: dir });
}
